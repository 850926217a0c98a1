import type { z } from 'zod';
import '../report/zod-swedish';
import { jsonDepth, MAX_DEPTH } from '../report/content-schema';

/*
 * The first steps of reading any file the app is given: size, UTF-8, JSON, nesting
 * depth; and the Swedish wording of schema problems.
 */

/** A backup or report file that cannot be read; the message is Swedish and names the file. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
}

export type JsonFileProblem = 'too-large' | 'not-text' | 'not-json' | 'too-deep';

/** Parses untrusted bytes as JSON with the size and depth limits every file gets; `fail` makes the error to throw. */
export function parseJsonFile(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
  fail: (problem: JsonFileProblem, message: string) => Error = (_problem, message) => new FileFormatError(message),
): unknown {
  if (bytes.byteLength > maxBytes) {
    throw fail(
      'too-large',
      `${fileName}: filen är för stor (${Math.round(bytes.byteLength / 1024 / 1024)} MB, högst ${maxBytes / 1024 / 1024} MB).`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('not-text', `${fileName}: filen är inte text (UTF-8).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail('not-json', `${fileName}: filen är inte giltig JSON (trasig eller avkortad).`);
  }
  if (jsonDepth(data, MAX_DEPTH * 4) > MAX_DEPTH * 4)
    throw fail('too-deep', `${fileName}: filen är för djupt nästlad.`);
  return data;
}

/** Names the first problems zod found, in Swedish, for a message to the user. */
export function describeProblems(error: z.ZodError, max = 3): string {
  return error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.join('.') || 'filen'}: ${issue.message}`)
    .join('; ');
}
