import type {
  SerializedImage,
  SerializedInline,
  SerializedInnerMark,
  SerializedList,
  SerializedMark,
  SerializedText,
  SerializedTextBlock,
} from './content-schema';

/*
 * The inline content of one text container (a paragraph, a heading, a list item) as a
 * flat row of atoms: each text node, line break and image with the comment ids on it
 * and the link it sits in. Marking a range is then "split the atoms at the range's ends
 * and add an id to those inside", and the tree is built again: consecutive atoms of one
 * link become that link, consecutive atoms with the same ids become one mark. A line
 * break and an image count as one character, as Lexical counts them.
 */

type LinkNode = Extract<SerializedInline, { type: 'link' }>;
type Leaf = SerializedText | Extract<SerializedInline, { type: 'linebreak' }> | SerializedImage;

export interface Atom {
  leaf: Leaf;
  ids: readonly string[];
  /** The link the atom is in (the same object for every atom of one link). */
  link: LinkNode | null;
}

/** The characters an atom counts for in offsets. */
export function atomText(atom: Atom): string {
  if (atom.leaf.type === 'text') return atom.leaf.text;
  return atom.leaf.type === 'linebreak' ? '\n' : '\uFFFC';
}

type MarkLike = SerializedMark | SerializedInnerMark;

/** The container's inline children as atoms. */
export function toAtoms(children: readonly (SerializedInline | SerializedList)[]): Atom[] {
  const atoms: Atom[] = [];
  const walk = (nodes: readonly unknown[], ids: readonly string[], link: LinkNode | null) => {
    for (const node of nodes as (SerializedInline | SerializedInnerMark)[]) {
      if (node.type === 'mark') walk(node.children, [...ids, ...node.ids.filter((id) => !ids.includes(id))], link);
      else if (node.type === 'link') walk(node.children, ids, node);
      else atoms.push({ leaf: node, ids, link });
    }
  };
  walk(children, [], null);
  return atoms;
}

function markNode<C>(template: MarkLike | undefined, ids: readonly string[], children: C[]) {
  return {
    type: 'mark' as const,
    version: 1 as const,
    ids: [...ids],
    direction: template?.direction ?? null,
    format: template?.format ?? '',
    indent: template?.indent ?? 0,
    children,
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Groups consecutive items with equal keys. */
function runs<T, K>(items: readonly T[], key: (item: T) => K, same: (a: K, b: K) => boolean): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out[out.length - 1];
    if (last && same(last.key, k)) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

/** The inline children again: links around their atoms, marks around atoms with the same ids (inside a link when the mark is within it). */
export function fromAtoms(atoms: readonly Atom[]): SerializedInline[] {
  const out: SerializedInline[] = [];
  for (const byLink of runs(
    atoms,
    (a) => a.link,
    (x, y) => x === y,
  )) {
    const byIds = runs(byLink.items, (a) => a.ids, sameIds);
    if (byLink.key === null) {
      for (const run of byIds) {
        const leaves = run.items.map((a) => a.leaf);
        if (run.key.length === 0) out.push(...leaves);
        else out.push(markNode(undefined, run.key, leaves) as SerializedMark);
      }
      continue;
    }
    const link = byLink.key;
    // A mark that covers the whole link goes around it; otherwise the marks go inside.
    if (byIds.length === 1 && byIds[0]!.key.length > 0) {
      out.push(
        markNode(undefined, byIds[0]!.key, [
          { ...link, children: byLink.items.map((a) => a.leaf as SerializedText) },
        ]) as SerializedMark,
      );
      continue;
    }
    const children: LinkNode['children'] = [];
    for (const run of byIds) {
      const leaves = run.items.map((a) => a.leaf as SerializedText);
      if (run.key.length === 0) children.push(...leaves);
      else children.push(markNode(undefined, run.key, leaves) as SerializedInnerMark);
    }
    out.push({ ...link, children });
  }
  return out;
}

/** Splits the atoms so that `offset` falls between two of them. */
function splitAt(atoms: Atom[], offset: number): Atom[] {
  let at = 0;
  const out: Atom[] = [];
  for (const atom of atoms) {
    const text = atomText(atom);
    if (atom.leaf.type === 'text' && offset > at && offset < at + text.length) {
      const cut = offset - at;
      out.push(
        { ...atom, leaf: { ...atom.leaf, text: text.slice(0, cut) } },
        { ...atom, leaf: { ...atom.leaf, text: text.slice(cut) } },
      );
    } else out.push(atom);
    at += text.length;
  }
  return out;
}

/** The atoms with `id` added to every atom within [start, end). */
export function markRange(atoms: readonly Atom[], start: number, end: number, id: string): Atom[] {
  const split = splitAt(splitAt([...atoms], start), end);
  let at = 0;
  return split.map((atom) => {
    const length = atomText(atom).length;
    const inside = at >= start && at + length <= end && length > 0;
    at += length;
    return inside && !atom.ids.includes(id) ? { ...atom, ids: [...atom.ids, id] } : atom;
  });
}

/**
 * Every inline container of a block in reading order: the block itself, each list item
 * (nested lists after their item), or each paragraph of each table cell, row by row.
 * `rebuild` changes the block in place: call it only on a block of your own (a fresh
 * clone), since blocks are otherwise never changed once built (blockBody and markIds
 * remember what they computed per block).
 */
export function inlineContainers(
  block: SerializedTextBlock,
): { children: readonly (SerializedInline | SerializedList)[]; rebuild: (children: SerializedInline[]) => void }[] {
  if (block.type === 'table') {
    return block.children.flatMap((row) =>
      row.children.flatMap((cell) =>
        cell.children.map((paragraph) => ({
          children: paragraph.children,
          rebuild: (children: SerializedInline[]) => void (paragraph.children = children),
        })),
      ),
    );
  }
  if (block.type !== 'list')
    return [{ children: block.children, rebuild: (children) => void (block.children = children) }];
  const out: ReturnType<typeof inlineContainers> = [];
  const walk = (list: SerializedList) => {
    for (const item of list.children) {
      const own = item.children.filter((c) => c.type !== 'list');
      out.push({
        children: own,
        rebuild: (children) => {
          const nested = item.children.filter((c): c is SerializedList => c.type === 'list');
          item.children = [...children, ...nested];
        },
      });
      for (const child of item.children) if (child.type === 'list') walk(child);
    }
  };
  walk(block);
  return out;
}
