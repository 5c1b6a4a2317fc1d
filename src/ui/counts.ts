/** Counted nouns and numbers, in the reader's language: shared by every page that says "how many". */
import { type MessageKey, t, uiLanguage } from '../shared/i18n.ts';

/** "100,000" in English, "100,000" or "100.000" as the reader's language writes it. */
export function formatNumber(n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits }).format(n);
}

/** One of two messages by count; browsers' i18n has no plural rules, and ours need only one/many. */
function counted(n: number, one: MessageKey, many: MessageKey): string {
  return t(n === 1 ? one : many, formatNumber(n));
}

export const statementCount = (n: number) =>
  counted(n, 'common_statementCountOne', 'common_statementCountMany');
export const speakerCount = (n: number) =>
  counted(n, 'common_speakerCountOne', 'common_speakerCountMany');
export const relatedCount = (n: number) =>
  counted(n, 'common_relatedCountOne', 'common_relatedCountMany');
export const quoteCount = (n: number) =>
  counted(n, 'common_quoteCountOne', 'common_quoteCountMany');
export const claimCount = (n: number) =>
  counted(n, 'common_claimCountOne', 'common_claimCountMany');

/** File sizes in decimal units, as file managers show them. */
export function fileSize(bytes: number): string {
  if (bytes < 1_000) return t('common_sizeBytes', formatNumber(bytes));
  if (bytes < 1_000_000) return t('common_sizeKilobytes', formatNumber(Math.round(bytes / 1_000)));
  return t('common_sizeMegabytes', formatNumber(bytes / 1_000_000, 1));
}
