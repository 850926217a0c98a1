import { sha256Hex } from '../files/checksum';
import { decodeBase64 } from '../text/base64';
import { manifestSignatureProblem, type Manifest } from './manifest';
import { fingerprintOf, formatFingerprint, type TrustedKey } from './trusted-keys';

/*
 * Checking one file against a signature manifest, in three answers: valid and signed by
 * a trusted key (named as the trusted list names it); a valid signature by an unknown
 * key (the file is unchanged, but who signed is not known: the full fingerprint is
 * shown); or not valid (a forged or weak signature, a changed file, a file not in the
 * manifest). A renamed but unchanged file still passes.
 */

/** A key trusted by the one verifying: its fingerprint and whose it is. */
export type KnownKey = Pick<TrustedKey, 'fingerprint' | 'name' | 'title'>;

export type Verdict =
  | {
      ok: true;
      message: string;
      fileName: string;
      signer: Manifest['signer'];
      signedAt: string;
      fingerprint: string;
      trustedAs: KnownKey;
    }
  | { ok: false; reason: 'unknown-key'; message: string; fingerprint: string }
  | { ok: false; reason: 'bad-signature' | 'changed' | 'not-listed'; message: string };

/** Checks the manifest's signature, the file's SHA-256 against it, and the signing key against the trusted keys. */
export async function verifyFile(
  fileName: string,
  bytes: Uint8Array,
  manifest: Manifest,
  trusted: readonly KnownKey[],
): Promise<Verdict> {
  const problem = await manifestSignatureProblem(manifest);
  if (problem)
    return {
      ok: false,
      reason: 'bad-signature',
      message: `Signaturfilens underskrift är ogiltig (${problem}): signaturfilen har ändrats eller är förfalskad.`,
    };
  const hash = await sha256Hex(bytes);
  const byName = manifest.files.find((f) => f.name === fileName);
  const byHash = manifest.files.find((f) => f.sha256 === hash);
  if (!byHash) {
    if (byName)
      return {
        ok: false,
        reason: 'changed',
        message: `${fileName} har ändrats efter signeringen: innehållet stämmer inte med signaturfilen.`,
      };
    return {
      ok: false,
      reason: 'not-listed',
      message: `${fileName} finns inte i signaturfilen och stämmer inte med någon av de signerade filerna.`,
    };
  }
  const fingerprint = await fingerprintOf(decodeBase64(manifest.publicKey)!);
  const known = trusted.find((k) => k.fingerprint === fingerprint);
  const renamed = byHash.name !== fileName ? ` (signerad under namnet ${byHash.name})` : '';
  if (!known) {
    return {
      ok: false,
      reason: 'unknown-key',
      fingerprint,
      message: `giltig signatur men okänd nyckel: ${fileName} är oförändrad${renamed}, men nyckeln med fingeravtrycket ${formatFingerprint(fingerprint)} finns inte bland betrodda signerare. Signaturfilen säger ${manifest.signer.name}, men det kan vem som helst skriva: lita på den först när fingeravtrycket är jämfört med signerarens egen nyckel.`,
    };
  }
  return {
    ok: true,
    fileName: byHash.name,
    signer: manifest.signer,
    signedAt: manifest.signedAt,
    fingerprint,
    trustedAs: known,
    message: `${fileName} är oförändrad${renamed}. Signerad av ${known.name}${known.title ? `, ${known.title}` : ''} (betrodd nyckel ${formatFingerprint(fingerprint).slice(0, 19)} …), ${manifest.place} ${manifest.date}.`,
  };
}
