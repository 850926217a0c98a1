/*
 * Links in answers point to the web (regeringen.se, tillvaxtverket.se, …) or to an
 * e-mail address. Only these schemes leave the app, and only to the system browser or
 * mail client; file:, javascript:, custom protocols and credentials in URLs never do.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True when a URL may be handed to the operating system to open. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@');
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0 && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}
