import { useEffect, useState } from 'react';

/*
 * The screen lives in the URL's hash (#/rapport/<id>), so a reload, a crash recovery or
 * the back button returns to the same report.
 */

export type ReportView = 'dokument' | 'uppdrag' | 'bidrag' | 'slutdokument';

export type Route =
  | { screen: 'home' }
  | { screen: 'report'; reportId: string; view: ReportView }
  | { screen: 'workspace'; workspaceId: string };

const ID = '([A-Za-z0-9_-]{8,64})';

/** Reads a route from a hash such as "#/rapport/abc/uppdrag" or "#/bidrag/xyz". */
export function parseRoute(hash: string): Route {
  const report = new RegExp(`^#/rapport/${ID}(?:/(uppdrag|bidrag|slutdokument))?$`).exec(hash);
  if (report)
    return { screen: 'report', reportId: report[1]!, view: (report[2] as ReportView | undefined) ?? 'dokument' };
  const workspace = new RegExp(`^#/bidrag/${ID}$`).exec(hash);
  if (workspace) return { screen: 'workspace', workspaceId: workspace[1]! };
  return { screen: 'home' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  if (route.screen === 'report')
    return `#/rapport/${route.reportId}${route.view === 'dokument' ? '' : `/${route.view}`}`;
  if (route.screen === 'workspace') return `#/bidrag/${route.workspaceId}`;
  return '#/';
}

/** The current route, and a function to go to another. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      // A focused answer or text field would be removed with its screen without a focusout, and
      // React's select-event plugin (which follows exactly these) would keep it, and with it the old
      // screen's whole detached tree (thirty editors), until another field took focus. Blurring it
      // first lets it go; a focused link or tab keeps its focus, so the keyboard stays where it was.
      const active = document.activeElement;
      if (
        active instanceof HTMLElement &&
        (active.isContentEditable || active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)
      )
        active.blur();
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
