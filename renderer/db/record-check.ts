import type { z } from 'zod';
import { describeProblems } from '../../shared/files/json-file';

/** A record in the database that no longer passes its schema. */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
}

/** Parses a record read back from IndexedDB; a damaged one becomes a clear error instead of odd behaviour later. */
export function checkRecord<T>(schema: z.ZodType<T>, record: unknown, what: string): T {
  const result = schema.safeParse(record);
  if (!result.success) throw new CorruptRecordError(`${what} i databasen är skadad: ${describeProblems(result.error)}`);
  return result.data;
}
