// @vitest-environment happy-dom
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  createEditor,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { registerSelectionCatchUp } from '../../../../renderer/editor/plugins/SelectionCatchUpPlugin';

const TEXT = 'Vi har ökat antalet platser.';

/** An editor on a real root element with the caret at the end, as after typing. */
function setup(withCatchUp: boolean) {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  const editor = createEditor({
    onError: (e) => {
      throw e;
    },
  });
  editor.setRootElement(root);
  // What a shortcut's handler (Lexical's own or ours, all of lower priority) is given to act on.
  const seen: { ends: number[]; text: string }[] = [];
  const probe = editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      const s = $getSelection();
      if ($isRangeSelection(s)) seen.push({ ends: [s.anchor.offset, s.focus.offset], text: s.getTextContent() });
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  const cleanups = [registerRichText(editor), probe, ...(withCatchUp ? [registerSelectionCatchUp(editor)] : [])];
  editor.update(
    () =>
      $getRoot()
        .append($createParagraphNode().append($createTextNode(TEXT)))
        .selectEnd(),
    {
      discrete: true,
    },
  );
  return { root, editor, seen, cleanup: () => (cleanups.forEach((c) => c()), root.remove()) };
}

/**
 * Moves the page's selection, then presses a key before the editor hears of the move, as
 * a browser can: it sends selectionchange in a task of its own. happy-dom sends it at once
 * and leaves `window.event` unset (Lexical reads the page's selection for an update with no
 * event), so the one is held back and the other set, as Chromium has them.
 */
function pressBeforeSelectionChange(target: EventTarget, select: () => void, init: KeyboardEventInit) {
  const holdBack = (event: Event) => event.stopImmediatePropagation();
  const current = (event: Event) => Object.assign(window, { event });
  window.addEventListener('selectionchange', holdBack, { capture: true });
  window.addEventListener('keydown', current, { capture: true });
  select();
  target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
  window.removeEventListener('selectionchange', holdBack, { capture: true });
  window.removeEventListener('keydown', current, { capture: true });
  Object.assign(window, { event: undefined });
}

function selectAndPress(root: HTMLElement, target: EventTarget, ends: [number, number], init: KeyboardEventInit) {
  const text = root.querySelector('span')!.firstChild!;
  pressBeforeSelectionChange(
    target,
    () => document.getSelection()!.setBaseAndExtent(text, ends[0], text, ends[1]),
    init,
  );
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('registerSelectionCatchUp', () => {
  it.each([
    ['Ctrl+Alt+M', { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true }, [19, 7], 'ökat antalet'],
    ['Ctrl+B', { key: 'b', code: 'KeyB', ctrlKey: true }, [20, 27], 'platser'],
    ['⌘+I', { key: 'i', code: 'KeyI', metaKey: true }, [0, 2], 'Vi'],
    ['Enter', { key: 'Enter', code: 'Enter' }, [19, 19], ''],
    ['a letter', { key: 'x', code: 'KeyX' }, [5, 5], ''],
  ] as const)('a keydown of %s takes the page’s selection first', (_name, init, ends, text) => {
    const made = setup(true);
    cleanup = made.cleanup;
    selectAndPress(made.root, made.root, [...ends], init);
    expect(made.seen).toEqual([{ ends: [...ends], text }]);
  });

  it.each([
    ['without the catch-up', false, 'root'],
    ['from an element inside the editor (a conflict’s own button)', true, 'span'],
  ] as const)('a keydown %s leaves the editor’s selection as it was told', (_name, withCatchUp, from) => {
    const made = setup(withCatchUp);
    cleanup = made.cleanup;
    const target = from === 'root' ? made.root : made.root.querySelector('span')!;
    selectAndPress(made.root, target, [19, 7], { key: 'b', code: 'KeyB', ctrlKey: true });
    expect(made.seen).toEqual([{ ends: [TEXT.length, TEXT.length], text: '' }]);
  });

  it('leaves the editor’s selection when the page’s is outside the editor', () => {
    const made = setup(true);
    cleanup = made.cleanup;
    const outside = document.createElement('p');
    outside.textContent = 'utanför';
    document.body.append(outside);
    pressBeforeSelectionChange(
      made.root,
      () => document.getSelection()!.setBaseAndExtent(outside.firstChild!, 0, outside.firstChild!, 3),
      { key: 'b', code: 'KeyB', ctrlKey: true },
    );
    outside.remove();
    expect(made.seen).toEqual([{ ends: [TEXT.length, TEXT.length], text: '' }]);
  });
});
