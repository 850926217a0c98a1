import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types: the test pins its behaviour.
import { missingPackages } from '../../../main/scripts/check-test-tools.mjs';

type Has = { file: (path: string) => boolean; command: (name: string) => boolean; font: (family: string) => boolean };
const machine = (missing: string[]): Has => ({
  file: () => !missing.includes('chromium'),
  command: (name) => !missing.includes(name),
  font: (family) => !missing.includes(family),
});

describe('the tools npm test checks first', () => {
  it.each([
    ['a machine with everything', [], []],
    ['no Chromium', ['chromium'], ['chromium']],
    ['no LibreOffice', ['soffice'], ['libreoffice-writer-nogui']],
    ['no pdftoppm (poppler is one package)', ['pdftoppm'], ['poppler-utils']],
    ['no Liberation fonts', ['Liberation Sans'], ['fonts-liberation']],
    [
      'a fresh Debian machine',
      ['chromium', 'soffice', 'pdftotext', 'Liberation Sans'],
      ['chromium', 'libreoffice-writer-nogui', 'poppler-utils', 'fonts-liberation'],
    ],
  ])('%s needs %j', (_name, missing, packages) => {
    expect((missingPackages as (has: Has) => string[])(machine(missing))).toEqual(packages);
  });
});
