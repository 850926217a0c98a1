import { basename } from 'node:path';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { importSummary, reportFromImport } from '../../shared/docx/import/report-records';
import { buildReportFile, encodeReportFile, encodeReportImages } from '../../shared/files/report-file';
import { defaultRegister, newRegister } from '../../shared/report/organisation-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { defineCommand, quoted, readInput, required, templateArgument, writeOutput } from './command-kit';

export const IMPORT_DOCX_USAGE = `Användning: rapportverkstad import-docx RAPPORT.docx --out NY.rvrapport [--template MALL]

Läser en rapport skriven i Word efter mallen (standard: resultatredovisning-2025):
sidhuvudets tabell, årtalet i titeln, varje svar under sin fråga med formatering,
listor, länkar och bilder, Ja/Nej-rutorna, underlaget och underskriften. Skriver en ny
rapportfil och en sammanfattning: vilka frågor som hittades, vilka som saknas och
text som inte kunde placeras.

Slutkod: 0 importerad, 2 filen är ingen läsbar .docx eller ingen rapport efter mallen.
`;

/** `import-docx`: a Word report to a new report file. */
export const importDocxCommand = defineCommand(
  {
    usage: IMPORT_DOCX_USAGE,
    options: { out: { type: 'string' }, template: { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  async ({ values, positionals }, io) => {
    const out = required(values, 'out');
    const template = await templateArgument(
      io,
      typeof values.template === 'string' ? values.template : 'resultatredovisning-2025',
    );
    const path = positionals[0]!;
    const result = importDocxReport(await readInput(io, path), basename(path), template, io.newId);
    const { report, answers, images } = reportFromImport(template, result, basename(path).replace(/\.docx$/i, ''), io);
    const departments = newRegister(defaultRegister(), report.id, io.now().toISOString(), io);
    const file = await buildReportFile(
      { report, answers, departments, assignments: [], contributions: [], images: encodeReportImages(images) },
      io.now(),
      template,
    );
    await writeOutput(io, out, encodeReportFile(file), [path]);
    io.out(
      `${importSummary(result, listAnswerFields(template).length).join('\n')}\nSkrev ${out}: ${quoted(report.title)}, ${quoted(report.organisation)}.\n`,
    );
    return 0;
  },
);
