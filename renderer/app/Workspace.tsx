import { useState } from 'react';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { BackupScreen } from '../backup/BackupScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { WorkspaceNav, type Area } from './WorkspaceNav.tsx';

type Place = { screen: 'library'; returnTo?: string } | { screen: 'article'; id: string } | { screen: 'backups' };

/** What a signed-in user sees: the library, one article opened from it, or the backups. */
export function Workspace() {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);

  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} onBack={() => setPlace({ screen: 'library', returnTo: place.id })} />;
  }
  const area: Area = place.screen;
  return (
    <>
      <WorkspaceNav current={area} onChange={(next) => setPlace({ screen: next })} />
      {place.screen === 'backups' ? (
        <BackupScreen />
      ) : (
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
