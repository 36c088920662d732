import { PeopleProvider } from '../accounts/usePeople.tsx';
import { SignInScreen } from '../session/SignInScreen.tsx';
import { useSession } from '../session/useSession.ts';
import { AppHeader } from './AppHeader.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { LeaveGuardProvider, useLeaveGuards } from './LeaveGuard.tsx';
import { Loading } from '../shared/Loading.tsx';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import { Workspace } from './Workspace.tsx';

export function App() {
  return (
    <LeaveGuardProvider>
      <AppShell />
    </LeaveGuardProvider>
  );
}

function AppShell() {
  const session = useSession();
  const { mayLeave } = useLeaveGuards();
  // Signing out closes the open article: it is saved first, and a failed save keeps the user there.
  const signOut = () => void mayLeave().then((ok) => ok && session.signOut());
  const user = session.state.status === 'signed-in' ? session.state.user : null;

  return (
    <div className="app">
      <AppHeader user={user} onSignOut={signOut} />
      <main id="main" className="app-main" tabIndex={-1}>
        {session.state.status === 'loading' && <Loading />}
        {session.state.status === 'failed' && <ErrorPanel error={session.state.error} onRetry={session.retry} />}
        {session.state.status === 'signed-out' && (
          <ScreenBoundary key="sign-in" screen="sign-in">
            <SignInScreen onSignIn={session.signIn} />
          </ScreenBoundary>
        )}
        {/* Each screen has a boundary of its own; this one catches the workspace's navigation itself. */}
        {user && (
          <ScreenBoundary key={`workspace ${user.username}`} screen="workspace">
            <PeopleProvider>
              <Workspace user={user} />
            </PeopleProvider>
          </ScreenBoundary>
        )}
      </main>
    </div>
  );
}
