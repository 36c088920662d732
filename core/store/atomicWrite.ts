import { closeSync, fsync, openSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

/** Waits until what was written to the open file reaches the disk. */
export const syncToDisk = promisify(fsync);

/*
 * Opening, writing to the page cache, renaming and closing are made as plain calls: each costs
 * microseconds, where an awaited one costs a trip through the thread pool and the microtask queue,
 * and that overhead is what a sync of a thousand articles spends its time on. Only the wait for the
 * disk (fsync) is awaited, so files written side by side still share it.
 */

/**
 * Replaces `target` so that after a crash or power loss it holds either the old or the new
 * content, never a mix: write a temporary file beside it, fsync it, rename it over the target,
 * then fsync the folder so the rename itself is on disk.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array): Promise<void> {
  await putInPlace([await stageFile(target, data)]);
}

/** A file's new content, written and fsync'd beside it, waiting to take its place (`putInPlace`). */
export interface StagedFile {
  readonly target: string;
  readonly temp: string;
}

/**
 * The first half of `writeFileDurably`: the new content on disk beside the target, which still
 * holds the old. Files staged side by side share the wait for the disk instead of queueing for it.
 */
export async function stageFile(target: string, data: string | Uint8Array): Promise<StagedFile> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeUnnamedFile(temp, data);
  } catch (error) {
    await discardStaged({ target, temp });
    throw error;
  }
  return { target, temp };
}

/**
 * The second half: renames staged files of one folder over their targets, in the order given,
 * then fsyncs the folder once so that the renames themselves are on disk.
 */
export async function putInPlace(staged: readonly StagedFile[]): Promise<void> {
  for (const [done, file] of staged.entries()) {
    try {
      renameSync(file.temp, file.target);
    } catch (error) {
      for (const rest of staged.slice(done)) await discardStaged(rest);
      throw error;
    }
  }
  await syncFolder(dirname(staged[0]!.target));
}

export async function discardStaged(staged: StagedFile): Promise<void> {
  await unlink(staged.temp).catch(() => undefined);
}

/** Files staged side by side; when one cannot be, those that were are discarded and its error thrown. */
export async function stagedTogether(stagings: readonly Promise<StagedFile | null>[]): Promise<(StagedFile | null)[]> {
  const results = await Promise.allSettled(stagings);
  const failed = results.find((result) => result.status === 'rejected');
  if (!failed) return results.map((result) => (result.status === 'fulfilled' ? result.value : null));
  for (const result of results) if (result.status === 'fulfilled' && result.value) await discardStaged(result.value);
  throw failed.reason;
}

/**
 * Writes a file that nothing names yet (a new revision before the list that names it is written):
 * in place and fsync'd, with no temporary file and no rename. A crash mid-write leaves a file that
 * nothing names, written again next time. The write that then names it makes its folder entry
 * durable with its own fsync of the folder.
 */
export async function writeUnnamedFile(target: string, data: string | Uint8Array): Promise<void> {
  const fd = openSync(target, 'w', 0o600);
  try {
    writeFileSync(fd, data);
    await syncToDisk(fd);
  } finally {
    closeSync(fd);
  }
}

/** Folders with an fsync under way, and the one that follows it for the renames made meanwhile. */
const folderSyncs = new Map<string, { running: Promise<void>; next: Promise<void> | null }>();

/**
 * Makes the renames already made in the folder durable. Asked while an fsync of the folder is
 * under way (it may have begun before this caller's rename), the caller waits for the next one,
 * which serves everyone who asked meanwhile: saves side by side share one fsync of `articles/`.
 */
function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return Promise.resolve();
  const busy = folderSyncs.get(folder);
  if (!busy) return startFolderSync(folder);
  busy.next ??= busy.running.catch(() => undefined).then(() => startFolderSync(folder));
  return busy.next;
}

function startFolderSync(folder: string): Promise<void> {
  const running = syncFolderNow(folder).finally(() => {
    if (folderSyncs.get(folder)?.running === running) folderSyncs.delete(folder);
  });
  folderSyncs.set(folder, { running, next: null });
  return running;
}

async function syncFolderNow(folder: string): Promise<void> {
  const fd = openSync(folder, 'r');
  try {
    await syncToDisk(fd);
  } finally {
    closeSync(fd);
  }
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporary files that writers killed mid-write left in a folder (their process is
 * gone); `names` are the folder's entries when the caller has just read them.
 */
export async function removeAbandonedTempFiles(folder: string, names?: readonly string[]): Promise<void> {
  for (const name of names ?? (await readdir(folder))) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
