import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../../core/model/article.ts';
import { documentText } from '../../../../core/model/document.ts';
import { SAMPLE_CAPTION, SEEDS_DIR, sampleArticle } from '../../../helpers/sampleNewsroom.ts';

describe('article model', () => {
  it('accepts every article of the sample newsroom, in NFC', async () => {
    for (const name of await readdir(`${SEEDS_DIR}/articles`)) {
      const text = await readFile(`${SEEDS_DIR}/articles/${name}`, 'utf8');
      expect(text, name).toBe(text.normalize('NFC'));
      // Seeds carry no id: each data folder gives its samples their own.
      expect(ArticleSchema.safeParse({ ...(JSON.parse(text) as object), id: randomUUID() }).success, name).toBe(true);
      expect(JSON.parse(text), name).not.toHaveProperty('id');
    }
  });

  it('refuses an id that is not a UUID, an unknown state and a photo outside the asset store', async () => {
    const article = await sampleArticle();
    expect(ArticleSchema.safeParse({ ...article, id: '42' }).success).toBe(false);
    expect(ArticleSchema.safeParse({ ...article, state: 'deleted' }).success).toBe(false);
    const photo = { ...article.featuredPhoto!, asset: '../../etc/passwd' };
    expect(ArticleSchema.safeParse({ ...article, featuredPhoto: photo }).success).toBe(false);
  });

  it('keeps nodes of a newer editor instead of failing the schema', async () => {
    const article = await sampleArticle();
    const future = { type: 'poll', version: 3, question: 'Bạn nghĩ sao?' };
    const body = { root: { ...article.body.root, children: [...article.body.root.children, future] } };
    const parsed = ArticleSchema.parse({ ...article, body });
    expect(parsed.body.root.children.at(-1)).toEqual(future);
  });

  it('gives the plain text of the body with photo captions', async () => {
    const text = documentText((await sampleArticle()).body);
    expect(text).toContain('Chiều ngày 25/2/2021, đồng chí Hồ Tiến Thiệu');
    expect(text).toContain(SAMPLE_CAPTION);
    expect(text.split('\n\n')).toHaveLength(4);
  });
});
