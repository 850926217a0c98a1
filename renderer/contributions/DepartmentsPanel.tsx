import { useState, type FormEvent } from 'react';
import type { Department } from '../../shared/report/organisation-schema';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { addDepartment, removeDepartment, updateDepartment } from '../db/departments-repo';
import { useI18n } from '../i18n/I18nProvider';
import { useTypedSave } from '../components/use-typed-save';
import { useItDefaults } from '../app/it-defaults';
import { isLocked } from '../../shared/settings/it-defaults';

type Field = 'name' | 'contactName' | 'contactEmail';
type Change = Partial<Record<Field, string>>;

function DepartmentRow({
  department,
  onChanged,
  locked,
}: {
  department: Department;
  onChanged: () => void;
  locked: boolean;
}) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  // The fields show what is typed; saves and reloads of the register never reset them.
  const [draft, setDraft] = useState<Record<Field, string>>({
    name: department.name,
    contactName: department.contactName,
    contactEmail: department.contactEmail,
  });
  const typed = useTypedSave<Change>(
    (change, final) => {
      // While typing, a value that is not valid yet (half an e-mail address, a name another department has) waits for more;
      // on blur it is said, and the field keeps it.
      for (const [field, value] of Object.entries(change) as [Field, string][]) {
        updateDepartment(db, department.id, { [field]: value }).then(onChanged, (error: unknown) => {
          if (final) notify(error instanceof Error ? error.message : String(error), { kind: 'error' });
          else typed.keep({ [field]: value });
        });
      }
    },
    400,
    (pending, next) => ({ ...pending, ...next }),
  );
  const input = (field: Field, label: string, type = 'text') => (
    <input
      type={type}
      aria-label={label}
      value={draft[field]}
      onChange={(e) => {
        setDraft({ ...draft, [field]: e.target.value });
        typed.change({ [field]: e.target.value });
      }}
      onBlur={typed.flush}
    />
  );
  return (
    <tr>
      <td>{locked ? department.name : input('name', t('departmentNameOf', { name: department.name }))}</td>
      <td>{input('contactName', t('contactNameOf', { name: department.name }))}</td>
      <td>{input('contactEmail', t('contactEmailOf', { name: department.name }), 'email')}</td>
      <td>
        {!locked && (
          <button
            type="button"
            aria-label={t('removeDepartment', { name: department.name })}
            onClick={() =>
              void removeDepartment(db, department.id).then(onChanged, (error: unknown) =>
                notify(error instanceof Error ? error.message : String(error), { kind: 'error' }),
              )
            }
          >
            {t('delete')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The report's department register: names and contacts, add and remove (only when nothing refers to one). */
export function DepartmentsPanel({
  reportId,
  departments,
  onChanged,
}: {
  reportId: string;
  departments: Department[];
  onChanged: () => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [name, setName] = useState('');
  // IT may fix the register: names are then IT's, contacts still the coordinator's to fill in.
  const locked = isLocked(useItDefaults(), 'departments');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void addDepartment(db, reportId, name, appDeps).then(
      () => {
        setName('');
        onChanged();
      },
      (error: unknown) => notify(error instanceof Error ? error.message : String(error), { kind: 'error' }),
    );
  };
  return (
    <section className="card" aria-labelledby="avdelningar-rubrik">
      <h2 id="avdelningar-rubrik">{t('departmentsHeading')}</h2>
      {locked && <p className="set-by-it">{t('departmentsSetByIt')}</p>}
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">{t('colDepartment')}</th>
            <th scope="col">{t('colContact')}</th>
            <th scope="col">{t('colEmail')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <DepartmentRow key={department.id} department={department} onChanged={onChanged} locked={locked} />
          ))}
        </tbody>
      </table>
      {!locked && (
        <form className="inline-form" onSubmit={add}>
          <label>
            {t('newDepartment')} <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit">{t('addDepartment')}</button>
        </form>
      )}
    </section>
  );
}
