import { buildReportDocx, type DocxInput } from '../../shared/document/docx-export';
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
import { slug } from '../contributions/file-names';
import { comparisonTexts, type ComparisonPoint } from '../db/comparison-repo';
import { provenanceAuthors } from '../../shared/compare/change-authors';
import type { Answer } from '../../shared/report/report-schema';

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

/** The report's .docx, with its images from the database. */
export async function buildDocx(db: WorkbenchDb, data: Pick<DocxInput, 'template' | 'report' | 'answers' | 'reviewComments'>, mode: DocxInput['mode'], keyFingerprint?: string): Promise<Uint8Array> {
  const images = await reportImages(db, data.report.id);
  return buildReportDocx({ ...data, images: new Map(images.map((i) => [i.id, i])), mode, ...(keyFingerprint && { keyFingerprint }) });
}

/** The report's changes since a comparison point as a .docx of tracked changes, authored from provenance. */
export async function buildChangesDocx(db: WorkbenchDb, data: FinalData, point: ComparisonPoint, label: string): Promise<Uint8Array> {
  const texts = await comparisonTexts(db, data.report.id, point.reason);
  const before = [...texts.values()].map((v): Answer => ({ reportId: v.reportId, questionId: v.questionId, content: v.content, choice: v.choice, basis: v.basis, status: 'utkast', updatedAt: v.createdAt }));
  const images = await reportImages(db, data.report.id);
  const authors = provenanceAuthors(data.departments, data.contributions, data.report.updatedAt);
  return buildReportDocx({ template: data.template, report: data.report, answers: data.answers, images: new Map(images.map((i) => [i.id, i])), mode: 'utkast', changes: { label, before, authors } });
}

/** The base name of the report's exported files: "region-vastmanland-2025-resultatredovisning". */
export function exportBaseName(data: Pick<DocxInput, 'report'>, kind: 'utkast' | 'signerad' | 'granskning' | 'andringar'): string {
  return `${slug(`${data.report.organisation}-${data.report.year}-resultatredovisning`)}-${kind}`;
}
