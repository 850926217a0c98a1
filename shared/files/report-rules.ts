import type { RichText } from '../report/content-schema';
import { listAnswerFields } from '../template/answer-fields';
import type { Template } from '../template/template-schema';
import type { ReportRecords } from './report-file';
import { commentProblems } from '../review/comment-checks';

/*
 * The rules a report's records must keep beyond their schemas, checked by every reader
 * after the schema and by every writer before it writes: one answer per question and
 * only the template's questions; unique departments (id and name), one assignment per
 * department with the template's questions, once each; unique contributions (id, and
 * department + revision) answering only the template's questions; merge records of known
 * answers and departments; unique image ids, and every image an answer shows present;
 * comments that keep their own rules (review/comment-checks.ts).
 * A file checked only by its checksum could otherwise hold two answers to 1.1 or an
 * answer to 9.9, and the command line and the app would each read a different one.
 */

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function imageIds(content: RichText): string[] {
  return (
    JSON.stringify(content)
      .match(/"imageId":"[^"]+"/g)
      ?.map((m) => m.slice(11, -1)) ?? []
  );
}

/** What breaks the rules, in Swedish, one line each; empty when the records keep them. `template` is the report's template when known; `now` dates the check of comment times. */
export function reportRecordProblems(records: ReportRecords, template?: Template, now: Date = new Date()): string[] {
  const problems: string[] = [];
  const questions = template ? new Set(listAnswerFields(template).map((f) => f.id)) : undefined;
  const unknown = (ids: readonly string[]) => (questions ? [...new Set(ids.filter((id) => !questions.has(id)))] : []);
  const say = (list: readonly string[], message: (items: string) => string) =>
    list.length > 0 && problems.push(message(list.join(', ')));

  say(duplicates(records.answers.map((a) => a.questionId)), (ids) => `fråga ${ids} har fler än ett svar`);
  say(unknown(records.answers.map((a) => a.questionId)), (ids) => `svar på ${ids}, som inte finns i mallen`);
  say(duplicates(records.departments.map((d) => d.id)), (ids) => `avdelnings-id ${ids} finns två gånger`);
  say(
    duplicates(records.departments.map((d) => d.name.toLocaleLowerCase('sv'))),
    (names) => `avdelningen ${names} finns två gånger`,
  );
  say(duplicates(records.assignments.map((a) => a.departmentId)), (ids) => `avdelning ${ids} har fler än ett uppdrag`);
  for (const a of records.assignments) {
    say(duplicates(a.questionIds), (ids) => `uppdraget till ${a.departmentId} tar upp ${ids} två gånger`);
    say(unknown(a.questionIds), (ids) => `uppdraget till ${a.departmentId} gäller ${ids}, som inte finns i mallen`);
  }
  say(duplicates(records.contributions.map((c) => c.id)), (ids) => `bidrags-id ${ids} finns två gånger`);
  say(
    duplicates(records.contributions.map((c) => `${c.departmentId} version ${c.revision}`)),
    (revs) => `bidraget ${revs} finns två gånger`,
  );
  for (const c of records.contributions) {
    say(duplicates(c.answers.map((a) => a.questionId)), (ids) => `bidraget ${c.id} svarar på ${ids} två gånger`);
    say(
      unknown(c.answers.map((a) => a.questionId)),
      (ids) => `bidraget ${c.id} svarar på ${ids}, som inte finns i mallen`,
    );
  }
  const answered = new Set(records.answers.map((a) => a.questionId));
  say(
    [...new Set((records.mergeRecords ?? []).filter((r) => !answered.has(r.questionId)).map((r) => r.questionId))],
    (ids) => `sammanfogningsunderlag för ${ids}, som saknar svar`,
  );
  const images = (records.images ?? []).map((i) => i.id);
  say(duplicates(images), (ids) => `bild-id ${ids} finns två gånger`);
  const present = new Set(images);
  say(
    [...new Set(records.answers.flatMap((a) => imageIds(a.content)).filter((id) => !present.has(id)))],
    (ids) => `svaren visar bilder som saknas i filen (${ids})`,
  );
  say(duplicates((records.comments ?? []).map((c) => c.id)), (ids) => `kommentaren ${ids} finns två gånger`);
  problems.push(...commentProblems(records.comments ?? [], records.answers, answered, now));
  return problems;
}
