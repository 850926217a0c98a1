import { basename } from 'node:path';
import { provenanceAuthors } from '../../shared/compare/change-authors';
import type { DocxChanges } from '../../shared/docx/export/changes-docx';
import { buildReportDocx } from '../../shared/docx/export/report-docx';
import type { ReportFile, ReportImage } from '../../shared/files/report-file';
import { defineCommand, loadReport, required, UsageError, writeOutput } from './command-kit';

export const EXPORT_USAGE = `Användning: rapportverkstad export RAPPORT.rvrapport --docx UT.docx [--final]
       rapportverkstad export RAPPORT.rvrapport --docx UT.docx --changes-since TIDIGARE.rvrapport

Skriver rapporten som Word-dokument (.docx) enligt mallen: sidhuvud, numrerade
avsnitt, frågor med fotnoter, svar med formatering, listor och bilder, Ja/Nej-rutor,
underlag och underskrift. Obesvarade frågor syns tomma; med --final stoppar de
exporten.

Med --changes-since jämförs varje svar med samma fråga (samma id) i TIDIGARE
(förra årets rapport eller en tidigare kopia av samma rapport), och skillnaderna
skrivs som spårade ändringar som Word och LibreOffice kan godkänna eller avvisa,
med avdelningen eller Samordnare som författare. En fråga som bara finns på ena
sidan blir helt infogad eller helt borttagen. Ett ändringsdokument är alltid ett utkast.

Slutkod: 0 skriven, 1 obesvarade frågor med --final, 2 felaktig indata.
`;

/** What the changes document says it compares with: an earlier copy of this report, or another year's report. */
function changesLabel(current: ReportFile, before: ReportFile, path: string): string {
  if (before.report.id === current.report.id) return `kopian ${basename(path)} från ${before.createdAt.slice(0, 10)}`;
  return `rapporten för ${before.report.year} (${basename(path)})`;
}

async function changesSince(
  io: Parameters<typeof loadReport>[0],
  current: ReportFile,
  path: string,
): Promise<DocxChanges & { images: ReportImage[] }> {
  const before = await loadReport(io, path);
  return {
    images: before.images,
    label: changesLabel(current, before.file, path),
    before: before.file.answers,
    beforeTemplate: before.template,
    authors: provenanceAuthors(current.departments, current.contributions, current.report.updatedAt),
  };
}

/** `export`: the report as .docx, or its changes since an earlier report as tracked changes. */
export const exportCommand = defineCommand(
  {
    usage: EXPORT_USAGE,
    options: { docx: { type: 'string' }, final: { type: 'boolean' }, 'changes-since': { type: 'string' } },
    positionals: { min: 1, max: 1 },
  },
  async ({ values, positionals }, io) => {
    const out = required(values, 'docx');
    const since = values['changes-since'];
    if (since !== undefined && values.final)
      throw new UsageError(
        '--changes-since och --final går inte att kombinera: ett ändringsdokument är alltid ett utkast.',
      );
    const { file, template, images } = await loadReport(io, positionals[0]!);
    const changes = typeof since === 'string' ? await changesSince(io, file, since) : undefined;
    // A removed image is shown deleted: the earlier report's images are there too.
    const allImages = new Map([...(changes?.images ?? []), ...images].map((i) => [i.id, i]));
    const mode = values.final ? 'slutlig' : 'utkast';
    let bytes: Uint8Array;
    try {
      bytes = await buildReportDocx({
        template,
        report: file.report,
        answers: file.answers,
        images: allImages,
        mode,
        ...(changes && { changes }),
      });
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    await writeOutput(io, out, bytes, [positionals[0]!, ...(typeof since === 'string' ? [since] : [])]);
    io.out(
      `Skrev ${out} (${Math.round(bytes.byteLength / 1024)} kB, ${changes ? `ändringar sedan ${changes.label}` : mode}).\n`,
    );
    return 0;
  },
);
