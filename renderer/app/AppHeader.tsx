import type { User } from '../../core/model/account.ts';
import { AboutButton } from '../about/AboutButton.tsx';
import { useT } from '../i18n/I18nContext.tsx';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { SessionStatus } from '../session/SessionStatus.tsx';

export function AppHeader({ user, onSignOut }: { user: User | null; onSignOut(): void }) {
  const t = useT();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true">
          N
        </span>
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header__tools">
        <LanguageSelect />
        <AboutButton signedIn={user !== null} />
        {user && <SessionStatus user={user} onSignOut={onSignOut} />}
      </div>
    </header>
  );
}
