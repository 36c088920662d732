import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Article } from '../../core/model/article.ts';
import { sampleIdIn, SAMPLE_TITLE } from '../helpers/sampleNewsroom.ts';
import { expect, test } from './fixtures.ts';

// The sample article comes back to its reporter with two paragraph comments and a note.
test.use({ library: 'review-in-editor', prepareData: 'tests/e2e/prepare/changesRequestedSample.ts' });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });
test.describe.configure({ mode: 'serial' });

const EDITOR_NAME = 'Nguyễn Văn Hùng';
const review = (page: Page) => page.getByRole('complementary', { name: 'Góp ý và gửi duyệt' });
const paragraph = (page: Page, block: number) => page.locator('.editor-content').locator(`:scope > :nth-child(${block + 1})`);
const marked = (element: Locator) =>
  element.evaluate((node) => (globalThis as unknown as BrowserStyles).getComputedStyle(node).boxShadow !== 'none');

interface BrowserStyles {
  getComputedStyle(element: unknown): { boxShadow: string };
}

async function openInEditor(page: Page) {
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  // Lexical loads with the first editor opened: slow on a busy machine.
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible({ timeout: 30_000 });
}

test('the reporter fixes a "Cần sửa" article with the note, the paragraph comments, the checklist and "Gửi duyệt" beside the text', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await signIn('bichdiep');
  await openInEditor(page);
  const panel = review(page);
  await expect(panel.getByRole('note')).toHaveText(`${EDITOR_NAME} yêu cầu sửa: Bổ sung số liệu và nguồn trước khi duyệt.`);
  const comments = panel.getByRole('region', { name: 'Ý kiến biên tập' }).locator('.comment');
  await expect(comments).toHaveCount(2);
  // People by their names, not their logins.
  await expect(comments.first()).toContainText(EDITOR_NAME);
  await expect(panel).not.toContainText('bientap');

  // Each open comment marks its paragraph in the text, and pointing at it highlights the paragraph.
  expect(await marked(paragraph(page, 0))).toBe(true);
  expect(await marked(paragraph(page, 2))).toBe(true);
  expect(await marked(paragraph(page, 3))).toBe(false);
  await comments.nth(1).locator('.comment__body').focus();
  await expect(paragraph(page, 2)).toHaveClass(/is-commented/);

  // "Trả lời" puts the caret in its box.
  await comments.nth(1).getByRole('button', { name: 'Trả lời' }).click();
  const reply = comments.nth(1).getByRole('textbox', { name: 'Trả lời ý kiến' });
  await expect(reply).toBeFocused();
  await page.keyboard.type('Đã thêm nguồn: báo cáo của Văn phòng Điều phối nông thôn mới tỉnh.');
  await comments.nth(1).getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(comments.nth(1)).toContainText('Đã thêm nguồn');

  // Resolving a comment takes its mark off the paragraph.
  await comments.first().getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  await expect(comments.first()).toContainText('Đã xử lý — Bích Diệp');
  await expect.poll(() => marked(paragraph(page, 0))).toBe(false);
  expect(await marked(paragraph(page, 2))).toBe(true);

  // The checklist follows what is typed.
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  const sapoText = await sapo.inputValue();
  const submit = panel.getByRole('button', { name: 'Gửi duyệt' });
  await sapo.fill('');
  await expect(panel.getByRole('listitem').filter({ hasText: 'Có sapo' })).toContainText('(còn thiếu)');
  await expect(submit).toBeDisabled();
  await sapo.fill(`${sapoText} Đã có 88 xã đạt chuẩn.`);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Có sapo' })).toContainText('(đạt)');

  await submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  const stored = JSON.parse(
    await readFile(join(newsdesk.dataDir, 'articles', `${await sampleIdIn(newsdesk.dataDir)}.json`), 'utf8'),
  ) as Article;
  expect(stored.state).toBe('submitted');
  expect(stored.sapo).toContain('Đã có 88 xã đạt chuẩn.');
  expect(stored.comments?.find((comment) => comment.text.startsWith('Ghi rõ'))?.resolved?.by).toBe('bichdiep');
});

test('after "Yêu cầu sửa" the editor is not offered "Gửi duyệt" on the reporter’s behalf', async ({ page, signIn }) => {
  await signIn('bientap');
  await page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  const workflow = page.getByRole('complementary', { name: 'Quy trình duyệt' });
  await workflow.getByLabel('Ghi chú (bắt buộc khi yêu cầu sửa)').fill('Thêm ảnh hội nghị.');
  await workflow.getByRole('button', { name: 'Yêu cầu sửa' }).click();
  await expect(workflow.getByText('Cần sửa', { exact: true })).toBeVisible();
  await expect(workflow.getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);
  await expect(workflow.getByRole('button', { name: 'Duyệt bài' })).toHaveCount(0);

  // Nor in the editor, where an editor may still correct the text.
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await expect(review(page).getByRole('note')).toContainText('Thêm ảnh hội nghị.');
  await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);
});
