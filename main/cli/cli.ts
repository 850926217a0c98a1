import { nodeIo, type CliIo } from './cli-io';
import { mergeCommand } from './merge-command';

/*
 * rapportverkstad: the command line. It works on report files with the same shared/
 * code the app uses. Each command has --help; exit 0 on success, 2 on bad input.
 */

export const USAGE = `Användning: rapportverkstad <kommando> [flaggor]

Kommandon:
  merge        sammanfoga bidragsfiler i en rapportfil
  (kommer)     new, text, preflight, export, import-docx, verify

Flaggor:
  --help       visa hjälp (också efter ett kommando)
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  merge: mergeCommand,
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
