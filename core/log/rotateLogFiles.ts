import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const LOG_NAME = 'newsdesk';

/** `newsdesk.log` for the current file, `newsdesk.<n>.log` for the n-th older one. */
export function logFileName(generation: number): string {
  return generation === 0 ? `${LOG_NAME}.log` : `${LOG_NAME}.${generation}.log`;
}

/**
 * Moves each file one generation older (newsdesk.log → newsdesk.1.log → newsdesk.2.log …); the
 * oldest beyond `keep` is deleted, so the folder never holds more than `keep` + 1 files.
 */
export async function rotateLogFiles(folder: string, keep: number): Promise<void> {
  await rm(join(folder, logFileName(keep)), { force: true });
  for (let generation = keep - 1; generation >= 0; generation--) {
    await rename(join(folder, logFileName(generation)), join(folder, logFileName(generation + 1))).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
