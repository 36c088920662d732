import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../../../core/model/text.ts';
import { whenIdle } from '../../../shared/whenIdle.ts';
import { useT } from '../../../i18n/I18nContext.tsx';
import { BlockCache } from '../../blockCache.ts';
import { $isImageNode } from '../../nodes/ImageNode.ts';

/** Counting waits for a pause in typing: a long article is not recounted on every keystroke. */
const RECOUNT_DELAY_MS = 400;
/** The first count waits for the article to be on screen, at most this long. */
const FIRST_COUNT_TIMEOUT_MS = 1_000;

const wordsOf = (block: LexicalNode) => ($isImageNode(block) ? countWords(block.fields().caption) : countWords(block.getTextContent()));

/** Words in the body and its captions, and the reading time they make; a recount reads only the paragraphs that changed. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [words, setWords] = useState<number | null>(null);

  useEffect(() => {
    const counts = new BlockCache(wordsOf);
    const count = () => setWords(counts.values(editor.getEditorState()).reduce((sum, blockWords) => sum + blockWords, 0));
    const cancelFirst = whenIdle(count, FIRST_COUNT_TIMEOUT_MS);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(count, RECOUNT_DELAY_MS);
    });
    return () => {
      cancelFirst();
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  return (
    <p className="editor-word-count" data-testid="word-count">
      {words !== null && `${t('editor.wordCount', { words })} · ${t('editor.readingTime', { minutes: readingMinutes(words) })}`}
    </p>
  );
}
