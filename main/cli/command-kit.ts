import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DocxExportError } from '../../shared/docx/export/report-docx';
import { DocxImportError } from '../../shared/docx/import/import-error';
import { ExchangeError } from '../../shared/files/exchange-error';
import { readReportFile, reportFileImages, type ReportFile, type ReportImage } from '../../shared/files/report-file';
import { FileFormatError, parseJsonFile } from '../../shared/files/json-file';
import { findTemplate } from '../../shared/template/find-template';
import { loadBundledTemplates } from '../../shared/template/bundled-templates';
import { ManifestError } from '../../shared/signing/manifest';
import { parseTemplate, TemplateError } from '../../shared/template/parse-template';
import type { Template } from '../../shared/template/template-schema';
import type { CliIo } from './cli-io';

/*
 * What every command shares: argument parsing with a usage text, the bundled templates,
 * reading a report file, and turning a bad-input error into exit code 2 with its
 * Swedish message.
 */

/** Thrown for arguments that do not fit the command; printed with the command's usage. */
export class UsageError extends Error {}

export interface CommandSpec {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  positionals: { min: number; max: number };
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Builds a command: --help, strict argument parsing, and exit 2 on bad input. */
export function defineCommand(
  spec: CommandSpec,
  run: (
    parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    io: CliIo,
  ) => Promise<number>,
): Command {
  return async (args, io) => {
    if (args.includes('--help')) {
      io.out(spec.usage);
      return 0;
    }
    try {
      let parsed;
      try {
        parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      const count = parsed.positionals.length;
      if (count < spec.positionals.min) throw new UsageError('En fil saknas.');
      if (count > spec.positionals.max)
        throw new UsageError(`För många filer: ${parsed.positionals.slice(spec.positionals.max).join(' ')}`);
      return await run(parsed, io);
    } catch (error) {
      if (error instanceof UsageError) io.err(`${error.message}\n\n${spec.usage}`);
      else if (isInputError(error)) io.err(`${error.message}\n`);
      else io.err(`Fel: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  };
}

function isInputError(error: unknown): error is Error {
  return (
    error instanceof ExchangeError ||
    error instanceof FileFormatError ||
    error instanceof ManifestError ||
    error instanceof DocxExportError ||
    error instanceof DocxImportError ||
    error instanceof TemplateError
  );
}

/** A file's bytes; an unreadable file is bad input (exit 2) with its name in the message. */
export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(
      `${path}: filen kan inte läsas (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Writes the output file, unless it is one of the input files (compared as files, not as path strings: "DIR/./R" is R). */
export async function writeOutput(io: CliIo, out: string, bytes: Uint8Array, inputs: readonly string[]): Promise<void> {
  const target = await io.fileIdentity(out);
  if (target !== null) {
    for (const input of inputs) {
      if ((await io.fileIdentity(input)) === target)
        throw new UsageError(
          `${out} är samma fil som indatafilen ${input}: välj ett annat namn för utfilen (indata skrivs aldrig över).`,
        );
    }
  }
  await io.writeFile(out, bytes);
}

/** A name taken from a file, quoted for a message line: line breaks and control characters are shown, never acted on. */
export function quoted(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this shows instead of printing
  return `”${name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))}”`;
}

const bundled = loadBundledTemplates();
// A broken bundled template is a broken build: the command line says so at once.
if (bundled.errors.length > 0) throw new Error(bundled.errors.join('\n'));
const TEMPLATES: readonly Template[] = bundled.templates;

/** The bundled templates. */
export function bundledTemplates(): readonly Template[] {
  return TEMPLATES;
}

/** A bundled template by id, or a template file (.json, as `template-from-docx --out` writes); UsageError listing the bundled ones otherwise. */
export async function templateArgument(io: CliIo, value: string): Promise<Template> {
  if (/\.json$/i.test(value)) {
    const data = parseJsonFile(await readInput(io, value), basename(value), 5 * 1024 * 1024);
    return parseTemplate(data, basename(value));
  }
  const template = TEMPLATES.find((t) => t.id === value);
  if (!template)
    throw new UsageError(
      `Okänd mall: ${value}. Mallar: ${TEMPLATES.map((t) => t.id).join(', ')}, eller en mallfil (.json).`,
    );
  return template;
}

/** A report file read and checked, with its template and images. */
export async function loadReport(
  io: CliIo,
  path: string,
): Promise<{ file: ReportFile; template: Template; images: ReportImage[] }> {
  const file = await readReportFile(await readInput(io, path), basename(path), TEMPLATES);
  // A report on a template read from Word carries it; a bundled one is the same text.
  const template = findTemplate(TEMPLATES, file.report) ?? file.template;
  if (!template)
    throw new FileFormatError(
      `${basename(path)}: rapporten bygger på mallen ${file.report.templateId}, som saknas i den här versionen och inte finns i filen.`,
    );
  return { file, template, images: reportFileImages(file, basename(path)) };
}

/** A string option's value, or UsageError naming the missing option. */
export function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} saknas.`);
  return value;
}
