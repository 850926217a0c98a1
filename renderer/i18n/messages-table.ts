/*
 * UI text of tables in answers, Swedish first; merged into messages.ts.
 */
export const svTable = {
  fmtTable: 'Infoga tabell',
  tableFormLabel: 'Ny tabell',
  tableRows: 'Rader',
  tableColumns: 'Kolumner',
  tableHeaderRow: 'Rubrikrad',
  tableInsert: 'Infoga',
  tableTooLarge: 'En tabell kan ha högst {columns} kolumner och {cells} celler.',
  tableActionRefused: 'Tabellen kan inte bli större: högst {columns} kolumner och {cells} celler.',
  tableRowBelow: 'Infoga rad under',
  tableRowDelete: 'Ta bort raden',
  tableColumnRight: 'Infoga kolumn till höger',
  tableColumnDelete: 'Ta bort kolumnen',
  confirmLargeTable:
    'Den inklistrade tabellen har {columns} kolumner och {cells} celler, mer än en tabell i ett svar kan ha (högst {maxColumns} kolumner och {maxCells} celler). Klistra in den som text, en rad per stycke?',
};

export const enTable: Record<keyof typeof svTable, string> = {
  fmtTable: 'Insert table',
  tableFormLabel: 'New table',
  tableRows: 'Rows',
  tableColumns: 'Columns',
  tableHeaderRow: 'Header row',
  tableInsert: 'Insert',
  tableTooLarge: 'A table can have at most {columns} columns and {cells} cells.',
  tableActionRefused: 'The table cannot grow: at most {columns} columns and {cells} cells.',
  tableRowBelow: 'Insert row below',
  tableRowDelete: 'Delete row',
  tableColumnRight: 'Insert column to the right',
  tableColumnDelete: 'Delete column',
  confirmLargeTable:
    'The pasted table has {columns} columns and {cells} cells, more than a table in an answer can have (at most {maxColumns} columns and {maxCells} cells). Paste it as text, one row per paragraph?',
};
