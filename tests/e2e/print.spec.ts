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
  await screenshot(page, 'article-export.png');

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
  await page.getByLabel('Ngày phát hành').fill('2024-03-31');
  await page.getByRole('button', { name: 'Xem trước các trang' }).click();
  const thumbnails = page.getByRole('img', { name: /^Trang \d+$/ });
  await expect(thumbnails.first()).toBeVisible();
  const pageCount = await thumbnails.count();
  expect(pageCount).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(`${pageCount} trang · Sơ đồ trang`)).toBeVisible();
  await screenshot(page, 'bulletin-preview.png');

  const bytes = await downloaded(page, () => page.getByRole('button', { name: 'Xuất PDF bản tin' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo' })).toContainText(`(${pageCount} trang)`);
  await screenshot(page, 'bulletin-exported.png');

  expect(pdfinfo(bytes).Pages).toBe(String(pageCount));
  expect(normaliseText(pdftotext(bytes, 1))).toContain('Bản tin tháng 3 Số 7 · ngày 31 tháng 3 năm 2024 MỤC LỤC');
  const entries = contentsEntries(bytes);
  expect(entries.map((e) => e.start)).toEqual([expect.stringMatching(/^Đồng chí Lương Trọng Quỳnh/), expect.stringMatching(/^Hội nghị trực tuyến/)]);
  expect(entries[0]!.page).toBe(2);
  for (const [entry, title] of [[entries[0]!, APPROVED_TITLE], [entries[1]!, SAMPLE_TITLE]] as const) {
    expect(normaliseText(pdftotext(bytes, entry.page))).toContain(title.slice(0, 40));
  }
  expect(consoleErrors).toEqual([]);
});

test('the bulletin is not offered to a reporter', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bản tin', exact: true })).toHaveCount(0);
});
