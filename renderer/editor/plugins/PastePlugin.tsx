import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodes, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { decodeBase64 } from '../../../shared/text/base64';
import { cleanPastedHtml, tableAsText, tableSizes } from '../paste/clean-html';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../../shared/report/content-schema';
import { INSERT_IMAGE_COMMAND } from './ImagePlugin';

/*
 * Paste from Word and web pages: the clipboard's HTML is cleaned (see clean-html.ts),
 * embedded images are stored first, then the clean markup is imported at the selection.
 * Plain text keeps Lexical's own handling. Image files on the clipboard become images. A
 * table beyond an answer's limits is asked about: pasted as text, or not at all.
 */

export type StoreImage = (blob: Blob, name: string) => Promise<string>;

// Decoded by hand: the CSP's connect-src does not allow fetch() of data: URLs.
function dataUrlToBlob(url: string): Blob {
  const match = /^data:(image\/[a-z]+);base64,(.*)$/is.exec(url);
  const bytes = match ? decodeBase64(match[2]!.replace(/\s+/g, '')) : null;
  if (!match || !bytes) throw new Error('Den inklistrade bilden är skadad.');
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: match[1]!.toLowerCase() });
}

async function pasteHtml(
  editor: LexicalEditor,
  html: string,
  storeImage: StoreImage,
  onError: (message: string) => void,
  confirmTable: ConfirmLargeTable,
): Promise<void> {
  const body = cleanPastedHtml(html);
  // A table larger than an answer's table may be is pasted as text, if the person agrees; otherwise nothing is pasted.
  for (const { table, columns, cells } of tableSizes(body)) {
    if (columns <= MAX_TABLE_COLUMNS && cells <= MAX_TABLE_CELLS) continue;
    if (!confirmTable(columns, cells)) return;
    tableAsText(table);
  }
  for (const img of Array.from(body.querySelectorAll('img'))) {
    try {
      img.dataset.imageId = await storeImage(
        dataUrlToBlob(img.getAttribute('src') ?? ''),
        img.alt || 'inklistrad bild',
      );
    } catch (error) {
      onError(error instanceof Error ? error.message : 'Bilden kunde inte sparas.');
      img.remove();
    }
  }
  editor.update(() => {
    $insertNodes($generateNodesFromDOM(editor, body));
  });
}

async function pasteFiles(
  editor: LexicalEditor,
  files: File[],
  storeImage: StoreImage,
  onError: (message: string) => void,
): Promise<void> {
  for (const file of files) {
    try {
      const imageId = await storeImage(file, file.name || 'inklistrad bild');
      editor.dispatchCommand(INSERT_IMAGE_COMMAND, { imageId, altText: file.name || '' });
    } catch (error) {
      onError(error instanceof Error ? error.message : 'Bilden kunde inte sparas.');
    }
  }
}

/** More characters than this in one paste is asked about first: a few seconds of work for the page, and far more than an answer holds. */
export const LARGE_PASTE_CHARS = 200_000;

/** Asks whether to paste `characters` characters; false leaves the answer as it is. */
export type ConfirmLargePaste = (characters: number) => boolean;
/** Asks whether to paste a table beyond the limits as text; false leaves the answer as it is. */
export type ConfirmLargeTable = (columns: number, cells: number) => boolean;

/** Registers the paste handler; returns the cleanup. */
export function registerPaste(
  editor: LexicalEditor,
  storeImage: StoreImage,
  onError: (message: string) => void,
  confirmLarge: ConfirmLargePaste = () => true,
  confirmTable: ConfirmLargeTable = () => true,
): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data) return false;
      const html = data.getData('text/html');
      const characters = data.getData('text/plain').length || html.length;
      if (characters > LARGE_PASTE_CHARS && !confirmLarge(characters)) {
        event.preventDefault();
        return true;
      }
      const images = Array.from(data.files).filter((file) => file.type.startsWith('image/'));
      if (!html && images.length === 0) return false;
      event.preventDefault();
      if (html) void pasteHtml(editor, html, storeImage, onError, confirmTable);
      else void pasteFiles(editor, images, storeImage, onError);
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** Paste cleaning as a plugin. */
export function PastePlugin({
  storeImage,
  onError,
  confirmLarge,
  confirmTable,
}: {
  storeImage: StoreImage;
  onError: (message: string) => void;
  confirmLarge?: ConfirmLargePaste;
  confirmTable?: ConfirmLargeTable;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => registerPaste(editor, storeImage, onError, confirmLarge, confirmTable),
    [editor, storeImage, onError, confirmLarge, confirmTable],
  );
  return null;
}
