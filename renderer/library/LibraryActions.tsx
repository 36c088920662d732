import { useRef, useState } from 'react';
import type { User } from '../../core/model/account.ts';
import { canWrite } from '../../core/model/editRules.ts';
import { OPENABLE_EXTENSIONS, PACKAGE_EXTENSION } from '../../core/model/fileKinds.ts';
import { useApi } from '../api/ApiContext.tsx';
import { fileUpload } from '../api/fileUpload.ts';
import { errorText } from '../shared/errorText.ts';
import { useT } from '../i18n/I18nContext.tsx';

/**
 * "Viết bài mới" and "Nhập tệp": a new draft or an imported Word or JSON file opens in the editor;
 * a `.newsdesk` package handed over from another computer opens as the article it carries.
 */
export function LibraryActions({ user, onWrite, onOpen }: { user: User; onWrite(id: string | null): void; onOpen(id: string): void }) {
  const api = useApi();
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!canWrite(user)) return null;

  const importFile = async (file: File) => {
    setImporting(true);
    setProblem(null);
    try {
      if (file.name.toLowerCase().endsWith(PACKAGE_EXTENSION)) {
        onOpen((await api.exchange.importPackage(await fileUpload(file))).id);
        return;
      }
      const article = await api.editor.importFile(await fileUpload(file));
      onWrite(article.id);
    } catch (error) {
      setProblem(t('library.importFailed', { reason: errorText(error, t) }));
      setImporting(false);
    }
  };

  return (
    <div className="library-actions">
      <div className="library-actions__buttons">
        <button type="button" className="button button--primary" onClick={() => onWrite(null)}>
          {t('library.new')}
        </button>
        <button type="button" className="button button--quiet" disabled={importing} onClick={() => picker.current?.click()}>
          {importing ? t('library.importing') : t('library.import')}
        </button>
        <input
          ref={picker}
          type="file"
          accept={[
            ...OPENABLE_EXTENSIONS,
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'application/json',
            'text/plain',
          ].join(',')}
          hidden
          data-testid="import-picker"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {problem && (
        <p className="library-actions__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
