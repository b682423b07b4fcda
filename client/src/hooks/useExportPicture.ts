// Downloads the graph as a picture to share, PNG or SVG, framed with the group's name, the date
// and the legend (graph/export-picture.ts), named after the group. A failure is reported through
// onError rather than thrown: it starts from a button, and nothing above it could catch it.
import { type RefObject, useCallback } from 'react';
import { errorMessage } from '../api/client.ts';
import type { GroupGraph } from '../api/types.ts';
import { EXPORT_SCALE, type GraphViewHandle } from '../components/GraphView/GraphView.tsx';
import { framedPng, framedSvg, type PictureFrame } from '../graph/export-picture.ts';
import { legendEntries } from '../graph/to-elements.ts';
import { formatDate } from '../text/format.ts';
import { download, fileSlug } from './download.ts';

export type PictureFormat = 'png' | 'svg';

export function useExportPicture(
  graphRef: RefObject<GraphViewHandle | null>,
  graph: GroupGraph | null | undefined,
  groupName: string | undefined,
  onError: (message: string) => void,
): (format: PictureFormat) => void {
  return useCallback(
    (format: PictureFormat) => {
      void (async () => {
        try {
          const view = graphRef.current;
          if (!view || !graph) return;
          const name = groupName ?? 'Group';
          const frame: PictureFrame = {
            title: name,
            subtitle: `Power Groups · ${graph.nodes.length} members · ${formatDate(new Date().toISOString())}`,
            legend: legendEntries(graph),
          };
          const blob =
            format === 'png'
              ? await framedPng(await view.exportPng(), frame, EXPORT_SCALE)
              : new Blob([framedSvg(view.exportSvg(), frame)], { type: 'image/svg+xml' });
          download(blob, `${fileSlug(name)}-graph.${format}`);
        } catch (error) {
          onError(`Could not export the graph: ${errorMessage(error)}`);
        }
      })();
    },
    [graphRef, graph, groupName, onError],
  );
}
