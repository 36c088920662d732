/**
 * The editor in Chromium at 200 and 20,000 words: keystroke→paint (from the key's `keydown` to the
 * first frame painted after the Lexical update it causes), typing at the end and in the middle,
 * with the live preview closed and open; and opening the article in the editor. The reference is
 * bare Lexical (the same version, rich text only) in the same browser on the same text, plain and
 * with `content-visibility: auto` on its paragraphs. Autosave, recovery copies and the word count
 * run as they do for a reporter. Needs the built renderer; builds it when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { SerializedNode } from '../../core/model/document.ts';
import { newDraft } from '../../core/model/newArticle.ts';
import { openNewsdesk } from '../../core/newsdesk.ts';
import { quantile, sampled, sampleRuns, summarize, type Sampled } from './measure.ts';
import { buildNewsdeskCommand } from './process.ts';
import type { Bench, Figure } from './run.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'bench-mat-khau-2021';
const WARMUP = 15;
const KEYSTROKES = 120;
const OPENS = 5;
const SIZES = [200, 20_000] as const;
const PLACES = ['end', 'middle'] as const;
type Place = (typeof PLACES)[number];
const SENTENCE =
  'Hội nghị trực tuyến triển khai nhiệm vụ kế hoạch xây dựng nông thôn mới năm nay tỉnh phấn đấu có thêm mười xã đạt chuẩn và nâng cao chất lượng các tiêu chí đã đạt';

function body(words: number) {
  const vocabulary = SENTENCE.split(' ');
  const paragraphs: SerializedNode[] = [];
  for (let written = 0; written < words; written += 100) {
    const count = Math.min(100, words - written);
    const text = Array.from({ length: count }, (_, i) => vocabulary[(written + i) % vocabulary.length]).join(' ');
    paragraphs.push({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
    });
  }
  return { root: { type: 'root' as const, version: 1, children: paragraphs, direction: null, format: '', indent: 0 } };
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; entry: string }> {
  const child = spawn(process.execPath, ['bin/newsdesk.mjs', '--data', dataDir, 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, NEWSDESK_DEMO_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const entry = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const link = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (link) resolve(link[0]);
    });
    child.once('exit', (code) => reject(new Error(`newsdesk serve exited (${code})`)));
  });
  return { child, entry };
}

/**
 * Puts the caret at the end of the article or of its middle paragraph, types, and returns each
 * keystroke's latency (ms) to the frame painted after the editor's update.
 */
async function typeAndTime(page: Page, place: Place): Promise<number[]> {
  await page.evaluate(`((place) => {
    const element = document.querySelector('[data-lexical-editor]');
    const blocks = element.children;
    const block = place === 'end' ? blocks[blocks.length - 1] : blocks[Math.floor(blocks.length / 2)];
    block.scrollIntoView({ block: 'center' });
    element.focus();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let text = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text = node;
    getSelection().collapse(text, text.length);
    window.stopTiming?.();
    window.latencies = [];
    let pressedAt = null;
    const pressed = (event) => (pressedAt = event.timeStamp);
    element.addEventListener('keydown', pressed, true);
    const unregister = element.__lexicalEditor.registerUpdateListener(({ dirtyLeaves }) => {
      if (pressedAt === null || dirtyLeaves.size === 0) return;
      const start = pressedAt;
      pressedAt = null;
      requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0));
    });
    window.stopTiming = () => {
      element.removeEventListener('keydown', pressed, true);
      unregister();
    };
  })(${JSON.stringify(place)})`);
  await page.waitForTimeout(200);
  const letters = 'nông thôn mới ';
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : 'a');
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => (globalThis as unknown as { latencies: number[] }).latencies);
  if (latencies.length < KEYSTROKES) throw new Error(`only ${latencies.length} keystrokes measured`);
  return latencies.slice(WARMUP);
}

/** Reports the median (with spread) and the 95th percentile of one case's keystrokes. */
function reportTyping(report: (figure: Figure) => void, name: string, latencies: number[]): { median: number; p95: number } {
  const summary = summarize(latencies);
  const p95 = quantile(latencies, 0.95);
  report(sampled(`${name}.median`, summary));
  report({ name: `${name}.p95`, value: p95, unit: 'ms' });
  return { median: summary.median, p95 };
}

/** From the click on "Sửa bài" to every block of the body in the editor (ms). */
async function openInEditor(page: Page, title: string, paragraphs: number): Promise<number> {
  await page.getByRole('button', { name: title, exact: true }).click();
  const edit = page.getByRole('button', { name: 'Sửa bài' });
  await edit.waitFor();
  const start = performance.now();
  await edit.click();
  await page.waitForFunction((count) => {
    const editable = (globalThis as unknown as { document: { querySelector(s: string): { children: { length: number } } | null } }).document.querySelector(
      '[data-lexical-editor]',
    );
    return (editable?.children.length ?? 0) >= count;
  }, paragraphs);
  return performance.now() - start;
}

