import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleContent } from '../../../../core/model/article.ts';
import { documentText } from '../../../../core/model/document.ts';
import { buildPackage } from '../../../../core/exchange/exportPackage.ts';
import { importPackage } from '../../../../core/exchange/importPackage.ts';
import { openSampleNewsroom, sampleNewsroomForTests, DEMO_PASSWORD, sampleId } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

function contentOf(article: Article): ArticleContent {
  const { title, sapo, byline, category, tags, dateline, featuredPhoto, body } = article;
  return { title, sapo, byline, category, tags, dateline, featuredPhoto, body };
}

function paragraphs(...texts: string[]): Article['body'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  } as Article['body'];
}

describe('glossary search', () => {
  const newsroom = sampleNewsroomForTests();

  it('finds articles that only write "UBND" when searching "uy ban nhan dan", and the other way round', async () => {
    await newsroom.signInAs('bichdiep');
    const api = newsroom.desk.api;
    const draft = await api.editor.newArticle();
    const spelledOut = await api.editor.save(draft.id, {
      ...contentOf(draft),
      title: 'Kỳ họp chuyên đề về đường giao thông liên xã',
      body: paragraphs('Ủy ban nhân dân huyện Hải Lăng họp bàn việc làm đường.'),
    });

    const byExpansion = await api.library.search('uy ban nhan dan');
    const abbreviated = byExpansion.filter((hit) => hit.id !== spelledOut.id);
    expect(abbreviated.length).toBeGreaterThan(0);
    for (const hit of abbreviated) {
      const article = await newsroom.desk.articles.get(hit.id);
      const text = `${article.title} ${article.sapo} ${documentText(article.body)}`.toLowerCase();
      expect(text).toContain('ubnd');
      expect(text).not.toMatch(/[uủ]ỷ? ban nhân dân/);
    }
    expect(byExpansion.map((hit) => hit.id)).toContain(spelledOut.id);

    const byAbbreviation = await api.library.search('UBND');
    expect(byAbbreviation.map((hit) => hit.id)).toContain(spelledOut.id);
    expect((await api.library.search('Hải Lăng')).map((hit) => hit.id)).toEqual([spelledOut.id]);
    expect((await api.library.search('ubnd huyen')).map((hit) => hit.id)).toContain(spelledOut.id);
  });

  it('uses the glossary as the newsroom edits it; only editors and administrators edit it', async () => {
    const api = newsroom.desk.api;
    await newsroom.signInAs('bichdiep');
    await expect(api.writing.setGlossary([])).rejects.toThrow();
    expect((await api.library.search('nong thon moi')).length).toBeGreaterThan(0);

    await newsroom.signInAs('bientap');
    const glossary = await api.writing.glossary();
    expect(glossary).toContainEqual({ abbreviation: 'HĐND', expansion: 'Hội đồng nhân dân' });
    await api.writing.setGlossary([...glossary, { abbreviation: 'HL', expansion: 'Hải Lăng' }]);
    const reopened = JSON.parse(await readFile(join(newsroom.desk.dataDir, 'glossary.json'), 'utf8'));
    expect(reopened).toContainEqual({ abbreviation: 'HL', expansion: 'Hải Lăng' });
    expect((await api.library.search('HL')).length).toBe(1);
    await expect(api.writing.setGlossary([{ abbreviation: '', expansion: 'x' }])).rejects.toThrow('chữ viết tắt không được để trống');
  });
});

describe('newsroom dictionary', () => {
  const tempDir = useTempDirs();

  it('starts with the newsroom abbreviations, keeps added words in the data folder and refuses what is not one word', async () => {
    const dir = await tempDir();
    const desk = await openSampleNewsroom(dir);
    await desk.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    expect(await desk.api.writing.dictionary()).toEqual(expect.arrayContaining(['UBND', 'HĐND', 'NTM']));
    await desk.api.writing.addWord('Zalo');
    await expect(desk.api.writing.addWord('hai từ')).rejects.toThrow('chỉ thêm được một từ');
    await desk.close();

    const again = await openSampleNewsroom(dir);
    await again.api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD });
    const words = await again.api.writing.dictionary();
    expect(words).toContain('Zalo');
    expect(words).not.toContain('hai từ');
    await again.close();
  });

  it("travels in .newsdesk packages: importing one adds the exporting newsroom's words", async () => {
    const office = await openSampleNewsroom(await tempDir());
    await office.stores.writingAids.addWords(['Zalo', 'Cồn Cỏ']);
    const articleId = await sampleId(office);
    const bytes = await buildPackage(
      await office.articles.get(articleId),
      await office.articles.listRevisions(articleId),
      (name) => office.stores.assets.read(name),
      office.stores.writingAids.dictionary,
    );
    await office.close();
    const laptop = await openSampleNewsroom(await tempDir());
    expect(laptop.stores.writingAids.dictionary).not.toContain('Zalo');
    await importPackage(laptop.stores, bytes, { user: null, by: 'bientap' });
    expect(laptop.stores.writingAids.dictionary).toEqual(expect.arrayContaining(['Zalo', 'UBND']));
    expect(laptop.stores.writingAids.dictionary).not.toContain('Cồn Cỏ');
    await laptop.close();
  }, 120_000);
});
