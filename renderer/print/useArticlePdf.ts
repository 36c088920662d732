import { useState } from 'react';
import type { PaperName } from '../../core/model/print.ts';
import { useApi } from '../api/ApiContext.tsx';
import { savePdf } from '../shared/saveFile.ts';

export type PdfExport =
  { status: 'idle' } | { status: 'busy' } | { status: 'done'; file: string; pages: number } | { status: 'failed'; error: unknown };

/** Makes the article's print-ready PDF in the core and hands it to the user as a file. */
export function useArticlePdf(id: string): [PdfExport, (paper: PaperName) => Promise<void>] {
  const api = useApi();
  const [state, setState] = useState<PdfExport>({ status: 'idle' });
  const exportPdf = async (paper: PaperName) => {
    setState({ status: 'busy' });
    try {
      const file = await api.print.article(id, { paper, bleedMm: 0, cropMarks: false });
      savePdf(file.fileName, file.pdfBase64);
      setState({ status: 'done', file: file.fileName, pages: file.pageCount });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return [state, exportPdf];
}
