import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file of a folder with its size and modification time, to prove an operation changed nothing. */
export async function folderSnapshot(dir: string): Promise<string[]> {
  const rows: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, entry));
    rows.push(`${entry} ${info.size} ${info.mtimeMs}`);
  }
  return rows.sort();
}
