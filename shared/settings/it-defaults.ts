import { z } from 'zod';
import { describeProblems, parseJsonFile, type JsonFileProblem } from '../files/json-file';
import { departmentNameSchema } from '../report/organisation-schema';
import { trustedKeySchema } from '../signing/trusted-keys';

/*
 * The defaults a region's IT deploys to every laptop in one file, standard.json
 * (Windows %ProgramData%\Rapportverkstad, macOS /Library/Application Support/Rapportverkstad,
 * Linux /etc/rapportverkstad): the organisation's name, the department register with
 * contacts, the inbox and backup folders, and the signers' keys to trust. Each is a
 * default the person's own choice overrides, unless IT lists it under `locked`. The file
 * is checked like any input; a bad one is reported once and ignored, never a crash.
 */

export const IT_DEFAULTS_FILE = 'standard.json';
/** Largest defaults file read. */
export const MAX_IT_DEFAULTS_BYTES = 1024 * 1024;

const folderSchema = z.string().trim().min(1).max(4_096);

export const itDefaultsSchema = z.strictObject({
  formatVersion: z.literal(1),
  organisation: z.string().trim().min(1).max(200).optional(),
  departments: z
    .array(
      z.strictObject({
        name: departmentNameSchema,
        contactName: z.string().trim().max(200).optional(),
        // As the department register keeps it: an address, or nothing.
        contactEmail: z.union([z.literal(''), z.email().max(200)]).optional(),
      }),
    )
    .max(100)
    .refine(
      (ds) => new Set(ds.map((d) => d.name.toLocaleLowerCase('sv'))).size === ds.length,
      'samma avdelning finns två gånger',
    )
    .optional(),
  inboxFolder: folderSchema.optional(),
  backupFolder: folderSchema.optional(),
  trustedKeys: z.array(trustedKeySchema).max(500).optional(),
  /** What the person may not change; everything else is a default their own settings win over. */
  locked: z
    .array(z.enum(['organisation', 'departments', 'inboxFolder', 'backupFolder']))
    .max(4)
    .optional(),
});
export type ItDefaults = z.infer<typeof itDefaultsSchema>;
export type LockableSetting = NonNullable<ItDefaults['locked']>[number];

/** What the app knows of IT's defaults: where it looked, what it found, and why a file was ignored. */
export const itDefaultsReplySchema = z.strictObject({
  path: z.string().max(4_096),
  defaults: itDefaultsSchema.nullable(),
  problem: z.string().max(2_000).nullable(),
});
export type ItDefaultsReply = z.infer<typeof itDefaultsReplySchema>;

/** Reads the defaults file's bytes (null when there is no file): the defaults, or a Swedish problem naming the file. */
export function parseItDefaults(bytes: Uint8Array | null, path: string): ItDefaultsReply {
  if (bytes === null) return { path, defaults: null, problem: null };
  const fail = (why: string): ItDefaultsReply => ({
    path,
    defaults: null,
    problem: `IT:s standardinställningar i ${path} används inte: ${why}.`,
  });
  // The reader every file gets (size, UTF-8, JSON, depth), its problems said in this message's words.
  const why: Record<JsonFileProblem, string> = {
    'too-large': 'filen är större än 1 MB',
    'not-text': 'filen är inte giltig JSON i UTF-8',
    'not-json': 'filen är inte giltig JSON i UTF-8',
    'too-deep': 'filen är för djupt nästlad',
  };
  let data: unknown;
  try {
    data = parseJsonFile(bytes, path, MAX_IT_DEFAULTS_BYTES, (problem) => new Error(why[problem]));
  } catch (error) {
    return fail((error as Error).message);
  }
  const result = itDefaultsSchema.safeParse(data);
  return result.success ? { path, defaults: result.data, problem: null } : fail(describeProblems(result.error));
}

/** True when IT has fixed the setting, so the person's own choice does not apply. */
export function isLocked(defaults: ItDefaults | null, setting: LockableSetting): boolean {
  return defaults?.locked?.includes(setting) ?? false;
}
