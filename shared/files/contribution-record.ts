import type { Deps } from '../report/deps';
import { contributionSchema, type Contribution } from '../report/organisation-schema';
import type { ContributionFile } from './exchange-files';

/** The record an imported contribution file becomes, checked against its schema; the one place it is built (the app's import and the command line's merge). */
export function contributionRecord(
  file: ContributionFile,
  fileName: string,
  reportId: string,
  deps: Deps,
): Contribution {
  return contributionSchema.parse({
    id: deps.newId(),
    reportId,
    departmentId: file.department.id,
    revision: file.revision,
    author: file.author,
    createdAt: file.createdAt,
    importedAt: deps.now().toISOString(),
    fileName: fileName.slice(0, 255),
    sha256: file.sha256,
    answers: file.answers,
  });
}
