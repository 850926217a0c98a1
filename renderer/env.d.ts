/** The app version from package.json, inlined at build time. */
declare const __APP_VERSION__: string;
