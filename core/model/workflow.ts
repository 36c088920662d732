import { WORKFLOW_ACTIONS, type TransitionRecord, type WorkflowAction } from './transitionRecord.ts';
import { STATE_NAMES, type Article, type ArticleState } from './article.ts';
import type { Role, User } from './account.ts';
import { submitChecklist } from './submitChecklist.ts';

export { WORKFLOW_ACTIONS, WorkflowActionSchema, TransitionRecordSchema, type WorkflowAction, type TransitionRecord } from './transitionRecord.ts';

interface TransitionRule {
  from: readonly ArticleState[];
  to: ArticleState;
  roles: readonly Role[];
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
  publish: { from: ['approved'], to: 'published', roles: ['editor'] },
  archive: { from: ['approved', 'published'], to: 'archived', roles: ['editor'] },
  correct: { from: ['published'], to: 'draft', roles: ['reporter', 'editor'], ownOnlyFor: ['reporter'] },
};

export interface NewsroomRules {
  /** One-person offices may let an editor approve their own article. */
  allowSelfApproval: boolean;
}

export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

const ACTION_NAMES: Record<WorkflowAction, string> = {
  submit: 'gửi duyệt',
  'request-changes': 'yêu cầu sửa',
  approve: 'duyệt',
  publish: 'xuất bản',
  archive: 'lưu trữ',
  correct: 'đính chính',
};

/** Why `user` may not do `action` to `article` now, or null when they may. */
export function refusal(article: Article, action: WorkflowAction, user: User, rules: NewsroomRules, note?: string): string | null {
  const rule = TRANSITIONS[action];
  const verb = ACTION_NAMES[action];
  if (!rule.from.includes(article.state)) return `không thể ${verb} bài đang ở trạng thái "${STATE_NAMES[article.state]}"`;
  if (!rule.roles.includes(user.role)) return `vai trò của ${user.username} không được ${verb} bài viết`;
  if (rule.ownOnlyFor?.includes(user.role) && article.author !== user.username) return `${user.username} chỉ được ${verb} bài của chính mình`;
  if (action === 'approve' && article.author === user.username && !rules.allowSelfApproval) {
    return 'không ai được tự duyệt bài của mình (tòa soạn chưa cho phép)';
  }
  if (rule.noteRequired && !note?.trim()) return `cần ghi chú khi ${verb}, để người viết biết phải sửa gì`;
  if (action === 'submit') {
    const missing = submitChecklist(article).filter((item) => !item.ok);
    if (missing.length > 0) return `chưa gửi duyệt được: ${missing.map((item) => item.label).join('; ')}`;
  }
  return null;
}

/** The actions `user` could take on `article` now; the UI offers exactly these. */
export function allowedActions(article: Article, user: User, rules: NewsroomRules): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => action !== 'publish' && refusal(article, action, user, rules, 'x') === null);
}

/** The article after `action`, with the step recorded; throws a `WorkflowError` saying why not. */
export function applyTransition(
  article: Article,
  action: WorkflowAction,
  user: User,
  options: { rules: NewsroomRules; note?: string; now: Date },
): Article {
  const reason = refusal(article, action, user, options.rules, options.note);
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
