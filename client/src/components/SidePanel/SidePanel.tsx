// The panel beside the graph: its tabs, and the open tab. The Record tab's draft is held here, not
// in the tab, because only the open tab is mounted. On a narrow screen the panel is a bottom sheet
// under the graph: its tabs always show, and it opens when a member is chosen or a tab is pressed.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphNode, GroupGraph } from '../../api/types.ts';
import { nodeColour, powerGroupColours } from '../../graph/colours.ts';
import { fileSlug } from '../../hooks/download.ts';
import type { AskState } from '../../hooks/useAsk.ts';
import { type RecordMode, useRecordDraft } from '../../hooks/useRecordDraft.ts';
import { PANEL_TABS, type SetUrlState, type UrlState } from '../../hooks/useUrlState.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { stripQuestion } from '../AskBox/parse-ask.ts';
import { AskTab } from '../AskTab/AskTab.tsx';
import type { RosterDraft } from '../MemberForm/MemberForm.tsx';
import { MembersList } from '../MembersList/MembersList.tsx';
import { MemberTab } from '../MemberTab/MemberTab.tsx';
import { OrganiseTab, useOrganiseRights } from '../OrganiseTab/OrganiseTab.tsx';
import { PanelTabs } from '../PanelTabs/PanelTabs.tsx';
import { PowerGroupsTab } from '../PowerGroupsTab/PowerGroupsTab.tsx';
import type { MemberOption } from '../RecordReferralForm/RecordReferralForm.tsx';
import { RecordTab } from '../RecordTab/RecordTab.tsx';
import { ReferralPipeline } from '../ReferralPipeline/ReferralPipeline.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

// Charts are for the few who open the tab: their code loads then, not with the explorer.
const ActivityTab = lazy(() =>
  import('../ActivityTab/ActivityTab.tsx').then((module) => ({ default: module.ActivityTab })),
);

export interface SidePanelProps {
  url: UrlState;
  setUrl: SetUrlState;
  graph: GroupGraph | undefined;
  ask: AskState;
  memberOptions: readonly MemberOption[];
  onSelectMember: (id: string | null) => void;
  /** Shows a member on the graph without leaving the open tab (an answer being looked at). */
  onInspectMember: (id: string) => void;
  onToggleExpand: (id: string) => void;
  /** After a write: reload, and say what was written. */
  onWrite: (message: string) => void;
}

