import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../shared/report/report-schema';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useDb } from '../db/DbProvider';
import { updateReport } from '../db/reports-repo';
import { describeSaveError } from '../db/storage-errors';
import { useI18n } from '../i18n/I18nProvider';
import { DateInput } from '../components/DateInput';

/*
 * The header table and the signature block of the document, edited in place and saved
 * like the answers: debounced, flushed on blur and when the report closes.
 */

function useFieldSaver<T>(initial: T, save: (value: T) => Promise<unknown>, onError: (message: string) => void) {
  const [value, setValue] = useState<T>(initial);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ save, onError });
  useEffect(() => {
    latest.current = { save, onError };
  });
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    try {
      await latest.current.save(next);
    } catch (error) {
      pending.current ??= next;
      latest.current.onError(describeSaveError(error));
    }
  }, []);
  useEffect(() => () => void flush(), [flush]);
  const change = (next: T) => {
    setValue(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 400);
  };
  return { value, change, flush: () => void flush() };
}

/** The organisation, the header table and the title, as at the top of the final document. */
export function ReportHeader({
  report,
  template,
  onError,
}: {
  report: Report;
  template: Template;
  onError: (message: string) => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const {
    value: header,
    change,
    flush,
  } = useFieldSaver(report.header, (next) => updateReport(db, report.id, { header: next }, appDeps), onError);
  return (
    <header className="doc-header">
      <p className="doc-organisation">{report.organisation}</p>
      <table className="header-table">
        <caption className="visually-hidden">{t('headerFields')}</caption>
        <tbody>
          {template.header.map((field) => {
            const id = `rubrikfalt-${field.id}`;
            const value = header[field.id] ?? '';
            const onChange = (text: string) => change({ ...header, [field.id]: text });
            return (
              <tr key={field.id}>
                <th scope="row">
                  <label htmlFor={id}>{field.label}</label>
                </th>
                <td>
                  {field.multiline ? (
                    <textarea
                      id={id}
                      rows={2}
                      value={value}
                      onChange={(e) => onChange(e.target.value)}
                      onBlur={flush}
                    />
                  ) : field.format === 'date' ? (
                    <DateInput id={id} value={value} onValue={onChange} onBlur={flush} />
                  ) : (
                    <input
                      id={id}
                      type="text"
                      value={value}
                      onChange={(e) => onChange(e.target.value)}
                      onBlur={flush}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h1 className="doc-title">{report.title}</h1>
    </header>
  );
}

/** The signature block at the end: place and date, signer, title, administration, organisation. */
export function SignatureBlock({
  report,
  template,
  onError,
}: {
  report: Report;
  template: Template;
  onError: (message: string) => void;
}) {
  const { t } = useI18n();
  const db = useDb();
  const {
    value: signature,
    change,
    flush,
  } = useFieldSaver(report.signature, (next) => updateReport(db, report.id, { signature: next }, appDeps), onError);
  return (
    <section className="signature-block" aria-labelledby="underskrift-rubrik">
      <h2 id="underskrift-rubrik">{t('signatureFields')}</h2>
      <div className="form-grid">
        {template.signature.map((field) => (
          <label key={field.id}>
            {field.label}
            {field.id === 'datum' ? (
              <DateInput
                id={`underskrift-${field.id}`}
                value={signature[field.id]}
                onValue={(v) => change({ ...signature, [field.id]: v })}
                onBlur={flush}
              />
            ) : (
              <input
                id={`underskrift-${field.id}`}
                type="text"
                value={signature[field.id]}
                onChange={(e) => change({ ...signature, [field.id]: e.target.value })}
                onBlur={flush}
              />
            )}
          </label>
        ))}
      </div>
    </section>
  );
}
