import { z } from 'zod';
import type { Deps } from '../../shared/report/deps';
import type { Snapshot } from '../../shared/report/report-schema';
import { createSigningKey, keyIdOf, manifestSchema, type Manifest } from '../../shared/signing/manifest';
import { checkRecord } from './record-check';
import type { SignatureRecord, StoredTrustedKey, WorkbenchDb } from './schema';
import { fingerprintOf, readTrustedKeys, trustedKeySchema, type TrustedKey } from '../../shared/signing/trusted-keys';
import type { KnownKey } from '../../shared/signing/verify';

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

/**
 * Records a signature and locks the report (status "signerad", signature fields from the
 * manifest), in one transaction; the answers as signed are kept as a comparison point.
 */
export async function recordSignature(db: WorkbenchDb, manifest: Manifest, deps: Deps): Promise<void> {
  await db.transaction('rw', [db.reports, db.signatures, db.answers, db.snapshots], async () => {
    const report = await db.reports.get(manifest.reportId);
    if (!report) throw new Error('Rapporten finns inte längre.');
    const signature = {
      ...report.signature,
      namn: manifest.signer.name,
      titel: manifest.signer.title,
      ort: manifest.place,
      datum: manifest.date,
    };
    await db.reports.put({ ...report, signature, status: 'signerad', updatedAt: deps.now().toISOString() });
    await db.signatures.put({ id: deps.newId(), reportId: manifest.reportId, manifest, voidedAt: null });
    const answers = await db.answers.where('reportId').equals(report.id).toArray();
    await db.snapshots.bulkAdd(
      answers.map((a): Snapshot => ({
        reportId: a.reportId,
        questionId: a.questionId,
        createdAt: manifest.signedAt,
        reason: 'signerad',
        by: manifest.signer.name,
        content: a.content,
        choice: a.choice,
        basis: a.basis,
      })),
    );
  });
}

/** Reopens a signed report for changes: the signature is voided (kept, with the time) and the report is a draft again. */
export async function reopenReport(db: WorkbenchDb, reportId: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.reports, db.signatures], async () => {
    const report = await db.reports.get(reportId);
    if (!report) throw new Error('Rapporten finns inte längre.');
    await db.reports.put({ ...report, status: 'utkast', updatedAt: now.toISOString() });
    const active = (await db.signatures.where('reportId').equals(reportId).toArray()).filter(
      (s) => s.voidedAt === null,
    );
    await db.signatures.bulkPut(active.map((s) => ({ ...s, voidedAt: now.toISOString() })));
  });
}

/** The report's signatures, newest first, checked against their schema. */
export async function listSignatures(db: WorkbenchDb, reportId: string): Promise<SignatureRecord[]> {
  const records = await db.signatures.where('reportId').equals(reportId).toArray();
  return records
    .map((r) => checkRecord(signatureRecordSchema, r, 'En signatur'))
    .sort((a, b) => (a.manifest.signedAt < b.manifest.signedAt ? 1 : -1));
}

/** This computer's public key and its fingerprint (the key is made when first needed). */
export async function ownKey(
  db: WorkbenchDb,
  now: () => Date,
): Promise<{ publicKey: Uint8Array; fingerprint: string }> {
  const keys = await signingKey(db, now);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  return { publicKey, fingerprint: await fingerprintOf(publicKey) };
}

const storedTrustedKeySchema = trustedKeySchema.extend({ addedAt: z.string().max(40), addedBy: z.string().max(200) });

/** The signers this computer trusts, by name. */
export async function listTrustedKeys(db: WorkbenchDb): Promise<StoredTrustedKey[]> {
  const rows = await db.trustedKeys.toArray();
  return rows
    .map((r) => checkRecord(storedTrustedKeySchema, r, 'En betrodd nyckel'))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Adds the keys of a key file (or a list) as trusted; returns them. The file is fully checked first. */
export async function importTrustedKeys(
  db: WorkbenchDb,
  bytes: Uint8Array,
  fileName: string,
  addedBy: string,
  now: Date,
): Promise<TrustedKey[]> {
  const keys = await readTrustedKeys(bytes, fileName);
  await db.trustedKeys.bulkPut(keys.map((k) => ({ ...k, addedAt: now.toISOString(), addedBy: addedBy.slice(0, 200) })));
  return keys;
}

/** Stops trusting a key. */
export async function removeTrustedKey(db: WorkbenchDb, fingerprint: string): Promise<void> {
  await db.trustedKeys.delete(fingerprint);
}

/** Every key verification on this computer trusts: the imported signers, those IT set, and this computer's own key. */
export async function knownKeys(
  db: WorkbenchDb,
  now: () => Date,
  ownName: string,
  setByIt: readonly TrustedKey[] = [],
): Promise<KnownKey[]> {
  const own = await ownKey(db, now);
  return [...(await listTrustedKeys(db)), ...setByIt, { fingerprint: own.fingerprint, name: ownName, title: '' }];
}
