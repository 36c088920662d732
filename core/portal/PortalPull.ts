import { NewsdeskError } from '../api.ts';
import { ARTICLE_SCHEMA_VERSION, type Article, type Photo } from '../model/article.ts';
import { documentText } from '../model/document.ts';
import type { ConflictChoice } from '../model/sync.ts';
import { WorkflowError, type WorkflowAction } from '../model/workflow.ts';
import type { ArticleStore } from '../store/ArticleStore.ts';
import type { AssetStore } from '../store/AssetStore.ts';
import type { JsonApiClient } from './JsonApiClient.ts';
import { bodyImages, portalBodyToDocument, splitCaption, type BodyPhoto } from './portalBodyToDocument.ts';
import { failureReason, PortalError } from './PortalError.ts';
import { htmlToText } from './portalHtml.ts';
import { resourcePath } from './portalUrl.ts';
import { withRetries, type RetryPolicy } from './retry.ts';
import { portalLinkOf, type NodeResource } from './nodeLink.ts';
import { contentHash, recordPortalStep } from './syncTransitions.ts';
import type { QueueEntry, SyncQueue } from './SyncQueue.ts';
import { msg } from '../i18n/coreMessages.ts';

export interface PullOptions {
  articles: ArticleStore;
  assets: AssetStore;
  queue: SyncQueue;
  client: JsonApiClient;
  retry: RetryPolicy;
  now: () => Date;
  /** Records an article's line in the queue (and tells the UI or the CLI). */
  update(entry: QueueEntry, change: Partial<QueueEntry>): Promise<void>;
}

/** What one pull took in. */
export interface PullReport {
  received: number;
  conflicts: number;
  failed: number;
}

interface PortalAccount {
  uuid: string;
  name: string;
  displayName: string;
}

type Outcome = 'received' | 'conflict' | 'unchanged';

const PAGE = 50;

/**
 * Takes in what changed on the portal since the last pull, for this account: the review queue
 * (unpublished nodes, which an editor's account sees from everyone) and the account's own nodes
 * (decisions on its submissions). Each node comes in as a local article, a new revision of one, a
 * workflow step recorded through the workflow's one function, or a conflict shown side by side.
 */
export class PortalPull {
  private readonly accounts = new Map<string, PortalAccount>();

  constructor(private readonly options: PullOptions) {}

  async run(): Promise<PullReport> {
    const { queue, client } = this.options;
    const account = client.settings.username;
    const state = await queue.pullState(client.base, account);
    const me = state.me ?? (await this.whoAmI());
    const since = state.since ?? 0;
    const report: PullReport = { received: 0, conflicts: 0, failed: 0 };
    let newest = since;
    let retryFrom: number | null = null;
    for (let path: string | null = listPath(client.settings.contentType, since, me); path;) {
      const page = path;
      const reply = await withRetries(this.options.retry, () => client.request({ method: 'GET', path: page }));
      const body = reply.body as { data?: NodeResource[]; links?: { next?: { href?: string } } };
      for (const node of body.data ?? []) {
        const changed = Date.parse(node.attributes.changed) / 1000;
        newest = Math.max(newest, changed);
        try {
          const outcome = await this.take(node, me);
          if (outcome === 'received') report.received++;
          if (outcome === 'conflict') report.conflicts++;
        } catch (error) {
          if (error instanceof PortalError && error.stopsBatch) throw error;
          if (!(error instanceof PortalError || error instanceof NewsdeskError || error instanceof WorkflowError)) throw error;
          report.failed++;
          // Trouble on the way (the network, a busy portal) is tried again next time; a node that cannot come in is said once.
          if (error instanceof PortalError && error.retriable) retryFrom = Math.min(retryFrom ?? changed, changed);
          await this.options.update(this.entryFor(node), { action: 'receive', status: 'failed', reason: failureReason(error) });
        }
      }
      path = this.nextPage(body.links?.next?.href);
    }
    await queue.putPullState(client.base, account, { me, since: retryFrom ?? newest });
    return report;
  }

  /** What a pull would take in now (nothing is saved): new submissions, decisions and edits made by others. */
  async peek(): Promise<Array<{ articleId: string; title: string; moderationState: string }>> {
    const { queue, client, articles } = this.options;
    const state = await queue.pullState(client.base, client.settings.username);
    const me = state.me ?? (await this.whoAmI());
    const found: Array<{ articleId: string; title: string; moderationState: string }> = [];
    for (let path: string | null = listPath(client.settings.contentType, state.since ?? 0, me); path;) {
      const page = path;
      const reply = await withRetries(this.options.retry, () => client.request({ method: 'GET', path: page }));
      const body = reply.body as { data?: NodeResource[]; links?: { next?: { href?: string } } };
      for (const node of body.data ?? []) {
        const local = articles.has(node.id) ? articles.summary(node.id) : undefined;
        const known = local ? (await articles.get(node.id)).portal : undefined;
        if (known?.changed === node.attributes.changed && known.revision === node.attributes.drupal_internal__vid) continue;
        if (relationshipId(node, 'revision_uid') === me) continue;
        if (!local && (node.attributes.status === true || node.attributes.moderation_state !== client.settings.reviewState)) continue;
        found.push({ articleId: node.id, title: String(node.attributes.title ?? ''), moderationState: node.attributes.moderation_state });
      }
      path = this.nextPage(body.links?.next?.href);
    }
    return found;
  }

