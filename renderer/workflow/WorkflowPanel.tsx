import { useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../core/model/article.ts';
import type { WorkflowAction } from '../../core/model/workflow.ts';
import { useDisplayName } from '../accounts/usePeople.tsx';
import { useApi } from '../api/ApiContext.tsx';
import { errorText } from '../shared/errorText.ts';
import { useLoad } from '../shared/useLoad.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { StateBadge } from '../library/StateBadge.tsx';
import { ChangesRequestedNote } from './ChangesRequestedNote.tsx';
import { CommentThread } from './CommentThread.tsx';
import { SubmitChecklist } from './SubmitChecklist.tsx';
import './workflow.css';

/**
 * The article's way through the newsroom: what the signed-in user may do now (exactly what the
 * core's guard allows), the submit checklist, every step taken so far and the editorial comments.
 */
export function WorkflowPanel({ article, onChanged }: { article: Article; onChanged(): void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const name = useDisplayName();
  const noteId = useId();
  const [options, reloadOptions] = useLoad(() => api.workflow.options(article.id), [api, article.id, article.updatedAt]);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The button just used may be gone once the step is taken (Gửi duyệt after submitting): focus then comes to the panel's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const [stepTaken, setStepTaken] = useState(0);
  useEffect(() => {
    if (stepTaken === 0 || options.status !== 'ready') return;
    const current = document.activeElement;
    if (current === null || current === document.body || !current.isConnected) heading.current?.focus({ preventScroll: true });
  }, [stepTaken, options]);

  const act = async (action: WorkflowAction) => {
    setBusy(true);
    try {
      await api.workflow.transition(article.id, action, note.trim() || undefined);
      setNote('');
      setFailure(null);
      onChanged();
      reloadOptions();
      setStepTaken((n) => n + 1);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const steps = article.transitions ?? [];
  const actions = options.status === 'ready' ? options.value.actions : [];
  const checklist = options.status === 'ready' ? options.value.checklist : [];
  const showChecklist = ['draft', 'changes_requested', 'submitted'].includes(article.state);

  return (
    <aside className="panel workflow-panel" aria-label={t('workflow.title')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('workflow.title')}
      </h2>
      <p className="workflow-panel__state">
        {t('article.state')}: <StateBadge state={article.state} />
      </p>
      <ChangesRequestedNote article={article} />
      {showChecklist && checklist.length > 0 && <SubmitChecklist items={checklist} />}
      {actions.length > 0 && (
        <div className="workflow-panel__actions">
          <label htmlFor={noteId}>{t('workflow.note')}</label>
          <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="workflow-panel__buttons">
            {actions.map((action) => (
              <button key={action} type="button" className="button" disabled={busy} onClick={() => void act(action)}>
                {t(`workflow.action.${action}`)}
              </button>
            ))}
          </div>
        </div>
      )}
      {failure && <p role="alert">{failure}</p>}
      <section aria-label={t('workflow.steps')}>
        <h3>{t('workflow.steps')}</h3>
        {steps.length === 0 ? (
          <p className="workflow-panel__empty">{t('workflow.noSteps')}</p>
        ) : (
          <ol className="workflow-panel__steps">
            {steps.map((step, i) => (
              <li key={i}>
                <strong>{t(`workflow.action.${step.action}`)}</strong> · {name(step.by)} ·{' '}
                <time dateTime={step.at}>{formatDateTime(step.at, locale)}</time>
                {step.note && <div className="workflow-panel__note">“{step.note}”</div>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <CommentThread article={article} onChanged={onChanged} />
    </aside>
  );
}
