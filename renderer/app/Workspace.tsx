import { useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { BackupScreen } from '../backup/BackupScreen.tsx';
import { BulletinScreen } from '../bulletin/BulletinScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { WorkspaceNav, type Area } from './WorkspaceNav.tsx';

type Place = { screen: 'library'; returnTo?: string } | { screen: 'article'; id: string } | { screen: 'bulletin' } | { screen: 'backups' };

/** What a signed-in user sees: the library, one article opened from it, the bulletin or the backups. */
export function Workspace({ user }: { user: User }) {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);

  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} onBack={() => setPlace({ screen: 'library', returnTo: place.id })} />;
  }
  const area: Area = place.screen;
  return (
    <>
      <WorkspaceNav role={user.role} current={area} onChange={(next) => setPlace({ screen: next })} />
      {place.screen === 'bulletin' && <BulletinScreen />}
      {place.screen === 'backups' && <BackupScreen />}
      {place.screen === 'library' && (
        <LibraryScreen
          filter={filter}
          onFilterChange={setFilter}
          onOpen={(id) => setPlace({ screen: 'article', id })}
          focusId={place.returnTo}
        />
      )}
    </>
  );
}
