import type { Article } from '../../core/model/article.ts';
import { useDisplayName } from '../accounts/usePeople.tsx';
import { useT } from '../i18n/I18nContext.tsx';

/** The editor's reason for sending the article back, while it waits for the writer's fixes. */
export function ChangesRequestedNote({ article }: { article: Article }) {
  const t = useT();
  const name = useDisplayName();
  const request = [...(article.transitions ?? [])].reverse().find((step) => step.action === 'request-changes');
  if (article.state !== 'changes_requested' || !request?.note) return null;
  return (
    <p className="workflow-panel__request" role="note">
      {t('workflow.changesRequested', { who: name(request.by) })} <strong>{request.note}</strong>
    </p>
  );
}
