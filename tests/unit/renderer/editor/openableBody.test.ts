// @vitest-environment jsdom
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState, SerializedNode } from '../../../../core/model/document.ts';
import { BODY_NODE_TYPES, BODY_NODES } from '../../../../renderer/editor/BodyEditor.tsx';
import { openableBody } from '../../../../renderer/editor/openableBody.ts';

const text = (value: string): SerializedNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const block = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** A body written by a newer Newsdesk: a table and an inline footnote this editor has never heard of. */
const body: SerializedEditorState = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      block('paragraph', [text('Đoạn mở đầu'), { type: 'footnote', version: 1, text: '[1] Nguồn: Sở Nông nghiệp' }]),
      block('table', [block('tablerow', [block('tablecell', [block('paragraph', [text('Ô một')])]), block('tablecell', [text('Ô hai')])])]),
      { type: 'embed', version: 1, url: 'https://example.org/video' },
      block('heading', [text('Kết luận')], { tag: 'h2' }),
    ],
  },
};

describe('openableBody', () => {
  it('is needed: the editor refuses the whole body over one node type it does not know', () => {
    const editor = createEditor({
      nodes: BODY_NODES,
      onError: (error) => {
        throw error;
      },
    });
    expect(() => editor.parseEditorState(JSON.stringify(body))).toThrow();
  });

  it('opens what can be opened: the known text stays, unknown nodes give their content, and are named', () => {
    const opened = openableBody(body, BODY_NODE_TYPES);
    expect(opened.unknownTypes.sort()).toEqual(['embed', 'footnote', 'table', 'tablecell', 'tablerow']);
    const editor = createEditor({
      nodes: BODY_NODES,
      onError: (error) => {
        throw error;
      },
    });
    const state = editor.parseEditorState(JSON.stringify(opened.body));
    const shown = state.read(() => state._nodeMap.get('root')!.getTextContent());
    expect(shown).toContain('Đoạn mở đầu[1] Nguồn: Sở Nông nghiệp');
    expect(shown).toContain('Ô một');
    expect(shown).toContain('Ô hai');
    expect(shown).toContain('Kết luận');
  });

  it('leaves a body it fully knows as it is', () => {
    const known: SerializedEditorState = { root: { ...body.root, children: [block('paragraph', [text('Chỉ một đoạn')])] } };
    expect(openableBody(known, BODY_NODE_TYPES)).toEqual({ body: known, unknownTypes: [] });
  });
});
