import type { SerializedConflict, SerializedTextBlock } from '../report/content-schema';
import { withState } from './blocks';

/*
 * The three ways out of a conflict, as the blocks that replace it. The block that stays
 * takes the conflict's id, so the merge record's link to it holds: "Behåll min" keeps the
 * coordinator's side (a later change by the department is a conflict again), "Ta deras"
 * takes the department's side (later changes follow). "Redigera" puts both in the text
 * to be edited: the coordinator's side keeps the conflict's id and its own provenance,
 * the department's side is a new block of its own, with the department's provenance.
 */

export type ConflictChoice = 'mine' | 'theirs' | 'edit';

/** The blocks that replace a conflict when a person chooses. */
export function resolveConflict(
  conflict: SerializedConflict,
  choice: ConflictChoice,
  newId: () => string,
): SerializedTextBlock[] {
  const id = conflict.$?.blockId ?? newId();
  const { mine, theirs } = conflict;
  const keepMine = mine ? withState(mine, { ...mine.$, blockId: id }) : null;
  const takeTheirs = theirs ? withState(theirs, { ...theirs.$, blockId: id }) : null;
  if (choice === 'mine') return keepMine ? [keepMine] : [];
  if (choice === 'theirs') return takeTheirs ? [takeTheirs] : [];
  if (!keepMine) return takeTheirs ? [takeTheirs] : [];
  return theirs ? [keepMine, withState(theirs, { ...theirs.$, blockId: newId() })] : [keepMine];
}
