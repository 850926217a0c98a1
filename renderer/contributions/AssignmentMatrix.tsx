import { useState } from 'react';
import type { Assignment, Department } from '../../shared/report/organisation-schema';
import type { AnswerField } from '../../shared/template/answer-fields';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { saveAssignment } from '../db/departments-repo';
import { useI18n } from '../i18n/I18nProvider';

/** Questions × departments: tick who is asked to answer what (a question may go to several). */
export function AssignmentMatrix(props: {
  reportId: string;
  fields: AnswerField[];
  departments: Department[];
  assignments: Assignment[];
  onChanged: () => void;
}) {
  const { reportId, fields, departments, assignments, onChanged } = props;
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  // A tick shows at once (an override) while its save runs; a failed save drops the override.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const saved = (departmentId: string) =>
    new Set(assignments.find((a) => a.departmentId === departmentId)?.questionIds ?? []);
  const isTicked = (departmentId: string, questionId: string) =>
    overrides.get(`${departmentId}/${questionId}`) ?? saved(departmentId).has(questionId);
  const toggle = (departmentId: string, questionId: string, on: boolean) => {
    const key = `${departmentId}/${questionId}`;
    const next = new Map(overrides).set(key, on);
    setOverrides(next);
    const ordered = fields
      .map((f) => f.id)
      .filter((id) => next.get(`${departmentId}/${id}`) ?? saved(departmentId).has(id));
    void saveAssignment(db, reportId, departmentId, { questionIds: ordered }, appDeps).then(
      onChanged,
      (error: unknown) => {
        notify(error instanceof Error ? error.message : String(error), { kind: 'error' });
        setOverrides((all) => {
          const rest = new Map(all);
          rest.delete(key);
          return rest;
        });
      },
    );
  };
  return (
    <section className="card" aria-labelledby="tilldelning-rubrik">
      <h2 id="tilldelning-rubrik">{t('matrixHeading')}</h2>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">{t('colQuestion')}</th>
              {departments.map((d) => (
                <th scope="col" key={d.id}>
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.id}>
                <th scope="row" title={field.text}>
                  <span className="question-id">{field.id}</span> <span className="matrix-text">{field.text}</span>
                </th>
                {departments.map((d) => (
                  <td key={d.id}>
                    <input
                      type="checkbox"
                      aria-label={t('assignTo', { id: field.id, name: d.name })}
                      checked={isTicked(d.id, field.id)}
                      onChange={(e) => toggle(d.id, field.id, e.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
