import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * `$NEWSDESK_DATA`, else `library/` in the operating system's application-data folder for "Newsdesk"
 * (Electron's `userData`), so the app and the command line share one library while Chromium's own
 * files stay beside it, not in it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.NEWSDESK_DATA) return env.NEWSDESK_DATA;
  return join(applicationDataFolder(env, platform), 'Newsdesk', 'library');
}

function applicationDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}
