import { describe, expect, it } from 'vitest';
import { contributionRecord } from '../../../shared/files/contribution-record';
import { testDeps } from '../fixtures';
import { contributionFile, reportRecords } from '../merge/contribution-fixtures';

describe('contributionRecord', () => {
  it('is the file as the report keeps it: who, which revision, when it came, from which file', () => {
    const records = reportRecords();
    const file = contributionFile(records, 1, 3, { '4.4': 'Transportsystemet.' });
    const deps = { now: () => new Date('2026-01-21T09:00:00.000Z'), newId: () => 'bidrag-000001' };
    expect(contributionRecord(file, 'infrastruktur-v3.rvbidrag', records.report.id, deps)).toEqual({
      id: 'bidrag-000001',
      reportId: records.report.id,
      departmentId: 'avd-000002',
      revision: 3,
      author: 'Handläggare',
      createdAt: file.createdAt,
      importedAt: '2026-01-21T09:00:00.000Z',
      fileName: 'infrastruktur-v3.rvbidrag',
      sha256: file.sha256,
      answers: file.answers,
    });
  });

  it.each([
    [
      'a file name longer than 255 characters is cut',
      { name: `${'a'.repeat(300)}.rvbidrag` },
      (r: { fileName: string }) => expect(r.fileName).toHaveLength(255),
    ],
  ])('%s', (_name, input, check) => {
    const records = reportRecords();
    check(
      contributionRecord(contributionFile(records, 0, 1, { '1.1': 'x' }), input.name, records.report.id, testDeps()),
    );
  });

  it('refuses what its schema refuses (a revision of 0) instead of keeping it', () => {
    const records = reportRecords();
    expect(() =>
      contributionRecord(
        { ...contributionFile(records, 0, 1, {}), revision: 0 },
        'x.rvbidrag',
        records.report.id,
        testDeps(),
      ),
    ).toThrow();
  });
});
