import type { Role } from '../../core/model/account.ts';
import { CATEGORY_EDITORS } from '../../core/model/categories.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';

export type Area = 'library' | 'mine' | 'review' | 'bulletin' | 'portal' | 'accounts' | 'categories' | 'backups';

const AREAS: Array<{ area: Area; label: MessageKey; roles?: readonly Role[] }> = [
  { area: 'library', label: 'nav.library' },
  { area: 'mine', label: 'nav.mine', roles: ['reporter', 'editor'] },
  { area: 'review', label: 'nav.review', roles: ['editor'] },
  /** Bulletins are printed by the communications officers (and the administrator). */
  { area: 'bulletin', label: 'nav.bulletin', roles: ['communications', 'admin'] },
  /** Reporters send submissions and take in decisions through the portal; editors publish; the administrator sets it up. */
  { area: 'portal', label: 'sync.open', roles: ['reporter', 'editor', 'admin'] },
  { area: 'accounts', label: 'nav.accounts', roles: ['admin'] },
  { area: 'categories', label: 'nav.categories', roles: CATEGORY_EDITORS },
  { area: 'backups', label: 'nav.backups' },
];

interface Props {
  role: Role;
  current: Area;
  /** Articles waiting for review, shown on the editor's queue tab. */
  waiting: number | null;
  onChange(area: Area): void;
}

/** The areas of the workspace this user works in, as tabs. */
export function WorkspaceNav({ role, current, waiting, onChange }: Props) {
  const t = useT();
  return (
    <nav className="workspace-nav" aria-label={t('nav.label')}>
      {AREAS.filter((a) => !a.roles || a.roles.includes(role)).map(({ area, label }) => (
        <button
          key={area}
          type="button"
          className="workspace-nav__item"
          aria-current={area === current ? 'page' : undefined}
          onClick={() => onChange(area)}
        >
          {area === 'review' && waiting !== null ? t('nav.reviewCount', { count: waiting }) : t(label)}
        </button>
      ))}
    </nav>
  );
}
