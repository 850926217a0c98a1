import { describe, expect, it } from 'vitest';
import { buildReportDocx, type DocxInput } from '../../../../shared/docx/export/report-docx';
import type { SerializedInline } from '../../../../shared/report/content-schema';
import type { CommentThread } from '../../../../shared/review/comment-schema';
import { paragraph, richText, text } from '../../fixtures';
import { completeReport, template } from '../../preflight/complete-report';
import { malformedParts, xmlParts } from './docx-parts';
import { docxThroughOffice, officeMissing } from '../../../tools/office';

/* The review copy carries open comments as Word comments; a final export never does. */

const thread = (id: string, questionId: string, change: Partial<CommentThread> = {}): CommentThread => ({
  id,
  questionId,
  author: { name: 'Anna Samordnare', departmentId: null },
  createdAt: '2026-03-01T09:00:00.000Z',
  text: `Kommentar ${id}`,
  anchor: null,
  replies: [],
  resolution: null,
  ...change,
});

function input(mode: DocxInput['mode'], reviewComments: CommentThread[]): DocxInput {
  const { report, answers } = completeReport();
  const marked = {
    type: 'mark',
    version: 1,
    ids: ['kommentar-text'],
    direction: null,
    format: '',
    indent: 0,
    children: [text('ökat antalet')],
  } as SerializedInline;
  answers.find((a) => a.questionId === '2.3')!.content = richText(
    paragraph(text('Vi har '), marked, text(' platser.')),
  );
  return { template, report, answers, images: new Map(), mode, reviewComments };
}

const threads = [
  thread('kommentar-text', '2.3', {
    anchor: { blockId: 'b1', quote: 'ökat antalet' },
    replies: [
      {
        id: 'svar-00001',
        author: { name: 'Eva Ek', departmentId: 'avd-000001' },
        createdAt: '2026-03-02T09:00:00.000Z',
        text: 'Från 120 till 160.',
      },
    ],
  }),
  thread('kommentar-fraga', '1.1'),
  thread('kommentar-lost', '1.2', { resolution: { resolved: true, by: 'Anna', at: '2026-03-03T09:00:00.000Z' } }),
];

describe('the review copy', () => {
  it('has the open comments as Word comments, on their words or on the question, with replies', async () => {
    const bytes = await buildReportDocx(input('utkast', threads));
    expect(malformedParts(bytes)).toEqual([]);
    const parts = xmlParts(bytes);
    const comments = parts.get('word/comments.xml')!;
    expect(comments).toContain('Kommentar kommentar-text');
    expect(comments).toContain('Från 120 till 160.');
    expect(comments).toContain('Kommentar kommentar-fraga');
    expect(comments).not.toContain('kommentar-lost');
    const document = parts.get('word/document.xml')!;
    expect(document.match(/<w:commentRangeStart /g)).toHaveLength(2);
    expect(document.match(/<w:commentReference /g)).toHaveLength(2);
    // The marked words sit inside their comment's range.
    expect(document).toMatch(/<w:commentRangeStart w:id="1"\/>.*ökat antalet.*<w:commentRangeEnd w:id="1"\/>/s);
  });

  it.each([
    ['a final export', 'slutlig' as const],
    ['a draft without comments', 'utkast' as const],
  ])('%s has none', async (_name, mode) => {
    const parts = xmlParts(await buildReportDocx(input(mode, mode === 'slutlig' ? threads : [])));
    expect(parts.get('word/comments.xml') ?? '').not.toContain('Kommentar');
    expect(parts.get('word/document.xml')).not.toContain('commentRangeStart');
    expect(parts.get('word/document.xml')).toContain('ökat antalet');
  });
});

const missing = officeMissing();

describe.skipIf(missing !== null)(
  `the review copy in LibreOffice${missing ? ` (hoppas över: ${missing})` : ''}`,
  () => {
    it(
      'opens with its comments and replies, which LibreOffice writes back to word/comments.xml',
      { timeout: 180_000 },
      async () => {
        const saved = docxThroughOffice(await buildReportDocx(input('utkast', threads)));
        expect(saved, 'LibreOffice kunde inte öppna granskningsversionen').not.toBeNull();
        const comments = xmlParts(saved!).get('word/comments.xml') ?? '';
        expect(comments).toContain('Kommentar kommentar-text');
        expect(comments).toContain('Från 120 till 160.');
        expect(comments).toContain('Anna Samordnare');
      },
    );
  },
);
