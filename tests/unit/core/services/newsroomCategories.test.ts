import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, parseArgs } from '../../../../core/api.ts';
import { categoryChoices } from '../../../../core/model/categories.ts';
import { openSampleNewsroom, sampleNewsroomForTests } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe("the newsroom's categories", () => {
  const newsroom = sampleNewsroomForTests();

  it('start with the sample newsroom, the categories of its articles among them, for everyone to pick from', async () => {
    await newsroom.signInAs('bichdiep');
    const list = await newsroom.desk.api.newsroom.categories();
    expect(list.slice(0, 3)).toEqual(['Thời sự', 'Chính trị', 'Kinh tế']);
    expect(list).toContain('Nông thôn mới');
    expect(list).toContain('Cải cách hành chính');
  });

  it('are changed by an administrator only', async () => {
    for (const who of ['bichdiep', 'bientap', 'truyenthong']) {
      await newsroom.signInAs(who);
      await expect(newsroom.desk.api.newsroom.setCategories(['Chỉ một'])).rejects.toMatchObject({ code: 'forbidden' });
    }
    await newsroom.signInAs('bichdiep');
    expect(await newsroom.desk.api.newsroom.categories()).not.toEqual(['Chỉ một']);
  });

  it('are renamed and removed without touching what articles carry, and such an article still shows its own', async () => {
    const api = newsroom.desk.api;
    await newsroom.signInAs('quantri');
    const before = await api.library.get(newsroom.sampleId());
    expect(before.category).toBe('Nông thôn mới');
    const renamed = (await api.newsroom.categories()).map((name) => (name === 'Nông thôn mới' ? 'Xây dựng nông thôn mới' : name));
    const saved = await api.newsroom.setCategories([
      ...renamed.filter((name) => name !== 'Thông báo'),
      '  Khoa học   –  Công nghệ ',
      'thời sự',
      '',
    ]);
    expect(saved).toContain('Xây dựng nông thôn mới');
    expect(saved).not.toContain('Nông thôn mới');
    expect(saved).not.toContain('Thông báo');
    // Spaces tidied, a name given twice (letter case aside) kept once, empty lines dropped.
    expect(saved.at(-1)).toBe('Khoa học – Công nghệ');
    expect(saved.filter((name) => name.toLowerCase() === 'thời sự')).toEqual(['Thời sự']);
    expect((await api.library.get(newsroom.sampleId())).category).toBe('Nông thôn mới');
    expect(categoryChoices(saved, 'Nông thôn mới')).toEqual({ names: saved, unlisted: 'Nông thôn mới' });
    expect(categoryChoices(saved, 'Kinh tế').unlisted).toBeNull();
    expect(categoryChoices(saved, '').unlisted).toBeNull();
  });

  it('refuses a name longer than a category can be, saying so in words', () => {
    const spec = channels.find((c) => c.channel === 'newsroom.setCategories')!;
    expect(() => parseArgs(spec, [['x'.repeat(81)]])).toThrow('chuyên mục dài quá: tối đa 80 ký tự');
  });
});

describe('a data folder made before the list existed', () => {
  const tempDir = useTempDirs();

  it('starts its list from the categories its articles carry, and keeps what the administrator sets', async () => {
    const dir = await tempDir();
    const first = await openSampleNewsroom(dir);
    await first.close();
    await rm(join(dir, 'categories.json'));
    const reopened = await openSampleNewsroom(dir);
    expect(reopened.stores.categories.list).toEqual(['Cải cách hành chính', 'Nông thôn mới']);
    await reopened.stores.categories.set(['Thời sự', 'Nông thôn mới']);
    await reopened.close();
    expect(JSON.parse(await readFile(join(dir, 'categories.json'), 'utf8'))).toEqual(['Thời sự', 'Nông thôn mới']);
    const again = await openSampleNewsroom(dir);
    expect(again.stores.categories.list).toEqual(['Thời sự', 'Nông thôn mới']);
    await again.close();
  });
});
