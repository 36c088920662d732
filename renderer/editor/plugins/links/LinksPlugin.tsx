import { $isAutoLinkNode, $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { safeLinkUrl } from '../../../../core/render/safeUrl.ts';

const isSafe = (url: string) => safeLinkUrl(url) !== null;

/**
 * Links: only http, https and mailto. The toolbar refuses anything else with a message; whatever
 * way another link gets in (a paste, a document loaded from disk), it is unwrapped to its text
 * here, so no unsafe link survives in the editor.
 */
export function LinksPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const unwrapUnsafe = (node: LexicalNode) => {
      if (($isLinkNode(node) || $isAutoLinkNode(node)) && !isSafe(node.getURL())) {
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      }
    };
    return mergeRegister(editor.registerNodeTransform(LinkNode, unwrapUnsafe), editor.registerNodeTransform(AutoLinkNode, unwrapUnsafe));
  }, [editor]);

  return <LinkPlugin validateUrl={isSafe} />;
}
