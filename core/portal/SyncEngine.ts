import { NewsdeskError } from '../api.ts';
import type { Article, ArticleState, PortalLink } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import type { ConflictChoice, SyncPreview } from '../model/sync.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import { asciiSlug } from './asciiFilename.ts';
import type { JsonApiClient } from './JsonApiClient.ts';
import { nodeDocument, photosOf, type NodeStep } from './nodePayload.ts';
import { failureReason, PortalError } from './PortalError.ts';
import { htmlToDocument, htmlToText } from './portalHtml.ts';
import { resourcePath } from './portalUrl.ts';
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from './retry.ts';
import { afterPush, heldAsSample, stepNote, syncActionFor } from './syncTransitions.ts';
import { PortalPull, type PullReport } from './PortalPull.ts';
import { portalLinkOf, type NodeResource } from './nodeLink.ts';
import type { QueueEntry, SyncQueue, UploadedFile } from './SyncQueue.ts';
import { termUuid } from './termUuid.ts';
import { msg, type CoreMessage } from '../i18n/coreMessages.ts';

export interface SyncEngineOptions {
  articles: ArticleStore;
  assets: AssetStore;
  queue: SyncQueue;
  client: JsonApiClient;
  retry?: RetryPolicy;
  now?: () => Date;
  /** Told after every change of an entry (progress for the UI, one line per article for the CLI). */
  onChange?(entry: QueueEntry): void;
}

/** The states in which an article may have something to send; the others never do. */
const MAY_BE_DUE: readonly ArticleState[] = ['submitted', 'changes_requested', 'approved', 'archived'];
const FINISHED = new Set(['published', 'archived', 'sent', 'received']);
/** What each sent step leaves the entry as. */
const DONE_STATUS = { submit: 'sent', 'request-changes': 'sent', publish: 'published', archive: 'archived', receive: 'received' } as const;

/**
 * Sends the queue to the portal so that each article ends as exactly one node however often a
 * request is repeated: the node's UUID is the article's (a repeated POST gets 409 and becomes a
 * PATCH), a photo whose upload went unanswered is looked up by its unique name before it is sent
 * again, and tags have name-based UUIDs.
 */
export class SyncEngine {
  /** Why the last run left articles for the next one, and how many (null when it sent all it could). */
  held: { reason: CoreMessage; count: number } | null = null;
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;

  constructor(private readonly options: SyncEngineOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.now = options.now ?? (() => new Date());
  }

  /** Puts every article that needs the portal (or only the picked ones) in the queue; returns the ids of this batch. */
  async enqueue(picked?: readonly string[]): Promise<string[]> {
    const { articles, queue } = this.options;
    await queue.usePortal(this.options.client.base);
    const batch: string[] = [];
    for (const summary of articles.list()) {
      if (picked && !picked.includes(summary.id)) continue;
      const existing = queue.get(summary.id);
      const mayBeDue = MAY_BE_DUE.includes(summary.state);
      const action = mayBeDue ? syncActionFor(await articles.get(summary.id)) : null;
      if (!action) {
        if (existing && !FINISHED.has(existing.status) && existing.status !== 'conflict') await queue.remove(summary.id);
        continue;
      }
      batch.push(summary.id);
      if (existing && existing.action === action && !FINISHED.has(existing.status)) continue;
      await queue.put({
        articleId: summary.id,
        title: summary.title,
        action,
        status: 'waiting',
        uploadsInDoubt: [],
        nodeSent: existing?.nodeSent ?? false,
        updatedAt: this.stamp(),
      });
    }
    return batch;
  }

  /** What a sync would send and take in, without sending, saving or queueing anything. */
  async preview(): Promise<SyncPreview> {
    const outgoing: SyncPreview['outgoing'] = [];
    let samplesHeld = 0;
    for (const summary of this.options.articles.list()) {
      if (!MAY_BE_DUE.includes(summary.state)) continue;
      const existing = this.options.queue.get(summary.id);
      if (existing?.status === 'conflict') continue;
      const article = await this.options.articles.get(summary.id);
      const action = syncActionFor(article);
      if (action) outgoing.push({ articleId: summary.id, title: summary.title, action });
      if (heldAsSample(article)) samplesHeld++;
    }
    try {
      const incoming = await new PortalPull({ ...this.options, retry: this.retry, now: this.now, update: async () => undefined }).peek();
      return { outgoing, incoming, samplesHeld };
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      return { outgoing, incoming: [], samplesHeld, portalUnreachable: error.reason };
    }
  }

