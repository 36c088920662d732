import type { ConflictChoice, ConflictSide, SyncItem } from '../../core/model/sync.ts';
import { useT } from '../i18n/I18nContext.tsx';

/** Both versions side by side, and the two ways out. */
export function ConflictView({ item, busy, onResolve }: { item: SyncItem; busy: boolean; onResolve(choice: ConflictChoice): void }) {
  const t = useT();
  if (!item.conflict) return null;
  return (
    <div className="sync-conflict">
      <p className="sync-conflict__title">{t('sync.conflictTitle')}</p>
      <div className="sync-conflict__sides">
        <Side heading={t('sync.mine')} side={item.conflict.mine} />
        <Side heading={t('sync.theirs')} side={item.conflict.theirs} />
      </div>
      <div className="sync-conflict__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onResolve('keep-mine')}>
          {t('sync.keepMine')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onResolve('take-theirs')}>
          {t('sync.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

function Side({ heading, side }: { heading: string; side: ConflictSide }) {
  return (
    <section className="sync-conflict__side">
      <h4>{heading}</h4>
      <p className="sync-conflict__side-title">{side.title}</p>
      {side.summary && <p className="sync-conflict__side-summary">{side.summary}</p>}
      <div className="sync-conflict__side-body">{side.body}</div>
    </section>
  );
}
