import { IMAGE_TYPES, MAX_IMAGE_BYTES, type ImageMeta } from '../../shared/report/report-schema';
import type { Deps } from '../../shared/report/deps';
import type { WorkbenchDb } from './schema';
import { imageProblem } from '../../shared/report/image-check';

/*
 * Images pasted or inserted into answers are kept as blobs in their own table; the
 * answer's rich text refers to them by id.
 */

/** Why an image cannot be taken by its declared type and size, in Swedish, or null when it can. */
export function sizeProblem(name: string, type: string, size: number): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(type))
    return `${name}: bildformatet stöds inte (använd PNG, JPEG, GIF eller WebP).`;
  if (size === 0) return `${name}: bilden är tom.`;
  if (size > MAX_IMAGE_BYTES) return `${name}: bilden är större än 10 MB.`;
  return null;
}

/** Stores an image for a report and returns its id. */
export async function addImage(
  db: WorkbenchDb,
  reportId: string,
  blob: Blob,
  name: string,
  deps: Deps,
): Promise<string> {
  // Size and type first (no reading of a huge file), then what the bytes really are.
  const problem =
    sizeProblem(name, blob.type, blob.size) ?? imageProblem(name, blob.type, new Uint8Array(await blob.arrayBuffer()));
  if (problem) throw new Error(problem);
  const meta: ImageMeta = {
    id: deps.newId(),
    reportId,
    mimeType: blob.type as ImageMeta['mimeType'],
    name: name.slice(0, 255),
    size: blob.size,
    createdAt: deps.now().toISOString(),
  };
  await db.images.add({ ...meta, blob });
  return meta.id;
}

/** The image's blob, or undefined when it is gone. */
export async function getImageBlob(db: WorkbenchDb, id: string): Promise<Blob | undefined> {
  return (await db.images.get(id))?.blob;
}

/** All images of a report with their bytes (for report files and the .docx export). */
export async function reportImages(db: WorkbenchDb, reportId: string): Promise<(ImageMeta & { bytes: Uint8Array })[]> {
  const stored = await db.images.where('reportId').equals(reportId).toArray();
  return Promise.all(
    stored.map(async ({ blob, ...meta }) => ({ ...meta, bytes: new Uint8Array(await blob.arrayBuffer()) })),
  );
}
