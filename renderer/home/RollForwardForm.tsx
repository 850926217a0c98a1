import { useState, type FormEvent } from 'react';
import type { Report } from '../../shared/report/report-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useDb } from '../db/DbProvider';
import { rollReportForward } from '../db/import-repo';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';

/** "Ny rapport från föregående år": pick last year's report, choose which answers come along, create next year's. */
export function RollForwardForm({ reports, templates, onCreated, onCancel }: { reports: Report[]; templates: Template[]; onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const db = useDb();
  const [fromId, setFromId] = useState(reports[0]?.id ?? '');
  const from = reports.find((r) => r.id === fromId);
  const template = templates.find((candidate) => candidate.id === from?.templateId);
  const fields = template ? listAnswerFields(template) : [];
  const [emptied, setEmptied] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (reports.length === 0) {
    return (
      <section className="card" aria-labelledby="nytt-ar-rubrik">
        <h2 id="nytt-ar-rubrik">{t('rollForwardHeading')}</h2>
        <p>{t('rollForwardNone')}</p>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </section>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !template) return setError(t('templateMissing', { id: from?.templateId ?? '' }));
    setBusy(true);
    try {
      onCreated(await rollReportForward(db, template, from.id, (id) => (emptied.has(id) ? 'empty' : 'carry'), appDeps));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  const toggle = (id: string, carry: boolean) => {
    const next = new Set(emptied);
    if (carry) next.delete(id);
    else next.add(id);
    setEmptied(next);
  };
  return (
    <form className="roll-forward card" aria-labelledby="nytt-ar-rubrik" onSubmit={(event) => void submit(event)}>
      <h2 id="nytt-ar-rubrik">{t('rollForwardHeading')}</h2>
      <p>{t('rollForwardIntro')}</p>
      <label>
        {t('rollForwardFrom')}
        <select value={fromId} onChange={(event) => setFromId(event.target.value)}>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title} · {report.organisation}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="button" onClick={() => setEmptied(new Set())}>
          {t('rollForwardCarryAll')}
        </button>
        <button type="button" onClick={() => setEmptied(new Set(fields.map((f) => f.id)))}>
          {t('rollForwardEmptyAll')}
        </button>
      </div>
      <fieldset className="carry-choices">
        <legend>{t('rollForwardAnswers')}</legend>
        {fields.map((field) => (
          <label key={field.id} className="carry-choice">
            <input type="checkbox" checked={!emptied.has(field.id)} onChange={(event) => toggle(field.id, event.target.checked)} />
            {t('rollForwardCarry', { id: field.id })}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('rollForwardCreate', { year: (from?.year ?? 0) + 1 })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
