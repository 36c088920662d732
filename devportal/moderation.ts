import { PortalRefusal } from './reply.ts';

/** The "Editorial" workflow of Drupal's content moderation, with the common custom `needs_review`. */
export const MODERATION_STATES = ['draft', 'needs_review', 'published', 'archived'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

const LABELS: Record<ModerationState, string> = {
  draft: 'Draft',
  needs_review: 'Needs review',
  published: 'Published',
  archived: 'Archived',
};

interface Transition {
  id: string;
  from: ModerationState[];
  to: ModerationState;
}

const TRANSITIONS: Transition[] = [
  { id: 'create_new_draft', from: ['draft', 'published', 'needs_review'], to: 'draft' },
  { id: 'submit_for_review', from: ['draft', 'needs_review'], to: 'needs_review' },
  { id: 'publish', from: ['draft', 'needs_review', 'published'], to: 'published' },
  { id: 'archive', from: ['published'], to: 'archived' },
  { id: 'archived_draft', from: ['archived'], to: 'draft' },
  { id: 'archived_published', from: ['archived'], to: 'published' },
];

/** `author` is the older name of `reporter`, kept for portals started with it. */
export const PORTAL_ROLES = ['administrator', 'editor', 'reporter', 'author'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

const REPORTER_TRANSITIONS = new Set(['create_new_draft', 'submit_for_review']);

/** `use editorial transition …` permissions per role. */
const ROLE_TRANSITIONS: Record<PortalRole, ReadonlySet<string>> = {
  administrator: new Set(TRANSITIONS.map((t) => t.id)),
  editor: new Set(TRANSITIONS.map((t) => t.id)),
  reporter: REPORTER_TRANSITIONS,
  author: REPORTER_TRANSITIONS,
};

/** `bypass node access`: every node, published or not, anyone's. Reporters see published nodes and their own. */
export function bypassesNodeAccess(role: PortalRole | undefined): boolean {
  return role === 'administrator' || role === 'editor';
}

/** The Drupal permissions each role holds, as the connection test reads them from `user_role` resources. */
export function permissionsOf(role: PortalRole): string[] {
  const common = [
    'access content',
    'create article content',
    'edit own article content',
    'view own unpublished content',
    'view latest version',
  ];
  const transitions = [...ROLE_TRANSITIONS[role]].map((id) => `use editorial transition ${id}`);
  const editor = bypassesNodeAccess(role)
    ? ['bypass node access', 'view any unpublished content', 'edit any article content', 'view all revisions']
    : [];
  const admin = role === 'administrator' ? ['administer workflows', 'administer permissions'] : [];
  return [...common, ...editor, ...admin, ...transitions];
}

/** The workflow as `/jsonapi/workflow/workflow` shows it (config entity, read by `administer workflows`). */
export function workflowResource(): Record<string, unknown> {
  const states = Object.fromEntries(
    MODERATION_STATES.map((id, weight) => [
      id,
      { label: LABELS[id], weight, published: id === 'published', default_revision: id !== 'draft' && id !== 'needs_review' },
    ]),
  );
  const transitions = Object.fromEntries(
    TRANSITIONS.map((t, weight) => [t.id, { label: t.id.replace(/_/g, ' '), from: t.from, to: t.to, weight }]),
  );
  return {
    type: 'workflow--workflow',
    id: '9f2d1c3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
    attributes: {
      drupal_internal__id: 'editorial',
      label: 'Editorial',
      type: 'content_moderation',
      type_settings: { states, transitions, entity_types: { node: ['article'] } },
    },
  };
}

const POINTER = '/data/attributes/moderation_state';

/** Checks a change of moderation state as Drupal's validator does: unknown or forbidden → 422. */
export function checkTransition(from: ModerationState, to: unknown, role: PortalRole): ModerationState {
  if (typeof to !== 'string' || !(MODERATION_STATES as readonly string[]).includes(to)) {
    throw new PortalRefusal(422, `moderation_state: State '${String(to)}' does not exist in 'Editorial' workflow`, POINTER);
  }
  const target = to as ModerationState;
  const transition = TRANSITIONS.find((t) => t.to === target && t.from.includes(from));
  if (!transition) {
    throw new PortalRefusal(422, `moderation_state: Invalid state transition from ${LABELS[from]} to ${LABELS[target]}`, POINTER);
  }
  if (!ROLE_TRANSITIONS[role].has(transition.id)) {
    throw new PortalRefusal(
      422,
      `moderation_state: You do not have access to transition from ${LABELS[from]} to ${LABELS[target]}`,
      POINTER,
    );
  }
  return target;
}
