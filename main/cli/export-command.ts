import { buildReportDocx } from '../../shared/document/docx-export';
import { defineCommand, loadReport, required, writeOutput } from './command-kit';

export const EXPORT_USAGE = `Användning: rapportverkstad export RAPPORT.rvrapport --docx UT.docx [--final]

Skriver rapporten som Word-dokument (.docx) enligt mallen: sidhuvud, numrerade
avsnitt, frågor med fotnoter, svar med formatering, listor och bilder, Ja/Nej-rutor,
underlag och underskrift. Obesvarade frågor syns tomma; med --final stoppar de
exporten.

Slutkod: 0 skriven, 1 obesvarade frågor med --final, 2 felaktig indata.
`;

/** `export`: the report as .docx. */
export const exportCommand = defineCommand(
  { usage: EXPORT_USAGE, options: { docx: { type: 'string' }, final: { type: 'boolean' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals }, io) => {
    const out = required(values, 'docx');
    const { file, template, images } = await loadReport(io, positionals[0]!);
    const mode = values.final ? 'slutlig' : 'utkast';
    let bytes: Uint8Array;
    try {
      bytes = await buildReportDocx({ template, report: file.report, answers: file.answers, images: new Map(images.map((i) => [i.id, i])), mode });
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    await writeOutput(io, out, bytes, [positionals[0]!]);
    io.out(`Skrev ${out} (${Math.round(bytes.byteLength / 1024)} kB, ${mode}).\n`);
    return 0;
  },
);
