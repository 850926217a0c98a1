import { nodeIo, type CliIo } from './cli-io';
import { exportCommand } from './export-command';
import { importDocxCommand } from './import-docx-command';
import { mergeCommand } from './merge-command';
import { newCommand } from './new-command';
import { preflightCommand } from './preflight-command';
import { templateFromDocxCommand } from './template-command';
import { textCommand } from './text-command';
import { verifyCommand } from './verify-command';

/*
 * rapportverkstad: the command line. It works on report files with the same shared/
 * code the app uses. Each command has --help; exit 0 on success, 1 when the checked
 * thing fails, 2 on bad input.
 */

export const USAGE = `Användning: rapportverkstad <kommando> [flaggor]

Kommandon:
  new          skapa en ny rapportfil från en mall
  text         skriv ut rapportens text (--json för program)
  preflight    granska rapporten inför signering (--json)
  export       skriv rapporten som Word-dokument (.docx)
  verify       kontrollera en signerad fil mot sin signaturfil
  import-docx  skapa en rapportfil från en rapport skriven i Word
  merge        sammanfoga bidragsfiler i en rapportfil
  template-from-docx
               läs en ny mall ur regeringens Word-fil

Flaggor:
  --help       visa hjälp (också efter ett kommando)
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  new: newCommand,
  text: textCommand,
  preflight: preflightCommand,
  export: exportCommand,
  verify: verifyCommand,
  'import-docx': importDocxCommand,
  merge: mergeCommand,
  'template-from-docx': templateFromDocxCommand,
};

/** Runs the command line with the given arguments; resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Okänt kommando: ${command}\n\n${USAGE}`);
    return 2;
  }
  return run(rest, io);
}

if (process.argv[1] && /cli\.[cm]?[jt]s$/.test(process.argv[1])) {
  void runCli(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
