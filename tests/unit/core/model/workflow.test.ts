import { describe, expect, it } from 'vitest';
import { ARTICLE_STATES, type Article, type ArticleState } from '../../../../core/model/article.ts';
import { ROLES, type Role, type User } from '../../../../core/model/account.ts';
import {
  allowedActions,
  applyTransition,
  PORTAL_ACTOR,
  portalActor,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WorkflowError,
} from '../../../../core/model/workflow.ts';
import { submitChecklist } from '../../../../core/model/submitChecklist.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';

const rules = { allowSelfApproval: false };
const now = new Date('2026-11-28T09:00:00Z');
const user = (role: Role, username = `${role}1`): User => ({ username, displayName: username, role });

/** Who may do what from which state, written out by hand: the table the newsroom agreed on. */
const EXPECTED: Record<string, string> = {
  // action: "state>role role ..." — for someone else's article
  submit: '',
  'request-changes': 'submitted>editor',
  approve: 'submitted>editor',
  // Nobody: publishing is the portal sync's step (below).
  publish: '',
  archive: 'approved>editor published>editor',
  correct: 'published>editor',
};

describe('workflow transitions', () => {
  it('follows the table for every action, state and role, on someone else’s article', async () => {
    const base = { ...(await sampleArticle()), author: 'someone-else' };
    for (const action of WORKFLOW_ACTIONS) {
      const allowed = new Set(EXPECTED[action]!.split(' '));
      for (const state of ARTICLE_STATES) {
        for (const role of ROLES) {
          const article = { ...base, state };
          const attempt = () => applyTransition(article, action, user(role), { rules, note: 'ghi chú', now });
          if (allowed.has(`${state}>${role}`)) {
            expect(attempt().state, `${role} ${action} from ${state}`).toBe(TRANSITIONS[action].to);
          } else {
            expect(attempt, `${role} ${action} from ${state}`).toThrow(WorkflowError);
          }
        }
      }
    }
  });

  it('lets the portal sync alone publish an approved article, through the same guard and record', async () => {
    const approved = { ...(await sampleArticle()), author: 'bichdiep', state: 'approved' as ArticleState, transitions: [] };
    for (const role of ROLES) {
      expect(() => applyTransition(approved, 'publish', user(role), { rules, now }), role).toThrow(
        'bài viết chỉ được xuất bản khi đồng bộ với cổng thông tin',
      );
    }
    const published = applyTransition(approved, 'publish', PORTAL_ACTOR, { rules, now });
    expect(published.state).toBe('published');
    expect(published.transitions).toEqual([
      { action: 'publish', from: 'approved', to: 'published', by: PORTAL_ACTOR.username, at: now.toISOString() },
    ]);
    expect(() => applyTransition({ ...approved, state: 'draft' }, 'publish', PORTAL_ACTOR, { rules, now })).toThrow(
      'không thể xuất bản bài đang ở trạng thái "bản nháp"',
    );
    // A decision made on another machine comes back in the portal account's name, from a state it can follow only.
    const asked = applyTransition({ ...approved, state: 'submitted' }, 'request-changes', portalActor('Biên tập viên'), {
      rules,
      note: 'Bổ sung nguồn',
      now,
    });
    expect(asked.transitions?.at(-1)).toMatchObject({ action: 'request-changes', by: 'Biên tập viên', note: 'Bổ sung nguồn' });
    for (const action of WORKFLOW_ACTIONS) {
      const elsewhere = ARTICLE_STATES.find((state) => !TRANSITIONS[action].from.includes(state))!;
      expect(() => applyTransition({ ...approved, state: elsewhere }, action, PORTAL_ACTOR, { rules, note: 'x', now }), action).toThrow(
        WorkflowError,
      );
    }
  });

  it('lets reporters submit and correct their own articles only', async () => {
    const own = { ...(await sampleArticle()), author: 'bichdiep', state: 'draft' as ArticleState };
    const reporter = user('reporter', 'bichdiep');
    expect(applyTransition(own, 'submit', reporter, { rules, now }).state).toBe('submitted');
    expect(() => applyTransition({ ...own, author: 'khac' }, 'submit', reporter, { rules, now })).toThrow(
      'bichdiep chỉ được gửi duyệt bài của chính mình',
    );
    expect(applyTransition({ ...own, state: 'published' }, 'correct', reporter, { rules, now }).state).toBe('draft');
    expect(() => applyTransition({ ...own, state: 'submitted' }, 'approve', reporter, { rules, now })).toThrow('không được duyệt');
  });

  it('refuses self-approval unless the newsroom allows it', async () => {
    const mine = { ...(await sampleArticle()), author: 'bientap', state: 'submitted' as ArticleState };
    const editor = user('editor', 'bientap');
    expect(() => applyTransition(mine, 'approve', editor, { rules, now })).toThrow('không ai được tự duyệt bài của mình');
    expect(applyTransition(mine, 'approve', editor, { rules: { allowSelfApproval: true }, now }).state).toBe('approved');
  });

  it('needs a note to request changes, and records every step with who, when and note', async () => {
    const submitted = { ...(await sampleArticle()), author: 'bichdiep', state: 'submitted' as ArticleState };
    const editor = user('editor', 'bientap');
    expect(() => applyTransition(submitted, 'request-changes', editor, { rules, now })).toThrow('cần ghi chú');
    const sent = applyTransition(submitted, 'request-changes', editor, { rules, now, note: '  Bổ sung số liệu  ' });
    const again = applyTransition(sent, 'submit', user('reporter', 'bichdiep'), { rules, now });
    expect(again.transitions).toEqual([
      {
        action: 'request-changes',
        from: 'submitted',
        to: 'changes_requested',
        by: 'bientap',
        at: now.toISOString(),
        note: 'Bổ sung số liệu',
      },
      { action: 'submit', from: 'changes_requested', to: 'submitted', by: 'bichdiep', at: now.toISOString() },
    ]);
    expect(again.updatedAt).toBe(now.toISOString());
  });

  it('blocks submitting an article that misses what an editor needs', async () => {
    const sample = await sampleArticle();
    const [first, image, ...rest] = sample.body.root.children;
    const incomplete: Article = {
      ...sample,
      author: 'bichdiep',
      state: 'draft',
      sapo: ' ',
      category: '',
      body: { root: { ...sample.body.root, children: [first!, { ...image!, altText: '' }, ...rest] } },
    };
    expect(
      submitChecklist(incomplete)
        .filter((i) => !i.ok)
        .map((i) => i.id),
    ).toEqual(['sapo', 'photos', 'category']);
    expect(() => applyTransition(incomplete, 'submit', user('reporter', 'bichdiep'), { rules, now })).toThrow(
      'chưa gửi duyệt được: có sapo; mọi ảnh đều có chú thích và mô tả ảnh; có chuyên mục',
    );
    expect(submitChecklist(sample).every((i) => i.ok)).toBe(true);
  });

  it('offers in the UI exactly what the guard allows', async () => {
    const article = { ...(await sampleArticle()), author: 'bichdiep', state: 'submitted' as ArticleState };
    expect(allowedActions(article, user('editor', 'bientap'), rules)).toEqual(['request-changes', 'approve']);
    expect(allowedActions(article, user('reporter', 'bichdiep'), rules)).toEqual([]);
    expect(allowedActions({ ...article, state: 'draft' }, user('reporter', 'bichdiep'), rules)).toEqual(['submit']);
    // After asking for changes, the editor waits for the writer: no "Gửi duyệt" on their behalf.
    expect(allowedActions({ ...article, state: 'changes_requested' }, user('editor', 'bientap'), rules)).toEqual([]);
    expect(allowedActions({ ...article, state: 'changes_requested' }, user('reporter', 'bichdiep'), rules)).toEqual(['submit']);
    expect(() => applyTransition({ ...article, state: 'changes_requested' }, 'submit', user('editor', 'bientap'), { rules, now })).toThrow(
      'bientap chỉ được gửi duyệt bài của chính mình',
    );
  });
});
