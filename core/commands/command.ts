import type { parseArgs, ParseArgsConfig } from 'node:util';
import type { Newsdesk } from '../newsdesk.ts';
import type { FileCheck } from '../store/ArticleStore.ts';
import { coreText, type CoreLanguage, type CoreMessage, msg } from '../i18n/coreMessages.ts';

/** One `newsdesk <command>`: its options (parsed strictly) and what it does. */
export interface Command {
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): Promise<void>;
}

export interface CommandContext {
  values: ReturnType<typeof parseArgs>['values'];
  positionals: string[];
  /** Opens the data folder (seeding a new one); commands that need no library never call it. */
  open(options?: { dailyBackup?: boolean; verifyArticleFiles?: FileCheck }): Promise<Newsdesk>;
  /** The repository or app folder holding `seeds/` and `dist/`. */
  appRoot: string;
  /** The environment the command line runs in (passwords come from it, never from arguments). */
  env: Readonly<Record<string, string | undefined>>;
  /** The reader's language (`--lang`, else the locale): what the command says is said in it. */
  language: CoreLanguage;
  out(text: string): void;
  /** Prints UTF-8 bytes as they are, their line breaks included (for output too long to decode first). */
  write(bytes: Uint8Array): void;
  err(text: string): void;
}

/** Wrong use of the command line: printed as one line in the reader's language, exit status 2. */
export class UsageError extends Error {
  constructor(readonly detail: CoreMessage) {
    super(coreText('vi', detail));
    this.name = 'UsageError';
  }
}

export function noExtraArguments(extra: string[], command: string): void {
  if (extra.length > 0) throw new UsageError(msg('error.usage.extraArgument', { command, argument: extra[0]! }));
}
