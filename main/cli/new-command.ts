import { buildReportFile, encodeReportFile } from '../../shared/files/report-file';
import { createReport } from '../../shared/report/new-report';
import { defaultRegister, newRegister } from '../../shared/report/organisation-schema';
import { defineCommand, required, templateArgument, UsageError, writeOutput } from './command-kit';

export const NEW_USAGE = `Användning: rapportverkstad new --template MALL --year ÅR --org ORGANISATION --out FIL.rvrapport

Skapar en ny, tom rapport från en mall (en inbyggd, t.ex. resultatredovisning-2025,
eller en mallfil .json från template-from-docx), med
standardavdelningarna, och skriver den som rapportfil.

Slutkod: 0 skriven, 2 felaktig indata.
`;

/** `new`: a new report file from a template. */
export const newCommand = defineCommand(
  {
    usage: NEW_USAGE,
    options: {
      template: { type: 'string' },
      year: { type: 'string' },
      org: { type: 'string' },
      out: { type: 'string' },
    },
    positionals: { min: 0, max: 0 },
  },
  async ({ values }, io) => {
    const template = await templateArgument(io, required(values, 'template'));
    const year = Number(required(values, 'year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new UsageError(`--year måste vara ett år (2000–2100), inte ${String(values.year)}.`);
    const organisation = required(values, 'org');
    const out = required(values, 'out');
    const { report, answers } = createReport(template, { year, organisation, header: {} }, io);
    const departments = newRegister(defaultRegister(), report.id, io.now().toISOString(), io);
    const file = await buildReportFile(
      { report, answers, departments, assignments: [], contributions: [] },
      io.now(),
      template,
    );
    await writeOutput(io, out, encodeReportFile(file), []);
    io.out(`Skrev ${out}: ${report.title}, ${organisation}, ${answers.length} frågor.\n`);
    return 0;
  },
);
