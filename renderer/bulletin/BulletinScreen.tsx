import { useEffect, useId, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import type { BulletinOptions, PrintWarning } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { PrintWarnings } from '../print/PrintWarnings.tsx';
import { savePdf } from '../shared/saveFile.ts';
import { BulletinOrder } from './BulletinOrder.tsx';
import { BulletinSettings, type Settings } from './BulletinSettings.tsx';
import { base64Bytes } from '../print/base64Bytes.ts';
import { PdfPages } from '../print/PdfPages.tsx';
import { useWordExport } from '../print/useWordExport.ts';
import '../print/print.css';
import './bulletin.css';

const PRINTABLE = new Set(['approved', 'published']);

/** How long the pages wait after a change before they are made again (typing a name changes it on every key). */
const PREVIEW_DELAY_MS = 500;

type Work =
  { status: 'idle' } | { status: 'exporting' } | { status: 'failed'; error: unknown } | { status: 'saved'; file: string; pages: number };

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The communications officer's bulletin: pick approved articles, order them, preview, export. */
export function BulletinScreen() {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const availableId = useId();
  const orderId = useId();
  const [articles, reload] = useLoad(() => api.library.list({}).then((list) => list.filter((a) => PRINTABLE.has(a.state))), [api]);
  const [picked, setPicked] = useState<string[]>([]);
  const [settings, setSettings] = useState<Settings>({
    title: t('bulletin.defaultName'),
    issue: '',
    date: today(),
    paper: 'A4',
    columns: 1,
  });
  const [preview, setPreview] = useState<{ bytes: Uint8Array; warnings: PrintWarning[] } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [work, setWork] = useState<Work>({ status: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const byId = useMemo(() => new Map((articles.status === 'ready' ? articles.value : []).map((a) => [a.id, a])), [articles]);
  const ordered = picked.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  const busy = work.status === 'exporting';

  /** A change to the bulletin ends the message about the last export. */
  const changed = () => {
    if (work.status !== 'idle' && !busy) setWork({ status: 'idle' });
  };

  // The real pages, made again by the core (after a short pause) whenever the order or the settings change.
  const wanted = ordered.length > 0 && settings.title.trim() !== '' ? JSON.stringify({ ids: ordered.map((a) => a.id), ...settings }) : null;
  useEffect(() => {
    if (wanted === null) {
      setPreview(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      const { ids, ...chosen } = JSON.parse(wanted) as Settings & { ids: string[] };
      setPreviewing(true);
      api.print
        .bulletin({ articleIds: ids, ...chosen, title: chosen.title.trim(), issue: chosen.issue.trim() })
        .then((file) => {
          if (!live) return;
          setPreview({ bytes: base64Bytes(file.pdfBase64), warnings: file.warnings });
          setPreviewError(null);
        })
        .catch((error: unknown) => live && setPreviewError(error))
        .finally(() => live && setPreviewing(false));
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, wanted]);
  const toggle = (id: string) => {
    setPicked((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
    changed();
  };
  const move = (from: number, to: number) => {
    setPicked((current) => {
      if (to < 0 || to >= current.length) return current;
      const next = [...current];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
    changed();
  };

  const options = (): BulletinOptions | null => {
    if (ordered.length === 0) return (setProblem(t('bulletin.needArticles')), null);
    if (settings.title.trim() === '') return (setProblem(t('bulletin.needName')), null);
    setProblem(null);
    return { articleIds: ordered.map((a) => a.id), ...settings, title: settings.title.trim(), issue: settings.issue.trim() };
  };
  const [word, exportWord] = useWordExport(async () => {
    const chosen = options();
    return chosen ? api.print.bulletinWord(chosen) : null;
  });
  const exportPdf = async () => {
    const chosen = options();
    if (!chosen) return;
    setWork({ status: 'exporting' });
    try {
      const file = await api.print.bulletin(chosen);
      savePdf(file.fileName, file.pdfBase64);
      setWork({ status: 'saved', file: file.fileName, pages: file.pageCount });
    } catch (error) {
      setWork({ status: 'failed', error });
    }
  };

  return (
    <section className="bulletin" aria-labelledby={headingId}>
      <h1 id={headingId} className="bulletin__title">
        {t('bulletin.title')}
      </h1>
      <p className="bulletin__intro">{t('bulletin.intro')}</p>
      {articles.status === 'loading' && <Loading />}
      {articles.status === 'failed' && <ErrorPanel error={articles.error} onRetry={reload} />}
      {articles.status === 'ready' && (
        <div className="bulletin__grid">
          <div className="panel bulletin__available">
            <h2 id={availableId}>{t('bulletin.available')}</h2>
            {articles.value.length === 0 ? (
              <p>{t('bulletin.availableEmpty')}</p>
            ) : (
              <ul className="bulletin-available" aria-labelledby={availableId}>
                {articles.value.map((article) => (
                  <li key={article.id}>
                    <label>
                      <input type="checkbox" checked={picked.includes(article.id)} onChange={() => toggle(article.id)} />
                      <span className="bulletin-available__title">{article.title}</span>
                      <span className="bulletin-available__meta">{article.category}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="panel bulletin__order">
            <h2 id={orderId}>{t('bulletin.order')}</h2>
            <p className="bulletin__hint">{t('bulletin.orderHint')}</p>
            {ordered.length === 0 ? (
              <p className="bulletin__hint">{t('bulletin.orderEmpty')}</p>
            ) : (
              <BulletinOrder articles={ordered} onMove={move} onRemove={toggle} labelledBy={orderId} />
            )}
            <BulletinSettings
              value={settings}
              onChange={(next) => {
                setSettings(next);
                changed();
              }}
            />
            <div className="bulletin__actions">
              <button type="button" className="button button--primary" onClick={exportPdf} disabled={busy}>
                {t('bulletin.export')}
              </button>
              <button type="button" className="button" onClick={() => void exportWord()} disabled={word.status === 'busy'}>
                {word.status === 'busy' ? t('print.exportingWord') : t('bulletin.exportWord')}
              </button>
            </div>
            {(busy || previewing) && (
              // One service call makes the whole PDF, so this bar says "working"; the pages' own bar counts them as they are drawn.
              <progress className="print-progress" aria-label={busy ? t('bulletin.exporting') : t('bulletin.previewing')} />
            )}
            <p className="print-status" role="status">
              {busy ? t('bulletin.exporting') : previewing && t('bulletin.previewing')}
              {work.status === 'saved' && `${t('print.saved', { file: work.file, pages: work.pages })} ${t('print.savedNote')}`}
              {word.status === 'done' && `${t('print.savedWord', { file: word.file })} ${t('print.savedNote')}`}
            </p>
            {[previewError, word.status === 'failed' ? word.error : null].map((error, i) =>
              error ? (
                <p key={i} className="print-status print-status--error" role="alert">
                  {errorText(error, t)}
                </p>
              ) : null,
            )}
            {problem && (
              <p className="print-status print-status--error" role="alert">
                {problem}
              </p>
            )}
            {work.status === 'failed' && (
              <p className="print-status print-status--error" role="alert">
                {errorText(work.error, t)}
              </p>
            )}
          </div>
        </div>
      )}
      {preview && (
        <div className="panel bulletin__preview">
          <PdfPages bytes={preview.bytes} label={t('bulletin.pagesLabel')} />
          <PrintWarnings warnings={preview.warnings} />
        </div>
      )}
    </section>
  );
}