export function SidePanel({
  url,
  setUrl,
  graph,
  ask,
  memberOptions,
  onSelectMember,
  onInspectMember,
  onToggleExpand,
  onWrite,
}: SidePanelProps) {
  const draft = useRecordDraft();
  const { me } = useSession();
  // The pipeline and the activity are the group's members' (organisers see all of them): the server's rule.
  const mayPipeline = Boolean(url.groupId && me?.group?.id === url.groupId);
  // Organising: the group's organisers (its roster) and the admin (the shared catalogue).
  const rights = useOrganiseRights(url.groupId);
  const mayOrganise = rights.any;
  // A candidate who joined, on their way from the gap they fill to the roster's add form.
  const [rosterDraft, setRosterDraft] = useState<RosterDraft | null>(null);
  const addToRoster = (draft: RosterDraft) => {
    setRosterDraft(draft);
    setUrl({ tab: 'organise' });
  };
  const membersOnly = (tab: string) => tab === 'pipeline' || tab === 'activity';
  const tabs = PANEL_TABS.filter(
    (tab) => tab === url.tab || ((mayPipeline || !membersOnly(tab)) && (tab !== 'organise' || mayOrganise)),
  );
  const [sheetOpen, setSheetOpen] = useState(Boolean(url.memberId));
  const shown = useRef({ memberId: url.memberId, tab: url.tab });
  useEffect(() => {
    const before = shown.current;
    if ((url.memberId && url.memberId !== before.memberId) || url.tab !== before.tab) setSheetOpen(true);
    shown.current = { memberId: url.memberId, tab: url.tab };
  }, [url.memberId, url.tab]);
  const colours = useMemo(() => powerGroupColours(graph?.powerGroups ?? []), [graph]);
  const colourOf = useCallback((node: GraphNode) => nodeColour(node.powerGroupIds, colours), [colours]);

  const openRecord = (mode: RecordMode, first: string, second: string) => {
    draft.start(mode, first, second);
    setUrl({ tab: 'record' });
  };

  return (
    <aside className={`side-panel${sheetOpen ? ' sheet-open' : ''}`} aria-label="Details">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        aria-controls="panel-body"
        onClick={() => setSheetOpen((open) => !open)}
      >
        <span className="sheet-grip" aria-hidden="true" />
        {sheetOpen ? 'Hide details' : 'Show details'}
      </button>
      <PanelTabs
        tabs={tabs}
        tab={url.tab}
        onChange={(tab) => {
          setSheetOpen(true);
          setUrl({ tab });
        }}
      />
      <div
        className={`panel-body${membersOnly(url.tab) || url.tab === 'organise' ? ' wide' : ''}`}
        id="panel-body"
        role="tabpanel"
        aria-labelledby={`tab-${url.tab}`}
      >
        {url.tab === 'member' && (
          <MemberTab
            memberId={url.memberId}
            expanded={url.memberId !== null && url.expanded.includes(url.memberId)}
            onSelectMember={onSelectMember}
            onToggleExpand={onToggleExpand}
            onRecord={openRecord}
            onWrite={onWrite}
          />
        )}
        {url.tab === 'ask' && (
          <AskTab
            askText={ask.askText}
            question={stripQuestion(url.ask)}
            whoKnows={ask.whoKnows}
            selectedId={url.memberId}
            onInspect={onInspectMember}
            onOpenMember={onSelectMember}
            onAskInstead={(name) => setUrl({ ask: name, tab: 'ask' })}
          />
        )}
        {url.tab === 'power-groups' && (
          <PowerGroupsTab
            groupId={url.groupId}
            activeFilter={url.powerGroups}
            onSelectMember={onSelectMember}
            onFilterPowerGroup={(id) => setUrl({ powerGroups: url.powerGroups.includes(id) ? [] : [id] })}
            onWrite={onWrite}
            {...(rights.organiser ? { onAddToRoster: addToRoster } : {})}
          />
        )}
        {url.tab === 'record' && (
          <RecordTab
            members={memberOptions}
            draft={draft}
            onWrite={onWrite}
            // Show the new tie: clear a question's highlight and select the receiver.
            onReferralRecorded={(referral) => setUrl({ ask: '', memberId: referral.receiver.id })}
          />
        )}
        {url.tab === 'pipeline' &&
          (mayPipeline && url.groupId ? (
            <ReferralPipeline
              groupId={url.groupId}
              members={memberOptions}
              onInspectMember={onInspectMember}
            />
          ) : (
            <StateMessage kind="empty">
              The referral pipeline is for the group’s members: sign in as one to see your referrals, or as an
              organiser to see everyone’s.
            </StateMessage>
          ))}
        {url.tab === 'activity' &&
          (mayPipeline && url.groupId ? (
            <Suspense fallback={<StateMessage kind="loading">Loading the activity…</StateMessage>}>
              <ActivityTab
                groupId={url.groupId}
                period={url.activityPeriod}
                onPeriod={(activityPeriod) => setUrl({ activityPeriod })}
                onInspectMember={onInspectMember}
              />
            </Suspense>
          ) : (
            <StateMessage kind="empty">
              The group’s activity is for its members: sign in as one to see who gives and who receives.
            </StateMessage>
          ))}
        {url.tab === 'organise' && (
          <OrganiseTab
            groupId={url.groupId}
            graph={graph}
            rosterDraft={rosterDraft}
            onWrite={(message) => {
              setRosterDraft(null);
              onWrite(message);
            }}
          />
        )}
        {url.tab === 'members' && graph && (
          <MembersList
            nodes={graph.nodes}
            powerGroups={graph.powerGroups}
            csvName={`${fileSlug(graph.groupId.replace(/^grp-/, ''))}-members.csv`}
            colourOf={colourOf}
            selectedId={url.memberId}
            onSelect={onSelectMember}
          />
        )}
      </div>
    </aside>
  );
}
