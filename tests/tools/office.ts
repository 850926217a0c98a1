import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * LibreOffice headless and pdftotext, from Debian's packages (.ci/run installs them).
 * soffice exits 0 even when it could not load a file, so success is the PDF existing.
 */

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Runs `work` in a fresh temporary folder, removed afterwards whatever happens. */
function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'rv-office-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `work` on `pdf` written to a temporary file. */
function withPdfFile<T>(pdf: Uint8Array, work: (path: string) => T): T {
  return inTempDir((dir) => {
    const path = join(dir, 'dokument.pdf');
    writeFileSync(path, pdf);
    return work(path);
  });
}

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
  return inTempDir((dir) => {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths],
      {
        stdio: 'ignore',
        timeout: 600_000,
      },
    );
    const texts = new Map<string, string | null>();
    for (const file of files) {
      const pdf = join(dir, file.name.replace(/\.docx$/, '.pdf'));
      texts.set(
        file.name,
        existsSync(pdf) && readFileSync(pdf).byteLength > 0
          ? execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8')
          : null,
      );
    }
    return texts;
  });
}

/** A .docx opened in LibreOffice and saved again as .docx (what it understood of it), or null when it could not open it. */
export function docxThroughOffice(bytes: Uint8Array): Uint8Array | null {
  return inTempDir((dir) => {
    const input = join(dir, 'in', 'granskning.docx');
    mkdirSync(join(dir, 'in'));
    writeFileSync(input, bytes);
    spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profil`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    const output = join(dir, 'granskning.docx');
    return existsSync(output) && readFileSync(output).byteLength > 0 ? new Uint8Array(readFileSync(output)) : null;
  });
}

/** Text with line wrapping undone: whitespace collapsed, words split at a line-end hyphen joined again. */
export function flowText(text: string): string {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ');
}

/** A grey page image: width, height and one byte per pixel (0 black … 255 white). */
export interface PageImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, maxval 255), as pdftoppm -gray writes it. */
export function readPgm(bytes: Uint8Array): PageImage {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const match = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!match) throw new Error('ingen PGM-bild (P5, 255)');
  const width = Number(match[1]);
  const height = Number(match[2]);
  return { width, height, pixels: bytes.subarray(match[0].length, match[0].length + width * height) };
}

/** Writes a page image as a binary PGM. */
export function writePgm(image: PageImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.pixels.length);
  out.set(header);
  out.set(image.pixels, header.length);
  return out;
}

/** A .docx through LibreOffice to PDF, and the given pages as grey images at `dpi` (null when no PDF came out). */
export function docxPageImages(bytes: Uint8Array, pages: number[], dpi: number): Map<number, PageImage> | null {
  return inTempDir((dir) => {
    const input = join(dir, 'sidor.docx');
    writeFileSync(input, bytes);
    spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { stdio: 'ignore', timeout: 600_000 },
    );
    const pdf = join(dir, 'sidor.pdf');
    if (!existsSync(pdf) || readFileSync(pdf).byteLength === 0) return null;
    const images = new Map<number, PageImage>();
    for (const page of pages) {
      const out = join(dir, `sida-${page}`);
      execFileSync('pdftoppm', [
        '-gray',
        '-r',
        String(dpi),
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        pdf,
        out,
      ]);
      images.set(page, readPgm(new Uint8Array(readFileSync(`${out}.pgm`))));
    }
    return images;
  });
}

/** The text of each page of a PDF (pdftotext, page by page). */
export function pdfPages(pdf: Uint8Array): string[] {
  return withPdfFile(pdf, (path) => {
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString('utf8'))?.[1] ?? 0);
    return Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), path, '-']).toString(
        'utf8',
      ),
    );
  });
}

/** Whether a PDF is tagged (accessible structure) and the titles of its outline (bookmarks), in order, at any depth. */
export function pdfStructure(pdf: Uint8Array): { tagged: boolean; outline: string[] } {
  return withPdfFile(pdf, (path) => {
    const tagged = /Tagged:\s+yes/.test(execFileSync('pdfinfo', [path]).toString('utf8'));
    // pdftohtml -xml writes the outline as nested <outline> lists of <item>s (&amp; decoded last, so nothing twice).
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path]).toString('utf8');
    const outline = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map(([, title]) =>
      title!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    return { tagged, outline };
  });
}
