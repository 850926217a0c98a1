import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getState, $setState, createState, type LexicalEditor, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { TOP_LEVEL_BLOCKS } from '../editor-config';

/*
 * Where each block came from lives in its NodeState (department, revision, source block)
 * and travels in the answer's JSON. This plugin marks a department's block as edited by
 * the coordinator the first time it is changed by hand, and, for the attribution view,
 * writes the department onto the block's DOM element (a coloured margin and the name on
 * hover come from CSS and the title).
 */

/** Updates that replace content wholesale (a merge, a restore) carry this tag and are not "edits". */
export const REPLACE_TAG = 'rv-replace';

const deptState = createState('dept', { parse: (v) => (typeof v === 'string' ? v : '') });
const revState = createState('rev', { parse: (v) => (typeof v === 'number' ? v : 0) });
const editedState = createState('edited', { parse: (v) => v === true });

export interface DepartmentLook {
  name: string;
  color: string;
}

function markEdited(editor: LexicalEditor, keys: string[]): void {
  const blocks = editor.getEditorState().read(() =>
    keys
      .map((key) => $getNodeByKey(key)?.getTopLevelElement())
      .filter(
        (block): block is NonNullable<typeof block> =>
          Boolean(block) && $getState(block!, deptState) !== '' && !$getState(block!, editedState),
      )
      .map((block) => block.getKey()),
  );
  if (blocks.length === 0) return;
  editor.update(
    () => {
      for (const key of new Set(blocks)) {
        const node = $getNodeByKey(key);
        if (node) $setState(node, editedState, true);
      }
    },
    { tag: 'history-merge' },
  );
}

function decorate(
  editor: LexicalEditor,
  keys: Iterable<string>,
  departments: ReadonlyMap<string, DepartmentLook>,
  describe: (name: string, revision: number, edited: boolean) => string,
): void {
  // Runs after every keystroke's reconcile: touch the DOM only where something changed.
  if (departments.size === 0) return;
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node: LexicalNode | null = $getNodeByKey(key);
      const element = editor.getElementByKey(key);
      if (!node || !element || node.getParent()?.getKey() !== 'root') continue;
      const look = departments.get($getState(node, deptState));
      const title = look ? describe(look.name, $getState(node, revState), $getState(node, editedState)) : '';
      if (element.title === title && element.dataset.origin === look?.name) continue;
      element.classList.toggle('has-origin', Boolean(look));
      if (look) {
        element.style.setProperty('--dept-color', look.color);
        element.dataset.origin = look.name;
        element.title = title;
      } else {
        delete element.dataset.origin;
        element.removeAttribute('title');
      }
    }
  });
}

/** Registers the edited marking and the attribution decoration; returns the cleanup. */
export function registerProvenance(
  editor: LexicalEditor,
  departments: ReadonlyMap<string, DepartmentLook>,
  describe: (name: string, revision: number, edited: boolean) => string,
): () => void {
  return mergeRegister(
    editor.registerUpdateListener(({ dirtyLeaves, dirtyElements, tags }) => {
      if (tags.has(REPLACE_TAG) || tags.has('history-merge') || tags.has('historic')) return;
      markEdited(editor, [...dirtyLeaves, ...[...dirtyElements.keys()].filter((key) => key !== 'root')]);
    }),
    ...TOP_LEVEL_BLOCKS.map((klass) =>
      editor.registerMutationListener(klass, (mutations) =>
        decorate(
          editor,
          [...mutations.keys()].filter((k) => mutations.get(k) !== 'destroyed'),
          departments,
          describe,
        ),
      ),
    ),
  );
}

/** Provenance as a plugin. */
export function ProvenancePlugin({
  departments,
  describe,
}: {
  departments: ReadonlyMap<string, DepartmentLook>;
  describe: (name: string, revision: number, edited: boolean) => string;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerProvenance(editor, departments, describe), [editor, departments, describe]);
  return null;
}
