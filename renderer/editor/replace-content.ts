import {
  $getRoot,
  $isElementNode,
  $parseSerializedNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedElementNode,
  type SerializedLexicalNode,
} from 'lexical';
import type { RichText } from '../../shared/report/content-schema';
import { canonicalJson } from '../../shared/text/canonical-json';
import { REPLACE_TAG } from './plugins/ProvenancePlugin';

/*
 * An answer's content replaced from outside the editor (a merge, a restored version,
 * "Ersätt alla") as one undoable update that keeps the top-level blocks that stay the
 * same: the unchanged blocks at the start and at the end are left as they are, and only
 * the run between them is new. Kept nodes are shared with the editor's earlier states, so
 * an undo step holds what changed rather than a copy of the whole answer (a day of merges
 * into a long answer kept up to 100 full copies), and the kept blocks keep their DOM, the
 * caret and the scroll position.
 */

/** A node as Lexical serializes it, children included (as `EditorState.toJSON` does). */
function $serialize(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON();
  if ($isElementNode(node)) (json as SerializedElementNode).children = node.getChildren().map($serialize);
  return json;
}

/** Makes the editor's content `content`, keeping the unchanged blocks at both ends; one undo step. */
export function replaceContent(editor: LexicalEditor, content: RichText): void {
  editor.update(
    () => {
      const root = $getRoot();
      const current = root.getChildren();
      const next = content.root.children as unknown as SerializedLexicalNode[];
      const same = (node: LexicalNode, block: SerializedLexicalNode) =>
        canonicalJson($serialize(node)) === canonicalJson(block);
      let start = 0;
      while (start < current.length && start < next.length && same(current[start]!, next[start]!)) start++;
      let end = 0;
      while (
        end < current.length - start &&
        end < next.length - start &&
        same(current[current.length - 1 - end]!, next[next.length - 1 - end]!)
      )
        end++;
      for (const node of current.slice(start, current.length - end)) node.remove();
      const fresh = next.slice(start, next.length - end).map((block) => $parseSerializedNode(block));
      if (fresh.length === 0) return;
      const before = start > 0 ? current[start - 1]! : null;
      if (before) fresh.reduce((after, node) => after.insertAfter(node), before);
      else {
        const first = root.getFirstChild();
        if (first) for (const node of fresh) first.insertBefore(node);
        else root.append(...fresh);
      }
    },
    { tag: REPLACE_TAG },
  );
}
