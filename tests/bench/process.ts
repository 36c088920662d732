import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCommandLine } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/newsdesk.mjs', import.meta.url));

/** Bundles the command line from the current sources, as `npm run build` does. */
export async function buildNewsdeskCommand(): Promise<void> {
  await buildCommandLine();
}

/** Wall time (ms) of one whole process, output read and discarded; fails when it exits non-zero. */
export function timeProcess(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
    });
  });
}

/** Wall time (ms) of `newsdesk <args>` as a user runs it. */
export function timeNewsdesk(args: string[], env: Record<string, string> = {}): Promise<number> {
  return timeProcess([bin, ...args], env);
}

/** The reference for a whole process: Node starting and exiting with nothing to do. */
export function timeBareNode(): Promise<number> {
  return timeProcess(['-e', '0']);
}
