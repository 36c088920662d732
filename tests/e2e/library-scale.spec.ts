import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';

test.use({ library: 'scale', prepareData: fileURLToPath(new URL('./prepare/largeLibrary.ts', import.meta.url)) });

test('a library of 3,000 articles keeps only the rows on screen and scrolls to the oldest', async ({ page, signIn }) => {
  await signIn('bichdiep');
  await expect(page.getByRole('status')).toHaveText('3.004 bài viết');
  const rows = page.locator('table.article-table tbody tr.article-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
  await expect(page.locator('table.article-table')).toHaveAttribute('aria-rowcount', '3005');

  // Rows are measured as they appear, so the page grows while it is scrolled: scroll on, as a reader would.
  const oldest = page.getByRole('button', { name: 'Bản tin số 1', exact: true });
  await expect(async () => {
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await expect(oldest).toBeVisible({ timeout: 300 });
  }).toPass();
  expect(await rows.count()).toBeLessThan(60);

  await page.getByLabel('Tìm bài viết').fill('ban tin so 2999');
  await expect(page.getByRole('button', { name: 'Bản tin số 2999', exact: true })).toBeVisible();
});
