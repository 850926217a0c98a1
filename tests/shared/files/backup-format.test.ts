import { describe, expect, it } from 'vitest';
import template2025 from '../../../assets/templates/resultatredovisning-2025.json';
import {
  FileFormatError,
  parseBackup,
  serializeBackup,
  type BackupContents,
} from '../../../shared/files/backup-format';
import { createReport } from '../../../shared/report/new-report';
import { parseTemplate } from '../../../shared/template/parse-template';
import { list, paragraph, richText, testDeps, text } from '../fixtures';

const template = parseTemplate(template2025, 'mall');

function workspace(): BackupContents {
  const deps = testDeps();
  const { report, answers } = createReport(
    template,
    { year: 2025, organisation: 'Region Västmanland', header: {} },
    deps,
  );
  answers[0]!.content = richText(paragraph(text('Första svaret', 1)), list('bullet', 'a', 'b'));
  return {
    reports: [report],
    answers,
    snapshots: [
      {
        id: 1,
        reportId: report.id,
        questionId: '1.1',
        createdAt: report.createdAt,
        reason: 'paus',
        content: answers[0]!.content,
        choice: null,
        basis: [],
      },
    ],
    departments: [],
    assignments: [],
    contributions: [],
    importLog: [],
    workspaces: [],
    mergeRecords: [],
    comments: [
      {
        id: 'kommentar-1',
        reportId: report.id,
        questionId: '1.1',
        author: { name: 'Anna Samordnare', departmentId: null },
        createdAt: report.createdAt,
        text: 'Utveckla gärna.',
        anchor: null,
        replies: [],
        resolution: null,
      },
    ],
    images: [
      {
        id: 'bild-000001',
        reportId: report.id,
        mimeType: 'image/png',
        name: 'diagram.png',
        size: 9,
        createdAt: report.createdAt,
        bytes: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0]),
      },
    ],
    // A template read from Word, second version of its id.
    templates: [
      { ...template, id: 'resultatredovisning-2026', version: 2, year: 2026, name: 'Resultatredovisning 2026' },
    ],
  };
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('backup files', () => {
  it('round-trips a workspace', () => {
    const original = workspace();
    const bytes = serializeBackup(original, new Date('2026-01-22T10:00:00Z'), '0.1.0');
    expect(parseBackup(bytes, 'backup.rvbackup')).toEqual(original);
  });

  const valid = () =>
    JSON.parse(
      new TextDecoder().decode(serializeBackup(workspace(), new Date('2026-01-22T10:00:00Z'), '0.1.0')),
    ) as Record<string, never>;

  it.each([
    ['truncated JSON', () => serializeBackup(workspace(), new Date(), '0.1.0').slice(0, 100), /inte giltig JSON/],
    ['random bytes', () => new Uint8Array([0xff, 0xfe, 0x00, 0x12]), /inte text/],
    ['another kind of file', () => encode({ format: 'something-else' }), /ingen säkerhetskopia/],
    ['a newer format version', () => encode({ ...valid(), formatVersion: 2 }), /formatversion 2 stöds inte/],
    ['an unknown field', () => encode({ ...valid(), extra: 1 }), /ogiltig/],
    ['an answer of a missing report', () => encode({ ...valid(), reports: [] }), /rapport som saknas/],
    [
      'a damaged image',
      () => encode({ ...valid(), images: [{ ...(valid().images as unknown as object[])[0], data: 'AAAA' }] }),
      /bilden diagram\.png är skadad/,
    ],
  ])('rejects %s with a message naming the file', (_name, bytes, message) => {
    expect(() => parseBackup(bytes(), 'backup.rvbackup')).toThrow(FileFormatError);
    expect(() => parseBackup(bytes(), 'backup.rvbackup')).toThrow(message);
    expect(() => parseBackup(bytes(), 'backup.rvbackup')).toThrow(/^backup\.rvbackup: /);
  });
});
