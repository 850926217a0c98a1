import { describe, expect, it } from 'vitest';
import { buildKeyFile } from '../../../shared/signing/trusted-keys';
import { decodeBase64 } from '../../../shared/text/base64';
import { runCli } from '../../../main/cli/cli';
import {
  buildReportFile,
  encodeReportFile,
  encodeReportImages,
  readReportFile,
} from '../../../shared/files/report-file';
import { encodeManifest } from '../../../shared/signing/manifest';
import { signedManifest } from '../../shared/signing/signed-fixture';
import { barChartPng } from '../../bench/png';
import { paragraph, richText, text } from '../../shared/fixtures';
import { completeReport } from '../../shared/preflight/complete-report';
import { xmlParts } from '../../shared/docx/export/docx-parts';
import { fakeIo } from './fake-io';

async function completeFile() {
  const { report, answers, departments, assignments, contributions } = completeReport();
  const png = barChartPng([4, 7, 2]);
  const image = {
    id: 'bild-000001',
    reportId: report.id,
    mimeType: 'image/png' as const,
    name: 'diagram.png',
    size: png.byteLength,
    createdAt: report.createdAt,
    bytes: png,
  };
  answers.find((a) => a.questionId === '5.1a')!.content = richText(
    paragraph(text('Se diagrammet.')),
    paragraph({ type: 'image', version: 1, imageId: image.id, altText: 'Diagram', width: 200, height: 100 }),
  );
  return encodeReportFile(
    await buildReportFile(
      {
        report,
        answers: [...answers],
        departments: [...departments],
        assignments: [...assignments],
        contributions: [...contributions],
        images: encodeReportImages([image]),
      },
      new Date('2026-01-21T10:00:00Z'),
    ),
  );
}

