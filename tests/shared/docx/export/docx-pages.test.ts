import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportDocx, type DocxInput } from '../../../../shared/docx/export/report-docx';
import { heading, list, paragraph, richText, table, text } from '../../fixtures';
import { completeReport } from '../../preflight/complete-report';
import { docxPageImages, officeMissing, readPgm, writePgm, type PageImage } from '../../../tools/office';
import { xmlParts } from './docx-parts';
import { barChartPng } from '../../../bench/png';
import { imageSize } from '../../../../shared/report/image-size';

/*
 * The signed document's layout, page by page: the .docx goes through LibreOffice to PDF,
 * pages 1 and 3 are drawn as grey images (pdftoppm) and compared with stored reference
 * images within a tolerance, so a change in styles, spacing, headers or tables shows as a
 * failing test with the share of pixels that moved. After an intended change of layout,
 * `UPDATE_PAGE_REFERENCES=1 npx vitest run tests/shared/docx/export/docx-pages.test.ts`
 * writes new references (look at them before committing: they are what the test holds).
 */

const DPI = 36;
const PAGES = [1, 3];
const REFERENCE_DIR = join(__dirname, 'reference-pages');
/** Pixels darker or lighter than the reference by more than this count as moved. */
const PIXEL_TOLERANCE = 64;
/** Share of moved pixels a page may have: font hinting and anti-aliasing, not a moved paragraph. */
const MOVED_SHARE = 0.01;

function signedReport(): DocxInput {
  const input = completeReport();
  input.answers.find((a) => a.questionId === '1.1')!.content = richText(
    paragraph(
      text(
        'Regionen har under året arbetat med kompetensförsörjning, infrastruktur och folkhälsa i samverkan med länets kommuner.',
      ),
    ),
    heading('Prestationer'),
    list('bullet', 'Första punkten i listan', 'Andra punkten'),
    table([
      ['Län', '2024', '2025'],
      ['Västmanland', '41 %', '44 %'],
    ]),
  );
  return {
    ...input,
    images: new Map(),
    mode: 'slutlig',
    signed: {
      name: 'Christer Alzén',
      title: 'Förvaltningsdirektör',
      at: '2026-01-21T10:15:00.000Z',
      fingerprint: 'ab'.repeat(32),
    },
  };
}

/** The share of pixels that differ by more than the tolerance. */
function movedShare(page: PageImage, reference: PageImage): number {
  let moved = 0;
  for (let i = 0; i < page.pixels.length; i++)
    if (Math.abs(page.pixels[i]! - reference.pixels[i]!) > PIXEL_TOLERANCE) moved++;
  return moved / page.pixels.length;
}

