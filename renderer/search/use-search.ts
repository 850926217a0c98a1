import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RichText } from '../../shared/report/content-schema';
import { searchPattern, type SearchOptions } from '../../shared/text/search';
import type { AnswerHandle } from '../editor/answer-handle';
import { findInEditor, matchRange, replaceInEditor, type EditorMatch } from './editor-search';
import { findInField, setFieldValue, textFields, type TextField } from './field-search';

/*
 * Ctrl+F across the open report: the header fields, every answer, the signature fields,
 * in document order. Matches are highlighted with the CSS Custom Highlight API, so the
 * editors' content is never touched to show them; the search runs again after edits only
 * while the bar is open, so writing with the bar closed costs nothing. "Ersätt alla" is
 * one step: each changed answer gets a history version first, and one undo puts every
 * answer and field back.
 */

export type SearchMatch =
  | { kind: 'answer'; questionId: string; index: number; match: EditorMatch }
  | { kind: 'field'; field: TextField; start: number; end: number };

const HIGHLIGHT = 'rv-sok';
const CURRENT = 'rv-sok-aktuell';

interface ReplaceAllUndo {
  answers: { questionId: string; content: RichText }[];
  fields: { field: TextField; value: string }[];
}

export interface SearchDeps {
  root: () => HTMLElement | null;
  questionIds: readonly string[];
  getHandle: (id: string) => AnswerHandle | undefined;
  /** Takes a version of each answer before a replace-all changes it. */
  saveVersion: (questionId: string, label: string) => Promise<unknown>;
  flush: () => Promise<void>;
  /** Autosave's status: it changes when an answer was edited. */
  saves: { subscribe: (listener: () => void) => () => void };
}

function setHighlights(all: Range[], current: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
  if (current) CSS.highlights.set(CURRENT, new Highlight(current));
  else CSS.highlights.delete(CURRENT);
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(CURRENT);
}

