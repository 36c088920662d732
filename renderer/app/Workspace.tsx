import { useState } from 'react';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { SyncScreen } from '../sync/SyncScreen.tsx';

type Place = { screen: 'library'; returnTo?: string } | { screen: 'article'; id: string } | { screen: 'sync' };

/** What a signed-in user sees: the library, or one article opened from it. */
export function Workspace() {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);

  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} onBack={() => setPlace({ screen: 'library', returnTo: place.id })} />;
  }
  if (place.screen === 'sync') return <SyncScreen onBack={() => setPlace({ screen: 'library' })} />;
  return (
    <LibraryScreen
      filter={filter}
      onFilterChange={setFilter}
      onOpen={(id) => setPlace({ screen: 'article', id })}
      onOpenSync={() => setPlace({ screen: 'sync' })}
      focusId={place.returnTo}
    />
  );
}
