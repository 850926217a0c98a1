import { sha256Hex } from '../exchange/canonical';
import { manifestSignatureValid, type Manifest } from './manifest';

/*
 * Checking one file against a signature manifest. The verdict says plainly whether the
 * file is unchanged and who signed it; a renamed but unchanged file still passes.
 */

export type Verdict =
  | { ok: true; message: string; fileName: string; signer: Manifest['signer']; signedAt: string }
  | { ok: false; reason: 'bad-signature' | 'changed' | 'not-listed'; message: string };

/** Checks the manifest's signature and the file's SHA-256 against it. */
export async function verifyFile(fileName: string, bytes: Uint8Array, manifest: Manifest): Promise<Verdict> {
  if (!(await manifestSignatureValid(manifest))) {
    return { ok: false, reason: 'bad-signature', message: 'Signaturfilens underskrift är ogiltig: signaturfilen har ändrats eller är förfalskad.' };
  }
  const hash = await sha256Hex(bytes);
  const byName = manifest.files.find((f) => f.name === fileName);
  const byHash = manifest.files.find((f) => f.sha256 === hash);
  if (byHash) {
    const renamed = byHash.name !== fileName ? ` (signerad under namnet ${byHash.name})` : '';
    return {
      ok: true,
      fileName: byHash.name,
      signer: manifest.signer,
      signedAt: manifest.signedAt,
      message: `${fileName} är oförändrad${renamed}. Signerad av ${manifest.signer.name}${manifest.signer.title ? `, ${manifest.signer.title}` : ''}, ${manifest.place} ${manifest.date} (nyckel ${manifest.keyId}).`,
    };
  }
  if (byName) return { ok: false, reason: 'changed', message: `${fileName} har ändrats efter signeringen: innehållet stämmer inte med signaturfilen.` };
  return { ok: false, reason: 'not-listed', message: `${fileName} finns inte i signaturfilen och stämmer inte med någon av de signerade filerna.` };
}
