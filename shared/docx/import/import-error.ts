/** Why a .docx could not be read; the message names the file and the problem in Swedish. */
export type DocxImportProblem = 'not-zip' | 'damaged' | 'too-large' | 'not-word' | 'not-report' | 'bad-xml';

/** A .docx that cannot be imported; nothing is created. */
export class DocxImportError extends Error {
  constructor(
    readonly problem: DocxImportProblem,
    message: string,
  ) {
    super(message);
  }
}
