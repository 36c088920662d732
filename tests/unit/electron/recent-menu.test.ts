import { describe, expect, it } from 'vitest';
import type { RecentArticle } from '../../../core/model/recentArticles.ts';
import { articleToOpen } from '../../../electron/article-argv.ts';
import { buildMenuTemplate, menuText, type MenuItem } from '../../../electron/menu.ts';
import { dockMenuTemplate, jumpListCategories, MAX_TITLE, recentLabel, sameRecentMenus } from '../../../electron/recent-menu.ts';

const HOI_NGHI = '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70';
const DICH_VU_CONG = '9a3b5c7d-1e2f-4a6b-8c9d-0e1f2a3b4c5d';

const recents: RecentArticle[] = [
  {
    id: HOI_NGHI,
    title: 'Hội nghị trực tuyến triển khai nhiệm vụ xây dựng nông thôn mới',
    state: 'published',
    openedAt: '2025-03-01T08:05:00.000Z',
  },
  { id: DICH_VU_CONG, title: 'Hướng dẫn nộp hồ sơ & lệ phí qua Cổng dịch vụ công', state: 'draft', openedAt: '2025-03-01T08:00:00.000Z' },
];

function recentSubmenu(template: MenuItem[], fileLabel: string, recentLabelText: string): MenuItem[] {
  const file = template.find((menu) => menu.label === fileLabel);
  const submenu = file?.submenu as MenuItem[];
  const recent = submenu.find((item) => item.label === recentLabelText);
  expect(recent, `${fileLabel} › ${recentLabelText}`).toBeDefined();
  return recent!.submenu as MenuItem[];
}

/** What Electron does on a click, without the menu item, window and event it passes. */
const click = (item: MenuItem | undefined) => (item?.click as () => void)();

describe('recent articles in the File menu', () => {
  it('lists the articles by title under "Bài viết gần đây", and a click opens that article', () => {
    const opened: string[] = [];
    const template = buildMenuTemplate({
      language: 'vi',
      isPackaged: true,
      platform: 'win32',
      recent: { articles: recents, open: (id) => opened.push(id) },
    });
    const items = recentSubmenu(template, 'Tệp', 'Bài viết gần đây');
    expect(items.map((item) => item.label)).toEqual([
      'Hội nghị trực tuyến triển khai nhiệm vụ xây dựng nông thôn mới',
      'Hướng dẫn nộp hồ sơ && lệ phí qua Cổng dịch vụ công',
    ]);
    click(items[1]);
    expect(opened).toEqual([DICH_VU_CONG]);
  });

  it('is "Recent Articles" in English, on macOS too', () => {
    const template = buildMenuTemplate({
      language: 'en',
      isPackaged: true,
      platform: 'darwin',
      recent: { articles: recents, open: () => undefined },
    });
    expect(recentSubmenu(template, 'File', 'Recent Articles')).toHaveLength(2);
  });

  it('says there is nothing yet rather than showing an empty submenu (signed out, or nothing opened)', () => {
    for (const [language, file, heading, empty] of [
      ['vi', 'Tệp', 'Bài viết gần đây', 'Chưa mở bài viết nào'],
      ['en', 'File', 'Recent Articles', 'No articles opened yet'],
    ] as const) {
      const items = recentSubmenu(buildMenuTemplate({ language, isPackaged: true, platform: 'linux' }), file, heading);
      expect(items).toEqual([{ label: empty, enabled: false }]);
    }
  });

  it('keeps a label to one short line and names an untitled draft', () => {
    const long = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024 và triển khai nhiệm vụ năm 2025';
    const label = recentLabel(`  ${long}\n`, '(Chưa có tiêu đề)');
    expect([...label]).toHaveLength(MAX_TITLE);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(recentLabel('Dòng một\n\tdòng hai', '-')).toBe('Dòng một dòng hai');
    expect(recentLabel('   ', '(Chưa có tiêu đề)')).toBe('(Chưa có tiêu đề)');
  });
});