describe('the signed document as styled Word', () => {
  it('has named styles, a running header from page 2, page numbers, and the Elektroniskt signerad block', async () => {
    const parts = xmlParts(await buildReportDocx(signedReport()));
    const styles = parts.get('word/styles.xml')!;
    for (const name of ['Fråga', 'Organisation', 'Instruktion', 'Rubrikfält', 'Tabellrubrik', 'Elektronisk signatur'])
      expect(styles).toContain(`w:val="${name}"`);
    const document = parts.get('word/document.xml')!;
    expect(document).toContain('<w:pStyle w:val="Fraga"/>');
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(
      /Elektroniskt signerad.*Christer Alzén, Förvaltningsdirektör, 2026-01-21 kl\. 11:15\..*abab abab/s,
    );
    const headers = [...parts].filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml);
    expect(
      headers.some(
        (xml) =>
          xml.includes('Region Västmanland · Resultatredovisning av det regionala utvecklingsarbetet 2025') &&
          xml.includes('Vårt dnr RUF 2025/123'),
      ),
    ).toBe(true);
    expect(headers.join('')).not.toContain('UTKAST');
  });

  it.each([
    ['black by default', undefined, '000000'],
    ["the organisation's colour when set", '1F3864', '1F3864'],
  ])('writes the headings in one colour: %s', async (_name, headingColor, expected) => {
    const styles = xmlParts(await buildReportDocx({ ...signedReport(), ...(headingColor && { headingColor }) })).get(
      'word/styles.xml',
    )!;
    for (const id of ['Title', 'Heading1'])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}".*?<w:color w:val="${expected}"/>`, 's'));
  });

  it('puts the organisation logo at the top of page 1, scaled into its box with its proportions', async () => {
    const logo = barChartPng([5, 3, 8, 2]);
    const parts = xmlParts(await buildReportDocx({ ...signedReport(), logo: { bytes: logo, mimeType: 'image/png' } }));
    const document = parts.get('word/document.xml')!;
    const body = document.slice(document.indexOf('<w:body>'));
    expect(body.indexOf('<w:drawing>')).toBeGreaterThan(-1);
    expect(body.indexOf('<w:drawing>')).toBeLessThan(body.indexOf('Region Västmanland'));
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(body)!;
    const size = imageSize(logo)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(size.width / size.height, 1);
    expect(Number(cx)).toBeLessThanOrEqual(190 * 9525);
    expect(Number(cy)).toBeLessThanOrEqual(76 * 9525);
  });

  it('an unsigned export says UTKAST on every page and has no signature block of its own', async () => {
    const parts = xmlParts(await buildReportDocx({ ...signedReport(), mode: 'utkast' }));
    const headers = [...parts].filter(([name]) => name.startsWith('word/header')).map(([, xml]) => xml);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(headers.every((xml) => xml.includes('UTKAST'))).toBe(true);
    expect(parts.get('word/document.xml')).not.toContain('Elektroniskt signerad');
  });
});

const missing = officeMissing();

describe.skipIf(missing !== null)(
  `the signed document's pages against reference images${missing ? ` (hoppas över: ${missing})` : ''}`,
  () => {
    it(
      `pages ${PAGES.join(' and ')} match their references (≤ ${MOVED_SHARE * 100} % of pixels moved)`,
      { timeout: 180_000 },
      async () => {
        const images = docxPageImages(await buildReportDocx(signedReport()), PAGES, DPI);
        expect(images, 'LibreOffice kunde inte göra PDF av dokumentet').not.toBeNull();
        if (process.env.UPDATE_PAGE_REFERENCES) {
          mkdirSync(REFERENCE_DIR, { recursive: true });
          for (const [page, image] of images!) writeFileSync(join(REFERENCE_DIR, `sida-${page}.pgm`), writePgm(image));
          console.log(`Nya referensbilder skrivna i ${REFERENCE_DIR}`);
        }
        for (const page of PAGES) {
          const path = join(REFERENCE_DIR, `sida-${page}.pgm`);
          expect(existsSync(path), `referensbilden ${path} saknas (UPDATE_PAGE_REFERENCES=1 skriver den)`).toBe(true);
          const reference = readPgm(new Uint8Array(readFileSync(path)));
          const image = images!.get(page)!;
          expect([image.width, image.height], `sida ${page}: storleken`).toEqual([reference.width, reference.height]);
          expect(movedShare(image, reference), `sida ${page}: andel pixlar som flyttat`).toBeLessThanOrEqual(
            MOVED_SHARE,
          );
        }
      },
    );

    it('notices a moved paragraph: a page with other content fails the comparison', { timeout: 180_000 }, async () => {
      const changed = signedReport();
      changed.answers.find((a) => a.questionId === '1.1')!.content = richText(paragraph(text('En helt annan text.')));
      const images = docxPageImages(await buildReportDocx(changed), [1], DPI);
      const reference = readPgm(new Uint8Array(readFileSync(join(REFERENCE_DIR, 'sida-1.pgm'))));
      expect(movedShare(images!.get(1)!, reference)).toBeGreaterThan(MOVED_SHARE);
    });
  },
);
