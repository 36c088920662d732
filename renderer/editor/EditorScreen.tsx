import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import type { SerializedEditorState } from '../../core/model/document.ts';
import { contentOf, type RecoveredDraft } from '../../core/model/recovery.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLeaveGuard } from '../app/LeaveGuard.tsx';
import { useEscapeKey } from '../shared/useEscapeKey.ts';
import { whenIdle } from '../shared/whenIdle.ts';
import { useLoad } from '../shared/useLoad.ts';
import { LatestValue } from '../shared/LatestValue.ts';
import { BackButton } from '../article/BackButton.tsx';
import { useT } from '../i18n/I18nContext.tsx';
import { fieldsOf, type ArticleFields } from './articleFields.ts';
import { ArticleFieldsForm } from './ArticleFieldsForm.tsx';
import { BodyEditor } from './BodyEditor.tsx';
import { BodyErrorBoundary } from './BodyErrorBoundary.tsx';
import { BodySnapshot } from './bodySnapshot.ts';
import { EditorNoticeProvider } from './EditorNotice.tsx';
import { Autosaver, type SaveState } from './plugins/autosave/Autosaver.ts';
import { DraftKeeper } from './plugins/autosave/DraftKeeper.ts';
import { keepContent, saveContent, StoredVersion } from './plugins/autosave/StoredVersion.ts';
import { RecoveredNotice } from './RecoveredNotice.tsx';
import { SaveIndicator } from './plugins/autosave/SaveIndicator.tsx';
import { useEditLock } from './useEditLock.ts';
import { WritingAidsProvider } from './plugins/vietnamese/WritingAidsContext.tsx';
import { WritingTools } from './plugins/vietnamese/WritingTools.tsx';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import { useLivePreview } from './useLivePreview.ts';
import { EditorReviewPanel } from '../workflow/EditorReviewPanel.tsx';
import '../article/article.css';
import './editor.css';

/** The longest wait for a quiet moment to read the article as opened (see StoredVersion.opened). */
const OPENED_READ_TIMEOUT_MS = 2_000;

interface Props {
  /** The article to edit; null writes a new one. */
  id: string | null;
  /** Back to the library, naming the article when it is stored. */
  onClose(id: string | null): void;
  /** Told when a stored article is open for writing; the function it returns is called when it closes. */
  onOpen?(id: string): () => void;
}

interface Opened {
  /** As stored (a new draft for an article never saved). */
  article: Article;
  stored: boolean;
  /** Unsaved work on it that the core kept when the editor last went away, put back in. */
  recovered: RecoveredDraft | null;
}

export function EditorScreen({ id, onClose, onOpen }: Props) {
  const api = useApi();
  // Someone else editing the article (another editor, or the reporter in another app) is refused here, by name.
  const [opened, reload] = useLoad(async (): Promise<Opened> => {
    if (!id) return { article: await api.editor.newArticle(), stored: false, recovered: null };
    // Recovery must never stand in the way of editing: if the copies cannot be asked for, open the stored article.
    const kept = await api.editor.recovered().catch(() => []);
    const recovered = kept.find((copy) => copy.articleId === id) ?? null;
    // A new article whose first save never happened: only the recovery copy knows it.
    if (recovered && recovered.baseUpdatedAt === null)
      return { article: { ...(await api.editor.newArticle()), id }, stored: false, recovered };
    await api.editor.lock(id);
    return { article: await api.library.get(id), stored: true, recovered };
  }, [api, id]);
  // "Discard the recovered text" puts the stored version back and opens it afresh.
  const [discarded, setDiscarded] = useState(false);
  useEditLock(id, opened.status === 'ready');

  if (opened.status === 'ready') {
    const { article, stored, recovered } = opened.value;
    return (
      <ArticleEditor
        key={`${article.id} ${discarded}`}
        article={article}
        stored={stored}
        recovered={discarded ? null : recovered}
        onClose={onClose}
        onOpen={onOpen}
        onRecoveredDiscarded={() => setDiscarded(true)}
      />
    );
  }
  return (
    <div className="editor-screen">
      <nav className="article-screen__nav">
        <BackButton onBack={() => onClose(id)} />
      </nav>
      {opened.status === 'loading' ? <Loading /> : <ErrorPanel error={opened.error} onRetry={reload} />}
    </div>
  );
}

interface EditorProps {
  article: Article;
  stored: boolean;
  recovered: RecoveredDraft | null;
  onClose(id: string | null): void;
  onOpen?: ((id: string) => () => void) | undefined;
  onRecoveredDiscarded(): void;
}

