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

export type PortalRole = 'administrator' | 'editor' | 'author';

/** `use editorial transition …` permissions per role. */
const ROLE_TRANSITIONS: Record<PortalRole, ReadonlySet<string>> = {
  administrator: new Set(TRANSITIONS.map((t) => t.id)),
  editor: new Set(TRANSITIONS.map((t) => t.id)),
  author: new Set(['create_new_draft', 'submit_for_review']),
};

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
    throw new PortalRefusal(422, `moderation_state: You do not have access to transition from ${LABELS[from]} to ${LABELS[target]}`, POINTER);
  }
  return target;
}
