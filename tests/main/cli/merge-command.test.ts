import { describe, expect, it } from 'vitest';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import { runCli } from '../../../main/cli/cli';
import { buildAssignmentFile, buildContributionFile } from '../../../shared/files/build-files';
import { encodeExchangeFile } from '../../../shared/files/exchange-files';
import { buildReportFile, encodeReportFile, readReportFile, type ReportFile } from '../../../shared/files/report-file';
import { createReport } from '../../../shared/report/new-report';
import { blockLines } from '../../../shared/report/rich-text-plain';
import { parseTemplate } from '../../../shared/template/parse-template';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { fakeIo } from './fake-io';

const template = parseTemplate(template2025, 'mall');

async function setup() {
  const deps = testDeps();
  const { report, answers } = createReport(
    template,
    { year: 2025, organisation: 'Region Västmanland', header: {} },
    deps,
  );
  const departments = ['Digital infrastruktur', 'Infrastruktur'].map((name, i) => ({
    id: `avd-${i}-000000`,
    reportId: report.id,
    name,
    contactName: '',
    contactEmail: '',
    createdAt: report.createdAt,
  }));
  const assignments = departments.map((d) => ({
    reportId: report.id,
    departmentId: d.id,
    questionIds: ['4.4'],
    deadline: null,
    note: '',
    updatedAt: report.createdAt,
  }));
  const file = await buildReportFile({ report, answers, departments, assignments, contributions: [] }, deps.now());
  const contribution = async (index: number, revision: number, bodies: string[]) => {
    const assignment = await buildAssignmentFile({
      report,
      template,
      department: departments[index]!,
      assignment: assignments[index]!,
      coordinatorName: 'Anna',
      answers,
      includeStartingPoints: false,
      now: deps.now(),
    });
    const content = richText(
      ...bodies.map((body, i) => ({ ...paragraph(text(body)), $: { blockId: `d${index}-b${i}` } })),
    );
    return encodeExchangeFile(
      await buildContributionFile({
        assignment,
        answers: [
          {
            reportId: 'arbetsyta-1',
            questionId: '4.4',
            content,
            choice: null,
            basis: [],
            status: 'klar',
            updatedAt: report.createdAt,
          },
        ],
        author: 'Eva',
        revision,
        now: deps.now(),
        newId: deps.newId,
      }),
    );
  };
  return { file, contribution };
}

const answerLines = (file: ReportFile, id: string) =>
  file.answers
    .find((a) => a.questionId === id)!
    .content.root.children.flatMap((b) =>
      b.type === 'conflict'
        ? [`KONFLIKT ${b.mine ? blockLines(b.mine) : '–'} | ${b.theirs ? blockLines(b.theirs) : '–'}`]
        : blockLines(b),
    );