function ArticleEditor({ article, stored, recovered, onClose, onOpen, onRecoveredDiscarded }: EditorProps) {
  const api = useApi();
  const t = useT();
  // Recovered work starts where the writer left it: it is what the editor shows and saves.
  const [initialBody] = useState(() => recovered?.content.body ?? article.body);
  const [fields, setFields] = useState<ArticleFields>(() => fieldsOf(recovered ? { ...article, ...recovered.content } : article));
  const latestFields = useRef(fields);
  const editorRef = useRef<LexicalEditor | null>(null);
  // Shown by the save indicator alone: a save going through does not render the editor screen again.
  const [saveState] = useState(() => new LatestValue<SaveState>({ status: 'saved' }));
  const [previewing, setPreviewing] = useState(false);
  const layoutRef = useRef<HTMLDivElement>(null);
  const [isStored, setStored] = useState(stored);
  const storedRef = useRef(stored);
  // Saves, recovery copies and the preview write only the paragraphs changed since the last of them.
  const [snapshot] = useState(() => new BodySnapshot());
  const currentBody = useCallback((): SerializedEditorState => {
    const editor = editorRef.current;
    return editor ? snapshot.of(editor.getEditorState()) : initialBody;
  }, [snapshot, initialBody]);
  const currentContent = () => ({ ...latestFields.current, body: currentBody() });
  // Saves and recovery copies are sent as changes against the version last stored from here.
  const [storedVersion] = useState(() => new StoredVersion());
  const [keeper] = useState(
    () =>
      new DraftKeeper(async () => {
        if (autosaverRef.current?.hasUnsavedWork) await keepContent(api.editor, article.id, currentContent(), storedVersion);
      }),
  );
  const [autosaver] = useState(
    () =>
      new Autosaver(async () => {
        // The core drops the recovery copy on every save: no older copy may arrive after this save.
        await keeper.settled();
        const copies = keeper.sent;
        await saveContent(api.editor, article.id, currentContent(), storedVersion);
        if (keeper.sent !== copies) keeper.changed();
        storedRef.current = true;
        setStored(true);
      }, saveState.set),
  );
  const autosaverRef = useRef(autosaver);

  useEffect(
    () => () => {
      autosaver.dispose();
      keeper.dispose();
    },
    [autosaver, keeper],
  );
  // Recovered work is not stored yet: save it as if it had just been typed.
  useEffect(() => {
    if (recovered) autosaver.changed();
  }, [autosaver, recovered]);
  useEffect(() => (isStored ? onOpen?.(article.id) : undefined), [isStored, onOpen, article.id]);
  // The stored article as opened is what the first save is written against: read once the text is on screen.
  useEffect(() => {
    if (!stored) return;
    return whenIdle(() => {
      if (editorRef.current) storedVersion.opened(article.updatedAt, article.body, currentBody());
    }, OPENED_READ_TIMEOUT_MS);
  }, [stored, storedVersion, article, currentBody]);

  // Decided by the article as it opened, so the layout never changes under the writer's hands.
  const reviewShown = stored && (article.state === 'changes_requested' || (article.comments ?? []).length > 0);
  // The preview (its fields and body) and the review panel's checklist (its body) follow the text after each pause in typing.
  const readWriting = useCallback(() => ({ fields: latestFields.current, body: currentBody() }), [currentBody]);
  const live = useLivePreview(readWriting, { fields, body: initialBody }, previewing || reviewShown);
  // Opening the preview brings the text and the pane up under the editor's bar, so the pane has the
  // window's whole height on a laptop screen instead of starting below the app's header.
  useEffect(() => {
    const layout = layoutRef.current;
    const pane = layout?.querySelector<HTMLElement>('.preview-pane');
    if (!previewing || !layout || !pane) return;
    // Where the pane sticks (its CSS `top`, below the editor's bar).
    const stickAt = parseFloat(getComputedStyle(pane).top) || 0;
    const top = layout.getBoundingClientRect().top + window.scrollY - stickAt;
    if (window.scrollY < top) window.scrollTo({ top });
  }, [previewing]);
  const previewChanged = live.changed;
  const bodyChanged = useCallback(() => {
    autosaver.changed();
    keeper.changed();
    previewChanged();
  }, [autosaver, keeper, previewChanged]);

  const changeFields = useCallback(
    (change: Partial<ArticleFields>) => {
      latestFields.current = { ...latestFields.current, ...change };
      setFields(latestFields.current);
      autosaver.changed();
      keeper.changed();
      previewChanged();
    },
    [autosaver, keeper, previewChanged],
  );

  // Back to the version stored before the recovered work was put in (saved again as it was).
  const discardRecovered = async () => {
    if (!(await autosaver.flush())) return;
    keeper.dispose();
    await keeper.settled();
    await api.editor.save(article.id, contentOf(article));
    onRecoveredDiscarded();
  };

  // "Gửi duyệt" beside the text: what is typed is saved first, then the core's rules decide.
  const submit = async () => {
    if (!(await autosaver.flush())) return false;
    await api.workflow.transition(article.id, 'submit');
    onClose(article.id);
    return true;
  };
  // A new object only when the text or a field changed: the preview and the checklist are not
  // worked out again when the save state or anything else around the editor changes.
  const writing = useMemo(() => ({ ...article, ...fields, body: live.shown.body }), [article, fields, live.shown.body]);
  const previewed = useMemo(() => ({ ...article, ...live.shown.fields, body: live.shown.body }), [article, live.shown]);

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
      <WritingAidsProvider>
        <div className="editor-screen">
          <nav className="editor-screen__bar" aria-label={t('editor.bar')}>
            <BackButton onBack={() => void leave()} />
            <SaveIndicator saveState={saveState} isNew={!isStored} onRetry={() => void autosaver.flush()} />
            <button type="button" className="button" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
              {t('preview.open')}
            </button>
          </nav>
          {recovered && <RecoveredNotice recovered={recovered} onDiscard={stored ? discardRecovered : undefined} />}
          <div
            ref={layoutRef}
            className={
              previewing ? 'editor-layout editor-layout--preview' : reviewShown ? 'editor-layout editor-layout--review' : 'editor-layout'
            }
          >
            <div className="editor-sheet">
              <WritingTools editorRef={editorRef} fields={fields} onFieldsChange={changeFields} />
              <ArticleFieldsForm fields={fields} onChange={changeFields} />
              <BodyErrorBoundary fallback={(error) => <ErrorPanel error={t('editor.bodyUnreadable', { reason: errorText(error, t) })} />}>
                <BodyEditor body={initialBody} editorRef={editorRef} onChange={bodyChanged} />
              </BodyErrorBoundary>
            </div>
            {previewing && <PreviewPane article={previewed} compact delayMs={0} />}
            {!previewing && reviewShown && <EditorReviewPanel writing={writing} onSubmit={submit} />}
          </div>
        </div>
      </WritingAidsProvider>
    </EditorNoticeProvider>
  );
}
