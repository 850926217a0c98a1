import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { StoredImage } from './StoredImage';

/*
 * An image in an answer. The bytes live in the database's image table; the node keeps
 * only the image id, its alternative text and its size, as the content schema expects.
 */

export type SerializedImageNode = Spread<
  { imageId: string; altText: string; width: number | null; height: number | null },
  SerializedLexicalNode
>;

export class ImageNode extends DecoratorNode<JSX.Element> {
  __imageId: string;
  __altText: string;
  __width: number | null;
  __height: number | null;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__imageId, node.__altText, node.__width, node.__height, node.__key);
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode(json.imageId, json.altText, json.width, json.height);
  }

  /** Pasted images arrive as <img data-image-id> once the paste plugin has stored their bytes. */
  static override importDOM(): DOMConversionMap {
    return {
      img: (element: HTMLElement) =>
        element.dataset.imageId
          ? {
              priority: 1,
              conversion: () => ({
                node: $createImageNode(element.dataset.imageId!, element.getAttribute('alt') ?? ''),
              }),
            }
          : null,
    };
  }

  constructor(imageId: string, altText: string, width: number | null, height: number | null, key?: NodeKey) {
    super(key);
    this.__imageId = imageId;
    this.__altText = altText;
    this.__width = width;
    this.__height = height;
  }

  override exportJSON(): SerializedImageNode {
    return {
      type: 'image',
      version: 1,
      imageId: this.__imageId,
      altText: this.__altText,
      width: this.__width,
      height: this.__height,
    };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'editor-image';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const img = document.createElement('img');
    img.alt = this.__altText;
    img.dataset.imageId = this.__imageId;
    return { element: img };
  }

  override isInline(): boolean {
    return true;
  }

  override decorate(): JSX.Element {
    return <StoredImage imageId={this.__imageId} altText={this.__altText} width={this.__width} />;
  }
}

/** A new image node referring to a stored image. */
export function $createImageNode(
  imageId: string,
  altText: string,
  width: number | null = null,
  height: number | null = null,
): ImageNode {
  return $applyNodeReplacement(new ImageNode(imageId, altText, width, height));
}

/** True when the node is an image. */
export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
