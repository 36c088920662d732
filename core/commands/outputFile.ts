import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { msg } from '../i18n/coreMessages.ts';

/** Writes a command's output file whole or not at all, with a clear message when the folder is missing. */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw NewsdeskError.of(msg('error.file.noFolder', { folder, file: path }));
  try {
    await writeFileDurably(resolve(path), data);
  } catch (error) {
    throw NewsdeskError.of(msg('error.file.cannotWrite', { file: path, reason: (error as Error).message }));
  }
}
