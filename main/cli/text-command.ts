import { listAnswerFields } from '../../shared/template/answer-fields';
import { emptyRichText } from '../../shared/report/content-schema';
import { richTextToPlain } from '../../shared/report/rich-text-plain';
import { defineCommand, loadReport } from './command-kit';

export const TEXT_USAGE = `Användning: rapportverkstad text RAPPORT.rvrapport [--json]

Skriver ut rapportens text: sidhuvudets fält, underskriften och varje svar som
ren text med Ja/Nej-val och underlag. Med --json som ett JSON-objekt:
{"meta": {…, "signature": {place, date, name, title}}, "answers": {"1.1": {"text", "choice", "basis"}}}

Slutkod: 0 utskriven, 2 felaktig indata.
`;

/** `text`: the report's text, for people or (with --json) for programs. */
export const textCommand = defineCommand(
  { usage: TEXT_USAGE, options: { json: { type: 'boolean' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals }, io) => {
    const { file, template } = await loadReport(io, positionals[0]!);
    const { report } = file;
    const byId = new Map(file.answers.map((a) => [a.questionId, a]));
    const fields = listAnswerFields(template);
    const answers = Object.fromEntries(
      fields.map((field) => {
        const answer = byId.get(field.id);
        return [
          field.id,
          {
            text: richTextToPlain(answer?.content ?? emptyRichText()),
            choice: answer?.choice ?? null,
            basis: answer?.basis ?? [],
          },
        ];
      }),
    );
    const meta = {
      title: report.title,
      year: report.year,
      organisation: report.organisation,
      templateId: report.templateId,
      status: report.status,
      ...Object.fromEntries(template.header.map((h) => [h.id, report.header[h.id] ?? ''])),
      signature: {
        place: report.signature.ort,
        date: report.signature.datum,
        name: report.signature.namn,
        title: report.signature.titel,
      },
    };
    if (values.json) {
      io.out(`${JSON.stringify({ meta, answers }, null, 2)}\n`);
      return 0;
    }
    const lines = [report.organisation, report.title, ''];
    for (const h of template.header) lines.push(`${h.label}: ${(report.header[h.id] ?? '').replace(/\n/g, ' / ')}`);
    for (const field of fields) {
      const answer = answers[field.id]!;
      lines.push('', `${field.id} ${field.text}`);
      if (field.kind === 'yesno')
        lines.push(`[${answer.choice === 'ja' ? 'x' : ' '}] Ja  [${answer.choice === 'nej' ? 'x' : ' '}] Nej`);
      if (answer.basis.length > 0) lines.push(`Underlag: ${answer.basis.join(', ')}`);
      lines.push(answer.text || '(obesvarad)');
    }
    const s = report.signature;
    lines.push('', `${s.ort} ${s.datum}`.trim(), s.namn, s.titel, s.forvaltning, s.organisation, '');
    io.out(lines.join('\n'));
    return 0;
  },
);
