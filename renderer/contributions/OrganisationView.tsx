import { useCallback, useMemo } from 'react';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Report } from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { useLoaded } from '../app/use-loaded';
import { useDb } from '../db/DbProvider';
import { listAssignments, listDepartments } from '../db/departments-repo';
import { useI18n } from '../i18n/I18nProvider';
import { AssignmentExports } from './AssignmentExports';
import { AssignmentMatrix } from './AssignmentMatrix';
import { DepartmentsPanel } from './DepartmentsPanel';

/** "Avdelningar och uppdrag": the department register, who answers what, and the assignment files. */
export function OrganisationView({ report, template }: { report: Report; template: Template }) {
  const db = useDb();
  const { t } = useI18n();
  const fields = useMemo(() => listAnswerFields(template), [template]);
  const load = useCallback(
    async () => ({
      departments: await listDepartments(db, report.id),
      assignments: await listAssignments(db, report.id),
    }),
    [db, report.id],
  );
  const { value, reload } = useLoaded(load);
  if (!value) return <p role="status">{t('loading')}</p>;
  return (
    <div className="organisation-view">
      <h1>{t('viewAssignments')}</h1>
      <DepartmentsPanel reportId={report.id} departments={value.departments} onChanged={reload} />
      <AssignmentMatrix
        reportId={report.id}
        fields={fields}
        departments={value.departments}
        assignments={value.assignments}
        onChanged={reload}
      />
      <AssignmentExports
        report={report}
        template={template}
        departments={value.departments}
        assignments={value.assignments}
        onChanged={reload}
      />
    </div>
  );
}
