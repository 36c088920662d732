import { createElement, lazy, Suspense, type JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import type { PhotoSize } from '../../../core/model/document.ts';
import { assetUrl } from '../../api/assetUrl.ts';
import './ImageNode.css';

// The photo's editing UI is loaded when the first photo appears, not with the editor.
const ImageComponent = lazy(() => import('./ImageComponent.tsx'));

export interface ImageFields {
  /** Asset name in the library (`<sha256>.<ext>`). */
  src: string;
  altText: string;
  caption: string;
  credit: string;
  width?: number | undefined;
  height?: number | undefined;
  size: PhotoSize;
}

/**
 * The stored form, which `core/model/document.ts` (ImageNodeSchema) reads and core renders as
 * `<figure>`. Version 2 added `size`; fields are only ever added, never renamed.
 */
export type SerializedImageNode = Spread<
  {
    src: string;
    altText: string;
    caption: string;
    credit: string;
    width?: number;
    height?: number;
    size: PhotoSize;
  },
  SerializedLexicalNode
>;

export const IMAGE_NODE_VERSION = 2;

/** A photo in the body: a block of its own, with its caption, credit and alt text kept on the node. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __src: string;
  __altText: string;
  __caption: string;
  __credit: string;
  __width: number | undefined;
  __height: number | undefined;
  __size: PhotoSize;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.fields(), node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedLexicalNode> & Record<string, unknown>): ImageNode {
    return $createImageNode({
      src: typeof json.src === 'string' ? json.src : '',
      altText: typeof json.altText === 'string' ? json.altText : '',
      caption: typeof json.caption === 'string' ? json.caption : '',
      credit: typeof json.credit === 'string' ? json.credit : '',
      width: positive(json.width),
      height: positive(json.height),
      size: json.size === 'full' ? 'full' : 'column',
    });
  }

  constructor(fields: ImageFields, key?: NodeKey) {
    super(key);
    this.__src = fields.src;
    this.__altText = fields.altText;
    this.__caption = fields.caption;
    this.__credit = fields.credit;
    this.__width = fields.width;
    this.__height = fields.height;
    this.__size = fields.size;
  }

  fields(): ImageFields {
    const self = this.getLatest();
    return {
      src: self.__src,
      altText: self.__altText,
      caption: self.__caption,
      credit: self.__credit,
      width: self.__width,
      height: self.__height,
      size: self.__size,
    };
  }

  override exportJSON(): SerializedImageNode {
    const { width, height, ...rest } = this.fields();
    return {
      type: 'image',
      version: IMAGE_NODE_VERSION,
      ...rest,
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
    };
  }

  /** Copying to another program: the same figure core renders for the portal. */
  override exportDOM(): DOMExportOutput {
    const { src, altText, caption, credit, width, height } = this.fields();
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.src = assetUrl(src);
    img.alt = altText;
    if (width) img.width = width;
    if (height) img.height = height;
    figure.append(img);
    if (caption.trim() || credit.trim()) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = [caption.trim(), credit.trim() ? `Ảnh: ${credit.trim()}` : ''].filter(Boolean).join(' ');
      figure.append(figcaption);
    }
    return { element: figure };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'editor-photo-block';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  setCaption(caption: string): this {
    const self = this.getWritable();
    self.__caption = caption;
    return self;
  }

  setCredit(credit: string): this {
    const self = this.getWritable();
    self.__credit = credit;
    return self;
  }

  setAltText(altText: string): this {
    const self = this.getWritable();
    self.__altText = altText;
    return self;
  }

  setSize(size: PhotoSize): this {
    const self = this.getWritable();
    self.__size = size;
    return self;
  }

  override decorate(): JSX.Element {
    return createElement(Suspense, { fallback: null }, createElement(ImageComponent, { nodeKey: this.getKey(), ...this.fields() }));
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function $createImageNode(fields: ImageFields): ImageNode {
  return $applyNodeReplacement(new ImageNode(fields));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