  /** The user's answer to a conflict found by a pull: keep the local copy (the portal's stays as it is), or take the portal's. */
  async resolve(entry: QueueEntry, choice: ConflictChoice): Promise<void> {
    const node = await withRetries(this.options.retry, () => this.getNode(entry.articleId));
    if (!node || node.attributes.changed !== entry.conflict?.changed) {
      throw NewsdeskError.of(msg('error.sync.changedAgain'), 'conflict');
    }
    const local = await this.options.articles.get(entry.articleId);
    const link = {
      ...portalLinkOf(node, this.options.client.base, this.stamp()),
      steps: local.portal?.steps,
      contentHash: local.portal?.contentHash,
    };
    if (choice === 'keep-mine') {
      await this.options.articles.save(
        { ...local, portal: { ...link, contentHash: local.portal?.contentHash } },
        { by: this.options.client.settings.username, reason: 'transition' },
      );
    } else {
      const editor = await this.account(relationshipId(node, 'revision_uid'));
      const theirs = await this.articleFrom(node, local, editor.displayName);
      await this.options.articles.save(
        { ...theirs, portal: { ...link, contentHash: contentHash(theirs) } },
        { by: editor.displayName, reason: 'edit' },
      );
    }
    await this.options.update(entry, {
      status: 'received',
      reason: msg(choice === 'keep-mine' ? 'sync.reason.keptMine' : 'sync.reason.tookTheirs'),
      conflict: undefined,
    });
  }

  private async take(node: NodeResource, me: string): Promise<Outcome> {
    const { articles, client } = this.options;
    const local = articles.has(node.id) ? await articles.get(node.id) : null;
    if (local?.sample) return 'unchanged';
    if (local?.portal?.changed === node.attributes.changed && local.portal.revision === node.attributes.drupal_internal__vid)
      return 'unchanged';
    const editor = await this.account(relationshipId(node, 'revision_uid') ?? relationshipId(node, 'uid'));
    const owner = await this.account(relationshipId(node, 'uid'));
    const link = portalLinkOf(node, client.base, this.stamp());
    if (editor.uuid === me) {
      // Our own write (its answer may have been lost): the node is where we left it.
      if (local)
        await articles.save(
          { ...local, portal: { ...link, steps: local.portal?.steps, contentHash: local.portal?.contentHash } },
          { by: client.settings.username, reason: 'transition' },
        );
      return 'unchanged';
    }
    const state = node.attributes.moderation_state;
    const log = typeof node.attributes.revision_log === 'string' ? node.attributes.revision_log.trim() : '';
    if (!local) {
      if (node.attributes.status === true || state !== client.settings.reviewState) return 'unchanged';
      const draft = await this.articleFrom(node, null, owner.displayName);
      await articles.save(draft, { by: owner.displayName, reason: 'create' });
      const submitted = recordPortalStep(draft, 'submit', owner.displayName, log || undefined, this.options.now());
      await this.finish(node, submitted, link, owner.displayName);
      return 'received';
    }

    let article = local;
    const theirs = await this.articleFrom(node, local, owner.displayName);
    if (contentHash(theirs) !== contentHash(local)) {
      const changedHere = local.portal?.contentHash !== undefined && contentHash(local) !== local.portal.contentHash;
      if (changedHere) {
        await this.options.update(this.entryFor(node, local.title), {
          action: 'receive',
          status: 'conflict',
          reason: msg('sync.reason.changedBoth'),
          conflict: {
            mine: { title: local.title, summary: local.sapo, body: documentText(local.body) },
            theirs: {
              title: theirs.title,
              summary: theirs.sapo,
              body: htmlToText((node.attributes[client.settings.bodyField] as { value?: string } | undefined)?.value ?? ''),
            },
            changed: node.attributes.changed,
            revision: node.attributes.drupal_internal__vid,
          },
        });
        return 'conflict';
      }
      // Edited on the portal (Drupal's own form, or the writer's resubmission): a new revision by that portal user.
      article = await articles.save({ ...theirs, updatedAt: this.stamp() }, { by: editor.displayName, reason: 'edit' });
    }
    for (const [action, actor, note] of this.stepsFor(article.state, state, node.attributes.status === true, editor, owner, log)) {
      article = recordPortalStep(article, action, actor, note, this.options.now());
    }
    await this.finish(node, article, link, editor.displayName);
    return 'received';
  }

