// The Record tab: a referral or a one-to-one. Members record their own; organisers record for
// anyone, so only for them does a pair picked in the member panel set the first member.
import type { Referral } from '../../api/types.ts';
import type { RecordDraft } from '../../hooks/useRecordDraft.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { RecordOneToOneForm } from '../RecordOneToOneForm/RecordOneToOneForm.tsx';
import { type MemberOption, RecordReferralForm } from '../RecordReferralForm/RecordReferralForm.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface RecordTabProps {
  members: readonly MemberOption[];
  draft: RecordDraft;
  onWrite: (message: string) => void;
  onReferralRecorded: (referral: Referral) => void;
}

export function RecordTab({ members, draft, onWrite, onReferralRecorded }: RecordTabProps) {
  const { me } = useSession();
  if (!me) return <StateMessage kind="empty">Sign in to record referrals and one-to-ones.</StateMessage>;
  if (members.length === 0) return <StateMessage kind="loading" />;
  const canChooseAnyone = me.role === 'ORGANISER';
  const firstId = draft.pair.first && canChooseAnyone ? draft.pair.first : me.id;
  return (
    <div className="record">
      <div className="segmented" role="radiogroup" aria-label="What to record">
        <label>
          <input
            type="radio"
            checked={draft.mode === 'referral'}
            onChange={() => draft.setMode('referral')}
          />
          Referral
        </label>
        <label>
          <input
            type="radio"
            checked={draft.mode === 'one-to-one'}
            onChange={() => draft.setMode('one-to-one')}
          />
          One-to-one
        </label>
      </div>
      {draft.mode === 'referral' ? (
        <RecordReferralForm
          members={members}
          giverId={firstId}
          receiverId={draft.pair.second}
          canChooseGiver={canChooseAnyone}
          onRecorded={(referral) => {
            onWrite(`Referral from ${referral.giver.name} to ${referral.receiver.name} recorded.`);
            onReferralRecorded(referral);
          }}
        />
      ) : (
        <RecordOneToOneForm
          members={members}
          firstId={firstId}
          secondId={draft.pair.second}
          canChooseFirst={canChooseAnyone}
          onRecorded={() => onWrite('One-to-one saved.')}
        />
      )}
    </div>
  );
}
