import { z } from 'zod';

/*
 * The rich text of an answer is Lexical's serialized editor state. This schema lists
 * exactly the node types the app accepts (paragraph, heading, list, list item, table,
 * table row and cell, text, link, line break, image, comment mark) with the fields Lexical 0.52 writes; anything else is
 * rejected, so content from a file can never smuggle in a node the editor, the merge or
 * the export does not know. Per-block metadata rides in Lexical's NodeState under `$`.
 */

/** Most characters one text node may hold (a whole long answer fits in one). */
export const MAX_TEXT_NODE = 100_000;
/** Most children of one element. */
export const MAX_CHILDREN = 5_000;
/** Deepest nesting accepted (lists inside lists); checked before zod walks the tree. */
export const MAX_DEPTH = 32;

const direction = z.enum(['ltr', 'rtl']).nullable();
const elementFormat = z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const indent = z.number().int().min(0).max(10);
const version = z.literal(1);
/** Lexical writes the format and style of an element's last text on any element that had text. */
const elementTextFields = {
  textFormat: z.number().int().min(0).max(2047).optional(),
  textStyle: z.string().max(0).optional(),
};

const stateId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * Block metadata kept in NodeState: a stable id, and where the block came from: the
 * department, the contribution revision and the block id in that contribution, and
 * whether the coordinator has edited it since. A block with no department was written
 * by the coordinator. A block carried over from last year's report is marked with that
 * year until it is edited.
 */
export const blockStateSchema = z.strictObject({
  blockId: stateId.optional(),
  dept: stateId.optional(),
  rev: z.number().int().min(1).max(10_000).optional(),
  src: stateId.optional(),
  edited: z.boolean().optional(),
  /** The report year the block was carried over from, until someone edits it. */
  prior: z.number().int().min(2000).max(2100).optional(),
});
export type BlockState = z.infer<typeof blockStateSchema>;

export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  version,
  text: z.string().max(MAX_TEXT_NODE),
  format: z.number().int().min(0).max(2047),
  detail: z.number().int().min(0).max(3),
  mode: z.enum(['normal', 'token', 'segmented']),
  style: z.string().max(0),
});
export type SerializedText = z.infer<typeof textNodeSchema>;

export const lineBreakNodeSchema = z.strictObject({ type: z.literal('linebreak'), version });

/** An image stored as a blob in the database (or inside a backup file), referenced by id. */
export const imageNodeSchema = z.strictObject({
  type: z.literal('image'),
  version,
  imageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  altText: z.string().max(1_000),
  width: z.number().int().min(1).max(10_000).nullable(),
  height: z.number().int().min(1).max(10_000).nullable(),
});
export type SerializedImage = z.infer<typeof imageNodeSchema>;

const SAFE_URL = /^(https?:|mailto:)/i;

/** A comment's ids on the text it is anchored to; the comments themselves live beside the answer. */
const markIdsSchema = z.array(stateId).min(1).max(20);
const markFields = { version, ids: markIdsSchema, direction, format: elementFormat, indent, ...elementTextFields };

/** A comment mark inside a link: it holds the link's own text. */
export const innerMarkNodeSchema = z.strictObject({
  type: z.literal('mark'),
  ...markFields,
  children: z
    .array(z.discriminatedUnion('type', [textNodeSchema, lineBreakNodeSchema]))
    .min(1)
    .max(MAX_CHILDREN),
});

export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  version,
  url: z
    .string()
    .max(2_000)
    .refine((url) => SAFE_URL.test(url.trim()), 'bara https-, http- och mailto-länkar'),
  rel: z.string().max(100).nullable(),
  target: z.string().max(20).nullable(),
  title: z.string().max(500).nullable(),
  direction,
  format: elementFormat,
  indent,
  ...elementTextFields,
  children: z
    .array(z.discriminatedUnion('type', [textNodeSchema, lineBreakNodeSchema, innerMarkNodeSchema]))
    .max(MAX_CHILDREN),
});

