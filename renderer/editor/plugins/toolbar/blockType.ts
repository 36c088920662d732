import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

export interface SelectionFormat {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: string | null;
}

export const NO_FORMAT: SelectionFormat = { block: 'paragraph', bold: false, italic: false, underline: false, link: null };

/** What the toolbar shows as active for the current selection. */
export function $selectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const top =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (node) => !!node.getParent() && $isRootOrShadowRoot(node.getParent())) ?? anchor);
  let block: BlockType = 'paragraph';
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    block = list.getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(top)) {
    block = top.getTag() === 'h3' ? 'h3' : 'h2';
  } else if ($isQuoteNode(top)) {
    block = 'quote';
  }
  const linkParent = $findMatchingParent(anchor, (node: LexicalNode) => $isLinkNode(node));
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $isLinkNode(linkParent) ? linkParent.getURL() : null,
  };
}

/** Turns the selected blocks into paragraphs, headings or a quote. */
export function $setBlockType(type: 'paragraph' | 'h2' | 'h3' | 'quote'): void {
  const selection = $getSelection();
  const create: () => ElementNode =
    type === 'paragraph' ? () => $createParagraphNode() : type === 'quote' ? () => $createQuoteNode() : () => $createHeadingNode(type);
  $setBlocksType(selection, create);
}

/** Removes bold, italic, underline and the rest from the selected text. */
export function $clearTextFormats(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const node of selection.extract()) {
    if ($isTextNode(node)) {
      node.setFormat(0);
      node.setStyle('');
    }
  }
  selection.setFormat(0);
}
