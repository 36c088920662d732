import type { Role } from '../../core/model/account.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';

export type Area = 'library' | 'bulletin' | 'portal' | 'backups';

const AREAS: Array<{ area: Area; label: MessageKey; roles?: readonly Role[] }> = [
  { area: 'library', label: 'nav.library' },
  /** Bulletins are printed by the communications officers (and the administrator). */
  { area: 'bulletin', label: 'nav.bulletin', roles: ['communications', 'admin'] },
  /** Publishing to the portal is an editor's job (and the administrator sets it up). */
  { area: 'portal', label: 'sync.open', roles: ['editor', 'admin'] },
  { area: 'backups', label: 'nav.backups' },
];

/** The areas of the workspace this user works in, as tabs. */
export function areasFor(role: Role): Area[] {
  return AREAS.filter((a) => !a.roles || a.roles.includes(role)).map((a) => a.area);
}

export function WorkspaceNav({ role, current, onChange }: { role: Role; current: Area; onChange(area: Area): void }) {
  const t = useT();
  return (
    <nav className="workspace-nav" aria-label={t('nav.label')}>
      {AREAS.filter((a) => areasFor(role).includes(a.area)).map(({ area, label }) => (
        <button
          key={area}
          type="button"
          className="workspace-nav__item"
          aria-current={area === current ? 'page' : undefined}
          onClick={() => onChange(area)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