/**
 * A comment mark (Lexical's MarkNode): the range of text one or more comments are
 * anchored to. Marks do not nest (the editor merges a mark made inside another into
 * it) and never hold no text, so an anchor always points at text that is there.
 */
export const markNodeSchema = z.strictObject({
  type: z.literal('mark'),
  ...markFields,
  children: z
    .array(z.discriminatedUnion('type', [textNodeSchema, lineBreakNodeSchema, linkNodeSchema, imageNodeSchema]))
    .min(1)
    .max(MAX_CHILDREN),
});
export type SerializedMark = z.infer<typeof markNodeSchema>;
export type SerializedInnerMark = z.infer<typeof innerMarkNodeSchema>;

const inlineSchema = z.discriminatedUnion('type', [
  textNodeSchema,
  lineBreakNodeSchema,
  linkNodeSchema,
  imageNodeSchema,
  markNodeSchema,
]);
export type SerializedInline = z.infer<typeof inlineSchema>;

const blockFields = {
  version,
  direction,
  format: elementFormat,
  indent,
  ...elementTextFields,
  $: blockStateSchema.optional(),
};

export const paragraphNodeSchema = z.strictObject({
  type: z.literal('paragraph'),
  ...blockFields,
  children: z.array(inlineSchema).max(MAX_CHILDREN),
});
export type SerializedParagraph = z.infer<typeof paragraphNodeSchema>;

export const headingNodeSchema = z.strictObject({
  type: z.literal('heading'),
  ...blockFields,
  tag: z.enum(['h3', 'h4']),
  children: z.array(inlineSchema).max(MAX_CHILDREN),
});
export type SerializedHeading = z.infer<typeof headingNodeSchema>;

export interface SerializedListItem {
  type: 'listitem';
  version: 1;
  value: number;
  checked?: boolean | undefined;
  direction: 'ltr' | 'rtl' | null;
  format: z.infer<typeof elementFormat>;
  indent: number;
  textFormat?: number | undefined;
  textStyle?: string | undefined;
  $?: z.infer<typeof blockStateSchema> | undefined;
  children: (SerializedInline | SerializedList)[];
}

export interface SerializedList {
  type: 'list';
  version: 1;
  listType: 'bullet' | 'number';
  start: number;
  tag: 'ul' | 'ol';
  direction: 'ltr' | 'rtl' | null;
  format: z.infer<typeof elementFormat>;
  indent: number;
  textFormat?: number | undefined;
  textStyle?: string | undefined;
  $?: z.infer<typeof blockStateSchema> | undefined;
  children: SerializedListItem[];
}

export const listItemNodeSchema: z.ZodType<SerializedListItem> = z.strictObject({
  type: z.literal('listitem'),
  ...blockFields,
  value: z.number().int().min(0).max(100_000),
  checked: z.boolean().optional(),
  get children() {
    return z.array(z.union([inlineSchema, listNodeSchema])).max(MAX_CHILDREN);
  },
});

export const listNodeSchema: z.ZodType<SerializedList> = z.strictObject({
  type: z.literal('list'),
  ...blockFields,
  listType: z.enum(['bullet', 'number']),
  start: z.number().int().min(0).max(100_000),
  tag: z.enum(['ul', 'ol']),
  get children() {
    return z.array(listItemNodeSchema).max(MAX_CHILDREN);
  },
});

/** Widest table accepted (columns, counting spans). */
export const MAX_TABLE_COLUMNS = 50;
/** Most cells in one table. */
export const MAX_TABLE_CELLS = 2_000;
const MAX_CELL_PARAGRAPHS = 200;

/** A table cell (Lexical's TableCellNode): paragraphs only; headerState 1 = in the header row, 2 = header column, 3 = both. */
export const tableCellNodeSchema = z.strictObject({
  type: z.literal('tablecell'),
  version,
  direction,
  format: elementFormat,
  indent,
  ...elementTextFields,
  backgroundColor: z.null(),
  colSpan: z.number().int().min(1).max(MAX_TABLE_COLUMNS),
  rowSpan: z.number().int().min(1).max(MAX_TABLE_CELLS),
  headerState: z.number().int().min(0).max(3),
  width: z.number().min(1).max(10_000).optional(),
  verticalAlign: z.enum(['middle', 'bottom']).optional(),
  children: z.array(paragraphNodeSchema).max(MAX_CELL_PARAGRAPHS),
});
export type SerializedTableCell = z.infer<typeof tableCellNodeSchema>;

