import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';

/** What changed between two revisions: the fields, then the body word by word. */
export function RevisionDiff({ articleId, from, to }: { articleId: string; from: number; to: number }) {
  const api = useApi();
  const t = useT();
  const [diff, reload] = useLoad(() => api.history.compare(articleId, from, to), [api, articleId, from, to]);

  if (diff.status === 'loading') return <Loading />;
  if (diff.status === 'failed') return <ErrorPanel error={diff.error} onRetry={reload} />;
  const { fields, body, formattingChanged } = diff.value;
  const bodyChanged = body.some((part) => part.kind !== 'same');
  return (
    <section className="revision-diff" aria-label={t('history.diffTitle', { from, to })}>
      <h3>{t('history.diffTitle', { from, to })}</h3>
      {fields.length === 0 && !bodyChanged && !formattingChanged && <p>{t('history.noChanges')}</p>}
      {formattingChanged && <p>{t('history.formattingChanged')}</p>}
      {fields.length > 0 && (
        <dl className="revision-diff__fields">
          {fields.map((change) => (
            <div key={change.field}>
              <dt>{t(`history.field.${change.field}`)}</dt>
              <dd>
                <del>{change.before}</del> <ins>{change.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {bodyChanged && (
        <p className="revision-diff__body">
          {body.map((part, i) =>
            part.kind === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.kind === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </section>
  );
}
