import { describe, expect, it } from 'vitest';
import { buildAssignmentFile, buildContributionFile } from '../../../shared/files/build-files';
import { encodeExchangeFile, sealFile, type ContributionFile } from '../../../shared/files/exchange-files';
import {
  importContributionFiles,
  listContributions,
  listContributionsInUse,
  listImportLog,
} from '../../../renderer/db/contributions-repo';
import { listDepartments, saveAssignment } from '../../../renderer/db/departments-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import type { WorkbenchDb } from '../../../renderer/db/schema';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

async function setup() {
  const db = freshDb();
  const deps = testDeps();
  const report = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, deps);
  const departments = await listDepartments(db, report.id);
  const folkhalsa = departments.find((d) => d.name === 'Folkhälsa')!;
  const assignment = await saveAssignment(
    db,
    report.id,
    folkhalsa.id,
    { questionIds: ['1.1', '2.3'], deadline: '2026-01-10' },
    deps,
  );
  const assignmentFile = await buildAssignmentFile({
    report,
    template,
    department: folkhalsa,
    assignment,
    coordinatorName: 'Anna',
    answers: await listAnswers(db, report.id),
    includeStartingPoints: false,
    now: deps.now(),
  });
  const contribution = (revision: number, body = 'Folkhälsans svar.') =>
    buildContributionFile({
      assignment: assignmentFile,
      answers: assignmentFile.questions.map((q) => ({
        reportId: 'arbetsyta-01',
        questionId: q.id,
        content: richText(paragraph(text(`${body} (${q.id})`))),
        choice: null,
        basis: [],
        status: 'klar',
        updatedAt: '2026-01-05T10:00:00.000Z',
      })),
      author: 'Eva Ek',
      revision,
      now: deps.now(),
      newId: deps.newId,
    });
  return { db, deps, report, folkhalsa, departments, contribution };
}

