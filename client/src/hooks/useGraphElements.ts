// What the graph shows for the current filters, selection, expanded members and answer: the
// cytoscape elements, and how many members pass the filters (the toolbar's "shown of total").
// Memoised, because GraphView diffs the elements on every new array.
import { useMemo } from 'react';
import type { GroupGraph } from '../api/types.ts';
import {
  type ActivityMarks,
  type ExpandedContacts,
  type PathHighlight,
  toElements,
  visibleNodeIds,
} from '../graph/to-elements.ts';
import type { UrlState } from './useUrlState.ts';

export interface GraphElements {
  elements: ReturnType<typeof toElements>;
  shownCount: number;
}

export function useGraphElements(
  graph: GroupGraph | undefined,
  url: UrlState,
  contacts: ExpandedContacts[],
  highlight: PathHighlight | null,
  activity: ActivityMarks | null = null,
): GraphElements {
  const elements = useMemo(
    () =>
      graph
        ? toElements(graph, {
            edgeKinds: url.edges,
            powerGroupFilter: url.powerGroups,
            industryFilter: url.industries,
            expanded: url.expanded,
            contacts,
            highlight,
            selectedId: url.memberId,
            activity,
          })
        : [],
    [
      graph,
      url.edges,
      url.powerGroups,
      url.industries,
      url.expanded,
      contacts,
      highlight,
      url.memberId,
      activity,
    ],
  );

  const shownCount = useMemo(
    () =>
      graph
        ? visibleNodeIds(graph, {
            edgeKinds: url.edges,
            powerGroupFilter: url.powerGroups,
            industryFilter: url.industries,
            expanded: url.expanded,
          }).size
        : 0,
    [graph, url.edges, url.powerGroups, url.industries, url.expanded],
  );

  return { elements, shownCount };
}
