import { createContext, useContext, type ReactNode } from 'react';
import type { NewsdeskApi } from '../../core/api.ts';

const ApiContext = createContext<NewsdeskApi | null>(null);

export function ApiProvider({ api, children }: { api: NewsdeskApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): NewsdeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
}
