// The Power groups tab. It loads its report itself, only while it is open (like MemberPanel), and
// again after a write or a change of caller, since both change what the report may show.
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import type { RosterDraft } from '../MemberForm/MemberForm.tsx';
import { PowerGroupsPanel } from '../PowerGroupsPanel/PowerGroupsPanel.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface PowerGroupsTabProps {
  groupId: string | null;
  activeFilter: readonly string[];
  onSelectMember: (id: string) => void;
  onFilterPowerGroup: (id: string) => void;
  /** After a write (a candidate moved on): reload, and say what was written. */
  onWrite: (message: string) => void;
  /** For the group's organisers: add a candidate who joined to the roster. */
  onAddToRoster?: (draft: RosterDraft) => void;
}

export function PowerGroupsTab({
  groupId,
  activeFilter,
  onSelectMember,
  onFilterPowerGroup,
  onWrite,
  onAddToRoster,
}: PowerGroupsTabProps) {
  const { ops, me } = useSession();
  const viewer = me?.id ?? 'anonymous';
  const report = useQuery(groupId ? `pg:${groupId}:${viewer}` : null, () => ops.powerGroups(groupId ?? ''));

  if (report.error) return <StateMessage kind="error" error={report.error} onRetry={report.reload} />;
  if (!report.data)
    return groupId ? <StateMessage kind="loading">Analysing the power groups…</StateMessage> : null;
  return (
    <PowerGroupsPanel
      report={report.data}
      onSelectMember={onSelectMember}
      activeFilter={activeFilter}
      onFilterPowerGroup={onFilterPowerGroup}
      onWrite={onWrite}
      {...(onAddToRoster ? { onAddToRoster } : {})}
    />
  );
}
