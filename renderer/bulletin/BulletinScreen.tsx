import { useId, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../core/model/article.ts';
import type { BulletinOptions, BulletinPreview } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../app/ErrorPanel.tsx';
import { errorText } from '../app/errorText.ts';
import { Loading } from '../app/Loading.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { PrintWarnings } from '../print/PrintWarnings.tsx';
import { savePdf } from '../app/saveFile.ts';
import { BulletinOrder } from './BulletinOrder.tsx';
import { BulletinSettings, type Settings } from './BulletinSettings.tsx';
import { PageThumbnails } from './PageThumbnails.tsx';
import '../print/print.css';
import './bulletin.css';

const PRINTABLE = new Set(['approved', 'published']);

type Work =
  | { status: 'idle' }
  | { status: 'previewing' | 'exporting' }
  | { status: 'failed'; error: unknown }
  | { status: 'saved'; file: string; pages: number };

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
  const [settings, setSettings] = useState<Settings>({ title: t('bulletin.defaultName'), issue: '', date: today(), paper: 'A4', columns: 1 });
  const [preview, setPreview] = useState<BulletinPreview | null>(null);
  const [work, setWork] = useState<Work>({ status: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const byId = useMemo(() => new Map((articles.status === 'ready' ? articles.value : []).map((a) => [a.id, a])), [articles]);
  const ordered = picked.map((id) => byId.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  const busy = work.status === 'previewing' || work.status === 'exporting';

  /** Any change to the bulletin makes the page plans stale. */
  const changed = () => {
    setPreview(null);
    if (work.status !== 'idle' && !busy) setWork({ status: 'idle' });
  };
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
    if (ordered.length === 0) return setProblem(t('bulletin.needArticles')), null;
    if (settings.title.trim() === '') return setProblem(t('bulletin.needName')), null;
    setProblem(null);
    return { articleIds: ordered.map((a) => a.id), ...settings, title: settings.title.trim(), issue: settings.issue.trim() };
  };
  const showPreview = async () => {
    const chosen = options();
    if (!chosen) return;
    setWork({ status: 'previewing' });
    try {
      setPreview(await api.print.bulletinPreview(chosen));
      setWork({ status: 'idle' });
    } catch (error) {
      setWork({ status: 'failed', error });
    }
  };
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
              <button type="button" className="button" onClick={showPreview} disabled={busy}>
                {t('bulletin.preview')}
              </button>
              <button type="button" className="button button--primary" onClick={exportPdf} disabled={busy}>
                {t('bulletin.export')}
              </button>
            </div>
            {busy && (
              // No per-page progress reaches the page from one service call, so the bar says "working", not how far.
              <progress className="print-progress" aria-label={work.status === 'previewing' ? t('bulletin.previewing') : t('bulletin.exporting')} />
            )}
            <p className="print-status" role="status">
              {busy && (work.status === 'previewing' ? t('bulletin.previewing') : t('bulletin.exporting'))}
              {work.status === 'saved' && `${t('print.saved', { file: work.file, pages: work.pages })} ${t('print.savedNote')}`}
            </p>
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
          <PageThumbnails thumbnails={preview.thumbnails} />
          <PrintWarnings warnings={preview.warnings} />
        </div>
      )}
    </section>
  );
}
