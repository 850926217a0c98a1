import type { Deps } from '../../shared/report/new-report';

/** The real clock and id source; tests inject their own. */
export const appDeps: Deps = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

/** A local date as yyyy-mm-dd and, with `withTime`, hh:mm. */
export function formatDate(iso: string | Date, withTime = false): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return withTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}