describe('recent articles in the macOS dock menu', () => {
  it('lists them under a heading, each opening its article', () => {
    const opened: string[] = [];
    const dock = dockMenuTemplate({ articles: recents, open: (id) => opened.push(id) }, menuText('vi'));
    expect(dock[0]).toEqual({ label: 'Bài viết gần đây', enabled: false });
    expect(dock.slice(1).map((item) => item.label)).toHaveLength(2);
    click(dock[1]);
    expect(opened).toEqual([HOI_NGHI]);
  });

  it('is empty when there are none', () => {
    expect(dockMenuTemplate({ articles: [], open: () => undefined }, menuText('en'))).toEqual([]);
  });
});

describe('recent articles in the Windows jump list', () => {
  const packaged = { program: 'C:\\Program Files\\Newsdesk\\Newsdesk.exe', appPath: null };

  it('starts Newsdesk with the article to open, which the running instance reads back', () => {
    const categories = jumpListCategories(recents, menuText('vi'), packaged)!;
    expect(categories).toHaveLength(1);
    expect(categories[0]).toMatchObject({ type: 'custom', name: 'Bài viết gần đây' });
    const items = categories[0]!.items!;
    expect(items.map((item) => item.title)).toEqual([
      'Hội nghị trực tuyến triển khai nhiệm vụ xây dựng nông thôn mới',
      'Hướng dẫn nộp hồ sơ & lệ phí qua Cổng dịch vụ công',
    ]);
    expect(items[1]).toMatchObject({ type: 'task', program: packaged.program, description: 'Mở bài viết trong Newsdesk' });
    expect(articleToOpen(['Newsdesk.exe', ...items[1]!.args!.split(' ')])).toBe(DICH_VU_CONG);
  });

  it('names the app folder first in a development build, quoted when it has spaces', () => {
    const [category] = jumpListCategories(recents, menuText('en'), {
      program: 'C:\\dev\\electron.exe',
      appPath: 'C:\\My Projects\\newsdesk',
    })!;
    expect(category!.name).toBe('Recent Articles');
    expect(category!.items![0]!.args).toBe(`"C:\\My Projects\\newsdesk" --open-article=${HOI_NGHI}`);
  });

  it('gives back the standard list when there is nothing to show (Windows refuses an empty category)', () => {
    expect(jumpListCategories([], menuText('vi'), packaged)).toBeNull();
  });
});

describe('refreshing the menus', () => {
  it('happens only when a title or the order changed', () => {
    const reordered = [recents[1]!, recents[0]!];
    const retitled = [{ ...recents[0]!, title: 'Tiêu đề mới' }, recents[1]!];
    const reopenedLater = recents.map((r) => ({ ...r, openedAt: '2025-03-02T08:00:00.000Z' }));
    expect(sameRecentMenus(recents, reopenedLater)).toBe(true);
    expect(sameRecentMenus(recents, reordered)).toBe(false);
    expect(sameRecentMenus(recents, retitled)).toBe(false);
    expect(sameRecentMenus(recents, recents.slice(1))).toBe(false);
  });
});

describe('a launch that asks for an article', () => {
  it('finds the article id among Electron’s and Chromium’s switches', () => {
    expect(articleToOpen(['newsdesk', '--allow-file-access-from-files', `--open-article=${HOI_NGHI}`, '--data', 'D:\\Toà soạn'])).toBe(
      HOI_NGHI,
    );
    expect(articleToOpen(['newsdesk', `--open-article=${HOI_NGHI}`, `--open-article=${DICH_VU_CONG}`])).toBe(DICH_VU_CONG);
  });

  it('ignores anything that is not an article id', () => {
    expect(articleToOpen(['newsdesk'])).toBeNull();
    expect(articleToOpen(['newsdesk', '--open-article', HOI_NGHI])).toBeNull();
    expect(articleToOpen(['newsdesk', '--open-article=../../etc/passwd'])).toBeNull();
    expect(articleToOpen(['newsdesk', '--open-article='])).toBeNull();
    expect(articleToOpen(['newsdesk', `--open-articles=${HOI_NGHI}`])).toBeNull();
  });
});