  /** How many sample articles a sync leaves out that it would otherwise send (said once, beside the outcome). */
  async samplesHeld(): Promise<number> {
    let held = 0;
    for (const summary of this.options.articles.list()) {
      if (MAY_BE_DUE.includes(summary.state) && heldAsSample(await this.options.articles.get(summary.id))) held++;
    }
    return held;
  }

  /** Takes in what changed on the portal for this account since the last pull (the review queue, decisions, edits). */
  pull(): Promise<PullReport> {
    this.options.client.resume();
    return new PortalPull({
      ...this.options,
      retry: this.retry,
      now: this.now,
      update: (entry, change) => this.update(entry, change),
    }).run();
  }

  /**
   * Sends the given entries (all unfinished ones by default), in order, a few at once (the
   * portal settings' `concurrency`). The first request the portal leaves unanswered, or a portal
   * that cannot be reached, ends the run: what is not sent waits for the next run and `held` says
   * so once. A refusal no article can get past (credentials, writes off, TLS) fails the rest.
   */
  async run(ids?: string[]): Promise<QueueEntry[]> {
    const queue = this.options.queue;
    const entries = (ids ?? queue.list().map((e) => e.articleId))
      .map((id) => queue.get(id))
      .filter((entry): entry is QueueEntry => entry !== undefined && !FINISHED.has(entry.status) && entry.status !== 'conflict');
    this.held = null;
    // A pull just before that the portal left unanswered already ended this run.
    let stop: PortalError | null = this.options.client.unanswered;
    let next = 0;
    const sender = async (count = Infinity) => {
      for (let sent = 0; sent < count && stop === null && next < entries.length; sent++) {
        const failure = await this.process(entries[next++]!);
        if (failure?.stopsBatch) stop ??= failure;
      }
    };
    const senders = Math.max(1, Math.min(this.options.client.settings.concurrency, entries.length));
    try {
      // The first article goes alone: a portal that refuses, cannot be reached or does not answer costs one request, not one per sender.
      await sender(1);
      await Promise.all(Array.from({ length: senders }, () => sender()));
      if (stop !== null) await this.stopRun(stop, entries.slice(next), entries);
    } finally {
      this.options.client.resume();
    }
    return entries.map((entry) => queue.get(entry.articleId) ?? entry);
  }

  private async stopRun(stop: PortalError, unsent: QueueEntry[], batch: QueueEntry[]): Promise<void> {
    if (!stop.retriable) {
      for (const rest of unsent) await this.update(rest, { status: 'failed', reason: stop.reason });
      return;
    }
    for (const rest of unsent) {
      const current = this.current(rest);
      if (current.status !== 'waiting' || current.reason !== undefined)
        await this.update(current, { status: 'waiting', reason: undefined });
    }
    const count = batch.filter((entry) => this.current(entry).status === 'waiting').length;
    if (count > 0) this.held = { reason: stop.reason, count };
  }

  /** The user's answer to a conflict: overwrite the portal's version they saw, or take it into Newsdesk. */
  async resolve(articleId: string, choice: ConflictChoice): Promise<void> {
    const entry = this.options.queue.get(articleId);
    if (!entry?.conflict) throw NewsdeskError.of(msg('error.sync.noConflict', { id: articleId }), 'not-found');
    if (entry.action === 'receive') {
      await new PortalPull({ ...this.options, retry: this.retry, now: this.now, update: (e, change) => this.update(e, change) }).resolve(
        entry,
        choice,
      );
      return;
    }
    if (choice === 'keep-mine') {
      await this.update(entry, { status: 'waiting', reason: undefined, overwriteChanged: entry.conflict.changed, conflict: undefined });
      return;
    }
    const article = await this.options.articles.get(articleId);
    const theirs = entry.conflict;
    const node = await withRetries(this.retry, () => this.getNode(articleId));
    if (!node || node.attributes.changed !== theirs.changed) {
      throw NewsdeskError.of(msg('error.sync.changedAgain'), 'conflict');
    }
    const body = node.attributes[this.options.client.settings.bodyField] as { value?: string; summary?: string } | undefined;
    const taken: Article = {
      ...article,
      title: String(node.attributes.title ?? article.title),
      sapo: body?.summary ?? article.sapo,
      body: htmlToDocument(body?.value ?? '', (uuid) => this.options.queue.assetOfFile(uuid)),
      state: node.attributes.moderation_state === 'archived' ? 'archived' : 'published',
      portal: this.linkOf(node),
      updatedAt: this.stamp(),
    };
    await this.options.articles.save(taken);
    await this.update(entry, {
      status: taken.state === 'archived' ? 'archived' : 'published',
      reason: msg('sync.reason.tookTheirs'),
      conflict: undefined,
      url: taken.portal?.url,
    });
  }

