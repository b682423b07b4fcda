// The explorer: group picker, ask box and sign-in on top; the graph on the left; a panel with
// tabs on the right. The URL holds the group, the selection, the filters and the question.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Contact, EdgeKind, GraphNode } from './api/types.ts';
import { AskBox } from './components/AskBox/AskBox.tsx';
import { parseAsk, stripQuestion } from './components/AskBox/parse-ask.ts';
import { AskResults } from './components/AskResults/AskResults.tsx';
import { GraphToolbar } from './components/GraphToolbar/GraphToolbar.tsx';
import { GraphView, type GraphViewHandle, type LayoutTiming } from './components/GraphView/GraphView.tsx';
import { GroupPicker } from './components/GroupPicker/GroupPicker.tsx';
import { Legend } from './components/Legend/Legend.tsx';
import { MemberPanel } from './components/MemberPanel/MemberPanel.tsx';
import { MembersList } from './components/MembersList/MembersList.tsx';
import { PowerGroupsPanel } from './components/PowerGroupsPanel/PowerGroupsPanel.tsx';
import { RecordOneToOneForm } from './components/RecordOneToOneForm/RecordOneToOneForm.tsx';
import { RecordReferralForm } from './components/RecordReferralForm/RecordReferralForm.tsx';
import { SignIn } from './components/SignIn/SignIn.tsx';
import { StateMessage } from './components/StateMessage/StateMessage.tsx';
import { nodeColour, powerGroupColours } from './graph/colours.ts';
import {
  type ExpandedContacts,
  industriesOf,
  legendEntries,
  pathHighlight,
  toElements,
  visibleNodeIds,
} from './graph/to-elements.ts';
import { useQuery } from './hooks/useQuery.ts';
import { type PanelTab, useUrlState } from './hooks/useUrlState.ts';
import { useSession } from './session/SessionProvider.tsx';

const TAB_LABELS: Record<PanelTab, string> = {
  member: 'Member',
  ask: 'Ask',
  'power-groups': 'Power groups',
  record: 'Record',
  members: 'Members',
};
const TAB_ORDER: PanelTab[] = ['member', 'ask', 'power-groups', 'record', 'members'];

