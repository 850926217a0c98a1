import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/cli';
import { readReportFile, reportFileImages } from '../../../shared/files/report-file';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { template } from '../../shared/preflight/complete-report';
import { handWrittenDocx } from '../../shared/docx/import/word-builder';
import { fakeIo } from './fake-io';

describe('rapportverkstad import-docx', () => {
  it('writes a report file with the answers, header and image, and prints the summary', async () => {
    const docx = await handWrittenDocx(template, {
      questionStyle: 'bold',
      boxStyle: 'text',
      answers: { '1.1': 'Vårt viktigaste arbete.', '5.1a': 'Ja, genom projekten.' },
      choices: { '5.1a': 'ja' },
    });
    const { io, store, output } = fakeIo({ 'fjol.docx': docx });
    expect(await runCli(['import-docx', 'fjol.docx', '--out', 'ny.rvrapport'], io)).toBe(0);
    const file = await readReportFile(store.get('ny.rvrapport')!, 'ny.rvrapport');
    expect(file.report).toMatchObject({
      year: 2025,
      organisation: 'Region Västmanland',
      header: { vartDnr: 'RUF 2025/123' },
    });
    expect(richTextToPlain(file.answers.find((a) => a.questionId === '1.1')!.content)).toBe('Vårt viktigaste arbete.');
    expect(file.answers.find((a) => a.questionId === '5.1a')!.choice).toBe('ja');
    expect(reportFileImages(file, 'ny.rvrapport')).toHaveLength(1);
    expect(output().out).toContain('Hittade 30 av 30 frågor.');
    expect(output().out).toContain('Skrev ny.rvrapport');
  });

  it.each<[string, Uint8Array]>([
    ['not a .docx', new TextEncoder().encode('inte en docx')],
    ['a damaged .docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
  ])('exits 2 and writes nothing for %s', async (_name, bytes) => {
    const { io, store, output } = fakeIo({ 'in.docx': bytes });
    expect(await runCli(['import-docx', 'in.docx', '--out', 'ny.rvrapport'], io)).toBe(2);
    expect(output().err).toMatch(/^in\.docx: /);
    expect(store.has('ny.rvrapport')).toBe(false);
  });
});
