import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nContext.tsx';
import type { PDFDocumentProxy } from './pdfjs.ts';
import { PdfReader } from './PdfReader.tsx';

const THUMBNAIL_WIDTH = 150;

type Loaded = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'failed' };

/**
 * The real pages of a PDF made by the core, drawn by pdf.js: small pages with a progress bar
 * while they are drawn, and a page-by-page reader at reading size on a click.
 */
export function PdfPages({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [drawn, setDrawn] = useState(0);
  const [reading, setReading] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | null = null;
    setLoaded({ status: 'loading' });
    setDrawn(0);
    void import('./pdfjs.ts')
      .then(async ({ openPdf }) => {
        const task = openPdf(bytes.slice());
        destroy = () => void task.destroy();
        if (cancelled) return destroy();
        const pdf = await task.promise;
        if (!cancelled) setLoaded({ status: 'ready', pdf });
      })
      .catch(() => {
        if (!cancelled) setLoaded({ status: 'failed' });
      });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [bytes]);

  if (loaded.status === 'failed') return <p className="print-status print-status--error">{t('pdfPages.failed')}</p>;
  if (loaded.status === 'loading') return <progress className="print-progress" aria-label={t('pdfPages.loading')} />;
  const { pdf } = loaded;
  const count = pdf.numPages;
  return (
    <div className="pdf-pages">
      <p className="pdf-pages__note">
        {t('bulletin.pages', { count })} · {t('pdfPages.note')}
      </p>
      {drawn < count && (
        <progress className="print-progress" value={drawn} max={count} aria-label={t('pdfPages.drawing', { drawn, count })} />
      )}
      <ol className="pdf-pages__list" aria-label={label}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <button
              type="button"
              className="pdf-pages__page"
              onClick={() => setReading(index + 1)}
              aria-label={t('bulletin.pageAlt', { page: index + 1 })}
            >
              <PageCanvas pdf={pdf} page={index + 1} width={THUMBNAIL_WIDTH} onDrawn={() => setDrawn((n) => n + 1)} />
            </button>
            <span>{index + 1}</span>
          </li>
        ))}
      </ol>
      {reading !== null && <PdfReader pdf={pdf} page={reading} onPage={setReading} onClose={() => setReading(null)} />}
    </div>
  );
}

/** One page drawn once into its canvas; pages are drawn one after another, not all at once. */
export function PageCanvas({ pdf, page, width, onDrawn }: { pdf: PDFDocumentProxy; page: number; width: number; onDrawn?: () => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // onDrawn is a progress callback: a new one must not draw the page again.
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  useEffect(() => {
    let live = true;
    const target = canvas.current;
    if (!target) return;
    queue = queue
      .then(async () => {
        if (!live) return;
        const { drawPage } = await import('./pdfjs.ts');
        await drawPage(pdf, page, target, width);
        if (live) drawn.current?.();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pdf, page, width]);
  return <canvas ref={canvas} className="pdf-pages__canvas" width={width} height={Math.round(width * 1.414)} data-page={page} />;
}

/** Pages are drawn in turn: a hundred-page bulletin does not start a hundred renders at once. */
let queue: Promise<void> = Promise.resolve();