async function dump(db: WorkbenchDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

const bytes = (file: unknown) => (file instanceof Uint8Array ? file : encodeExchangeFile(file as ContributionFile));
const reseal = (file: ContributionFile, change: Partial<ContributionFile>) => {
  const { sha256: _old, ...rest } = { ...file, ...change };
  return sealFile(rest);
};

describe('importContributionFiles', () => {
  it('imports a valid contribution, keeps it unchanged and logs it', async () => {
    const { db, deps, report, contribution } = await setup();
    const file = await contribution(1);
    const [result] = await importContributionFiles(db, [{ name: 'folkhalsa-1.rvbidrag', bytes: bytes(file) }], deps);
    expect(result).toEqual({
      fileName: 'folkhalsa-1.rvbidrag',
      outcome: 'imported',
      department: 'Folkhälsa',
      revision: 1,
      report: { id: report.id, title: 'Region Västmanland 2025' },
    });
    const [stored] = await listContributions(db, report.id);
    expect(stored!.answers).toEqual(file.answers);
    expect(stored!.sha256).toBe(file.sha256);
    expect(await listImportLog(db, report.id)).toMatchObject([
      { fileName: 'folkhalsa-1.rvbidrag', revision: 1, result: 'importerad', sha256: file.sha256 },
    ]);
  });

  type Case = [string, (s: Awaited<ReturnType<typeof setup>>) => Promise<unknown>, string, RegExp];
  const cases: Case[] = [
    ['truncated JSON', async (s) => bytes(await s.contribution(1)).slice(0, 200), 'not-json', /inte giltig JSON/],
    [
      'random bytes',
      async () => new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 7919 + 13) % 256)),
      'not-text',
      /inte text/,
    ],
    [
      'a valid file with one byte changed',
      async (s) => {
        const b = bytes(await s.contribution(1));
        const at = Buffer.from(b).indexOf('Folkhälsans svar');
        b[at] = 'G'.charCodeAt(0);
        return b;
      },
      'checksum',
      /kontrollsumman stämmer inte/,
    ],
    [
      'a wrong format version',
      async (s) => ({ ...(await s.contribution(1)), formatVersion: 3 }),
      'format-version',
      /formatversion 3 stöds inte/,
    ],
    [
      'another report’s identity',
      async (s) => {
        const f = await s.contribution(1);
        return reseal(f, { report: { ...f.report, reportId: 'annan-rapport-123' } });
      },
      'unknown-report',
      /en annan rapport/,
    ],
    [
      'an unknown department',
      async (s) => reseal(await s.contribution(1), { department: { id: 'okand-avdelning', name: 'Kultur' } }),
      'unknown-department',
      /”Kultur” finns inte/,
    ],
    [
      'an unassigned question',
      async (s) => {
        const f = await s.contribution(1);
        return reseal(f, { answers: [...f.answers, { ...f.answers[0]!, questionId: '3.1' }] });
      },
      'unassigned-question',
      /har inte fått frågan 3\.1/,
    ],
    ['a file over the size limit', async () => new Uint8Array(50 * 1024 * 1024 + 1).fill(32), 'too-large', /för stor/],
    [
      'a string of 10 MB inside a field',
      async (s) => reseal(await s.contribution(1), { author: 'x'.repeat(10 * 1024 * 1024) }),
      'invalid',
      /bidragsfilen är ogiltig: author/,
    ],
    [
      'another kind of file',
      async () => ({ format: 'rapportverkstad-backup', formatVersion: 1 }),
      'wrong-format',
      /ingen bidragsfil/,
    ],
  ];

  it.each(cases)(
    'refuses %s with its own message and leaves the database unchanged',
    async (_name, make, code, message) => {
      const s = await setup();
      const before = await dump(s.db);
      const [result] = await importContributionFiles(
        s.db,
        [{ name: 'bidrag.rvbidrag', bytes: bytes(await make(s)) }],
        s.deps,
      );
      expect(result).toMatchObject({ outcome: 'refused', code });
      expect(result!.outcome === 'refused' && result!.message).toMatch(/^bidrag\.rvbidrag: /);
      expect(result!.outcome === 'refused' && result!.message).toMatch(message);
      expect(await dump(s.db)).toBe(before);
    },
  );

  it('reports the same revision again as already imported, and refuses an older or equal one with other content', async () => {
    const s = await setup();
    const first = await s.contribution(1);
    await importContributionFiles(s.db, [{ name: 'r1.rvbidrag', bytes: bytes(first) }], s.deps);
    const before = await dump(s.db);
    const [again] = await importContributionFiles(s.db, [{ name: 'r1-kopia.rvbidrag', bytes: bytes(first) }], s.deps);
    expect(again).toMatchObject({ outcome: 'already-imported', revision: 1 });
    const [clash] = await importContributionFiles(
      s.db,
      [{ name: 'r1-annan.rvbidrag', bytes: bytes(await s.contribution(1, 'Annan text.')) }],
      s.deps,
    );
    expect(clash).toMatchObject({ outcome: 'refused', code: 'old-revision' });
    expect(await dump(s.db)).toBe(before);
    const [second] = await importContributionFiles(
      s.db,
      [{ name: 'r2.rvbidrag', bytes: bytes(await s.contribution(2, 'Ny text.')) }],
      s.deps,
    );
    expect(second).toMatchObject({ outcome: 'imported', revision: 2 });
    expect((await listContributions(s.db, s.report.id)).map((c) => c.revision)).toEqual([1, 2]);
  });

  it('stores HTML with a script element in a text node as inert text', async () => {
    const s = await setup();
    const payload = '<script>window.__pwned = true</script><img src=x onerror="alert(1)">';
    const [result] = await importContributionFiles(
      s.db,
      [{ name: 'html.rvbidrag', bytes: bytes(await s.contribution(1, payload)) }],
      s.deps,
    );
    expect(result).toMatchObject({ outcome: 'imported' });
    const [stored] = await listContributions(s.db, s.report.id);
    const node = stored!.answers[0]!.content.root.children[0]!;
    expect(node.type === 'paragraph' && node.children[0]!.type === 'text' && node.children[0]!.text).toBe(
      `${payload} (1.1)`,
    );
  });
});

describe('contributions go to the report they belong to (#14, defect 2)', () => {
  it('in another report’s Bidrag tab a file is refused, names its report and offers it; nothing is written', async () => {
    const { db, deps, report, contribution } = await setup();
    const other = await addReport(db, template, { year: 2024, organisation: 'Region Dalarna', header: {} }, deps);
    const before = await dump(db);
    const [result] = await importContributionFiles(
      db,
      [{ name: 'folkhalsa-1.rvbidrag', bytes: bytes(await contribution(1)) }],
      deps,
      other.id,
    );
    expect(result).toMatchObject({
      outcome: 'refused',
      code: 'other-report',
      belongsTo: { id: report.id, title: 'Region Västmanland 2025' },
    });
    expect(result && 'message' in result && result.message).toMatch(
      /^folkhalsa-1\.rvbidrag: bidraget hör till ”.*” \(Region Västmanland 2025\), inte till den öppna rapporten \(Region Dalarna 2024\)/,
    );
    expect(await dump(db)).toBe(before);
  });

  it('from the home screen or the inbox a file goes to the report it names, and says which', async () => {
    const { db, deps, report, contribution } = await setup();
    await addReport(db, template, { year: 2024, organisation: 'Region Dalarna', header: {} }, deps);
    const [result] = await importContributionFiles(
      db,
      [{ name: 'folkhalsa-1.rvbidrag', bytes: bytes(await contribution(1)) }],
      deps,
    );
    expect(result).toMatchObject({ outcome: 'imported', report: { id: report.id, title: 'Region Västmanland 2025' } });
    expect(await listContributions(db, report.id)).toHaveLength(1);
  });

  it('a signed report accepts no contribution', async () => {
    const { db, deps, report, contribution } = await setup();
    await db.reports.update(report.id, { status: 'signerad' });
    const before = await dump(db);
    const [result] = await importContributionFiles(
      db,
      [{ name: 'folkhalsa-1.rvbidrag', bytes: bytes(await contribution(1)) }],
      deps,
      report.id,
    );
    expect(result).toMatchObject({ outcome: 'refused', code: 'signed' });
    expect(result && 'message' in result && result.message).toMatch(/är signerad och tar inte emot bidrag/);
    expect(await dump(db)).toBe(before);
  });
});

