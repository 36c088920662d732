import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItem } from '../../../electron/menu.ts';

function allItems(template: MenuItem[]): MenuItem[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const byRole = (template: MenuItem[], role: MenuItem['role']) =>
  allItems(template).filter((item) => item.role === role);

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
});
