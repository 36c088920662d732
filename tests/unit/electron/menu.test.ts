import { describe, expect, it } from 'vitest';
import { coreCatalogues } from '../../../core/i18n/coreMessages.ts';
import { buildMenuTemplate, menuText, type MenuContext, type MenuItem } from '../../../electron/menu.ts';

function allItems(template: MenuItem[]): MenuItem[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const byRole = (template: MenuItem[], role: MenuItem['role']) => allItems(template).filter((item) => item.role === role);

describe('application menu', () => {
  it('is in Vietnamese by default wording', () => {
    const template = buildMenuTemplate({ language: 'vi', isPackaged: true, platform: 'win32' });
    expect(template.map((menu) => menu.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
  });

  it('is available in English', () => {
    const template = buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux' });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('uses roles with the usual shortcuts for editing, zoom and quitting', () => {
    const template = buildMenuTemplate({ language: 'vi', isPackaged: true, platform: 'linux' });
    const shortcuts = Object.fromEntries(
      allItems(template)
        .filter((item) => item.role)
        .map((item) => [item.role, item.accelerator]),
    );
    expect(shortcuts).toMatchObject({
      undo: 'CmdOrCtrl+Z',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
      reload: 'CmdOrCtrl+R',
      resetZoom: 'CmdOrCtrl+0',
      zoomIn: 'CmdOrCtrl+Plus',
      zoomOut: 'CmdOrCtrl+-',
      quit: 'CmdOrCtrl+Q',
    });
    expect(byRole(template, 'redo')).toHaveLength(1);
  });

  it('offers developer tools only in a development build', () => {
    expect(byRole(buildMenuTemplate({ language: 'vi', isPackaged: false, platform: 'linux' }), 'toggleDevTools')).toHaveLength(1);
    expect(byRole(buildMenuTemplate({ language: 'vi', isPackaged: true, platform: 'linux' }), 'toggleDevTools')).toHaveLength(0);
  });

  it('gives every item a label from the table rather than Electron’s English default', () => {
    const template = buildMenuTemplate({ language: 'vi', isPackaged: false, platform: 'darwin' });
    for (const item of allItems(template)) {
      if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
    }
  });

  it('never binds one shortcut twice', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = allItems(buildMenuTemplate({ language: 'vi', isPackaged: false, platform }))
        .map((item) => item.accelerator)
        .filter((accelerator) => accelerator !== undefined);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('reads every label, in either language, from the shared catalogue’s `shell.*` messages', () => {
    // A stand-in for Electron's Menu.buildFromTemplate: each item must be a separator, have a role, or say what it does.
    const buildFromTemplate = (template: MenuItem[]): string[] =>
      template.flatMap((item) => {
        if (item.type === 'separator') return [];
        if (!item.label) throw new Error(`an item without a label: ${String(item.role)}`);
        return [item.label, ...(Array.isArray(item.submenu) ? buildFromTemplate(item.submenu) : [])];
      });
    const full = (language: MenuContext['language']): MenuContext => ({
      language,
      isPackaged: false,
      platform: 'darwin',
      recent: { articles: [{ id: 'a', title: 'Đường mới', state: 'draft', openedAt: '2026-12-01T08:00:00.000Z' }], open: () => undefined },
      files: { chooseFilesToImport: () => undefined, exportable: { title: 'Đường mới', exportIt: () => undefined } },
      showAbout: () => undefined,
    });
    for (const language of ['vi', 'en'] as const) {
      const shellTexts = Object.entries(coreCatalogues[language])
        .filter(([key]) => key.startsWith('shell.'))
        .map(([, text]) => text);
      const labels = buildFromTemplate(buildMenuTemplate(full(language)));
      const fromCatalogue = (label: string) =>
        label === 'Newsdesk' ||
        label === 'Đường mới' ||
        shellTexts.includes(label) ||
        label === menuText(language).exportArticle.replace('{title}', 'Đường mới');
      expect(
        labels.filter((label) => !fromCatalogue(label)),
        language,
      ).toEqual([]);
      expect(labels.length, language).toBeGreaterThan(20);
    }
    // Nothing of the Vietnamese menu is left in the English one (the article's own title aside).
    const english = buildFromTemplate(buildMenuTemplate(full('en')));
    expect(english.map((label) => label.replace('Đường mới', '')).filter((label) => /[À-ỹ]/.test(label))).toEqual([]);
    expect(english).toContain('Export “Đường mới”…');
    expect(buildFromTemplate(buildMenuTemplate(full('vi')))).toContain('Xuất “Đường mới”…');
  });

  it('has the dialogs’ words in both languages too', () => {
    expect(menuText('en')).toMatchObject({
      openFailed: 'Could not open the file',
      importDialogTitle: 'Import an article into the library',
    });
    expect(menuText('vi')).toMatchObject({ openFailed: 'Không mở được tệp', importDialogTitle: 'Nhập bài viết vào thư viện' });
    expect(Object.keys(menuText('vi')).sort()).toEqual(Object.keys(menuText('en')).sort());
  });
});