describe('rapportverkstad new, text, preflight, export, verify', () => {
  it.each(['new', 'text', 'preflight', 'export', 'verify', 'merge', 'import-docx'])(
    '%s --help prints its usage and exits 0',
    async (command) => {
      const { io, output } = fakeIo();
      expect(await runCli([command, '--help'], io)).toBe(0);
      expect(output().out).toMatch(/^Användning: rapportverkstad /);
    },
  );

  it('new writes a report file that text --json reads back', async () => {
    const { io, store, output } = fakeIo();
    expect(
      await runCli(
        [
          'new',
          '--template',
          'resultatredovisning-2025',
          '--year',
          '2025',
          '--org',
          'Region Västmanland',
          '--out',
          'ny.rvrapport',
        ],
        io,
      ),
    ).toBe(0);
    const file = await readReportFile(store.get('ny.rvrapport')!, 'ny.rvrapport');
    expect(file.answers).toHaveLength(30);
    expect(file.departments.length).toBeGreaterThan(0);
    expect(await runCli(['text', 'ny.rvrapport', '--json'], io)).toBe(0);
    const printed = JSON.parse(output().out.slice(output().out.indexOf('{')));
    expect(printed.meta).toMatchObject({
      organisation: 'Region Västmanland',
      year: 2025,
      datum: '',
      vartDnr: '',
      signature: { place: '', date: '', name: '', title: '' },
    });
    expect(Object.keys(printed.answers)).toHaveLength(30);
    expect(printed.answers['5.1a']).toEqual({ text: '', choice: null, basis: [] });
  });

  it('text --json gives plain text, choices and bases', async () => {
    const { io, output } = fakeIo({ 'r.rvrapport': await completeFile() });
    expect(await runCli(['text', 'r.rvrapport', '--json'], io)).toBe(0);
    const printed = JSON.parse(output().out);
    expect(printed.answers['1.1'].text).toBe(
      'Under året har arbetet med fråga 1.1 genomförts tillsammans med kommunerna.',
    );
    expect(printed.answers['5.1b']).toMatchObject({ choice: 'ja' });
    expect(printed.answers['2.7'].basis).toEqual(['uppföljning']);
    expect(printed.meta.signature).toEqual({
      place: 'Västerås',
      date: '2026-01-21',
      name: 'Christer Alzén',
      title: 'Förvaltningsdirektör',
    });
  });

  it('preflight exits 0 on a complete report and 1 with errors, as JSON', async () => {
    const { io, output } = fakeIo({ 'r.rvrapport': await completeFile() });
    expect(await runCli(['preflight', 'r.rvrapport', '--json'], io)).toBe(0);
    expect(JSON.parse(output().out)).toEqual({ findings: [] });

    const empty = fakeIo();
    await runCli(
      ['new', '--template', 'resultatredovisning-2025', '--year', '2025', '--org', 'Region X', '--out', 'n.rvrapport'],
      empty.io,
    );
    const before = empty.output().out.length;
    expect(await runCli(['preflight', 'n.rvrapport', '--json'], empty.io)).toBe(1);
    const { findings } = JSON.parse(empty.output().out.slice(before));
    expect(findings).toContainEqual({
      rule: 'unanswered',
      severity: 'error',
      questionId: '1.1',
      field: null,
      message: 'Fråga 1.1 är inte besvarad.',
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'unanswered', severity: 'error', questionId: null, field: 'vartDnr' }),
    );
  });

  it('export writes a .docx with the image; --final refuses unanswered questions with exit 1', async () => {
    const { io, store } = fakeIo({ 'r.rvrapport': await completeFile() });
    expect(await runCli(['export', 'r.rvrapport', '--docx', 'r.docx', '--final'], io)).toBe(0);
    const parts = xmlParts(store.get('r.docx')!);
    expect(parts.get('word/document.xml')).toContain('descr="Diagram"');

    const empty = fakeIo();
    await runCli(
      ['new', '--template', 'resultatredovisning-2025', '--year', '2025', '--org', 'Region X', '--out', 'n.rvrapport'],
      empty.io,
    );
    expect(await runCli(['export', 'n.rvrapport', '--docx', 'n.docx', '--final'], empty.io)).toBe(1);
    expect(empty.store.has('n.docx')).toBe(false);
    expect(await runCli(['export', 'n.rvrapport', '--docx', 'n.docx'], empty.io)).toBe(0);
  });

  it('export --changes-since writes the differences from an earlier report as tracked changes', async () => {
    const old = await readReportFile(await completeFile(), 'r.rvrapport');
    const answers = old.answers.map((a) =>
      a.questionId === '1.1'
        ? {
            ...a,
            content: richText(
              paragraph(text('Under året har arbetet med fråga 1.1 genomförts tillsammans med länsstyrelsen.')),
            ),
          }
        : a,
    );
    const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...records } = old;
    const current = encodeReportFile(await buildReportFile({ ...records, answers }, new Date('2026-02-01T10:00:00Z')));
    const { io, store, output } = fakeIo({ 'r.rvrapport': current, 'fjol.rvrapport': await completeFile() });
    expect(
      await runCli(['export', 'r.rvrapport', '--docx', 'ändringar.docx', '--changes-since', 'fjol.rvrapport'], io),
    ).toBe(0);
    expect(output().out).toContain('ändringar sedan kopian fjol.rvrapport från 2026-01-21');
    const document = xmlParts(store.get('ändringar.docx')!).get('word/document.xml')!;
    expect(document).toMatch(/<w:del [^>]*w:author="Samordnare"[^>]*>.*?<w:delText[^>]*>kommunerna<\/w:delText>/s);
    expect(document).toMatch(/<w:ins [^>]*w:author="Samordnare"[^>]*>.*?<w:t[^>]*>länsstyrelsen<\/w:t>/s);
    expect(document.match(/<w:(ins|del) /g)).toHaveLength(2);

    expect(
      await runCli(['export', 'r.rvrapport', '--docx', 'x.docx', '--changes-since', 'fjol.rvrapport', '--final'], io),
    ).toBe(2);
    expect(output().err).toContain('--changes-since och --final går inte att kombinera');
    expect(await runCli(['export', 'r.rvrapport', '--docx', 'x.docx', '--changes-since', 'saknas.rvrapport'], io)).toBe(
      2,
    );
    expect(output().err).toContain('saknas.rvrapport');
    expect(store.has('x.docx')).toBe(false);
  });

  it('verify: 0 for the signed file and a trusted key, 1 for an unknown key or one changed byte, 2 for a broken manifest', async () => {
    const docx = new TextEncoder().encode('docx-innehåll '.repeat(100));
    const manifest = await signedManifest([{ name: 'r.docx', bytes: docx }]);
    const changed = docx.slice();
    changed[500] = changed[500]! + 1;
    const keyFile = await buildKeyFile(
      decodeBase64(manifest.publicKey)!,
      { name: 'Christer Alzén', title: 'Förvaltningsdirektör', organisation: 'Region Västmanland' },
      new Date('2026-01-21T00:00:00Z'),
    );
    const { io, output } = fakeIo({
      'r.docx': docx,
      'ändrad/r.docx': changed,
      'm.json': encodeManifest(manifest),
      'trasig.json': new TextEncoder().encode('{'),
      'christer.rvnyckel': keyFile,
    });
    // Without a trust anchor: the fingerprint and exit 1, whatever name the manifest carries.
    expect(await runCli(['verify', 'r.docx', '--manifest', 'm.json'], io)).toBe(1);
    expect(output().err).toContain('giltig signatur men okänd nyckel');
    expect(output().err).toContain(`Fingeravtryck: ${manifest.keyFingerprint}`);
    expect(
      await runCli(['verify', 'r.docx', '--manifest', 'm.json', '--key', manifest.keyFingerprint!.toUpperCase()], io),
    ).toBe(0);
    expect(await runCli(['verify', 'r.docx', '--manifest', 'm.json', '--trusted-keys', 'christer.rvnyckel'], io)).toBe(
      0,
    );
    expect(output().out).toContain('oförändrad');
    expect(output().out).toContain('Signerad av Christer Alzén, Förvaltningsdirektör (betrodd nyckel');
    expect(await runCli(['verify', 'r.docx', '--manifest', 'm.json', '--key', 'ab'.repeat(32)], io)).toBe(1);
    expect(await runCli(['verify', 'r.docx', '--manifest', 'm.json', '--key', 'inget'], io)).toBe(2);
    expect(
      await runCli(['verify', 'ändrad/r.docx', '--manifest', 'm.json', '--key', manifest.keyFingerprint!], io),
    ).toBe(1);
    expect(output().err).toContain('har ändrats');
    expect(await runCli(['verify', 'r.docx', '--manifest', 'trasig.json'], io)).toBe(2);
    expect(output().err).toContain('trasig.json');
  });

  it.each<[string, string[], RegExp]>([
    [
      'an unknown template',
      ['new', '--template', 'okänd', '--year', '2025', '--org', 'X', '--out', 'a.rvrapport'],
      /Okänd mall: okänd/,
    ],
    [
      'a bad year',
      ['new', '--template', 'resultatredovisning-2025', '--year', 'tjugo', '--org', 'X', '--out', 'a.rvrapport'],
      /--year/,
    ],
    [
      'a missing --out',
      ['new', '--template', 'resultatredovisning-2025', '--year', '2025', '--org', 'X'],
      /--out saknas/,
    ],
    ['an unknown option', ['text', 'r.rvrapport', '--xml'], /xml/],
    ['a file that is not there', ['text', 'saknas.rvrapport'], /saknas\.rvrapport: filen kan inte läsas/],
    ['a file that is not a report', ['preflight', 'skräp.rvrapport'], /skräp\.rvrapport/],
    ['export without --docx', ['export', 'skräp.rvrapport'], /--docx saknas/],
    ['verify without --manifest', ['verify', 'r.docx'], /--manifest saknas/],
  ])('exits 2 with a clear message for %s', async (_name, args, message) => {
    const { io, store, output } = fakeIo({ 'skräp.rvrapport': new TextEncoder().encode('hej') });
    const before = new Map(store);
    expect(await runCli(args, io)).toBe(2);
    expect(output().err).toMatch(message);
    expect(store).toEqual(before);
  });
});
