import { defaultAppPaths, startApp } from './app/start-app';

// Built as CommonJS (out/main/main.cjs), where __dirname is the folder of this script.
startApp(defaultAppPaths(__dirname));
