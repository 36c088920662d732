/**
 * The editor in Chromium at 200 and 20,000 words: keystroke→paint (from the key's `keydown` to the
 * first frame painted after the Lexical update it causes), typing at the end and in the middle,
 * with the live preview closed and open; and opening the article in the editor. The reference is
 * bare Lexical (the same version, rich text only) in the same browser on the same text, plain and
 * with `content-visibility: auto` on its paragraphs. Below both, the browser's own share: a plain
 * `contenteditable` holding the same paragraphs, no editor at all, each paragraph but the last
 * with `content-visibility: auto` as Newsdesk's are, and the same 20,000 words with the paragraphs
 * grouped by 16 under one such container each, which no editor built on Lexical can do (its
 * paragraphs are the children of the editable element). Autosave, recovery copies and the word
 * count run as they do for a reporter. Needs the built renderer; builds it when it is missing.
 *
 * Keys come at a quick writer's pace with pauses after words, so that what waits for a pause in
 * typing runs between keystrokes as it does for a writer. Every case has a page of its own, open
 * side by side, and the cases take short turns (one phrase of three words, each pause once, after a
 * few keys that bring the page up to speed), in an order reversed every other turn: a shared,
 * loaded machine then slows a case and its reference alike. Each case first types one turn that is
 * not counted, so its figures are of steady typing. A 95th percentile needs many keystrokes to rest
 * on more than a couple of slow ones: 140 per case and place. A figure is over all its keystrokes,
 * its spread the lowest and highest of the rounds; so is a ratio (of the two figures, its spread
 * that of the ratios measured round by round). Beside each ratio, what the 20,000 words add to the
 * median in milliseconds, so that the editor's growth reads against the browser's own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Cookie, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { newDraft } from '../../core/model/newArticle.ts';
import { openNewsdesk } from '../../core/newsdesk.ts';
import { quantile, sampled, summarize, type Sampled } from './measure.ts';
import { buildNewsdeskCommand } from './process.ts';
import type { Bench, Figure } from './run.ts';
import { DEBIAN_CHROMIUM } from '../helpers/debianChromium.mjs';
import { bodyOfParagraphs } from '../helpers/editorDocument.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'bench-mat-khau-2021';
const ROUNDS = 5;
/** Turns each case takes per round and place. */
const TURNS = 2;
/**
 * A turn's keys (each letter typed as 'a'): a word that brings the page up to speed once it comes
 * to the front, not timed, then three words timed key by key, so that each pause comes once.
 */
const WARMUP_KEYS = 'nông';
const TIMED_KEYS = ' thôn mới nông';
/** Between two keys of a word, and after a word (in turn): a writer's rhythm, not a machine's. */
const KEY_GAP_MS = 60;
const PAUSES_MS = [250, 450, 800];
/**
 * After its turn a page is left to finish what waits for the writer's pause (the save, the
 * recovery copy, the preview) before the next page types, so that none of it lands on another
 * case's keys.
 */
const SETTLE_MS = 800;
const OPENS = 5;
const SIZES = [200, 20_000] as const;
const PLACES = ['end', 'middle'] as const;
type Place = (typeof PLACES)[number];
const SENTENCE =
  'Hội nghị trực tuyến triển khai nhiệm vụ kế hoạch xây dựng nông thôn mới năm nay tỉnh phấn đấu có thêm mười xã đạt chuẩn và nâng cao chất lượng các tiêu chí đã đạt';

/** The article's text: paragraphs of 100 words. */
function paragraphTexts(words: number): string[] {
  const vocabulary = SENTENCE.split(' ');
  const texts: string[] = [];
  for (let written = 0; written < words; written += 100) {
    const count = Math.min(100, words - written);
    texts.push(Array.from({ length: count }, (_, i) => vocabulary[(written + i) % vocabulary.length]).join(' '));
  }
  return texts;
}

