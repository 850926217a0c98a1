import { basename } from 'node:path';
import { ExchangeError } from '../../shared/files/exchange-error';
import { readContributionFile } from '../../shared/files/exchange-files';
import { buildReportFile, encodeReportFile, readReportFile } from '../../shared/files/report-file';
import { applyContributions } from '../../shared/merge/apply-contributions';
import type { CliIo } from './cli-io';
import { FileFormatError } from '../../shared/files/json-file';
import { findTemplate } from '../../shared/template/find-template';
import { bundledTemplates, quoted, readInput, UsageError, writeOutput } from './command-kit';

export const MERGE_USAGE = `Användning: rapportverkstad merge RAPPORT.rvrapport BIDRAG.rvbidrag… --out NY.rvrapport

Läser bidragsfilerna, kontrollerar dem mot rapporten och sammanfogar dem med samma
regler och samma kod som appen: första versionen från en avdelning infogas, senare
versioner sammanfogas trevägs mot den version som senast sammanfogades (enligt
rapportfilens sammanfogningsunderlag), text, Ja/Nej och underlag. Konflikter sparas i
utfilen och listas på stderr. En signerad rapport tar inte emot bidrag.

Slutkod: 0 sammanfogat utan konflikter, 3 konflikter kvar, 2 felaktig indata
(ingen fil skrivs och indatafilerna ändras aldrig).
`;

/** `merge`: applies contribution files to a report file and writes a new one. */
export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help')) {
    io.out(MERGE_USAGE);
    return 0;
  }
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const inputs = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
  const [reportPath, ...contributionPaths] = inputs;
  if (!reportPath || contributionPaths.length === 0 || !out) {
    io.err(
      `Saknar ${!reportPath ? 'rapportfil' : contributionPaths.length === 0 ? 'bidragsfiler' : '--out'}.\n\n${MERGE_USAGE}`,
    );
    return 2;
  }
  try {
    const report = await readReportFile(await readInput(io, reportPath), basename(reportPath), bundledTemplates());
    const files = [];
    for (const path of contributionPaths)
      files.push({ name: basename(path), file: await readContributionFile(await readInput(io, path), basename(path)) });
    const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...records } = report;
    const result = applyContributions(records, files, io);
    await writeOutput(
      io,
      out,
      encodeReportFile(
        await buildReportFile(
          result.records,
          io.now(),
          findTemplate(bundledTemplates(), result.records.report) ?? report.template,
        ),
      ),
      [reportPath, ...contributionPaths],
    );
    for (const item of result.applied) {
      io.out(
        `${item.fileName}: ${quoted(item.department)}, version ${item.revision}: ${item.outcome === 'merged' ? 'sammanfogad' : 'redan importerad'}\n`,
      );
    }
    for (const conflict of result.conflicts)
      io.err(
        `konflikt${conflict.kind === 'choice' ? ' (Ja/Nej, underlag)' : ''}: fråga ${conflict.questionId}, ${quoted(conflict.department)}\n`,
      );
    io.out(`Skrev ${out}${result.conflicts.length > 0 ? ` med ${result.conflicts.length} konflikter kvar` : ''}.\n`);
    return result.conflicts.length > 0 ? 3 : 0;
  } catch (error) {
    // Every expected failure (a file that cannot be read or written, a bad file, an output that is an input) has its own Swedish message.
    const known = error instanceof ExchangeError || error instanceof FileFormatError || error instanceof UsageError;
    io.err(`${known ? (error as Error).message : `Fel: ${error instanceof Error ? error.message : String(error)}`}\n`);
    return 2;
  }
}
