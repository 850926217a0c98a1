import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../renderer/db/backup-repo';
import { importContributionFiles } from '../../renderer/db/contributions-repo';
import { listDepartments, saveAssignment } from '../../renderer/db/departments-repo';
import { exportReportFile, importReportFile } from '../../renderer/db/report-file-repo';
import { addReport, listAnswers } from '../../renderer/db/reports-repo';
import { DocxExportError } from '../../shared/docx/export/report-docx';
import { DocxImportError } from '../../shared/docx/import/import-error';
import { importDocxReport } from '../../shared/docx/import/read-report';
import { readTemplateDocx } from '../../shared/docx/import/read-template';
import { parseTemplate, TemplateError } from '../../shared/template/parse-template';
import { template2025Docx } from '../shared/docx/import/template-files';
import { buildAssignmentFile, buildContributionFile } from '../../shared/files/build-files';
import { encodeExchangeFile } from '../../shared/files/exchange-files';
import { encodeReportFile } from '../../shared/files/report-file';
import { FileFormatError, parseJsonFile } from '../../shared/files/json-file';
import { ManifestError, readManifest } from '../../shared/signing/manifest';
import { paragraph, richText, testDeps, text } from '../shared/fixtures';
import { handWrittenDocx } from '../shared/docx/import/word-builder';
import { freshDb, template } from '../renderer/db/test-db';
import { databaseHash } from './db-hash';
import { recordFigure, runs } from './figures';

/*
 * Item 2 of the reliability issue: generated and mutated contribution files, report
 * files, backups, signature files and .docx files (truncations, bit flips, splices of
 * valid files, values replaced by other types, huge strings and arrays, deep nesting,
 * prototype-pollution keys). Every file must be refused with a typed error and leave the
 * database exactly as it was; none may throw anything else or pollute Object.prototype.
 */

const TOTAL = runs(10_000, 600);
const seed = Number(process.env.FUZZ_SEED || Date.now() % 2_147_483_647);

async function workspace() {
  const db = freshDb();
  const deps = testDeps();
  const report = await addReport(db, template, { year: 2025, organisation: 'Region Västmanland', header: {} }, deps);
  const folkhalsa = (await listDepartments(db, report.id)).find((d) => d.name === 'Folkhälsa')!;
  const assignment = await saveAssignment(db, report.id, folkhalsa.id, { questionIds: ['1.1'] }, deps);
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
  const contribution = encodeExchangeFile(
    await buildContributionFile({
      assignment: assignmentFile,
      answers: [
        {
          reportId: 'arbetsyta-01',
          questionId: '1.1',
          content: richText(paragraph(text('Folkhälsans svar.'))),
          choice: null,
          basis: [],
          status: 'klar',
          updatedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
      author: 'Eva Ek',
      revision: 1,
      now: deps.now(),
      newId: deps.newId,
    }),
  );
  const reportFile = encodeReportFile(await exportReportFile(db, report.id, deps.now()));
  const backup = await exportBackup(db, deps.now(), 'fuzz');
  return { db, deps, valid: { contribution, report: reportFile, backup } };
}

type Kind = 'contribution' | 'report' | 'backup' | 'manifest' | 'docx' | 'template-docx' | 'template';

const big = { string: 'x'.repeat(3_000_000), array: Array.from({ length: 200_000 }, () => 1) };
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const hostileValue = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant(big.string) },
  { weight: 1, arbitrary: fc.constant(big.array) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
      { constructor: { prototype: { polluted: true } } },
    ),
  },
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bitflip' as const), positions: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), otherAt: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('whole' as const), value: hostileValue }),
  fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 100, max: 100_000 }) }),
  fc.record({ kind: fc.constant('proto' as const) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value && typeof value === 'object' && out.length < 5_000)
    for (const [key, child] of Object.entries(value))
      paths(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

function mutate(valid: Uint8Array, other: Uint8Array, m: Mutation): Uint8Array {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? 'null');
  switch (m.kind) {
    case 'truncate':
      return valid.slice(0, m.at % valid.length);
    case 'bitflip': {
      const out = valid.slice();
      for (const p of m.positions) out[p % out.length] = out[p % out.length]! ^ (1 << (p % 8));
      return out;
    }
    case 'splice': {
      const head = valid.slice(0, m.at % valid.length);
      const tail = other.slice(m.otherAt % other.length);
      const out = new Uint8Array(head.length + tail.length);
      out.set(head);
      out.set(tail, head.length);
      return out;
    }
    case 'whole':
      return encode(m.value);
    case 'deep':
      return new TextEncoder().encode(deep(m.depth));
    case 'proto':
      return new TextEncoder().encode(
        new TextDecoder()
          .decode(valid)
          .replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'),
      );
    case 'replace': {
      const data = JSON.parse(new TextDecoder().decode(valid)) as Record<string, unknown>;
      const all = paths(data).filter((p) => p.length > 0);
      const path = all[m.path % all.length]!;
      let node = data as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path[path.length - 1]!] = m.value;
      return encode(data);
    }
  }
}

