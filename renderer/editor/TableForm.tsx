import { INSERT_TABLE_COMMAND } from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../shared/report/content-schema';
import { useI18n } from '../i18n/I18nProvider';

/** "Infoga tabell": rows × columns and a header row, within the limits an answer's table has. */
export function TableForm({ editor, onClose }: { editor: LexicalEditor; onClose: () => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const [header, setHeader] = useState(true);
  const tooLarge = columns > MAX_TABLE_COLUMNS || rows * columns > MAX_TABLE_CELLS;
  const valid = rows >= 1 && columns >= 1 && Number.isInteger(rows) && Number.isInteger(columns) && !tooLarge;
  const close = () => {
    onClose();
    editor.focus();
  };
  const insert = () => {
    if (!valid) return;
    editor.dispatchCommand(INSERT_TABLE_COMMAND, {
      rows: String(rows),
      columns: String(columns),
      includeHeaders: header ? { rows: true, columns: false } : false,
    });
    close();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    // Stop the key here: focus returns to the editor, where Enter would write a new paragraph.
    if (event.key === 'Enter') {
      event.preventDefault();
      insert();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <div className="link-form table-form" role="group" aria-label={t('tableFormLabel')} onKeyDown={onKeyDown}>
      <label>
        {t('tableRows')}{' '}
        <input
          type="number"
          min={1}
          max={MAX_TABLE_CELLS}
          autoFocus
          value={rows}
          onChange={(e) => setRows(Number(e.target.value))}
        />
      </label>
      <label>
        {t('tableColumns')}{' '}
        <input
          type="number"
          min={1}
          max={MAX_TABLE_COLUMNS}
          value={columns}
          onChange={(e) => setColumns(Number(e.target.value))}
        />
      </label>
      <label>
        <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} /> {t('tableHeaderRow')}
      </label>
      <button type="button" onClick={insert} disabled={!valid}>
        {t('tableInsert')}
      </button>
      <button type="button" onClick={close}>
        {t('cancel')}
      </button>
      {tooLarge && (
        <span role="alert" className="error">
          {t('tableTooLarge', { columns: MAX_TABLE_COLUMNS, cells: MAX_TABLE_CELLS.toLocaleString('sv-SE') })}
        </span>
      )}
    </div>
  );
}
