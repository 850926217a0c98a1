import { FileFormatError } from './json-file';

export type ExchangeErrorCode =
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'too-deep'
  | 'wrong-format'
  | 'format-version'
  | 'invalid'
  | 'checksum'
  | 'unknown-report'
  | 'unknown-department'
  | 'unassigned-question'
  | 'old-revision'
  | 'forged-comment'
  | 'already-imported'
  | 'signed';

/** An exchanged file (assignment or contribution) that cannot be taken; the message is Swedish and starts with the file name. */
export class ExchangeError extends FileFormatError {
  constructor(
    readonly code: ExchangeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
