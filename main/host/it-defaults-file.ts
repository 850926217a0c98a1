import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IT_DEFAULTS_FILE, parseItDefaults, type ItDefaultsReply } from '../../shared/settings/it-defaults';

/*
 * Where IT puts standard.json on each platform, and reading it once at start. A missing
 * file is no problem (most computers have none); anything else that goes wrong is a
 * problem the app shows once, and the file is ignored.
 */

/** The machine-wide defaults file's path on this platform. */
export function itDefaultsPath(platform: NodeJS.Platform, env: Record<string, string | undefined>): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Rapportverkstad', IT_DEFAULTS_FILE);
  if (platform === 'darwin') return join('/Library/Application Support/Rapportverkstad', IT_DEFAULTS_FILE);
  return join('/etc/rapportverkstad', IT_DEFAULTS_FILE);
}

/** Reads and checks the defaults file; never throws. */
export async function loadItDefaults(
  path: string,
  read: (path: string) => Promise<Uint8Array> = async (p) => new Uint8Array(await readFile(p)),
): Promise<ItDefaultsReply> {
  let bytes: Uint8Array;
  try {
    bytes = await read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return parseItDefaults(null, path);
    const why = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'filen får inte läsas' : 'filen kunde inte läsas';
    return { path, defaults: null, problem: `IT:s standardinställningar i ${path} används inte: ${why}.` };
  }
  return parseItDefaults(bytes, path);
}
