import type { RichText } from '../report/content-schema';
import type { Contribution, Department } from '../report/organisation-schema';
import type { MergeRecord, MergeState } from '../report/merge-record';
import type { Answer } from '../report/report-schema';

/*
 * Answers merged before merge records existed carry only their blocks' provenance. Their
 * record is read from that once (the database upgrade, an old report file): the newest
 * revision any block or conflict of the department carries, that revision's text as the
 * base, and links from each block's source id. From then on the record decides.
 */

/** The revision of a department the answer's blocks and conflicts carry, newest first; undefined when none. */
export function revisionInText(content: RichText, departmentId: string): number | undefined {
  let newest: number | undefined;
  for (const block of content.root.children) {
    const revision =
      block.type === 'conflict'
        ? block.departmentId === departmentId
          ? block.revision
          : undefined
        : block.$?.dept === departmentId
          ? block.$.rev
          : undefined;
    if (revision !== undefined && (newest === undefined || revision > newest)) newest = revision;
  }
  return newest;
}

/** The record of a department's merge as the text shows it (content must have a unique id on every block); undefined when nothing of it is there. */
export function legacyState(
  content: RichText,
  departmentId: string,
  questionId: string,
  contributions: readonly Contribution[],
): MergeState | undefined {
  const revision = revisionInText(content, departmentId);
  if (revision === undefined) return undefined;
  const answer = contributions
    .find((c) => c.departmentId === departmentId && c.revision === revision)
    ?.answers.find((a) => a.questionId === questionId);
  const links = new Map<string, string>();
  for (const block of content.root.children) {
    const id = block.$?.blockId;
    const src =
      block.type === 'conflict'
        ? block.departmentId === departmentId
          ? (block.theirs?.$?.src ?? block.mine?.$?.src)
          : undefined
        : block.$?.dept === departmentId
          ? block.$.src
          : undefined;
    if (id && src && !links.has(src)) links.set(src, id);
  }
  return {
    revision,
    base: answer
      ? { content: answer.content, choice: answer.choice, basis: answer.basis }
      : { content: { root: { ...content.root, children: [] } }, choice: null, basis: [] },
    links: [...links],
    choiceConflict: null,
  };
}

/** The records of answers merged before records existed, one per answer and department that left blocks in it. */
export function legacyRecords(
  answers: readonly Answer[],
  departments: readonly Pick<Department, 'id' | 'reportId'>[],
  contributions: readonly Contribution[],
): MergeRecord[] {
  return answers.flatMap((answer) =>
    departments
      .filter((d) => d.reportId === answer.reportId)
      .flatMap((department) => {
        const state = legacyState(answer.content, department.id, answer.questionId, contributions);
        return state
          ? [
              {
                reportId: answer.reportId,
                questionId: answer.questionId,
                departmentId: department.id,
                ...state,
                updatedAt: answer.updatedAt,
              },
            ]
          : [];
      }),
  );
}
