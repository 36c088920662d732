/**
 * Keystroke-to-update latency of the editor in Chromium: from the key's `keydown` to the end of
 * the Lexical update it causes (DOM reconciled, update listeners called), typing at the end of a
 * 200-word article (the reference) and of a 20,000-word one. Autosave and word count run as they
 * do for a reporter. Needs the built renderer; builds it when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { SerializedNode } from '../../core/model/document.ts';
import { newDraft } from '../../core/model/newArticle.ts';
import { openNewsdesk } from '../../core/newsdesk.ts';
import type { Bench } from './run.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'bench-mat-khau-2021';
const WARMUP = 20;
const KEYSTROKES = 220;
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

/** Per-keystroke latencies (ms) typing at the end of the article titled `title`. */
async function measure(page: Page, title: string): Promise<number[]> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  const editable = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await editable.waitFor();
  await editable.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    type Editor = { registerUpdateListener(listener: (payload: { dirtyLeaves: Set<string> }) => void): void };
    const element = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[data-lexical-editor]') as {
      __lexicalEditor: Editor;
      addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
    };
    const state = globalThis as unknown as { latencies: number[] };
    state.latencies = [];
    let pressedAt: number | null = null;
    element.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), true);
    element.__lexicalEditor.registerUpdateListener(({ dirtyLeaves }) => {
      if (pressedAt === null || dirtyLeaves.size === 0) return;
      state.latencies.push(performance.now() - pressedAt);
      pressedAt = null;
    });
  });
  const letters = 'nông thôn mới ';
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : 'a');
  const latencies = await page.evaluate(() => (globalThis as unknown as { latencies: number[] }).latencies);
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' }).waitFor();
  return latencies.slice(WARMUP);
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

const bench: Bench = async (report) => {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-editor-'));
  const sizes = [200, 20_000] as const;
  const titles = new Map<number, string>();
  const desk = await openNewsdesk({ dataDir, seedsDir: join(root, 'seeds'), demoPassword: PASSWORD, notice: () => undefined });
  for (const words of sizes) {
    const title = `Bài đo tốc độ ${words} từ`;
    titles.set(words, title);
    const author = { username: 'bichdiep', displayName: 'Bích Diệp' };
    await desk.articles.save({ ...newDraft(randomUUID(), author, new Date()), title, body: body(words) });
  }

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

    const medians: Record<number, number> = {};
    const p95s: Record<number, number> = {};
    for (const words of sizes) {
      const latencies = await measure(page, titles.get(words)!);
      if (latencies.length < 200) throw new Error(`only ${latencies.length} keystrokes measured for ${words} words`);
      medians[words] = quantile(latencies, 0.5);
      p95s[words] = quantile(latencies, 0.95);
      report({ name: `editor.keystroke.words_${words}.median`, value: medians[words], unit: 'ms' });
      report({ name: `editor.keystroke.words_${words}.p95`, value: p95s[words], unit: 'ms' });
    }
    report({ name: 'editor.keystroke.median_ratio_20000_vs_200', value: medians[20_000]! / medians[200]!, unit: 'x' });
    report({ name: 'editor.keystroke.p95_ratio_20000_vs_200', value: p95s[20_000]! / p95s[200]!, unit: 'x' });
  } finally {
    await browser.close();
    // serve finishes what it is writing (its daily backup) before it exits; the folder goes after that.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
};
export default bench;
