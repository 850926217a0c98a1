import { useCallback, useState } from 'react';

/*
 * The one side panel beside the document: an answer's history, its merge, "Sammanfoga
 * alla", or the comments (of an answer, or all when `id` is null). Opening one closes
 * whichever was open.
 */

export type SidePanel =
  | { kind: 'history'; id: string }
  | { kind: 'merge'; id: string }
  | { kind: 'merge-all' }
  | { kind: 'comments'; id: string | null }
  | null;

/** The open side panel and the ways to open and close it. */
export function useSidePanel() {
  const [panel, setPanel] = useState<SidePanel>(null);
  const openHistory = useCallback((id: string) => setPanel({ kind: 'history', id }), []);
  const openMerge = useCallback((id: string) => setPanel({ kind: 'merge', id }), []);
  const openMergeAll = useCallback(() => setPanel({ kind: 'merge-all' }), []);
  const openComments = useCallback((id: string | null) => setPanel({ kind: 'comments', id }), []);
  const close = useCallback(() => setPanel(null), []);
  return { panel, openHistory, openMerge, openMergeAll, openComments, close };
}
