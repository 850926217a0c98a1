import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { BUNDLED_TEMPLATE_FILES, loadBundledTemplates } from '../../../shared/template/bundled-templates';

describe('loadBundledTemplates', () => {
  it('finds the 2025 template among the bundled files', () => {
    const { templates, errors } = loadBundledTemplates();
    expect(errors).toEqual([]);
    expect(templates.map((t) => t.id)).toContain('resultatredovisning-2025');
  });

  it('reports a broken template by file name and keeps the good ones, newest year first', () => {
    const good = loadBundledTemplates().templates[0]!;
    const { templates, errors } = loadBundledTemplates({
      '../../assets/templates/a.json': { ...good, id: 'mall-2024', year: 2024 },
      '../../assets/templates/trasig.json': { formatVersion: 2 },
      '../../assets/templates/b.json': good,
    });
    expect(templates.map((t) => t.year)).toEqual([2025, 2024]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Mallen trasig\.json är ogiltig/);
  });
});

describe('the bundled template list', () => {
  it('holds every template file in assets/templates, under its own name', () => {
    const files = readdirSync(new URL('../../../assets/templates/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(Object.keys(BUNDLED_TEMPLATE_FILES).sort()).toEqual(files.sort());
  });
});
