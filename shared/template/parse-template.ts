import { templateSchema, type Template } from './template-schema';

/** A template file that did not pass the schema; the message is Swedish and names the source. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** Validates untrusted template data; throws a TemplateError naming the source and the first problems. */
export function parseTemplate(data: unknown, source: string): Template {
  const result = templateSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(roten)'}: ${issue.message}`)
    .join('; ');
  throw new TemplateError(`Mallen ${source} är ogiltig: ${problems}`);
}
