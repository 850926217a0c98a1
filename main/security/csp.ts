/*
 * Content-Security-Policy of the renderer. No 'unsafe-eval' and no inline scripts:
 * Vite emits only external module scripts in a production build. blob: and data: images
 * are needed for pasted images stored as blobs. The main process sends the header
 * version; the build writes the meta version into index.html (frame-ancestors is only
 * valid in a header, so it is left out there).
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['worker-src', "'self' blob:"],
];

/** The policy sent as an HTTP header by the app:// protocol. */
export const CSP_HEADER = [...DIRECTIVES, ['frame-ancestors', "'none'"]].map(([k, v]) => `${k} ${v}`).join('; ');

/** The same policy for a <meta http-equiv> tag. */
export const CSP_META = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
