import { useCallback, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { ApproveButton, ReturnForm, StatusText } from '../review/ReviewActions';
import type { Report } from '../../shared/report/report-schema';
import { deliveredCount, trackerRows, type CellState } from '../../shared/report/tracker';
import { listAnswerFields } from '../../shared/template/answer-fields';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { formatDate } from '../../shared/text/dates';
import { useLoaded } from '../app/use-loaded';
import { listContributions, listImportLog, type ImportResult } from '../db/contributions-repo';
import { useFileImport } from './use-file-import';
import { ImportProgress } from './ImportProgress';
import { useDb } from '../db/DbProvider';
import { listAssignments, listDepartments } from '../db/departments-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { FILE_TYPES } from '../app/file-types';
import { InboxPanel } from './InboxPanel';
import { ImportResults } from './ImportResults';

function Cell({
  state,
  approve,
}: {
  state: CellState | undefined;
  approve: (state: Extract<CellState, { kind: 'received' }>) => ReactNode;
}) {
  const { t } = useI18n();
  if (!state || state.kind === 'not-assigned') return <td className="cell-none">–</td>;
  if (state.kind === 'assigned') return <td className="cell-assigned">{t('cellAssigned')}</td>;
  return (
    <td className="cell-received">
      {t('cellReceived', { revision: state.revision, date: state.date })} {approve(state)}
    </td>
  );
}

/** "Bidrag": import contribution files (picked or dropped), the tracker, and the import log. */
export function ContributionsView({ report, template }: { report: Report; template: Template }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const fields = useMemo(() => listAnswerFields(template), [template]);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [dragging, setDragging] = useState(false);
  const load = useCallback(
    async () => ({
      departments: await listDepartments(db, report.id),
      assignments: await listAssignments(db, report.id),
      contributions: await listContributions(db, report.id),
      log: await listImportLog(db, report.id),
    }),
    [db, report.id],
  );
  const { value, reload } = useLoaded(load);

  // Picked or dropped here: only this report's files. From the inbox (one folder for every report): each to the report it names.
  const fileImport = useFileImport(db);
  const importFiles = async (files: { name: string; bytes: Uint8Array }[], route = false) => {
    if (files.length === 0) return;
    setResults(await fileImport.run(files, route ? undefined : report.id));
    reload();
  };
  const pick = async () =>
    importFiles(
      await host.openFile({ title: t('importContributions'), filters: FILE_TYPES.contribution, multiple: true }),
    );
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    await importFiles(
      await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      ),
    );
  };

  if (!value) return <p role="status">{t('loading')}</p>;
  const rows = trackerRows(
    fields.map((f) => f.id),
    value.departments,
    value.assignments,
    value.contributions,
    formatDate(appDeps.now()),
  );
  const { delivered, asked } = deliveredCount(rows);
  const columns = fields.filter((f) => rows.some((row) => row.cells.get(f.id)?.kind !== 'not-assigned'));

  return (
    <div className="contributions-view">
      <h1>{t('viewContributions')}</h1>
      <p className="summary">{t('deliveredSummary', { delivered, asked })}</p>
      <section
        className={`card drop-zone${dragging ? ' is-dragging' : ''}`}
        aria-labelledby="importera-rubrik"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => void drop(event)}
      >
        <h2 id="importera-rubrik">{t('importContributions')}</h2>
        <p>{t('importIntro')}</p>
        <button type="button" className="primary" onClick={() => void pick()}>
          {t('importContributionsButton')}
        </button>
        <ImportProgress state={fileImport.state} onCancel={fileImport.cancel} />
        <ImportResults results={results} openReportId={report.id} />
      </section>
      <InboxPanel
        importedNames={new Set(value.log.map((entry) => entry.fileName))}
        onImport={(files) => importFiles(files, true)}
      />
      <section className="card" aria-labelledby="sparning-rubrik">
        <h2 id="sparning-rubrik">{t('trackerHeading')}</h2>
        {rows.length === 0 ? (
          <p>{t('noAssignments')}</p>
        ) : (
          <div className="matrix-scroll">
            <table className="matrix tracker">
              <thead>
                <tr>
                  <th scope="col">{t('colDepartment')}</th>
                  <th scope="col">{t('colProgress')}</th>
                  <th scope="col">{t('reviewHeading')}</th>
                  {columns.map((f) => (
                    <th scope="col" key={f.id}>
                      {f.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.department.id} className={row.overdue ? 'is-overdue' : undefined}>
                    <th scope="row">
                      {row.department.name}
                      {row.deadline && (
                        <span className="deadline"> · {t('deadlineShort', { date: row.deadline })}</span>
                      )}
                      {row.overdue && <strong className="overdue"> {t('overdue')}</strong>}
                    </th>
                    <td>
                      <progress
                        max={row.assigned}
                        value={row.received}
                        aria-label={t('departmentProgress', { name: row.department.name })}
                      />{' '}
                      {row.received}/{row.assigned}
                    </td>
                    <td>
                      <StatusText status={row.status} />
                      {row.received > 0 && (
                        <ReturnForm
                          report={report}
                          template={template}
                          department={row.department}
                          onChanged={reload}
                        />
                      )}
                    </td>
                    {columns.map((f) => (
                      <Cell
                        key={f.id}
                        state={row.cells.get(f.id)}
                        approve={(state) => (
                          <ApproveButton
                            reportId={report.id}
                            department={row.department}
                            questionId={f.id}
                            state={state}
                            onChanged={reload}
                          />
                        )}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="logg-rubrik">
        <h2 id="logg-rubrik">{t('importLogHeading')}</h2>
        {value.log.length === 0 ? (
          <p>{t('importLogEmpty')}</p>
        ) : (
          <ul className="import-log">
            {value.log.map((entry) => (
              <li key={entry.id}>
                {formatDate(entry.at, true)} · {entry.fileName} ·{' '}
                {value.departments.find((d) => d.id === entry.departmentId)?.name ?? '?'} ·{' '}
                {t('revisionShort', { revision: entry.revision })} ·{' '}
                <code title={entry.sha256}>{entry.sha256.slice(0, 12)}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
