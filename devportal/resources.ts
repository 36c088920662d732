import type { PortalStore, StoredFile, StoredNode, StoredTerm } from './PortalStore.ts';
import { stableUuid } from './stableUuid.ts';
import { processBody } from './textFormat.ts';

/** The entity objects as Drupal's JSON:API serialises them (the fields the client relies on). */
export class Resources {
  constructor(
    private readonly store: PortalStore,
    readonly origin: () => string,
  ) {}

  nodeUrl(uuid: string): string {
    return `${this.origin()}/jsonapi/node/article/${uuid}`;
  }

  /** Root-relative, as Drupal's file URL generator writes it, so the body works under any host name. */
  fileUrl(file: StoredFile): string {
    return `/sites/default/files/${file.uri.replace(/^public:\/\//, '')}`;
  }

  node(node: StoredNode, owner: UserRef, revisionUser: UserRef): Record<string, unknown> {
    const revision = node.current;
    const image = revision.image;
    return {
      type: 'node--article',
      id: node.uuid,
      links: { self: { href: this.nodeUrl(node.uuid) } },
      attributes: {
        drupal_internal__nid: node.nid,
        drupal_internal__vid: revision.vid,
        langcode: 'vi',
        status: revision.status,
        title: revision.title,
        created: node.created,
        changed: revision.changed,
        promote: true,
        sticky: false,
        default_langcode: true,
        moderation_state: revision.moderationState,
        path: { alias: null, pid: null, langcode: 'vi' },
        body: { ...revision.body, processed: processBody(revision.body.value) },
        revision_timestamp: revision.changed,
        revision_log: revision.log ?? '',
      },
      relationships: {
        node_type: { data: { type: 'node_type--node_type', id: 'article' } },
        uid: { data: { type: 'user--user', id: owner.uuid, meta: { drupal_internal__target_id: owner.uid } } },
        revision_uid: { data: { type: 'user--user', id: revisionUser.uuid, meta: { drupal_internal__target_id: revisionUser.uid } } },
        field_image: {
          data: image
            ? {
                type: 'file--file',
                id: image.uuid,
                meta: { alt: image.alt, title: image.title, width: image.width ?? null, height: image.height ?? null },
              }
            : null,
        },
        field_tags: { data: revision.tags.map((id) => ({ type: 'taxonomy_term--tags', id })) },
      },
    };
  }

  user(user: UserRef & { name: string; displayName: string }): Record<string, unknown> {
    return {
      type: 'user--user',
      id: user.uuid,
      links: { self: { href: `${this.origin()}/jsonapi/user/user/${user.uuid}` } },
      attributes: { drupal_internal__uid: user.uid, name: user.name, display_name: user.displayName, status: true },
      relationships: {
        roles: {
          data: user.roles.map((role) => ({
            type: 'user_role--user_role',
            id: roleUuid(role),
            meta: { drupal_internal__target_id: role },
          })),
        },
      },
    };
  }

  file(file: StoredFile): Record<string, unknown> {
    return {
      type: 'file--file',
      id: file.uuid,
      links: { self: { href: `${this.origin()}/jsonapi/file/file/${file.uuid}` } },
      attributes: {
        drupal_internal__fid: file.fid,
        langcode: 'vi',
        filename: file.filename,
        uri: { value: file.uri, url: this.fileUrl(file) },
        filemime: file.filemime,
        filesize: file.filesize,
        status: file.permanent,
        created: file.created,
        changed: file.created,
      },
    };
  }

  term(term: StoredTerm): Record<string, unknown> {
    return {
      type: 'taxonomy_term--tags',
      id: term.uuid,
      links: { self: { href: `${this.origin()}/jsonapi/taxonomy_term/tags/${term.uuid}` } },
      attributes: { drupal_internal__tid: term.tid, name: term.name, langcode: 'vi', status: true },
    };
  }

  entryPoint(me: string | null): Record<string, unknown> {
    const base = `${this.origin()}/jsonapi`;
    return {
      data: [],
      links: {
        self: { href: base },
        'node--article': { href: `${base}/node/article` },
        'file--file': { href: `${base}/file/file` },
        'taxonomy_term--tags': { href: `${base}/taxonomy_term/tags` },
        'user--user': { href: `${base}/user/user` },
        'user_role--user_role': { href: `${base}/user_role/user_role` },
        'workflow--workflow': { href: `${base}/workflow/workflow` },
      },
      meta: { links: { me: { meta: { id: me } } } },
    };
  }

  /** Drupal's `changed`: whole seconds, written as RFC 3339 with an offset. */
  static timestamp(ms: number): string {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
}

export interface UserRef {
  uuid: string;
  uid: number;
  roles: string[];
}

/** A role's config-entity UUID, stable per machine name. */
export function roleUuid(role: string): string {
  return stableUuid(`role:${role}`);
}