  private async process(entry: QueueEntry): Promise<PortalError | null> {
    let article: Article;
    try {
      article = await this.options.articles.get(entry.articleId);
    } catch {
      await this.options.queue.remove(entry.articleId);
      return null;
    }
    if (syncActionFor(article) !== entry.action) {
      await this.options.queue.remove(entry.articleId);
      return null;
    }
    // Shown, not written: after a restart an entry is sent again whatever it said (the next change writes it all).
    this.show(entry, { status: 'sending', reason: undefined, title: article.title });
    try {
      const link = await this.send(article, entry);
      if (!link) return null;
      const account = this.options.client.settings.username;
      const saved = await this.options.articles.save(afterPush(article, entry.action, link, account, this.now()), {
        by: account,
        reason: 'transition',
      });
      await this.update(this.current(entry), { status: DONE_STATUS[entry.action], url: saved.portal?.url, overwriteChanged: undefined });
      return null;
    } catch (error) {
      const failure = error instanceof PortalError ? error : null;
      if (!failure && !(error instanceof NewsdeskError)) throw error;
      // A portal that is silent or out of reach is said once for the whole run (`held`), not per article.
      const holdsRun = failure?.retriable === true && failure.stopsBatch;
      await this.update(this.current(entry), {
        status: failure?.retriable ? 'waiting' : 'failed',
        reason: holdsRun ? undefined : failureReason(failure ?? (error as NewsdeskError)),
      });
      return failure;
    }
  }

  /** One step to the portal: the article's content with its new moderation state, or only the state. */
  private send(article: Article, entry: QueueEntry): Promise<PortalLink | null> {
    const note = stepNote(article);
    switch (entry.action) {
      case 'submit':
        return this.publish(article, entry, { moderationState: this.options.client.settings.reviewState, revisionLog: note });
      case 'publish':
        return this.publish(article, entry, { moderationState: 'published', revisionLog: note });
      case 'request-changes':
        return this.moveNode(article, entry, 'draft', note);
      case 'archive':
        return this.moveNode(article, entry, 'archived', note);
      default:
        return Promise.resolve(null);
    }
  }

  /** Returns null when the article turned out to be in conflict (the entry says so). */
  private async publish(article: Article, entry: QueueEntry, step: NodeStep): Promise<PortalLink | null> {
    const overwriting = this.current(entry).overwriteChanged !== undefined;
    if ((article.portal || overwriting) && (await this.inConflict(article, entry))) return null;
    const fileOf = new Map<string, UploadedFile>();
    for (const photo of photosOf(article)) fileOf.set(photo.asset, await this.ensureFile(photo, entry));
    const termIds: string[] = [];
    if (this.options.client.settings.tagsField) for (const tag of article.tags) termIds.push(await this.ensureTerm(tag));
    const document = nodeDocument(article, this.options.client.settings, (asset) => fileOf.get(asset)!, termIds, step);
    const path = resourcePath(this.options.client.settings.contentType);

    if (!article.portal && !overwriting && !this.current(entry).nodeSent) {
      await this.update(this.current(entry), { nodeSent: true });
      let firstAttempt = true;
      const created = await withRetries(this.retry, (attempt) => {
        firstAttempt = attempt === 1;
        return this.options.client.request({ method: 'POST', path, json: document, accept: [409] });
      });
      if (created.status !== 409) return this.linkOf((created.body as { data: NodeResource }).data);
      // A 409 to the very first POST: a node with this UUID was there before this library sent anything.
      if (firstAttempt) return this.notOurs(article, entry);
      // 409 on a repeated POST: our earlier one reached the portal; finish with a PATCH of the same content.
    }
    const patch = () =>
      withRetries(this.retry, () =>
        this.options.client.request({ method: 'PATCH', path: `${path}/${article.id}`, json: document, accept: [404] }),
      );
    let updated = await patch();
    if (updated.status === 404) {
      // The node was deleted on the portal, or our own POST of an earlier run has not landed yet: create it under the same UUID.
      const created = await withRetries(this.retry, () =>
        this.options.client.request({ method: 'POST', path, json: document, accept: [409] }),
      );
      if (created.status !== 409) return this.linkOf((created.body as { data: NodeResource }).data);
      // That earlier POST (this library's: it sent one, `nodeSent`) landed in between: the node is ours, update it.
      updated = await patch();
      if (updated.status === 404) throw new PortalError(msg('portal.error.nodeVanished'), 'http', 409);
    }
    return this.linkOf((updated.body as { data: NodeResource }).data);
  }

