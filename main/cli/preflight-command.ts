import { blocksSigning } from '../../shared/preflight/finding';
import { runPreflight } from '../../shared/preflight/preflight';
import { defineCommand, loadReport } from './command-kit';

export const PREFLIGHT_USAGE = `Användning: rapportverkstad preflight RAPPORT.rvrapport [--json]

Granskar rapporten med samma regler som appen (obesvarade frågor, platshållare,
underlag, Ja/Nej, hänvisningar, datum, konflikter, bidrag som saknas, tomma
underrubriker). Med --json:
{"findings": [{"rule", "severity": "error"|"warning", "questionId", "field", "message"}]}

Slutkod: 0 inga fel (varningar kan finnas), 1 minst ett fel, 2 felaktig indata.
`;

/** `preflight`: the findings; exit 1 when any would stop signing. */
export const preflightCommand = defineCommand(
  { usage: PREFLIGHT_USAGE, options: { json: { type: 'boolean' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals }, io) => {
    const { file, template } = await loadReport(io, positionals[0]!);
    const findings = runPreflight({ template, ...file });
    if (values.json) {
      const out = findings.map((f) => ({
        rule: f.rule,
        severity: f.severity === 'fel' ? 'error' : 'warning',
        questionId: f.questionId,
        field: f.field,
        message: f.message,
      }));
      io.out(`${JSON.stringify({ findings: out }, null, 2)}\n`);
    } else {
      for (const f of findings)
        io.out(
          `${f.severity === 'fel' ? 'FEL    ' : 'VARNING'} ${f.rule.padEnd(20)} ${(f.questionId ?? f.field ?? '').padEnd(15)} ${f.message}\n`,
        );
      const errors = findings.filter((f) => f.severity === 'fel').length;
      io.out(`${errors} fel, ${findings.length - errors} varningar.\n`);
    }
    return blocksSigning(findings) ? 1 : 0;
  },
);
