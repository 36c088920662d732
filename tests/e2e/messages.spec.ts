import { expect, test } from './fixtures.ts';

// These tests add an account: a library of their own.
test.use({ library: 'messages' });
// Sign-ins (scrypt) and the first editor's load take long on a busy machine.
test.describe.configure({ timeout: 150_000 });

test('a new account with a space in its user name is explained next to the field, in words people use', async ({ page, signIn }) => {
  await signIn('quantri');
  await page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name: 'Tài khoản' }).click();
  const form = page.getByRole('form', { name: 'Thêm tài khoản' });
  const username = form.getByLabel('Tên đăng nhập');
  await username.fill('nguyen van a');
  await form.getByLabel('Họ tên').fill('Nguyễn Văn A');
  await form.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('mat-khau-du-dai');
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();

  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveAccessibleDescription(
    /chữ thường không dấu \(a–z\), chữ số, dấu chấm, gạch dưới hoặc gạch ngang.*không có dấu cách/,
  );
  await expect(page.getByText(/invalid arguments|accounts\.create/i)).toHaveCount(0);
  await expect(page.getByRole('row', { name: /nguyen van a/ })).toHaveCount(0);

  // Corrected, the message goes away as it is typed and the account is made.
  await username.fill('nguyenvana');
  await expect(username).toHaveAttribute('aria-invalid', 'false');
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã tạo tài khoản nguyenvana.');
  await expect(page.getByRole('row', { name: /nguyenvana/ })).toBeVisible();
});

test('the administrator is not offered locking their own account, only the others’', async ({ page, signIn }) => {
  await signIn('quantri');
  await page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('button', { name: 'Tài khoản' }).click();
  const own = page.getByRole('row', { name: /quantri/ });
  await expect(own.getByRole('button', { name: 'Khóa tài khoản' })).toHaveCount(0);
  await expect(own.getByLabel('Vai trò của quantri')).toBeDisabled();
  await expect(own).toContainText('không tự khóa hay bỏ quyền quản trị được');
  await expect(page.getByRole('row', { name: /bichdiep/ }).getByRole('button', { name: 'Khóa tài khoản' })).toBeEnabled();
});
