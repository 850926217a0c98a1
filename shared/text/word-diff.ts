import { diffWordsWithSpace } from 'diff';

/*
 * A readable word-level diff, for the history panel and the merge preview. The diff
 * itself is jsdiff's (`diff` on npm, Myers' algorithm on words and whitespace); past a
 * bound on the edit length the change is shown as one removal and one addition rather
 * than spending seconds on it. What we add is readability: two different sentences share
 * their spaces, and a diff that keeps those as "same" reads as word salad, so a
 * whitespace-only run between two changes joins both sides of the change.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_EDIT_LENGTH = 2_000;

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

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
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  const parts: DiffPart[] = [];
  if (!changes) {
    push(parts, 'removed', before);
    push(parts, 'added', after);
    return parts;
  }
  for (const change of changes) push(parts, change.added ? 'added' : change.removed ? 'removed' : 'same', change.value);
  return coalesce(parts);
}
