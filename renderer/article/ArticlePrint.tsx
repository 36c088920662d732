import { useId, useState } from 'react';
import type { PaperName } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../app/errorText.ts';
import { useLoad } from '../app/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { PrintWarnings } from '../print/PrintWarnings.tsx';
import { useArticlePdf } from '../print/useArticlePdf.ts';
import '../print/print.css';

/** "Xuất PDF": the print-ready PDF from the core, what to check before printing shown beside it. */
export function ArticlePrint({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const paperId = useId();
  const [paper, setPaper] = useState<PaperName>('A4');
  const [state, exportPdf] = useArticlePdf(id);
  const [warnings] = useLoad(() => api.print.preflight(id), [api, id]);

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
      </div>
      <p className="print-status" role="status">
        {state.status === 'done' && `${t('print.saved', { file: state.file, pages: state.pages })} ${t('print.savedNote')}`}
      </p>
      {state.status === 'failed' && (
        <p className="print-status print-status--error" role="alert">
          {errorText(state.error, t)}
        </p>
      )}
      {warnings.status === 'ready' && <PrintWarnings warnings={warnings.value} />}
    </div>
  );
}
