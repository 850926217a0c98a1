/*
 * The renderer is served from app://rapportverkstad/ in production. Node's URL gives
 * "null" as the origin of non-special schemes, so trust is decided on protocol + host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rapportverkstad';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The dev server's origin when `npm run dev` runs, else undefined. */
export function devServerOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = env.RAPPORTVERKSTAD_DEV_URL;
  if (!url) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(parsed.hostname)
    ? parsed.origin
    : undefined;
}

/** True when the URL is one of our own pages: app://rapportverkstad/… or the local dev server. */
export function isAppUrl(url: string, devOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devOrigin !== undefined && parsed.origin === devOrigin;
}
