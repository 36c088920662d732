import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreText, reasonText } from '../../../../core/i18n/coreMessages.ts';
import { httpError, networkError } from '../../../../core/portal/PortalError.ts';
import { SyncQueue, toItem } from '../../../../core/portal/SyncQueue.ts';
import { syncEngine } from '../../../helpers/portalSync.ts';
import { openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const unreachable = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const badCertificate = Object.assign(new TypeError('fetch failed'), { cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
const timedOut = Object.assign(new Error('timed out'), { name: 'TimeoutError' });

describe('a failure of the portal', () => {
  it('reads in Vietnamese as before, and in English for an English reader, the portal’s own words kept', () => {
    const cases = [
      [
        httpError(401, { errors: [{ detail: 'Unrecognized username or password.' }] }, undefined),
        'cổng thông tin từ chối đăng nhập (401): sai tên đăng nhập hoặc mật khẩu: Unrecognized username or password.',
        'the portal refused the sign-in (401): wrong user name or password: Unrecognized username or password.',
      ],
      [
        httpError(405, { errors: [{ detail: 'Method not allowed.' }] }, undefined),
        'cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi',
        'the portal does not accept writes: turn on writing at /admin/config/services/jsonapi',
      ],
      [
        httpError(422, { errors: [{ detail: 'You do not have access to transition from draft to published.' }] }, undefined),
        'tài khoản cổng thông tin này không được chuyển bài từ "Bản nháp" sang "Đã đăng": cần quyền "use editorial transition publish" trên cổng',
        'this portal account may not move articles from "Draft" to "Published": it needs the permission "use editorial transition publish" on the portal',
      ],
      [
        httpError(
          422,
          { errors: [{ detail: 'This value should not be null.', source: { pointer: '/data/attributes/title' } }] },
          undefined,
        ),
        'cổng thông tin báo dữ liệu không hợp lệ (422, /data/attributes/title): This value should not be null.',
        'the portal says the data is not valid (422, /data/attributes/title): This value should not be null.',
      ],
      [httpError(502, null, undefined), 'cổng thông tin trả lời lỗi HTTP 502', 'the portal answered with HTTP error 502'],
      [
        networkError(timedOut, 'https://cong.tinh.gov.vn/jsonapi', 30000),
        'cổng thông tin cong.tinh.gov.vn không trả lời trong 30 giây',
        'the portal cong.tinh.gov.vn did not answer within 30 seconds',
      ],
      [
        networkError(timedOut, 'https://cong.tinh.gov.vn/jsonapi', 300),
        'cổng thông tin cong.tinh.gov.vn không trả lời trong 0,3 giây',
        'the portal cong.tinh.gov.vn did not answer within 0.3 seconds',
      ],
      [
        networkError(unreachable, 'https://cong.tinh.gov.vn/jsonapi', 30000),
        'không kết nối được với cổng thông tin cong.tinh.gov.vn (ECONNREFUSED)',
        'cannot connect to the portal cong.tinh.gov.vn (ECONNREFUSED)',
      ],
      [
        networkError(badCertificate, 'https://cong.tinh.gov.vn/jsonapi', 30000),
        'lỗi chứng chỉ TLS của cong.tinh.gov.vn (DEPTH_ZERO_SELF_SIGNED_CERT): kết nối HTTPS không an toàn nên đã dừng',
        'TLS certificate error from cong.tinh.gov.vn (DEPTH_ZERO_SELF_SIGNED_CERT): the HTTPS connection is not safe, so it was stopped',
      ],
    ] as const;
    for (const [error, vi, en] of cases) {
      expect(error.message).toBe(vi);
      expect(coreText('vi', error.reason)).toBe(vi);
      expect(coreText('en', error.reason)).toBe(en);
      // What travels (a queue file, the bridge) is the message itself, and reads the same once parsed.
      expect(coreText('en', JSON.parse(JSON.stringify(error.reason)))).toBe(en);
    }
  });

  it('a network failure with no word of its own is called a network error in the reader’s language', () => {
    const silent = networkError(new Error(''), 'https://cong.tinh.gov.vn', 1000);
    expect(silent.message).toBe('không kết nối được với cổng thông tin cong.tinh.gov.vn (lỗi mạng)');
    expect(coreText('en', silent.reason)).toBe('cannot connect to the portal cong.tinh.gov.vn (network error)');
  });
});

describe('the sync preview of a portal out of reach', () => {
  const tempDir = useTempDirs();

  it('says why in the reader’s language', async () => {
    const newsdesk = await openSampleNewsroom(await tempDir());
    const engine = await syncEngine(
      newsdesk,
      { origin: 'https://cong.tinh.gov.vn' },
      {
        fetch: () => Promise.reject(unreachable),
      },
    );
    const { portalUnreachable } = await engine.preview();
    expect(coreText('en', portalUnreachable!)).toBe('cannot connect to the portal cong.tinh.gov.vn (ECONNREFUSED)');
    expect(coreText('vi', portalUnreachable!)).toBe('không kết nối được với cổng thông tin cong.tinh.gov.vn (ECONNREFUSED)');
    await newsdesk.close();
  });
});

describe('a sync queue written before reasons were catalogued', () => {
  const tempDir = useTempDirs();

  async function queueWith(reasons: Record<string, unknown>): Promise<SyncQueue> {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, 'portal', 'queue'), { recursive: true });
    for (const [articleId, reason] of Object.entries(reasons)) {
      const entry = {
        articleId,
        title: 'Bài cũ',
        action: 'publish',
        status: 'failed',
        reason,
        uploadsInDoubt: [],
        updatedAt: '2026-11-30T08:00:00.000Z',
      };
      await writeFile(join(dataDir, 'portal', 'queue', `${articleId}.json`), JSON.stringify(entry));
    }
    return SyncQueue.open(dataDir);
  }

  it('still loads, and shows an old reason in the words it was written in, a new one in the reader’s language', async () => {
    const old = 'cổng thông tin không nhận ghi dữ liệu: hãy bật quyền ghi ở /admin/config/services/jsonapi';
    const queue = await queueWith({ old, current: { key: 'portal.error.busy' }, future: { key: 'portal.error.notYetWritten' } });
    expect(queue.list()).toHaveLength(3);
    expect(toItem(queue.get('old')!).reason).toBe(old);
    expect(reasonText('en', queue.get('old')!.reason!)).toBe(old);
    expect(reasonText('en', queue.get('current')!.reason!)).toBe('the portal is busy (503)');
    expect(reasonText('vi', queue.get('current')!.reason!)).toBe('cổng thông tin đang bận (503)');
    // A reason this version has no words for is left out rather than shown as its key.
    expect(queue.get('future')).toMatchObject({ status: 'failed', title: 'Bài cũ' });
    expect(queue.get('future')!.reason).toBeUndefined();
  });
});
