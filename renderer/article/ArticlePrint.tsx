import { useId, useState } from 'react';
import type { PaperName } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../app/errorText.ts';
import { useLoad } from '../app/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { base64Bytes } from '../print/base64Bytes.ts';
import { PdfPages } from '../print/PdfPages.tsx';
import { PrintWarnings } from '../print/PrintWarnings.tsx';
import { useArticlePdf } from '../print/useArticlePdf.ts';
import { useWordExport } from '../print/useWordExport.ts';
import '../print/print.css';

/** "Xuất PDF" and "Xuất Word": the files from the core, what to check before printing shown beside them. */
export function ArticlePrint({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const paperId = useId();
  const [paper, setPaper] = useState<PaperName>('A4');
  const [state, exportPdf] = useArticlePdf(id);
  // The print check shows the article's real pages at the chosen paper size, with what to check beside them.
  const [printed] = useLoad(async () => {
    const file = await api.print.article(id, { paper, bleedMm: 0, cropMarks: false });
    return { bytes: base64Bytes(file.pdfBase64), warnings: file.warnings };
  }, [api, id, paper]);
  const [word, exportWord] = useWordExport(() => api.print.articleWord(id));

  return (
    <div className="article-print">
      <div className="article-print__bar">
        <label htmlFor={paperId}>{t('print.paper')}</label>
        <select id={paperId} value={paper} onChange={(e) => setPaper(e.target.value as PaperName)}>
          <option value="A4">A4</option>
          <option value="A5">A5</option>
        </select>
        <button type="button" className="button button--primary" onClick={() => void exportPdf(paper)} disabled={state.status === 'busy'}>
          {state.status === 'busy' ? t('print.exporting') : t('print.export')}
        </button>
        <button type="button" className="button" onClick={() => void exportWord()} disabled={word.status === 'busy'}>
          {word.status === 'busy' ? t('print.exportingWord') : t('print.exportWord')}
        </button>
      </div>
      <p className="print-status" role="status">
        {state.status === 'done' && `${t('print.saved', { file: state.file, pages: state.pages })} ${t('print.savedNote')}`}
        {word.status === 'done' && `${t('print.savedWord', { file: word.file })} ${t('print.savedNote')}`}
      </p>
      {[state, word].map((s, i) =>
        s.status === 'failed' ? (
          <p key={i} className="print-status print-status--error" role="alert">
            {errorText(s.error, t)}
          </p>
        ) : null,
      )}
      {printed.status === 'ready' && (
        <>
          <PrintWarnings warnings={printed.value.warnings} />
          <PdfPages bytes={printed.value.bytes} label={t('pdfPages.articleLabel')} />
        </>
      )}
    </div>
  );
}
