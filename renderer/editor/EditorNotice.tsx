import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext.tsx';

/** A message for the writer from any part of the editor (a refused link or file), shown until dismissed. */
interface Notices {
  notify(message: string): void;
}

const NoticeContext = createContext<Notices | null>(null);

export function EditorNoticeProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; serial: number } | null>(null);
  const t = useT();
  const notify = useCallback((text: string) => setMessage((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 })), []);
  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="editor-notice" role="alert" aria-live="assertive">
        {message && (
          <p className="editor-notice__message" key={message.serial}>
            <span>{message.text}</span>
            <button type="button" className="button button--quiet button--small" onClick={() => setMessage(null)}>
              {t('editor.noticeDismiss')}
            </button>
          </p>
        )}
      </div>
    </NoticeContext.Provider>
  );
}

export function useEditorNotice(): Notices {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error('useEditorNotice() needs an <EditorNoticeProvider> above it');
  return notices;
}
