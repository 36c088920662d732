import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * `$NEWSDESK_DATA`, else the operating system's application-data folder for "Newsdesk" — the same
 * folder Electron's `app.getPath('userData')` gives, so the app and the command line share a library.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.NEWSDESK_DATA) return env.NEWSDESK_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Newsdesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Newsdesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Newsdesk');
}
