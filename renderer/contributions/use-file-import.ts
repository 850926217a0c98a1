import { useCallback, useRef, useState } from 'react';
import { appDeps } from '../app/deps';
import { importContributionFiles, type ImportResult } from '../db/contributions-repo';
import type { WorkbenchDb } from '../db/schema';

/** How far an import of contribution files has come. */
export interface ImportState {
  done: number;
  total: number;
  /** The file being read now. */
  current: string | null;
  cancelling: boolean;
}

/**
 * Imports contribution files one by one with the progress shown and a way to stop: a
 * stop lets the file being read finish (each file is one transaction) and leaves the
 * rest out, said per file in the results.
 */
export function useFileImport(db: WorkbenchDb) {
  const [state, setState] = useState<ImportState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(
    async (files: { name: string; bytes: Uint8Array }[], intoReportId?: string): Promise<ImportResult[]> => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ done: 0, total: files.length, current: null, cancelling: false });
      try {
        return await importContributionFiles(db, files, appDeps, intoReportId, {
          signal: abort.signal,
          onProgress: (done, total, current) =>
            setState((s) => ({ done, total, current, cancelling: s?.cancelling ?? false })),
        });
      } finally {
        controller.current = null;
        setState(null);
      }
    },
    [db],
  );
  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => s && { ...s, cancelling: true });
  }, []);
  return { state, run, cancel };
}
