import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PORTAL_COLOURS, type PortalTheme } from '../../core/render/portalTheme.ts';
import { channels, contrastRatio } from '../helpers/contrast.ts';
import { sampleIdIn } from '../helpers/sampleNewsroom.ts';
import { DEMO_PASSWORD, expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const SAMPLE_CAPTION = 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị';
const SCREENS = 'test-results/screens/preview';

/** The fields of an HTMLImageElement that say whether it really loaded (no DOM lib in this tsconfig). */
type LoadedImage = { complete: boolean; naturalWidth: number };

/** The few browser globals the page functions use (this tsconfig has no DOM lib, as in library.spec.ts). */
type BrowserGlobals = {
  getComputedStyle(element: unknown): { getPropertyValue(name: string): string };
  document: { fonts: { ready: Promise<unknown>; load(font: string): Promise<unknown[]> } };
};

const rgb = (hex: string) => `rgb(${channels(hex).join(', ')})`;
const css = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => (globalThis as unknown as BrowserGlobals).getComputedStyle(element).getPropertyValue(name), property);
const fontSize = async (page: Page) => parseFloat(await css(page, '.nd-body p', 'font-size'));

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}` });
}

async function openPreview(page: Page, signIn: (user: string) => Promise<void>) {
  await signIn('bichdiep');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByRole('button', { name: 'Xem trước' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.preview-pane h1.nd-title')).toHaveText(SAMPLE_TITLE);
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.ready);
}

/** An item of the preview toolbar's "Thêm" menu, the menu opened. */
async function moreItem(page: Page, name: string) {
  await page.getByRole('toolbar', { name: 'Công cụ đọc bài' }).getByRole('button', { name: 'Thêm' }).click();
  return page.getByRole('menu', { name: 'Thêm' }).getByRole('menuitem', { name, exact: true });
}

async function expectPhotoLoaded(page: Page) {
  await expect
    .poll(() => page.locator('.nd-portal img').evaluateAll((imgs) => imgs.map((img) => (img as unknown as LoadedImage).naturalWidth > 0)))
    .toEqual([true]);
}

/** Each face of the print fonts is found and loads (a face that fails to load rejects). */
async function expectPrintFontsLoaded(page: Page) {
  const faces = ['17px "Noto Serif"', 'bold 17px "Noto Serif"', 'italic 17px "Noto Serif"', '17px "Noto Sans"', 'bold 17px "Noto Sans"'];
  const found = await page.evaluate(
    (fonts) =>
      Promise.all(fonts.map((font) => (globalThis as unknown as BrowserGlobals).document.fonts.load(font).then((list) => list.length))),
    faces,
  );
  expect(found).toEqual([1, 1, 1, 1, 1]);
}

/** Page background and the colours of body text and captions, as the browser computed them. */
async function expectThemeColours(page: Page, theme: PortalTheme) {
  const colours = PORTAL_COLOURS[theme];
  const background = await css(page, '.nd-portal', 'background-color');
  expect(background).toBe(rgb(colours.background));
  expect(await css(page, '.nd-body p', 'color')).toBe(rgb(colours.text));
  expect(await css(page, '.nd-title', 'color')).toBe(rgb(colours.text));
  const caption = await css(page, '.nd-portal figcaption', 'color');
  expect(caption).toBe(rgb(colours.muted));
  expect(contrastRatio(caption, background), `${theme} caption contrast`).toBeGreaterThanOrEqual(4.5);
  expect(await css(page, '.nd-portal img', 'filter')).toBe('none');
}

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).include('.preview-pane').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, label).toEqual([]);
}

test('the preview shows the sample article as the portal does, in light and night mode, at desktop and phone width', async ({
  page,
  signIn,
  consoleErrors,
}) => {
  const missingFavicon: string[] = [];
  page.on('console', (message) => {
    if (message.location().url.endsWith('/favicon.ico')) missingFavicon.push(message.text());
  });
  await openPreview(page, signIn);
  const preview = page.locator('.preview-pane');
  await expect(preview.locator('.nd-byline')).toHaveText('Bích Diệp');
  await expect(preview.locator('figcaption')).toHaveText(SAMPLE_CAPTION);
  await expectPhotoLoaded(page);
  await expectPrintFontsLoaded(page);
  expect(await css(page, '.nd-body p', 'font-family')).toMatch(/^"Noto Serif"/);
  expect(await css(page, '.nd-title', 'font-family')).toMatch(/^"Noto Sans"/);
  // The portal's "Xuất PDF" hands the article to the print-ready exporter.
  const download = page.waitForEvent('download');
  await (await moreItem(page, 'Xuất PDF')).click();
  expect((await download).suggestedFilename()).toMatch(/^hoi-nghi-truc-tuyen.*\.pdf$/);

  await expectThemeColours(page, 'light');
  await expectNoSeriousAxeViolations(page, 'light');
  await screenshot(page, 'light-desktop.png');

  const night = page.getByRole('button', { name: 'Chế độ ban đêm' });
  await night.click();
  await expect(night).toHaveAttribute('aria-pressed', 'true');
  await expectThemeColours(page, 'dark');
  await expectNoSeriousAxeViolations(page, 'night');
  await screenshot(page, 'night-desktop.png');

  const frame = page.locator('.preview-frame');
  await page.getByRole('button', { name: 'Điện thoại' }).click();
  await expect(page.getByRole('button', { name: 'Điện thoại' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await frame.boundingBox())?.width).toBeLessThanOrEqual(377);
  const photo = preview.locator('img');
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toBeInViewport();
  await preview.locator('figcaption').scrollIntoViewIfNeeded();
  await expect(preview.locator('figcaption')).toBeInViewport();
  const [frameBox, photoBox] = [await frame.boundingBox(), await photo.boundingBox()];
  expect(photoBox!.width).toBeGreaterThan(300);
  expect(photoBox!.x + photoBox!.width).toBeLessThanOrEqual(frameBox!.x + frameBox!.width);
  await screenshot(page, 'night-phone.png');
  await expectNoSeriousAxeViolations(page, 'night, phone');

  await night.click();
  await expect(night).toHaveAttribute('aria-pressed', 'false');
  await expectThemeColours(page, 'light');
  await screenshot(page, 'light-phone.png');
  // No CSP violation or other error; the app has no favicon yet, which Chromium asks for on its own.
  expect(consoleErrors.filter((error) => !missingFavicon.includes(error))).toEqual([]);
});

test('-A A +A step the text size, and the choice is remembered', async ({ page, signIn }) => {
  await openPreview(page, signIn);
  const base = await fontSize(page);
  expect(base).toBeCloseTo(17, 1);

  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.125, 1);
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.25, 1);
  const title = parseFloat(await css(page, '.nd-title', 'font-size'));
  expect(title).toBeGreaterThan((await fontSize(page)) * 1.5);

  await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base, 1);
  await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 0.875, 1);
  await expect(page.getByRole('button', { name: 'Giảm cỡ chữ' })).toBeDisabled();

  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.125, 1);
  await page.reload();
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect.poll(() => fontSize(page)).toBeCloseTo(base * 1.125, 1);
});

test('printing shows the article alone, in light colours, photos kept with their captions', async ({ page, signIn }) => {
  await openPreview(page, signIn);
  await page.getByRole('button', { name: 'Chế độ ban đêm' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Về thư viện' })).toBeHidden();
  expect(await css(page, '.nd-portal', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await css(page, '.nd-body p', 'color')).toBe(rgb(PORTAL_COLOURS.light.text));
  expect(await css(page, '.nd-portal figure', 'break-inside')).toBe('avoid');
  expect(await css(page, '.preview-frame', 'overflow-y')).toBe('visible');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('toolbar')).toBeVisible();
});

test('read aloud says so when the system has no Vietnamese voice', async ({ page, signIn }) => {
  await openPreview(page, signIn);
  const item = await moreItem(page, 'Máy chưa có giọng đọc tiếng Việt');
  await expect(item).toBeVisible();
  await expect(item).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: 'Đọc nội dung' })).toHaveCount(0);
});

test('read aloud reads block by block with the vi-VN voice and highlights what it reads', async ({ page, signIn }) => {
  // Stand-in: headless Chromium has no speech engine and no voices, so the speech API is replaced
  // by one that offers an English and a Vietnamese voice and records what it is asked to say.
  await page.addInitScript(() => {
    type Recorded = { text: string; lang: string; voice: { lang: string } | null; onend: (() => void) | null };
    const spoken: Recorded[] = [];
    const calls: string[] = [];
    const voices = [
      { name: 'English', lang: 'en-US', voiceURI: 'en', localService: true, default: true },
      { name: 'Tiếng Việt', lang: 'vi-VN', voiceURI: 'vi', localService: true, default: false },
    ];
    class Utterance {
      lang = '';
      voice: { lang: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: Recorded) => {
        calls.push('speak');
        spoken.push(utterance);
      },
      cancel: () => calls.push('cancel'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    });
    Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(globalThis, { spoken, speechCalls: calls });
  });
  await openPreview(page, signIn);
  type Spoken = Array<{ text: string; lang: string; voice: { lang: string } | null; onend: () => void }>;
  const spoken = () =>
    page.evaluate(() =>
      (globalThis as unknown as { spoken: Spoken }).spoken.map(({ text, lang, voice }) => ({ text, lang, voice: voice?.lang })),
    );
  const finishCurrent = () => page.evaluate(() => (globalThis as unknown as { spoken: Spoken }).spoken.at(-1)!.onend());
  const reading = page.locator('.preview-pane .nd-reading');

  await (await moreItem(page, 'Đọc nội dung')).click();
  expect(await spoken()).toEqual([{ text: SAMPLE_TITLE, lang: 'vi-VN', voice: 'vi-VN' }]);
  await expect(reading).toHaveCount(1);
  await expect(reading).toHaveText(SAMPLE_TITLE);
  const highlight = await css(page, '.preview-pane .nd-reading', 'background-color');
  expect(highlight).toBe(rgb(PORTAL_COLOURS.light.reading));

  await finishCurrent();
  await expect(reading).toHaveClass(/nd-sapo/);
  await finishCurrent();
  const firstParagraph = page.locator('.preview-pane .nd-body > p').first();
  await expect(firstParagraph).toHaveClass('nd-reading');
  const said = await spoken();
  expect(said).toHaveLength(3);
  expect(said[2]).toEqual({ text: (await firstParagraph.innerText()).trim(), lang: 'vi-VN', voice: 'vi-VN' });

  await (await moreItem(page, 'Tạm dừng đọc')).click();
  await (await moreItem(page, 'Đọc tiếp')).click();
  await (await moreItem(page, 'Dừng đọc')).click();
  await expect(reading).toHaveCount(0);
  await expect(await moreItem(page, 'Đọc nội dung')).toBeVisible();
  const calls = await page.evaluate(() => (globalThis as unknown as { speechCalls: string[] }).speechCalls);
  expect(calls.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
});

test('export-html of the sample article opens in Chromium as a clean page in both themes', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-export-'));
  try {
    const newsdesk = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/newsdesk.mjs', '--data', join(dir, 'library'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, NEWSDESK_DEMO_PASSWORD: DEMO_PASSWORD },
      });
    // The first command creates the data folder, where the sample article gets its id.
    expect(newsdesk('list').status).toBe(0);
    const sampleId = await sampleIdIn(join(dir, 'library'));
    for (const theme of ['light', 'dark'] as const) {
      const file = join(dir, `bai-viet-${theme}.html`);
      const result = newsdesk('export-html', sampleId, '-o', file, '--theme', theme);
      expect(result.status, result.stderr).toBe(0);

      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url().slice(0, 40)));
      await page.goto(pathToFileURL(file).href);
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.ready);
      await expect(page).toHaveTitle(SAMPLE_TITLE);
      await expect(page.locator('figcaption')).toHaveText(SAMPLE_CAPTION);
      await expectPhotoLoaded(page);
      await expectPrintFontsLoaded(page);
      await expectThemeColours(page, theme);
      expect(fetched.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.screenshot({ path: `${SCREENS}/export-${theme}.png`, fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: `${SCREENS}/export-${theme}-phone.png` });
      await page.setViewportSize({ width: 1280, height: 860 });
      page.removeAllListeners('request');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