export const tableRowNodeSchema = z.strictObject({
  type: z.literal('tablerow'),
  version,
  direction,
  format: elementFormat,
  indent,
  ...elementTextFields,
  height: z.number().min(1).max(10_000).optional(),
  children: z.array(tableCellNodeSchema).max(MAX_TABLE_COLUMNS),
});
export type SerializedTableRow = z.infer<typeof tableRowNodeSchema>;

/**
 * A table (Lexical's TableNode), a block like a paragraph for merge and provenance. At
 * most MAX_TABLE_COLUMNS columns and MAX_TABLE_CELLS cells.
 */
export const tableNodeSchema = z
  .strictObject({
    type: z.literal('table'),
    ...blockFields,
    colWidths: z.array(z.number().min(0).max(10_000)).max(MAX_TABLE_COLUMNS).optional(),
    rowStriping: z.boolean().optional(),
    frozenColumnCount: z.number().int().min(0).max(MAX_TABLE_COLUMNS).optional(),
    frozenRowCount: z.number().int().min(0).max(MAX_TABLE_CELLS).optional(),
    children: z.array(tableRowNodeSchema).max(MAX_TABLE_CELLS),
  })
  .superRefine((table, ctx) => {
    const cells = table.children.reduce((n, row) => n + row.children.length, 0);
    if (cells > MAX_TABLE_CELLS)
      ctx.addIssue({ code: 'custom', message: `tabellen har ${cells} celler (högst ${MAX_TABLE_CELLS})` });
    const widest = Math.max(0, ...table.children.map((row) => row.children.reduce((n, cell) => n + cell.colSpan, 0)));
    if (widest > MAX_TABLE_COLUMNS)
      ctx.addIssue({ code: 'custom', message: `tabellen har ${widest} kolumner (högst ${MAX_TABLE_COLUMNS})` });
  });
export type SerializedTable = z.infer<typeof tableNodeSchema>;

export const textBlockSchema = z.union([paragraphNodeSchema, headingNodeSchema, listNodeSchema, tableNodeSchema]);
export type SerializedTextBlock = SerializedParagraph | SerializedHeading | SerializedList | SerializedTable;

/**
 * A merge conflict, in place in the answer: the coordinator's block (mine) and the
 * department's new one (theirs); either may be missing when one side deleted it. It
 * stays until a person chooses.
 */
export const conflictNodeSchema = z.strictObject({
  type: z.literal('conflict'),
  version,
  $: blockStateSchema.optional(),
  departmentId: stateId,
  revision: z.number().int().min(1).max(10_000),
  mine: textBlockSchema.nullable(),
  theirs: textBlockSchema.nullable(),
});
export type SerializedConflict = z.infer<typeof conflictNodeSchema>;

export const blockNodeSchema = z.union([
  paragraphNodeSchema,
  headingNodeSchema,
  listNodeSchema,
  tableNodeSchema,
  conflictNodeSchema,
]);
export type SerializedBlock = SerializedTextBlock | SerializedConflict;

export const richTextSchema = z.strictObject({
  root: z.strictObject({
    type: z.literal('root'),
    ...blockFields,
    children: z.array(blockNodeSchema).max(MAX_CHILDREN),
  }),
});
export type RichText = z.infer<typeof richTextSchema>;

/** An answer with nothing in it: one empty paragraph, as Lexical starts. */
export function emptyRichText(): RichText {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}

/** Depth of nested objects and arrays in untrusted JSON, walked without recursion so a hostile file cannot overflow the stack. */
export function jsonDepth(value: unknown, limit = 1_000): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}
