/*
 * A readable diff for the history panel: the two texts are split into words and
 * whitespace, the longest common subsequence of those tokens is kept, and what is left
 * becomes removed and added runs. A common prefix and suffix are trimmed first, so the
 * quadratic table only covers the changed middle; past a size limit the middle is shown
 * as one removal and one addition rather than spending seconds on it.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_TABLE = 4_000_000;

function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function lcsDiff(a: string[], b: string[], parts: DiffPart[]): void {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
  while (i < a.length) push(parts, 'removed', a[i++]!);
  while (j < b.length) push(parts, 'added', b[j++]!);
}

// Two different sentences share their spaces; a diff that keeps those as "same" reads as
// word salad. A whitespace-only run between two changes joins both sides of the change.
function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  let open = false;
  const close = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = added = '';
    open = false;
  };
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (part.kind === 'removed') {
      removed += part.text;
      open = true;
    } else if (part.kind === 'added') {
      added += part.text;
      open = true;
    } else if (open && next && /^\s+$/.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else {
      if (open) close();
      push(out, 'same', part.text);
    }
  });
  if (open) close();
  return out;
}

/** Word-level differences from `before` to `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_TABLE) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    lcsDiff(midA, midB, parts);
  }
  push(parts, 'same', a.slice(endA).join(''));
  return coalesce(parts);
}
