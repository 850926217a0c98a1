import { useState, type FormEvent } from 'react';
import type { Template } from '../../shared/template/template-schema';
import { templateKey } from '../../shared/template/edit-template';
import { appDeps } from '../app/deps';
import { useDb } from '../db/DbProvider';
import { addReport } from '../db/reports-repo';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { DateInput } from '../components/DateInput';
import { useItDefaults } from '../app/it-defaults';
import { isLocked } from '../../shared/settings/it-defaults';
import { TemplateSelect } from '../templates/TemplateSelect';

/** "Ny rapport": year, organisation and the template's header fields; creates the report and opens it. */
export function NewReportForm({
  templates,
  onCreated,
  onCancel,
}: {
  templates: Template[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const [chosen, setChosen] = useState(templates[0] ? templateKey(templates[0]) : '');
  const template = templates.find((candidate) => templateKey(candidate) === chosen);
  const [year, setYear] = useState(String(template?.year ?? new Date().getFullYear()));
  const itDefaults = useItDefaults();
  const organisationLocked = isLocked(itDefaults, 'organisation');
  const [ownOrganisation, setOrganisation] = useState<string>();
  // IT's name is the default until the person types their own (and the only one when IT locked it).
  const organisation = (organisationLocked ? undefined : ownOrganisation) ?? itDefaults?.organisation ?? '';
  const [header, setHeader] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < 2000 || yearNumber > 2100) return setError(t('newReportBadYear'));
    if (organisation.trim() === '') return setError(t('newReportNoOrganisation'));
    setBusy(true);
    try {
      const report = await addReport(
        db,
        template,
        { year: yearNumber, organisation, header },
        appDeps,
        itDefaults?.departments,
      );
      onCreated(report.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <form
      className="new-report card"
      aria-labelledby="ny-rapport-rubrik"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="ny-rapport-rubrik">{t('newReport')}</h2>
      <div className="form-grid">
        <label>
          {t('newReportTemplate')}
          <TemplateSelect templates={templates} value={chosen} onChange={setChosen} />
        </label>
        <label>
          {t('newReportYear')}
          <input
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            required
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
        </label>
        <label>
          {t('newReportOrganisation')}
          {itDefaults?.organisation && <span className="set-by-it"> ({t('setByIt')})</span>}
          <input
            type="text"
            required
            autoFocus
            readOnly={organisationLocked}
            placeholder="Region Västmanland"
            value={organisation}
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </label>
        {template?.header.map((field) => (
          <label key={field.id}>
            {field.label}
            {field.multiline ? (
              <textarea
                rows={2}
                value={header[field.id] ?? ''}
                onChange={(event) => setHeader({ ...header, [field.id]: event.target.value })}
              />
            ) : field.format === 'date' ? (
              <DateInput
                value={header[field.id] ?? ''}
                onValue={(value) => setHeader({ ...header, [field.id]: value })}
              />
            ) : (
              <input
                type="text"
                value={header[field.id] ?? ''}
                onChange={(event) => setHeader({ ...header, [field.id]: event.target.value })}
              />
            )}
          </label>
        ))}
      </div>
      <ErrorAlert error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('newReportCreate')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
