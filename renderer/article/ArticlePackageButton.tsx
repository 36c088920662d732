import { useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../app/errorText.ts';
import { saveFile } from '../app/saveFile.ts';
import { useT } from '../i18n/I18nContext.tsx';

type Status = { status: 'idle' } | { status: 'busy' } | { status: 'done'; file: string } | { status: 'failed'; error: unknown };

/** "Xuất gói .newsdesk": the article with its photos and history in one file, for a USB stick or e-mail. */
export function ArticlePackageButton({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const [state, setState] = useState<Status>({ status: 'idle' });

  const exportPackage = async () => {
    setState({ status: 'busy' });
    try {
      const file = await api.exchange.exportPackage(id);
      saveFile(file.fileName, file.data, 'application/zip');
      setState({ status: 'done', file: file.fileName });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <div className="article-package">
      <button type="button" className="button" onClick={() => void exportPackage()} disabled={state.status === 'busy'}>
        {state.status === 'busy' ? t('exchange.exporting') : t('exchange.export')}
      </button>
      <p className="print-status" role="status">
        {state.status === 'done' && t('exchange.saved', { file: state.file })}
      </p>
      {state.status === 'failed' && (
        <p className="print-status print-status--error" role="alert">
          {errorText(state.error, t)}
        </p>
      )}
    </div>
  );
}
