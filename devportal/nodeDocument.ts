import { checkTransition, type ModerationState, type PortalRole } from './moderation.ts';
import type { ImageRef, NodeRevision, PortalStore } from './PortalStore.ts';
import { PortalRefusal } from './reply.ts';
import { TEXT_FORMATS } from './textFormat.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ATTRIBUTES = new Set([
  'title',
  'body',
  'moderation_state',
  'status',
  'langcode',
  'promote',
  'sticky',
  'created',
  'path',
  'revision_log',
]);
const RELATIONSHIPS = new Set(['field_image', 'field_tags', 'uid', 'node_type']);

export interface NodeInput {
  id: string | undefined;
  title?: string;
  body?: NodeRevision['body'];
  moderationState?: unknown;
  image?: ImageRef | null;
  tags?: string[];
  log?: string;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Reads the `data` of a POST or PATCH for node--article, refusing what Drupal refuses. */
export function readNodeDocument(document: unknown, method: 'POST' | 'PATCH', store: PortalStore): NodeInput {
  const data = (document as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PortalRefusal(400, 'Missing `data`.', '/data');
  }
  const { type, id, attributes = {}, relationships = {} } = data as Record<string, unknown>;
  if (type !== 'node--article') {
    throw new PortalRefusal(
      409,
      `Conflict: The provided type (${String(type)}) does not match the destination resource types (node--article).`,
      '/data/type',
    );
  }
  const attrs = asObject(attributes, '/data/attributes');
  const rels = asObject(relationships, '/data/relationships');
  for (const name of Object.keys(attrs)) {
    if (!ATTRIBUTES.has(name))
      throw new PortalRefusal(422, `The attribute ${name} does not exist on the node--article resource type.`, `/data/attributes/${name}`);
  }
  for (const name of Object.keys(rels)) {
    if (!RELATIONSHIPS.has(name))
      throw new PortalRefusal(
        422,
        `The relationship ${name} does not exist on the node--article resource type.`,
        `/data/relationships/${name}`,
      );
  }
  if (id !== undefined && (typeof id !== 'string' || !isUuid(id))) {
    throw new PortalRefusal(422, 'IDs should be properly generated and formatted UUIDs as described in RFC 4122.', '/data/id');
  }
  if ('status' in attrs) {
    throw new PortalRefusal(403, `The current user is not allowed to ${method} the selected field (status).`, '/data/attributes/status');
  }

  const input: NodeInput = { id: id as string | undefined };
  if ('title' in attrs || method === 'POST') {
    if (typeof attrs.title !== 'string' || attrs.title.trim() === '') {
      throw new PortalRefusal(422, 'title: This value should not be null.', '/data/attributes/title');
    }
    input.title = attrs.title;
  }
  if ('body' in attrs) input.body = readBody(attrs.body);
  if ('moderation_state' in attrs) input.moderationState = attrs.moderation_state;
  if ('revision_log' in attrs) {
    if (attrs.revision_log !== null && typeof attrs.revision_log !== 'string') {
      throw new PortalRefusal(422, 'revision_log: This value should be of the correct primitive type.', '/data/attributes/revision_log');
    }
    input.log = attrs.revision_log ?? '';
  }
  if ('field_image' in rels) input.image = readImage(rels.field_image, store);
  if ('field_tags' in rels) input.tags = readTags(rels.field_tags, store);
  return input;
}

/** Applies an input to a revision; the moderation state is checked against the workflow. */
export function nextRevision(
  base: NodeRevision,
  input: NodeInput,
  by: { name: string; role: PortalRole },
  vid: number,
  changed: string,
): NodeRevision {
  const target: ModerationState = checkTransition(base.moderationState, input.moderationState ?? base.moderationState, by.role);
  return {
    log: input.log ?? '',
    author: by.name,
    vid,
    title: input.title ?? base.title,
    body: input.body ?? base.body,
    moderationState: target,
    status: target === 'published',
    changed,
    image: input.image === undefined ? base.image : input.image,
    tags: input.tags ?? base.tags,
  };
}

function readBody(value: unknown): NodeRevision['body'] {
  const body = asObject(value, '/data/attributes/body');
  const format = body.format ?? 'basic_html';
  if (typeof format !== 'string' || !(TEXT_FORMATS as readonly string[]).includes(format)) {
    throw new PortalRefusal(422, 'body.0.format: The value you selected is not a valid choice.', '/data/attributes/body/format');
  }
  return { value: String(body.value ?? ''), format, summary: String(body.summary ?? '') };
}

function readImage(value: unknown, store: PortalStore): ImageRef | null {
  const data = asObject(value, '/data/relationships/field_image').data;
  if (data === null) return null;
  const ref = asObject(data, '/data/relationships/field_image/data');
  if (ref.type !== 'file--file' || typeof ref.id !== 'string' || !store.files.has(ref.id)) {
    throw new PortalRefusal(
      422,
      'field_image.0.target_id: The referenced entity (file) does not exist.',
      '/data/relationships/field_image',
    );
  }
  const meta = ref.meta === undefined ? {} : asObject(ref.meta, '/data/relationships/field_image/data/meta');
  const image: ImageRef = { uuid: ref.id, alt: String(meta.alt ?? ''), title: String(meta.title ?? '') };
  if (typeof meta.width === 'number') image.width = meta.width;
  if (typeof meta.height === 'number') image.height = meta.height;
  return image;
}

function readTags(value: unknown, store: PortalStore): string[] {
  const data = asObject(value, '/data/relationships/field_tags').data;
  if (!Array.isArray(data))
    throw new PortalRefusal(422, 'field_tags: a list of taxonomy_term--tags is expected.', '/data/relationships/field_tags');
  return data.map((item: unknown) => {
    const ref = asObject(item, '/data/relationships/field_tags/data');
    if (ref.type !== 'taxonomy_term--tags' || typeof ref.id !== 'string' || !store.terms.has(ref.id)) {
      throw new PortalRefusal(
        422,
        'field_tags.0.target_id: The referenced entity (taxonomy_term) does not exist.',
        '/data/relationships/field_tags',
      );
    }
    return ref.id;
  });
}

function asObject(value: unknown, pointer: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PortalRefusal(422, `${pointer} must be an object.`, pointer);
  return value as Record<string, unknown>;
}
