import { createHash } from 'node:crypto';
import type { WorkbenchDb } from '../../renderer/db/schema';

/** A SHA-256 over every table's records (blobs by type and size), to compare a whole database before and after. */
export async function databaseHash(db: WorkbenchDb): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => {
      const rows = await table.toArray();
      return [
        table.name,
        rows.map((row) =>
          JSON.stringify(row, (_key, value: unknown) =>
            value instanceof Blob ? `blob:${value.type}:${value.size}` : value,
          ),
        ),
      ] as const;
    }),
  );
  return createHash('sha256').update(JSON.stringify(tables)).digest('hex');
}
