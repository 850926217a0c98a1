import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { isSafeLinkUrl } from './editor-config';
import { CLEAR_FORMATTING_COMMAND, TOGGLE_LIST_COMMAND, TOGGLE_SUBHEADING_COMMAND } from './plugins/FormattingPlugin';
import { TABLE_ACTION_COMMAND, type TableAction } from './plugins/TablesPlugin';
import { TableForm } from './TableForm';
import { $getTableCellNodeFromLexicalNode } from '@lexical/table';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../shared/report/content-schema';

interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: 'bullet' | 'number' | null;
  subheading: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The selection is in a table; `headerRow` when its row is the header row. */
  table: boolean;
  headerRow: boolean;
}

const NONE: FormatState = {
  bold: false,
  italic: false,
  underline: false,
  list: null,
  subheading: false,
  link: false,
  canUndo: false,
  canRedo: false,
  table: false,
  headerRow: false,
};

interface ButtonSpec {
  id: string;
  label: MessageKey;
  keys: string;
  icon: string;
  pressed?: (state: FormatState) => boolean;
  disabled?: (state: FormatState) => boolean;
  run: () => void;
}

/** The formatting toolbar of one answer editor: a single tab stop, arrow keys move between buttons. */
export function Toolbar({ label, onInsertImage }: { label: string; onInsertImage: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [state, setState] = useState<FormatState>(NONE);
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('');
  const [linkError, setLinkError] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const [tableRefused, setTableRefused] = useState(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const readSelection = () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const anchor = selection.anchor.getNode();
      const block = anchor.getTopLevelElement();
      const list = $getNearestNodeOfType(anchor, ListNode);
      const cell = $getTableCellNodeFromLexicalNode(anchor);
      const next = {
        bold: selection.hasFormat('bold'),
        italic: selection.hasFormat('italic'),
        underline: selection.hasFormat('underline'),
        list: $isListNode(list) ? (list.getListType() === 'number' ? ('number' as const) : ('bullet' as const)) : null,
        subheading: block !== null && $isHeadingNode(block),
        link: $isLinkNode(anchor.getParent()) || $isLinkNode(anchor),
        table: cell !== null,
        headerRow: cell !== null && (cell.getHeaderStyles() & 1) !== 0,
      };
      // Most keystrokes change none of these: keep the same state object so React skips the render.
      setState((previous) =>
        Object.entries(next).every(([k, v]) => previous[k as keyof FormatState] === v)
          ? previous
          : { ...previous, ...next },
      );
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => editorState.read(readSelection)),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => (setState((s) => ({ ...s, canUndo })), false),
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => (setState((s) => ({ ...s, canRedo })), false),
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return false;
          event.preventDefault();
          setLinkOpen(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  const dispatch =
    <T,>(command: LexicalCommand<T>, payload: T) =>
    () => {
      editor.dispatchCommand(command, payload);
    };
  const tableAction = (action: TableAction) => () =>
    setTableRefused(!editor.dispatchCommand(TABLE_ACTION_COMMAND, action));
  const tableSpecs: ButtonSpec[] = [
    { id: 'row-below', label: 'tableRowBelow', keys: '', icon: '⊞↓', run: tableAction('row-below') },
    { id: 'row-delete', label: 'tableRowDelete', keys: '', icon: '⊟─', run: tableAction('row-delete') },
    { id: 'column-right', label: 'tableColumnRight', keys: '', icon: '⊞→', run: tableAction('column-right') },
    { id: 'column-delete', label: 'tableColumnDelete', keys: '', icon: '⊟│', run: tableAction('column-delete') },
    {
      id: 'header-row',
      label: 'tableHeaderRow',
      keys: '',
      icon: 'H',
      pressed: (s) => s.headerRow,
      run: tableAction('header-row'),
    },
  ];
  const specs: ButtonSpec[] = [
    {
      id: 'bold',
      label: 'fmtBold',
      keys: 'Control+B',
      icon: 'F',
      pressed: (s) => s.bold,
      run: dispatch(FORMAT_TEXT_COMMAND, 'bold'),
    },
    {
      id: 'italic',
      label: 'fmtItalic',
      keys: 'Control+I',
      icon: 'K',
      pressed: (s) => s.italic,
      run: dispatch(FORMAT_TEXT_COMMAND, 'italic'),
    },
    {
      id: 'underline',
      label: 'fmtUnderline',
      keys: 'Control+U',
      icon: 'U',
      pressed: (s) => s.underline,
      run: dispatch(FORMAT_TEXT_COMMAND, 'underline'),
    },
    {
      id: 'bullet',
      label: 'fmtBullets',
      keys: 'Control+Shift+8',
      icon: '•',
      pressed: (s) => s.list === 'bullet',
      run: dispatch(TOGGLE_LIST_COMMAND, 'bullet'),
    },
    {
      id: 'number',
      label: 'fmtNumbers',
      keys: 'Control+Shift+7',
      icon: '1.',
      pressed: (s) => s.list === 'number',
      run: dispatch(TOGGLE_LIST_COMMAND, 'number'),
    },
    {
      id: 'subheading',
      label: 'fmtSubheading',
      keys: 'Control+Alt+2',
      icon: 'R',
      pressed: (s) => s.subheading,
      run: dispatch(TOGGLE_SUBHEADING_COMMAND, undefined),
    },
    {
      id: 'link',
      label: 'fmtLink',
      keys: 'Control+K',
      icon: '↗',
      pressed: (s) => s.link,
      run: () => setLinkOpen(true),
    },
    { id: 'image', label: 'fmtImage', keys: '', icon: '▣', run: onInsertImage },
    { id: 'table', label: 'fmtTable', keys: '', icon: '▦', run: () => setTableOpen(true) },
    ...(state.table ? tableSpecs : []),
    {
      id: 'clear',
      label: 'fmtClear',
      keys: 'Control+Space',
      icon: '⌫',
      run: dispatch(CLEAR_FORMATTING_COMMAND, undefined),
    },
    {
      id: 'undo',
      label: 'fmtUndo',
      keys: 'Control+Z',
      icon: '↶',
      disabled: (s) => !s.canUndo,
      run: dispatch(UNDO_COMMAND, undefined),
    },
    {
      id: 'redo',
      label: 'fmtRedo',
      keys: 'Control+Y',
      icon: '↷',
      disabled: (s) => !s.canRedo,
      run: dispatch(REDO_COMMAND, undefined),
    },
  ];

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: focusIndex + 1,
      ArrowLeft: focusIndex - 1,
      Home: 0,
      End: specs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + specs.length) % specs.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const applyLink = () => {
    const url = linkUrl.trim();
    if (url !== '' && !isSafeLinkUrl(url)) return setLinkError(true);
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url === '' ? null : url);
    setLinkOpen(false);
    setLinkUrl('');
    setLinkError(false);
    editor.focus();
  };

  return (
    <div className="toolbar-wrap">
      <div role="toolbar" aria-label={t('toolbarLabel', { label })} className="toolbar" onKeyDown={onKeyDown}>
        {specs.map((spec, index) => (
          <button
            key={spec.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            className={`tool tool-${spec.id}`}
            tabIndex={index === focusIndex ? 0 : -1}
            aria-pressed={spec.pressed ? spec.pressed(state) : undefined}
            aria-keyshortcuts={spec.keys || undefined}
            disabled={spec.disabled?.(state)}
            title={spec.keys ? `${t(spec.label)} (${spec.keys.replace('Control', 'Ctrl')})` : t(spec.label)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={spec.run}
          >
            <span aria-hidden="true">{spec.icon}</span>
            <span className="visually-hidden">{t(spec.label)}</span>
          </button>
        ))}
      </div>
      {tableOpen && <TableForm editor={editor} onClose={() => setTableOpen(false)} />}
      {tableRefused && state.table && (
        <span role="alert" className="error">
          {t('tableActionRefused', { columns: MAX_TABLE_COLUMNS, cells: MAX_TABLE_CELLS.toLocaleString('sv-SE') })}
        </span>
      )}
      {linkOpen && (
        <div className="link-form" role="group" aria-label={t('linkFormLabel')}>
          <label>
            {t('linkAddress')}{' '}
            <input
              type="url"
              autoFocus
              value={linkUrl}
              aria-invalid={linkError}
              aria-describedby={linkError ? 'link-error' : undefined}
              placeholder="https://"
              onChange={(event) => setLinkUrl(event.target.value)}
              onKeyDown={(event) => {
                // Stop the key here: focus returns to the editor, where Enter would replace the selected text.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  applyLink();
                }
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setLinkOpen(false);
                  editor.focus();
                }
              }}
            />
          </label>
          <button type="button" onClick={applyLink}>
            {t('ok')}
          </button>
          <button type="button" onClick={() => (setLinkOpen(false), editor.focus())}>
            {t('cancel')}
          </button>
          {linkError && (
            <span id="link-error" role="alert" className="error">
              {t('linkInvalid')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
