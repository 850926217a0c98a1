import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { findMatches, replaceAcross } from '../../shared/text/search';

/*
 * Search and replace inside one answer's editor. The text is searched run by run: a run
 * is the text nodes of one paragraph, heading, list item or table cell paragraph between
 * line breaks and images (inside links and comment marks too), so a match keeps to what a reader sees as
 * one stretch of text. An open conflict is not searched: it is decided first. A match is
 * the text nodes it covers (by key, with offsets), which also place its highlight.
 */

export interface EditorMatch {
  segments: { key: string; from: number; to: number }[];
}

type Run = TextNode[];

function $runs(): Run[] {
  const runs: Run[] = [];
  const list = (node: ListNode) => {
    for (const item of node.getChildren()) if ($isListItemNode(item)) container(item);
  };
  const container = (node: ElementNode) => {
    let run: TextNode[] = [];
    const close = () => {
      if (run.length > 0) runs.push(run);
      run = [];
    };
    const walk = (children: LexicalNode[]) => {
      for (const child of children) {
        if ($isTextNode(child)) run.push(child);
        else if ($isListNode(child)) {
          close();
          list(child);
        } else if ($isElementNode(child) && child.isInline()) walk(child.getChildren());
        else if ($isElementNode(child)) {
          // A block inside a block (a table's rows, cells and their paragraphs) is searched on its own.
          close();
          container(child);
        } else close();
      }
    };
    walk(node.getChildren());
    close();
  };
  for (const block of $getRoot().getChildren()) {
    if ($isListNode(block)) list(block);
    else if ($isElementNode(block)) container(block);
  }
  return runs;
}

function runMatches(run: Run, pattern: RegExp): { texts: string[]; matches: { start: number; end: number }[] } {
  const texts = run.map((node) => node.getTextContent());
  return { texts, matches: findMatches(texts.join(''), pattern) };
}

/** The matches of the pattern in the editor, in reading order. */
export function findInEditor(editor: LexicalEditor, pattern: RegExp): EditorMatch[] {
  return editor.getEditorState().read(() =>
    $runs().flatMap((run) => {
      const { texts, matches } = runMatches(run, pattern);
      return matches.map((match) => {
        const segments: EditorMatch['segments'] = [];
        let at = 0;
        run.forEach((node, i) => {
          const from = at;
          at += texts[i]!.length;
          const start = Math.max(match.start, from);
          const end = Math.min(match.end, at);
          if (end > start) segments.push({ key: node.getKey(), from: start - from, to: end - from });
        });
        return { segments };
      });
    }),
  );
}

/**
 * Replaces the matches in one update, so one undo takes it back: every match, or only
 * the one at `which` (its place among the editor's matches). Returns how many it replaced.
 */
export function replaceInEditor(
  editor: LexicalEditor,
  pattern: RegExp,
  replacement: string,
  which: number | 'all',
): number {
  let replaced = 0;
  editor.update(
    () => {
      // The selection may sit in text that changes length: it is dropped, not left pointing past the end.
      $setSelection(null);
      let index = 0;
      for (const run of $runs()) {
        const { texts, matches } = runMatches(run, pattern);
        const chosen = matches.filter(() => which === 'all' || index++ === which);
        if (which === 'all') index += matches.length;
        if (chosen.length === 0) continue;
        let next = texts;
        // Right to left, so the offsets of the matches before stay valid.
        for (const match of [...chosen].reverse()) next = replaceAcross(next, match.start, match.end, replacement);
        run.forEach((node, i) => {
          if (next[i] === texts[i]) return;
          if (next[i] === '') node.remove();
          else node.setTextContent(next[i]!);
        });
        replaced += chosen.length;
      }
    },
    { discrete: true },
  );
  return replaced;
}

/** The DOM range of a match, for its highlight; null when the editor has not drawn it. */
export function matchRange(editor: LexicalEditor, match: EditorMatch): Range | null {
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!first || !last) return null;
  const textIn = (key: string) => {
    const element = editor.getElementByKey(key);
    return element ? document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() : null;
  };
  const start = textIn(first.key);
  const end = textIn(last.key);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start, Math.min(first.from, start.textContent?.length ?? 0));
  range.setEnd(end, Math.min(last.to, end.textContent?.length ?? 0));
  return range;
}
