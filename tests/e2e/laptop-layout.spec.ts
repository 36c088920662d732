import type { Locator, Page } from '@playwright/test';
import { SAMPLE_TITLE } from '../helpers/sampleNewsroom.ts';
import { expect, test } from './fixtures.ts';

// The sample article is back with its reporter, so she may open it in the editor.
test.use({ library: 'laptop-layout', prepareData: 'tests/e2e/prepare/changesRequestedSample.ts', viewport: { width: 1366, height: 768 } });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });

type Box = { x: number; y: number; width: number; height: number };
const box = async (element: Locator): Promise<Box> => (await element.boundingBox())!;

interface BrowserGlobals {
  document: { scrollingElement: { scrollTop: number } };
  getSelection(): { getRangeAt(index: number): { getBoundingClientRect(): Box } };
}
const selectedWords = (page: Page) =>
  page.evaluate(() => {
    const { x, y, width, height } = (globalThis as unknown as BrowserGlobals).getSelection().getRangeAt(0).getBoundingClientRect();
    return { x, y, width, height };
  });

async function openSampleInEditor(page: Page, signIn: (user: string) => Promise<void>) {
  await signIn('bichdiep');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  // Lexical loads with the first editor opened: slow on a busy machine.
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible({ timeout: 30_000 });
}

test('at 1366×768 the preview is a full-height pane beside the text, with its toolbar in one row and one scroller', async ({
  page,
  signIn,
}) => {
  await openSampleInEditor(page, signIn);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const pane = page.getByRole('region', { name: 'Xem trước như trên cổng thông tin' });
  const toolbar = pane.getByRole('toolbar', { name: 'Công cụ đọc bài' });
  await expect(pane.locator('.nd-title')).toHaveText(SAMPLE_TITLE);

  const bar = await box(toolbar);
  const button = await box(toolbar.getByRole('button', { name: 'Điện thoại' }));
  expect(bar.height, 'one row of buttons').toBeLessThan(button.height * 1.5);
  const paneBox = await box(pane);
  const sheet = await box(page.locator('.editor-sheet'));
  expect(paneBox.x, 'beside the text, not under it').toBeGreaterThan(sheet.x + sheet.width - 1);
  expect(paneBox.y + paneBox.height, 'the pane ends inside the window').toBeLessThanOrEqual(768);
  expect(paneBox.height, 'and fills most of its height').toBeGreaterThan(600);

  // Only the page frame scrolls inside the pane; the pane itself does not, and it stays put while the text scrolls.
  const frame = pane.getByRole('region', { name: 'Bài viết trên màn hình máy tính' });
  const scrolls = (element: Locator) => element.evaluate((node) => node.scrollHeight > node.clientHeight + 1);
  expect(await scrolls(frame)).toBe(true);
  expect(await scrolls(pane)).toBe(false);
  await page.mouse.move(sheet.x + 40, 500);
  await page.mouse.wheel(0, 900);
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.scrollingElement.scrollTop))
    .toBeGreaterThan(0);
  expect((await box(pane)).y).toBeCloseTo(paneBox.y, 0);
});

test('filled details fold to one line under the title, and open on demand', async ({ page, signIn }) => {
  await openSampleInEditor(page, signIn);
  const summary = page.locator('.article-fields__summary');
  await expect(summary).toHaveText(/Bích Diệp · Nông thôn mới · UBND tỉnh, 25\/02\/2021/);
  const line = await box(summary);
  expect(line.height, 'one line').toBeLessThan(40);
  const title = await box(page.getByRole('textbox', { name: 'Tiêu đề', exact: true }));
  expect(line.y).toBeGreaterThan(title.y);
  await expect(page.getByLabel('Chuyên mục')).toBeHidden();
  await summary.click();
  await expect(page.getByLabel('Chuyên mục')).toHaveValue('Nông thôn mới');
  await expect(page.getByLabel('Ngày viết')).toHaveValue('25/02/2021');
});

test('the formatting toolbar floats just above selected words, and the link box opens at them', async ({ page, signIn }) => {
  await openSampleInEditor(page, signIn);
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung' });
  const docked = await box(toolbar);
  const paragraph = page.getByRole('textbox', { name: 'Nội dung bài viết' }).locator('p').nth(1);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.dblclick();
  const words = await selectedWords(page);
  await expect(page.locator('.editor-toolbar-float--floating')).toBeVisible();
  const floating = await box(toolbar);
  expect(floating.y).not.toBeCloseTo(docked.y, 0);
  expect(floating.y + floating.height, 'just above the words').toBeLessThanOrEqual(words.y);
  expect(words.y - (floating.y + floating.height)).toBeLessThan(24);
  expect(floating.x).toBeLessThan(words.x + words.width);
  expect(floating.x + floating.width).toBeGreaterThan(words.x);

  await toolbar.getByRole('button', { name: 'Chữ đậm' }).click();
  await expect(paragraph.locator('strong, .editor-text--bold').first()).toBeVisible();

  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Địa chỉ liên kết');
  await expect(address).toBeFocused();
  const link = await box(address);
  expect(Math.abs(link.y - (words.y + words.height)), 'the link box is at the selected words').toBeLessThan(120);
  await address.fill('https://nongthonmoi.gov.vn');
  await address.press('Enter');
  await expect(paragraph.getByRole('link')).toHaveAttribute('href', 'https://nongthonmoi.gov.vn/');

  // With the caret alone the toolbar goes back above the text.
  await paragraph.click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.editor-toolbar-float--floating')).toHaveCount(0);
});
