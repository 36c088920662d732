import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * Every file of a folder with its size and modification time, to prove an operation changed nothing.
 * The log is left out: it is the diagnostics of what happened (a sign-in, a refusal), written in the
 * background, not the newsroom's work.
 */
export async function folderSnapshot(dir: string): Promise<string[]> {
  const rows: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    if (entry === 'logs' || entry.startsWith(`logs${sep}`)) continue;
    const info = await stat(join(dir, entry));
    rows.push(`${entry} ${info.size} ${info.mtimeMs}`);
  }
  return rows.sort();
}
