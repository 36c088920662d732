import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './sampleNewsroom.ts';

const bin = fileURLToPath(new URL('../../bin/newsdesk.mjs', import.meta.url));

/**
 * Runs the real command line in a child process, with the demo password for new data folders and
 * without the developer's own `$NEWSDESK_DATA`; `env` adds to (or, with undefined, removes from) that.
 */
export function runNewsdesk(args: string[], env: Record<string, string | undefined> = {}) {
  const { NEWSDESK_DATA: _data, ...inherited } = process.env;
  const merged: Record<string, string | undefined> = { ...inherited, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD, ...env };
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: merged as NodeJS.ProcessEnv });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
