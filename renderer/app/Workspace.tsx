import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { User } from '../../core/model/account.ts';
import type { ArticleState } from '../../core/model/article.ts';
import { canWrite } from '../../core/model/editRules.ts';
import { AccountsScreen } from '../accounts/AccountsScreen.tsx';
import { useApi } from '../api/ApiContext.tsx';
import { ArticleScreen } from '../article/ArticleScreen.tsx';
import { BackupScreen } from '../backup/BackupScreen.tsx';
import { BulletinScreen } from '../bulletin/BulletinScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { CategoriesScreen } from '../newsroom/CategoriesScreen.tsx';
import { SyncScreen } from '../sync/SyncScreen.tsx';
import { ArticleListScreen } from '../workflow/ArticleListScreen.tsx';
import { useLeaveGuards } from './LeaveGuard.tsx';
import { Loading } from '../shared/Loading.tsx';
import { articleToReopen, noteEditing } from './resume.ts';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import { useRecentArticle } from './useRecentArticle.ts';
import { useShellCommand } from '../shared/useShellCommand.ts';
import { useLoad } from '../shared/useLoad.ts';
import { WorkspaceNav, type Area } from './WorkspaceNav.tsx';

// Lexical loads with the first article opened for writing, not with the library.
const EditorScreen = lazy(() => import('../editor/EditorScreen.tsx').then((module) => ({ default: module.EditorScreen })));

type Place =
  | { screen: 'library'; returnTo?: string | undefined }
  | { screen: 'article'; id: string; from: Area }
  /** `id` null: a new article. */
  | { screen: 'editor'; id: string | null }
  | { screen: Exclude<Area, 'library'> };

/** What a signed-in user sees: the library, an article opened from it, the editor, or one of the workspace's other areas. */
export function Workspace({ user }: { user: User }) {
  const api = useApi();
  // Null while finding out where to start: back in the editor when the last page ended abnormally.
  const [place, setPlace] = useState<Place | null>(null);
  const [filter, setFilter] = useState<ArticleState | undefined>(undefined);
  const toLibrary = (id?: string | null) => setPlace({ screen: 'library', returnTo: id ?? undefined });
  const [counts] = useLoad(() => api.workflow.counts(), [api, place?.screen]);
  const mine = useCallback(
    async () =>
      (await api.library.list({})).filter((a) => a.author === user.username).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [api, user.username],
  );
  const queue = useCallback(() => api.workflow.queue(), [api]);
  useRecentArticle(place !== null && (place.screen === 'article' || place.screen === 'editor') ? place.id : null);
  const { mayLeave } = useLeaveGuards();
  // The desktop's recent-articles menus: an open editor saves first, as when signing out.
  useShellCommand('open-article', ({ id }) => {
    if (place?.screen === 'editor' && place.id === id) return;
    void mayLeave().then((ok) => ok && setPlace({ screen: 'article', id, from: 'library' }));
  });
  const noteOpen = useCallback((articleId: string) => noteEditing(user.username, articleId), [user.username]);

  useEffect(() => {
    let current = true;
    const start = async (): Promise<Place> => {
      if (!canWrite(user)) return { screen: 'library' };
      // Unsaved work the core kept through a crash comes first; if that cannot be asked, the library still opens.
      const kept = await api.editor.recovered().catch(() => []);
      const id = articleToReopen(
        user.username,
        kept.map((copy) => copy.articleId),
      );
      return id ? { screen: 'editor', id } : { screen: 'library' };
    };
    void start().then((first) => current && setPlace(first));
    return () => {
      current = false;
    };
  }, [api, user]);

  if (place === null) return <Loading />;

  const nav = (current: Area) => (
    <WorkspaceNav
      role={user.role}
      current={current}
      waiting={counts.status === 'ready' ? counts.value.submitted : null}
      onChange={(next) => setPlace(next === 'library' ? { screen: 'library' } : { screen: next })}
    />
  );

  if (place.screen === 'editor') {
    const screen = `editor ${place.id ?? 'new'}`;
    return (
      <ScreenBoundary key={screen} screen={screen} navigation={nav('library')}>
        <Suspense fallback={<Loading />}>
          <EditorScreen id={place.id} onClose={toLibrary} onOpen={noteOpen} />
        </Suspense>
      </ScreenBoundary>
    );
  }
  if (place.screen === 'article') {
    const back = place.from === 'library' ? () => toLibrary(place.id) : () => setPlace({ screen: place.from as Exclude<Area, 'library'> });
    const screen = `article ${place.id}`;
    return (
      <ScreenBoundary key={screen} screen={screen} navigation={nav(place.from)}>
        <ArticleScreen id={place.id} user={user} onBack={back} onEdit={() => setPlace({ screen: 'editor', id: place.id })} />
      </ScreenBoundary>
    );
  }
  const area: Area = place.screen;
  const open = (id: string) => setPlace({ screen: 'article', id, from: area });
  return (
    <>
      {nav(area)}
      <ScreenBoundary key={area} screen={area}>
        {place.screen === 'library' && (
          <LibraryScreen
            user={user}
            filter={filter}
            onFilterChange={setFilter}
            onOpen={open}
            onWrite={(id) => setPlace({ screen: 'editor', id })}
            focusId={place.returnTo}
          />
        )}
        {place.screen === 'mine' && (
          <ArticleListScreen title="mine.title" intro="mine.intro" empty="mine.empty" load={mine} onOpen={open} />
        )}
        {place.screen === 'review' && (
          <ArticleListScreen title="review.title" intro="review.intro" empty="review.empty" load={queue} onOpen={open} />
        )}
        {place.screen === 'bulletin' && <BulletinScreen />}
        {place.screen === 'portal' && <SyncScreen onBack={() => setPlace({ screen: 'library' })} />}
        {place.screen === 'accounts' && <AccountsScreen />}
        {place.screen === 'categories' && <CategoriesScreen />}
        {place.screen === 'backups' && <BackupScreen role={user.role} />}
      </ScreenBoundary>
    </>
  );
}
