import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

/** Runs before the user leaves what they are working on (signing out); false keeps them there. */
type Guard = () => Promise<boolean>;

interface LeaveGuards {
  register(guard: Guard): () => void;
  /** Asks every open screen to finish (an editor saves); true when all of them may be left. */
  mayLeave(): Promise<boolean>;
}

const LeaveGuardContext = createContext<LeaveGuards | null>(null);

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const guards = useRef(new Set<Guard>());
  const value = useMemo<LeaveGuards>(
    () => ({
      register(guard) {
        guards.current.add(guard);
        return () => guards.current.delete(guard);
      },
      async mayLeave() {
        const answers = await Promise.all([...guards.current].map((guard) => guard()));
        return answers.every(Boolean);
      },
    }),
    [],
  );
  return <LeaveGuardContext.Provider value={value}>{children}</LeaveGuardContext.Provider>;
}

export function useLeaveGuards(): LeaveGuards {
  const guards = useContext(LeaveGuardContext);
  if (!guards) throw new Error('useLeaveGuards() needs a <LeaveGuardProvider> above it');
  return guards;
}

/** Registers `guard` for as long as the calling component is shown. */
export function useLeaveGuard(guard: Guard): void {
  const { register } = useLeaveGuards();
  const latest = useRef(guard);
  latest.current = guard;
  const stable = useCallback(() => latest.current(), []);
  useEffect(() => register(stable), [register, stable]);
}
