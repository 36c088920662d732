import { NewsdeskError } from '../api.ts';
import { coreText, msg } from '../i18n/coreMessages.ts';
import type { SyncStatus } from '../model/sync.ts';
import { openSync } from '../portal/openSync.ts';
import { PortalError } from '../portal/PortalError.ts';
import { readPortalSettings } from '../portal/portalSettingsFile.ts';
import { SyncQueue, type QueueEntry } from '../portal/SyncQueue.ts';
import { noExtraArguments, type Command } from './command.ts';

const LABELS: Record<SyncStatus, string> = {
  waiting: 'chờ gửi',
  sending: 'đang gửi',
  sent: 'đã gửi',
  received: 'đã nhận',
  published: 'đã đăng',
  archived: 'đã lưu trữ',
  failed: 'lỗi',
  conflict: 'xung đột',
};

/**
 * `newsdesk sync`: both ways for this portal account, one line per article. First what changed on
 * the portal comes in (the review queue, decisions on our submissions, edits made there), then what
 * is due goes out (submissions, decisions, approved and archived articles).
 */
export const syncCommand: Command = {
  options: { portal: { type: 'string' }, user: { type: 'string' } },
  async run({ values, positionals, open, out, env }) {
    noExtraArguments(positionals, 'sync');
    const newsdesk = await open();
    const saved = await readPortalSettings(newsdesk.dataDir);
    const settings = {
      ...saved,
      ...(typeof values.portal === 'string' ? { baseUrl: values.portal } : {}),
      ...(typeof values.user === 'string' ? { username: values.user } : {}),
    };
    // The app's own message names its settings screen; on the command line the option is the way.
    if (!settings.baseUrl) throw NewsdeskError.of(msg('error.sync.noAddressCommandLine'));
    const password = env.NEWSDESK_PORTAL_PASSWORD;
    if (!password) throw NewsdeskError.of(msg('error.sync.passwordInEnvironment'));
    const engine = openSync({
      articles: newsdesk.articles,
      assets: newsdesk.assets,
      queue: await SyncQueue.open(newsdesk.dataDir),
      settings,
      password,
      onChange: (entry) => {
        // An article left waiting without a word of its own is one of those the run's `held` line counts.
        if (entry.status !== 'sending' && (entry.status !== 'waiting' || entry.reason)) out(line(entry));
      },
    });
    let pulled = { received: 0, conflicts: 0, failed: 0 };
    try {
      pulled = await engine.pull();
    } catch (error) {
      if (!(error instanceof NewsdeskError) && !(error instanceof PortalError)) throw error;
      out(`Chưa nhận được gì từ cổng thông tin: ${(error as Error).message}`);
      pulled.failed++;
    }
    out(`Nhận từ cổng thông tin: ${pulled.received} bài, ${pulled.conflicts} xung đột, ${pulled.failed} lỗi.`);
    const batch = await engine.enqueue();
    const entries = await engine.run(batch);
    const count = (status: SyncStatus) => entries.filter((entry) => entry.status === status).length;
    out(
      `Tổng cộng ${entries.length} bài: ${count('sent')} đã gửi, ${count('published')} đã đăng, ${count('archived')} đã lưu trữ, ` +
        `${count('waiting')} chờ gửi, ${count('conflict')} xung đột, ${count('failed')} lỗi.`,
    );
    if (engine.held) out(`${coreText('vi', msg('sync.held', { count: engine.held.count, reason: engine.held.reason }))}.`);
    const samples = await engine.samplesHeld();
    if (samples > 0) out(`${coreText('vi', msg('sync.samplesHeld', { count: samples }))}.`);
    const unfinished = entries.length - count('published') - count('archived') - count('sent');
    if (unfinished > 0) throw NewsdeskError.of(msg('error.sync.notSent', { count: unfinished }));
    if (pulled.failed > 0 || pulled.conflicts > 0)
      throw NewsdeskError.of(msg('error.sync.notReceived', { count: pulled.failed + pulled.conflicts }));
  },
};

function line(entry: QueueEntry): string {
  const finished = entry.status === 'published' || entry.status === 'archived' || entry.status === 'sent' || entry.status === 'received';
  const detail = finished ? (entry.url ? ` → ${entry.url}` : '') : entry.reason ? `: ${entry.reason}` : '';
  return `${LABELS[entry.status].padEnd(10)} ${entry.articleId}  ${entry.title}${detail}`;
}
