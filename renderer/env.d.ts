/** The app version from package.json, inlined at build time. */
declare const __APP_VERSION__: string;

/** Paged.js ships no types: the part of its API the paged preview uses. */
declare module 'pagedjs' {
  export class Previewer {
    polisher: {
      base?: unknown;
      styleSheet?: CSSStyleSheet;
      inserted: unknown[];
      setup: () => CSSStyleSheet;
      insert: (text: string) => unknown;
    };
    chunker: {
      /** Its page-by-page queue; `tick` schedules the next page (requestAnimationFrame by default). */
      q: { tick: (run: () => void) => void };
      hooks: {
        /** Called with each overflow found (what goes to the next page); a range returned replaces it. */
        onOverflow: { register: (hook: (overflow: Range | undefined, rendered: Element) => Range | undefined) => void };
      };
    };
    preview(
      content: string | DocumentFragment | HTMLElement,
      stylesheets: (string | Record<string, string>)[],
      renderTo: HTMLElement,
    ): Promise<{ total: number; pages: { removeListeners: () => void }[] }>;
  }
}

/** Paged.js's base stylesheet (a Vite alias into the package). */
declare module 'pagedjs-base-styles' {
  const css: string;
  export default css;
}
