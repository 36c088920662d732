import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../core/cli.ts';
import { DEMO_PASSWORD, TEST_PASSWORD_COST } from './sampleNewsroom.ts';

const bin = fileURLToPath(new URL('../../bin/newsdesk.mjs', import.meta.url));

/** The environment a run sees: the demo password for new data folders, never the developer's own `$NEWSDESK_DATA`. */
function environment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const { NEWSDESK_DATA: _data, ...inherited } = process.env;
  return { ...inherited, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD, ...env };
}

/**
 * Runs the command line in this process (the same `main` the `newsdesk` program runs), printing
 * what it prints; `env` adds to (or, with undefined, removes from) the environment it sees. Fast
 * and steady on a busy machine: no Node start, no TypeScript loader, cheap password hashing.
 */
export async function runNewsdesk(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) },
    { env: environment(env), passwordCost: TEST_PASSWORD_COST },
  );
  return { code, stdout, stderr };
}

/** Runs the real `newsdesk` program in a child process: for what only a process shows (its exit status, its streams). */
export function runNewsdeskProcess(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: environment(env) as NodeJS.ProcessEnv });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
