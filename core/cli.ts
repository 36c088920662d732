import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ArticleStateSchema, ARTICLE_STATES, type Article } from './model/article.ts';
import { documentText } from './model/document.ts';
import { NewsdeskError } from './api.ts';
import { createBridgeServer, listenOnLoopback } from './bridge/bridgeServer.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import { openNewsdesk, type Newsdesk } from './newsdesk.ts';

const USAGE = `Cách dùng: newsdesk [--data THƯ_MỤC] <lệnh>

  list [--state TRẠNG_THÁI] [--json]   danh sách bài viết (${ARTICLE_STATES.join(', ')})
  show <id> [--json]                   một bài viết
  serve [--port N]                     mở Newsdesk trong trình duyệt (chế độ trình duyệt)

Thư mục dữ liệu mặc định: $NEWSDESK_DATA, nếu không có thì thư mục dữ liệu ứng dụng của hệ điều hành.`;

class UsageError extends Error {}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

type CommandOptions = NonNullable<ParseArgsConfig['options']>;

const COMMANDS: Record<string, { options: CommandOptions; run(ctx: Context): Promise<void> }> = {
  list: { options: { state: { type: 'string' }, json: { type: 'boolean' } }, run: listCommand },
  show: { options: { json: { type: 'boolean' } }, run: showCommand },
  serve: { options: { port: { type: 'string' } }, run: serveCommand },
};

interface Context {
  values: ReturnType<typeof parseArgs>['values'];
  positionals: string[];
  open(): Promise<Newsdesk>;
  io: Io;
}

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { dataDir, command, rest } = splitGlobalOptions(argv);
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(`không có lệnh "${command}" (xem newsdesk --help)`);
    const { values, positionals } = parseCommandArgs(rest, spec.options, command);
    const open = () =>
      openNewsdesk({
        dataDir: dataDir ?? defaultDataDir(),
        seedsDir: `${repositoryRoot}seeds`,
        demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
        notice: io.err,
      });
    await spec.run({ values, positionals, open, io });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`newsdesk: ${error.message}`);
      return 2;
    }
    if (error instanceof NewsdeskError) {
      io.err(`newsdesk: ${error.message}`);
      return 1;
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

function parseCommandArgs(rest: string[], options: CommandOptions, command: string) {
  try {
    return parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(`${command}: ${message.replace(/\. To specify.*$/, '')}`);
  }
}

async function listCommand({ values, positionals, open, io }: Context) {
  noExtraArguments(positionals, 'list');
  let state;
  if (typeof values.state === 'string') {
    const parsed = ArticleStateSchema.safeParse(values.state);
    if (!parsed.success) throw new UsageError(`--state phải là một trong: ${ARTICLE_STATES.join(', ')}`);
    state = parsed.data;
  }
  const newsdesk = await open();
  const articles = newsdesk.articles.list({ state });
  if (values.json) {
    const rows = articles.map(({ id, title, state, byline, updatedAt }) => ({ id, title, state, byline, updatedAt }));
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  for (const a of articles) io.out(`${a.id}  ${a.state.padEnd(17)}  ${a.updatedAt.slice(0, 10)}  ${a.title} — ${a.byline}`);
}

async function showCommand({ values, positionals, open, io }: Context) {
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError('show cần mã bài viết (id)');
  noExtraArguments(extra, 'show');
  const article = await (await open()).articles.get(id);
  io.out(values.json ? JSON.stringify(article, null, 2) : articleAsText(article));
}

function articleAsText(article: Article): string {
  const { place, date } = article.dateline;
  return [
    article.title,
    `${article.byline} · ${article.category} · ${place}, ${date} · ${article.state}`,
    '',
    article.sapo,
    '',
    documentText(article.body),
  ].join('\n');
}

async function serveCommand({ values, positionals, open, io }: Context) {
  noExtraArguments(positionals, 'serve');
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port phải là số từ 0 đến 65535');
  const rendererDir = `${repositoryRoot}dist/renderer`;
  if (!existsSync(`${rendererDir}/index.html`)) throw new NewsdeskError('giao diện chưa được dựng: hãy chạy "npm run build" trước');
  const newsdesk = await open();
  const token = randomBytes(24).toString('hex');
  const server = createBridgeServer({
    api: newsdesk.api,
    rendererDir,
    assetPath: newsdesk.assetPath,
    token,
    log: io.err,
  });
  let url: string;
  try {
    url = await listenOnLoopback(server, port, token);
  } catch (error) {
    throw new NewsdeskError(`không mở được cổng ${port}: ${(error as Error).message}`);
  }
  io.out(`Newsdesk đang chạy ở chế độ trình duyệt. Mở đường dẫn này trong Chromium hoặc Chrome:\n${url}`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function noExtraArguments(extra: string[], command: string) {
  if (extra.length > 0) throw new UsageError(`${command}: thừa tham số "${extra[0]}"`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = await main(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) });
  process.exitCode = code;
}