describe('an import of many files, followed and stopped', () => {
  it('says how far it has come before each file, and a stop leaves the files not begun out, whole', async () => {
    const { db, deps, report, contribution } = await setup();
    const files = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => ({ name: `folkhalsa-v${n}.rvbidrag`, bytes: bytes(await contribution(n)) })),
    );
    const abort = new AbortController();
    const seen: [number, number, string | null][] = [];
    const results = await importContributionFiles(db, files, deps, report.id, {
      signal: abort.signal,
      onProgress: (done, total, name) => {
        seen.push([done, total, name]);
        // The person stops while the third file is read.
        if (done === 2) abort.abort();
      },
    });
    expect(seen).toEqual([
      [0, 5, 'folkhalsa-v1.rvbidrag'],
      [1, 5, 'folkhalsa-v2.rvbidrag'],
      [2, 5, 'folkhalsa-v3.rvbidrag'],
      [5, 5, null],
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['imported', 'imported', 'imported', 'cancelled', 'cancelled']);
    expect((await listContributions(db, report.id)).map((c) => c.revision)).toEqual([1, 2, 3]);
    expect(await listImportLog(db, report.id)).toHaveLength(3);
    // The rest can be imported afterwards as usual.
    const rest = await importContributionFiles(db, files.slice(3), deps, report.id);
    expect(rest.map((r) => r.outcome)).toEqual(['imported', 'imported']);
  });
});

describe('the revisions a report screen holds', () => {
  const importRevisions = async (
    { db, deps, report, contribution }: Awaited<ReturnType<typeof setup>>,
    revisions: number[],
  ) => {
    const files = await Promise.all(
      revisions.map(async (n) => ({
        name: `folkhalsa-v${n}.rvbidrag`,
        bytes: bytes(await contribution(n, `Version ${n}.`)),
      })),
    );
    expect((await importContributionFiles(db, files, deps, report.id)).map((r) => r.outcome)).toEqual(
      revisions.map(() => 'imported'),
    );
  };

  it('shares the revisions read before and reads only the new ones', async () => {
    const ctx = await setup();
    await importRevisions(ctx, [1, 2]);
    const first = await listContributions(ctx.db, ctx.report.id);
    await importRevisions(ctx, [3]);
    const known = new Map(first.map((c) => [c.id, c]));
    const second = await listContributions(ctx.db, ctx.report.id, known);
    expect(second.map((c) => c.revision)).toEqual([1, 2, 3]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    // One known as not needed is left out unread.
    expect(
      (await listContributions(ctx.db, ctx.report.id, new Map([[first[0]!.id, null]]))).map((c) => c.revision),
    ).toEqual([2, 3]);
  });

  it('holds each department’s two newest revisions and remembers the older ones as not needed', async () => {
    const ctx = await setup();
    await importRevisions(ctx, [1, 2, 3]);
    const first = await listContributionsInUse(ctx.db, ctx.report.id, [], new Map());
    expect(first.contributions.map((c) => c.revision)).toEqual([2, 3]);
    expect([...first.known.values()].map((c) => c?.revision ?? null)).toEqual([null, 2, 3]);
    await importRevisions(ctx, [4]);
    const second = await listContributionsInUse(ctx.db, ctx.report.id, [], first.known);
    expect(second.contributions.map((c) => c.revision)).toEqual([3, 4]);
    expect(second.contributions[0]).toBe(first.contributions[1]);
    expect([...second.known.values()].filter((c) => c === null)).toHaveLength(2);
  });
});
