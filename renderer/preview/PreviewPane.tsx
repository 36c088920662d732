import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import { assetUrl } from '../api/assetUrl.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { loadPreviewSettings, savePreviewSettings, type PreviewSettings } from './previewSettings.ts';
import { PreviewDocument } from './PreviewDocument.ts';
import { PreviewToolbar } from './PreviewToolbar.tsx';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { usePortalStyles } from './usePortalStyles.ts';
import { useReadAloud } from './useReadAloud.ts';
import './preview.css';

/** Long enough to skip the renders between keystrokes, short enough to feel live. */
const RENDER_DELAY_MS = 300;

/**
 * The article exactly as the portal will show it, from the same template as `export-html`.
 * Give it the article being edited: it re-renders shortly after the article stops changing,
 * never takes focus, and keeps the reader's scroll position.
 */
interface Props {
  article: Article;
  onExportPdf?: () => void;
  /** Beside the editor: a one-row toolbar (width, text size, night mode), printing and reading aloud stay with the article. */
  compact?: boolean;
  /**
   * How long the article must stay unchanged before it is drawn. The editor gives 0: it hands the
   * article over only after a pause in typing, and a second wait would draw it once typing resumed.
   */
  delayMs?: number;
}

export function PreviewPane({ article, onExportPdf, compact = false, delayMs = RENDER_DELAY_MS }: Props) {
  const t = useT();
  usePortalStyles();
  const [settings, setSettings] = useState<PreviewSettings>(loadPreviewSettings);
  const shown = useDebouncedValue(article, delayMs);
  const frame = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const previewDocument = useRef<PreviewDocument | null>(null);
  const scrollTop = useRef(0);
  const readAloud = useReadAloud(content, shown);

  const changeSettings = useCallback((next: PreviewSettings) => {
    savePreviewSettings(next);
    setSettings(next);
  }, []);

  // Only what changed is drawn again; replacing it can clamp the scroll position while the new nodes lay out: put it back.
  useLayoutEffect(() => {
    const container = content.current;
    if (!container) return;
    if (previewDocument.current?.container !== container) previewDocument.current = new PreviewDocument(container, { assetUrl });
    previewDocument.current.show(shown);
    if (frame.current && frame.current.scrollTop !== scrollTop.current) frame.current.scrollTop = scrollTop.current;
  }, [shown]);

  return (
    <section className={compact ? 'preview-pane preview-pane--compact' : 'preview-pane'} aria-label={t('preview.title')}>
      <PreviewToolbar settings={settings} onChange={changeSettings} readAloud={readAloud} onExportPdf={onExportPdf} compact={compact} />
      <div
        ref={frame}
        className="preview-frame"
        data-width={settings.width}
        role="region"
        aria-label={t(settings.width === 'phone' ? 'preview.frameLabelPhone' : 'preview.frameLabelDesktop')}
        tabIndex={0}
        onScroll={(event) => {
          scrollTop.current = event.currentTarget.scrollTop;
        }}
      >
        <div ref={content} className="nd-portal" data-theme={settings.theme} data-font-step={settings.fontStep} />
      </div>
    </section>
  );
}
