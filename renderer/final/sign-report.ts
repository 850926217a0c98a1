import type { WorkbenchHost } from '../../shared/host/workbench-host';
import { blocksSigning } from '../../shared/preflight/finding';
import { runPreflight } from '../../shared/preflight/preflight';
import type { Deps } from '../../shared/report/deps';
import type { Report } from '../../shared/report/report-schema';
import { encodeManifest, fileEntry, reportContentSha256, signManifest } from '../../shared/signing/manifest';
import type { WorkbenchDb } from '../db/schema';
import { recordSignature, signingKey } from '../db/signing-repo';
import { buildDocx, exportBaseName, type FinalData } from './final-data';
import { fingerprintOf } from '../../shared/signing/trusted-keys';

/*
 * Signing, in the order that keeps it honest: check (no preflight errors with the
 * signer's values), build the final .docx (and the PDF where the platform prints one),
 * sign a manifest over their hashes, save all files, and only when they are saved lock
 * the report. Cancelling the save leaves the report as it was.
 */

export interface Signer {
  name: string;
  title: string;
  place: string;
  date: string;
}

/** The report with the signer's values in its signature block. */
export function withSigner(report: Report, signer: Signer): Report {
  return {
    ...report,
    signature: { ...report.signature, namn: signer.name, titel: signer.title, ort: signer.place, datum: signer.date },
  };
}

/** The names of the files signing writes (the PDF only where the platform prints one). */
export function signedFileNames(data: FinalData, withPdf: boolean): string[] {
  const base = exportBaseName(data, 'signerad');
  return [`${base}.docx`, ...(withPdf ? [`${base}.pdf`] : []), `${base}.signatur.json`];
}

/** Signs and locks the report; 'blocked' when preflight finds errors, 'cancelled' when the user did not save the files. */
export async function signReport(
  db: WorkbenchDb,
  host: WorkbenchHost,
  data: FinalData,
  signer: Signer,
  deps: Deps,
  beforePdf?: () => Promise<void>,
): Promise<'signed' | 'cancelled' | 'blocked'> {
  const report = withSigner(data.report, signer);
  if (blocksSigning(runPreflight({ ...data, report }))) return 'blocked';
  const base = exportBaseName(data, 'signerad');
  const keys = await signingKey(db, deps.now);
  const fingerprint = await fingerprintOf(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)));
  // One time for the document's "Elektroniskt signerad" block and the manifest.
  const signedAt = deps.now().toISOString();
  const docx = await buildDocx(db, { template: data.template, report, answers: data.answers }, 'slutlig', {
    name: signer.name.trim(),
    title: signer.title.trim(),
    at: signedAt,
    fingerprint,
  });
  const files = [{ name: `${base}.docx`, bytes: docx }];
  if (host.renderPdf) {
    await beforePdf?.();
    files.push({ name: `${base}.pdf`, bytes: await host.renderPdf() });
  }
  const manifest = await signManifest(
    {
      reportId: report.id,
      title: report.title,
      organisation: report.organisation,
      year: report.year,
      signer: { name: signer.name.trim(), title: signer.title.trim() },
      place: signer.place.trim(),
      date: signer.date,
      signedAt,
      contentSha256: await reportContentSha256(report, data.answers),
      files: await Promise.all(files.map((f) => fileEntry(f.name, f.bytes))),
    },
    keys,
  );
  const saved = await host.saveFiles({
    title: 'Spara de signerade filerna',
    files: [...files, { name: `${base}.signatur.json`, bytes: encodeManifest(manifest) }],
  });
  if (!saved.saved) return 'cancelled';
  await recordSignature(db, manifest, deps);
  return 'signed';
}
