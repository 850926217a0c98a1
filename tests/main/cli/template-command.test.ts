import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/cli';
import { readReportFile } from '../../../shared/files/report-file';
import { parseTemplate } from '../../../shared/template/parse-template';
import { listAnswerFields } from '../../../shared/template/answer-fields';
import { NEW_2_8, template2026Docx } from '../../shared/docx/import/template-files';
import { fakeIo } from './fake-io';

describe('rapportverkstad template-from-docx', () => {
  it('prints the outline, writes the template, and a new report can be made on it', async () => {
    const { io, store, output } = fakeIo({ 'mall-2026.docx': await template2026Docx() });
    expect(await runCli(['template-from-docx', 'mall-2026.docx', '--out', 'mall-2026.json'], io)).toBe(0);
    const out = output().out;
    expect(out).toContain(
      'Resultatredovisning av det regionala utvecklingsarbetet 2026 (resultatredovisning-2026): 30 frågor i 6 avsnitt',
    );
    expect(out).toContain(`  2.8 (text) ${NEW_2_8} [fotnot 5]`);
    expect(out).toContain('    5.1a (Ja/Nej) den regionala utvecklingsstrategin?');
    expect(out).toContain('    Instruktion: Om ja, beskriv hur anslaget har bidragit');
    expect(out).toMatch(/2\.7 \(effekt med underlag\) Om möjligt/);
    expect(out).toContain('Lästes inte (3):');
    const template = parseTemplate(JSON.parse(new TextDecoder().decode(store.get('mall-2026.json'))), 'mall-2026.json');
    expect(listAnswerFields(template).map((f) => f.id)).toContain('2.8');

    expect(
      await runCli(
        [
          'new',
          '--template',
          'mall-2026.json',
          '--year',
          '2026',
          '--org',
          'Region Västmanland',
          '--out',
          'ny.rvrapport',
        ],
        io,
      ),
    ).toBe(0);
    const file = await readReportFile(store.get('ny.rvrapport')!, 'ny.rvrapport');
    expect(file.report.templateId).toBe('resultatredovisning-2026');
    expect(file.template).toEqual(template);
    // The report file carries its template: the other commands work on it without the app knowing the template.
    expect(await runCli(['text', 'ny.rvrapport'], io)).toBe(0);
    expect(output().out).toContain(NEW_2_8);
  });

  it('exits 2 for a Word file that is no template, saying what was looked for, and writes nothing', async () => {
    const letter = new Uint8Array(
      await Packer.toArrayBuffer(
        new Document({ sections: [{ children: [new Paragraph('Hej!'), new Paragraph('Protokoll från mötet.')] }] }),
      ),
    );
    const { io, store, output } = fakeIo({ 'brev.docx': letter });
    expect(await runCli(['template-from-docx', 'brev.docx', '--out', 'mall.json'], io)).toBe(2);
    expect(output().err).toMatch(
      /^brev\.docx: inga numrerade frågor hittades\. En mall har avsnitt som ”1\. Rubrik” och frågor som ”1\.1 Beskriv …”/,
    );
    expect(store.has('mall.json')).toBe(false);
  });
});
