import { useMemo, useState, type FormEvent } from 'react';
import type { Report } from '../../shared/report/report-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { templateKey } from '../../shared/template/edit-template';
import { findTemplate } from '../../shared/template/find-template';
import { mapQuestions, repairMapping, type QuestionMapping } from '../../shared/template/question-mapping';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useDb } from '../db/DbProvider';
import { rollReportForward } from '../db/roll-forward-repo';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../components/ErrorAlert';
import { QuestionPairs } from './QuestionPairs';
import { TemplateSelect } from '../templates/TemplateSelect';

/** The template a report rolled forward goes onto unless the person chooses: next year's when this computer has one, else the report's own. */
function defaultTarget(
  templates: readonly Template[],
  from: Report | undefined,
  own: Template | undefined,
): Template | undefined {
  return (from && templates.find((t) => t.year === from.year + 1)) ?? own;
}

/** "Ny rapport från föregående år": pick last year's report and this year's template, check the question pairs, choose which answers come along, create next year's. */
export function RollForwardForm({
  reports,
  templates,
  onCreated,
  onCancel,
}: {
  reports: Report[];
  templates: Template[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const [fromId, setFromId] = useState(reports[0]?.id ?? '');
  const from = reports.find((r) => r.id === fromId);
  const own = from && findTemplate(templates, from);
  const [chosenTarget, setChosenTarget] = useState<string>();
  const target = templates.find((c) => templateKey(c) === chosenTarget) ?? defaultTarget(templates, from, own);
  const fields = target ? listAnswerFields(target) : [];
  const [emptied, setEmptied] = useState<ReadonlySet<string>>(new Set());
  const [changes, setChanges] = useState<readonly [string, string | null][]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const acrossTemplates = own !== undefined && target !== undefined && templateKey(own) !== templateKey(target);
  const mapping = useMemo((): QuestionMapping | undefined => {
    if (!acrossTemplates) return undefined;
    return changes.reduce((m, [to, source]) => repairMapping(m, own, target, to, source), mapQuestions(own, target));
  }, [acrossTemplates, own, target, changes]);
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
    if (!from || !own || !target) return setError(t('templateMissing', { id: from?.templateId ?? '' }));
    setBusy(true);
    try {
      const roll = mapping && { from: own, mapping };
      onCreated(
        await rollReportForward(db, target, from.id, (id) => (emptied.has(id) ? 'empty' : 'carry'), appDeps, roll),
      );
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
  const restart = (change: () => void) => {
    change();
    setChanges([]);
    setEmptied(new Set());
  };
  return (
    <form className="roll-forward card" aria-labelledby="nytt-ar-rubrik" onSubmit={(event) => void submit(event)}>
      <h2 id="nytt-ar-rubrik">{t('rollForwardHeading')}</h2>
      <p>{t('rollForwardIntro')}</p>
      <label>
        {t('rollForwardFrom')}
        <select
          value={fromId}
          onChange={(event) => restart(() => (setFromId(event.target.value), setChosenTarget(undefined)))}
        >
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.title} · {report.organisation}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('rollForwardTemplate')}
        <TemplateSelect
          templates={templates}
          value={target ? templateKey(target) : ''}
          onChange={(key) => restart(() => setChosenTarget(key))}
        />
      </label>
      <div className="actions">
        <button type="button" onClick={() => setEmptied(new Set())}>
          {t('rollForwardCarryAll')}
        </button>
        <button type="button" onClick={() => setEmptied(new Set(fields.map((f) => f.id)))}>
          {t('rollForwardEmptyAll')}
        </button>
      </div>
      {mapping && own && target ? (
        <QuestionPairs
          from={own}
          to={target}
          mapping={mapping}
          emptied={emptied}
          onCarry={toggle}
          onPair={(to, source) => setChanges([...changes, [to, source]])}
        />
      ) : (
        <fieldset className="carry-choices">
          <legend>{t('rollForwardAnswers')}</legend>
          {fields.map((field) => (
            <label key={field.id} className="carry-choice">
              <input
                type="checkbox"
                checked={!emptied.has(field.id)}
                onChange={(event) => toggle(field.id, event.target.checked)}
              />
              {t('rollForwardCarry', { id: field.id })}
            </label>
          ))}
        </fieldset>
      )}
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
