// The Member tab: the selected member, or how to select one.
import type { RecordMode } from '../../hooks/useRecordDraft.ts';
import { MemberPanel } from '../MemberPanel/MemberPanel.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface MemberTabProps {
  memberId: string | null;
  expanded: boolean;
  onSelectMember: (id: string) => void;
  onToggleExpand: (id: string) => void;
  /** Opens the Record tab with this pair filled in. */
  onRecord: (mode: RecordMode, firstId: string, secondId: string) => void;
  onWrite: (message: string) => void;
}

export function MemberTab({
  memberId,
  expanded,
  onSelectMember,
  onToggleExpand,
  onRecord,
  onWrite,
}: MemberTabProps) {
  if (!memberId)
    return (
      <StateMessage kind="empty">
        Click a member on the graph, pick one under <em>Members</em>, or type a name in the ask box.
      </StateMessage>
    );
  return (
    <MemberPanel
      memberId={memberId}
      expanded={expanded}
      onSelectMember={onSelectMember}
      onToggleExpand={onToggleExpand}
      onRecordReferral={(first, second) => onRecord('referral', first, second)}
      onBookOneToOne={(first, second) => onRecord('one-to-one', first, second)}
      onReferralUpdated={(referral) =>
        onWrite(`Referral moved to ${referral.status.toLowerCase().replace(/_/g, ' ')}.`)
      }
      onOneToOneChanged={onWrite}
    />
  );
}