  /** The workflow steps that bring the local article to where the portal's moderation state says it is. */
  private stepsFor(
    local: Article['state'],
    portalState: string,
    published: boolean,
    editor: PortalAccount,
    owner: PortalAccount,
    log: string,
  ) {
    const steps: Array<[WorkflowAction, string, string | undefined]> = [];
    const byEditor = editor.displayName;
    if (portalState === this.options.client.settings.reviewState && (local === 'draft' || local === 'changes_requested')) {
      steps.push(['submit', editor.displayName, log || undefined]);
    } else if (portalState === 'draft' && !published && local === 'submitted') {
      steps.push(['request-changes', byEditor, log || 'yêu cầu sửa trên cổng thông tin']);
    } else if (portalState === 'published') {
      if (local === 'submitted') steps.push(['approve', byEditor, log || undefined]);
      if (local === 'submitted' || local === 'approved') steps.push(['publish', byEditor, undefined]);
    } else if (portalState === 'archived' && (local === 'approved' || local === 'published')) {
      steps.push(['archive', byEditor, log || undefined]);
    }
    return steps;
  }

  private async finish(node: NodeResource, article: Article, link: ReturnType<typeof portalLinkOf>, by: string): Promise<void> {
    const saved = await this.options.articles.save(
      { ...article, portal: { ...link, steps: article.transitions?.length ?? 0, contentHash: contentHash(article) } },
      { by, reason: 'transition' },
    );
    await this.options.update(this.entryFor(node, saved.title), {
      action: 'receive',
      status: 'received',
      title: saved.title,
      url: saved.state === 'published' ? saved.portal?.url : undefined,
      reason: undefined,
      conflict: undefined,
    });
  }

  /** The node as an article: its text and photos, the facts Newsdesk wrote on the byline line, the rest kept from the local copy. */
  private async articleFrom(node: NodeResource, local: Article | null, author: string): Promise<Article> {
    const settings = this.options.client.settings;
    const body = (node.attributes[settings.bodyField] as { value?: string; summary?: string } | undefined) ?? {};
    const html = body.value ?? '';
    const photos = new Map<string, BodyPhoto>();
    for (const image of bodyImages(html)) {
      const photo = await this.photo(image.uuid, image.src);
      if (photo) photos.set(image.uuid || image.src, photo);
    }
    const converted = portalBodyToDocument(html, (image) => photos.get(image.uuid || image.src) ?? null);
    const facts = converted.facts;
    const created = String(node.attributes.created ?? this.stamp());
    return {
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      tags: [],
      state: 'draft',
      author,
      createdAt: new Date(created).toISOString(),
      ...local,
      id: node.id,
      title: String(node.attributes.title ?? ''),
      sapo: body.summary ?? '',
      body: converted.body,
      byline: facts?.byline || local?.byline || author,
      category: facts?.category || local?.category || '',
      dateline: {
        place: facts ? facts.datelinePlace : (local?.dateline.place ?? ''),
        date: /^\d{4}-\d{2}-\d{2}$/.test(facts?.datelineDate ?? '') ? facts!.datelineDate : (local?.dateline.date ?? created.slice(0, 10)),
      },
      featuredPhoto: settings.imageField ? await this.featuredPhoto(node, settings.imageField) : (local?.featuredPhoto ?? null),
      updatedAt: this.stamp(),
    };
  }

  private async featuredPhoto(node: NodeResource, field: string): Promise<Photo | null> {
    const data = node.relationships?.[field]?.data as
      { id?: string; meta?: { alt?: string; title?: string; width?: number | null; height?: number | null } } | null | undefined;
    if (!data?.id) return null;
    const photo = await this.photo(data.id, '');
    if (!photo) return null;
    const { caption, credit } = splitCaption(data.meta?.title ?? '');
    return {
      asset: photo.asset,
      caption,
      credit,
      alt: data.meta?.alt ?? '',
      width: data.meta?.width || photo.width!,
      height: data.meta?.height || photo.height!,
    };
  }

