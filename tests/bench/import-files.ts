import { buildAssignmentFile, buildContributionFile } from '../../shared/files/build-files';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import type { Assignment, Department } from '../../shared/report/organisation-schema';
import type { Answer, Report } from '../../shared/report/report-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { testDeps } from '../shared/fixtures';
import { template } from '../shared/preflight/complete-report';
import { fullSizeContents, fullSizeWorkspace } from './full-report';

/*
 * A region with many departments (performance issue, item 3): a full-size report whose
 * 20 departments are each assigned three questions and each send three revisions — 60
 * contribution files, each answer about as long as a full-size report's.
 */

export interface ManyFiles {
  report: Report;
  answers: Answer[];
  departments: Department[];
  assignments: Assignment[];
  /** The files as written to disk (JSON text). */
  files: { name: string; text: string }[];
}

/** The report's records and its contribution files: `departmentCount` × `revisions` files of `questionsEach` answers. */
export async function manyDepartmentFiles(departmentCount = 20, revisions = 3, questionsEach = 3): Promise<ManyFiles> {
  const deps = testDeps();
  const { reports, answers } = fullSizeWorkspace();
  const report = reports[0]!;
  const at = deps.now().toISOString();
  const fields = listAnswerFields(template);
  const departments: Department[] = Array.from({ length: departmentCount }, (_, i) => ({
    id: `avd-${String(i + 1).padStart(6, '0')}`,
    reportId: report.id,
    name: `Avdelning ${i + 1}`,
    contactName: '',
    contactEmail: '',
    createdAt: at,
  }));
  const assignments: Assignment[] = departments.map((d, i) => ({
    reportId: report.id,
    departmentId: d.id,
    questionIds: Array.from({ length: questionsEach }, (_, k) => fields[(i + k * 7) % fields.length]!.id),
    deadline: null,
    note: '',
    updatedAt: at,
  }));
  const files: { name: string; text: string }[] = [];
  for (const [i, department] of departments.entries()) {
    const assignment = assignments[i]!;
    const file = await buildAssignmentFile({
      report,
      template,
      department,
      assignment,
      coordinatorName: 'Samordnare',
      answers,
      includeStartingPoints: false,
      now: deps.now(),
    });
    for (let revision = 1; revision <= revisions; revision++) {
      const texts = fullSizeContents(53_500, 100 * i + revision);
      const contribution = await buildContributionFile({
        assignment: file,
        answers: file.questions.map((q) => ({
          reportId: 'arbetsyta',
          questionId: q.id,
          content: texts.get(q.id)!,
          choice: null,
          basis: [],
          status: 'klar',
          updatedAt: at,
        })),
        author: 'Handläggare',
        revision,
        now: deps.now(),
        newId: deps.newId,
      });
      files.push({
        name: `avdelning-${i + 1}-v${revision}.rvbidrag`,
        text: new TextDecoder().decode(encodeExchangeFile(contribution)),
      });
    }
  }
  return { report, answers, departments, assignments, files };
}
