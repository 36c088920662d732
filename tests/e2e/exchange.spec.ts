import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const DRAFT_TITLE = 'Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh';
const APPROVED_TITLE = 'Đồng chí Lương Trọng Quỳnh kiểm tra công tác cải cách hành chính tại Trung tâm Phục vụ hành chính công';

// Importing a package writes a revision: this file gets a library of its own.
test.use({ library: 'exchange' });

test('an article leaves as a .newsdesk package and comes back through the library’s import, under the editing rules', async ({
  page,
  signIn,
}) => {
  await signIn('bichdiep');
  await page.getByRole('button', { name: DRAFT_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DRAFT_TITLE })).toBeVisible();

  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Thêm' }).click();
  await page.getByRole('menuitem', { name: 'Xuất gói .newsdesk' }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toBe('huong-dan-nguoi-dan-nop-ho-so-truc-tuyen-qua-cong-dich-vu-cong-cua-tinh.newsdesk');
  const packagePath = test.info().outputPath('huong-dan.newsdesk');
  await download.saveAs(packagePath);
  expect((await readFile(packagePath)).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu huong-dan' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('article-exported.png') });

  // Back in the library, the package opens as the article it carries.
  await page.getByRole('button', { name: 'Về thư viện' }).click();
  await page.getByTestId('import-picker').setInputFiles(packagePath);
  await expect(page.getByRole('heading', { level: 1, name: DRAFT_TITLE })).toBeVisible();

  // An approved article is the editor's to bring in, not the reporter's.
  await page.getByRole('button', { name: 'Về thư viện' }).click();
  await page.getByRole('button', { name: APPROVED_TITLE }).click();
  const approvedSaving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Thêm' }).click();
  await page.getByRole('menuitem', { name: 'Xuất gói .newsdesk' }).click();
  const approvedPath = test.info().outputPath('da-duyet.newsdesk');
  await (await approvedSaving).saveAs(approvedPath);
  await page.getByRole('button', { name: 'Về thư viện' }).click();
  await page.getByTestId('import-picker').setInputFiles(approvedPath);
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhập được tệp: Bài viết đang ở trạng thái "đã duyệt": phóng viên chỉ sửa được bản nháp và bài được trả lại để sửa',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
});