  /** A portal file as a photo of the asset store: known files are not fetched again; a new one is downloaded once by its URL. */
  private async photo(uuid: string, src: string): Promise<(BodyPhoto & { width: number; height: number }) | null> {
    const { queue, assets, client } = this.options;
    const known = uuid ? queue.assetOfFile(uuid) : undefined;
    if (known && (await assets.has(known))) {
      const { width, height } = await assets.prepare(await assets.read(known), known);
      return { asset: known, width, height };
    }
    let url = src;
    if (!url && uuid) {
      const reply = await withRetries(this.options.retry, () =>
        client.request({ method: 'GET', path: `/jsonapi/file/file/${uuid}`, accept: [404, 403] }),
      );
      url = (reply.body as { data?: { attributes?: { uri?: { url?: string } } } }).data?.attributes?.uri?.url ?? '';
    }
    const path = this.samePortalPath(url);
    if (!path) return null;
    const reply = await withRetries(this.options.retry, () => client.request({ method: 'GET', path, binary: true, accept: [404, 403] }));
    if (reply.status !== 200 || !(reply.body instanceof Uint8Array)) return null;
    const stored = await assets.putPhoto(reply.body, decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)));
    if (uuid) await queue.putFile(stored.name, { uuid, url, filename: path.slice(path.lastIndexOf('/') + 1) });
    return { asset: stored.name, width: stored.width, height: stored.height };
  }

  /** The account behind a user UUID, read once per pull: its name and display name. */
  private async account(uuid: string | undefined): Promise<PortalAccount> {
    if (!uuid) return { uuid: '', name: 'cổng thông tin', displayName: 'cổng thông tin' };
    const known = this.accounts.get(uuid);
    if (known) return known;
    const reply = await withRetries(this.options.retry, () =>
      this.options.client.request({ method: 'GET', path: `/jsonapi/user/user/${uuid}`, accept: [403, 404] }),
    );
    const attributes = (reply.body as { data?: { attributes?: { name?: string; display_name?: string } } }).data?.attributes;
    const name = attributes?.name ?? attributes?.display_name ?? uuid;
    const account = { uuid, name, displayName: attributes?.display_name ?? name };
    this.accounts.set(uuid, account);
    return account;
  }

  private async whoAmI(): Promise<string> {
    const reply = await withRetries(this.options.retry, () => this.options.client.request({ method: 'GET', path: '/jsonapi' }));
    const me = (reply.body as { meta?: { links?: { me?: { meta?: { id?: string } } } } }).meta?.links?.me?.meta?.id;
    if (!me) throw new PortalError(msg('portal.error.noAccountLink'), 'bad-reply');
    return me;
  }

  private async getNode(uuid: string): Promise<NodeResource | null> {
    const reply = await this.options.client.request({
      method: 'GET',
      path: `${resourcePath(this.options.client.settings.contentType)}/${uuid}`,
      accept: [404],
    });
    return reply.status === 404 ? null : (reply.body as { data: NodeResource }).data;
  }

  /** `links.next` as a path under the portal's address; a link anywhere else is not followed (it would carry our credentials). */
  private nextPage(href: string | undefined): string | null {
    if (!href) return null;
    const path = this.samePortalPath(href);
    if (!path) throw new PortalError(msg('portal.error.pageOutside', { href }), 'bad-reply');
    return path;
  }

  private samePortalPath(url: string): string | null {
    if (!url) return null;
    const base = this.options.client.base;
    const absolute = new URL(url, `${base}/`).href;
    return absolute.startsWith(`${base}/`) ? absolute.slice(base.length) : null;
  }

  private entryFor(node: NodeResource, title = String(node.attributes.title ?? '')): QueueEntry {
    return (
      this.options.queue.get(node.id) ?? {
        articleId: node.id,
        title,
        action: 'receive',
        status: 'received',
        uploadsInDoubt: [],
        updatedAt: this.stamp(),
      }
    );
  }

  private stamp(): string {
    return this.options.now().toISOString();
  }
}

/**
 * Unpublished nodes (the review queue) or the account's own, changed at or after `since`, oldest
 * first: `moderation_state` cannot be filtered on, so it is read from each node.
 */
export function listPath(contentType: string, since: number, me: string): string {
  const query = new URLSearchParams({
    'filter[since][condition][path]': 'changed',
    'filter[since][condition][operator]': '>=',
    'filter[since][condition][value]': String(since),
    'filter[mine-or-unpublished][group][conjunction]': 'OR',
    'filter[unpublished][condition][path]': 'status',
    'filter[unpublished][condition][value]': '0',
    'filter[unpublished][condition][memberOf]': 'mine-or-unpublished',
    'filter[mine][condition][path]': 'uid.id',
    'filter[mine][condition][value]': me,
    'filter[mine][condition][memberOf]': 'mine-or-unpublished',
    sort: 'changed',
    'page[limit]': String(PAGE),
  });
  return `${resourcePath(contentType)}?${query.toString()}`;
}

function relationshipId(node: NodeResource, name: string): string | undefined {
  const data = node.relationships?.[name]?.data as { id?: string } | null | undefined;
  return data?.id;
}
