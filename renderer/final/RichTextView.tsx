import type { ReactNode } from 'react';
import type {
  SerializedBlock,
  SerializedInline,
  SerializedList,
  SerializedListItem,
  SerializedTable,
  SerializedTextBlock,
} from '../../shared/report/content-schema';
import { StoredImage } from '../editor/nodes/StoredImage';

/*
 * An answer's rich text as plain, read-only React elements: the final document's
 * preview, its print (PDF) and the locked view of a signed report. Links keep only the
 * schemes the content schema allows; nothing is ever set as HTML.
 */

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;

function formatted(node: Extract<SerializedInline, { type: 'text' }>, key: number): ReactNode {
  let out: ReactNode = node.text;
  const has = (bit: number) => (node.format & bit) !== 0;
  if (has(FORMAT.code)) out = <code>{out}</code>;
  if (has(FORMAT.subscript)) out = <sub>{out}</sub>;
  if (has(FORMAT.superscript)) out = <sup>{out}</sup>;
  if (has(FORMAT.strike)) out = <s>{out}</s>;
  if (has(FORMAT.underline)) out = <u>{out}</u>;
  if (has(FORMAT.italic)) out = <em>{out}</em>;
  if (has(FORMAT.bold)) out = <strong>{out}</strong>;
  return <span key={key}>{out}</span>;
}

function inline(children: readonly (SerializedInline | SerializedList)[]): ReactNode[] {
  return children.map((child, i) => {
    switch (child.type) {
      case 'text':
        return formatted(child, i);
      case 'linebreak':
        return <br key={i} />;
      case 'image':
        return <StoredImage key={i} imageId={child.imageId} altText={child.altText} width={child.width} />;
      case 'link':
        return /^(https?:|mailto:)/i.test(child.url.trim()) ? (
          <a key={i} href={child.url.trim()} rel="noopener noreferrer">
            {inline(child.children)}
          </a>
        ) : (
          <span key={i}>{inline(child.children)}</span>
        );
      case 'mark':
        return <span key={i}>{inline(child.children)}</span>;
      case 'list':
        return <ListView key={i} list={child} />;
    }
  });
}

function ListView({ list }: { list: SerializedList }) {
  const items = (list.children as SerializedListItem[]).map((item, i) => <li key={i}>{inline(item.children)}</li>);
  return list.listType === 'number' ? <ol start={list.start}>{items}</ol> : <ul>{items}</ul>;
}

function TableView({ table }: { table: SerializedTable }) {
  return (
    <table className="answer-table">
      <tbody>
        {table.children.map((row, r) => (
          <tr key={r}>
            {row.children.map((cell, c) => {
              const Cell = cell.headerState !== 0 ? 'th' : 'td';
              const scope = (cell.headerState & 1) !== 0 ? 'col' : cell.headerState !== 0 ? 'row' : undefined;
              return (
                <Cell
                  key={c}
                  scope={scope}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                >
                  {cell.children.map((p, i) => (
                    <p key={i}>{inline(p.children)}</p>
                  ))}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TextBlockView({ block }: { block: SerializedTextBlock }) {
  if (block.type === 'list') return <ListView list={block} />;
  if (block.type === 'table') return <TableView table={block} />;
  if (block.type === 'heading')
    return block.tag === 'h3' ? (
      <h4 className="answer-subheading">{inline(block.children)}</h4>
    ) : (
      <h5 className="answer-subheading">{inline(block.children)}</h5>
    );
  return <p>{inline(block.children)}</p>;
}

/** The blocks of one answer, read-only. */
export function RichTextView({ blocks }: { blocks: readonly SerializedBlock[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'conflict' ? (
          <div key={i} className="final-conflict">
            {block.mine && <TextBlockView block={block.mine} />}
            {block.theirs && <TextBlockView block={block.theirs} />}
          </div>
        ) : (
          <TextBlockView key={i} block={block} />
        ),
      )}
    </>
  );
}
