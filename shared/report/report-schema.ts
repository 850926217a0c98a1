import { z } from 'zod';
import { questionIdSchema } from '../template/template-schema';
import { richTextSchema } from './content-schema';

/*
 * The records of a report as the app keeps them (in IndexedDB, in backups and report
 * files). Every record read back or brought in from a file passes these schemas.
 */

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'ogiltigt id');
export const isoTimeSchema = z.iso.datetime({ offset: false });
const shortText = z.string().max(500);

export const reportStatusSchema = z.enum(['utkast', 'signerad']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const signatureSchema = z.strictObject({
  ort: shortText,
  datum: shortText,
  namn: shortText,
  titel: shortText,
  forvaltning: shortText,
  organisation: shortText,
});
export type Signature = z.infer<typeof signatureSchema>;

export const reportSchema = z.strictObject({
  id: idSchema,
  templateId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  /** The version of the template the report was written on (1 when not given: reports from before versions). */
  templateVersion: z.number().int().min(1).max(10_000).optional(),
  year: z.number().int().min(2000).max(2100),
  organisation: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  header: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/), z.string().max(2_000)),
  signature: signatureSchema,
  status: reportStatusSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  /** Set when the report is in the trash; it can be restored until the trash is emptied. */
  deletedAt: isoTimeSchema.nullable(),
});
export type Report = z.infer<typeof reportSchema>;

export const answerStatusSchema = z.enum(['utkast', 'klar']);
export type AnswerStatus = z.infer<typeof answerStatusSchema>;
export const yesNoSchema = z.enum(['ja', 'nej']).nullable();
export type YesNo = z.infer<typeof yesNoSchema>;
/** The chosen bases of an effect answer ("uppföljning", …). */
export const basisSchema = z.array(z.string().max(50)).max(10);

export const answerSchema = z.strictObject({
  reportId: idSchema,
  questionId: questionIdSchema,
  content: richTextSchema,
  choice: yesNoSchema,
  basis: basisSchema,
  status: answerStatusSchema,
  updatedAt: isoTimeSchema,
});
export type Answer = z.infer<typeof answerSchema>;

/**
 * Why a version was taken: after a pause, a large change, before a restore, a merge or a
 * replace-all;
 * or it is a text to compare with, kept however many versions follow: last year's text
 * of a rolled-forward report, the text read from a Word file, the text as signed.
 */
export const snapshotReasonSchema = z.enum([
  'paus',
  'stor-andring',
  'fore-aterstallning',
  'fore-sammanfogning',
  'fore-ersattning',
  'forra-aret',
  'word-import',
  'signerad',
]);
export type SnapshotReason = z.infer<typeof snapshotReasonSchema>;
/** The reasons of versions that are comparison points. */
export const PINNED_REASONS = ['forra-aret', 'word-import', 'signerad'] as const satisfies readonly SnapshotReason[];
export type PinnedReason = (typeof PINNED_REASONS)[number];

/** True for a comparison point: never pruned from the history. */
export function isPinned(reason: SnapshotReason): reason is PinnedReason {
  return (PINNED_REASONS as readonly SnapshotReason[]).includes(reason);
}

export const snapshotSchema = z.strictObject({
  id: z.number().int().min(1).optional(),
  reportId: idSchema,
  questionId: questionIdSchema,
  createdAt: isoTimeSchema,
  reason: snapshotReasonSchema,
  /** What the version is, in words: "före sammanfogning av Folkhälsa v2", "2024", the Word file's name. */
  label: z.string().max(300).optional(),
  /** Who took it (a merge, a signing), when it was not the autosave. */
  by: z.string().max(200).optional(),
  content: richTextSchema,
  choice: yesNoSchema,
  basis: basisSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** Largest image accepted into an answer. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const imageMetaSchema = z.strictObject({
  id: idSchema,
  reportId: idSchema,
  mimeType: z.enum(IMAGE_TYPES),
  name: z.string().max(255),
  size: z.number().int().min(1).max(MAX_IMAGE_BYTES),
  createdAt: isoTimeSchema,
});
export type ImageMeta = z.infer<typeof imageMetaSchema>;
