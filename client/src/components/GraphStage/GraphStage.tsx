// The graph itself and what may lie over it: why there is no graph, a loading or empty state, a
// banner when a refresh failed, and the layout time. GraphView stays mounted under the overlays,
// so a refresh that fails or a group that loads keeps the same cytoscape instance.
import { type ReactNode, type RefObject, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import type { GroupGraph, GroupSummary } from '../../api/types.ts';
import type { QueryState } from '../../hooks/useQuery.ts';
import { GraphControls } from '../GraphControls/GraphControls.tsx';
import {
  GraphView,
  type GraphViewHandle,
  type GraphViewProps,
  type LayoutTiming,
} from '../GraphView/GraphView.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface GraphStageProps {
  groups: QueryState<GroupSummary[]>;
  graph: QueryState<GroupGraph>;
  groupId: string | null;
  group: GroupSummary | null;
  graphRef: RefObject<GraphViewHandle | null>;
  elements: GraphViewProps['elements'];
  onSelectMember: (id: string | null) => void;
  onToggleExpand: (id: string) => void;
  initialView: GraphViewProps['initialView'];
  onViewChange: GraphViewProps['onViewChange'];
}

export function GraphStage({
  groups,
  graph,
  groupId,
  group,
  graphRef,
  elements,
  onSelectMember,
  onToggleExpand,
  initialView,
  onViewChange,
}: GraphStageProps) {
  const [timing, setTiming] = useState<LayoutTiming | null>(null);
  const problem = graphProblem(groups, graph, groupId, group);
  // What is drawn now: a member added later joins without a new layout, so count it here.
  const drawnNodes = elements.filter((element) => element.group === 'nodes').length;

  return (
    <div className="graph-stage">
      <GraphView
        ref={graphRef}
        elements={elements}
        onSelect={onSelectMember}
        onExpand={onToggleExpand}
        onLayout={setTiming}
        initialView={initialView}
        onViewChange={onViewChange}
      />
      {graph.data && graph.data.nodes.length > 0 && (
        <GraphControls
          onZoomIn={() => graphRef.current?.zoomBy(1.25)}
          onZoomOut={() => graphRef.current?.zoomBy(0.8)}
          onFit={() => graphRef.current?.fit()}
        />
      )}
      {problem && <div className="graph-overlay">{problem}</div>}
      {!problem && (groups.loading || (graph.loading && !graph.data)) && (
        <div className="graph-overlay">
          <StateMessage kind="loading">Loading the group…</StateMessage>
        </div>
      )}
      {graph.data && graph.data.nodes.length === 0 && (
        <div className="graph-overlay">
          <StateMessage kind="empty">This group has no members yet.</StateMessage>
        </div>
      )}
      {graph.error && graph.data ? (
        <div className="banner" role="alert">
          Could not refresh the graph: {errorMessage(graph.error)}
        </div>
      ) : null}
      {timing && (
        <span className="timing muted" title="Layout time in this browser">
          {drawnNodes} nodes · layout {timing.layoutMs} ms
        </span>
      )}
    </div>
  );
}

// Why no graph can show, the most basic reason first; null when one can.
function graphProblem(
  groups: QueryState<GroupSummary[]>,
  graph: QueryState<GroupGraph>,
  groupId: string | null,
  group: GroupSummary | null,
): ReactNode {
  if (groups.error) return <StateMessage kind="error" error={groups.error} onRetry={groups.reload} />;
  if (groups.data && groups.data.length === 0)
    return (
      <StateMessage kind="empty">
        There are no groups yet. Load the sample data with <code>pnpm seed</code>, or import your group.
      </StateMessage>
    );
  if (graph.error && !graph.data)
    return <StateMessage kind="error" error={graph.error} onRetry={graph.reload} />;
  if (groups.data && groupId && !group && !graph.loading && !graph.data)
    return <StateMessage kind="empty">This group does not exist, or you may not see it.</StateMessage>;
  return null;
}
