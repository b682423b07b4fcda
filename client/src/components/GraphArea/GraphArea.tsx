// The graph with its toolbar above and its legend below. Filters and edge kinds are kept in the
// URL, so a shared link shows the same view.

import type { RefObject } from 'react';
import type { EdgeKind, GroupGraph, GroupSummary } from '../../api/types.ts';
import { SIZE_MEASURES } from '../../graph/activity-sizes.ts';
import { industriesOf, legendEntries } from '../../graph/to-elements.ts';
import type { PictureFormat } from '../../hooks/useExportPicture.ts';
import type { QueryState } from '../../hooks/useQuery.ts';
import type { SetUrlState, UrlState } from '../../hooks/useUrlState.ts';
import { GraphStage } from '../GraphStage/GraphStage.tsx';
import { GraphToolbar } from '../GraphToolbar/GraphToolbar.tsx';
import type { GraphViewHandle, GraphViewProps } from '../GraphView/GraphView.tsx';
import { Legend } from '../Legend/Legend.tsx';

export interface GraphAreaProps {
  groups: QueryState<GroupSummary[]>;
  graph: QueryState<GroupGraph>;
  /** The group in the URL, if the caller may see it. */
  group: GroupSummary | null;
  url: UrlState;
  setUrl: SetUrlState;
  graphRef: RefObject<GraphViewHandle | null>;
  elements: GraphViewProps['elements'];
  /** Members that pass the filters. */
  shownCount: number;
  highlighting: boolean;
  onSelectMember: (id: string | null) => void;
  onToggleExpand: (id: string) => void;
  onExport: (format: PictureFormat) => void;
  /** Whether the caller may size the graph by the group's activity, and see value won. */
  sizing: { allowed: boolean; organiser: boolean; loading: boolean };
}

export function GraphArea({
  groups,
  graph,
  group,
  url,
  setUrl,
  graphRef,
  elements,
  shownCount,
  highlighting,
  onSelectMember,
  onToggleExpand,
  onExport,
  sizing,
}: GraphAreaProps) {
  const toggleEdgeKind = (kind: EdgeKind) =>
    setUrl({
      edges: url.edges.includes(kind) ? url.edges.filter((other) => other !== kind) : [...url.edges, kind],
    });

  return (
    <section className="graph-area" aria-label="Group graph" aria-busy={graph.loading}>
      {graph.data && (
        <GraphToolbar
          powerGroups={[...graph.data.powerGroups].sort((a, b) => a.name.localeCompare(b.name))}
          industries={industriesOf(graph.data)}
          powerGroupFilter={url.powerGroups}
          industryFilter={url.industries}
          onPowerGroupFilter={(ids) => setUrl({ powerGroups: ids })}
          onIndustryFilter={(ids) => setUrl({ industries: ids })}
          showCompetition={url.edges.includes('COMPETITION')}
          onShowCompetition={(show) => {
            if (show !== url.edges.includes('COMPETITION')) toggleEdgeKind('COMPETITION');
          }}
          highlighting={highlighting}
          onClearHighlight={() => setUrl({ ask: '' })}
          onExport={onExport}
          shown={shownCount}
          total={graph.data.nodes.length}
          sizeMeasures={
            sizing.allowed
              ? SIZE_MEASURES.filter((measure) => measure !== 'valueWon' || sizing.organiser)
              : []
          }
          sizeBy={url.sizeBy}
          sizePeriod={url.activityPeriod}
          onSizeBy={(sizeBy) => setUrl({ sizeBy })}
        />
      )}
      <GraphStage
        groups={groups}
        graph={graph}
        groupId={url.groupId}
        group={group}
        graphRef={graphRef}
        elements={elements}
        onSelectMember={onSelectMember}
        onToggleExpand={onToggleExpand}
        initialView={url.view}
        onViewChange={(view) => setUrl({ view })}
      />
      {graph.data && graph.data.nodes.length > 0 && (
        <Legend
          entries={legendEntries(graph.data)}
          edgeKinds={url.edges}
          onToggleEdgeKind={toggleEdgeKind}
          unassigned={graph.data.nodes.filter((node) => node.powerGroupIds.length === 0).length}
          sized={sizing.allowed && url.sizeBy !== 'none'}
        />
      )}
    </section>
  );
}
