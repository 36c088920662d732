import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { blocksInView } from './blocksInView.ts';

/** How far past the window's top and bottom blocks stay drawn, in window heights. */
const DRAWN_MARGIN = 1;
/**
 * Blocks are left out only in a body longer than this (some 5,000 words of news paragraphs): a
 * shorter one costs little to check, and a screen reader then keeps the whole of it.
 */
const LONG_BODY_BLOCKS = 100;
/** Marks a block the browser leaves out (`content-visibility: hidden` in editor.css). */
const OFFSCREEN = 'data-offscreen';

/**
 * In a long body, leaves the blocks more than a window's height above or below the view out of
 * layout and painting altogether, each keeping the size it was last drawn at. The blocks'
 * `content-visibility: auto` already spares the browser drawing them, but not looking at them:
 * after every frame that changed layout it checks each such block against the view again, two
 * hundred checks per keystroke in a 20,000-word article. A block left out is not checked.
 *
 * The blocks near the view, the first and the last block and the blocks holding the selection
 * stay drawn, so the caret moves through the text by arrows, page keys, Ctrl+Home and Ctrl+End as
 * it would without this, and scrolling draws what comes near before it shows. What is left out
 * is also out of the browser's find and of what a screen reader reads (copying is Lexical's own
 * and takes the whole selection), hence only in long bodies.
 *
 * Ctrl+End (with Shift, selecting) is the editor's own in every body: the browser moves the caret
 * only through blocks it has drawn, and stops at the start of a last block skipped out of view.
 */
export function OffscreenBlocksPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let root: HTMLElement | null = null;
    let frame = 0;
    let blocksMarked = 0;
    const mark = () => {
      frame = 0;
      if (!root) return;
      markOffscreenBlocks(root);
      blocksMarked = root.childElementCount;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(mark);
    };
    const unregisterRoot = editor.registerRootListener((next, previous) => {
      if (previous) drawAll(previous);
      root = next;
      schedule();
    });
    const unregisterUpdate = editor.registerUpdateListener(() => {
      if (!root) return;
      // An undo or a jump can put the selection in a block left out: draw it before the frame does.
      for (const block of selectedBlocks(root)) block.removeAttribute(OFFSCREEN);
      if (root.childElementCount !== blocksMarked) schedule();
    });
    const unregisterEnd = editor.registerCommand(KEY_DOWN_COMMAND, moveToEnd, COMMAND_PRIORITY_LOW);
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      unregisterRoot();
      unregisterUpdate();
      unregisterEnd();
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      if (root) drawAll(root);
    };
  }, [editor]);

  return null;
}

function moveToEnd(event: KeyboardEvent): boolean {
  if (event.key !== 'End' || !event.ctrlKey || event.altKey || event.metaKey) return false;
  const selection = $getSelection();
  const keptAnchor = event.shiftKey && $isRangeSelection(selection) ? selection.anchor : null;
  const end = $getRoot().selectEnd();
  if (keptAnchor) end.anchor.set(keptAnchor.key, keptAnchor.offset, keptAnchor.type);
  event.preventDefault();
  return true;
}

function markOffscreenBlocks(root: HTMLElement): void {
  const blocks = root.children;
  if (blocks.length <= LONG_BODY_BLOCKS) return drawAll(root);
  const height = root.ownerDocument.defaultView?.innerHeight ?? 0;
  const near = blocksInView(
    blocks.length,
    (index) => blocks[index]!.getBoundingClientRect(),
    -DRAWN_MARGIN * height,
    (1 + DRAWN_MARGIN) * height,
  );
  const selected = selectedBlocks(root);
  const last = blocks.length - 1;
  for (let index = 0; index <= last; index++) {
    const block = blocks[index]!;
    const drawn = index === 0 || index === last || (near !== null && index >= near.first && index <= near.last) || selected.includes(block);
    block.toggleAttribute(OFFSCREEN, !drawn);
  }
}

function drawAll(root: HTMLElement): void {
  for (const block of root.querySelectorAll(`:scope > [${OFFSCREEN}]`)) block.removeAttribute(OFFSCREEN);
}

/** The top-level blocks the selection's two ends are in (none when it is outside the body). */
function selectedBlocks(root: HTMLElement): Element[] {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return [];
  const blocks: Element[] = [];
  for (const end of [selection.anchorNode, selection.focusNode]) {
    let node = end;
    while (node && node.parentNode !== root) node = node.parentNode;
    if (node instanceof Element) blocks.push(node);
  }
  return blocks;
}
