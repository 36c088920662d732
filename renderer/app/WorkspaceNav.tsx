import { useT } from '../i18n/I18nContext.tsx';

type Screen = 'library' | 'bulletin';

export function WorkspaceNav({ current, onGo }: { current: Screen; onGo(screen: Screen): void }) {
  const t = useT();
  return (
    <nav className="workspace-nav" aria-label={t('nav.label')}>
      {(['library', 'bulletin'] as const).map((screen) => (
        <button
          key={screen}
          type="button"
          className={`workspace-nav__tab${current === screen ? ' workspace-nav__tab--current' : ''}`}
          aria-current={current === screen ? 'page' : undefined}
          onClick={() => onGo(screen)}
        >
          {t(screen === 'library' ? 'nav.library' : 'nav.bulletin')}
        </button>
      ))}
    </nav>
  );
}
