import { $isListNode, $insertList, $removeList, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { SUBHEADING_TAG } from '../editor-config';

/*
 * Block and clearing commands the toolbar and the keyboard share. Bold, italic,
 * underline and undo/redo are Lexical's own (FORMAT_TEXT_COMMAND, UNDO_COMMAND, …).
 * Shortcuts follow Word where Word has one: Ctrl+Shift+8 bullets (Word: Ctrl+Shift+L),
 * Ctrl+Shift+7 numbering, Ctrl+Alt+2 sub-heading, Ctrl+Space clears formatting.
 */

export const TOGGLE_LIST_COMMAND = createCommand<'bullet' | 'number'>('TOGGLE_LIST_COMMAND');
export const TOGGLE_SUBHEADING_COMMAND = createCommand<void>('TOGGLE_SUBHEADING_COMMAND');
export const CLEAR_FORMATTING_COMMAND = createCommand<void>('CLEAR_FORMATTING_COMMAND');

function $toggleList(type: 'bullet' | 'number'): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
  if ($isListNode(list) && list.getListType() === type) $removeList();
  else $insertList(type);
  return true;
}

function $toggleSubheading(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const allHeadings = selection.getNodes().every((node) => {
    const block = node.getTopLevelElement();
    return block !== null && $isHeadingNode(block);
  });
  $setBlocksType(selection, () => (allHeadings ? $createParagraphNode() : $createHeadingNode(SUBHEADING_TAG)));
  return true;
}

function $clearFormatting(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  for (const node of selection.extract()) if ($isTextNode(node)) node.setFormat(0);
  selection.setFormat(0);
  return true;
}

function shortcut(event: KeyboardEvent): 'bullet' | 'number' | 'subheading' | 'clear' | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  if (event.shiftKey && (event.code === 'Digit8' || event.key === '*')) return 'bullet';
  if (event.shiftKey && (event.code === 'Digit7' || event.key === '/')) return 'number';
  if (event.altKey && event.code === 'Digit2') return 'subheading';
  if (!event.shiftKey && !event.altKey && event.code === 'Space') return 'clear';
  return null;
}

/** Registers the commands and their shortcuts; returns the cleanup. */
export function registerFormatting(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(TOGGLE_LIST_COMMAND, $toggleList, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(TOGGLE_SUBHEADING_COMMAND, $toggleSubheading, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(CLEAR_FORMATTING_COMMAND, $clearFormatting, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const action = shortcut(event);
        if (!action) return false;
        event.preventDefault();
        if (action === 'bullet' || action === 'number') return editor.dispatchCommand(TOGGLE_LIST_COMMAND, action);
        if (action === 'subheading') return editor.dispatchCommand(TOGGLE_SUBHEADING_COMMAND, undefined);
        return editor.dispatchCommand(CLEAR_FORMATTING_COMMAND, undefined);
      },
      COMMAND_PRIORITY_NORMAL,
    ),
  );
}

/** The formatting commands as a plugin. */
export function FormattingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFormatting(editor), [editor]);
  return null;
}
