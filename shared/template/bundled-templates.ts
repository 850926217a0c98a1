import template2025 from '../../assets/templates/resultatredovisning-2025.json' with { type: 'json' };
import { parseTemplate, TemplateError } from './parse-template';
import type { Template } from './template-schema';

/*
 * Templates ship as JSON files in assets/templates, bundled into the app and the command
 * line alike through this one list (a project test checks that every file is in it).
 * Each is validated like any other input; a broken one is reported, not fatal.
 */

/** The shipped template files by file name. */
export const BUNDLED_TEMPLATE_FILES: Readonly<Record<string, unknown>> = {
  'resultatredovisning-2025.json': template2025,
};

export interface LoadedTemplates {
  templates: Template[];
  errors: string[];
}

/** Parses the bundled template files, newest year first. */
export function loadBundledTemplates(
  sources: Readonly<Record<string, unknown>> = BUNDLED_TEMPLATE_FILES,
): LoadedTemplates {
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
