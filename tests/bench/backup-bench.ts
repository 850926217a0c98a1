import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBackup, serializeBackup } from '../../shared/files/backup-format';
import { encodeBase64 } from '../../shared/text/base64';
import { REPORTS, tenReportWorkspace } from './full-report';
import { median, type Figure } from './stats';

/*
 * Backups (performance issue, item 6): ten full-size reports with their images written to
 * a backup file and read back with every check, beside the least a backup can cost:
 * JSON.stringify of the same records (images as base64), the same write and read, and
 * JSON.parse. Alternating runs, medians.
 */

const RUNS = 5;

/** The backup figures: the app's write and read against the plain JSON round trip of the same records. */
export function backupBench(): Figure[] {
  const workspace = tenReportWorkspace();
  const file = join(tmpdir(), `rv-bench-backup-${process.pid}`);
  const plainRecords = {
    ...workspace,
    images: workspace.images.map(({ bytes, ...meta }) => ({ ...meta, data: encodeBase64(bytes) })),
  };
  const app: number[] = [];
  const plain: number[] = [];
  let size = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      const bytes = serializeBackup(workspace, new Date(), 'bench');
      writeFileSync(`${file}.rvbackup`, bytes);
      const back = parseBackup(new Uint8Array(readFileSync(`${file}.rvbackup`)), 'bench.rvbackup');
      app.push(performance.now() - start);
      if (back.reports.length !== REPORTS || back.images.length !== workspace.images.length)
        throw new Error('säkerhetskopian lästes inte tillbaka hel');
      size = bytes.byteLength;

      start = performance.now();
      writeFileSync(`${file}.json`, JSON.stringify(plainRecords));
      JSON.parse(readFileSync(`${file}.json`, 'utf8'));
      plain.push(performance.now() - start);
    }
  } finally {
    rmSync(`${file}.rvbackup`, { force: true });
    rmSync(`${file}.json`, { force: true });
  }
  console.log(
    `backup of ${REPORTS} full-size reports with ${workspace.images.length} images of 500 kB: ${(size / 1024 / 1024).toFixed(1)} MB`,
  );
  return [
    {
      name: `backup of ${REPORTS} reports: write and read back, median of ${RUNS}`,
      app: median(app),
      comparator: median(plain),
      comparatorName: 'JSON.stringify + write, read + JSON.parse of the same records (no checks)',
      bound: 3,
    },
  ];
}
