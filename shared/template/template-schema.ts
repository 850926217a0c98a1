import { z } from 'zod';

/*
 * Templates are data: a new year's template is a new JSON file in assets/templates,
 * validated by this schema. Every object is strict so a typo in a template fails
 * loudly instead of silently dropping a field.
 */

/** Most answer fields a template may have (the 2025 template has 30). */
export const MAX_TEMPLATE_QUESTIONS = 200;

const text = (max: number) => z.string().trim().min(1).max(max);

/** Ids look like "2.3" or "5.1a": section number, question number, optional part letter. */
export const questionIdSchema = z.string().regex(/^[1-9]\d?\.[1-9]\d?[a-z]?$/, 'ogiltigt fråge-id');

export const answerKindSchema = z.enum(['text', 'effect', 'yesno']);
export type AnswerKind = z.infer<typeof answerKindSchema>;

export const questionSchema = z.strictObject({
  type: z.literal('question'),
  id: questionIdSchema,
  kind: answerKindSchema,
  text: text(2_000),
  footnote: text(1_000).optional(),
  instruction: text(1_000).optional(),
  /** Most characters the answer should hold (preflight warns past it; 20,000 when not given). */
  maxCharacters: z.number().int().min(100).max(1_000_000).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionGroupSchema = z.strictObject({
  type: z.literal('group'),
  id: questionIdSchema,
  text: text(2_000),
  parts: z.array(questionSchema).min(1).max(26),
});
export type QuestionGroup = z.infer<typeof questionGroupSchema>;

export const sectionSchema = z.strictObject({
  number: z.string().regex(/^[1-9]\d?$/),
  title: text(300),
  items: z
    .array(z.discriminatedUnion('type', [questionSchema, questionGroupSchema]))
    .min(1)
    .max(50),
});
export type Section = z.infer<typeof sectionSchema>;

export const headerFieldSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: text(100),
  multiline: z.boolean(),
  format: z.enum(['date']).optional(),
});
export type HeaderField = z.infer<typeof headerFieldSchema>;

export const signatureFieldSchema = z.strictObject({
  id: z.enum(['ort', 'datum', 'namn', 'titel', 'forvaltning', 'organisation']),
  label: text(100),
});

export const templateSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(100),
    /** Raised when a template read later under the same id differs (1 when not given: the bundled files). */
    version: z.number().int().min(1).max(10_000).optional(),
    name: text(200),
    title: text(200),
    year: z.number().int().min(2000).max(2100),
    language: z.enum(['sv']),
    issuers: z.array(text(200)).max(10),
    placeholders: z.array(text(200)).max(20),
    basisOptions: z.array(text(50)).min(1).max(10),
    header: z.array(headerFieldSchema).min(1).max(20),
    sections: z.array(sectionSchema).min(1).max(30),
    signature: z.array(signatureFieldSchema).min(1).max(10),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    for (const section of template.sections) {
      for (const item of section.items) {
        const ids = item.type === 'group' ? [item.id, ...item.parts.map((p) => p.id)] : [item.id];
        for (const id of ids) {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `frågan ${id} finns två gånger` });
          if (!id.startsWith(`${section.number}.`)) {
            ctx.addIssue({ code: 'custom', message: `frågan ${id} ligger i avsnitt ${section.number}` });
          }
          seen.add(id);
        }
      }
    }
    const fields = template.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'group' ? i.parts : [i])));
    if (fields.length > MAX_TEMPLATE_QUESTIONS)
      ctx.addIssue({
        code: 'custom',
        message: `mallen har ${fields.length} frågor, fler än ${MAX_TEMPLATE_QUESTIONS}`,
      });
  });
export type Template = z.infer<typeof templateSchema>;
