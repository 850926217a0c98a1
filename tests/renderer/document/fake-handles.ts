import type { AnswerHandle } from '../../../renderer/editor/answer-handle';
import type { Answer } from '../../../shared/report/report-schema';

/** The answers' editors faked as handles over a map: what a merge applies lands in `current`. */
export function fakeHandles(answers: Answer[]) {
  const current = new Map(answers.map((a) => [a.questionId, a]));
  const handle = (q: string): AnswerHandle => ({
    restore: () => {},
    replace: (content) => current.set(q, { ...current.get(q)!, content }),
    apply: (next) => current.set(q, { ...current.get(q)!, ...next }),
    undo: () => {},
    current: () => current.get(q)!.content,
    currentAnswer: () => current.get(q)!,
    wrapComment: () => false,
    selectComment: () => false,
    markedIds: () => new Set(),
    editor: () => null,
  });
  return { current, getHandle: (q: string) => (current.has(q) ? handle(q) : undefined) };
}
