/**
 * Tells every context that "Your reading" changed (an article recorded in
 * the background, one forgotten in the options page), as the reference-set
 * store does for sets: the options page counts again, the background drops
 * segments it holds from an older revision.
 */
const CHANNEL = 'backstory-reading';

export function announceReadingChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function watchReading(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