async function backToLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' }).waitFor();
}

/** Bare Lexical (plain rich text) on a page of its own, holding the same body. */
async function bareLexicalPage(browser: Browser, words: number, contentVisibility: boolean): Promise<Page> {
  const bundle = await build({
    stdin: { contents: "export * from 'lexical'; export { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';", resolveDir: root },
    bundle: true,
    format: 'iife',
    globalName: 'BareLexical',
    write: false,
    minify: true,
    logLevel: 'warning',
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const css = contentVisibility ? '.bare > * { content-visibility: auto; contain-intrinsic-size: auto 4.5em; }' : '';
  await page.setContent(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>body { font: 17px/1.6 serif; max-width: 46rem; margin: 2rem auto; } ${css}</style></head>` +
      '<body><div class="bare" contenteditable="true"></div></body></html>',
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  await page.addScriptTag({
    content: `(() => {
      const { createEditor, registerRichText, HeadingNode, QuoteNode } = BareLexical;
      const editor = createEditor({ namespace: 'bare', nodes: [HeadingNode, QuoteNode], onError: (error) => { throw error; } });
      editor.setRootElement(document.querySelector('.bare'));
      registerRichText(editor);
      editor.setEditorState(editor.parseEditorState(${JSON.stringify(JSON.stringify(body(words)))}));
    })();`,
  });
  await page.waitForFunction((count) => {
    const element = (globalThis as unknown as { document: { querySelector(s: string): { children: { length: number } } | null } }).document.querySelector('.bare');
    return (element?.children.length ?? 0) >= count;
  }, Math.ceil(words / 100));
  return page;
}

const bench: Bench = async (report) => {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  await buildNewsdeskCommand();
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-editor-'));
  const titles = new Map<number, string>();
  const desk = await openNewsdesk({ dataDir, seedsDir: join(root, 'seeds'), demoPassword: PASSWORD, notice: () => undefined });
  for (const words of SIZES) {
    const title = `Bài đo tốc độ ${words} từ`;
    titles.set(words, title);
    const author = { username: 'bichdiep', displayName: 'Bích Diệp' };
    await desk.articles.save({ ...newDraft(randomUUID(), author, new Date()), title, body: body(words) });
  }
  await desk.close();

  const { child, entry } = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(entry);
    await page.getByLabel('Tên đăng nhập').fill('bichdiep');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' }).waitFor();

    const figures: Record<string, { median: number; p95: number }> = {};
    const opens: Record<number, Sampled> = {};
    for (const words of SIZES) {
      const paragraphs = Math.ceil(words / 100);
      opens[words] = await sampleRuns(OPENS, async () => {
        const ms = await openInEditor(page, titles.get(words)!, paragraphs);
        await backToLibrary(page);
        return ms;
      });
      report(sampled(`editor.open.words_${words}`, opens[words]!));
      for (const preview of [false, true]) {
        await openInEditor(page, titles.get(words)!, paragraphs);
        if (preview) await page.getByRole('button', { name: 'Xem trước' }).click();
        for (const place of PLACES) {
          const name = `editor.keystroke.${preview ? 'preview_open.' : ''}${place}.words_${words}`;
          figures[name] = reportTyping(report, name, await typeAndTime(page, place));
        }
        await backToLibrary(page);
      }
    }
    report({ name: 'editor.open.ratio_20000_vs_200', value: opens[20_000]!.median / opens[200]!.median, unit: 'x' });

    for (const contentVisibility of [false, true]) {
      const variant = contentVisibility ? 'bare_lexical_content_visibility' : 'bare_lexical';
      for (const words of SIZES) {
        for (const place of PLACES) {
          const bare = await bareLexicalPage(browser, words, contentVisibility);
          const name = `${variant}.keystroke.${place}.words_${words}`;
          figures[name] = reportTyping(report, name, await typeAndTime(bare, place));
          await bare.close();
        }
      }
    }

    for (const place of PLACES) {
      for (const prefix of [`editor.keystroke.${place}`, `editor.keystroke.preview_open.${place}`, `bare_lexical.keystroke.${place}`, `bare_lexical_content_visibility.keystroke.${place}`]) {
        const small = figures[`${prefix}.words_200`]!;
        const large = figures[`${prefix}.words_20000`]!;
        report({ name: `${prefix}.median_ratio_20000_vs_200`, value: large.median / small.median, unit: 'x' });
        report({ name: `${prefix}.p95_ratio_20000_vs_200`, value: large.p95 / small.p95, unit: 'x' });
      }
      const ours = figures[`editor.keystroke.${place}.words_20000`]!;
      const plain = figures[`bare_lexical.keystroke.${place}.words_20000`]!;
      report({ name: `editor.keystroke.${place}.words_20000.median_vs_bare_lexical`, value: ours.median / plain.median, unit: 'x' });
    }
  } finally {
    await browser.close();
    // serve finishes what it is writing (its daily backup) before it exits; the folder goes after that.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
};
export default bench;
