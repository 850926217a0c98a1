import type { RichText, SerializedBlock, SerializedInline } from '../../shared/report/content-schema';

/*
 * Small builders for serialized rich text in tests, mirroring what Lexical writes.
 */
export const text = (value: string, format = 0): SerializedInline => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});

export const paragraph = (...children: SerializedInline[]): SerializedBlock => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});

export const heading = (value: string): SerializedBlock => ({
  type: 'heading',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  tag: 'h4',
  children: [text(value)],
});

export const list = (listType: 'bullet' | 'number', ...items: string[]): SerializedBlock => ({
  type: 'list',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  children: items.map((item, i) => ({
    type: 'listitem',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    value: i + 1,
    children: [text(item)],
  })),
});

/** A table of plain cells, row by row; the first row is the header row. */
export const table = (rows: string[][]): SerializedBlock => ({
  type: 'table',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: rows.map((cells, r) => ({
    type: 'tablerow',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: cells.map((value) => ({
      type: 'tablecell',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      backgroundColor: null,
      colSpan: 1,
      rowSpan: 1,
      headerState: r === 0 ? 1 : 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: value ? [text(value) as Extract<SerializedInline, { type: 'text' }>] : [],
        },
      ],
    })),
  })),
});

export const richText = (...children: SerializedBlock[]): RichText => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
});

/** A fixed clock and a counting id source. */
export function testDeps(start = '2026-01-21T09:00:00.000Z') {
  let n = 0;
  let time = Date.parse(start);
  return {
    now: () => new Date((time += 1_000)),
    newId: () => `id-${String(++n).padStart(6, '0')}`,
  };
}
