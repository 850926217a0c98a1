import { describe, expect, it } from 'vitest';
import { loadFinalData } from '../../../renderer/final/final-data';
import { signReport, type Signer } from '../../../renderer/final/sign-report';
import { readManifest } from '../../../shared/signing/manifest';
import type { WorkbenchHost } from '../../../shared/host/workbench-host';
import { completeReport } from '../../shared/preflight/complete-report';
import { testDeps } from '../../shared/fixtures';
import { freshDb, template } from '../db/test-db';

const signer: Signer = { name: 'Christer Alzén', title: 'Förvaltningsdirektör', place: 'Västerås', date: '2026-01-21' };

async function setup() {
  const db = freshDb();
  const { report, answers } = completeReport();
  await db.reports.add(report);
  await db.answers.bulkAdd(answers);
  return { db, data: await loadFinalData(db, report.id, template) };
}

/** A desktop host that prints and saves into `events` and `saved`. */
function desktopHost(events: string[], saved: { name: string; bytes: Uint8Array }[]): WorkbenchHost {
  return {
    renderPdf: async () => {
      events.push('pdf');
      return new TextEncoder().encode('%PDF-1.7 sidor');
    },
    saveFiles: async ({ files }: { files: { name: string; bytes: Uint8Array }[] }) => {
      saved.push(...files);
      return { saved: true };
    },
  } as unknown as WorkbenchHost;
}

describe('signing', () => {
  it('prints the PDF only after the pages are drawn for signing, and signs the files it saves', async () => {
    const { db, data } = await setup();
    const events: string[] = [];
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const beforePdf = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('pages drawn');
    };
    expect(await signReport(db, desktopHost(events, saved), data, signer, testDeps(), beforePdf)).toBe('signed');
    expect(events).toEqual(['pages drawn', 'pdf']);
    expect(saved.map((f) => f.name.replace(/^.*-signerad/, '-signerad'))).toEqual([
      '-signerad.docx',
      '-signerad.pdf',
      '-signerad.signatur.json',
    ]);
    const manifest = readManifest(saved.find((f) => f.name.endsWith('.signatur.json'))!.bytes, 'm.json');
    expect(manifest.files.map((f) => f.name)).toEqual(
      saved.filter((f) => !f.name.endsWith('.json')).map((f) => f.name),
    );
  });

  it('does not sign when waiting for the pages fails, and says why', async () => {
    const { db, data } = await setup();
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const failing = () => Promise.reject(new Error('Sidorna blev inte klara för PDF:en.'));
    await expect(signReport(db, desktopHost([], saved), data, signer, testDeps(), failing)).rejects.toThrow(
      'Sidorna blev inte klara',
    );
    expect(saved).toEqual([]);
    expect((await db.reports.get(data.report.id))!.status).toBe('utkast');
  });
});
