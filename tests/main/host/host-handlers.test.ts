import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createHostHandlers } from '../../../main/host/host-handlers';
import type { BackupFolder } from '../../../main/host/backup-folder';
import type { Inbox } from '../../../main/host/inbox';

vi.mock('electron', async () => (await import('../fake-electron')).fakeElectron);

/** A window's webContents that prints whatever it is asked to, and remembers how. */
function printingEvent() {
  const printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.7')));
  return { event: { sender: { printToPDF } } as unknown as IpcMainInvokeEvent, printToPDF };
}

describe('the PDF of the final document', () => {
  const handlers = createHostHandlers({} as Inbox, {} as BackupFolder, {
    path: '/etc/rapportverkstad/standard.json',
    defaults: null,
    problem: null,
  });

  it.each([
    ['tagged, so that a screen reader reads the published report', { generateTaggedPDF: true }],
    ['with an outline of its headings', { generateDocumentOutline: true }],
    [
      'sized by the document’s own @page rules, backgrounds printed',
      { preferCSSPageSize: true, printBackground: true },
    ],
  ])('is printed %s', async (_what, options) => {
    const { event, printToPDF } = printingEvent();
    const reply = await handlers.renderPdf({}, event);
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining(options));
    expect(new TextDecoder().decode(reply.bytes)).toBe('%PDF-1.7');
  });
});
