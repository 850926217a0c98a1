import { basename } from 'node:path';
import { readManifest } from '../../shared/signing/manifest';
import { verifyFile } from '../../shared/signing/verify';
import { defineCommand, readInput, required } from './command-kit';

export const VERIFY_USAGE = `Användning: rapportverkstad verify FIL --manifest SIGNATUR.json

Kontrollerar att filen (t.ex. rapportens .docx eller .pdf) är oförändrad sedan den
signerades, och att signaturfilen är äkta (Ed25519), och säger vem som signerade.

Slutkod: 0 oförändrad och äkta, 1 ändrad eller ogiltig signatur, 2 felaktig indata.
`;

/** `verify`: a file against a signature manifest. */
export const verifyCommand = defineCommand(
  { usage: VERIFY_USAGE, options: { manifest: { type: 'string' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals }, io) => {
    const manifestPath = required(values, 'manifest');
    const manifest = readManifest(await readInput(io, manifestPath), basename(manifestPath));
    const path = positionals[0]!;
    const verdict = await verifyFile(basename(path), await readInput(io, path), manifest);
    (verdict.ok ? io.out : io.err)(`${verdict.ok ? 'OK' : 'MISSLYCKADES'}: ${verdict.message}\n`);
    return verdict.ok ? 0 : 1;
  },
);
