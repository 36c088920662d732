import { useApi } from '../api/ApiContext.tsx';
import { useLoad } from '../shared/useLoad.ts';

/** The newsroom's categories, as the administrator keeps them; empty until they arrive or when they cannot be read. */
export function useCategories(): readonly string[] {
  const api = useApi();
  const [list] = useLoad(() => api.newsroom.categories(), [api]);
  return list.status === 'ready' ? list.value : [];
}
