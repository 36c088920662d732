import { useEffect, useId, useState } from 'react';
import type { PaperName } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../shared/errorText.ts';
import { MoreMenu } from '../shared/MoreMenu.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { base64Bytes } from '../print/base64Bytes.ts';
import { PdfPages } from '../print/PdfPages.tsx';
import { PrintWarnings } from '../print/PrintWarnings.tsx';
import { useArticlePdf } from '../print/useArticlePdf.ts';
import { useWordExport } from '../print/useWordExport.ts';
import { useArticlePackage } from './useArticlePackage.ts';
import '../print/print.css';

interface Props {
  id: string;
  paper: PaperName;
  onPaperChange(paper: PaperName): void;
}

/**
 * The ways an article leaves Newsdesk, at the end of the screen's one row of actions: the paper and
 * "Xuất PDF", then "Thêm" with "Xuất Word" and "Xuất gói .newsdesk". What each made is said under the row.
 */
export function ArticleExports({ id, paper, onPaperChange }: Props) {
  const api = useApi();
  const t = useT();
  const paperId = useId();
  const [pdf, exportPdf] = useArticlePdf(id);
  const [word, exportWord] = useWordExport(() => api.print.articleWord(id));
  const [pack, exportPackage] = useArticlePackage(id);

  return (
    <>
      <div className="article-print__bar">
        <label htmlFor={paperId}>{t('print.paper')}</label>
        <select id={paperId} value={paper} onChange={(e) => onPaperChange(e.target.value as PaperName)}>
          <option value="A4">A4</option>
          <option value="A5">A5</option>
        </select>
        <button type="button" className="button button--primary" onClick={() => void exportPdf(paper)} disabled={pdf.status === 'busy'}>
          {pdf.status === 'busy' ? t('print.exporting') : t('print.export')}
        </button>
        <MoreMenu
          items={[
            {
              label: word.status === 'busy' ? t('print.exportingWord') : t('print.exportWord'),
              disabled: word.status === 'busy',
              onSelect: () => void exportWord(),
            },
            {
              label: pack.status === 'busy' ? t('exchange.exporting') : t('exchange.export'),
              disabled: pack.status === 'busy',
              onSelect: () => void exportPackage(),
            },
          ]}
        />
      </div>
      <div className="article-print__messages">
        <p className="print-status" role="status">
          {pdf.status === 'done' && `${t('print.saved', { file: pdf.file, pages: pdf.pages })} ${t('print.savedNote')}`}
          {word.status === 'done' && `${t('print.savedWord', { file: word.file })} ${t('print.savedNote')}`}
          {pack.status === 'done' && t('exchange.saved', { file: pack.file })}
        </p>
        {[pdf, word, pack].map((s, i) =>
          s.status === 'failed' ? (
            <p key={i} className="print-status print-status--error" role="alert">
              {errorText(s.error, t)}
            </p>
          ) : null,
        )}
      </div>
    </>
  );
}

/**
 * The print check is made once the reader has stayed on the article this long: typesetting a long
 * article takes a moment of the core's time, and going straight on to the editor must not wait for it.
 */
const PRINT_CHECK_DELAY_MS = 1_000;

/** What to check before printing, beside the article: the findings and its real pages at the chosen paper. */
export function PrintCheck({ id, paper }: { id: string; paper: PaperName }) {
  const [stayed, setStayed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setStayed(true), PRINT_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return stayed ? <PrintedPages id={id} paper={paper} /> : null;
}

function PrintedPages({ id, paper }: { id: string; paper: PaperName }) {
  const api = useApi();
  const t = useT();
  const [printed] = useLoad(async () => {
    const file = await api.print.article(id, { paper, bleedMm: 0, cropMarks: false });
    return { bytes: base64Bytes(file.pdfBase64), warnings: file.warnings };
  }, [api, id, paper]);
  if (printed.status !== 'ready') return null;
  return (
    <div className="article-print">
      <PrintWarnings warnings={printed.value.warnings} />
      <PdfPages bytes={printed.value.bytes} label={t('pdfPages.articleLabel')} />
    </div>
  );
}
