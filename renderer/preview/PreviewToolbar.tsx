import { PORTAL_FONT_STEPS, DEFAULT_FONT_STEP } from '../../core/render/portalFontSteps.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { Translate } from '../i18n/translate.ts';
import { MoreMenu, type MoreMenuItem } from '../shared/MoreMenu.tsx';
import type { PreviewSettings, PreviewWidth } from './previewSettings.ts';
import type { ReadAloud } from './useReadAloud.ts';

interface Props {
  settings: PreviewSettings;
  onChange(settings: PreviewSettings): void;
  readAloud: ReadAloud;
  /** The portal's "Xuất PDF": shown where the print-ready exporter can take the article. */
  onExportPdf?: (() => void) | undefined;
  /** Beside the editor: printing and reading aloud stay with the article screen. */
  compact?: boolean | undefined;
}

/**
 * The portal's reader toolbar (night mode, -A A +A) plus the preview's width switch, in one row at a
 * laptop's width: printing, "Xuất PDF" and reading aloud wait under "Thêm" (the reading is followed in the text).
 */
export function PreviewToolbar({ settings, onChange, readAloud, onExportPdf, compact = false }: Props) {
  const t = useT();
  const set = (change: Partial<PreviewSettings>) => onChange({ ...settings, ...change });
  const night = settings.theme === 'dark';
  const largest = PORTAL_FONT_STEPS.length - 1;

  return (
    <div className="preview-toolbar nd-no-print" role="toolbar" aria-label={t('preview.toolbar')}>
      <div className="preview-toolbar__group">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={night}
          onClick={() => set({ theme: night ? 'light' : 'dark' })}
        >
          {t('preview.nightMode')}
        </button>
      </div>
      <div className="preview-toolbar__group" role="group" aria-label={t('preview.fontSize')}>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('preview.fontSmaller')}
          disabled={settings.fontStep <= 0}
          onClick={() => set({ fontStep: settings.fontStep - 1 })}
        >
          -A
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('preview.fontDefault')}
          disabled={settings.fontStep === DEFAULT_FONT_STEP}
          onClick={() => set({ fontStep: DEFAULT_FONT_STEP })}
        >
          A
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('preview.fontLarger')}
          disabled={settings.fontStep >= largest}
          onClick={() => set({ fontStep: settings.fontStep + 1 })}
        >
          +A
        </button>
      </div>
      <div className="preview-toolbar__group" role="group" aria-label={t('preview.width')}>
        {(['desktop', 'phone'] as PreviewWidth[]).map((width) => (
          <button
            key={width}
            type="button"
            className="button button--quiet"
            aria-pressed={settings.width === width}
            onClick={() => set({ width })}
          >
            {t(width === 'desktop' ? 'preview.desktop' : 'preview.phone')}
          </button>
        ))}
      </div>
      {!compact && (
        <MoreMenu
          items={[
            { label: t('preview.print'), onSelect: () => window.print() },
            ...(onExportPdf ? [{ label: t('print.export'), onSelect: onExportPdf }] : []),
            ...readAloudItems(readAloud, t),
          ]}
        />
      )}
    </div>
  );
}

/** Start, or pause/resume and stop while reading; without a Vietnamese voice the menu says so. */
function readAloudItems(readAloud: ReadAloud, t: Translate): MoreMenuItem[] {
  const { status } = readAloud;
  if (status === 'no-voice') return [{ label: t('preview.noVietnameseVoice'), disabled: true, onSelect: () => {} }];
  if (status === 'ready') return [{ label: t('preview.readAloud'), onSelect: readAloud.start }];
  return [
    { label: t(status === 'paused' ? 'preview.resume' : 'preview.pause'), onSelect: readAloud.pauseOrResume },
    { label: t('preview.stop'), onSelect: readAloud.stop },
  ];
}
