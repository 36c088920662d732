import { useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { BulletinScreen } from '../bulletin/BulletinScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { WorkspaceNav } from './WorkspaceNav.tsx';

type Place = { screen: 'library'; returnTo?: string } | { screen: 'article'; id: string } | { screen: 'bulletin' };

/** Bulletins are printed by the communications officers (and the administrator). */
const BULLETIN_ROLES = new Set<User['role']>(['communications', 'admin']);

/** What a signed-in user sees: the library, one article opened from it, or the bulletin. */
export function Workspace({ user }: { user: User }) {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);
  const nav = BULLETIN_ROLES.has(user.role) && place.screen !== 'article' && (
    <WorkspaceNav current={place.screen} onGo={(screen) => setPlace({ screen })} />
  );

  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} onBack={() => setPlace({ screen: 'library', returnTo: place.id })} />;
  }
  if (place.screen === 'bulletin') {
    return (
      <>
        {nav}
        <BulletinScreen />
      </>
    );
  }
  return (
    <>
      {nav}
      <LibraryScreen
        filter={filter}
        onFilterChange={setFilter}
        onOpen={(id) => setPlace({ screen: 'article', id })}
        focusId={place.returnTo}
      />
    </>
  );
}
