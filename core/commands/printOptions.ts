import { resolve } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { PaperSchema, type PaperName, type PrintWarning } from '../model/print.ts';
import { warningMessage } from '../pdf/preflight.ts';
import { writeFileDurably } from '../store/atomicWrite.ts';
import { UsageError } from './command.ts';
import { coreText, type CoreLanguage, type CoreMessage, msg } from '../i18n/coreMessages.ts';

/** Options shared by the print commands, checked before anything is typeset. */
export const outputOption = { output: { type: 'string', short: 'o' }, paper: { type: 'string' } } as const;

export function outputPath(value: unknown, command: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(msg('error.usage.needsOutput', { command, extension: '.pdf' }));
  return resolve(value);
}

export function paperOption(value: unknown): PaperName {
  if (value === undefined) return 'A4';
  const parsed = PaperSchema.safeParse(String(value).toUpperCase());
  if (!parsed.success)
    throw new UsageError(msg('error.usage.eitherOr', { option: '--paper', first: 'A4', second: 'A5', given: String(value) }));
  return parsed.data;
}

const WRITE_ERRORS: Record<string, CoreMessage> = {
  ENOENT: msg('error.file.noFolderThere'),
  ENOTDIR: msg('error.file.notAFolder'),
  EACCES: msg('error.file.noPermission'),
  EPERM: msg('error.file.noPermission'),
  EISDIR: msg('error.file.isAFolder'),
  EROFS: msg('error.file.readOnlyDisk'),
  ENOSPC: msg('error.file.diskFull'),
};

/** Written beside the target and renamed over it: a failed export leaves no half-written file behind. */
export async function writePdf(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_ERRORS[code] ?? (error as Error).message;
    throw NewsdeskError.of(msg('error.file.cannotWrite', { file: path, reason }), 'storage');
  }
}

export function reportWarnings(warnings: readonly PrintWarning[], err: (text: string) => void, language: CoreLanguage): void {
  for (const warning of warnings) err(coreText(language, msg('cli.warning', { warning: warningMessage(warning) })));
}