function body(words: number) {
  return bodyOfParagraphs(paragraphTexts(words));
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
    const element = document.querySelector('[data-lexical-editor]') ?? document.querySelector('[contenteditable="true"]');
    const blocks = [...element.children].flatMap((child) => (child.classList.contains('group') ? [...child.children] : [child]));
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
    const changed = () => {
      if (pressedAt === null) return;
      const start = pressedAt;
      pressedAt = null;
      requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - start), 0));
    };
    element.addEventListener('keydown', pressed, true);
    // An editor's text has changed once its update is through; a plain one's when it is told of the input.
    const editor = element.__lexicalEditor;
    const unregister = editor
      ? editor.registerUpdateListener(({ dirtyLeaves }) => dirtyLeaves.size > 0 && changed())
      : (element.addEventListener('input', changed), () => element.removeEventListener('input', changed));
    window.stopTiming = () => {
      element.removeEventListener('keydown', pressed, true);
      unregister();
    };
  })(${JSON.stringify(place)})`);
  await page.waitForTimeout(200);
  await page.bringToFront();
  let words = 0;
  for (const letter of WARMUP_KEYS + TIMED_KEYS) {
    const space = letter === ' ';
    await page.keyboard.press(space ? 'Space' : 'a');
    // Paced like a quick typist, pausing after words: what waits for a pause (spelling, word
    // count, preview, recovery copy) then runs between keystrokes, as it does for a writer.
    await page.waitForTimeout(space ? PAUSES_MS[words++ % PAUSES_MS.length]! : KEY_GAP_MS);
  }
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate('new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }))');
  const latencies = await page.evaluate(() => (globalThis as unknown as { latencies: number[] }).latencies);
  if (latencies.length < WARMUP_KEYS.length + TIMED_KEYS.length) throw new Error(`only ${latencies.length} keystrokes measured`);
  return latencies.slice(WARMUP_KEYS.length);
}

/** One case's keystrokes, round by round. */
type Rounds = number[][];

/** The median (spread: the rounds' medians) and the 95th percentile (spread: the rounds') of one case's keystrokes. */
function reportTyping(report: (figure: Figure) => void, name: string, rounds: Rounds): void {
  const all = rounds.flat();
  const medians = summarize(rounds.map((round) => summarize(round).median));
  const p95s = summarize(rounds.map((round) => quantile(round, 0.95)));
  report({
    name: `${name}.median`,
    value: summarize(all).median,
    unit: 'ms',
    spread: { min: medians.min, max: medians.max, runs: rounds.length },
  });
  report({ name: `${name}.p95`, value: quantile(all, 0.95), unit: 'ms', spread: { min: p95s.min, max: p95s.max, runs: rounds.length } });
}

/**
 * `of` over `reference`: the statistic over all keystrokes of each, and as spread the lowest and
 * highest of the ratios measured round by round (a round's p95 rests on its slowest key or two).
 */
function roundRatio(name: string, of: Rounds, reference: Rounds, statistic: (values: number[]) => number): Figure {
  const rounds = summarize(of.map((round, index) => statistic(round) / statistic(reference[index]!)));
  return {
    name,
    value: statistic(of.flat()) / statistic(reference.flat()),
    unit: 'x',
    spread: { min: rounds.min, max: rounds.max, runs: rounds.runs },
  };
}

/**
 * What the longer text adds to a keystroke's median (ms): `of`'s median less `reference`'s, over all
 * keystrokes of each, the spread that of the differences measured round by round. Beside the
 * ratios it shows how much of the growth is the browser's own (the plain `contenteditable`'s).
 */
function roundDifference(name: string, of: Rounds, reference: Rounds): Figure {
  const rounds = summarize(of.map((round, index) => median(round) - median(reference[index]!)));
  return {
    name,
    value: median(of.flat()) - median(reference.flat()),
    unit: 'ms',
    spread: { min: rounds.min, max: rounds.max, runs: rounds.runs },
  };
}
const median = (values: number[]) => summarize(values).median;
const p95 = (values: number[]) => quantile(values, 0.95);

/**
 * From the click on "Sửa bài" to every block of the body in the editor (ms), clicked as soon as the
 * article screen shows it, as a reporter going straight to work does: whatever the article screen
 * starts as it opens is in the figure if the editor has to wait for it.
 */
async function openInEditor(page: Page, title: string, paragraphs: number): Promise<number> {
  await page.getByRole('button', { name: title, exact: true }).click();
  return editNow(page, paragraphs);
}

/**
 * As `openInEditor`, for a reporter who read the article a while first: "Sửa bài" is clicked as
 * soon as the article screen has asked the core for its print check (the whole article typeset),
 * so the editor opens while the core is typesetting.
 */
async function openInEditorDuringPrintCheck(page: Page, title: string, paragraphs: number): Promise<number> {
  const asked = page.waitForRequest((request) => request.url().endsWith('/api/print.article'));
  const printed = page.waitForResponse((response) => response.url().endsWith('/api/print.article'));
  await page.getByRole('button', { name: title, exact: true }).click();
  await asked;
  const ms = await editNow(page, paragraphs);
  await printed;
  return ms;
}

/** Clicks "Sửa bài" on the article screen; the time until every block of the body is in the editor (ms). */
async function editNow(page: Page, paragraphs: number): Promise<number> {
  const edit = page.getByRole('button', { name: 'Sửa bài' });
  await edit.waitFor();
  const start = performance.now();
  await edit.click();
  await page.waitForFunction((count) => {
    const editable = (
      globalThis as unknown as { document: { querySelector(s: string): { children: { length: number } } | null } }
    ).document.querySelector('[data-lexical-editor]');
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
    stdin: {
      contents: "export * from 'lexical'; export { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';",
      resolveDir: root,
    },
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
  await page.waitForFunction(
    (count) => {
      const element = (
        globalThis as unknown as { document: { querySelector(s: string): { children: { length: number } } | null } }
      ).document.querySelector('.bare');
      return (element?.children.length ?? 0) >= count;
    },
    Math.ceil(words / 100),
  );
  return page;
}

/** Paragraphs under one `content-visibility` container each, in the plain page grouped as no Lexical editor can. */
const GROUP = 16;

/**
 * A plain `contenteditable` (no editor) holding the same paragraphs, each but the last with
 * `content-visibility: auto` as in Newsdesk, or grouped by `GROUP` under one such container each.
 */
async function plainEditablePage(browser: Browser, words: number, grouped: boolean): Promise<Page> {
  const paragraphs = paragraphTexts(words).map((text) => `<p>${text}</p>`);
  const blocks = grouped
    ? Array.from(
        { length: Math.ceil(paragraphs.length / GROUP) },
        (_, i) => `<div class="group">${paragraphs.slice(i * GROUP, (i + 1) * GROUP).join('')}</div>`,
      )
    : paragraphs;
  const css = grouped
    ? `.group { content-visibility: auto; contain-intrinsic-size: auto ${GROUP * 4.5}em; }`
    : '.plain > p:not(:last-child) { content-visibility: auto; contain-intrinsic-size: auto 4.5em; }';
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.setContent(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>body { font: 17px/1.6 serif; max-width: 46rem; margin: 2rem auto; } ${css}</style></head>` +
      `<body><div class="plain" contenteditable="true">${blocks.join('')}</div></body></html>`,
  );
  return page;
}

