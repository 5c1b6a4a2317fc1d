/** A busy indicator; what is going on is said in text beside it, for every reader. */
export function Spinner() {
  return <span class="spinner" aria-hidden="true" />;
}
