import {
  createSigningKey,
  fileEntry,
  reportContentSha256,
  signManifest,
  type Manifest,
} from '../../../shared/signing/manifest';
import { completeReport } from '../preflight/complete-report';

/** A manifest signed by a new key over the complete test report and the given files, as Christer Alzén in Västerås. */
export async function signedManifest(files: { name: string; bytes: Uint8Array }[]): Promise<Manifest> {
  const { report, answers } = completeReport();
  return signManifest(
    {
      reportId: report.id,
      title: report.title,
      organisation: report.organisation,
      year: report.year,
      signer: { name: 'Christer Alzén', title: 'Förvaltningsdirektör' },
      place: 'Västerås',
      date: '2026-01-21',
      signedAt: '2026-01-21T10:00:00.000Z',
      contentSha256: await reportContentSha256(report, answers),
      files: await Promise.all(files.map((f) => fileEntry(f.name, f.bytes))),
    },
    await createSigningKey(),
  );
}
