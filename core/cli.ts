import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NewsdeskError } from './api.ts';
import { ARTICLE_STATES } from './model/article.ts';
import { UsageError, type Command } from './commands/command.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import { openNewsdesk, type Newsdesk } from './newsdesk.ts';

const USAGE = `Cách dùng: newsdesk [--data THƯ_MỤC] <lệnh>

  list [--state TRẠNG_THÁI] [--json]   danh sách bài viết (${ARTICLE_STATES.join(', ')})
  show <id> [--json]                   một bài viết
  search <từ khóa> [--json]            tìm bài viết (không phân biệt dấu, hoa thường)
  export <id> -o TỆP.newsdesk          xuất bài viết kèm ảnh thành một gói
  import <tệp> [--author TÊN]          nhập gói .newsdesk, tệp Word .docx hoặc bài .json; in mã bài viết
  export-html <id> -o TỆP [--theme light|dark]
                                       trang xem trước như trên cổng thông tin, một tệp HTML trọn vẹn
  workflow <id> <submit|approve|request-changes|archive|correct> --user TÊN [--note GHI_CHÚ]
                                       chuyển trạng thái bài viết; mật khẩu lấy từ $NEWSDESK_PASSWORD
  serve [--port N]                     mở Newsdesk trong trình duyệt (chế độ trình duyệt)
  export-pdf <id> -o TỆP [--paper A4|A5] [--bleed MM] [--crop-marks]
                                       bài viết thành PDF sẵn sàng in (--crop-marks: dấu xén, tràn lề 3 mm)
  export-docx <id> -o TỆP.docx         bài viết thành tệp Word (Times New Roman, Arial)
  bulletin <id>... -o TỆP [--title T] [--issue N] [--date YYYY-MM-DD] [--paper A4|A5] [--columns 1|2]
                  [--booklet] [--format pdf|docx]
                                       bản tin PDF từ các bài đã duyệt, theo thứ tự đã cho
                                       (--booklet: trang A5 ghép đôi trên tờ A4 ngang, theo thứ tự gấp sổ)
  bulletin-settings [--issuing-body T] [--logo TỆP] [--responsible T] [--editorial-board T] [--licence T]
                    [--licence-authority T] [--print-run N] [--size T] [--printer T] [--address T]
                                       xem hoặc đặt măng-sét và phần ghi xuất bản của bản tin
  sync [--portal URL] [--user TÊN]     đưa bài đã duyệt lên cổng thông tin (mật khẩu: $NEWSDESK_PORTAL_PASSWORD)
  portal [--port N] [--store THƯ_MỤC] [--read-only]
                                       cổng thông tin Drupal thử nghiệm (mật khẩu admin: $PORTAL_ADMIN_PASSWORD)

Thư mục dữ liệu mặc định: $NEWSDESK_DATA, nếu không có thì Newsdesk/library trong thư mục dữ liệu ứng dụng của hệ điều hành.`;

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
  portal: () => import('./commands/portal.ts').then((m) => m.portalCommand),
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
    const load = COMMANDS[command];
    if (!load) throw new UsageError(`không có lệnh "${command}" (xem newsdesk --help)`);
    const spec = await load();
    const { values, positionals } = parseCommandArgs(rest, spec, command);
    let opened: Newsdesk | undefined;
    const open = async (options: { dailyBackup?: boolean } = {}) =>
      (opened ??= await openNewsdesk({
        dataDir: dataDir ?? defaultDataDir(),
        seedsDir: join(appRoot, 'seeds'),
        demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
        notice: io.err,
        ...options,
      }));
    try {
      await spec.run({ values, positionals, open, appRoot, out: io.out, err: io.err });
    } finally {
      await opened?.close();
    }
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
