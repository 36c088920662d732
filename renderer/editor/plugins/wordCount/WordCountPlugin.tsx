import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../../../core/model/text.ts';
import { useT } from '../../../i18n/I18nContext.tsx';
import { $isImageNode } from '../../nodes/ImageNode.ts';

/** Counting waits for a pause in typing: a long article is not recounted on every keystroke. */
const RECOUNT_DELAY_MS = 400;

function wordsIn(state: EditorState): number {
  return state.read(() => {
    let words = 0;
    for (const block of $getRoot().getChildren()) {
      words += $isImageNode(block) ? countWords(block.fields().caption) : countWords(block.getTextContent());
    }
    return words;
  });
}

/** Words in the body and its captions, and the reading time they make. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [words, setWords] = useState(() => wordsIn(editor.getEditorState()));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setWords(wordsIn(editorState)), RECOUNT_DELAY_MS);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  return (
    <p className="editor-word-count" data-testid="word-count">
      {t('editor.wordCount', { words })} · {t('editor.readingTime', { minutes: readingMinutes(words) })}
    </p>
  );
}
