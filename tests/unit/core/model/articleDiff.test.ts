import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../../../core/model/articleDiff.ts';
import { sampleArticle } from '../../../helpers/sampleNewsroom.ts';

describe('diffArticles', () => {
  it('shows changed fields and the words added and removed in the body and captions', async () => {
    const before = await sampleArticle();
    const [first, image, ...rest] = before.body.root.children;
    const editedImage = { ...image!, caption: 'Chủ tịch UBND tỉnh phát biểu kết luận' };
    const editedFirst = JSON.parse(JSON.stringify(first).replace('Chiều ngày 25/2/2021', 'Sáng ngày 25/2/2021'));
    const after = {
      ...before,
      title: `${before.title} (cập nhật)`,
      body: { root: { ...before.body.root, children: [editedFirst, editedImage, ...rest] } },
    };
    const diff = diffArticles(before, after);
    expect(diff.fields).toEqual([{ field: 'title', before: before.title, after: `${before.title} (cập nhật)` }]);
    const removed = diff.body.filter((p) => p.kind === 'removed').map((p) => p.text.trim());
    const added = diff.body.filter((p) => p.kind === 'added').map((p) => p.text.trim());
    expect(removed).toContain('Chiều');
    expect(added).toContain('Sáng');
    expect(added.join(' ')).toContain('kết luận');
    expect(
      diff.body
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('Hồ Tiến Thiệu');
  });

  it('shows the credit and the alt text of each photo, and says when only the formatting changed', async () => {
    const before = await sampleArticle();
    const [first, image, ...rest] = before.body.root.children;
    const after = {
      ...before,
      body: {
        root: {
          ...before.body.root,
          children: [first!, { ...image!, credit: 'Cổng TTĐT tỉnh', altText: 'Chủ tịch tỉnh phát biểu' }, ...rest],
        },
      },
    };
    const diff = diffArticles(before, after);
    expect(diff.fields.map((change) => change.field)).toEqual(['photoCredits', 'photoAltTexts']);
    expect(diff.fields[0]!.after).toBe('1. Cổng TTĐT tỉnh');
    expect(diff.fields[1]).toMatchObject({ before: `1. ${String(image!.altText)}`, after: '1. Chủ tịch tỉnh phát biểu' });
    expect(diff.formattingChanged).toBe(false);

    const bold = JSON.parse(JSON.stringify(first).replace('"format":0', '"format":1')) as typeof first;
    const formatted = { ...before, body: { root: { ...before.body.root, children: [bold!, image!, ...rest] } } };
    expect(JSON.stringify(bold)).not.toBe(JSON.stringify(first));
    expect(diffArticles(before, formatted)).toMatchObject({ fields: [], formattingChanged: true });
  });

  it('finds nothing to show between equal versions', async () => {
    const article = await sampleArticle();
    const diff = diffArticles(article, structuredClone(article));
    expect(diff.fields).toEqual([]);
    expect(diff.body.every((p) => p.kind === 'same')).toBe(true);
    expect(diff.formattingChanged).toBe(false);
  });
});
