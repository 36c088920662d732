import { describe, expect, it } from 'vitest';
import { submitChecklist } from '../../../../core/model/submitChecklist.ts';
import { refusal } from '../../../../core/model/workflow.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';

describe('submit checklist: tone-mark style', () => {
  it('warns, without refusing, when an article writes both hoà and hòa', async () => {
    const article = await sampleArticle();
    const consistent = { ...article, title: 'Hòa giải ở cơ sở', sapo: 'Tỉnh ủy chỉ đạo công tác thủy lợi.' };
    expect(submitChecklist(consistent).find((item) => item.id === 'toneStyle')).toBeUndefined();

    const mixed = { ...consistent, sapo: 'Tỉnh uỷ chỉ đạo công tác thủy lợi.' };
    expect(submitChecklist(mixed).find((item) => item.id === 'toneStyle')).toMatchObject({ ok: false, advisory: true });
    const reporter = { username: article.author, displayName: article.byline, role: 'reporter' as const, disabled: false };
    expect(refusal({ ...mixed, state: 'draft' }, 'submit', reporter, { allowSelfApproval: false })).toBeNull();
  });
});
