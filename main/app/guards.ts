import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security/external-links';

/*
 * The page may not leave our own origin: navigation and new windows are denied, and a
 * link to the web goes to the system browser only after the allow-list check. Every
 * permission request (camera, notifications, geolocation, …) is refused.
 */

function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Applies the navigation and window-open rules to one WebContents. */
export function guardWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Refuses every permission request and check in a session. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
