import { z } from 'zod';
import { idSchema, isoTimeSchema } from '../report/report-schema';
import { assignmentFileSchema } from './exchange-files';

/** A department officer's contribution workspace, made by opening an assignment file; its answers live with the report answers under the workspace id. */
export const workspaceSchema = z.strictObject({
  id: idSchema,
  assignment: assignmentFileSchema,
  authorName: z.string().max(200),
  /** The newest revision exported; the next export is this + 1. */
  lastRevision: z.number().int().min(0).max(10_000),
  lastExportedAt: isoTimeSchema.nullable(),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  deletedAt: isoTimeSchema.nullable(),
});
export type Workspace = z.infer<typeof workspaceSchema>;
