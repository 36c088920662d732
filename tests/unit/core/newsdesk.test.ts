import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreText } from '../../../core/i18n/coreMessages.ts';
import { openNewsdesk } from '../../../core/newsdesk.ts';
import { DEMO_PASSWORD, SAMPLE_TITLE, SEEDS_DIR, openSampleNewsroom, sampleId } from '../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

describe('openNewsdesk', () => {
  const tempDir = useTempDirs();

  it('fills a new data folder with the sample newsroom, signs the demo reporter in and lists the articles', async () => {
    const dataDir = join(await tempDir(), 'newsroom');
    const notices: string[] = [];
    const desk = await openSampleNewsroom(dataDir, notices);
    const { api } = desk;
    const articleId = await sampleId(desk);
    expect(notices).toEqual([]);
    await expect(api.library.list({})).rejects.toThrow('hãy đăng nhập trước');
    expect(await api.session.signIn({ username: 'bichdiep', password: DEMO_PASSWORD })).toEqual({
      username: 'bichdiep',
      displayName: 'Bích Diệp',
      role: 'reporter',
    });
    const list = await api.library.list({});
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(new Set(list.map((a) => a.state)).size).toBeGreaterThanOrEqual(3);
    expect((await api.library.get(articleId)).title).toBe(SAMPLE_TITLE);
    expect((await api.library.list({ state: 'published' })).map((a) => a.id)).toEqual([articleId]);
    await api.session.signOut();
    expect(await api.session.current()).toBeNull();
  });

  it('generates the demo password when none is given and shows it once', async () => {
    const dataDir = await tempDir();
    const notices: string[] = [];
    const open = () => openNewsdesk({ dataDir, seedsDir: SEEDS_DIR, notice: (m) => notices.push(coreText('vi', m)) });
    const { api } = await open();
    expect(notices).toHaveLength(1);
    const password = /mật khẩu: (\S+)/.exec(notices[0]!)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await expect(api.session.signIn({ username: 'bientap', password: password! })).resolves.toMatchObject({ role: 'editor' });
    await open();
    expect(notices).toHaveLength(1);
  });

  it('refuses a folder that holds other files, and changes nothing in it', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'thư.docx'), 'không phải Newsdesk');
    await expect(openSampleNewsroom(dataDir)).rejects.toThrow(`thư mục ${dataDir} không trống và không phải thư mục dữ liệu của Newsdesk`);
    expect(await readdir(dataDir)).toEqual(['thư.docx']);
  });

  it('refuses a data folder written by a newer Newsdesk and leaves it as it was', async () => {
    const dataDir = await tempDir();
    await openSampleNewsroom(dataDir);
    const newer = JSON.stringify({ format: 'newsdesk-data', version: 99 });
    await writeFile(join(dataDir, 'newsdesk.json'), newer);
    const before = await readdir(dataDir);
    await expect(openSampleNewsroom(dataDir)).rejects.toThrow('do phiên bản Newsdesk mới hơn tạo ra');
    expect(await readdir(dataDir)).toEqual(before);
    expect(await readFile(join(dataDir, 'newsdesk.json'), 'utf8')).toBe(newer);
  });

  it('opens a library with a damaged article file and names that file', async () => {
    const dataDir = await tempDir();
    const articleId = await sampleId(await openSampleNewsroom(dataDir));
    await writeFile(join(dataDir, 'articles', `${articleId}.json`), '{}');
    await writeFile(join(dataDir, 'index.json'), '');
    const notices: string[] = [];
    const reopened = await openSampleNewsroom(dataDir, notices);
    expect(reopened.articles.list()).toHaveLength(3);
    expect(notices.some((n) => n.includes(`${articleId}.json`))).toBe(true);
  });
});