  /** A decision on the portal: only the moderation state moves, with the note in `revision_log`. */
  private async moveNode(article: Article, entry: QueueEntry, state: string, note: string): Promise<PortalLink | null> {
    if (await this.inConflict(article, entry)) return null;
    const settings = this.options.client.settings;
    const reply = await withRetries(this.retry, () =>
      this.options.client.request({
        method: 'PATCH',
        path: `${resourcePath(settings.contentType)}/${article.id}`,
        json: { data: { type: settings.contentType, id: article.id, attributes: { moderation_state: state, revision_log: note } } },
      }),
    );
    return this.linkOf((reply.body as { data: NodeResource }).data);
  }

  /** The portal holds a node with this article's UUID that this library never created: never write over it. */
  private async notOurs(article: Article, entry: QueueEntry): Promise<null> {
    const node = await withRetries(this.retry, () => this.getNode(article.id)).catch(() => null);
    const body = node?.attributes[this.options.client.settings.bodyField] as { value?: string; summary?: string } | undefined;
    await this.update(this.current(entry), {
      status: 'conflict',
      nodeSent: false,
      reason: msg('sync.reason.notOurs'),
      conflict: {
        mine: { title: article.title, summary: article.sapo, body: documentText(article.body) },
        theirs: { title: String(node?.attributes.title ?? ''), summary: body?.summary ?? '', body: htmlToText(body?.value ?? '') },
        changed: node?.attributes.changed ?? '',
        revision: node?.attributes.drupal_internal__vid ?? 0,
      },
    });
    return null;
  }

  /** Drupal takes a stale PATCH without a word: compare the node's `changed` and revision with those of our last sync. */
  private async inConflict(article: Article, entry: QueueEntry): Promise<boolean> {
    const baseline = article.portal;
    const expected = this.current(entry).overwriteChanged;
    if (!baseline && expected === undefined) return false;
    const node = await withRetries(this.retry, () => this.getNode(article.id));
    if (!node) return false;
    const { changed, drupal_internal__vid: revision } = node.attributes;
    if (expected !== undefined ? changed === expected : changed === baseline!.changed && revision === baseline!.revision) return false;
    const body = node.attributes[this.options.client.settings.bodyField] as { value?: string; summary?: string } | undefined;
    await this.update(this.current(entry), {
      status: 'conflict',
      reason: msg('sync.reason.changedThere'),
      overwriteChanged: undefined,
      conflict: {
        mine: { title: article.title, summary: article.sapo, body: documentText(article.body) },
        theirs: { title: String(node.attributes.title ?? ''), summary: body?.summary ?? '', body: htmlToText(body?.value ?? '') },
        changed,
        revision,
      },
    });
    return true;
  }

  private async getNode(uuid: string): Promise<NodeResource | null> {
    const reply = await this.options.client.request({
      method: 'GET',
      path: `${resourcePath(this.options.client.settings.contentType)}/${uuid}`,
      accept: [404],
    });
    return reply.status === 404 ? null : (reply.body as { data: NodeResource }).data;
  }

  /** One request at a time per photo or tag: articles sent side by side may share them. */
  private once<T>(key: string, work: () => Promise<T>): Promise<T> {
    const pending = this.pending.get(key);
    if (pending) return pending as Promise<T>;
    const started = work().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }

