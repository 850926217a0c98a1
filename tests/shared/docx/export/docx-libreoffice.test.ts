import { describe, expect, it } from 'vitest';
import template2025 from '../../../../assets/templates/resultatredovisning-2025.json';
import { buildReportDocx } from '../../../../shared/docx/export/report-docx';
import { listAnswerFields } from '../../../../shared/template/answer-fields';
import { parseTemplate } from '../../../../shared/template/parse-template';
import { fullSizeWorkspace } from '../../../bench/full-report';
import { docxToPdfText, flowText, officeMissing } from '../../../tools/office';
import { malformedParts } from './docx-parts';

const template = parseTemplate(template2025, 'resultatredovisning-2025.json');
const missing = officeMissing();

describe.skipIf(missing !== null)(
  `the full-size report through LibreOffice${missing ? ` (hoppas över: ${missing})` : ''}`,
  () => {
    it(
      'converts to a PDF holding every question in order, the header, the signature block and eight footnotes',
      { timeout: 180_000 },
      async () => {
        const workspace = fullSizeWorkspace();
        const report = {
          ...workspace.reports[0]!,
          signature: {
            ...workspace.reports[0]!.signature,
            ort: 'Västerås',
            namn: 'Christer Alzén',
            titel: 'Förvaltningsdirektör',
          },
        };
        const images = new Map(workspace.images.map((i) => [i.id, i]));
        const docx = await buildReportDocx({ template, report, answers: workspace.answers, images, mode: 'slutlig' });
        expect(malformedParts(docx)).toEqual([]);

        const pdfText = docxToPdfText([{ name: 'rapport.docx', bytes: docx }]).get('rapport.docx');
        expect(pdfText, 'LibreOffice skrev ingen PDF').toBeTruthy();
        const text = flowText(pdfText!);

        let from = 0;
        for (const field of listAnswerFields(template)) {
          const question = flowText(field.text);
          const at = text.indexOf(question, from);
          expect(at, `frågan ${field.id} saknas eller står i fel ordning`).toBeGreaterThanOrEqual(0);
          from = at + question.length;
        }
        for (const label of template.header.map((h) => h.label)) expect(text).toContain(label);
        expect(text).toMatch(
          /Västerås 2026-01-21 …+ Christer Alzén Förvaltningsdirektör Regionala utvecklingsförvaltningen Region Västmanland/,
        );
        expect(text.match(/se s\. 3–4 i Anvisningar\./g)).toHaveLength(4);
        expect(text.match(/Ibid\./g)).toHaveLength(4);
        expect(text).toContain('☒ Ja');
      },
    );
  },
);
