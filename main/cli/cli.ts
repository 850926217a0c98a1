/*
 * rapportverkstad: the command line. It works on report files with the same shared/
 * code the app uses. The commands arrive with the issues that build them.
 */

export const USAGE = `Användning: rapportverkstad <kommando> [flaggor]

Kommandon (kommer i senare versioner):
  new          skapa en rapportfil från en mall
  text         skriv ut rapportens text
  preflight    granska rapporten
  export       exportera till .docx
  merge        sammanfoga bidragsfiler
  import-docx  läs in en Word-rapport
  verify       verifiera en signerad fil

Flaggor:
  --help       visa denna hjälp
`;

/** Runs the command line with the given arguments; returns the exit code. */
export function runCli(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const [command] = args;
  if (command === undefined || command === '--help' || command === 'help') {
    out(USAGE);
    return 0;
  }
  err(`Okänt kommando: ${command}\n\n${USAGE}`);
  return 2;
}

if (process.argv[1] && /cli\.[cm]?[jt]s$/.test(process.argv[1])) {
  process.exitCode = runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
