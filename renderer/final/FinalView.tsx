import { useCallback, useState } from 'react';
import type { Finding } from '../../shared/preflight/finding';
import { runPreflight } from '../../shared/preflight/preflight';
import type { Template } from '../../shared/template/template-schema';
import { useLoaded } from '../app/use-loaded';
import { useNotice } from '../components/Notice';
import { useDb } from '../db/DbProvider';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { buildDocx, exportBaseName, loadFinalData } from './final-data';
import { PreflightList } from './PreflightList';
import { initialSigner, SignForm } from './SignForm';
import { SignedBanner, VoidedSignatures } from './SignedBanner';
import { VerifyForm } from './VerifyForm';
import { ChangesExport } from './ChangesExport';
import { LogoSetting } from './LogoSetting';
import { FinalPreview } from './FinalPreview';
import { usePagedState } from './use-paged-state';
import { withSigner, type Signer } from './sign-report';
import { FILE_TYPES } from '../app/file-types';

export interface FinalViewProps {
  reportId: string;
  template: Template;
  /** Writes the document's pending edits before anything is checked or exported. */
  flush: () => Promise<void>;
  /** Goes to the place of a finding in the document. */
  onGo: (finding: Finding) => void;
  /** The report was signed or reopened: the screen reloads it. */
  onChanged: () => void;
}

/** "Slutdokument": review, export, sign and verify, with a preview of the final document. */
export function FinalView({ reportId, template, flush, onGo, onChanged }: FinalViewProps) {
  const { t } = useI18n();
  const db = useDb();
  const host = useHost();
  const { notify } = useNotice();
  const load = useCallback(async () => {
    await flush();
    return loadFinalData(db, reportId, template);
  }, [db, reportId, template, flush]);
  const { value: data, error, reload } = useLoaded(load);
  // The signer's values as edited; until then, prefilled from the report.
  const [edited, setSigner] = useState<Signer>();
  // While signing, the document is printed as the signed one: no draft mark.
  const [signing, setSigning] = useState(false);
  // The preview as pages (Paged.js), or as one long document.
  const [paged, setPaged] = useState(false);
  const pages = usePagedState();
  if (error !== undefined) return <p role="alert">{error instanceof Error ? error.message : String(error)}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;
  const signer = edited ?? initialSigner(data);

  const signed = data.report.status === 'signerad';
  const report = signed ? data.report : withSigner(data.report, signer);
  const findings = runPreflight({ ...data, report });
  const base = exportBaseName(data, signed ? 'signerad' : 'utkast');
  const exportDocx = async () => {
    const bytes = await buildDocx(db, { template, report, answers: data.answers }, signed ? 'slutlig' : 'utkast');
    const result = await host.saveBytes({
      title: t('exportDocx'),
      suggestedName: `${base}.docx`,
      filters: FILE_TYPES.word,
      bytes,
    });
    if (result.saved) notify(t('exportDocxDone', { file: result.fileName ?? `${base}.docx` }));
  };
  // The director who reads in Word sees the open comments; the signed document never has them.
  const exportReview = async () => {
    const name = `${exportBaseName(data, 'granskning')}.docx`;
    const bytes = await buildDocx(
      db,
      { template, report, answers: data.answers, reviewComments: data.comments },
      'utkast',
    );
    const result = await host.saveBytes({
      title: t('exportReviewDocx'),
      suggestedName: name,
      filters: FILE_TYPES.word,
      bytes,
    });
    if (result.saved) notify(t('reviewDocxSaved', { file: result.fileName ?? name }));
  };
  // The PDF is printed from the pages drawn in the background (waiting for them if need be).
  const printPdf = async () => {
    await pages.whenPages(!signed);
    await host.printToPdf({ title: t('printPdf'), suggestedName: `${base}.pdf` });
  };
  const changed = () => {
    setSigner(undefined);
    reload();
    onChanged();
  };
  return (
    <div className="final-view">
      <div className="final-tools">
        {signed && (
          <SignedBanner
            reportId={reportId}
            signature={data.signatures.find((s) => s.voidedAt === null)}
            onReopened={changed}
          />
        )}
        <VoidedSignatures signatures={data.signatures} />
        <section aria-labelledby="granska-rubrik">
          <h2 id="granska-rubrik">{t('reviewHeading')}</h2>
          <p>{t('reviewIntro')}</p>
          <button type="button" onClick={reload}>
            {t('reviewAgain')}
          </button>
          <PreflightList findings={findings} template={template} onGo={onGo} />
        </section>
        <section aria-labelledby="exportera-rubrik">
          <h2 id="exportera-rubrik">{t('exportHeading')}</h2>
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                void exportDocx().catch((e: unknown) =>
                  notify(e instanceof Error ? e.message : String(e), { kind: 'error' }),
                )
              }
            >
              {t('exportDocx')}
            </button>
            {!signed && (
              <button
                type="button"
                onClick={() =>
                  void exportReview().catch((e: unknown) =>
                    notify(e instanceof Error ? e.message : String(e), { kind: 'error' }),
                  )
                }
              >
                {t('exportReviewDocx')}
              </button>
            )}
            <button
              type="button"
              onClick={() =>
                void printPdf().catch((e: unknown) =>
                  notify(e instanceof Error ? e.message : String(e), { kind: 'error' }),
                )
              }
            >
              {t('printPdf')}
            </button>
            <span role="status" className="hint">
              {pages.pages === null ? t('pdfPagesBusy') : t('pdfPagesReady', { count: pages.pages })}
            </span>
          </div>
          <LogoSetting />
        </section>
        <ChangesExport data={data} />
        {!signed && (
          <SignForm
            data={data}
            signer={signer}
            onSigner={setSigner}
            onSigned={changed}
            onSigning={setSigning}
            beforePdf={() => pages.whenPages(false)}
          />
        )}
        <VerifyForm />
      </div>
      <section className="final-preview" aria-labelledby="forhandsvisning-rubrik">
        <h2 id="forhandsvisning-rubrik">{t('previewHeading')}</h2>
        <button type="button" aria-pressed={paged} onClick={() => setPaged(!paged)}>
          {t('showPages')}
        </button>
        <FinalPreview
          template={template}
          report={report}
          answers={data.answers}
          draft={!signed && !signing}
          showPages={paged}
          pages={pages.pages}
          urgent={pages.urgent}
          onPaging={pages.onPaging}
        />
      </section>
    </div>
  );
}
