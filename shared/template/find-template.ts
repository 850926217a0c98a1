import type { Template } from './template-schema';

/*
 * A report names its template by id and version. Templates read from a government Word
 * file may share an id with an older one (the same year's template, corrected); the
 * version tells them apart. Anything written before versions existed is version 1.
 */

/** The version of a template (1 when the file gives none). */
export function templateVersion(template: Pick<Template, 'version'>): number {
  return template.version ?? 1;
}

/** The template a report (or file) was written on, or undefined when it is not among `templates`. */
export function findTemplate(
  templates: readonly Template[],
  ref: { templateId: string; templateVersion?: number | undefined },
): Template | undefined {
  const version = ref.templateVersion ?? 1;
  return templates.find((t) => t.id === ref.templateId && templateVersion(t) === version);
}

/** The fields a report records about its template. */
export function templateRef(template: Template): { templateId: string; templateVersion?: number } {
  return template.version === undefined
    ? { templateId: template.id }
    : { templateId: template.id, templateVersion: template.version };
}
