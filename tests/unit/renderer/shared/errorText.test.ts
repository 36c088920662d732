import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/ApiCallError.ts';
import { msg } from '../../../../core/i18n/coreMessages.ts';
import { errorText, messageText, reasonText } from '../../../../renderer/shared/errorText.ts';
import { networkError } from '../../../../core/portal/PortalError.ts';
import { catalogues, locales } from '../../../../renderer/i18n/languages.ts';
import { translator } from '../../../../renderer/i18n/translate.ts';

const t = { vi: translator(catalogues.vi, locales.vi), en: translator(catalogues.en, locales.en) };

describe('errorText', () => {
  it('shows a core refusal in the reader’s language, with the names it holds translated too', () => {
    const error = new ApiCallError(
      'bài viết đang ở trạng thái "đã xuất bản": không sửa trực tiếp được',
      'forbidden',
      403,
      'error.edit.cannotSave',
      {
        reason: { key: 'error.edit.closedState', params: { state: { key: 'name.state.published' } } },
      },
    );
    expect(errorText(error, t.en)).toBe('Not saved: the article is "published": it cannot be changed directly');
    expect(errorText(error, t.vi)).toBe('Không lưu được: bài viết đang ở trạng thái "đã xuất bản": không sửa trực tiếp được');
  });

  it('shows numbers in the reader’s format, and a message without a key as the server wrote it', () => {
    const tooLong = new ApiCallError('x', 'bad-input', 400, 'error.limit.bodyTooLong', { limit: 500000 });
    expect(errorText(tooLong, t.en)).toBe('The article text is too long (at most 500,000 characters)');
    expect(errorText(tooLong, t.vi)).toBe('Nội dung bài quá dài (tối đa 500.000 ký tự)');
    expect(errorText(new ApiCallError('không đọc được tệp', 'storage', 500), t.en)).toBe('Không đọc được tệp');
  });

  it('names each item of a list parameter in the reader’s language (what a refused submission lacks)', () => {
    const error = new ApiCallError('chưa gửi duyệt được: có sapo; có chuyên mục', 'forbidden', 403, 'error.workflow.checklist', {
      missing: [{ key: 'name.check.sapo' }, { key: 'name.check.category' }],
    });
    expect(errorText(error, t.en)).toBe('Cannot be submitted yet: a lead; a category');
    expect(errorText(error, t.vi)).toBe('Chưa gửi duyệt được: có sapo; có chuyên mục');
  });

  it('words the portal check’s report in the reader’s language, the portal’s own names as they are', () => {
    const moves = msg('portal.account.commaList', {
      first: msg('portal.move.submit'),
      rest: msg('portal.account.commaList', { first: msg('portal.move.return'), rest: msg('portal.move.publish') }),
    });
    const abilities = [msg('portal.account.seesAllDrafts', { name: 'Ban Biên tập' }), msg('portal.account.moves', { moves })];
    const report = msg('portal.check.good', {
      host: 'cong.tinh.gov.vn',
      contentType: 'node--article',
      fields: 'body, field_image',
      abilities,
    });
    expect(messageText(report, t.en)).toBe(
      'Connection good: cong.tinh.gov.vn accepts node--article articles with all the fields body, field_image; account Ban Biên tập: sees everyone’s drafts; may: submit for review, return for changes, publish',
    );
    expect(messageText(report, t.vi)).toBe(
      'Kết nối tốt: cong.tinh.gov.vn nhận bài viết node--article với đủ các trường body, field_image; tài khoản Ban Biên tập: xem được bài nháp của mọi người; được: gửi duyệt, trả lại để sửa, đăng bài',
    );
  });

  it('words a sync reason in the reader’s language, and an old queue file’s plain Vietnamese reason as it was written', () => {
    const timeout = networkError(Object.assign(new Error('x'), { name: 'TimeoutError' }), 'https://cong.tinh.gov.vn', 30000).reason;
    expect(reasonText(timeout, t.en)).toBe('The portal cong.tinh.gov.vn did not answer within 30 seconds');
    expect(reasonText(timeout, t.vi)).toBe('Cổng thông tin cong.tinh.gov.vn không trả lời trong 30 giây');
    expect(reasonText('cổng thông tin đang bận (503)', t.en)).toBe('Cổng thông tin đang bận (503)');
    // The sync screen's line about a held run names the reason in the same language.
    expect(t.en('sync.waitingForNextRun', { count: 3, reason: timeout })).toBe(
      'The portal did not answer (the portal cong.tinh.gov.vn did not answer within 30 seconds): 3 articles wait for the next sync, which Newsdesk starts by itself.',
    );
  });
});
