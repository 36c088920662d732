// The version the app was built as, read from package.json at build time (esbuild and tsx inline it).
import packageJson from '../package.json' with { type: 'json' };

export const APP_NAME = 'Newsdesk';
export const APP_VERSION: string = packageJson.version;
