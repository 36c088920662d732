import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

/** `newsdesk serve` on a free port: its pid and the entry link it prints. */
export async function startBrowserMode(dataDir: string): Promise<{ child: ChildProcess; entry: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [bin, '--data', dataDir, 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const entry = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const link = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (link) resolve(link[0]);
    });
    child.once('exit', (code) => reject(new Error(`newsdesk serve exited (${code})`)));
  });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, entry, stop };
}

/**
 * `newsdesk portal` on a free port with a fresh store, as a developer starts it: a server of its
 * own, as the province's Drupal is, not sharing the client's process.
 */
export async function startDevPortalProcess(
  storeDir: string,
  adminPassword: string,
): Promise<{ origin: string; stop(): Promise<void>; cpuMs(): Promise<number> }> {
  const child = spawn(process.execPath, [bin, 'portal', '--port', '0', '--store', storeDir], {
    cwd: root,
    env: { ...process.env, PORTAL_ADMIN_PASSWORD: adminPassword },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (address) resolve(address[0]);
    });
    child.once('exit', (code) => reject(new Error(`newsdesk portal exited (${code})`)));
  });
  child.stdout!.resume();
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return { origin, stop, cpuMs: () => cpuMs(child.pid!) };
}

/** CPU time (user and system, ms) a process has used so far; Linux only. */
export async function cpuMs(pid: number): Promise<number> {
  // The fields after the command's name (in parentheses); utime and stime are the 14th and 15th of the line.
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** A process's resident memory now (VmRSS) and at its peak so far (VmHWM), in MiB; Linux only. */
export async function memoryMiB(pid: number): Promise<{ resident: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const kib = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1];
    if (!kib) throw new Error(`bench: no ${name} in /proc status`);
    return Number(kib) / 1024;
  };
  return { resident: field('VmRSS'), peak: field('VmHWM') };
}
