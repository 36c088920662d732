import { describe, expect, it } from 'vitest';
import { channels, parseArgs, type ChannelName } from '../../../../core/api.ts';
import { coreText } from '../../../../core/i18n/coreMessages.ts';
import { NewsdeskError } from '../../../../core/errors.ts';

function refusal(channel: ChannelName, args: unknown[]): NewsdeskError {
  const spec = channels.find((c) => c.channel === channel)!;
  try {
    parseArgs(spec, args);
  } catch (error) {
    return error as NewsdeskError;
  }
  throw new Error(`${channel} took ${JSON.stringify(args)}`);
}

const account = { username: 'phong vien', displayName: 'Phóng viên', role: 'reporter', password: 'mật-khẩu-dài' };

describe('what a person reads when the contract refuses what a screen sent', () => {
  it.each<[string, ChannelName, unknown[], string, string]>([
    [
      'an account name with a space',
      'accounts.create',
      [account],
      'tên đăng nhập gồm 2–32 ký tự: chữ thường không dấu (a–z), chữ số, dấu chấm, gạch dưới hoặc gạch ngang, không có dấu cách',
      'a user name has 2–32 characters: lower-case letters without accents (a–z), digits, dots, underscores or hyphens, and no spaces',
    ],
    [
      'a short password',
      'accounts.create',
      [{ ...account, username: 'phongvien', password: 'ngan' }],
      'mật khẩu cần ít nhất 8 ký tự',
      'a password needs at least 8 characters',
    ],
    [
      'a reset password too short',
      'accounts.update',
      ['phongvien', { password: '123' }],
      'mật khẩu cần ít nhất 8 ký tự',
      'a password needs at least 8 characters',
    ],
    [
      'an empty display name',
      'accounts.create',
      [{ ...account, username: 'phongvien', displayName: '' }],
      'chưa nhập tên hiển thị',
      'the display name is missing',
    ],
    [
      'a category too long',
      'newsroom.setCategories',
      [['Thời sự', 'x'.repeat(81)]],
      'chuyên mục dài quá: tối đa 80 ký tự',
      'the category is too long: at most 80 characters',
    ],
    [
      'a search too long',
      'library.search',
      ['a'.repeat(501)],
      'thông tin gửi đi dài quá: tối đa 500 ký tự',
      'what was sent is too long: at most 500 characters',
    ],
    ['an article that does not exist by its id', 'library.get', ['bai-viet'], 'mã số không hợp lệ', 'the identifier is not valid'],
    [
      'a backup name made up',
      'backup.restore',
      ['../../etc'],
      'không có bản sao lưu nào mang tên này',
      'there is no backup with this name',
    ],
    [
      'a file too large',
      'editor.importFile',
      [{ fileName: 'a.docx', data: 'A'.repeat(40 * 1024 * 1024) }],
      'tệp quá lớn (tối đa 22 MB)',
      'the file is too large (at most 22 MB)',
    ],
    ['nothing where the sign-in form is expected', 'session.signIn', [], 'thông tin gửi đi không hợp lệ', 'what was sent is not valid'],
  ])('%s', (_, channel, args, vi, en) => {
    const error = refusal(channel, args);
    expect(error).toBeInstanceOf(NewsdeskError);
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(vi);
    expect(coreText('en', { key: error.key!, params: error.params })).toBe(en);
    // Developer words never reach the screen: the method's name, zod's English, "invalid arguments".
    expect(error.message).not.toMatch(/invalid|arguments|Too (big|small)|expected|accounts\.|newsroom\.|library\.|backup\./i);
  });
});
