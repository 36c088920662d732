import { $getRoot, $getSlot, $getSlotNames, $isElementNode, type EditorState, type LexicalNode, type NodeKey } from 'lexical';

/**
 * The nodes a top-level block is made of, in order. Lexical never changes a node of a committed
 * editor state in place: any change inside the block (its text, a format, a child added or taken
 * away, an undo) puts a new node object in at least one of these places.
 */
function $partsOf(block: LexicalNode): LexicalNode[] {
  const parts: LexicalNode[] = [];
  const visit = (node: LexicalNode) => {
    parts.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
    for (const name of $getSlotNames(node)) {
      const slot = $getSlot(node, name);
      if (slot) visit(slot);
    }
  };
  visit(block);
  return parts;
}

function sameParts(a: readonly LexicalNode[], b: readonly LexicalNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Something worked out per top-level block of the body (its JSON, its word count, its misspelt
 * words), kept from one read to the next and worked out again only for the blocks that changed:
 * on a 20,000-word article a keystroke changes one block of two hundred.
 */
export class BlockCache<T> {
  private readonly entries = new Map<NodeKey, { parts: LexicalNode[]; value: T }>();

  constructor(
    private readonly compute: (block: LexicalNode) => T,
    /** Told about a value that is no longer the block's (it changed or went away). */
    private readonly dropped: (value: T) => void = () => undefined,
    /** Whether a value kept for an unchanged block still holds (e.g. it points into the block's DOM). */
    private readonly holds: (value: T, block: LexicalNode) => boolean = () => true,
  ) {}

  /** The value of every top-level block in `state`, in order. */
  values(state: EditorState): T[] {
    return state.read(() => {
      const values: T[] = [];
      const seen = new Set<NodeKey>();
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey();
        seen.add(key);
        const parts = $partsOf(block);
        const entry = this.entries.get(key);
        if (entry && sameParts(entry.parts, parts) && this.holds(entry.value, block)) {
          values.push(entry.value);
          continue;
        }
        if (entry) this.dropped(entry.value);
        const value = this.compute(block);
        this.entries.set(key, { parts, value });
        values.push(value);
      }
      for (const [key, entry] of this.entries) {
        if (seen.has(key)) continue;
        this.dropped(entry.value);
        this.entries.delete(key);
      }
      return values;
    });
  }

  /** Forgets every value (each is told to `dropped`): the next read works all of them out again. */
  clear(): void {
    for (const entry of this.entries.values()) this.dropped(entry.value);
    this.entries.clear();
  }
}
