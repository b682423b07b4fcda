// Where an invitation link lands (/invite#<token>): whom it is for, then a password to set. The
// token travels in the URL fragment, which is never sent to a server or written to its logs.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import type { InvitationPreview } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { Brand } from '../Brand/Brand.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

const MIN_LENGTH = 10;

export function InvitationPage({ token, onDone }: { token: string; onDone: () => void }) {
  const { ops, acceptInvitation } = useSession();
  const [preview, setPreview] = useState<InvitationPreview | null | undefined>(undefined);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordId = useId();
  const repeatId = useId();

  useEffect(() => {
    let current = true;
    ops.invitation(token).then(
      (answer) => current && setPreview(answer),
      (reason: unknown) => {
        if (!current) return;
        setPreview(null);
        setError(errorMessage(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [ops, token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setError(`Use at least ${MIN_LENGTH} characters.`);
    if (password !== repeat) return setError('The two passwords differ.');
    setBusy(true);
    setError(null);
    const outcome = await acceptInvitation(token, password);
    setBusy(false);
    if (outcome.ok) onDone();
    else setError(Object.values(outcome.fieldErrors)[0] ?? outcome.message);
  }

  return (
    <main className="invitation-page">
      <div className="invitation-card">
        <Brand />
        {preview === undefined && <p className="muted">Checking your link…</p>}
        {preview === null && (
          <>
            <h1>This link does not work any more</h1>
            <p>
              Invitation links work once and expire after a week. Ask your group’s organiser for a new one, or
              sign in if you have set a password already.
            </p>
            <FormStatus error={error} />
            <button type="button" className="button" onClick={onDone}>
              Open the explorer
            </button>
          </>
        )}
        {preview && (
          <form onSubmit={(event) => void submit(event)}>
            <h1>
              {preview.resetsPassword ? `New password for ${preview.name}` : `Welcome, ${preview.name}`}
            </h1>
            <p>
              {preview.groupName ? `You are invited to ${preview.groupName}. ` : ''}
              Choose a password; you sign in with <strong>{preview.email}</strong>.
            </p>
            <div className="field">
              <label htmlFor={passwordId}>Password (at least {MIN_LENGTH} characters)</label>
              <input
                id={passwordId}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={repeatId}>The same password again</label>
              <input
                id={repeatId}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
            </div>
            <button type="submit" className="button primary" disabled={busy || !password || !repeat}>
              {busy ? 'Setting it…' : 'Set password and sign in'}
            </button>
            <FormStatus error={error} />
          </form>
        )}
      </div>
    </main>
  );
}
