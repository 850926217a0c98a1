import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import template2025 from '../../assets/templates/resultatredovisning-2025.json';
import { buildReportDocx } from '../../shared/docx/export/report-docx';
import { importDocxReport } from '../../shared/docx/import/read-report';
import type {
  SerializedBlock,
  SerializedInline,
  SerializedList,
  SerializedListItem,
} from '../../shared/report/content-schema';
import { listAnswerFields } from '../../shared/template/answer-fields';
import { parseTemplate } from '../../shared/template/parse-template';
import { fullSizeWorkspace } from './full-report';
import { median, p95, type Figure } from './stats';

/*
 * The final-document issue's figure: the full-size report exported to .docx by the app
 * (build + write the file), against pandoc converting the same content from Markdown
 * to .docx (footnotes, lists, the image), runs interleaved in the same process.
 */

const RUNS = 9;
const template = parseTemplate(template2025, 'mall');

function inlineMarkdown(children: readonly (SerializedInline | SerializedList)[], imagePath: string): string {
  return children
    .map((c) => {
      if (c.type === 'text') return c.format & 1 ? `**${c.text}**` : c.format & 2 ? `*${c.text}*` : c.text;
      if (c.type === 'linebreak') return '\\\n';
      if (c.type === 'image') return `![${c.altText}](${imagePath})`;
      if (c.type === 'link') return `[${inlineMarkdown(c.children, imagePath)}](${c.url})`;
      return '';
    })
    .join('');
}

function blockMarkdown(block: SerializedBlock, imagePath: string): string {
  if (block.type === 'heading') return `#### ${inlineMarkdown(block.children, imagePath)}`;
  if (block.type === 'list')
    return (block.children as SerializedListItem[])
      .map((item) => `- ${inlineMarkdown(item.children, imagePath)}`)
      .join('\n');
  if (block.type === 'paragraph') return inlineMarkdown(block.children, imagePath);
  return '';
}

/** The same report as Markdown, footnotes and all. */
function reportMarkdown(workspace: ReturnType<typeof fullSizeWorkspace>, imagePath: string): string {
  const report = workspace.reports[0]!;
  const answers = new Map(workspace.answers.map((a) => [a.questionId, a]));
  const lines = [
    `**${report.organisation}**`,
    '',
    '| | |',
    '|---|---|',
    ...template.header.map((h) => `| **${h.label}** | ${report.header[h.id] ?? ''} |`),
    '',
    `# ${report.title}`,
    '',
  ];
  const notes: string[] = [];
  let section = '';
  for (const field of listAnswerFields(template)) {
    if (field.sectionNumber !== section) {
      section = field.sectionNumber;
      lines.push(`## ${section}. ${template.sections.find((s) => s.number === section)!.title}`, '');
    }
    const note = field.footnote ? `[^${field.footnote.number}]` : '';
    if (field.footnote) notes.push(`[^${field.footnote.number}]: ${field.footnote.text}`);
    lines.push(`**${field.id} ${field.text}**${note}`, '');
    for (const block of answers.get(field.id)!.content.root.children) lines.push(blockMarkdown(block, imagePath), '');
  }
  return [...lines, ...notes, ''].join('\n');
}

/** Median and p95 of the app's export and of pandoc, in the same run. */
export async function docxBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rv-docx-bench-'));
  try {
    const workspace = fullSizeWorkspace();
    const imagePath = join(dir, 'diagram.png');
    writeFileSync(imagePath, workspace.images[0]!.bytes);
    writeFileSync(join(dir, 'rapport.md'), reportMarkdown(workspace, imagePath));
    const input = {
      template,
      report: workspace.reports[0]!,
      answers: workspace.answers,
      images: new Map(workspace.images.map((i) => [i.id, i])),
      mode: 'utkast' as const,
    };
    await buildReportDocx(input); // warm up the module, as an open app would be
    const app: number[] = [];
    const pandoc: number[] = [];
    const imports: number[] = [];
    const pandocReads: number[] = [];
    let n = 0;
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      const docx = await buildReportDocx(input);
      writeFileSync(join(dir, 'app.docx'), docx);
      app.push(performance.now() - start);
      start = performance.now();
      execFileSync(
        'pandoc',
        ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), join(dir, 'rapport.md')],
        { cwd: dir },
      );
      pandoc.push(performance.now() - start);
      start = performance.now();
      const read = importDocxReport(docx, 'app.docx', template, () => `bild-${String(++n).padStart(8, '0')}`);
      imports.push(performance.now() - start);
      if (read.found.length !== 30) throw new Error(`importen hittade ${read.found.length} frågor`);
      start = performance.now();
      execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '-o', join(dir, 'tillbaka.md'), join(dir, 'app.docx')], {
        cwd: dir,
      });
      pandocReads.push(performance.now() - start);
    }
    return [
      {
        name: 'import full-size .docx (issue 7), p95, bound < 2 s',
        app: p95(imports),
        comparator: p95(pandocReads),
        comparatorName: 'pandoc docx→markdown',
        bound: 2_000,
        absolute: true,
      },
      {
        name: 'import full-size .docx, median (vs pandoc docx→markdown)',
        app: median(imports),
        comparator: median(pandocReads),
        comparatorName: 'pandoc docx→markdown',
        bound: 2,
      },
      {
        name: 'export .docx, median (vs pandoc markdown→docx)',
        app: median(app),
        comparator: median(pandoc),
        comparatorName: 'pandoc',
        bound: 0.5,
      },
      {
        name: 'export .docx, p95 (vs pandoc markdown→docx)',
        app: p95(app),
        comparator: p95(pandoc),
        comparatorName: 'pandoc',
        bound: 0.5,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
