import { useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { saveFile } from '../shared/saveFile.ts';

export type PackageExport =
  { status: 'idle' } | { status: 'busy' } | { status: 'done'; file: string } | { status: 'failed'; error: unknown };

/** "Xuất gói .newsdesk": the article with its photos and history in one file, for a USB stick or e-mail. */
export function useArticlePackage(id: string): [PackageExport, () => Promise<void>] {
  const api = useApi();
  const [state, setState] = useState<PackageExport>({ status: 'idle' });
  const exportPackage = async () => {
    setState({ status: 'busy' });
    try {
      const file = await api.exchange.exportPackage(id);
      saveFile(file.fileName, file.data, 'application/zip');
      setState({ status: 'done', file: file.fileName });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return [state, exportPackage];
}
