import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changedWords, diffAnswer, type UnitChange } from '../../shared/compare/answer-diff';
import type { RichText } from '../../shared/report/content-schema';
import type { PinnedReason, Snapshot } from '../../shared/report/report-schema';
import { useLoaded } from '../app/use-loaded';
import { comparisonTexts, listComparisonPoints, type ComparisonPoint } from '../db/comparison-repo';
import type { WorkbenchDb } from '../db/schema';
import type { SaveStatusStore } from '../app/save-status-store';

/*
 * "Jämför med": the document's answers compared with a comparison point (last year's
 * text, the Word file, the signed version). All answers are compared when a point is
 * chosen; afterwards only the answer being written is compared again after each save,
 * so typing with the comparison on costs one answer's diff per save, not thirty.
 */

export interface QuestionComparison {
  point: ComparisonPoint;
  /** The changes from the point's text to the answer now; the point's text is missing when `missing`. */
  changes: UnitChange[];
  missing: boolean;
  words: number;
}

export interface Comparison {
  points: ComparisonPoint[];
  selected: ComparisonPoint | null;
  select: (reason: PinnedReason | null) => Promise<void>;
  byQuestion: ReadonlyMap<string, QuestionComparison>;
  changedWords: ReadonlyMap<string, number>;
}

function compare(point: ComparisonPoint, text: Snapshot | undefined, current: RichText): QuestionComparison {
  const changes = diffAnswer(text?.content, current);
  return { point, changes, missing: !text, words: changedWords(changes) };
}

/** The comparison state of a document view. */
export function useComparison(options: {
  db: WorkbenchDb;
  ownerId: string;
  questionIds: readonly string[];
  current: (questionId: string) => RichText | undefined;
  flush: () => Promise<void>;
  statusStore: SaveStatusStore;
  activeId: string | undefined;
}): Comparison {
  const { db, ownerId, questionIds, current, flush, statusStore, activeId } = options;
  const { value: points } = useLoaded(useCallback(() => listComparisonPoints(db, ownerId), [db, ownerId]));
  const [selected, setSelected] = useState<{ point: ComparisonPoint; texts: Map<string, Snapshot> } | null>(null);
  const [byQuestion, setByQuestion] = useState<ReadonlyMap<string, QuestionComparison>>(new Map());

  const select = useCallback(
    async (reason: PinnedReason | null) => {
      const point = points?.find((p) => p.reason === reason);
      if (!point) {
        setSelected(null);
        setByQuestion(new Map());
        return;
      }
      await flush();
      const texts = await comparisonTexts(db, ownerId, point.reason);
      const all = new Map<string, QuestionComparison>();
      for (const id of questionIds) {
        const content = current(id);
        if (content) all.set(id, compare(point, texts.get(id), content));
      }
      setSelected({ point, texts });
      setByQuestion(all);
    },
    [points, flush, db, ownerId, questionIds, current],
  );

  // After each save, the answer being written is compared again.
  const active = useRef(activeId);
  useEffect(() => {
    active.current = activeId;
  }, [activeId]);
  useEffect(() => {
    if (!selected) return;
    return statusStore.subscribe(() => {
      const id = active.current;
      const status = statusStore.get();
      if (!id || status.state !== 'saved') return;
      const content = current(id);
      if (!content) return;
      const next = compare(selected.point, selected.texts.get(id), content);
      setByQuestion((all) => new Map(all).set(id, next));
    });
  }, [selected, statusStore, current]);

  const words = useMemo(() => new Map([...byQuestion].map(([id, c]) => [id, c.words])), [byQuestion]);
  return { points: points ?? [], selected: selected?.point ?? null, select, byQuestion, changedWords: words };
}
