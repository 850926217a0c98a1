import type { Deps } from '../../shared/report/deps';

/** The real clock and id source; tests inject their own. */
export const appDeps: Deps = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};