const typed = (error: unknown) =>
  error instanceof FileFormatError ||
  error instanceof ManifestError ||
  error instanceof DocxImportError ||
  error instanceof DocxExportError ||
  error instanceof TemplateError;

describe('fuzzed files (reliability 2)', () => {
  it(
    `refuses ${TOTAL} generated and mutated files with typed errors, the database unchanged (seed ${seed})`,
    { timeout: 1_800_000 },
    async () => {
      console.log(`fuzz seed: ${seed} (FUZZ_SEED=${seed} repeats this run)`);
      let { db, deps, valid } = await workspace();
      const docx = await handWrittenDocx(template, {
        questionStyle: 'bold',
        boxStyle: 'text',
        answers: { '1.1': 'Svar.' },
      });
      const manifest = new TextEncoder().encode(
        JSON.stringify({ format: 'rapportverkstad-signatur', formatVersion: 1, reportId: 'rapport-0001', files: [] }),
      );
      let before = await databaseHash(db);
      const stats = { tries: 0, refused: 0, accepted: 0, broke: 0, examples: [] as string[] };
      const templateDocx = await template2025Docx();
      const templateJson = new TextEncoder().encode(JSON.stringify(template));
      const kinds: Kind[] = ['contribution', 'report', 'backup', 'manifest', 'docx', 'template-docx', 'template'];
      const samples = fc.sample(fc.tuple(fc.constantFrom(...kinds), mutation), { seed, numRuns: TOTAL });
      for (const [kind, m] of samples) {
        stats.tries++;
        const source =
          kind === 'docx'
            ? docx
            : kind === 'template-docx'
              ? templateDocx
              : kind === 'template'
                ? templateJson
                : kind === 'manifest'
                  ? manifest
                  : valid[kind];
        const other = kind === 'contribution' ? valid.report : valid.contribution;
        // A .docx is a zip: only byte-level mutations make sense there.
        const zipped = kind === 'docx' || kind === 'template-docx';
        const bytes =
          zipped && !['truncate', 'bitflip', 'splice'].includes(m.kind)
            ? mutate(valid.backup, other, m)
            : mutate(source, other, m);
        let outcome: 'refused' | 'accepted' | 'broke';
        let why = '';
        try {
          if (kind === 'contribution') {
            const [result] = await importContributionFiles(db, [{ name: 'fuzz.rvbidrag', bytes }], deps);
            outcome = result!.outcome === 'refused' ? (result!.code === 'failed' ? 'broke' : 'refused') : 'accepted';
            if (result!.outcome === 'refused') why = result!.message;
          } else if (kind === 'report') {
            await importReportFile(db, bytes, 'fuzz.rvrapport');
            outcome = 'accepted';
          } else if (kind === 'backup') {
            await restoreBackup(db, bytes, 'fuzz.rvbackup');
            outcome = 'accepted';
          } else if (kind === 'manifest') {
            readManifest(bytes, 'fuzz.signatur.json');
            outcome = 'accepted';
          } else if (kind === 'template-docx') {
            readTemplateDocx(bytes, 'fuzz-mall.docx', template);
            outcome = 'accepted';
          } else if (kind === 'template') {
            parseTemplate(parseJsonFile(bytes, 'fuzz-mall.json', 5 * 1024 * 1024), 'fuzz-mall.json');
            outcome = 'accepted';
          } else {
            importDocxReport(bytes, 'fuzz.docx', template, deps.newId);
            outcome = 'accepted';
          }
        } catch (error) {
          outcome = typed(error) ? 'refused' : 'broke';
          why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        const polluted = (Object.prototype as Record<string, unknown>).polluted !== undefined;
        const after = await databaseHash(db);
        if (outcome === 'refused' && after !== before) outcome = 'broke';
        if (polluted) outcome = 'broke';
        stats[outcome]++;
        if (outcome === 'broke' && stats.examples.length < 5)
          stats.examples.push(`${kind}/${m.kind}: ${why.slice(0, 200)}`);
        if (outcome === 'accepted' || after !== before) {
          // A mutation that still makes a valid file (e.g. a backup with another string in a text field) is fine; start over from a clean database.
          ({ db, deps, valid } = await workspace());
          before = await databaseHash(db);
        }
      }
      recordFigure({
        id: 'fuzz-files',
        what: `genererade/muterade filer (bidrag, rapport, säkerhetskopia, signatur, docx, mall i Word, mallfil), seed ${seed}`,
        tries: stats.tries,
        broke: stats.broke,
        detail: `${stats.refused} avvisade med typat fel, ${stats.accepted} giltiga varianter`,
      });
      expect(stats.examples).toEqual([]);
      expect(stats.refused).toBeGreaterThan(TOTAL * 0.9);
    },
  );
});
