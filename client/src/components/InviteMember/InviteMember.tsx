// An organiser's "Invite to sign in" on a member of their group: a single-use link that lets the
// member set a password. The link is shown once, to copy and send; only its hash is kept.
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { Invitation } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export function InviteMember({ memberId, name }: { memberId: string; name: string }) {
  const { ops } = useSession();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite() {
    setBusy(true);
    setError(null);
    try {
      const result = unwrapResult(await ops.createInvitation(memberId));
      if (result.ok) setInvitation(result.data);
      else setError(Object.values(result.fieldErrors)[0] ?? result.message);
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="invite">
      {!invitation && (
        <button type="button" className="button" disabled={busy} onClick={() => void invite()}>
          {busy ? 'Making a link…' : `Invite ${name} to sign in`}
        </button>
      )}
      {invitation && (
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
      )}
      <FormStatus error={error} />
    </div>
  );
}
