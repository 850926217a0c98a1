import template2025 from '../../assets/templates/resultatredovisning-2025.json' with { type: 'json' };
import type { BackupContents } from '../../shared/files/backup-format';
import type { RichText, SerializedBlock } from '../../shared/report/content-schema';
import { createReport } from '../../shared/report/new-report';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { parseTemplate } from '../../shared/template/parse-template';
import { heading, list, paragraph, richText, testDeps, text } from '../shared/fixtures';
import { barChartPng } from './png';

/*
 * A report the size of a real one (reference: about 64,000 characters in 30 answers),
 * with paragraphs, bold and italic spans, bulleted lists where real reports have them,
 * two department sub-headings in 4.4, basis sentences in the effect answers and a bar
 * chart in 5.1a. Deterministic: the same seed gives the same report.
 */

const WORDS = (
  'regionala utvecklingsstrategin kompetensförsörjning samverkan kommunerna länet näringslivet hållbarhet ' +
  'insatser projekt finansiering uppföljning utvärdering digitalisering bredband transportsystemet ' +
  'landsbygden innovation företagande arbetsmarknaden utbildning folkhälsa jämställdhet integration ' +
  'klimatomställning kollektivtrafiken analys programmet strukturfonderna målen resultat genomförts ' +
  'under året har vi tillsammans med aktörer arbetat för att stärka utveckla bidra öka möjligheter'
).split(' ');

function sentenceMaker(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return (words: number) => {
    const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
}

/** Builds the answers' content: about `targetChars` characters over the template's 30 fields. */
export function fullSizeContents(targetChars = 53_500, seed = 7): Map<string, RichText> {
  const template = parseTemplate(template2025, 'mall');
  const fields = listAnswerFields(template);
  const sentence = sentenceMaker(seed);
  const perAnswer = Math.floor(targetChars / fields.length);
  const contents = new Map<string, RichText>();
  for (const field of fields) {
    const blocks: SerializedBlock[] = [];
    let chars = 0;
    const add = (block: SerializedBlock, length: number) => {
      blocks.push(block);
      chars += length;
    };
    if (field.id === '4.4') add(heading('Prestationer – Digital kommunikation'), 35);
    while (chars < perAnswer) {
      const first = sentence(12);
      const rest = `${sentence(14)} ${sentence(10)} ${sentence(16)}`;
      add(
        paragraph(text(`${first} `), text('Projektet Kompetenslyftet', 2), text(` ${rest}`)),
        first.length + rest.length + 27,
      );
      if (field.id === '4.4' && blocks.length === 4) add(heading('Prestationer – Transportsystemet'), 32);
      if (['3.3', '3.4', '4.1', '5.1a'].includes(field.id) && blocks.length === 2) {
        const items = [sentence(8), sentence(9), sentence(7)];
        add(list('bullet', ...items), items.join('').length);
      }
    }
    if (field.kind === 'effect') add(paragraph(text('Resultatet baseras på uppföljning och egen bedömning.', 1)), 52);
    contents.set(field.id, richText(...blocks));
  }
  return contents;
}

/** How much bigger than a real report: `scale` times the text, and `images` pictures of `imageBytes` each (one per answer, from 5.1a on). */
export interface ReportSize {
  scale?: number;
  images?: number;
  imageBytes?: number;
}

/** A whole workspace holding one full-size report (or a bigger one), ready for a backup file. */
export function fullSizeWorkspace(size: ReportSize = {}): BackupContents {
  const template = parseTemplate(template2025, 'mall');
  const deps = testDeps();
  const { report, answers } = createReport(
    template,
    {
      year: 2025,
      organisation: 'Region Västmanland',
      header: { forvaltning: 'Regionala utvecklingsförvaltningen', datum: '2026-01-21', vartDnr: 'RUF 2025/123' },
    },
    deps,
  );
  const contents = fullSizeContents(53_500 * (size.scale ?? 1));
  const chart = barChartPng([12, 18, 9, 22, 15, 27]);
  // A picture padded to the size of a pasted screenshot (bytes after a PNG's end are ignored when it is shown).
  const png = new Uint8Array(Math.max(chart.byteLength, size.imageBytes ?? 0));
  png.set(chart);
  const imageCount = size.images ?? 1;
  const withImage = answers.map((a) => a.questionId).slice(answers.findIndex((a) => a.questionId === '5.1a'));
  const imageIds = new Map(
    [...withImage, ...answers.map((a) => a.questionId)]
      .slice(0, imageCount)
      .map((id, i) => [id, `bild-diagram-${String(i + 1).padStart(4, '0')}`]),
  );
  for (const answer of answers) {
    answer.content = contents.get(answer.questionId)!;
    if (answer.questionId === '5.1a') answer.choice = 'ja';
    const imageId = imageIds.get(answer.questionId);
    if (imageId) {
      answer.content.root.children.splice(
        1,
        0,
        paragraph({
          type: 'image',
          version: 1,
          imageId,
          altText: 'Beviljade projekt per år',
          width: null,
          height: null,
        }),
      );
    }
    if (answer.questionId.endsWith('.5') || answer.questionId === '2.7')
      answer.basis = ['uppföljning', 'egen bedömning'];
  }
  return {
    reports: [report],
    answers,
    snapshots: [],
    comments: [],
    departments: [],
    assignments: [],
    contributions: [],
    importLog: [],
    workspaces: [],
    mergeRecords: [],
    images: [...imageIds.values()].map((id) => ({
      id,
      reportId: report.id,
      mimeType: 'image/png',
      name: 'diagram.png',
      size: png.byteLength,
      createdAt: report.createdAt,
      bytes: png,
    })),
  };
}

/** How many full-size reports a workspace backup holds in the backup benches. */
export const REPORTS = 10;

/** Ten full-size reports, each with its chart padded to 500 kB (a pasted screenshot's size), as one workspace. */
export function tenReportWorkspace(): BackupContents {
  const one = fullSizeWorkspace({ imageBytes: 500 * 1024 });
  const out: BackupContents = { ...one, reports: [], answers: [], images: [], departments: [], assignments: [] };
  for (let n = 0; n < REPORTS; n++) {
    const suffix = String(n).padStart(4, '0');
    const id = `${one.reports[0]!.id.slice(0, -4)}${suffix}`;
    out.reports.push({ ...one.reports[0]!, id, title: `${one.reports[0]!.title} ${n + 1}` });
    out.answers.push(...one.answers.map((a) => ({ ...a, reportId: id })));
    out.images.push(...one.images.map((i) => ({ ...i, id: `${i.id.slice(0, -4)}${suffix}`, reportId: id })));
  }
  // Every answer refers to its own report's image.
  out.answers = out.answers.map((a) => ({
    ...a,
    content: JSON.parse(
      JSON.stringify(a.content).replace(/"bild-diagram-0001"/g, `"bild-diagram-${a.reportId.slice(-4)}"`),
    ),
  }));
  return out;
}
