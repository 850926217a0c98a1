import type { WebPreferences } from 'electron';

/*
 * The one set of web preferences every window gets, as a plain frozen constant the unit
 * tests read. The window writes the same values out literally, because Electronegativity
 * cannot see through a spread; a test keeps the two equal.
 */
export const SECURE_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
  // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
  disableBlinkFeatures: 'Auxclick',
});
