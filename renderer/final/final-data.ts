import { buildReportDocx, type DocxInput } from '../../shared/docx/export/report-docx';
import type { PreflightInput } from '../../shared/preflight/finding';
import type { Template } from '../../shared/template/template-schema';
import { listContributions } from '../db/contributions-repo';
import { listMergeRecords } from '../db/merge-repo';
import { listComments } from '../db/comments-repo';
import type { StoredComment } from '../../shared/review/comment-schema';
import { listAssignments, listDepartments } from '../db/departments-repo';
import { reportImages } from '../db/images-repo';
import { getReport, listAnswers } from '../db/reports-repo';
import type { WorkbenchDb } from '../db/schema';
import { listSignatures } from '../db/signing-repo';
import { slug } from '../app/file-types';
import { comparisonTexts, type ComparisonPoint } from '../db/comparison-repo';
import { getHeadingColor, getLogo } from '../db/settings-repo';
import { provenanceAuthors } from '../../shared/compare/change-authors';
import type { Answer } from '../../shared/report/report-schema';
import type { Contribution } from '../../shared/report/organisation-schema';
import { emptyRichText } from '../../shared/report/content-schema';

/*
 * Everything the final-document view works on, read fresh from the database: the
 * preflight input, the report's signatures, and the .docx built from the same records.
 */

export interface FinalData extends PreflightInput {
  comments: StoredComment[];
  signatures: Awaited<ReturnType<typeof listSignatures>>;
}

/** The report's records for review, export and signing. */
export async function loadFinalData(db: WorkbenchDb, reportId: string, template: Template): Promise<FinalData> {
  const report = await getReport(db, reportId);
  if (!report) throw new Error('Rapporten finns inte längre.');
  return {
    template,
    report,
    answers: await listAnswers(db, reportId),
    departments: await listDepartments(db, reportId),
    assignments: await listAssignments(db, reportId),
    contributions: await listContributions(db, reportId),
    mergeRecords: await listMergeRecords(db, reportId),
    comments: await listComments(db, reportId),
    signatures: await listSignatures(db, reportId),
  };
}

/** The report's .docx, with its images and the organisation's logo from the database. */
export async function buildDocx(
  db: WorkbenchDb,
  data: Pick<DocxInput, 'template' | 'report' | 'answers' | 'reviewComments'>,
  mode: DocxInput['mode'],
  signed?: DocxInput['signed'],
): Promise<Uint8Array> {
  const images = await reportImages(db, data.report.id);
  const logo = await getLogo(db);
  const headingColor = await getHeadingColor(db);
  return buildReportDocx({
    ...data,
    images: new Map(images.map((i) => [i.id, i])),
    mode,
    headingColor,
    ...(signed && { signed }),
    ...(logo && { logo }),
  });
}

/** The report's changes since a comparison point as a .docx of tracked changes, authored from provenance. */
export async function buildChangesDocx(
  db: WorkbenchDb,
  data: FinalData,
  point: ComparisonPoint,
  label: string,
): Promise<Uint8Array> {
  const texts = await comparisonTexts(db, data.report.id, point.reason);
  const before = [...texts.values()].map((v): Answer => ({
    reportId: v.reportId,
    questionId: v.questionId,
    content: v.content,
    choice: v.choice,
    basis: v.basis,
    status: 'utkast',
    updatedAt: v.createdAt,
  }));
  const images = await reportImages(db, data.report.id);
  const authors = provenanceAuthors(data.departments, data.contributions, data.report.updatedAt);
  return buildReportDocx({
    template: data.template,
    report: data.report,
    answers: data.answers,
    images: new Map(images.map((i) => [i.id, i])),
    mode: 'utkast',
    changes: { label, before, authors },
  });
}

/** Departments whose newest revision has one before it: its changes can be exported. */
export function revisedDepartments(
  data: FinalData,
): { departmentId: string; name: string; from: number; to: number }[] {
  return data.departments.flatMap((d) => {
    const revisions = data.contributions
      .filter((c) => c.departmentId === d.id)
      .map((c) => c.revision)
      .sort((a, b) => b - a);
    return revisions.length >= 2 ? [{ departmentId: d.id, name: d.name, from: revisions[1]!, to: revisions[0]! }] : [];
  });
}

/**
 * A department's changes between its previous revision and its newest as a .docx of
 * tracked changes by that department: its questions show its newest text, the others
 * the report's answers unchanged.
 */
export async function buildRevisionChangesDocx(
  db: WorkbenchDb,
  data: FinalData,
  departmentId: string,
  label: string,
): Promise<Uint8Array> {
  const revisions = data.contributions
    .filter((c) => c.departmentId === departmentId)
    .sort((a, b) => b.revision - a.revision);
  const [latest, previous] = revisions;
  if (!latest || !previous) throw new Error('Avdelningen har bara en version: det finns inget att jämföra med.');
  const name = data.departments.find((d) => d.id === departmentId)?.name ?? 'Avdelningen';
  const text = (contribution: Contribution, answer: Answer): Answer => {
    const theirs = contribution.answers.find((a) => a.questionId === answer.questionId);
    return theirs
      ? {
          ...answer,
          content: theirs.content,
          choice: theirs.choice,
          basis: theirs.basis,
          updatedAt: contribution.createdAt,
        }
      : { ...answer, content: emptyRichText(), choice: null, basis: [] };
  };
  const theirs = new Set(latest.answers.map((a) => a.questionId));
  const after = data.answers.map((a) => (theirs.has(a.questionId) ? text(latest, a) : a));
  const before = data.answers.map((a) => (theirs.has(a.questionId) ? text(previous, a) : a));
  const images = await reportImages(db, data.report.id);
  return buildReportDocx({
    template: data.template,
    report: data.report,
    answers: after,
    images: new Map(images.map((i) => [i.id, i])),
    mode: 'utkast',
    changes: { label, before, authors: () => ({ author: name, date: latest.createdAt }) },
  });
}

/** The base name of the report's exported files: "region-vastmanland-2025-resultatredovisning". */
export function exportBaseName(
  data: Pick<DocxInput, 'report'>,
  kind: 'utkast' | 'signerad' | 'granskning' | 'andringar',
): string {
  return `${slug(`${data.report.organisation}-${data.report.year}-resultatredovisning`)}-${kind}`;
}
