import { describe, expect, it } from 'vitest';
import type { Assignment, Contribution, Department } from '../../../shared/report/organisation-schema';
import { deliveredCount, trackerRows } from '../../../shared/report/tracker';
import { paragraph, richText, text } from '../fixtures';

const dept = (id: string, name: string): Department => ({
  id,
  reportId: 'rapport-01',
  name,
  contactName: '',
  contactEmail: '',
  createdAt: '2026-01-01T00:00:00.000Z',
});
const assignment = (departmentId: string, questionIds: string[], deadline: string | null): Assignment => ({
  reportId: 'rapport-01',
  departmentId,
  questionIds,
  deadline,
  note: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const contribution = (departmentId: string, revision: number, questionIds: string[]): Contribution => ({
  id: `bidrag-${departmentId}-${revision}`,
  reportId: 'rapport-01',
  departmentId,
  revision,
  author: 'x',
  createdAt: '2026-01-05T00:00:00.000Z',
  importedAt: `2026-01-0${revision + 4}T10:00:00.000Z`,
  fileName: 'f.rvbidrag',
  sha256: 'a'.repeat(64),
  answers: questionIds.map((questionId) => ({
    questionId,
    content: richText(paragraph(text('x'))),
    choice: null,
    basis: [],
    ready: true,
  })),
});

describe('trackerRows', () => {
  const departments = [
    dept('avd-folkhalsa', 'Folkhälsa'),
    dept('avd-kompetens', 'Kompetensförsörjning'),
    dept('avd-analys00', 'Analys'),
  ];
  const assignments = [
    assignment('avd-folkhalsa', ['1.1', '2.3'], '2026-01-10'),
    assignment('avd-kompetens', ['2.3'], '2026-01-31'),
  ];
  const rows = trackerRows(
    ['1.1', '2.3', '6.1'],
    departments,
    assignments,
    [contribution('avd-folkhalsa', 1, ['1.1']), contribution('avd-folkhalsa', 2, ['1.1'])],
    '2026-01-15',
  );

  it('has a row only for departments that were asked for something', () => {
    expect(rows.map((r) => r.department.name)).toEqual(['Folkhälsa', 'Kompetensförsörjning']);
  });

  it.each([
    ['Folkhälsa', '1.1', { kind: 'received', revision: 2, date: '2026-01-06' }],
    ['Folkhälsa', '2.3', { kind: 'assigned' }],
    ['Folkhälsa', '6.1', { kind: 'not-assigned' }],
    ['Kompetensförsörjning', '2.3', { kind: 'assigned' }],
  ])('%s, %s', (name, id, state) => {
    expect(rows.find((r) => r.department.name === name)?.cells.get(id)).toEqual(state);
  });

  it('marks a department late when its deadline passed with answers missing', () => {
    expect(rows.map((r) => [r.department.name, r.overdue, r.received, r.assigned])).toEqual([
      ['Folkhälsa', true, 1, 2],
      ['Kompetensförsörjning', false, 0, 1],
    ]);
    expect(deliveredCount(rows)).toEqual({ delivered: 1, asked: 2 });
  });
});
