import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocxReport } from '../../../shared/docx/import/read-report';
import { imageProblem, sniffImageType } from '../../../shared/report/image-check';
import { barChartPng } from '../../bench/png';
import { template } from '../preflight/complete-report';
import { handWrittenDocx } from '../docx/import/word-builder';

/*
 * Images are checked by their bytes (#15, part 3): an "image/png" that is really HTML is
 * no image, wherever it comes from; a Word report's bad or oversized image is left out
 * with a word in the summary and no reference to it stays.
 */

const html = strToU8('<html><script>alert(1)</script></html>');

describe('image bytes', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['PNG', barChartPng([1, 2]), 'image/png'],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['GIF', strToU8('GIF89a....'), 'image/gif'],
    ['WebP', strToU8('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image/webp'],
    ['HTML', html, null],
    ['SVG', strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
  ])('%s is recognised by its signature', (_name, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });

  it.each<[string, string, Uint8Array, RegExp | null]>([
    ['a real PNG', 'image/png', barChartPng([1, 2]), null],
    ['HTML called image/png', 'image/png', html, /diagram\.png: filen är ingen bild/],
    ['a PNG called image/jpeg', 'image/jpeg', barChartPng([1, 2]), /sägs vara image\/jpeg men är image\/png/],
    ['an SVG', 'image/svg+xml', strToU8('<svg/>'), /bildformatet stöds inte/],
    ['more than 10 MB', 'image/png', new Uint8Array(10 * 1024 * 1024 + 1), /större än 10 MB/],
  ])('%s', (_name, type, bytes, problem) => {
    const found = imageProblem('diagram.png', type, bytes);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('a Word report whose picture is really HTML imports without it, says so, and leaves no reference', async () => {
    const docx = unzipSync(
      await handWrittenDocx(template, { questionStyle: 'bold', boxStyle: 'text', answers: { '1.1': 'Svar.' } }),
    );
    for (const name of Object.keys(docx)) if (name.startsWith('word/media/')) docx[name] = html;
    const result = importDocxReport(zipSync(docx), 'rapport.docx', template, () => 'bild-0001');
    expect(result.droppedImages).toHaveLength(1);
    expect(result.droppedImages[0]).toMatch(/filen är ingen bild/);
    expect(result.images).toEqual([]);
    expect(JSON.stringify(result.answers)).not.toContain('"type":"image"');
  });
});
