import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  describeIssues,
  ipcContract,
  type IpcEnvelope,
  type IpcErrorCode,
  type IpcReply,
  type IpcRequest,
  type IpcVerb,
} from '../../shared/ipc/contract';

/*
 * The only place that touches ipcMain. Every handler is registered here, and no payload
 * reaches a handler body before the sender is checked (top frame, our own page) and the
 * request has passed its zod schema. Failures travel back as typed error envelopes.
 */

export type IpcHandlers = {
  [V in IpcVerb]: (request: IpcRequest<V>, event: IpcMainInvokeEvent) => Promise<IpcReply<V>> | IpcReply<V>;
};

const fail = (code: IpcErrorCode, message: string): IpcEnvelope => ({ ok: false, error: { code, message } });

/** Why a sender is refused, or null when it is our own top-level page. */
export function refuseSender(event: IpcMainInvokeEvent, isTrustedUrl: (url: string) => boolean): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'avsändarramen finns inte längre';
  if (frame.parent !== null || frame !== event.sender.mainFrame) return 'anrop från en underram';
  if (!isTrustedUrl(frame.url)) return `anrop från en okänd sida (${frame.url.slice(0, 100)})`;
  return null;
}

async function dispatch<V extends IpcVerb>(
  verb: V,
  handler: IpcHandlers[V],
  event: IpcMainInvokeEvent,
  payload: unknown,
  isTrustedUrl: (url: string) => boolean,
): Promise<IpcEnvelope> {
  const refusal = refuseSender(event, isTrustedUrl);
  if (refusal) return fail('forbidden-sender', refusal);
  const spec = ipcContract[verb];
  const request = spec.request.safeParse(payload);
  if (!request.success) return fail('invalid-request', describeIssues(request.error));
  let value: unknown;
  try {
    value = await handler(request.data as IpcRequest<V>, event);
  } catch (error) {
    console.error(`IPC ${spec.channel} misslyckades`, error);
    return fail('handler-failed', error instanceof Error ? error.message.slice(0, 2_000) : 'okänt fel');
  }
  const reply = spec.reply.safeParse(value);
  if (!reply.success) return fail('invalid-reply', describeIssues(reply.error));
  return { ok: true, value: reply.data };
}

/** Registers one handler per contract channel; returns a function that removes them all. */
export function registerIpcHandlers(handlers: IpcHandlers, isTrustedUrl: (url: string) => boolean): () => void {
  const verbs = Object.keys(ipcContract) as IpcVerb[];
  for (const verb of verbs) {
    const handler = handlers[verb];
    ipcMain.handle(ipcContract[verb].channel, (event, payload: unknown) =>
      dispatch(verb, handler, event, payload, isTrustedUrl),
    );
  }
  return () => verbs.forEach((verb) => ipcMain.removeHandler(ipcContract[verb].channel));
}
