// The explorer: group picker, ask box and sign-in on top; the graph on the left; a panel with
// tabs on the right. The URL holds the group, the selection, the filters and the question.
// State that more than one part needs lives here; each part's own state lives with that part.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { AppHeader } from './components/AppHeader/AppHeader.tsx';
import { GraphArea } from './components/GraphArea/GraphArea.tsx';
import type { GraphViewHandle } from './components/GraphView/GraphView.tsx';
import { RegionsIndex } from './components/RegionsIndex/RegionsIndex.tsx';
import { RegionView } from './components/RegionView/RegionView.tsx';
import { SidePanel } from './components/SidePanel/SidePanel.tsx';
import { Toast } from './components/Toast/Toast.tsx';
import { activityMarks } from './graph/activity-sizes.ts';
import { useAsk } from './hooks/useAsk.ts';
import { useDefaultGroup } from './hooks/useDefaultGroup.ts';
import { useExpandedContacts } from './hooks/useExpandedContacts.ts';
import { useExportPicture } from './hooks/useExportPicture.ts';
import { useGraphElements } from './hooks/useGraphElements.ts';
import { useGroupActivity } from './hooks/useGroupActivity.ts';
import { useLiveGroup } from './hooks/useLiveGroup.ts';
import { useMemberOptions } from './hooks/useMemberOptions.ts';
import { useNotice } from './hooks/useNotice.ts';
import { useQuery } from './hooks/useQuery.ts';
import { useUrlState } from './hooks/useUrlState.ts';
import { useSession } from './session/SessionProvider.tsx';

export function App() {
  const { ops, me } = useSession();
  const [url, setUrl] = useUrlState();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useNotice();
  const graphRef = useRef<GraphViewHandle>(null);
  const viewer = me?.id ?? 'anonymous';
  const groupId = url.groupId;

  const groups = useQuery('groups', () => ops.groups());
  // A region or the regions index on screen is not a missing group: no default group replaces it.
  useDefaultGroup(!groupId && !url.region && !url.regionsIndex, groups.data, me, setUrl);
  const group = groups.data?.find((entry) => entry.id === groupId) ?? null;
  const live = useLiveGroup(groupId);
  const region = useQuery(url.region ? `region:${url.region}` : null, () =>
    ops.regionGraph(url.region ?? ''),
  );
  const regions = useQuery(url.regionsIndex ? 'regions' : null, () => ops.regions());

  // Signing in or out refreshes the graph in place: same members, same layout.
  const graph = useQuery(groupId ? `graph:${groupId}:${viewer}` : null, () => ops.groupGraph(groupId ?? ''), {
    keepAcross: `graph:${groupId}`,
  });
  const ask = useAsk({ ask: url.ask, graph: graph.data, groupId, setUrl, graphRef });
  const contacts = useExpandedContacts(url.expanded);
  // The graph sized by the group's activity: the same read as the Activity tab's.
  const activity = useGroupActivity(groupId, url.activityPeriod, url.sizeBy !== 'none');
  const marks = useMemo(
    () => activityMarks(activity.data?.members, url.sizeBy, url.activityPeriod),
    [activity.data, url.sizeBy, url.activityPeriod],
  );
  const { elements, shownCount } = useGraphElements(graph.data, url, contacts, ask.highlight, marks);
  const memberOptions = useMemberOptions(graph.data?.nodes);
  const exportPicture = useExportPicture(graphRef, graph.data, group?.name, setNotice);

  const selectMember = useCallback(
    (id: string | null) => {
      if (id) {
        setUrl({ memberId: id, tab: 'member' });
        graphRef.current?.centreOn(id);
      } else setUrl({ memberId: null });
    },
    [setUrl],
  );

  // An answer looked at from the Ask tab: selected and centred, and the ranked list stays.
  const inspectMember = useCallback(
    (id: string) => {
      setUrl({ memberId: id });
      graphRef.current?.centreOn(id);
    },
    [setUrl],
  );

  const toggleExpand = useCallback(
    (id: string) => {
      setUrl({
        expanded: url.expanded.includes(id)
          ? url.expanded.filter((other) => other !== id)
          : [...url.expanded, id],
      });
    },
    [setUrl, url.expanded],
  );

  // Everything on screen may show what was written: refetch it all (kept on screen meanwhile).
  const afterWrite = (message: string) => {
    void queryClient.invalidateQueries();
    setNotice(message);
  };

  // Members, filters and a question of the last group mean nothing in the next.
  const openGroup = (id: string) =>
    setUrl({
      groupId: id,
      region: null,
      regionsIndex: false,
      memberId: null,
      powerGroups: [],
      industries: [],
      expanded: [],
      ask: '',
      view: null,
    });

  // A region's scene, or the index of them all, instead of a group: nothing of the group stays.
  const leaveGroup = { groupId: null, memberId: null, ask: '', view: null } as const;
  const openRegion = (name: string) => setUrl({ ...leaveGroup, region: name, regionsIndex: false });
  const openRegionsIndex = () => setUrl({ ...leaveGroup, region: null, regionsIndex: true });

  return (
    <div className="app">
      <AppHeader
        groups={groups.data}
        groupId={groupId}
        onChooseGroup={openGroup}
        ask={url.ask}
        memberNames={memberOptions.map((option) => option.label)}
        askDisabled={!graph.data}
        onAsk={ask.submit}
        live={live}
        region={url.region ? null : (group?.region ?? null)}
        onOpenRegion={openRegion}
      />
      {url.region ? (
        <RegionView
          region={url.region}
          graph={region}
          onOpenChapter={openGroup}
          onOpenRegionsIndex={openRegionsIndex}
        />
      ) : url.regionsIndex ? (
        <RegionsIndex regions={regions} onOpenRegion={openRegion} />
      ) : (
        <main className="workspace">
          <GraphArea
            groups={groups}
            graph={graph}
            group={group}
            url={url}
            setUrl={setUrl}
            graphRef={graphRef}
            elements={elements}
            shownCount={shownCount}
            highlighting={Boolean(ask.highlight)}
            onSelectMember={selectMember}
            onToggleExpand={toggleExpand}
            onExport={exportPicture}
            sizing={{ allowed: activity.allowed, organiser: activity.organiser, loading: activity.loading }}
          />
          <SidePanel
            url={url}
            setUrl={setUrl}
            graph={graph.data}
            ask={ask}
            memberOptions={memberOptions}
            onSelectMember={selectMember}
            onInspectMember={inspectMember}
            onToggleExpand={toggleExpand}
            onWrite={afterWrite}
          />
        </main>
      )}
      <Toast message={notice} />
    </div>
  );
}
