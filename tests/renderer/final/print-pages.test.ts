import { describe, expect, it } from 'vitest';
import { pageRules } from '../../../renderer/final/print-pages';

describe('the printed page rules', () => {
  it.each([
    ['a plain name', 'Region Västmanland', '"Region Västmanland · Titel 2025"'],
    [
      'quotes and a backslash are escaped, not ending the string',
      'Region "Väst" \\ Öst',
      '"Region \\"Väst\\" \\\\ Öst · Titel 2025"',
    ],
    ['a line break becomes a space', 'Region\nVäst', '"Region Väst · Titel 2025"'],
  ])('%s', (_name, organisation, expected) => {
    expect(pageRules({ organisation, title: 'Titel 2025', caseNumber: 'RUF 1' }, false)).toContain(
      `@top-left { content: ${expected};`,
    );
  });

  it.each([
    [
      true,
      /@top-right \{ content: "Vårt dnr RUF 1 · UTKAST"/,
      /@page :first \{[^}]*\}[^}]*@top-right \{ content: "UTKAST"/,
    ],
    [false, /@top-right \{ content: "Vårt dnr RUF 1";/, /@page :first \{[^}]*\}[^}]*@top-right \{ content: none/],
  ])('draft %s: UTKAST on every page or none', (draft, pages, first) => {
    const rules = pageRules({ organisation: 'Region X', title: 'T', caseNumber: 'RUF 1' }, draft);
    expect(rules).toMatch(pages);
    expect(rules).toMatch(first);
    expect(rules).toContain('counter(page) " (" counter(pages) ")"');
  });
});
