import { useEffect, useState } from 'react';
import { buildAssignmentFile } from '../../shared/files/build-files';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import type { Assignment, Department } from '../../shared/report/organisation-schema';
import type { Report } from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { saveAssignment } from '../db/departments-repo';
import { listAnswers } from '../db/reports-repo';
import { getTextSetting, setTextSetting } from '../db/settings-repo';
import { recordStartingPoints } from '../db/merge-repo';
import { markSent } from '../db/review-repo';
import { useTypedSave } from '../components/use-typed-save';
import { TypedTextInput } from '../components/TypedTextInput';
import { DateInput } from '../components/DateInput';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { FILE_TYPES, slug } from '../app/file-types';

function AssignmentCard(props: {
  report: Report;
  template: Template;
  department: Department;
  assignment: Assignment;
  coordinatorName: string;
  onChanged: () => void;
}) {
  const { report, template, department, assignment, coordinatorName, onChanged } = props;
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [deadline, setDeadline] = useState(assignment.deadline ?? '');
  const [note, setNote] = useState(assignment.note);
  const [startingPoints, setStartingPoints] = useState(false);
  const fail = (error: unknown) => notify(error instanceof Error ? error.message : String(error), { kind: 'error' });
  const save = (change: Partial<Assignment>) =>
    void saveAssignment(db, report.id, department.id, change, appDeps).then(onChanged, fail);
  const typed = useTypedSave<Partial<Assignment>>(save, 400, (pending, next) => ({ ...pending, ...next }));

  const exportFile = async () => {
    const answers = await listAnswers(db, report.id);
    const file = await buildAssignmentFile({
      report,
      template,
      department,
      assignment: { ...assignment, deadline: deadline || null, note },
      coordinatorName,
      answers,
      includeStartingPoints: startingPoints,
      now: appDeps.now(),
    });
    const result = await host.saveBytes({
      title: t('exportAssignment', { name: department.name }),
      suggestedName: `uppdrag-${slug(department.name)}-${report.year}.rvuppdrag`,
      filters: FILE_TYPES.assignment,
      bytes: encodeExchangeFile(file),
    });
    if (!result.saved) return;
    // The department's first revision is merged three ways against the starting texts it got.
    if (startingPoints)
      await recordStartingPoints(
        db,
        report.id,
        department.id,
        answers.filter((a) => assignment.questionIds.includes(a.questionId)),
        appDeps.now().toISOString(),
      );
    await markSent(db, report.id, department.id, appDeps);
    notify(t('assignmentExported', { name: department.name, file: result.fileName ?? '' }));
    onChanged();
  };

  return (
    <section className="card assignment-card" aria-label={t('assignmentFor', { name: department.name })}>
      <h3>{department.name}</h3>
      <p>{t('assignedQuestions', { ids: assignment.questionIds.join(', ') })}</p>
      <div className="form-grid">
        <label>
          {t('deadline')}
          <DateInput
            value={deadline}
            onValue={(value) => {
              setDeadline(value);
              typed.change({ deadline: value || null });
            }}
            onBlur={typed.flush}
          />
        </label>
        <label>
          {t('noteToDepartment')}
          <textarea
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              typed.change({ note: e.target.value });
            }}
            onBlur={typed.flush}
          />
        </label>
      </div>
      <label className="checkbox-line">
        <input type="checkbox" checked={startingPoints} onChange={(e) => setStartingPoints(e.target.checked)} />{' '}
        {t('includeStartingPoints')}
      </label>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void exportFile().catch(fail)}>
          {t('exportAssignment', { name: department.name })}
        </button>
      </div>
    </section>
  );
}

/** Per department with questions: deadline, note and the assignment file to send. */
export function AssignmentExports(props: {
  report: Report;
  template: Template;
  departments: Department[];
  assignments: Assignment[];
  onChanged: () => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const [coordinatorName, setCoordinatorName] = useState('');
  const typedName = useTypedSave<string>((name) => void setTextSetting(db, 'coordinatorName', name));
  useEffect(() => {
    void getTextSetting(db, 'coordinatorName').then(setCoordinatorName);
  }, [db]);
  const withQuestions = props.assignments.filter((a) => a.questionIds.length > 0);
  return (
    <section aria-labelledby="uppdragsfiler-rubrik">
      <h2 id="uppdragsfiler-rubrik">{t('assignmentFilesHeading')}</h2>
      <label className="inline-form">
        {t('coordinatorName')} <TypedTextInput value={coordinatorName} onValue={setCoordinatorName} typed={typedName} />
      </label>
      {withQuestions.length === 0 && <p>{t('noAssignments')}</p>}
      {withQuestions.map((assignment) => {
        const department = props.departments.find((d) => d.id === assignment.departmentId);
        return department ? (
          <AssignmentCard
            key={assignment.departmentId}
            report={props.report}
            template={props.template}
            department={department}
            assignment={assignment}
            coordinatorName={coordinatorName}
            onChanged={props.onChanged}
          />
        ) : null;
      })}
    </section>
  );
}