  private ensureFile(photo: { asset: string; caption: string; alt: string }, entry: QueueEntry): Promise<UploadedFile> {
    const known = this.options.queue.fileOf(photo.asset);
    return known ? Promise.resolve(known) : this.once(`file ${photo.asset}`, () => this.upload(photo, entry));
  }

  private async upload(photo: { asset: string; caption: string; alt: string }, entry: QueueEntry): Promise<UploadedFile> {
    const { queue, client, assets } = this.options;
    const filename = uploadName(photo.asset, photo.caption || photo.alt);
    const bytes = await assets.read(photo.asset);
    let inDoubt = this.current(entry).uploadsInDoubt.includes(photo.asset);
    const file = await withRetries(this.retry, async () => {
      if (inDoubt) {
        const found = await this.findUploaded(filename, bytes.length);
        if (found) return found;
      }
      if (!inDoubt) {
        await this.update(this.current(entry), { uploadsInDoubt: [...this.current(entry).uploadsInDoubt, photo.asset] });
        inDoubt = true;
      }
      const settings = client.settings;
      const reply = await client.request({
        method: 'POST',
        path: `${resourcePath(settings.contentType)}/${settings.imageField || 'field_image'}`,
        bytes,
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `file; filename="${filename}"` },
      });
      return fileFrom((reply.body as { data: FileResource }).data);
    });
    await queue.putFile(photo.asset, file);
    await this.update(this.current(entry), { uploadsInDoubt: this.current(entry).uploadsInDoubt.filter((a) => a !== photo.asset) });
    return file;
  }

  private async findUploaded(filename: string, size: number): Promise<UploadedFile | null> {
    const reply = await this.options.client.request({
      method: 'GET',
      path: `/jsonapi/file/file?filter[filename]=${encodeURIComponent(filename)}`,
    });
    const match = ((reply.body as { data?: FileResource[] }).data ?? []).find((file) => file.attributes.filesize === size);
    return match ? fileFrom(match) : null;
  }

  private ensureTerm(name: string): Promise<string> {
    const known = this.options.queue.termOf(name);
    return known ? Promise.resolve(known) : this.once(`term ${name}`, () => this.createTerm(name));
  }

  private async createTerm(name: string): Promise<string> {
    const { queue, client } = this.options;
    const uuid = termUuid(name);
    await withRetries(this.retry, () =>
      client.request({
        method: 'POST',
        path: '/jsonapi/taxonomy_term/tags',
        json: { data: { type: 'taxonomy_term--tags', id: uuid, attributes: { name } } },
        accept: [409],
      }),
    );
    await queue.putTerm(name, uuid);
    return uuid;
  }

  private linkOf(node: NodeResource): PortalLink {
    return portalLinkOf(node, this.options.client.base, this.stamp());
  }

  private current(entry: QueueEntry): QueueEntry {
    return this.options.queue.get(entry.articleId) ?? entry;
  }

  private async update(entry: QueueEntry, change: Partial<QueueEntry>): Promise<void> {
    const next = this.changed(entry, change);
    await this.options.queue.put(next);
    this.options.onChange?.(next);
  }

  private show(entry: QueueEntry, change: Partial<QueueEntry>): void {
    const next = this.changed(entry, change);
    this.options.queue.show(next);
    this.options.onChange?.(next);
  }

  private changed(entry: QueueEntry, change: Partial<QueueEntry>): QueueEntry {
    const next: QueueEntry = { ...this.current(entry), ...change, updatedAt: this.stamp() };
    for (const key of Object.keys(change) as Array<keyof QueueEntry>) if (change[key] === undefined) delete next[key];
    return next;
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

interface FileResource {
  id: string;
  attributes: { filename: string; filesize: number; uri: { url: string } };
}

function fileFrom(resource: FileResource): UploadedFile {
  return { uuid: resource.id, url: resource.attributes.uri.url, filename: resource.attributes.filename };
}

/** A name that is ASCII (Drupal refuses `filename*=`), readable, and unique to the photo's bytes, so it can be found again. */
export function uploadName(asset: string, caption: string): string {
  const extension = asset.slice(asset.lastIndexOf('.') + 1);
  return `${asciiSlug(caption, 40) || 'anh'}-${asset.slice(0, 10)}.${extension}`;
}
