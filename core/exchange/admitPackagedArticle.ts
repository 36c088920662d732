import type { User } from '../model/account.ts';
import type { Article, ArticleState } from '../model/article.ts';
import { editRefusalMessage } from '../model/editRules.ts';
import { contentOf } from '../model/recovery.ts';
import { applyTransition, WorkflowError, type NewsroomRules, type WorkflowAction } from '../model/workflow.ts';

/**
 * The steps that lead a draft to each state, taken one by one as the importing person. Publishing
 * is the portal's act, so a packaged `published` article goes no further than `approved`.
 */
const PATH_TO: Record<ArticleState, readonly WorkflowAction[]> = {
  draft: [],
  submitted: ['submit'],
  changes_requested: ['submit', 'request-changes'],
  approved: ['submit', 'approve'],
  published: ['submit', 'approve'],
  archived: ['submit', 'approve', 'archive'],
};

const IMPORT_NOTE = 'trạng thái mang theo gói .newsdesk';

export interface Importer {
  /** The signed-in person (or the command line's `--author`); null for the command line alone. */
  user: User | null;
  rules: NewsroomRules;
  now: Date;
}

/**
 * What a package may change here: its content, never the workflow. An article already in the
 * library keeps its state, steps, comments and portal record, and takes the packaged content under
 * the editing rules. A new one starts as a draft (a reporter's own) and then moves only as far as
 * the importing person could have moved it themselves, each step recorded as theirs; the package's
 * own steps, comments and portal record are dropped.
 */
export function admitPackagedArticle(packaged: Article, here: Article | null, importer: Importer): Article {
  const at = importer.now.toISOString();
  const { user } = importer;
  if (here) {
    const refusal = user ? editRefusalMessage(user, here) : null;
    if (refusal !== null) throw new WorkflowError(refusal);
    return { ...here, ...contentOf(packaged), updatedAt: at };
  }
  let article: Article = {
    schemaVersion: packaged.schemaVersion,
    id: packaged.id,
    ...contentOf(packaged),
    state: 'draft',
    author: user?.role === 'reporter' ? user.username : packaged.author,
    createdAt: packaged.createdAt,
    updatedAt: at,
  };
  if (!user) return article;
  const refusal = editRefusalMessage(user, article);
  if (refusal !== null) throw new WorkflowError(refusal);
  if (user.role === 'reporter') return article;
  for (const action of PATH_TO[packaged.state]) {
    try {
      article = applyTransition(article, action, user, { rules: importer.rules, note: IMPORT_NOTE, now: importer.now });
    } catch (error) {
      if (error instanceof WorkflowError) break;
      throw error;
    }
  }
  return article;
}
