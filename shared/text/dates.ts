/*
 * Dates as the report writes them: ÅÅÅÅ-MM-DD, and with the time hh:mm where a moment is
 * shown (history, imports, backups). The one place the app formats and checks a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written ÅÅÅÅ-MM-DD (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A local date as ÅÅÅÅ-MM-DD and, with `withTime`, hh:mm. */
export function formatDate(iso: string | Date, withTime = false): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}
