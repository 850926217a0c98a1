import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopPosition,
  TabStopType,
  TextRun,
  type IStylesOptions,
} from 'docx';

/*
 * The look of the report as a Swedish official document, defined once as named styles
 * (so a registrar's Word shows "Fråga", "Rubrik 1", "Fotnotstext" and not direct
 * formatting): Arial 11 pt body with 6 pt after and line spacing 1.15, section headings
 * 14 pt with 12 pt before and 6 pt after, questions bold 11 pt with 12 pt before, the
 * title 17 pt, footnotes 9 pt, headings in one colour (black unless set). The running
 * header on pages 2 onward names the organisation, the title and "Vårt dnr"; every page
 * has "n (N)" at the foot.
 */

// Arial: on every Windows and Mac, and LibreOffice lays it out with the metric-compatible Liberation Sans.
export const FONT = 'Arial';
/** Sizes in half-points, spacing in twentieths of a point. */
const PT = (points: number) => points * 2;
const SPACE = (points: number) => points * 20;

/** Style ids of the app's own paragraph styles. */
export const STYLE = {
  organisation: 'Organisation',
  question: 'Fraga',
  instruction: 'Instruktion',
  headerLabel: 'Rubrikfalt',
  tableText: 'Tabelltext',
  tableHeader: 'Tabellrubrik',
  signature: 'Underskrift',
  electronic: 'ElektroniskSignatur',
  runningHeader: 'Sidhuvudtext',
} as const;

/** The document's named styles; `headingColor` is a hex colour without '#'. */
export function documentStyles(headingColor = '000000'): IStylesOptions {
  const heading = { font: FONT, bold: true, color: headingColor };
  return {
    default: {
      document: {
        run: { font: FONT, size: PT(11), language: { value: 'sv-SE' } },
        paragraph: { spacing: { after: SPACE(6), line: 276 } },
      },
      title: { run: { ...heading, size: PT(17) }, paragraph: { spacing: { before: SPACE(24), after: SPACE(12) } } },
      heading1: {
        run: { ...heading, size: PT(14) },
        paragraph: { spacing: { before: SPACE(12), after: SPACE(6) }, keepNext: true },
      },
      heading3: {
        run: { ...heading, size: PT(12) },
        paragraph: { spacing: { before: SPACE(10), after: SPACE(4) }, keepNext: true },
      },
      heading4: {
        run: { ...heading, size: PT(11), italics: false },
        paragraph: { spacing: { before: SPACE(8), after: SPACE(3) }, keepNext: true },
      },
      footnoteText: { run: { size: PT(9) }, paragraph: { spacing: { after: SPACE(2), line: 240 } } },
      listParagraph: { paragraph: { spacing: { after: SPACE(3) } } },
    },
    paragraphStyles: [
      {
        id: STYLE.organisation,
        name: 'Organisation',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: PT(14) },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.question,
        name: 'Fråga',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: PT(11) },
        paragraph: { spacing: { before: SPACE(12), after: SPACE(6) }, keepNext: true },
      },
      {
        id: STYLE.instruction,
        name: 'Instruktion',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.headerLabel,
        name: 'Rubrikfält',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { after: 0 } },
      },
      { id: STYLE.tableText, name: 'Tabelltext', basedOn: 'Normal', paragraph: { spacing: { after: 0, line: 240 } } },
      {
        id: STYLE.tableHeader,
        name: 'Tabellrubrik',
        basedOn: STYLE.tableText,
        run: { bold: true },
        paragraph: { spacing: { after: 0, line: 240 } },
      },
      {
        id: STYLE.signature,
        name: 'Underskrift',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 0 }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.electronic,
        name: 'Elektronisk signatur',
        basedOn: 'Normal',
        run: { size: PT(8) },
        paragraph: { spacing: { before: SPACE(18), after: 0 } },
      },
      {
        id: STYLE.runningHeader,
        name: 'Sidhuvudtext',
        basedOn: 'Normal',
        run: { size: PT(8) },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

const draftMark = () =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text: 'UTKAST', bold: true, size: PT(14) })],
  });

/**
 * The page headers: page 1 has none (the document opens with the organisation and the
 * header table) beyond UTKAST on a draft; pages 2 onward name the organisation, the
 * title and "Vårt dnr", and UTKAST on a draft.
 */
export function pageHeaders(
  running: { organisation: string; title: string; caseNumber: string },
  draft: boolean,
): { first: Header; default: Header } {
  const line = new Paragraph({
    style: STYLE.runningHeader,
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
    children: [
      new TextRun(`${running.organisation} · ${running.title}`),
      ...(running.caseNumber ? [new TextRun({ children: [new Tab(), `Vårt dnr ${running.caseNumber}`] })] : []),
    ],
  });
  return {
    first: new Header({
      children: draft ? [draftMark()] : [new Paragraph({ style: STYLE.runningHeader, children: [] })],
    }),
    default: new Header({ children: draft ? [draftMark(), line] : [line] }),
  };
}

/** "n (N)" centred at the foot of every page. */
export function pageFooters(): { first: Footer; default: Footer } {
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })],
        }),
      ],
    });
  return { first: footer(), default: footer() };
}
