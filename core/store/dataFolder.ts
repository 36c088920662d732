import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { NewsdeskError } from '../api.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { msg } from '../i18n/coreMessages.ts';

/**
 * 1: foundation layout; 2: revisions, and an index with file stamps plus an append log; 3: sample
 * articles marked; 4: the sync queue in one journal (`portal/queue.log`).
 */
export const DATA_FORMAT_VERSION = 4;
const MARKER = 'newsdesk.json';

const MarkerSchema = z.object({ format: z.literal('newsdesk-data'), version: z.number().int().positive() });

export type DataFolderState = { state: 'new' } | { state: 'ready'; version: number };

/**
 * Tells a Newsdesk data folder from a new one (missing or empty) and refuses anything else, so that
 * a mistyped `--data` never scatters files into someone's documents, and a folder written by a
 * newer Newsdesk is left untouched.
 */
export async function inspectDataFolder(dataDir: string): Promise<DataFolderState> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'new' };
    throw NewsdeskError.of(msg('error.store.cannotOpen', { folder: dataDir, reason: (error as Error).message }), 'storage');
  }
  if (entries.length === 0) return { state: 'new' };
  if (!entries.includes(MARKER)) {
    throw NewsdeskError.of(msg('error.store.notOurs', { folder: dataDir }), 'storage');
  }
  const marker = MarkerSchema.safeParse(await readJson(join(dataDir, MARKER)));
  if (!marker.success) throw NewsdeskError.of(msg('error.store.fileDamaged', { file: join(dataDir, MARKER) }), 'storage');
  if (marker.data.version > DATA_FORMAT_VERSION) {
    throw NewsdeskError.of(msg('error.store.newerFormat', { folder: dataDir, version: marker.data.version }), 'storage');
  }
  return { state: 'ready', version: marker.data.version };
}

export async function createDataFolder(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
}

/** Written last when a folder is set up, so a half-seeded folder is never taken for a ready one. */
export async function markDataFolderReady(dataDir: string): Promise<void> {
  const marker = { format: 'newsdesk-data', version: DATA_FORMAT_VERSION };
  await writeFileDurably(join(dataDir, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}
