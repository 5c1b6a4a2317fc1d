/** A write refused for want of space: IndexedDB's QuotaExceededError, however it is wrapped. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String(error));
}
