import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * LibreOffice headless and pdftotext, from Debian's packages (.ci/run installs them).
 * soffice exits 0 even when it could not load a file, so success is the PDF existing.
 */

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Why the office tools cannot run here, or null when they can. CI must have them: there a missing tool is an error. */
export function officeMissing(): string | null {
  const missing = ['soffice', 'pdftotext'].filter((c) => !has(c));
  if (missing.length === 0) return null;
  const reason = `${missing.join(' och ')} saknas (apt-get install libreoffice-writer-nogui poppler-utils)`;
  if (process.env.CI) throw new Error(`CI saknar verktyg: ${reason}`);
  return reason;
}

/** Converts .docx files to PDF with one LibreOffice run and returns each PDF's text (null when no PDF came out). */
export function docxToPdfText(files: { name: string; bytes: Uint8Array }[]): Map<string, string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'rv-office-'));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], {
      stdio: 'ignore',
      timeout: 600_000,
    });
    const texts = new Map<string, string | null>();
    for (const file of files) {
      const pdf = join(dir, file.name.replace(/\.docx$/, '.pdf'));
      texts.set(file.name, existsSync(pdf) && readFileSync(pdf).byteLength > 0 ? execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8') : null);
    }
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A .docx opened in LibreOffice and saved again as .docx (what it understood of it), or null when it could not open it. */
export function docxThroughOffice(bytes: Uint8Array): Uint8Array | null {
  const dir = mkdtempSync(join(tmpdir(), 'rv-office-'));
  try {
    const input = join(dir, 'in', 'granskning.docx');
    mkdirSync(join(dir, 'in'));
    writeFileSync(input, bytes);
    spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input], { stdio: 'ignore', timeout: 600_000 });
    const output = join(dir, 'granskning.docx');
    return existsSync(output) && readFileSync(output).byteLength > 0 ? new Uint8Array(readFileSync(output)) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with line wrapping undone: whitespace collapsed, words split at a line-end hyphen joined again. */
export function flowText(text: string): string {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ');
}
