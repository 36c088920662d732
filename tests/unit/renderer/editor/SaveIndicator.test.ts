// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveState } from '../../../../renderer/editor/plugins/autosave/Autosaver.ts';
import { SaveIndicator } from '../../../../renderer/editor/plugins/autosave/SaveIndicator.tsx';
import { I18nProvider } from '../../../../renderer/i18n/I18nContext.tsx';
import { LatestValue } from '../../../../renderer/shared/LatestValue.ts';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

describe('SaveIndicator', () => {
  let root: Root;
  let host: HTMLElement;
  const shown = () => host.querySelector('[data-testid="save-status"]')?.textContent;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  // Rendered once: what it shows next comes from the save state alone, as the editor screen holding
  // that state is not rendered again while a save goes through.
  it('follows each save as it goes, reading the save state itself', () => {
    const state = new LatestValue<SaveState>({ status: 'saved' });
    act(() =>
      root.render(
        createElement(I18nProvider, null, createElement(SaveIndicator, { saveState: state, isNew: false, onRetry: () => undefined })),
      ),
    );
    expect(shown()).toBe('Đã lưu');

    act(() => state.set({ status: 'pending' }));
    expect(shown()).toBe('Đang lưu…');
    act(() => state.set({ status: 'saving' }));
    expect(shown()).toBe('Đang lưu…');
    act(() => state.set({ status: 'error', error: new Error('Máy chủ không trả lời') }));
    expect(shown()).toContain('Lỗi: chưa lưu được');
    expect(host.querySelector('button')?.textContent).toBe('Thử lại');
    act(() => state.set({ status: 'saved' }));
    expect(shown()).toBe('Đã lưu');
  });
});
