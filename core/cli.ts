import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { errorInLanguage, NewsdeskError } from './errors.ts';
import { commandLineLanguage, isCommandLineLanguage } from './i18n/commandLineLanguage.ts';
import { ARTICLE_STATES } from './model/articleStates.ts';
import { UsageError, type Command } from './commands/command.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import type { Newsdesk } from './newsdesk.ts';
import type { FileCheck } from './store/ArticleStore.ts';
import type { PasswordCost } from './accounts/passwords.ts';
import { coreText, msg } from './i18n/coreMessages.ts';

/** Each command's code is loaded only when it runs, so `list` does not start the PDF typesetter. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  list: () => import('./commands/list.ts').then((m) => m.listCommand),
  show: () => import('./commands/show.ts').then((m) => m.showCommand),
  search: () => import('./commands/search.ts').then((m) => m.searchCommand),
  export: () => import('./commands/exportPackage.ts').then((m) => m.exportCommand),
  import: () => import('./commands/import.ts').then((m) => m.importCommand),
  'export-html': () => import('./commands/exportHtml.ts').then((m) => m.exportHtmlCommand),
  workflow: () => import('./commands/workflow.ts').then((m) => m.workflowCommand),
  serve: () => import('./commands/serve.ts').then((m) => m.serveCommand),
  'export-pdf': () => import('./commands/exportPdf.ts').then((m) => m.exportPdfCommand),
  'export-docx': () => import('./commands/exportDocx.ts').then((m) => m.exportDocxCommand),
  bulletin: () => import('./commands/bulletin.ts').then((m) => m.bulletinCommand),
  'bulletin-settings': () => import('./commands/bulletinSettings.ts').then((m) => m.bulletinSettingsCommand),
  sync: () => import('./commands/sync.ts').then((m) => m.syncCommand),
  // The development portal is a tool beside the product (devportal/), loaded only for this command.
  portal: () => import('../devportal/portalCommand.ts').then((m) => m.portalCommand),
};

const appRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Io {
  /** Prints a line (the line break is added). */
  out(text: string): void;
  err(text: string): void;
  /** Prints bytes as they are (UTF-8 text ending in its own line break); without it, they go to `out`. */
  write?(bytes: Uint8Array): void;
}

/** What a run takes from where it runs: the environment, and the work of hashing a password (the stores' own option). */
export interface RunContext {
  env?: Readonly<Record<string, string | undefined>>;
  passwordCost?: PasswordCost;
}

/** Runs one command line; returns the exit status (0 done, 1 refused, 2 wrong use). */
export async function main(argv: string[], io: Io, context: RunContext = {}): Promise<number> {
  const env = context.env ?? process.env;
  let language = commandLineLanguage(undefined, env);
  try {
    const { dataDir, lang, command, rest } = splitGlobalOptions(argv);
    language = commandLineLanguage(lang, env);
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(coreText(language, msg('cli.usage', { states: ARTICLE_STATES.join(', ') })));
      return command ? 0 : 2;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError(msg('error.usage.unknownCommand', { command }));
    const spec = await load();
    const { values, positionals } = parseCommandArgs(rest, spec, command);
    let opened: Newsdesk | undefined;
    // Loaded here, not at the top: `--help` and wrong usage answer without loading the stores.
    const open = async (options: { dailyBackup?: boolean; verifyArticleFiles?: FileCheck } = {}) =>
      (opened ??= await (
        await import('./newsdesk.ts')
      ).openNewsdesk({
        dataDir: dataDir ?? defaultDataDir(env as NodeJS.ProcessEnv),
        seedsDir: join(appRoot, 'seeds'),
        demoPassword: env.NEWSDESK_DEMO_PASSWORD,
        passwordCost: context.passwordCost,
        notice: (message) => io.err(coreText(language, message)),
        ...options,
      }));
    try {
      const write =
        io.write ??
        ((bytes: Uint8Array) => {
          if (bytes.length > 0) io.out(Buffer.from(bytes).toString('utf8').replace(/\n$/, ''));
        });
      await spec.run({ values, positionals, open, appRoot, env, language, out: io.out, err: io.err, write });
    } finally {
      await opened?.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof NewsdeskError) {
      const text = error instanceof UsageError ? coreText(language, error.detail) : errorInLanguage(error, language);
      io.err(`newsdesk: ${text}`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}

function splitGlobalOptions(argv: string[]): { dataDir?: string; lang?: string; command?: string; rest: string[] } {
  let dataDir: string | undefined;
  let lang: string | undefined;
  let index = 0;
  for (;;) {
    const arg = argv[index];
    if (arg === '--data' || arg?.startsWith('--data=')) {
      dataDir = arg === '--data' ? argv[++index] : arg.slice('--data='.length);
      if (!dataDir) throw new UsageError(msg('error.usage.dataNeedsFolder'));
    } else if (arg === '--lang' || arg?.startsWith('--lang=')) {
      lang = arg === '--lang' ? argv[++index] : arg.slice('--lang='.length);
      if (!lang || !isCommandLineLanguage(lang)) throw new UsageError(msg('error.usage.langNeedsLanguage'));
    } else break;
    index++;
  }
  return { dataDir, lang, command: argv[index], rest: argv.slice(index + 1) };
}

function parseCommandArgs(rest: string[], spec: Command, command: string) {
  try {
    return parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(msg('error.usage.badOption', { command, detail: message.replace(/\. To specify.*$/, '') }));
  }
}
