import { describe, expect, it } from 'vitest';
import { coreText, type CoreLanguage } from '../../../../core/i18n/coreMessages.ts';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import { testConnection } from '../../../../core/portal/connectionTest.ts';
import { JsonApiClient } from '../../../../core/portal/JsonApiClient.ts';
import { ADMIN, useDevPortals } from '../../../helpers/devPortal.ts';
import { EDITOR, REPORTER } from '../../../helpers/newsroomMachines.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('"Kiểm tra kết nối" says what the portal account can do', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('a reporter’s account, an editor’s, and the administrator’s with the review state checked against the workflow', async () => {
    const portal = await startPortal(await tempDir(), { users: [{ ...ADMIN, role: 'administrator' }, REPORTER, EDITOR] });
    const check = async (account: { name: string; password: string }, reviewState = 'needs_review', language: CoreLanguage = 'vi') => {
      const report = await testConnection(
        new JsonApiClient({
          settings: { ...DEFAULT_PORTAL_SETTINGS, baseUrl: portal.origin, username: account.name, reviewState },
          credentials: { username: account.name, password: account.password },
        }),
        true,
      );
      return { ...report, message: coreText(language, report.message) };
    };

    const reporter = await check(REPORTER);
    expect(reporter.ok).toBe(true);
    expect(reporter.message).toContain(
      `tài khoản ${REPORTER.displayName}: chỉ xem được bài đã đăng và bài nháp của mình (thiếu quyền "bypass node access"`,
    );
    expect(reporter.message).toContain('được tạo bài viết');
    expect(reporter.message).toContain('được: gửi duyệt, trả lại để sửa;');
    expect(reporter.message).toContain('không đọc được quy trình duyệt của cổng (cần quyền "administer workflows")');

    const editor = await check(EDITOR);
    expect(editor.message).toContain(`tài khoản ${EDITOR.displayName}: xem được bài nháp của mọi người`);
    expect(editor.message).toContain('được: gửi duyệt, trả lại để sửa, đăng bài, gỡ bài (lưu trữ)');
    // The same report on the English screen: every line of it in English, the portal's own names as they are.
    const inEnglish = (await check(EDITOR, 'needs_review', 'en')).message;
    expect(inEnglish).toMatch(
      /^connection good: 127\.0\.0\.1:\d+ accepts node--article articles with all the fields body, field_image, field_tags; /,
    );
    expect(inEnglish).toContain(
      `account ${EDITOR.displayName}: sees everyone’s drafts; may create articles; may: submit for review, return for changes, publish, take down (archive)`,
    );
    expect(inEnglish.replace(EDITOR.displayName, '')).not.toMatch(/[À-ỹ]/u);

    expect((await check(ADMIN)).message).toContain('trạng thái chờ duyệt: Needs review (needs_review)');
    expect(await check(ADMIN, 'review')).toEqual({
      ok: false,
      message:
        'quy trình duyệt của cổng không có trạng thái "review": hãy đặt tên máy của trạng thái chờ duyệt (có: draft, needs_review, published, archived)',
    });
  });
});
