/**
 * Spell check of a 2,000-word article (the core checker, first pass and with its answers
 * remembered), and keystroke latency in the editor in Chromium with spell check on, against the
 * same typing with it off in the same run (keydown to the end of the Lexical update it causes,
 * typing in bursts and at a reporter's pace, so the check runs between keys).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import dictionary from 'dictionary-vi';
import { newDraft } from '../../core/model/newArticle.ts';
import { openNewsdesk } from '../../core/newsdesk.ts';
import { DEFAULT_NEWSROOM_WORDS } from '../../core/vietnamese/glossary.ts';
import { SpellChecker } from '../../core/vietnamese/spellChecker.ts';
import type { Bench } from './run.ts';
import { DEBIAN_CHROMIUM } from '../helpers/debianChromium.mjs';
import { bodyOfParagraphs } from '../helpers/editorDocument.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'bench-mat-khau-2021';
const TITLE = 'Bài đo chính tả 2000 từ';
const WARMUP = 20;
const KEYSTROKES = 200;
const SENTENCE =
  'Hội nghị trực tuyến triển khai nhiệm vụ kế hoạch xây dựng nông thôn mới năm nay UBND tỉnh phấn đấu có thêm mười xã đạt chuẩn nghành và nâng cao chất lượng các tiêu chí thườg đã đạt hòa thuận thuỷ lợi';

function paragraphs(words: number): string[] {
  const vocabulary = SENTENCE.split(' ');
  const out: string[] = [];
  for (let written = 0; written < words; written += 100) {
    // Each paragraph different, as in a real article (the checker remembers paragraphs it has seen).
    out.push(
      Array.from({ length: Math.min(100, words - written) }, (_, i) => vocabulary[(written * 7 + i * 3) % vocabulary.length]).join(' '),
    );
  }
  return out;
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

/** Per-keystroke latencies (ms) typing at the end of the article; `pauseMs` between keys. */
async function measure(page: Page, spellCheck: boolean, pauseMs: number): Promise<number[]> {
  await page.evaluate(
    (on) =>
      (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem(
        'newsdesk.spellCheck',
        on ? 'on' : 'off',
      ),
    spellCheck,
  );
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  const editable = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await editable.waitFor();
  if (spellCheck) await page.locator('[data-spelling-checked]').waitFor();
  await editable.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    type Editor = { registerUpdateListener(listener: (payload: { dirtyLeaves: Set<string> }) => void): void };
    const element = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(
      '[data-lexical-editor]',
    ) as {
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
  // ASCII keys (a key press needs a key on the keyboard); the words typed are unknown, so they get underlined.
  const letters = 'nghanh thuog ';
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]!);
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  }
  const latencies = await page.evaluate(() => (globalThis as unknown as { latencies: number[] }).latencies);
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' }).waitFor();
  return latencies.slice(WARMUP);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function checkerFigures(report: Parameters<Bench>[0], texts: string[]): void {
  const loadStart = performance.now();
  const checker = new SpellChecker(dictionary, DEFAULT_NEWSROOM_WORDS);
  report({ name: 'spellcheck.dictionary_load', value: performance.now() - loadStart, unit: 'ms' });
  const firstStart = performance.now();
  const unknown = texts.reduce((count, text) => count + checker.misspellings(text).length, 0);
  report({ name: 'spellcheck.words_2000.first_pass', value: performance.now() - firstStart, unit: 'ms' });
  const againStart = performance.now();
  for (const text of texts) checker.misspellings(text);
  report({ name: 'spellcheck.words_2000.again', value: performance.now() - againStart, unit: 'ms' });
  report({ name: 'spellcheck.words_2000.unknown', value: unknown, unit: 'words' });
  const suggestStart = performance.now();
  checker.suggest('nghành', 'modern');
  report({ name: 'spellcheck.suggest_one_word', value: performance.now() - suggestStart, unit: 'ms' });
}

const bench: Bench = async (report) => {
  const texts = paragraphs(2000);
  checkerFigures(report, texts);

  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-spelling-'));
  const desk = await openNewsdesk({ dataDir, seedsDir: join(root, 'seeds'), demoPassword: PASSWORD, notice: () => undefined });
  await desk.articles.save({
    ...newDraft(randomUUID(), { username: 'bichdiep', displayName: 'Bích Diệp' }, new Date()),
    title: TITLE,
    body: bodyOfParagraphs(texts),
  });
  await desk.close();

  const { child, entry } = await startServer(dataDir);
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(entry);
    await page.getByLabel('Tên đăng nhập').fill('bichdiep');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' }).waitFor();

    for (const [pace, pauseMs] of [
      ['burst', 0],
      ['paced', 200],
    ] as const) {
      const off = median(await measure(page, false, pauseMs));
      const on = median(await measure(page, true, pauseMs));
      report({ name: `spellcheck.keystroke.${pace}.off.median`, value: off, unit: 'ms' });
      report({ name: `spellcheck.keystroke.${pace}.on.median`, value: on, unit: 'ms' });
      report({ name: `spellcheck.keystroke.${pace}.ratio_on_vs_off`, value: on / off, unit: 'x' });
    }
  } finally {
    await browser.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
};
export default bench;