export function App() {
  const { ops, me } = useSession();
  const [url, setUrl] = useUrlState();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [recordMode, setRecordMode] = useState<'referral' | 'one-to-one'>('referral');
  const [recordPair, setRecordPair] = useState<{ first: string | null; second: string | null }>({
    first: null,
    second: null,
  });
  const [contacts, setContacts] = useState<ExpandedContacts[]>([]);
  const [timing, setTiming] = useState<LayoutTiming | null>(null);
  const graphRef = useRef<GraphViewHandle>(null);
  const viewer = me?.id ?? 'anonymous';

  const groups = useQuery('groups', () => ops.groups());
  const groupId = url.groupId;

  // Without a group in the URL, open the caller's group, or the first one.
  useEffect(() => {
    if (groupId || !groups.data?.length) return;
    const preferred = groups.data.find((group) => group.id === me?.group?.id) ?? groups.data[0];
    if (preferred) setUrl({ groupId: preferred.id });
  }, [groupId, groups.data, me, setUrl]);

  // Signing in or out refreshes the graph in place: same members, same layout.
  const graph = useQuery(
    groupId ? `graph:${groupId}` : null,
    () => ops.groupGraph(groupId ?? ''),
    `${version}:${viewer}`,
  );
  const report = useQuery(
    groupId && url.tab === 'power-groups' ? `pg:${groupId}:${viewer}` : null,
    () => ops.powerGroups(groupId ?? ''),
    version,
  );

  const nodes = graph.data?.nodes ?? [];
  const intent = useMemo(() => parseAsk(url.ask, nodes), [url.ask, nodes]);
  const askText = intent.kind === 'industry' ? intent.text : null;
  const whoKnows = useQuery(
    groupId && askText ? `ask:${groupId}:${askText}:${viewer}` : null,
    () => ops.whoKnows(askText ?? '', groupId ?? '', 2),
    version,
  );

  // A member's name typed in the ask box opens that member.
  useEffect(() => {
    if (intent.kind === 'member') setUrl({ memberId: intent.memberId, tab: 'member', ask: '' });
  }, [intent, setUrl]);

  // Contacts of expanded members, as far as the caller may see them.
  useEffect(() => {
    if (url.expanded.length === 0) {
      setContacts([]);
      return;
    }
    let current = true;
    Promise.all(
      url.expanded.map((memberId) =>
        ops.member(memberId).then(
          (member) => ({ memberId, contacts: (member?.contacts ?? []) as Contact[] }),
          () => ({ memberId, contacts: [] as Contact[] }),
        ),
      ),
    ).then((loaded) => current && setContacts(loaded.filter((entry) => entry.contacts.length > 0)));
    return () => {
      current = false;
    };
  }, [url.expanded, ops]);

  const highlight = useMemo(
    () => (graph.data && whoKnows.data && askText ? pathHighlight(graph.data, whoKnows.data.answers) : null),
    [graph.data, whoKnows.data, askText],
  );

  // A new answer brings its members into view (once per answer, not on every refresh).
  const answerKey = highlight ? [...highlight.nodeIds].sort().join(',') : '';
  useEffect(() => {
    if (answerKey) graphRef.current?.fitTo(answerKey.split(','));
  }, [answerKey]);

  const elements = useMemo(
    () =>
      graph.data
        ? toElements(graph.data, {
            edgeKinds: url.edges,
            powerGroupFilter: url.powerGroups,
            industryFilter: url.industries,
            expanded: url.expanded,
            contacts,
            highlight,
            selectedId: url.memberId,
          })
        : [],
    [graph.data, url.edges, url.powerGroups, url.industries, url.expanded, contacts, highlight, url.memberId],
  );

  const shownCount = useMemo(
    () =>
      graph.data
        ? visibleNodeIds(graph.data, {
            edgeKinds: url.edges,
            powerGroupFilter: url.powerGroups,
            industryFilter: url.industries,
            expanded: url.expanded,
          }).size
        : 0,
    [graph.data, url.edges, url.powerGroups, url.industries, url.expanded],
  );

  const colours = useMemo(() => powerGroupColours(graph.data?.powerGroups ?? []), [graph.data]);
  const colourOf = useCallback((node: GraphNode) => nodeColour(node.powerGroupIds, colours), [colours]);
  const memberOptions = useMemo(
    () =>
      [...nodes]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((node) => ({ id: node.id, label: node.label, industryName: node.industryName })),
    [nodes],
  );

  const selectMember = useCallback(
    (id: string | null) => {
      if (id) {
        setUrl({ memberId: id, tab: 'member' });
        graphRef.current?.centreOn(id);
      } else setUrl({ memberId: null });
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

  const toggleEdgeKind = (kind: EdgeKind) =>
    setUrl({
      edges: url.edges.includes(kind) ? url.edges.filter((other) => other !== kind) : [...url.edges, kind],
    });

  const openRecord = (mode: 'referral' | 'one-to-one', first: string, second: string) => {
    setRecordMode(mode);
    setRecordPair({ first, second });
    setUrl({ tab: 'record' });
  };

  const afterWrite = (message: string) => {
    setVersion((value) => value + 1);
    setNotice(message);
  };

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  async function exportPng() {
    try {
      const blob = await graphRef.current?.exportPng();
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      const name = groups.data?.find((group) => group.id === groupId)?.name ?? 'group';
      link.download = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-graph.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      setNotice(`Could not export the graph: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab goes on into the panel.
  function onTabKey(event: React.KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const focused = (event.target as HTMLElement).id.replace(/^tab-/, '') as PanelTab;
    const from = TAB_ORDER.includes(focused) ? focused : url.tab;
    const next =
      TAB_ORDER[(TAB_ORDER.indexOf(from) + step + TAB_ORDER.length) % TAB_ORDER.length] ?? 'member';
    setUrl({ tab: next });
    document.getElementById(`tab-${next}`)?.focus();
    event.preventDefault();
  }

  const group = groups.data?.find((entry) => entry.id === groupId) ?? null;
  const canChooseAnyone = me?.role === 'ORGANISER';

  function renderGraphArea() {
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
  const graphProblem = renderGraphArea();

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="/" aria-label="Power Groups home">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <circle cx="6" cy="7" r="3" fill="#0072B2" />
            <circle cx="18" cy="6" r="3" fill="#E69F00" />
            <circle cx="12" cy="18" r="3" fill="#009E73" />
            <path d="M6 7L18 6L12 18Z" fill="none" stroke="#64748B" strokeWidth="1.3" />
          </svg>
          Power Groups
        </a>
        {groups.data && groups.data.length > 0 && (
          <GroupPicker
            groups={groups.data}
            value={groupId}
            onChange={(id) =>
              setUrl({ groupId: id, memberId: null, powerGroups: [], industries: [], expanded: [], ask: '' })
            }
          />
        )}
        <AskBox
          value={url.ask}
          memberNames={memberOptions.map((option) => option.label)}
          disabled={!graph.data}
          onAsk={(text) => {
            const parsed = parseAsk(text, nodes);
            if (parsed.kind === 'empty') setUrl({ ask: '' });
            else if (parsed.kind === 'member') setUrl({ memberId: parsed.memberId, tab: 'member', ask: '' });
            else setUrl({ ask: text.trim(), tab: 'ask' });
          }}
        />
        <SignIn />
      </header>

      <main className="workspace">
        <section className="graph-area" aria-label="Group graph" aria-busy={graph.loading}>
          {graph.data && (
            <GraphToolbar
              powerGroups={[...graph.data.powerGroups].sort((a, b) => a.name.localeCompare(b.name))}
              industries={industriesOf(graph.data)}
              powerGroupFilter={url.powerGroups}
              industryFilter={url.industries}
              onPowerGroupFilter={(ids) => setUrl({ powerGroups: ids })}
              onIndustryFilter={(ids) => setUrl({ industries: ids })}
              highlighting={Boolean(highlight)}
              onClearHighlight={() => setUrl({ ask: '' })}
              onZoomIn={() => graphRef.current?.zoomBy(1.25)}
              onZoomOut={() => graphRef.current?.zoomBy(0.8)}
              onFit={() => graphRef.current?.fit()}
              onExport={() => void exportPng()}
              shown={shownCount}
              total={graph.data.nodes.length}
            />
          )}
          <div className="graph-stage">
            <GraphView
              ref={graphRef}
              elements={elements}
              onSelect={selectMember}
              onExpand={toggleExpand}
              onLayout={setTiming}
            />
            {graphProblem && <div className="graph-overlay">{graphProblem}</div>}
            {!graphProblem && (groups.loading || (graph.loading && !graph.data)) && (
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
                Could not refresh the graph:{' '}
                {graph.error instanceof Error ? graph.error.message : String(graph.error)}
              </div>
            ) : null}
            {timing && (
              <span className="timing muted" title="Layout time in this browser">
                {timing.nodes} nodes · layout {timing.layoutMs} ms
              </span>
            )}
          </div>
          {graph.data && graph.data.nodes.length > 0 && (
            <Legend
              entries={legendEntries(graph.data)}
              edgeKinds={url.edges}
              onToggleEdgeKind={toggleEdgeKind}
              unassigned={graph.data.nodes.filter((node) => node.powerGroupIds.length === 0).length}
            />
          )}
        </section>

        <aside className="side-panel" aria-label="Details">
          <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onTabKey}>
            {TAB_ORDER.map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`tab-${tab}`}
                aria-selected={url.tab === tab}
                tabIndex={url.tab === tab ? 0 : -1}
                aria-controls="panel-body"
                className="tab"
                onClick={() => setUrl({ tab })}
              >
                {TAB_LABELS[tab]}
              </button>
            ))}
          </div>
          <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={`tab-${url.tab}`}>
            {url.tab === 'member' &&
              (url.memberId ? (
                <MemberPanel
                  memberId={url.memberId}
                  version={version}
                  expanded={url.expanded.includes(url.memberId)}
                  onSelectMember={selectMember}
                  onToggleExpand={toggleExpand}
                  onRecordReferral={(first, second) => openRecord('referral', first, second)}
                  onBookOneToOne={(first, second) => openRecord('one-to-one', first, second)}
                  onReferralUpdated={(referral) =>
                    afterWrite(`Referral moved to ${referral.status.toLowerCase().replace(/_/g, ' ')}.`)
                  }
                />
              ) : (
                <StateMessage kind="empty">
                  Click a member on the graph, pick one under <em>Members</em>, or type a name in the ask box.
                </StateMessage>
              ))}
            {url.tab === 'ask' &&
              (!askText ? (
                <StateMessage kind="empty">
                  Ask “who knows a mortgage broker”, or type an industry. Answers are ranked by how close the
                  tie is, and their paths light up on the graph.
                </StateMessage>
              ) : whoKnows.error ? (
                <StateMessage kind="error" error={whoKnows.error} onRetry={whoKnows.reload} />
              ) : !whoKnows.data ? (
                <StateMessage kind="loading">Asking the group…</StateMessage>
              ) : (
                <AskResults
                  question={stripQuestion(url.ask)}
                  result={whoKnows.data}
                  onSelectMember={selectMember}
                  onAskInstead={(name) => setUrl({ ask: name, tab: 'ask' })}
                />
              ))}
            {url.tab === 'power-groups' &&
              (report.error ? (
                <StateMessage kind="error" error={report.error} onRetry={report.reload} />
              ) : !report.data ? (
                groupId ? (
                  <StateMessage kind="loading">Analysing the power groups…</StateMessage>
                ) : null
              ) : (
                <PowerGroupsPanel
                  report={report.data}
                  onSelectMember={selectMember}
                  activeFilter={url.powerGroups}
                  onFilterPowerGroup={(id) =>
                    setUrl({ powerGroups: url.powerGroups.includes(id) ? [] : [id] })
                  }
                />
              ))}
            {url.tab === 'record' &&
              (!me ? (
                <StateMessage kind="empty">Sign in to record referrals and one-to-ones.</StateMessage>
              ) : memberOptions.length === 0 ? (
                <StateMessage kind="loading" />
              ) : (
                <div className="record">
                  <div className="segmented" role="radiogroup" aria-label="What to record">
                    <label>
                      <input
                        type="radio"
                        checked={recordMode === 'referral'}
                        onChange={() => setRecordMode('referral')}
                      />
                      Referral
                    </label>
                    <label>
                      <input
                        type="radio"
                        checked={recordMode === 'one-to-one'}
                        onChange={() => setRecordMode('one-to-one')}
                      />
                      One-to-one
                    </label>
                  </div>
                  {recordMode === 'referral' ? (
                    <RecordReferralForm
                      members={memberOptions}
                      giverId={recordPair.first && canChooseAnyone ? recordPair.first : me.id}
                      receiverId={recordPair.second}
                      canChooseGiver={canChooseAnyone}
                      onRecorded={(referral) => {
                        afterWrite(
                          `Referral from ${referral.giver.name} to ${referral.receiver.name} recorded.`,
                        );
                        // Show the new tie: clear a question's highlight and select the receiver.
                        setUrl({ ask: '', memberId: referral.receiver.id });
                      }}
                    />
                  ) : (
                    <RecordOneToOneForm
                      members={memberOptions}
                      firstId={recordPair.first && canChooseAnyone ? recordPair.first : me.id}
                      secondId={recordPair.second}
                      canChooseFirst={canChooseAnyone}
                      onRecorded={() => afterWrite('One-to-one recorded.')}
                    />
                  )}
                </div>
              ))}
            {url.tab === 'members' && graph.data && (
              <MembersList
                nodes={graph.data.nodes}
                colourOf={colourOf}
                selectedId={url.memberId}
                onSelect={selectMember}
              />
            )}
          </div>
        </aside>
      </main>
      {notice && (
        <div className="toast" role="status">
          {notice}
        </div>
      )}
    </div>
  );
}
