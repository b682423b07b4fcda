// Downloads the graph as a PNG named after the group. A failure is reported through onError rather
// than thrown: it starts from a button, and nothing above it could catch it.
import { type RefObject, useCallback } from 'react';
import type { GraphViewHandle } from '../components/GraphView/GraphView.tsx';

// Long enough for the browser to start the download before the blob goes.
const REVOKE_AFTER_MS = 10_000;

export function useExportPng(
  graphRef: RefObject<GraphViewHandle | null>,
  groupName: string | undefined,
  onError: (message: string) => void,
): () => void {
  return useCallback(() => {
    void (async () => {
      try {
        const blob = await graphRef.current?.exportPng();
        if (!blob) return;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        const name = groupName ?? 'group';
        link.download = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-graph.png`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), REVOKE_AFTER_MS);
      } catch (error) {
        onError(`Could not export the graph: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  }, [graphRef, groupName, onError]);
}
