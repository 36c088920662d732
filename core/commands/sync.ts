import { NewsdeskError } from '../api.ts';
import { coreText, msg, reasonText, type CoreLanguage, type CoreMessageKey } from '../i18n/coreMessages.ts';
import type { SyncStatus } from '../model/sync.ts';
import { openSync } from '../portal/openSync.ts';
import { failureReason, PortalError } from '../portal/PortalError.ts';
import { readPortalSettings } from '../portal/portalSettingsFile.ts';
import { SyncQueue, type QueueEntry } from '../portal/SyncQueue.ts';
import { noExtraArguments, type Command } from './command.ts';

const LABELS: Record<SyncStatus, CoreMessageKey> = {
  waiting: 'cli.sync.status.waiting',
  sending: 'cli.sync.status.sending',
  sent: 'cli.sync.status.sent',
  received: 'cli.sync.status.received',
  published: 'cli.sync.status.published',
  archived: 'cli.sync.status.archived',
  failed: 'cli.sync.status.failed',
  conflict: 'cli.sync.status.conflict',
};

/**
 * `newsdesk sync`: both ways for this portal account, one line per article. First what changed on
 * the portal comes in (the review queue, decisions on our submissions, edits made there), then what
 * is due goes out (submissions, decisions, approved and archived articles).
 */
export const syncCommand: Command = {
  options: { portal: { type: 'string' }, user: { type: 'string' } },
  async run({ values, positionals, open, out, env, language }) {
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
        if (entry.status !== 'sending' && (entry.status !== 'waiting' || entry.reason)) out(line(entry, language));
      },
    });
    let pulled = { received: 0, conflicts: 0, failed: 0 };
    try {
      pulled = await engine.pull();
    } catch (error) {
      if (!(error instanceof NewsdeskError) && !(error instanceof PortalError)) throw error;
      out(coreText(language, msg('cli.sync.pullFailed', { reason: failureReason(error as PortalError | NewsdeskError) })));
      pulled.failed++;
    }
    out(coreText(language, msg('cli.sync.received', pulled)));
    const batch = await engine.enqueue();
    const entries = await engine.run(batch);
    const count = (status: SyncStatus) => entries.filter((entry) => entry.status === status).length;
    const totals = { total: entries.length, sent: count('sent'), published: count('published'), archived: count('archived') };
    const left = { waiting: count('waiting'), conflict: count('conflict'), failed: count('failed') };
    out(coreText(language, msg('cli.sync.total', { ...totals, ...left })));
    if (engine.held) out(`${coreText(language, msg('sync.held', { count: engine.held.count, reason: engine.held.reason }))}.`);
    const samples = await engine.samplesHeld();
    if (samples > 0) out(`${coreText(language, msg('sync.samplesHeld', { count: samples }))}.`);
    const unfinished = entries.length - count('published') - count('archived') - count('sent');
    if (unfinished > 0) throw NewsdeskError.of(msg('error.sync.notSent', { count: unfinished }));
    if (pulled.failed > 0 || pulled.conflicts > 0)
      throw NewsdeskError.of(msg('error.sync.notReceived', { count: pulled.failed + pulled.conflicts }));
  },
};

function line(entry: QueueEntry, language: CoreLanguage): string {
  const finished = entry.status === 'published' || entry.status === 'archived' || entry.status === 'sent' || entry.status === 'received';
  const detail = finished ? (entry.url ? ` → ${entry.url}` : '') : entry.reason ? `: ${reasonText(language, entry.reason)}` : '';
  const label = coreText(language, msg(LABELS[entry.status]));
  return `${label.padEnd(10)} ${entry.articleId}  ${entry.title}${detail}`;
}
