import { basename } from 'node:path';
import { readManifest } from '../../shared/signing/manifest';
import { formatFingerprint, parseFingerprint, readTrustedKeys } from '../../shared/signing/trusted-keys';
import { verifyFile, type KnownKey } from '../../shared/signing/verify';
import { defineCommand, readInput, required, UsageError } from './command-kit';

export const VERIFY_USAGE = `Användning: rapportverkstad verify FIL --manifest SIGNATUR.json [--trusted-keys NYCKLAR | --key FINGERAVTRYCK]

Kontrollerar att filen (t.ex. rapportens .docx eller .pdf) är oförändrad sedan den
signerades, att signaturfilens Ed25519-signatur håller, och vem som signerade. Vem som
signerade avgörs bara av en känd nyckel: en nyckelfil (.rvnyckel) eller en lista över
betrodda nycklar med --trusted-keys, eller nyckelns fingeravtryck (64 hexsiffror, som
appen visar under "Min signeringsnyckel") med --key. Utan någon av dem skrivs
fingeravtrycket ut och svaret är "giltig signatur men okänd nyckel".

Slutkod: 0 oförändrad och signerad med en betrodd nyckel, 1 okänd nyckel, ändrad fil
eller ogiltig signatur, 2 felaktig indata.
`;

/** `verify`: a file against a signature manifest and a trust anchor. */
export const verifyCommand = defineCommand(
  {
    usage: VERIFY_USAGE,
    options: { manifest: { type: 'string' }, 'trusted-keys': { type: 'string' }, key: { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  async ({ values, positionals }, io) => {
    const manifestPath = required(values, 'manifest');
    if (values['trusted-keys'] !== undefined && values.key !== undefined)
      throw new UsageError('Ange --trusted-keys eller --key, inte båda.');
    const trusted: KnownKey[] = [];
    if (typeof values['trusted-keys'] === 'string')
      trusted.push(
        ...(await readTrustedKeys(await readInput(io, values['trusted-keys']), basename(values['trusted-keys']))),
      );
    if (typeof values.key === 'string') {
      const fingerprint = parseFingerprint(values.key);
      if (!fingerprint)
        throw new UsageError('--key ska vara ett fingeravtryck: 64 hexsiffror (mellanslag och kolon får stå med).');
      trusted.push({ fingerprint, name: `nyckeln ${formatFingerprint(fingerprint).slice(0, 19)} …`, title: '' });
    }
    const manifest = readManifest(await readInput(io, manifestPath), basename(manifestPath));
    const path = positionals[0]!;
    const verdict = await verifyFile(basename(path), await readInput(io, path), manifest, trusted);
    if (verdict.ok) io.out(`OK: ${verdict.message}\n`);
    else if (verdict.reason === 'unknown-key')
      io.err(`OKÄND NYCKEL: ${verdict.message}\nFingeravtryck: ${verdict.fingerprint}\n`);
    else io.err(`MISSLYCKADES: ${verdict.message}\n`);
    return verdict.ok ? 0 : 1;
  },
);
