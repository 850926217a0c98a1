import { useEffect, useState } from 'react';

/*
 * The screen lives in the URL's hash (#/rapport/<id>), so a reload, a crash recovery or
 * the back button returns to the same report.
 */

export type Route = { screen: 'home' } | { screen: 'report'; reportId: string };

/** Reads a route from a hash such as "#/rapport/abc". */
export function parseRoute(hash: string): Route {
  const match = /^#\/rapport\/([A-Za-z0-9_-]{8,64})$/.exec(hash);
  return match ? { screen: 'report', reportId: match[1]! } : { screen: 'home' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  return route.screen === 'report' ? `#/rapport/${route.reportId}` : '#/';
}

/** The current route, and a function to go to another. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = routeHash(next))];
}
