import { describe, expect, it } from 'vitest';
import { sampleNewsroomForTests } from '../../../helpers/sampleNewsroom.ts';

describe('the library service', () => {
  const newsroom = sampleNewsroomForTests();

  it('gives the list a page at a time, newest first, with how many there are in all', async () => {
    await newsroom.signInAs('bichdiep');
    const { library } = newsroom.desk.api;
    const all = await library.list({});
    expect(all.length).toBeGreaterThan(3);

    const first = await library.page({ offset: 0, limit: 2 });
    const rest = await library.page({ offset: 2, limit: 100 });
    expect(first.total).toBe(all.length);
    expect([...first.articles, ...rest.articles].map((a) => a.id)).toEqual(all.map((a) => a.id));
    const times = all.map((a) => a.updatedAt);
    expect(times).toEqual([...times].sort().reverse());

    const drafts = await library.page({ state: 'draft', offset: 0, limit: 100 });
    expect(drafts.total).toBe(all.filter((a) => a.state === 'draft').length);
    expect(drafts.articles.every((a) => a.state === 'draft')).toBe(true);
    expect((await library.page({ offset: all.length, limit: 10 })).articles).toEqual([]);
  });
});
