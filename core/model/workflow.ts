import { WORKFLOW_ACTIONS, type TransitionRecord, type WorkflowAction } from './transitionRecord.ts';
import type { Article, ArticleState } from './article.ts';
import { coreText, msg, type CoreMessage } from '../i18n/coreMessages.ts';
import type { Role, User } from './account.ts';
import { submitChecklist } from './submitChecklist.ts';

export {
  WORKFLOW_ACTIONS,
  WorkflowActionSchema,
  TransitionRecordSchema,
  type WorkflowAction,
  type TransitionRecord,
} from './transitionRecord.ts';

/**
 * The portal sync applying a step: publishing is the portal's act, not a person's, so `publish`
 * is applied only by it, through the same rules and records as every other step. A decision
 * taken on another machine comes back the same way, in the name of the portal account that
 * made it: the portal already checked that account's transition permissions.
 */
export interface PortalActor {
  kind: 'portal';
  username: string;
}

/** The sync acting for the portal account named `account` (its display name on the portal). */
export function portalActor(account: string): PortalActor {
  return { kind: 'portal', username: account };
}

export const PORTAL_ACTOR: PortalActor = portalActor('đồng bộ cổng thông tin');

/** Who applies a step: a signed-in person or the portal sync. */
export type Actor = User | PortalActor;

function isPortal(actor: Actor): actor is PortalActor {
  return 'kind' in actor && actor.kind === 'portal';
}

interface TransitionRule {
  from: readonly ArticleState[];
  to: ArticleState;
  /** The people who may take the step; empty when only the portal sync applies it. */
  roles: readonly Role[];
  /** The portal sync applies this step when the portal accepted the article. */
  byPortal?: boolean;
  /** Reporters may only move their own articles. */
  ownOnlyFor?: readonly Role[];
  noteRequired?: boolean;
}

/** The one table of what may happen to an article, and who may do it. */
export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  // Only the writer sends an article for review: an editor who asked for changes cannot answer them on the writer's behalf.
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', roles: ['reporter', 'editor'], ownOnlyFor: ['reporter', 'editor'] },
  'request-changes': { from: ['submitted'], to: 'changes_requested', roles: ['editor'], noteRequired: true },
  approve: { from: ['submitted'], to: 'approved', roles: ['editor'] },
  publish: { from: ['approved'], to: 'published', roles: [], byPortal: true },
  archive: { from: ['approved', 'published'], to: 'archived', roles: ['editor'] },
  correct: { from: ['published'], to: 'draft', roles: ['reporter', 'editor'], ownOnlyFor: ['reporter'] },
};

export interface NewsroomRules {
  /** One-person offices may let an editor approve their own article. */
  allowSelfApproval: boolean;
}

/** A step refused; `detail` is the catalogued message, shown in the reader's language. */
export class WorkflowError extends Error {
  override name = 'WorkflowError';

  constructor(readonly detail: CoreMessage) {
    super(coreText('vi', detail));
  }
}

const actionName = (action: WorkflowAction) => msg(`name.action.${action}`);
const stateName = (state: ArticleState) => msg(`name.state.${state}`);

/** Why `actor` may not do `action` to `article` now, as a catalogued message, or null when they may. */
export function refusalMessage(
  article: Article,
  action: WorkflowAction,
  actor: Actor,
  rules: NewsroomRules,
  note?: string,
): CoreMessage | null {
  const rule = TRANSITIONS[action];
  const verb = actionName(action);
  const wrongState = () => msg('error.workflow.wrongState', { action: verb, state: stateName(article.state) });
  if (isPortal(actor)) return rule.from.includes(article.state) ? null : wrongState();
  const user = actor;
  if (rule.byPortal) return msg('error.workflow.publishBySync');
  if (!rule.from.includes(article.state)) return wrongState();
  if (!rule.roles.includes(user.role)) return msg('error.workflow.roleMayNot', { user: user.username, action: verb });
  if (rule.ownOnlyFor?.includes(user.role) && article.author !== user.username)
    return msg('error.workflow.ownOnly', { user: user.username, action: verb });
  if (action === 'approve' && article.author === user.username && !rules.allowSelfApproval) return msg('error.workflow.selfApproval');
  if (rule.noteRequired && !note?.trim()) return msg('error.workflow.noteRequired', { action: verb });
  if (action === 'submit') {
    const missing = submitChecklist(article).filter((item) => !item.ok && !item.advisory);
    if (missing.length > 0) return msg('error.workflow.checklist', { missing: missing.map((item) => msg(`name.check.${item.id}`)) });
  }
  return null;
}

/** Why `actor` may not do `action` to `article` now, in Vietnamese, or null when they may. */
export function refusal(article: Article, action: WorkflowAction, actor: Actor, rules: NewsroomRules, note?: string): string | null {
  const reason = refusalMessage(article, action, actor, rules, note);
  return reason && coreText('vi', reason);
}

/** The actions `user` could take on `article` now; the UI offers exactly these. */
export function allowedActions(article: Article, user: User, rules: NewsroomRules): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusal(article, action, user, rules, 'x') === null);
}

/** The steps a person may take at all (publishing is the sync's): what the CLI and the UI offer. */
export const PEOPLE_ACTIONS: readonly WorkflowAction[] = WORKFLOW_ACTIONS.filter((action) => !TRANSITIONS[action].byPortal);

/**
 * The article after `action`, with the step recorded; throws a `WorkflowError` saying why not.
 * Every path that moves an article (the app, the bridge, the CLI, an import, the sync as
 * `PORTAL_ACTOR`) comes through here.
 */
export function applyTransition(
  article: Article,
  action: WorkflowAction,
  user: Actor,
  options: { rules: NewsroomRules; note?: string; now: Date },
): Article {
  const reason = refusalMessage(article, action, user, options.rules, options.note);
  if (reason) throw new WorkflowError(reason);
  const at = options.now.toISOString();
  const note = options.note?.trim();
  const record: TransitionRecord = {
    action,
    from: article.state,
    to: TRANSITIONS[action].to,
    by: user.username,
    at,
    ...(note ? { note } : {}),
  };
  return {
    ...article,
    state: record.to as ArticleState,
    updatedAt: at,
    transitions: [...(article.transitions ?? []), record],
  };
}
