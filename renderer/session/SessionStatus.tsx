import type { User } from '../../core/model/account.ts';
import { useT } from '../i18n/I18nContext.tsx';

export function SessionStatus({ user, onSignOut }: { user: User; onSignOut(): void }) {
  const t = useT();
  return (
    <div className="session-status">
      <p className="session-status__who">
        <span className="visually-hidden">{t('session.signedInAs')}: </span>
        <span className="session-status__name" data-testid="signed-in-user">
          {user.displayName}
        </span>
        <span className="session-status__role">{t(`role.${user.role}`)}</span>
      </p>
      <button type="button" className="button button--quiet" onClick={onSignOut}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
