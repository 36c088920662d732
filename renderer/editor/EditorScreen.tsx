import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import type { SerializedEditorState } from '../../core/model/document.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../app/ErrorPanel.tsx';
import { errorText } from '../app/errorText.ts';
import { Loading } from '../app/Loading.tsx';
import { useLeaveGuard } from '../app/LeaveGuard.tsx';
import { useEscapeKey } from '../app/useEscapeKey.ts';
import { useLoad } from '../app/useLoad.ts';
import { BackButton } from '../article/BackButton.tsx';
import { useT } from '../i18n/I18nContext.tsx';
import { fieldsOf, type ArticleFields } from './articleFields.ts';
import { ArticleFieldsForm } from './ArticleFieldsForm.tsx';
import { BodyEditor } from './BodyEditor.tsx';
import { BodyErrorBoundary } from './BodyErrorBoundary.tsx';
import { EditorNoticeProvider } from './EditorNotice.tsx';
import { Autosaver, type SaveState } from './plugins/autosave/Autosaver.ts';
import { SaveIndicator } from './plugins/autosave/SaveIndicator.tsx';
import { useEditLock } from './useEditLock.ts';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import '../article/article.css';
import './editor.css';

interface Props {
  /** The article to edit; null writes a new one. */
  id: string | null;
  /** Back to the library, naming the article when it is stored. */
  onClose(id: string | null): void;
}

export function EditorScreen({ id, onClose }: Props) {
  const api = useApi();
  // Someone else editing the article (another editor, or the reporter in another app) is refused here, by name.
  const [article, reload] = useLoad(async () => {
    if (!id) return api.editor.newArticle();
    await api.editor.lock(id);
    return api.library.get(id);
  }, [api, id]);
  useEditLock(id, article.status === 'ready');

  if (article.status === 'ready') return <ArticleEditor key={article.value.id} article={article.value} stored={id !== null} onClose={onClose} />;
  return (
    <div className="editor-screen">
      <nav className="article-screen__nav">
        <BackButton onBack={() => onClose(id)} />
      </nav>
      {article.status === 'loading' ? <Loading /> : <ErrorPanel error={article.error} onRetry={reload} />}
    </div>
  );
}

function ArticleEditor({ article, stored, onClose }: { article: Article; stored: boolean; onClose(id: string | null): void }) {
  const api = useApi();
  const t = useT();
  const [fields, setFields] = useState<ArticleFields>(() => fieldsOf(article));
  const latestFields = useRef(fields);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const [previewing, setPreviewing] = useState(false);
  const [isStored, setStored] = useState(stored);
  const storedRef = useRef(stored);
  const [autosaver] = useState(
    () =>
      new Autosaver(async () => {
        const body = (editorRef.current?.getEditorState().toJSON() ?? article.body) as unknown as SerializedEditorState;
        await api.editor.save(article.id, { ...latestFields.current, body });
        storedRef.current = true;
        setStored(true);
      }, setSaveState),
  );

  useEffect(() => () => autosaver.dispose(), [autosaver]);

  const [liveBody, setLiveBody] = useState(article.body);
  const bodyChanged = useCallback(() => {
    autosaver.changed();
    const editor = editorRef.current;
    if (editor) setLiveBody(editor.getEditorState().toJSON() as unknown as SerializedEditorState);
  }, [autosaver]);

  const changeFields = useCallback(
    (change: Partial<ArticleFields>) => {
      latestFields.current = { ...latestFields.current, ...change };
      setFields(latestFields.current);
      autosaver.changed();
    },
    [autosaver],
  );

  const leave = async () => {
    if (await autosaver.flush()) onClose(storedRef.current ? article.id : null);
  };
  useEscapeKey(() => void leave());
  useLeaveGuard(() => autosaver.flush());

  useEffect(() => {
    const saveNow = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void autosaver.flush();
      }
    };
    // Closing the window with unsaved work starts the save at once. In the desktop app the request
    // is then already with the main process, which finishes it; a browser may drop a closing
    // page's requests, so there the page asks to stay open until the save is through.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosaver.hasUnsavedWork) return;
      void autosaver.flush();
      if (window.newsdesk === undefined) event.preventDefault();
    };
    document.addEventListener('keydown', saveNow, true);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      document.removeEventListener('keydown', saveNow, true);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [autosaver]);

  return (
    <EditorNoticeProvider>
      <div className="editor-screen">
        <nav className="editor-screen__bar" aria-label={t('editor.bar')}>
          <BackButton onBack={() => void leave()} />
          <SaveIndicator state={saveState} isNew={!isStored} onRetry={() => void autosaver.flush()} />
          <button type="button" className="button" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
            {t('preview.open')}
          </button>
        </nav>
        <div className={previewing ? 'editor-layout editor-layout--preview' : 'editor-layout'}>
          <div className="editor-sheet">
            <ArticleFieldsForm fields={fields} onChange={changeFields} />
            <BodyErrorBoundary fallback={(error) => <ErrorPanel error={t('editor.bodyUnreadable', { reason: errorText(error, t) })} />}>
              <BodyEditor body={article.body} editorRef={editorRef} onChange={bodyChanged} />
            </BodyErrorBoundary>
          </div>
          {previewing && <PreviewPane article={{ ...article, ...fields, body: liveBody }} />}
        </div>
      </div>
    </EditorNoticeProvider>
  );
}
