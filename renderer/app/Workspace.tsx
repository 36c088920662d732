import { useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState } from '../../core/model/article.ts';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { EditorScreen } from '../editor/EditorScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';

type Place =
  | { screen: 'library'; returnTo?: string | undefined }
  | { screen: 'article'; id: string }
  /** `id` null: a new article. */
  | { screen: 'editor'; id: string | null };

/** What a signed-in user sees: the library, one article opened from it, or the editor. */
export function Workspace({ user }: { user: User }) {
  const [place, setPlace] = useState<Place>({ screen: 'library' });
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);
  const toLibrary = (id?: string | null) => setPlace({ screen: 'library', returnTo: id ?? undefined });

  if (place.screen === 'editor') {
    return <EditorScreen id={place.id} onClose={toLibrary} />;
  }
  if (place.screen === 'article') {
    return <ArticleScreen id={place.id} user={user} onBack={() => toLibrary(place.id)} onEdit={() => setPlace({ screen: 'editor', id: place.id })} />;
  }
  return (
    <LibraryScreen
      user={user}
      filter={filter}
      onFilterChange={setFilter}
      onOpen={(id) => setPlace({ screen: 'article', id })}
      onWrite={(id) => setPlace({ screen: 'editor', id })}
      focusId={place.returnTo}
    />
  );
}
