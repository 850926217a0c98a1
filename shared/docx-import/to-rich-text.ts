import { stripControlCharacters } from '../text/control-characters';
import type { RichText, SerializedBlock, SerializedInline, SerializedList, SerializedListItem, SerializedText } from '../report/content-schema';
import type { DocxParagraph, DocxRun } from './docx-model';

/*
 * Paragraphs read from Word as the app's rich text: runs become text nodes (adjacent
 * runs with the same format merged), links with safe schemes become links (others stay
 * as their text), images refer to the imported image ids, Word headings become
 * sub-headings, and consecutive list paragraphs become nested lists.
 */

const SAFE_URL = /^(https?:|mailto:)/i;

const textNode = (text: string, format: number): SerializedText => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });

function inlineNodes(runs: readonly DocxRun[], imageIds: ReadonlyMap<string, string>): SerializedInline[] {
  const out: SerializedInline[] = [];
  const pushText = (raw: string, format: number, link: string | undefined) => {
    const text = stripControlCharacters(raw);
    if (text === '') return;
    const safeLink = link && SAFE_URL.test(link.trim()) ? link.trim() : undefined;
    const last = out[out.length - 1];
    if (safeLink) {
      if (last?.type === 'link' && last.url === safeLink) {
        const tail = last.children[last.children.length - 1];
        if (tail?.type === 'text' && tail.format === format) tail.text += text;
        else last.children.push(textNode(text, format));
        return;
      }
      out.push({ type: 'link', version: 1, url: safeLink, rel: 'noopener noreferrer', target: null, title: null, direction: null, format: '', indent: 0, children: [textNode(text, format)] });
      return;
    }
    if (last?.type === 'text' && last.format === format) last.text += text;
    else out.push(textNode(text, format));
  };
  for (const run of runs) {
    if (run.kind === 'text') pushText(run.text.replace(/\t/g, ' '), run.format, run.link);
    else if (run.kind === 'checkbox') pushText(run.checked ? '☒' : '☐', 0, undefined);
    else if (run.kind === 'break') out.push({ type: 'linebreak', version: 1 });
    else {
      const imageId = imageIds.get(run.key);
      if (imageId) out.push({ type: 'image', version: 1, imageId, altText: run.alt.slice(0, 1_000), width: run.width, height: run.height });
    }
  }
  return out;
}

const element = { version: 1 as const, direction: null, format: '' as const, indent: 0 };

function paragraphBlock(paragraph: DocxParagraph, imageIds: ReadonlyMap<string, string>): SerializedBlock {
  const children = inlineNodes(paragraph.runs, imageIds);
  // The editor keeps one sub-heading level (h4), whatever level Word used.
  if (paragraph.heading !== null && paragraph.heading > 0) return { type: 'heading', ...element, tag: 'h4', children };
  return { type: 'paragraph', ...element, textFormat: 0, textStyle: '', children };
}

function newList(ordered: boolean): SerializedList {
  return { type: 'list', ...element, listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul', children: [] };
}

/** Builds nested lists from a run of list paragraphs. */
function listBlock(items: readonly DocxParagraph[], imageIds: ReadonlyMap<string, string>): SerializedList {
  const root = newList(items[0]!.list!.ordered);
  const stack: SerializedList[] = [root];
  for (const item of items) {
    const level = Math.min(item.list!.level, stack.length);
    while (stack.length > level + 1) stack.pop();
    if (stack.length < level + 1) {
      const parent = stack[stack.length - 1]!;
      const nested = newList(item.list!.ordered);
      const holder: SerializedListItem = { type: 'listitem', ...element, value: parent.children.length + 1, children: [nested] };
      parent.children.push(holder);
      stack.push(nested);
    }
    const list = stack[stack.length - 1]!;
    list.children.push({ type: 'listitem', ...element, value: list.children.length + 1, children: inlineNodes(item.runs, imageIds) });
  }
  return root;
}

/** The rich text of an answer from its Word paragraphs. */
export function paragraphsToRichText(paragraphs: readonly DocxParagraph[], imageIds: ReadonlyMap<string, string>): RichText {
  const blocks: SerializedBlock[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const paragraph = paragraphs[i]!;
    if (paragraph.list) {
      let end = i;
      while (end < paragraphs.length && paragraphs[end]!.list) end++;
      blocks.push(listBlock(paragraphs.slice(i, end), imageIds));
      i = end;
    } else {
      blocks.push(paragraphBlock(paragraph, imageIds));
      i++;
    }
  }
  if (blocks.length === 0) blocks.push({ type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: [] });
  return { root: { type: 'root', ...element, children: blocks } };
}
