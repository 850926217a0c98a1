import { templateSchema, type Template } from './template-schema';

/** A template file that did not pass the schema; the message is Swedish and names the source. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** The template, or the first problems (Swedish, "path: message") when the data is no valid template. */
export function checkTemplate(data: unknown): { template: Template } | { problems: string } {
  const result = templateSchema.safeParse(data);
  if (result.success) return { template: result.data };
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { problems };
}

/** Validates untrusted template data; throws a TemplateError naming the source and the first problems. */
export function parseTemplate(data: unknown, source: string): Template {
  const checked = checkTemplate(data);
  if ('template' in checked) return checked.template;
  throw new TemplateError(`Mallen ${source} är ogiltig: ${checked.problems}`);
}
