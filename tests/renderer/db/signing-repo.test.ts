import { describe, expect, it } from 'vitest';
import { addReport, getReport } from '../../../renderer/db/reports-repo';
import { listSignatures, recordSignature, reopenReport, signingKey } from '../../../renderer/db/signing-repo';
import { fileEntry, manifestSignatureValid, signManifest } from '../../../shared/signing/manifest';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from './test-db';
import { comparisonTexts, listComparisonPoints } from '../../../renderer/db/comparison-repo';

describe('signing in the database', () => {
  it('keeps one key per computer, locks on signing and voids the signature on reopening', async () => {
    const db = freshDb();
    const deps = testDeps();
    const report = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, deps);
    const keys = await signingKey(db, deps.now);
    expect(await signingKey(db, deps.now)).toEqual(keys);
    expect(keys.privateKey.extractable).toBe(false);
    const manifest = await signManifest(
      {
        reportId: report.id,
        title: report.title,
        organisation: report.organisation,
        year: 2025,
        signer: { name: 'Christer Alzén', title: 'Förvaltningsdirektör' },
        place: 'Västerås',
        date: '2026-01-21',
        signedAt: deps.now().toISOString(),
        contentSha256: 'a'.repeat(64),
        files: [await fileEntry('r.docx', new Uint8Array([1, 2, 3]))],
      },
      keys,
    );
    expect(await manifestSignatureValid(manifest)).toBe(true);
    await recordSignature(db, manifest, deps);
    expect(await getReport(db, report.id)).toMatchObject({
      status: 'signerad',
      signature: { namn: 'Christer Alzén', ort: 'Västerås', datum: '2026-01-21' },
    });
    // The text as signed is kept as a comparison point, in the same transaction.
    expect(await listComparisonPoints(db, report.id)).toEqual([
      { reason: 'signerad', label: undefined, createdAt: manifest.signedAt },
    ]);
    expect((await comparisonTexts(db, report.id, 'signerad')).size).toBe(30);
    await reopenReport(db, report.id, deps.now());
    expect((await getReport(db, report.id))!.status).toBe('utkast');
    const [signature] = await listSignatures(db, report.id);
    expect(signature!.voidedAt).not.toBeNull();
    expect(signature!.manifest).toEqual(manifest);
  });
});