/** The search state of a document view and what its bar can do. */
export function useSearch(deps: SearchDeps) {
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<SearchOptions>({ query: '', matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<SearchMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [undoable, setUndoable] = useState<ReplaceAllUndo | null>(null);
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });
  const pattern = useMemo(() => searchPattern(options), [options]);

  const collect = useCallback((): SearchMatch[] => {
    const { root, questionIds, getHandle } = depsRef.current;
    const element = root();
    if (!pattern || !element) return [];
    const fieldMatches = (fields: TextField[]) =>
      fields.flatMap((field) => findInField(field, pattern).map((m): SearchMatch => ({ kind: 'field', field, ...m })));
    const answers = questionIds.flatMap((questionId) => {
      const editor = getHandle(questionId)?.editor();
      return editor
        ? findInEditor(editor, pattern).map((match, index): SearchMatch => ({
            kind: 'answer',
            questionId,
            index,
            match,
          }))
        : [];
    });
    return [
      ...fieldMatches(textFields(element, 'header')),
      ...answers,
      ...fieldMatches(textFields(element, 'signature')),
    ];
  }, [pattern]);

  const refresh = useCallback(() => {
    const found = collect();
    setMatches(found);
    setCurrent((c) => Math.min(c, Math.max(0, found.length - 1)));
  }, [collect]);

  // Search again when the query changes, and after edits while the bar is open.
  useEffect(() => {
    if (!open) return;
    const element = depsRef.current.root();
    // A query being typed is searched once it rests a moment, like an edit.
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(refresh, 100);
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    };
    // Fields fire input events; the editors' edits show as autosave activity.
    element?.addEventListener('input', later);
    const unsubscribe = depsRef.current.saves.subscribe(later);
    return () => {
      clearTimeout(timer);
      element?.removeEventListener('input', later);
      unsubscribe();
    };
  }, [open, refresh]);

  const rangeOf = useCallback((match: SearchMatch): Range | null => {
    if (match.kind !== 'answer') return null;
    const editor = depsRef.current.getHandle(match.questionId)?.editor();
    return editor ? matchRange(editor, match.match) : null;
  }, []);

  useEffect(() => {
    if (!open) return clearHighlights();
    const ranges = matches.map(rangeOf);
    setHighlights(
      ranges.filter((r): r is Range => r !== null),
      ranges[current] ?? null,
    );
  }, [open, matches, current, rangeOf]);
  useEffect(() => clearHighlights, []);

  /** Moves to the next (1) or previous (-1) match and brings it into view. */
  const go = useCallback(
    (step: 1 | -1) => {
      if (matches.length === 0) return;
      const next = (current + step + matches.length) % matches.length;
      setCurrent(next);
      const match = matches[next]!;
      // A field shows a selection only when focused: the match is selected in it (F3 goes on from there).
      if (match.kind === 'field') {
        match.field.scrollIntoView({ block: 'center' });
        match.field.focus();
        match.field.setSelectionRange(match.start, match.end);
        return;
      }
      const range = rangeOf(match);
      const target = range?.startContainer.parentElement ?? document.getElementById(`svar-${match.questionId}`);
      target?.scrollIntoView({ block: 'center' });
    },
    [matches, current, rangeOf],
  );

  const replaceOne = useCallback(
    (replacement: string) => {
      const match = matches[current];
      if (!match || !pattern) return 0;
      setUndoable(null);
      if (match.kind === 'field') {
        setFieldValue(
          match.field,
          match.field.value.slice(0, match.start) + replacement + match.field.value.slice(match.end),
        );
      } else {
        const editor = depsRef.current.getHandle(match.questionId)?.editor();
        if (!editor || replaceInEditor(editor, pattern, replacement, match.index) === 0) return 0;
      }
      refresh();
      return 1;
    },
    [matches, current, pattern, refresh],
  );

  const replaceAll = useCallback(
    async (replacement: string, versionLabel: string): Promise<{ count: number; answers: number }> => {
      if (!pattern) return { count: 0, answers: 0 };
      const { getHandle, saveVersion, flush } = depsRef.current;
      const found = collect();
      const questionIds = [...new Set(found.flatMap((m) => (m.kind === 'answer' ? [m.questionId] : [])))];
      await flush();
      for (const id of questionIds) await saveVersion(id, versionLabel);
      const undo: ReplaceAllUndo = { answers: [], fields: [] };
      let count = 0;
      for (const id of questionIds) {
        const handle = getHandle(id);
        const editor = handle?.editor();
        if (!handle || !editor) continue;
        const before = handle.current();
        const replaced = replaceInEditor(editor, pattern, replacement, 'all');
        if (replaced > 0) undo.answers.push({ questionId: id, content: before });
        count += replaced;
      }
      for (const field of new Set(found.flatMap((m) => (m.kind === 'field' ? [m.field] : [])))) {
        const value = field.value;
        const next = value.replace(new RegExp(pattern.source, pattern.flags), () => replacement);
        if (next === value) continue;
        count += findInField(field, pattern).length;
        undo.fields.push({ field, value });
        setFieldValue(field, next);
      }
      setUndoable(undo.answers.length + undo.fields.length > 0 ? undo : null);
      refresh();
      return { count, answers: undo.answers.length };
    },
    [pattern, collect, refresh],
  );

  /** Puts back every answer and field the last "Ersätt alla" changed, as one step. */
  const undoReplaceAll = useCallback(() => {
    if (!undoable) return;
    for (const { questionId, content } of undoable.answers) depsRef.current.getHandle(questionId)?.replace(content);
    for (const { field, value } of undoable.fields) setFieldValue(field, value);
    setUndoable(null);
    refresh();
  }, [undoable, refresh]);

  const close = useCallback(() => {
    setOpen(false);
    setUndoable(null);
  }, []);

  return {
    open,
    setOpen,
    close,
    options,
    setOptions,
    matches,
    current,
    go,
    replaceOne,
    replaceAll,
    undoReplaceAll,
    canUndo: undoable !== null,
  };
}
