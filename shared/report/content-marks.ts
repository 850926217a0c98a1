import type {
  RichText,
  SerializedBlock,
  SerializedInline,
  SerializedList,
  SerializedTableCell,
  SerializedTextBlock,
} from './content-schema';
import { atomText, fromAtoms, inlineContainers, markRange, toAtoms, type Atom } from './inline-atoms';

/*
 * Comment marks in an answer's serialized text. A comment is anchored by a mark around
 * its text, so the anchor moves with the text as people write. When a block is replaced
 * by another version of itself (a merge takes the department's newer text, a returned
 * assignment meets what the department wrote since), the marks are carried over: the
 * marked words are looked for in the new version, nearest to where they were, and marked
 * there. Words that are gone leave the comment on the question ("texten är borttagen").
 */

function blocksOf(block: SerializedBlock): SerializedTextBlock[] {
  if (block.type !== 'conflict') return [block];
  return [block.mine, block.theirs].filter((b): b is SerializedTextBlock => b !== null);
}

// Per block object, as blockBody's bodies: blocks are never changed in place once built.
const blockMarks = new WeakMap<SerializedBlock, readonly string[]>();

function marksOf(block: SerializedBlock): readonly string[] {
  let ids = blockMarks.get(block);
  if (ids === undefined) {
    const found = new Set<string>();
    for (const part of blocksOf(block))
      for (const c of inlineContainers(part))
        for (const atom of toAtoms(c.children)) for (const id of atom.ids) found.add(id);
    ids = [...found];
    blockMarks.set(block, ids);
  }
  return ids;
}

/** The comment ids marked anywhere in the answer (both sides of a conflict included). */
export function markIds(content: RichText): Set<string> {
  const ids = new Set<string>();
  for (const block of content.root.children) for (const id of marksOf(block)) ids.add(id);
  return ids;
}

/** Where a comment's marked text is in a block: container index, offset in it, and the text. */
export interface MarkedFragment {
  container: number;
  offset: number;
  text: string;
}

/** The marked fragments of each comment id in one block, in reading order. */
export function markedFragments(block: SerializedTextBlock): Map<string, MarkedFragment[]> {
  const out = new Map<string, MarkedFragment[]>();
  inlineContainers(block).forEach((container, index) => {
    let at = 0;
    const open = new Map<string, MarkedFragment>();
    for (const atom of toAtoms(container.children)) {
      const text = atomText(atom);
      for (const id of atom.ids) {
        const current = open.get(id);
        if (current && current.offset + current.text.length === at) current.text += text;
        else {
          const fragment = { container: index, offset: at, text };
          open.set(id, fragment);
          out.set(id, [...(out.get(id) ?? []), fragment]);
        }
      }
      at += text.length;
    }
  });
  return out;
}

/** The whole text a comment marks in an answer (fragments joined by a space), or undefined when nothing is marked. */
export function markedQuote(content: RichText, id: string): { blockId: string | undefined; quote: string } | undefined {
  for (const block of content.root.children) {
    for (const part of blocksOf(block)) {
      const fragments = markedFragments(part).get(id);
      if (fragments) return { blockId: block.$?.blockId, quote: fragments.map((f) => f.text).join(' ') };
    }
  }
  return undefined;
}

function stripInline(
  children: readonly (SerializedInline | SerializedList)[],
  keep: (id: string) => boolean,
): (SerializedInline | SerializedList)[] {
  const out: (SerializedInline | SerializedList)[] = [];
  for (const child of children) {
    if (child.type === 'mark') {
      const inner = stripInline(child.children, keep) as SerializedInline[];
      const ids = child.ids.filter(keep);
      if (ids.length > 0) out.push({ ...child, ids, children: inner } as SerializedInline);
      else out.push(...inner);
    } else if (child.type === 'link')
      out.push({ ...child, children: stripInline(child.children, keep) as typeof child.children });
    else if (child.type === 'list') out.push(stripList(child, keep));
    else out.push(child);
  }
  return joinText(out);
}

/** Adjacent plain text nodes of the same format as one, as Lexical keeps them once a mark around one of them is gone. */
function joinText(children: (SerializedInline | SerializedList)[]): (SerializedInline | SerializedList)[] {
  const out: (SerializedInline | SerializedList)[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (
      child.type === 'text' &&
      last?.type === 'text' &&
      child.mode === 'normal' &&
      last.mode === 'normal' &&
      child.format === last.format &&
      child.detail === last.detail &&
      child.style === last.style
    ) {
      out[out.length - 1] = { ...last, text: last.text + child.text };
    } else out.push(child);
  }
  return out;
}

function stripList(list: SerializedList, keep: (id: string) => boolean): SerializedList {
  return {
    ...list,
    children: list.children.map((item) => ({
      ...item,
      children: stripInline(item.children, keep) as typeof item.children,
    })),
  };
}

function stripBlock<B extends SerializedBlock>(block: B, keep: (id: string) => boolean): B {
  if (block.type === 'conflict') {
    return {
      ...block,
      mine: block.mine && stripBlock(block.mine, keep),
      theirs: block.theirs && stripBlock(block.theirs, keep),
    };
  }
  if (block.type === 'list') return stripList(block, keep) as B;
  if (block.type === 'table') {
    const cells = (cell: SerializedTableCell) => ({
      ...cell,
      children: cell.children.map((p) => ({ ...p, children: stripInline(p.children, keep) as typeof p.children })),
    });
    return { ...block, children: block.children.map((row) => ({ ...row, children: row.children.map(cells) })) } as B;
  }
  return {
    ...block,
    children: stripInline((block as { children: (SerializedInline | SerializedList)[] }).children, keep),
  } as B;
}

