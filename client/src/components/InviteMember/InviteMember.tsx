// An organiser's "Invite to sign in" on a member of their group: a single-use link that lets the
// member set a password. The link is shown once, to copy and send; only its hash is kept.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { unwrapResult } from '../../api/operations.ts';
import type { Invitation } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export function InviteMember({ memberId, name }: { memberId: string; name: string }) {
  const { ops } = useSession();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  // A form of one button: the same pending state and refusal as every other form.
  const {
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm();

  const invite = handleSubmit(async () => {
    try {
      const result = unwrapResult(await ops.createInvitation(memberId));
      if (result.ok) setInvitation(result.data);
      else showRefusal(setError, result);
    } catch (reason) {
      showFailure(setError, reason);
    }
  });

  return (
    <div className="invite">
      {invitation ? (
        <div className="new-secret" role="status">
          <strong>
            Send this link to {invitation.name} ({invitation.email}). It works once, until{' '}
            {new Date(invitation.expiresAt).toLocaleDateString('en-IE', { day: 'numeric', month: 'short' })},
            and is shown only now.
          </strong>
          <div className="secret-row">
            <input
              readOnly
              value={invitation.link}
              aria-label="Invitation link"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="button"
              onClick={() => void navigator.clipboard?.writeText(invitation.link)}
            >
              Copy
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(event) => void invite(event)}>
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Making a link…' : `Invite ${name} to sign in`}
          </button>
          <FormStatus error={errors.root?.server?.message} />
        </form>
      )}
    </div>
  );
}
