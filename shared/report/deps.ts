/** The clock and id source, injected so tests are repeatable: the app gives the real ones, tests their own. */
export interface Deps {
  now: () => Date;
  newId: () => string;
}
