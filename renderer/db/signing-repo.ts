import { z } from 'zod';
import type { Deps } from '../../shared/report/new-report';
import { createSigningKey, keyIdOf, manifestSchema, type Manifest } from '../../shared/signing/manifest';
import { checkRecord } from './record-check';
import type { SignatureRecord, WorkbenchDb } from './schema';

/*
 * Signing in the database: one key per computer, made on first use; a signature is
 * recorded and the report locked in one transaction; reopening voids the signature
 * (kept, marked with the time) and unlocks the report in one transaction too.
 */

const KEY_ID = 'denna-dator';

const signatureRecordSchema = z.strictObject({
  id: z.string().min(1).max(100),
  reportId: z.string().min(1).max(100),
  manifest: manifestSchema,
  voidedAt: z.string().nullable(),
});

/** This computer's signing key, created the first time it is needed. */
export async function signingKey(db: WorkbenchDb, now: () => Date): Promise<CryptoKeyPair> {
  const stored = await db.signingKeys.get(KEY_ID);
  if (stored) return stored.keys;
  const keys = await createSigningKey();
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  await db.signingKeys.put({ id: KEY_ID, keys, keyId: await keyIdOf(publicKey), createdAt: now().toISOString() });
  return keys;
}

/** Records a signature and locks the report (status "signerad", signature fields from the manifest), in one transaction. */
export async function recordSignature(db: WorkbenchDb, manifest: Manifest, deps: Deps): Promise<void> {
  await db.transaction('rw', [db.reports, db.signatures], async () => {
    const report = await db.reports.get(manifest.reportId);
    if (!report) throw new Error('Rapporten finns inte längre.');
    const signature = { ...report.signature, namn: manifest.signer.name, titel: manifest.signer.title, ort: manifest.place, datum: manifest.date };
    await db.reports.put({ ...report, signature, status: 'signerad', updatedAt: deps.now().toISOString() });
    await db.signatures.put({ id: deps.newId(), reportId: manifest.reportId, manifest, voidedAt: null });
  });
}

/** Reopens a signed report for changes: the signature is voided (kept, with the time) and the report is a draft again. */
export async function reopenReport(db: WorkbenchDb, reportId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.reports, db.signatures], async () => {
    const report = await db.reports.get(reportId);
    if (!report) throw new Error('Rapporten finns inte längre.');
    await db.reports.put({ ...report, status: 'utkast', updatedAt: now.toISOString() });
    const active = (await db.signatures.where('reportId').equals(reportId).toArray()).filter((s) => s.voidedAt === null);
    await db.signatures.bulkPut(active.map((s) => ({ ...s, voidedAt: now.toISOString() })));
  });
}

/** The report's signatures, newest first, checked against their schema. */
export async function listSignatures(db: WorkbenchDb, reportId: string): Promise<SignatureRecord[]> {
  const records = await db.signatures.where('reportId').equals(reportId).toArray();
  return records.map((r) => checkRecord(signatureRecordSchema, r, 'En signatur')).sort((a, b) => (a.manifest.signedAt < b.manifest.signedAt ? 1 : -1));
}
