import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Article } from '../../core/model/article.ts';
import { sampleIdIn, SAMPLE_TITLE } from '../helpers/sampleNewsroom.ts';
import { expect, test, type NewsdeskServer } from './fixtures.ts';

// A browser set to American English: the Vietnamese interface still writes days as dd/mm/yyyy.
test.use({ library: 'dates-history', prepareData: 'tests/e2e/prepare/changesRequestedSample.ts', locale: 'en-US' });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });
test.describe.configure({ mode: 'serial' });

const stored = async (newsdesk: NewsdeskServer): Promise<Article> =>
  JSON.parse(await readFile(join(newsdesk.dataDir, 'articles', `${await sampleIdIn(newsdesk.dataDir)}.json`), 'utf8')) as Article;

async function openInEditor(page: Page) {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await page.locator('.article-fields__summary').click();
}

test('the date is typed and read as dd/mm/yyyy, moved with the arrow keys, and a day that does not exist is refused next to the field', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await signIn('bichdiep');
  await openInEditor(page);
  const date = page.getByLabel('Ngày viết');
  await expect(date).toHaveValue('25/02/2021');

  await date.fill('31/02/2021');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription('Ngày chưa đúng: gõ ngày/tháng/năm, ví dụ 25/02/2021.');

  await date.fill('5/3/2021');
  await date.press('Enter');
  await expect(date).toHaveValue('05/03/2021');
  await expect(date).toHaveAttribute('aria-invalid', 'false');
  await date.press('ArrowUp');
  await date.press('ArrowUp');
  await expect(date).toHaveValue('07/03/2021');
  await date.press('PageDown');
  await expect(date).toHaveValue('07/02/2021');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  expect((await stored(newsdesk)).dateline.date).toBe('2021-02-07');
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  // Lists and the article show the same way of writing a day.
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.locator('.article-screen')).toContainText('07/02/2021');
});

test('history keeps one revision per change of the article, names people, and shows photo credit and alt-text changes', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await signIn('bichdiep');
  await openInEditor(page);
  const photo = page.locator('.editor-photo').first();
  await photo.click();
  await photo.getByLabel('Tác giả ảnh').fill('Cổng TTĐT tỉnh');
  await photo.getByLabel(/Mô tả ảnh/).fill('Chủ tịch UBND tỉnh phát biểu tại hội nghị trực tuyến');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: /Về thư viện/ }).click();

  // Replying to and resolving comments changes no text: no revision.
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
  const history = page.getByRole('complementary', { name: 'Lịch sử sửa đổi' });
  const revisions = history.locator('.history-panel__item');
  // Counted once the panel has read them: a count taken while it still loads is 0.
  await expect(revisions.first()).toBeVisible();
  const count = await revisions.count();
  const workflow = page.getByRole('complementary', { name: 'Quy trình duyệt' });
  await workflow.getByRole('button', { name: 'Đánh dấu đã xử lý' }).first().click();
  await expect(workflow).toContainText('Đã xử lý — Bích Diệp');
  // Closed and opened again, the panel reads the revisions afresh.
  await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
  await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
  await expect(revisions).toHaveCount(count);
  expect((await stored(newsdesk)).comments?.some((comment) => comment.resolved)).toBe(true);

  const newest = revisions.first();
  await expect(newest).toContainText('Bích Diệp');
  await expect(history).not.toContainText('bichdiep');
  await expect(history).not.toContainText('bientap');
  await newest.getByRole('button', { name: 'So với bản trước' }).click();
  const diff = history.getByRole('region', { name: /Thay đổi từ bản/ });
  await expect(diff.getByRole('term').filter({ hasText: 'Tác giả ảnh' })).toBeVisible();
  await expect(diff).toContainText('1. Cổng TTĐT tỉnh');
  await expect(diff.getByRole('term').filter({ hasText: 'Mô tả ảnh cho người khiếm thị' })).toBeVisible();
  await expect(diff).toContainText('1. Chủ tịch UBND tỉnh phát biểu tại hội nghị trực tuyến');
  await expect(diff).not.toContainText('Hai bản giống nhau.');
});
