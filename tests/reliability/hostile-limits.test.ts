import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxImportError } from '../../shared/docx/import/import-error';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { template } from '../shared/preflight/complete-report';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { recordFigure } from './figures';

/*
 * Hostile inputs with time and memory bounds (#15, part 4): each is refused, or read,
 * well inside the bound; the bounds guard against hangs and blow-ups (minutes, gigabytes),
 * they are no performance figures (those are in npm run bench).
 */

const SECONDS = 30;
/** For an input the reader accepts (the bound); a refused one may have cost more before it was refused. */
const HEAP_MB = 300;
const HEAP_MB_REFUSED = 600;

function withBody(base: Uint8Array, paragraphs: string): Uint8Array {
  const files = unzipSync(base);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  files['word/document.xml'] = strToU8(xml.replace('<w:body>', `<w:body>${paragraphs}`));
  return zipSync(files);
}

/** A zip whose zip64 end record claims 4,294,967,295 entries with the directory past the end of the file. */
function zip64Bomb(): Uint8Array {
  const small = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
  const eocd = small.length - 22;
  const head = small.slice(0, eocd);
  const record = new Uint8Array(56);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06064b50, true);
  view.setBigUint64(4, 44n, true);
  view.setBigUint64(24, 0xffffffffn, true);
  view.setBigUint64(32, 0xffffffffn, true);
  view.setBigUint64(40, 0xffffffffn * 46n, true);
  view.setBigUint64(48, BigInt(head.length), true);
  const locator = new Uint8Array(20);
  const lv = new DataView(locator.buffer);
  lv.setUint32(0, 0x07064b50, true);
  lv.setBigUint64(8, BigInt(head.length), true);
  lv.setUint32(16, 1, true);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 0xffff, true);
  ev.setUint16(10, 0xffff, true);
  ev.setUint32(12, 0xffffffff, true);
  ev.setUint32(16, 0xffffffff, true);
  return new Uint8Array([...head, ...record, ...locator, ...end]);
}

describe('hostile inputs within time and memory (reliability)', () => {
  it('refuses or reads every crafted document quickly and without a blow-up', { timeout: 300_000 }, async () => {
    const base = await handWrittenDocx(template, {
      questionStyle: 'bold',
      boxStyle: 'text',
      answers: { '1.1': 'Svar.' },
    });
    const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const cases: [string, () => Uint8Array, 'refused' | 'read'][] = [
      ['zip64-post som påstår 4 294 967 295 poster', zip64Bomb, 'refused'],
      [
        '100 000 stycken',
        () => withBody(base, Array.from({ length: 100_000 }, (_, i) => para(`Stycke ${i} med några ord i.`)).join('')),
        'refused',
      ],
      [
        'ett stycke på 10 MB (tät text, inte bara packningsgrad)',
        () => withBody(base, para(Array.from({ length: 1_100_000 }, (_, i) => `o${(i * 7919) % 1_000_003}`).join(' '))),
        'refused',
      ],
      [
        '15 000 stycken (tas emot)',
        () =>
          withBody(
            base,
            Array.from({ length: 15_000 }, (_, i) =>
              para(`Stycke ${i} om regionens arbete med kompetensförsörjning.`),
            ).join(''),
          ),
        'read',
      ],
    ];
    const details: string[] = [];
    let broke = 0;
    for (const [name, make, expected] of cases) {
      const bytes = make();
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const start = performance.now();
      let outcome: 'refused' | 'read';
      try {
        importDocxReport(bytes, 'fientlig.docx', template, () => 'bild-000001');
        outcome = 'read';
      } catch (error) {
        if (!(error instanceof DocxImportError)) throw error;
        expect(error.message).toMatch(/^fientlig\.docx: /);
        outcome = 'refused';
      }
      const seconds = (performance.now() - start) / 1000;
      const heapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      details.push(
        `${name}: ${outcome === 'refused' ? 'avvisad' : 'läst'} på ${seconds.toFixed(2)} s, +${heapMb.toFixed(0)} MB heap`,
      );
      const heapBound = outcome === 'read' ? HEAP_MB : HEAP_MB_REFUSED;
      if (outcome !== expected || seconds > SECONDS || heapMb > heapBound) broke++;
      expect(outcome, name).toBe(expected);
      expect(seconds, name).toBeLessThan(SECONDS);
      expect(heapMb, name).toBeLessThan(heapBound);
    }
    console.log(details.join('\n'));
    recordFigure({
      id: 'hostile-limits',
      what: `fientliga Word-filer inom tid och minne (högst ${SECONDS} s; ${HEAP_MB} MB för det som läses)`,
      tries: cases.length,
      broke,
      detail: details.join('; '),
    });
  });
});
