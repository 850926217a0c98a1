import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import template2025 from '../../../../assets/templates/resultatredovisning-2025.json' with { type: 'json' };
import { buildReportDocx } from '../../../../shared/docx/export/report-docx';
import { createReport } from '../../../../shared/report/new-report';
import { parseTemplate } from '../../../../shared/template/parse-template';

/*
 * Template Word files for the tests. The 2025 template as a .docx is our own export of an
 * empty report. The "2026" file is that export edited by hand in its XML, the way the
 * government's next file differs: the year, question 2.3 reworded, a new question 2.8
 * with a new footnote, question 6.3 dropped.
 */

export const template2025Json = parseTemplate(template2025, 'resultatredovisning-2025.json');

export const REWORDED_2_3 = 'Beskriv hur annat strategiskt viktigt arbete inom området har genomförts under året.';
export const NEW_2_8 =
  'Beskriv hur regionen har samverkat med universitet och högskolor i kompetensförsörjningsarbetet.';
export const NEW_FOOTNOTE = 'Se regeringens strategi för samverkan mellan lärosäten och regioner.';

const fixedDeps = () => {
  let n = 0;
  return {
    now: () => new Date('2025-11-03T09:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
};

/** Our export of an empty 2025 report: the 2025 template as a Word file. */
export async function template2025Docx(): Promise<Uint8Array> {
  const { report, answers } = createReport(
    template2025Json,
    { year: 2025, organisation: 'Region Västmanland', header: {} },
    fixedDeps(),
  );
  return buildReportDocx({ template: template2025Json, report, answers, images: new Map(), mode: 'utkast' });
}

/** The paragraph (`<w:p>…</w:p>`) of document.xml whose text contains `marker`. */
function paragraphWith(xml: string, marker: string): { start: number; end: number } {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" finns inte i document.xml`);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { start, end };
}

/** The 2025 template's Word file edited by hand into a "2026" template. */
export async function template2026Docx(): Promise<Uint8Array> {
  const files = unzipSync(await template2025Docx());
  let xml = strFromU8(files['word/document.xml']!);
  xml = xml.replaceAll('utvecklingsarbetet 2025', 'utvecklingsarbetet 2026');
  xml = xml.replace(
    'Beskriv hur ytterligare strategiskt viktigt arbete inom detta område har genomförts.',
    REWORDED_2_3,
  );
  // 6.3 and its empty-answer line go.
  const q63 = paragraphWith(xml, '6.3 Beskriv');
  const after63 = paragraphWith(xml.slice(q63.end), '[Ej besvarad]');
  xml = xml.slice(0, q63.start) + xml.slice(q63.end + after63.end);
  // 2.8 goes in before section 3, copying 2.7's question paragraph (style, footnote mark) with a new text and note.
  const q27 = paragraphWith(xml, '2.7 Om möjligt');
  const section3 = paragraphWith(xml, '3. Innovation');
  const question = xml
    .slice(q27.start, q27.end)
    .replace(/2\.7 Om möjligt[^<]*/, `2.8 ${NEW_2_8}`)
    .replace(/w:footnoteReference w:id="\d+"/, 'w:footnoteReference w:id="90"');
  xml = `${xml.slice(0, section3.start)}${question}<w:p><w:r><w:t>Klicka här för att ange text.</w:t></w:r></w:p>${xml.slice(section3.start)}`;
  files['word/document.xml'] = strToU8(xml);
  const notes = strFromU8(files['word/footnotes.xml']!);
  files['word/footnotes.xml'] = strToU8(
    notes.replace(
      '</w:footnotes>',
      `<w:footnote w:id="90"><w:p><w:r><w:t xml:space="preserve"> ${NEW_FOOTNOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    ),
  );
  return zipSync(files);
}
