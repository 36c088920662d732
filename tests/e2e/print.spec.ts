import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { contentsEntries, normaliseText, pdffonts, pdfinfo, pdftotext } from '../helpers/pdfTools.ts';
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
const APPROVED_TITLE = 'Đồng chí Lương Trọng Quỳnh kiểm tra công tác cải cách hành chính tại Trung tâm Phục vụ hành chính công';
const SCREENS = 'test-results/screens/print';

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.pdf$/);
  const path = `test-results/print-downloads/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return new Uint8Array(await readFile(path));
}

/** Share of non-white pixels in the n-th drawn page's canvas. */
function inkOnCanvas(page: Page, n: number): Promise<number> {
  return page
    .locator('.pdf-pages__canvas')
    .nth(n - 1)
    .evaluate((canvas) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) dark++;
      return dark / (data.length / 4);
    });
}

const orderTitles = (page: Page) => page.getByTestId('bulletin-order-item').locator('.bulletin-order__title').allInnerTexts();

test('the article screen exports the sample article as a print-ready A4 PDF', async ({ page, signIn, consoleErrors }) => {
  await signIn('bichdiep');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();

  const checks = page.getByRole('region', { name: 'Kiểm tra trước khi in' });
  await expect(checks.locator('li[data-code="low-resolution"]')).toContainText('dpi khi in');
  await expect(checks.locator('li[data-code="missing-credit"]')).toContainText('chưa ghi nguồn');

  const bytes = await downloaded(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo' })).toContainText('(2 trang)');
  // The print check shows the article's real pages.
  await expect(page.getByRole('list', { name: 'Các trang của bài khi in' }).getByRole('button', { name: /^Trang \d+$/ })).toHaveCount(2, {
    timeout: 30_000,
  });
  await screenshot(page, 'article-export.png');
  // Word waits under "Thêm", so the article's actions stay on one row.
  await page.getByRole('button', { name: 'Thêm' }).click();
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Xuất Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/^[a-z0-9-]+\.docx$/);

  const info = pdfinfo(bytes);
  expect(info.Title).toBe(SAMPLE_TITLE);
  expect(info['Page size']).toBe('595.276 x 841.89 pts (A4)');
  const fonts = pdffonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font).toMatchObject({ emb: 'yes', sub: 'yes' });
  expect(consoleErrors).toEqual([]);
});

test('the communications officer picks, reorders, previews and exports a bulletin', async ({ page, signIn, consoleErrors }) => {
  await signIn('truyenthong');
  await page.getByRole('button', { name: 'Bản tin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bản tin in' })).toBeVisible();

  await page.getByRole('checkbox', { name: SAMPLE_TITLE }).check();
  await page.getByRole('checkbox', { name: APPROVED_TITLE }).check();
  expect(await orderTitles(page)).toEqual([SAMPLE_TITLE, APPROVED_TITLE]);

  // Drag the second article above the first…
  const items = page.getByTestId('bulletin-order-item');
  await items.nth(1).dragTo(items.nth(0));
  await expect.poll(() => orderTitles(page)).toEqual([APPROVED_TITLE, SAMPLE_TITLE]);
  // …then down and back up again from the keyboard.
  await page.getByRole('button', { name: `Đưa “${APPROVED_TITLE}” xuống dưới` }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => orderTitles(page)).toEqual([SAMPLE_TITLE, APPROVED_TITLE]);
  await page.getByRole('button', { name: `Đưa “${APPROVED_TITLE}” lên trên` }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => orderTitles(page)).toEqual([APPROVED_TITLE, SAMPLE_TITLE]);

  await page.getByLabel('Tên bản tin').fill('Bản tin tháng 3');
  await page.getByLabel('Số', { exact: true }).fill('7');
  // The day first, as Vietnamese write it, whatever the browser's locale.
  await expect(page.getByLabel('Ngày phát hành')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await page.getByLabel('Ngày phát hành').fill('31/03/2024');
  // The real pages, drawn by pdf.js, follow the order and the settings without a click.
  const pages = page.getByRole('list', { name: 'Các trang của bản tin' }).getByRole('button', { name: /^Trang \d+$/ });
  await expect(page.getByText(/^\d+ trang · đúng như bản in/)).toBeVisible({ timeout: 30_000 });
  const pageCount = await pages.count();
  expect(pageCount).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.pdf-pages progress')).toHaveCount(0, { timeout: 30_000 });
  // Page 1 is drawn: its canvas has ink (the masthead), not just white.
  expect(await inkOnCanvas(page, 1)).toBeGreaterThan(0.01);
  await screenshot(page, 'bulletin-preview.png');

  // A page at reading size, page by page from the keyboard.
  await pages.first().click();
  const reader = page.getByRole('dialog', { name: `Trang 1/${pageCount}` });
  await expect(reader).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: `Trang 2/${pageCount}` })).toBeVisible();
  await expect.poll(() => page.locator('.pdf-reader__page canvas').evaluate((c) => c.getBoundingClientRect().width)).toBeGreaterThan(500);
  await screenshot(page, 'bulletin-reader.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Changing the settings makes the pages again, without a click: the drawn pages are replaced
  // (however quickly the new layout comes, the old canvas leaves the page).
  const firstCanvas = await page.locator('.pdf-pages canvas').first().elementHandle();
  await page.getByLabel('Tên bản tin').fill('Bản tin tháng Ba');
  await expect.poll(() => firstCanvas!.evaluate((canvas) => canvas.isConnected), { timeout: 30_000 }).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'Đang dàn trang' })).toHaveCount(0, { timeout: 30_000 });
  await expect(pages.first()).toBeVisible();

  const bytes = await downloaded(page, () => page.getByRole('button', { name: 'Xuất PDF bản tin' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo' })).toContainText(`(${pageCount} trang)`);
  await screenshot(page, 'bulletin-exported.png');

  expect(pdfinfo(bytes).Pages).toBe(String(pageCount));
  expect(normaliseText(pdftotext(bytes, 1))).toContain('Bản tin tháng Ba Số 7 · ngày 31 tháng 3 năm 2024 TRONG SỐ NÀY');
  const entries = contentsEntries(bytes);
  expect(entries.map((e) => e.start)).toEqual([
    expect.stringMatching(/^Đồng chí Lương Trọng Quỳnh/),
    expect.stringMatching(/^Hội nghị trực tuyến/),
  ]);
  expect(entries[0]!.page).toBe(1);
  for (const [entry, title] of [
    [entries[0]!, APPROVED_TITLE],
    [entries[1]!, SAMPLE_TITLE],
  ] as const) {
    expect(normaliseText(pdftotext(bytes, entry.page))).toContain(title.slice(0, 40));
  }
  expect(consoleErrors).toEqual([]);
});

test('the bulletin is not offered to a reporter', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bản tin', exact: true })).toHaveCount(0);
});
