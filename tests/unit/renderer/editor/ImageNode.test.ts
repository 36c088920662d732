// @vitest-environment jsdom
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BODY_NODES } from '../../../../renderer/editor/BodyEditor.tsx';
import { $createImageNode, IMAGE_NODE_VERSION, ImageNode } from '../../../../renderer/editor/nodes/ImageNode.ts';
import { ImageNodeSchema } from '../../../../core/model/document.ts';

const PHOTO = `${'a'.repeat(64)}.jpg`;

function editor(): LexicalEditor {
  return createEditor({
    nodes: BODY_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

describe('ImageNode', () => {
  it('writes the stored form the core reads, and reads it back the same', () => {
    const ed = editor();
    let json: unknown;
    ed.update(
      () => {
        const node = $createImageNode({
          src: PHOTO,
          altText: 'Hội nghị',
          caption: 'Toàn cảnh hội nghị',
          credit: 'Bích Diệp',
          width: 1200,
          height: 800,
          size: 'full',
        });
        $getRoot().append(node);
        json = node.exportJSON();
      },
      { discrete: true },
    );
    expect(json).toEqual({
      type: 'image',
      version: IMAGE_NODE_VERSION,
      src: PHOTO,
      altText: 'Hội nghị',
      caption: 'Toàn cảnh hội nghị',
      credit: 'Bích Diệp',
      width: 1200,
      height: 800,
      size: 'full',
    });
    expect(ImageNodeSchema.safeParse(json).success).toBe(true);
    ed.update(
      () => {
        const back = ImageNode.importJSON(json as Parameters<typeof ImageNode.importJSON>[0]);
        expect(back.exportJSON()).toEqual(json);
      },
      { discrete: true },
    );
  });

  it('reads an older or damaged node with safe defaults instead of failing', () => {
    const ed = editor();
    ed.update(
      () => {
        const node = ImageNode.importJSON({ type: 'image', version: 1, src: PHOTO, width: -5, size: 'huge' });
        expect(node.exportJSON()).toEqual({
          type: 'image',
          version: IMAGE_NODE_VERSION,
          src: PHOTO,
          altText: '',
          caption: '',
          credit: '',
          size: 'column',
        });
      },
      { discrete: true },
    );
  });

  it('copies to other programs as the figure the portal shows, with the credit and alt text', () => {
    const ed = editor();
    ed.update(
      () => {
        const node = $createImageNode({
          src: PHOTO,
          altText: 'Hội nghị',
          caption: 'Toàn cảnh',
          credit: 'Bích Diệp',
          width: 1200,
          height: 800,
          size: 'column',
        });
        const { element } = node.exportDOM();
        const figure = element as HTMLElement;
        expect(figure.outerHTML).toBe(
          `<figure><img src="assets/${PHOTO}" alt="Hội nghị" width="1200" height="800"><figcaption>Toàn cảnh Ảnh: Bích Diệp</figcaption></figure>`,
        );
        expect(node.createDOM().className).toBe('editor-photo-block');
        expect(node.isInline()).toBe(false);
      },
      { discrete: true },
    );
  });
});
