import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../shared/docx/export/report-docx';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { richTextSchema } from '../../shared/report/content-schema';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { paragraph, richText, text } from '../shared/fixtures';
import { completeReport, template } from '../shared/preflight/complete-report';
import { xmlParts } from '../shared/docx/export/docx-parts';
import { recordFigure } from './figures';
import { UNSAFE_URLS, XSS_PAYLOADS } from './xss-payloads';

/*
 * Item 9, the document side: the payloads written as answer text are exported only as
 * escaped text, read back from the .docx as the same plain text, and links with unsafe
 * schemes in a .docx are dropped (their text kept) on import; the content schema refuses
 * them in files.
 */

function hostileReport() {
  const input = completeReport();
  input.answers.forEach((answer, i) => {
    const mine = XSS_PAYLOADS.filter((_, k) => k % input.answers.length === i);
    answer.content = richText(...mine.map((payload) => paragraph(text(payload))));
  });
  return input;
}

describe('hostile content in documents (reliability 9)', () => {
  it(`exports ${XSS_PAYLOADS.length} payloads as inert text and reads them back unchanged`, async () => {
    const input = hostileReport();
    const bytes = await buildReportDocx({ ...input, images: new Map(), mode: 'utkast' });
    const parts = xmlParts(bytes);
    const documentXml = parts.get('word/document.xml')!;
    expect(documentXml).not.toMatch(
      /<(script|img|svg|iframe|object|embed|a|body|details|input|video|math|form|meta|base)[\s>]/i,
    );
    expect(parts.get('word/_rels/document.xml.rels')).not.toMatch(/javascript:|vbscript:|data:text/i);
    const back = importDocxReport(bytes, 'fientlig.docx', template, () => 'bild-00000001');
    let broke = 0;
    for (const answer of input.answers) {
      const read = back.answers.find((a) => a.questionId === answer.questionId)!;
      if (richTextToPlain(read.content) !== richTextToPlain(answer.content)) broke++;
    }
    recordFigure({
      id: 'xss-docx-export',
      what: 'XSS-texter i .docx-export och tillbaka (endast text)',
      tries: XSS_PAYLOADS.length,
      broke,
    });
    expect(broke).toBe(0);
  });

  it.each(UNSAFE_URLS)('drops the link %j from an imported .docx but keeps its text', async (url) => {
    const input = completeReport();
    const bytes = await buildReportDocx({ ...input, images: new Map(), mode: 'utkast' });
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const link = `<w:hyperlink r:id="rIdFarlig"><w:r><w:t>Klicka här</w:t></w:r></w:hyperlink>`;
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replace(
        'Under året har arbetet med fråga 1.1 genomförts tillsammans med kommunerna.</w:t></w:r>',
        `Under året har arbetet med fråga 1.1 genomförts tillsammans med kommunerna.</w:t></w:r>${link}`,
      ),
    );
    const escaped = url.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    files['word/_rels/document.xml.rels'] = strToU8(
      strFromU8(files['word/_rels/document.xml.rels']!).replace(
        '</Relationships>',
        `<Relationship Id="rIdFarlig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escaped}" TargetMode="External"/></Relationships>`,
      ),
    );
    const read = importDocxReport(zipSync(files), 'länk.docx', template, () => 'bild-00000001');
    const answer = read.answers.find((a) => a.questionId === '1.1')!;
    expect(JSON.stringify(answer.content)).not.toContain('"type":"link"');
    expect(richTextToPlain(answer.content)).toContain('Klicka här');
    expect(richTextSchema.safeParse(answer.content).success).toBe(true);
  });

  it.each(UNSAFE_URLS)('refuses a link to %j in file content', (url) => {
    const content = richText(
      paragraph({
        type: 'link',
        version: 1,
        url,
        rel: null,
        target: null,
        title: null,
        direction: null,
        format: '',
        indent: 0,
        children: [text('x') as never],
      }),
    );
    expect(richTextSchema.safeParse(content).success).toBe(false);
  });
});
