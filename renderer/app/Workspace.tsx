import { lazy, Suspense, useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { BackupScreen } from '../backup/BackupScreen.tsx';
import { BulletinScreen } from '../bulletin/BulletinScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { Loading } from './Loading.tsx';
import { WorkspaceNav, type Area } from './WorkspaceNav.tsx';

// Lexical loads with the first article opened for writing, not with the library.
const EditorScreen = lazy(() => import('../editor/EditorScreen.tsx').then((module) => ({ default: module.EditorScreen })));
import { SyncScreen } from '../sync/SyncScreen.tsx';

type Place =
  | { screen: 'library'; returnTo?: string | undefined }
  | { screen: 'article'; id: string }
  /** `id` null: a new article. */
  | { screen: 'editor'; id: string | null }
  | { screen: 'bulletin' }
  | { screen: 'backups' }
  | { screen: 'portal' };

/** What a signed-in user sees: the library, an article opened from it, the editor, or one of the workspace's other areas. */
export function Workspace({ user }: { user: User }) {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);
  const toLibrary = (id?: string | null) => setPlace({ screen: 'library', returnTo: id ?? undefined });

  if (place.screen === 'editor') {
    return (
      <Suspense fallback={<Loading />}>
        <EditorScreen id={place.id} onClose={toLibrary} />
      </Suspense>
    );
  }
  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} user={user} onBack={() => toLibrary(place.id)} onEdit={() => setPlace({ screen: 'editor', id: place.id })} />;
  }
  const area: Area = place.screen;
  return (
    <>
      <WorkspaceNav role={user.role} current={area} onChange={(next) => setPlace({ screen: next })} />
      {place.screen === 'bulletin' && <BulletinScreen />}
      {place.screen === 'backups' && <BackupScreen />}
      {place.screen === 'portal' && <SyncScreen onBack={() => setPlace({ screen: 'library' })} />}
      {place.screen === 'library' && (
        <LibraryScreen
          user={user}
          filter={filter}
          onFilterChange={setFilter}
          onOpen={(id) => setPlace({ screen: 'article', id })}
          onWrite={(id) => setPlace({ screen: 'editor', id })}
          focusId={place.returnTo}
        />
      )}
    </>
  );
}
