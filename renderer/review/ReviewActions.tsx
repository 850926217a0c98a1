import { useState } from 'react';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import type { Department } from '../../shared/report/organisation-schema';
import type { Report } from '../../shared/report/report-schema';
import type { CellState, ReviewStatus } from '../../shared/report/tracker';
import type { Template } from '../../shared/template/template-schema';
import { appDeps } from '../app/deps';
import { useNotice } from '../components/Notice';
import { FILE_TYPES, slug } from '../app/file-types';
import { useDb } from '../db/DbProvider';
import { buildReturnFile, recordReturn, setApproved } from '../db/review-repo';
import { getTextSetting } from '../db/settings-repo';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';

/*
 * The tracker's review controls: a department's status in words, "Återsänd med
 * kommentarer" (writes the return file, then records it), and approve per question.
 */

/** The status in words. */
export function StatusText({ status }: { status: ReviewStatus }) {
  const { t } = useI18n();
  const text =
    status.kind === 'not-sent'
      ? t('statusNotSent')
      : status.kind === 'sent'
        ? t('statusSent')
        : status.kind === 'submitted'
          ? t('statusSubmitted', { revision: status.revision })
          : status.kind === 'returned'
            ? t('statusReturned', { count: status.comments })
            : t('statusApproved');
  return <span className={`review-status status-${status.kind}`}>{text}</span>;
}

async function coordinator(db: ReturnType<typeof useDb>): Promise<string> {
  return (await getTextSetting(db, 'coordinatorName')).trim() || 'Samordnare';
}

/** The return form of one department with a contribution. */
export function ReturnForm({
  report,
  template,
  department,
  onChanged,
}: {
  report: Report;
  template: Template;
  department: Department;
  onChanged: () => void;
}) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { notify } = useNotice();
  const [note, setNote] = useState('');
  const send = async () => {
    const by = await coordinator(db);
    const { file, open, revision } = await buildReturnFile(db, {
      report,
      template,
      department,
      note,
      by,
      now: appDeps.now(),
    });
    const result = await host.saveBytes({
      title: t('returnContribution'),
      suggestedName: `retur-${slug(department.name)}-${report.year}-v${revision}.rvuppdrag`,
      filters: FILE_TYPES.assignment,
      bytes: encodeExchangeFile(file),
    });
    if (!result.saved) return;
    await recordReturn(db, report.id, department.id, { revision, note, by, comments: open }, appDeps);
    notify(t('returnSaved', { name: department.name, count: open, file: result.fileName ?? '' }));
    onChanged();
  };
  return (
    <form
      className="return-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send().catch((error: unknown) =>
          notify(error instanceof Error ? error.message : String(error), { kind: 'error' }),
        );
      }}
    >
      <label>
        {t('returnNote', { name: department.name })}
        <textarea rows={2} maxLength={5_000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit">{t('returnContribution')}</button>
    </form>
  );
}

/** A received cell's approve control. */
export function ApproveButton({
  reportId,
  department,
  questionId,
  state,
  onChanged,
}: {
  reportId: string;
  department: Department;
  questionId: string;
  state: Extract<CellState, { kind: 'received' }>;
  onChanged: () => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const { notify } = useNotice();
  const current = state.approved === state.revision;
  const toggle = async () => {
    await setApproved(
      db,
      reportId,
      department.id,
      questionId,
      current ? null : { revision: state.revision, by: await coordinator(db) },
      appDeps,
    );
    onChanged();
  };
  return (
    <>
      {state.approved !== undefined && state.approved < state.revision && (
        <strong className="overdue"> {t('statusLaterRevision', { revision: state.revision })}</strong>
      )}
      <button
        type="button"
        className="link-button"
        aria-pressed={current}
        onClick={() => void toggle().catch((e: unknown) => notify(String(e), { kind: 'error' }))}
      >
        {current ? t('approved', { id: questionId, revision: state.revision }) : t('approve', { id: questionId })}
        <span className="visually-hidden"> {department.name}</span>
      </button>
    </>
  );
}
