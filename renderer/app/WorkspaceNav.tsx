import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';

export type Area = 'library' | 'backups';

const AREAS: Array<{ area: Area; label: MessageKey }> = [
  { area: 'library', label: 'nav.library' },
  { area: 'backups', label: 'nav.backups' },
];

/** The workspace's areas, as tabs a signed-in user moves between. */
export function WorkspaceNav({ current, onChange }: { current: Area; onChange(area: Area): void }) {
  const t = useT();
  return (
    <nav className="workspace-nav" aria-label={t('nav.label')}>
      {AREAS.map(({ area, label }) => (
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
