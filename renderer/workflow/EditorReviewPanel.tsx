import { useMemo, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import { submitChecklist } from '../../core/model/submitChecklist.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import { ChangesRequestedNote } from './ChangesRequestedNote.tsx';
import { StateBadge } from '../library/StateBadge.tsx';
import { CommentThread } from './CommentThread.tsx';
import { SubmitChecklist } from './SubmitChecklist.tsx';
import './workflow.css';

interface Props {
  /** The article as being written now: the checklist follows it as the writer types. */
  writing: Article;
  /** Saves what is typed and sends the article for review; false when the save failed. */
  onSubmit(): Promise<boolean>;
}

/**
 * Review beside the text being fixed: the editor's request, the comments (marked on their
 * paragraphs, answerable and resolvable), the submit checklist and "Gửi duyệt".
 */
export function EditorReviewPanel({ writing, onSubmit }: Props) {
  const api = useApi();
  const t = useT();
  const [stored, reload] = useLoad(async () => {
    const [article, user] = await Promise.all([api.library.get(writing.id), api.session.current()]);
    // Only the writer sends the article (the core refuses anyone else); the checklist below says what is missing.
    return { article, mayResubmit: user?.username === article.author };
  }, [api, writing.id]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Reads the whole article: worked out when the text (given after each pause in typing) changes, not on every render.
  const checklist = useMemo(
    () =>
      stored.status === 'ready'
        ? submitChecklist({ ...stored.value.article, ...writing, comments: stored.value.article.comments ?? [] })
        : [],
    [stored, writing],
  );

  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'failed') return <ErrorPanel error={stored.error} onRetry={reload} />;
  const { article } = stored.value;
  const ready = checklist.every((item) => item.ok || item.advisory);
  const writable = article.state === 'draft' || article.state === 'changes_requested';

  const submit = async () => {
    setBusy(true);
    try {
      if (await onSubmit()) setFailure(null);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="panel workflow-panel editor-review" aria-label={t('editor.review')}>
      <h2>{t('editor.review')}</h2>
      <p className="workflow-panel__state">
        {t('article.state')}: <StateBadge state={article.state} />
      </p>
      <ChangesRequestedNote article={article} />
      {writable && stored.value.mayResubmit && (
        <>
          <SubmitChecklist items={checklist} />
          <div className="workflow-panel__buttons">
            <button type="button" className="button button--primary" disabled={busy || !ready} onClick={() => void submit()}>
              {t('workflow.action.submit')}
            </button>
          </div>
          {!ready && <p className="workflow-panel__empty">{t('editor.submitWhenReady')}</p>}
        </>
      )}
      {failure && <p role="alert">{failure}</p>}
      <CommentThread article={article} onChanged={reload} textSelector=".editor-content" allowNew={false} />
    </aside>
  );
}