describe('rapportverkstad merge', () => {
  it('merges first revisions from two departments: exit 0, provenance in the output', async () => {
    const { file, contribution } = await setup();
    const { io, store, output } = fakeIo({
      'r.rvrapport': encodeReportFile(file),
      'di.rvbidrag': await contribution(0, 1, ['DI ett.', 'DI två.']),
      'in.rvbidrag': await contribution(1, 1, ['IN ett.']),
    });
    expect(await runCli(['merge', 'r.rvrapport', 'di.rvbidrag', 'in.rvbidrag', '--out', 'ny.rvrapport'], io)).toBe(0);
    const merged = await readReportFile(store.get('ny.rvrapport')!, 'ny.rvrapport');
    expect(answerLines(merged, '4.4')).toEqual(['DI ett.', 'DI två.', 'IN ett.']);
    expect(merged.contributions).toHaveLength(2);
    expect(merged.answers.find((a) => a.questionId === '4.4')!.content.root.children[0]!.$).toMatchObject({
      dept: 'avd-0-000000',
      rev: 1,
      src: 'd0-b0',
    });
    expect(output().out).toContain('di.rvbidrag: ”Digital infrastruktur”, version 1: sammanfogad');
    expect(store.get('r.rvrapport')).toEqual(encodeReportFile(file));
  });

  it('keeps a conflict in the output, lists it on stderr and exits 3', async () => {
    const { file, contribution } = await setup();
    const { io, store, output } = fakeIo({
      'r.rvrapport': encodeReportFile(file),
      'v1.rvbidrag': await contribution(0, 1, ['DI ett.']),
      'v2.rvbidrag': await contribution(0, 2, ['DI ett, nyare.']),
    });
    expect(await runCli(['merge', 'r.rvrapport', 'v1.rvbidrag', '--out', 'steg1.rvrapport'], io)).toBe(0);
    const step1 = await readReportFile(store.get('steg1.rvrapport')!, 'steg1.rvrapport');
    const answer = step1.answers.find((a) => a.questionId === '4.4')!;
    const block = answer.content.root.children[0]!;
    if (block.type !== 'paragraph') throw new Error('paragraph expected');
    const edited = {
      ...step1,
      answers: step1.answers.map((a) =>
        a === answer ? { ...a, content: richText({ ...block, children: [text('DI ett, samordnarens.')] }) } : a,
      ),
    };
    const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...records } = edited;
    store.set(
      'redigerad.rvrapport',
      encodeReportFile(await buildReportFile(records, new Date('2026-01-21T00:00:00Z'))),
    );
    expect(await runCli(['merge', 'redigerad.rvrapport', 'v2.rvbidrag', '--out', 'steg2.rvrapport'], io)).toBe(3);
    const step2 = await readReportFile(store.get('steg2.rvrapport')!, 'steg2.rvrapport');
    expect(answerLines(step2, '4.4')).toEqual(['KONFLIKT DI ett, samordnarens. | DI ett, nyare.']);
    expect(output().err).toContain('konflikt: fråga 4.4, ”Digital infrastruktur”');
  });

  it.each([
    [
      'a damaged contribution',
      async (c: Awaited<ReturnType<typeof setup>>['contribution']) => {
        const bytes = await c(0, 1, ['DI ett.']);
        bytes[Buffer.from(bytes).indexOf('DI ett')] = 'X'.charCodeAt(0);
        return bytes;
      },
      /kontrollsumman stämmer inte/,
    ],
    [
      'a file that is not a contribution',
      async () => new TextEncoder().encode('{"format":"annat"}'),
      /ingen bidragsfil/,
    ],
  ])('exits 2 on %s, names the file and writes nothing', async (_name, make, message) => {
    const { file, contribution } = await setup();
    const { io, store, output } = fakeIo({
      'r.rvrapport': encodeReportFile(file),
      'x.rvbidrag': await make(contribution),
    });
    expect(await runCli(['merge', 'r.rvrapport', 'x.rvbidrag', '--out', 'ny.rvrapport'], io)).toBe(2);
    expect(output().err).toMatch(/^x\.rvbidrag: /);
    expect(output().err).toMatch(message);
    expect(store.has('ny.rvrapport')).toBe(false);
  });

  it.each([
    [['merge', 'r.rvrapport', '--out', 'x']],
    [['merge', 'r.rvrapport', 'b.rvbidrag']],
    [['merge', 'r.rvrapport', 'b.rvbidrag', '--out', 'b.rvbidrag']],
  ])('exits 2 on incomplete arguments %j', async (args) => {
    const { io } = fakeIo();
    expect(await runCli(args, io)).toBe(2);
  });

  it('refuses a signed report with exit 2 and writes nothing', async () => {
    const { file, contribution } = await setup();
    const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...records } = file;
    const signed = await buildReportFile(
      { ...records, report: { ...records.report, status: 'signerad' } },
      new Date('2026-01-21T00:00:00Z'),
    );
    const { io, store, output } = fakeIo({
      's.rvrapport': encodeReportFile(signed),
      'di.rvbidrag': await contribution(0, 1, ['DI ett.']),
    });
    expect(await runCli(['merge', 's.rvrapport', 'di.rvbidrag', '--out', 'ny.rvrapport'], io)).toBe(2);
    expect(store.has('ny.rvrapport')).toBe(false);
    expect(output().err).toMatch(/är signerad: öppna den för ändringar/);
  });

  it('writes the merge records with the answers, so the next merge takes its base from them', async () => {
    const { file, contribution } = await setup();
    const { io, store } = fakeIo({
      'r.rvrapport': encodeReportFile(file),
      'v1.rvbidrag': await contribution(0, 1, ['DI ett.', 'DI två.']),
      'v2.rvbidrag': await contribution(0, 2, ['DI ett.', 'DI två.']),
    });
    expect(await runCli(['merge', 'r.rvrapport', 'v1.rvbidrag', '--out', 'steg1.rvrapport'], io)).toBe(0);
    const step1 = await readReportFile(store.get('steg1.rvrapport')!, 'steg1.rvrapport');
    expect(step1.mergeRecords?.map((r) => [r.questionId, r.departmentId, r.revision])).toEqual([
      ['4.4', 'avd-0-000000', 1],
    ]);
    // The coordinator removes every block of the department; an unchanged revision 2 must not bring them back.
    const { format: _f, formatVersion: _v, createdAt: _c, sha256: _s, ...records } = step1;
    const emptied = {
      ...records,
      answers: records.answers.map((a) => (a.questionId === '4.4' ? { ...a, content: richText(paragraph()) } : a)),
    };
    store.set('tom.rvrapport', encodeReportFile(await buildReportFile(emptied, new Date('2026-01-21T00:00:00Z'))));
    expect(await runCli(['merge', 'tom.rvrapport', 'v2.rvbidrag', '--out', 'steg2.rvrapport'], io)).toBe(0);
    const step2 = await readReportFile(store.get('steg2.rvrapport')!, 'steg2.rvrapport');
    expect(answerLines(step2, '4.4')).toEqual(['']);
  });
});
