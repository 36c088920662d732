import { useState } from 'react';
import type { WordFile } from '../../core/model/print.ts';
import { saveFile } from '../shared/saveFile.ts';

export type WordExport = { status: 'idle' } | { status: 'busy' } | { status: 'done'; file: string } | { status: 'failed'; error: unknown };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Makes a Word file in the core and hands it to the user as a download. */
export function useWordExport(make: () => Promise<WordFile | null>): [WordExport, () => Promise<void>] {
  const [state, setState] = useState<WordExport>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'busy' });
    try {
      const file = await make();
      if (!file) return setState({ status: 'idle' });
      saveFile(file.fileName, file.docxBase64, DOCX_TYPE);
      setState({ status: 'done', file: file.fileName });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return [state, run];
}
