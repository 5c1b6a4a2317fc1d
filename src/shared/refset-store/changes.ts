/**
 * Tells every context of the extension that the stored sets changed, so an
 * open options page (another tab, or the one whose worker imported) lists
 * them again and the background reloads what it holds. A BroadcastChannel
 * reaches pages, dedicated workers and the background alike, in both
 * browsers; a context that is asleep misses nothing, as it reads the store
 * when it wakes.
 */
const CHANNEL = 'backstory-refsets';

export function announceRefSetChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChange` whenever another context changed the stored sets; returns the unsubscribe. */
export function watchRefSets(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
