import type { BlockState } from '../report/content-schema';
import type { Contribution, Department } from '../report/organisation-schema';
import type { Answer } from '../report/report-schema';

/*
 * Who made a change, as Word's tracked changes name it. Provenance is in the blocks: a
 * block a department wrote, not edited since by the coordinator, is the department's
 * change, dated when the department wrote that revision; anything else (the
 * coordinator's own text, a department's block edited afterwards, a removal) is the
 * coordinator's, dated at the answer's last change.
 */

export const COORDINATOR_AUTHOR = 'Samordnare';

/** Who made a change and when (ISO time). */
export interface ChangeAuthorship {
  author: string;
  date: string;
}

/** The author of a change in a paragraph with this provenance, within this answer. */
export type ChangeAuthors = (state: BlockState | undefined, answer: Answer | undefined) => ChangeAuthorship;

/** Authors from the report's departments and contributions; `fallbackDate` dates a change no answer dates. */
export function provenanceAuthors(
  departments: readonly Pick<Department, 'id' | 'name'>[],
  contributions: readonly Pick<Contribution, 'departmentId' | 'revision' | 'createdAt'>[],
  fallbackDate: string,
): ChangeAuthors {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const written = new Map(contributions.map((c) => [`${c.departmentId}/${c.revision}`, c.createdAt]));
  return (state, answer) => {
    const coordinatorDate = answer?.updatedAt ?? fallbackDate;
    if (!state?.dept || state.edited) return { author: COORDINATOR_AUTHOR, date: coordinatorDate };
    const name = names.get(state.dept);
    if (!name) return { author: COORDINATOR_AUTHOR, date: coordinatorDate };
    return {
      author: name,
      date: (state.rev !== undefined && written.get(`${state.dept}/${state.rev}`)) || coordinatorDate,
    };
  };
}
