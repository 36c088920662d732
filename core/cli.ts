import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NewsdeskError } from './api.ts';
import { ARTICLE_STATES } from './model/article.ts';
import { UsageError, type Command } from './commands/command.ts';
import { listCommand } from './commands/list.ts';
import { portalCommand } from './commands/portal.ts';
import { serveCommand } from './commands/serve.ts';
import { showCommand } from './commands/show.ts';
import { syncCommand } from './commands/sync.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import { openNewsdesk } from './newsdesk.ts';

const USAGE = `Cách dùng: newsdesk [--data THƯ_MỤC] <lệnh>

  list [--state TRẠNG_THÁI] [--json]   danh sách bài viết (${ARTICLE_STATES.join(', ')})
  show <id> [--json]                   một bài viết
  serve [--port N]                     mở Newsdesk trong trình duyệt (chế độ trình duyệt)
  sync [--portal URL] [--user TÊN]     đưa bài đã duyệt lên cổng thông tin (mật khẩu: $NEWSDESK_PORTAL_PASSWORD)
  portal [--port N] [--store THƯ_MỤC] [--read-only]
                                       cổng thông tin Drupal thử nghiệm (mật khẩu admin: $PORTAL_ADMIN_PASSWORD)

Thư mục dữ liệu mặc định: $NEWSDESK_DATA, nếu không có thì Newsdesk/library trong thư mục dữ liệu ứng dụng của hệ điều hành.`;

const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  serve: serveCommand,
  sync: syncCommand,
  portal: portalCommand,
};

const appRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs one command line; returns the exit status (0 done, 1 refused, 2 wrong use). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { dataDir, command, rest } = splitGlobalOptions(argv);
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(`không có lệnh "${command}" (xem newsdesk --help)`);
    const { values, positionals } = parseCommandArgs(rest, spec, command);
    const open = () =>
      openNewsdesk({
        dataDir: dataDir ?? defaultDataDir(),
        seedsDir: join(appRoot, 'seeds'),
        demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
        notice: io.err,
      });
    await spec.run({ values, positionals, open, appRoot, out: io.out, err: io.err });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof NewsdeskError) {
      io.err(`newsdesk: ${error.message}`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  }
}

function splitGlobalOptions(argv: string[]): { dataDir?: string; command?: string; rest: string[] } {
  let dataDir: string | undefined;
  let index = 0;
  while (argv[index]?.startsWith('--data')) {
    const arg = argv[index]!;
    if (arg.startsWith('--data=')) dataDir = arg.slice('--data='.length);
    else if (arg === '--data') dataDir = argv[++index];
    else break;
    if (!dataDir) throw new UsageError('--data cần một thư mục');
    index++;
  }
  return { dataDir, command: argv[index], rest: argv.slice(index + 1) };
}

function parseCommandArgs(rest: string[], spec: Command, command: string) {
  try {
    return parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(`${command}: ${message.replace(/\. To specify.*$/, '')}`);
  }
}
