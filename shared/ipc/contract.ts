import { z } from 'zod';
import { IPC_CHANNELS } from './channels';
import { itDefaultsReplySchema } from '../settings/it-defaults';

export { IPC_CHANNELS, PRELOAD_GLOBAL } from './channels';

/*
 * The one declaration of every IPC channel between the renderer and the main process.
 * Both wrappers (main/ipc/ipc-main.ts, main/preload/ipc-renderer.ts) take their
 * channel names and schemas from here, and nothing else may call ipcMain/ipcRenderer.
 */

/** Largest file the host hands to the renderer or writes for it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'väntade bytes (Uint8Array)')
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'filen är större än 50 MB');

const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/.test(name), 'filnamnet får inte innehålla sökväg');

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,16}$/))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const openFileRequestSchema = z.strictObject({
  title: z.string().min(1).max(200),
  filters: z.array(fileFilterSchema).max(10),
  multiple: z.boolean(),
});
export const openedFileSchema = z.strictObject({ name: fileNameSchema, bytes: bytesSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;
export const openFileReplySchema = z.strictObject({ files: z.array(openedFileSchema).max(100) });

export const saveBytesRequestSchema = z.strictObject({
  title: z.string().min(1).max(200),
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
  bytes: bytesSchema,
});
export const saveReplySchema = z.strictObject({ saved: z.boolean(), fileName: fileNameSchema.optional() });
export type SaveReply = z.infer<typeof saveReplySchema>;

export const printToPdfRequestSchema = z.strictObject({
  title: z.string().min(1).max(200),
  suggestedName: fileNameSchema,
});

export const renderPdfReplySchema = z.strictObject({ bytes: bytesSchema });

export const saveFilesRequestSchema = z.strictObject({
  title: z.string().min(1).max(200),
  files: z
    .array(z.strictObject({ name: fileNameSchema, bytes: bytesSchema }))
    .min(1)
    .max(10)
    .refine((files) => new Set(files.map((f) => f.name)).size === files.length, 'två filer har samma namn'),
});
export const saveFilesReplySchema = z.strictObject({ saved: z.boolean(), folder: z.string().max(4_096).optional() });
export type SaveFilesReply = z.infer<typeof saveFilesReplySchema>;

export const backupWriteRequestSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  bytes: bytesSchema,
});
export const backupWriteReplySchema = z.strictObject({ name: fileNameSchema, folder: z.string().max(4_096) });
export const backupLatestReplySchema = z.strictObject({ file: openedFileSchema.nullable() });

export const appInfoRequestSchema = z.strictObject({});
export const appInfoReplySchema = z.strictObject({
  name: z.string().max(100),
  version: z.string().max(50),
  platform: z.string().max(50),
  runtime: z.enum(['electron', 'web']),
  runtimeVersion: z.string().max(50),
});
export type AppInfo = z.infer<typeof appInfoReplySchema>;

export const inboxChooseRequestSchema = z.strictObject({ title: z.string().min(1).max(200) });
export const inboxFileSchema = z.strictObject({
  name: fileNameSchema,
  size: z.number().int().min(0),
  modifiedAt: z.string().max(40),
});
export type InboxFile = z.infer<typeof inboxFileSchema>;
export const inboxListingSchema = z.strictObject({
  folder: z.string().max(4_096).nullable(),
  files: z.array(inboxFileSchema).max(500),
});
export type InboxListing = z.infer<typeof inboxListingSchema>;
export const inboxReadRequestSchema = z.strictObject({ name: fileNameSchema });

/** Every channel: its wire name and the schemas of its request and reply. */
export const ipcContract = {
  openFile: { channel: IPC_CHANNELS.openFile, request: openFileRequestSchema, reply: openFileReplySchema },
  saveBytes: { channel: IPC_CHANNELS.saveBytes, request: saveBytesRequestSchema, reply: saveReplySchema },
  printToPdf: { channel: IPC_CHANNELS.printToPdf, request: printToPdfRequestSchema, reply: saveReplySchema },
  renderPdf: { channel: IPC_CHANNELS.renderPdf, request: z.strictObject({}), reply: renderPdfReplySchema },
  saveFiles: { channel: IPC_CHANNELS.saveFiles, request: saveFilesRequestSchema, reply: saveFilesReplySchema },
  backupWrite: { channel: IPC_CHANNELS.backupWrite, request: backupWriteRequestSchema, reply: backupWriteReplySchema },
  backupLatest: { channel: IPC_CHANNELS.backupLatest, request: z.strictObject({}), reply: backupLatestReplySchema },
  appInfo: { channel: IPC_CHANNELS.appInfo, request: appInfoRequestSchema, reply: appInfoReplySchema },
  inboxChoose: { channel: IPC_CHANNELS.inboxChoose, request: inboxChooseRequestSchema, reply: inboxListingSchema },
  inboxList: { channel: IPC_CHANNELS.inboxList, request: z.strictObject({}), reply: inboxListingSchema },
  inboxRead: { channel: IPC_CHANNELS.inboxRead, request: inboxReadRequestSchema, reply: openedFileSchema },
  itDefaults: { channel: IPC_CHANNELS.itDefaults, request: z.strictObject({}), reply: itDefaultsReplySchema },
} as const;

export type IpcVerb = keyof typeof ipcContract;
export type IpcRequest<V extends IpcVerb> = z.infer<(typeof ipcContract)[V]['request']>;
export type IpcReply<V extends IpcVerb> = z.infer<(typeof ipcContract)[V]['reply']>;

export const ipcErrorCodeSchema = z.enum(['invalid-request', 'forbidden-sender', 'handler-failed', 'invalid-reply']);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

/** What crosses the wire: either the reply or a typed error, never a thrown exception. */
export const ipcEnvelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: ipcErrorCodeSchema, message: z.string().max(2_000) }),
  }),
]);
export type IpcEnvelope = z.infer<typeof ipcEnvelopeSchema>;

/** A typed IPC failure, raised on the renderer side when the main process refused or failed a call. */
export class IpcError extends Error {
  override readonly name = 'IpcError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns a zod error into one short line for an IPC error message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(meddelandet)'}: ${issue.message}`)
    .join('; ');
}

/** The preload's named verbs, as the renderer sees them on its global `rapportverkstad`. */
export type PreloadApi = { readonly [V in IpcVerb]: (request: IpcRequest<V>) => Promise<IpcEnvelope> };
