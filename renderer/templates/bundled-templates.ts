import { parseTemplate, TemplateError } from '../../shared/template/parse-template';
import type { Template } from '../../shared/template/template-schema';

/*
 * Templates ship as JSON files in assets/templates and are bundled at build time. Each
 * is validated like any other input; a broken one is reported, not fatal.
 */
const files = import.meta.glob<unknown>('../../assets/templates/*.json', { eager: true, import: 'default' });

export interface LoadedTemplates {
  templates: Template[];
  errors: string[];
}

/** Parses the bundled template files, newest year first. */
export function loadBundledTemplates(sources: Record<string, unknown> = files): LoadedTemplates {
  const templates: Template[] = [];
  const errors: string[] = [];
  for (const [path, data] of Object.entries(sources)) {
    const name = path.split('/').pop() ?? path;
    try {
      templates.push(parseTemplate(data, name));
    } catch (error) {
      errors.push(error instanceof TemplateError ? error.message : `Mallen ${name} kunde inte läsas.`);
    }
  }
  templates.sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  return { templates, errors };
}
