import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext.tsx';

/** Login name → the name people know each other by. */
type People = ReadonlyMap<string, string>;

const PeopleContext = createContext<People>(new Map());

/** Loads the newsroom's display names once per sign-in, for every screen under it. */
export function PeopleProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [people, setPeople] = useState<People>(new Map());
  useEffect(() => {
    let current = true;
    // Without the list, login names still say who it was: nothing to report.
    void api.accounts
      .people()
      .then((list) => current && setPeople(new Map(list.map((person) => [person.username, person.displayName]))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api]);
  return <PeopleContext.Provider value={people}>{children}</PeopleContext.Provider>;
}

/** `name("bientap")` → "Trần Biên Tập"; an account no longer in the list keeps its login name. */
export function useDisplayName(): (username: string) => string {
  const people = useContext(PeopleContext);
  return (username) => people.get(username) ?? username;
}
