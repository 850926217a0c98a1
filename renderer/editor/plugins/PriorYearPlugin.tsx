import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getState, $setState, createState, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { TOP_LEVEL_BLOCKS } from '../editor-config';
import { REPLACE_TAG } from './ProvenancePlugin';

/*
 * Blocks carried over from last year's report keep the year in their NodeState
 * ("prior") until someone edits them: the first hand edit clears it, and until then the
 * block is shown as last year's text (a class and a title on its element).
 */

const priorState = createState('prior', { parse: (v) => (typeof v === 'number' ? v : 0) });

function clearPrior(editor: LexicalEditor, keys: string[]): void {
  const blocks = editor.getEditorState().read(() =>
    keys
      .map((key) => $getNodeByKey(key)?.getTopLevelElement())
      .filter((block): block is NonNullable<typeof block> => Boolean(block) && $getState(block!, priorState) !== 0)
      .map((b) => b.getKey()),
  );
  if (blocks.length === 0) return;
  editor.update(
    () => {
      for (const key of new Set(blocks)) {
        const node = $getNodeByKey(key);
        if (node) $setState(node, priorState, 0);
      }
    },
    { tag: 'history-merge' },
  );
}

function decorate(editor: LexicalEditor, keys: Iterable<string>, describe: (year: number) => string): void {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      const element = editor.getElementByKey(key);
      if (!node || !element || node.getParent()?.getKey() !== 'root') continue;
      const year = $getState(node, priorState);
      const label = year !== 0 ? describe(year) : '';
      element.classList.toggle('prior-year', year !== 0);
      // The origin's title (a department's block) wins; otherwise the title says it is last year's text.
      if (label && !element.title) element.title = label;
      else if (!label && element.title && element.dataset.prior === element.title) element.removeAttribute('title');
      if (label) element.dataset.prior = label;
      else delete element.dataset.prior;
    }
  });
}

/** Marks carried-over blocks and unmarks them on their first edit. */
export function PriorYearPlugin({ describe }: { describe: (year: number) => string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
          if (tags.has(REPLACE_TAG) || tags.has('history-merge') || tags.has('historic')) return;
          clearPrior(editor, [...dirtyLeaves, ...[...dirtyElements.keys()].filter((key) => key !== 'root')]);
        }),
        ...TOP_LEVEL_BLOCKS.map((klass) =>
          editor.registerMutationListener(klass, (mutations) =>
            decorate(
              editor,
              [...mutations.keys()].filter((k) => mutations.get(k) !== 'destroyed'),
              describe,
            ),
          ),
        ),
      ),
    [editor, describe],
  );
  return null;
}