const bench: Bench = async (report) => {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  await buildNewsdeskCommand();
  const dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-editor-'));
  // One article per size for typing with the preview closed, one with it open (each case edits its own).
  const titles = new Map<string, string>();
  const desk = await openNewsdesk({ dataDir, seedsDir: join(root, 'seeds'), demoPassword: PASSWORD, notice: () => undefined });
  for (const words of SIZES) {
    for (const preview of [false, true]) {
      const title = `Bài đo tốc độ ${words} từ${preview ? ' (xem trước)' : ''}`;
      titles.set(`${words}${preview ? ' preview' : ''}`, title);
      const author = { username: 'bichdiep', displayName: 'Bích Diệp' };
      await desk.articles.save({ ...newDraft(randomUUID(), author, new Date()), title, body: body(words) });
    }
  }
  await desk.close();

  const { child, entry } = await startServer(dataDir);
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  try {
    // Each page in a browser context of its own (the app keeps a note of the article being edited
    // in localStorage), all with the serve session's cookie that the entry link set in the first.
    let cookies: Cookie[] | null = null;
    const signedIn = async (): Promise<Page> => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 860 },
        ...(cookies ? { storageState: { cookies, origins: [] } } : {}),
      });
      const page = await context.newPage();
      await page.goto(cookies ? new URL(entry).origin : entry);
      cookies ??= (await context.storageState()).cookies;
      const library = page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' });
      const form = page.getByLabel('Tên đăng nhập');
      await form.or(library).waitFor();
      if (await form.isVisible()) {
        await form.fill('bichdiep');
        await page.getByLabel('Mật khẩu').fill(PASSWORD);
        await page.getByLabel('Mật khẩu').press('Enter');
      }
      await library.waitFor();
      return page;
    };

    // Opening, the two sizes in turn.
    const page = await signedIn();
    const openTimes: Record<number, number[]> = { 200: [], 20_000: [] };
    for (let round = 0; round < OPENS; round++) {
      for (const words of SIZES) {
        openTimes[words]!.push(await openInEditor(page, titles.get(`${words}`)!, Math.ceil(words / 100)));
        await backToLibrary(page);
      }
    }
    const opens: Record<number, Sampled> = { 200: summarize(openTimes[200]!), 20_000: summarize(openTimes[20_000]!) };
    for (const words of SIZES) report(sampled(`editor.open.words_${words}`, opens[words]!));
    report(sampled('editor.open.ratio_20000_vs_200', summarize(openTimes[20_000]!.map((ms, round) => ms / openTimes[200]![round]!)), 'x'));
    const duringPrintCheck: number[] = [];
    for (let round = 0; round < OPENS; round++) {
      duringPrintCheck.push(await openInEditorDuringPrintCheck(page, titles.get('20000')!, 200));
      await backToLibrary(page);
    }
    report(sampled('editor.open.words_20000.during_print_check', summarize(duringPrintCheck)));
    await page.close();

    // Typing: every case on a page of its own, the cases taking turns.
    const cases: Array<{ prefix: string; words: number; page: Page }> = [];
    for (const preview of [false, true]) {
      for (const words of SIZES) {
        const editorPage = await signedIn();
        await openInEditor(editorPage, titles.get(`${words}${preview ? ' preview' : ''}`)!, Math.ceil(words / 100));
        if (preview) await editorPage.getByRole('button', { name: 'Xem trước' }).click();
        cases.push({ prefix: `editor.keystroke.${preview ? 'preview_open.' : ''}`, words, page: editorPage });
      }
    }
    for (const contentVisibility of [false, true]) {
      for (const words of SIZES) {
        const prefix = `${contentVisibility ? 'bare_lexical_content_visibility' : 'bare_lexical'}.keystroke.`;
        cases.push({ prefix, words, page: await bareLexicalPage(browser, words, contentVisibility) });
      }
    }
    for (const words of SIZES)
      cases.push({ prefix: 'contenteditable.keystroke.', words, page: await plainEditablePage(browser, words, false) });
    cases.push({ prefix: 'contenteditable_grouped.keystroke.', words: 20_000, page: await plainEditablePage(browser, 20_000, true) });
    // A turn each, not counted: what happens once on a page (compiling, first reads) is out of the figures.
    for (const place of PLACES) for (const { page: casePage } of cases) await typeAndTime(casePage, place);
    const typed = new Map<string, Rounds>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const place of PLACES) {
        for (let turn = 0; turn < TURNS; turn++) {
          for (const { prefix, words, page: casePage } of turn % 2 === 0 ? cases : [...cases].reverse()) {
            const name = `${prefix}${place}.words_${words}`;
            if (!typed.has(name)) typed.set(name, []);
            const rounds = typed.get(name)!;
            rounds[round] = [...(rounds[round] ?? []), ...(await typeAndTime(casePage, place))];
          }
        }
      }
    }
    for (const [name, rounds] of typed) reportTyping(report, name, rounds);

    for (const place of PLACES) {
      for (const prefix of [
        `editor.keystroke.${place}`,
        `editor.keystroke.preview_open.${place}`,
        `bare_lexical.keystroke.${place}`,
        `bare_lexical_content_visibility.keystroke.${place}`,
        `contenteditable.keystroke.${place}`,
      ]) {
        const small = typed.get(`${prefix}.words_200`)!;
        const large = typed.get(`${prefix}.words_20000`)!;
        report(roundRatio(`${prefix}.median_ratio_20000_vs_200`, large, small, median));
        report(roundRatio(`${prefix}.p95_ratio_20000_vs_200`, large, small, p95));
        report(roundDifference(`${prefix}.median_added_20000_vs_200`, large, small));
      }
      // Grouped, against the plain 200-word page: its two paragraphs are too few for grouping to matter.
      const grouped = typed.get(`contenteditable_grouped.keystroke.${place}.words_20000`)!;
      const small = typed.get(`contenteditable.keystroke.${place}.words_200`)!;
      report(roundRatio(`contenteditable_grouped.keystroke.${place}.median_ratio_20000_vs_200`, grouped, small, median));
      report(roundRatio(`contenteditable_grouped.keystroke.${place}.p95_ratio_20000_vs_200`, grouped, small, p95));
      const plain = typed.get(`bare_lexical.keystroke.${place}.words_20000`)!;
      for (const ours of [`editor.keystroke.${place}`, `editor.keystroke.preview_open.${place}`]) {
        const large = typed.get(`${ours}.words_20000`)!;
        report(roundRatio(`${ours}.words_20000.median_vs_bare_lexical`, large, plain, median));
        report(roundRatio(`${ours}.words_20000.p95_vs_bare_lexical`, large, plain, p95));
      }
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
