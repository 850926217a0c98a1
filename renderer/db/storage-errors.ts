/*
 * IndexedDB reports a full disk in more than one way: a QuotaExceededError, or an
 * AbortError (Dexie wraps it) whose inner error is the quota error.
 */

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/** True when a failed write failed because the disk or the browser's quota is full. */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  if (typeof error !== 'object' || error === null) return false;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** A Swedish sentence for the user about a failed save. */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Disken eller lagringsutrymmet är fullt. Texten finns kvar i redigeraren; frigör utrymme så sparas den igen.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Det gick inte att spara (${message.slice(0, 200)}). Texten finns kvar i redigeraren; ett nytt försök görs strax.`;
}
