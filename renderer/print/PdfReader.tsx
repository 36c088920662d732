import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/I18nContext.tsx';
import { PageCanvas } from './PdfPages.tsx';
import type { PDFDocumentProxy } from './pdfjs.ts';

const READING_WIDTH = 760;

/** One page at reading size, with previous/next (← →, Page Up/Down) and Esc to close. */
export function PdfReader({
  pdf,
  page,
  onPage,
  onClose,
}: {
  pdf: PDFDocumentProxy;
  page: number;
  onPage: (page: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const count = pdf.numPages;
  const go = (next: number) => onPage(Math.min(count, Math.max(1, next)));

  useEffect(() => dialog.current?.focus(), []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowRight' || event.key === 'PageDown') go(page + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(page - 1);
    else if (event.key === 'Home') go(1);
    else if (event.key === 'End') go(count);
    else return;
    event.preventDefault();
  };

  return (
    <div className="pdf-reader" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} ref={dialog} onKeyDown={onKeyDown}>
      <div className="pdf-reader__bar">
        <button type="button" className="button" onClick={() => go(page - 1)} disabled={page <= 1}>
          {t('pdfPages.previous')}
        </button>
        <span id={titleId} className="pdf-reader__title">
          {t('pdfPages.pageOf', { page, count })}
        </span>
        <button type="button" className="button" onClick={() => go(page + 1)} disabled={page >= count}>
          {t('pdfPages.next')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('pdfPages.close')}
        </button>
      </div>
      <div className="pdf-reader__page">
        <PageCanvas key={page} pdf={pdf} page={page} width={READING_WIDTH} />
      </div>
    </div>
  );
}