/** A block without comment marks (or without those `keep` turns down); the text stays as it is. */
export function withoutMarks<B extends SerializedBlock>(block: B, keep: (id: string) => boolean = () => false): B {
  return stripBlock(block, keep);
}

/** An answer without comment marks (or only with the ids `keep` accepts). */
export function contentWithoutMarks(content: RichText, keep: (id: string) => boolean = () => false): RichText {
  return { root: { ...content.root, children: content.root.children.map((b) => stripBlock(b, keep)) } };
}

/** How many characters around a place agree with the context the words had: the words' own surroundings decide between two occurrences. */
const CONTEXT = 30;

function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  while (
    n < CONTEXT &&
    n < a.length &&
    n < b.length &&
    (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])
  )
    n++;
  return n;
}

/** The place in the target where the fragment's words fit best: most context agreeing, then nearest to where they were; undefined when the words are not there. */
function bestPlace(
  containers: Atom[][],
  fragment: MarkedFragment,
  sourceText: string,
): { container: number; offset: number } | undefined {
  const before = sourceText.slice(0, fragment.offset);
  const after = sourceText.slice(fragment.offset + fragment.text.length);
  let best: { container: number; offset: number; score: number; distance: number } | undefined;
  containers.forEach((atoms, container) => {
    const whole = atoms.map(atomText).join('');
    for (
      let at = whole.indexOf(fragment.text);
      at !== -1 && fragment.text.length > 0;
      at = whole.indexOf(fragment.text, at + 1)
    ) {
      const score =
        agreement(before, whole.slice(0, at), true) + agreement(after, whole.slice(at + fragment.text.length), false);
      const distance = Math.abs(container - fragment.container) * 1_000_000 + Math.abs(at - fragment.offset);
      if (!best || score > best.score || (score === best.score && distance < best.distance))
        best = { container, offset: at, score, distance };
    }
  });
  return best;
}

/**
 * Marks in `target` the text `source` marks for each id not already in `target`,
 * nearest to the same place; returns the new block and the ids it could place.
 */
export function carryBlockMarks(
  source: SerializedTextBlock,
  target: SerializedTextBlock,
  only?: (id: string) => boolean,
): { block: SerializedTextBlock; placed: string[] } {
  const present = new Set<string>();
  for (const c of inlineContainers(target))
    for (const atom of toAtoms(c.children)) for (const id of atom.ids) present.add(id);
  const sourceTexts = inlineContainers(source).map((c) => toAtoms(c.children).map(atomText).join(''));
  const wanted = [...markedFragments(source)].filter(([id]) => !present.has(id) && (only?.(id) ?? true));
  if (wanted.length === 0) return { block: target, placed: [] };
  const block = structuredClone(target);
  const containers = inlineContainers(block);
  const atoms = containers.map((c) => toAtoms(c.children));
  const placed: string[] = [];
  for (const [id, fragments] of wanted) {
    let any = false;
    for (const fragment of fragments) {
      const best = bestPlace(atoms, fragment, sourceTexts[fragment.container] ?? '');
      if (!best) continue;
      atoms[best.container] = markRange(atoms[best.container]!, best.offset, best.offset + fragment.text.length, id);
      any = true;
    }
    if (any) placed.push(id);
  }
  containers.forEach((c, i) => c.rebuild(fromAtoms(atoms[i]!)));
  return { block, placed };
}

/**
 * `after` with the marks of `before` that it lost carried back in: for each block of
 * `after` (and each side of a conflict), the marks of the block with the same id in
 * `before`. The merge and conflict resolution use it so a comment stays on its words
 * when the words survive a change.
 */
export function carryMarks(before: RichText, after: RichText): RichText {
  const had = markIds(before);
  if (had.size === 0) return after;
  const kept = markIds(after);
  const lost = (id: string) => had.has(id) && !kept.has(id);
  if (![...had].some(lost)) return after;
  const sources = new Map<string, SerializedTextBlock[]>();
  for (const block of before.root.children) {
    const id = block.$?.blockId;
    if (id) sources.set(id, blocksOf(block));
  }
  const placedNow = new Set<string>();
  const carry = (target: SerializedTextBlock, blockId: string | undefined): SerializedTextBlock => {
    let block = target;
    for (const source of (blockId && sources.get(blockId)) || []) {
      const result = carryBlockMarks(source, block, (id) => lost(id) && !placedNow.has(id));
      block = result.block;
      for (const id of result.placed) placedNow.add(id);
    }
    return block;
  };
  const children = after.root.children.map((block): SerializedBlock => {
    if (block.type !== 'conflict') return { ...carry(block, block.$?.blockId) };
    return {
      ...block,
      mine: block.mine && carry(block.mine, block.$?.blockId),
      theirs: block.theirs && carry(block.theirs, block.$?.blockId),
    };
  });
  return { root: { ...after.root, children } };
}
