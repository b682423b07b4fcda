// Where an invitation link lands (/invite#<token>): whom it is for, then a password to set. The
// token travels in the URL fragment, which is never sent to a server or written to its logs.
import { zodResolver } from '@hookform/resolvers/zod';
import { newPassword, PASSWORD_MIN_LENGTH } from '@powergroups/rules';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../../api/client.ts';
import type { InvitationPreview } from '../../api/types.ts';
import { showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { Brand } from '../Brand/Brand.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { TextField } from '../TextField/TextField.tsx';

/** The password the API accepts, typed twice so a slip does not lock the member out. */
const passwordForm = z
  .object({ password: newPassword, repeat: z.string() })
  .refine((form) => form.repeat === form.password, {
    path: ['repeat'],
    message: 'The two passwords differ.',
  });

export function InvitationPage({ token, onDone }: { token: string; onDone: () => void }) {
  const { ops, acceptInvitation } = useSession();
  const invitation = useQuery(`invitation:${token}`, () => ops.invitation(token));
  // Undefined while the link is checked, null when it does not work (used, expired or unreadable).
  const preview: InvitationPreview | null | undefined = invitation.error ? null : invitation.data;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(passwordForm), defaultValues: { password: '', repeat: '' } });
  const passwordId = useId();
  const repeatId = useId();

  const submit = handleSubmit(async ({ password }) => {
    const outcome = await acceptInvitation(token, password);
    if (outcome.ok) onDone();
    else showRefusal(setError, outcome, { password: 'password' });
  });

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
            <FormStatus error={invitation.error ? errorMessage(invitation.error) : null} />
            <button type="button" className="button" onClick={onDone}>
              Open the explorer
            </button>
          </>
        )}
        {preview && (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <h1>
              {preview.resetsPassword ? `New password for ${preview.name}` : `Welcome, ${preview.name}`}
            </h1>
            <p>
              {preview.groupName ? `You are invited to ${preview.groupName}. ` : ''}
              Choose a password; you sign in with <strong>{preview.email}</strong>.
            </p>
            <TextField
              label={`Password (at least ${PASSWORD_MIN_LENGTH} characters)`}
              fieldId={passwordId}
              error={errors.password}
              registration={register('password')}
              type="password"
              autoComplete="new-password"
            />
            <TextField
              label="The same password again"
              fieldId={repeatId}
              error={errors.repeat}
              registration={register('repeat')}
              type="password"
              autoComplete="new-password"
            />
            <button type="submit" className="button primary" disabled={isSubmitting}>
              {isSubmitting ? 'Setting it…' : 'Set password and sign in'}
            </button>
            <FormStatus error={errors.root?.server?.message} />
          </form>
        )}
      </div>
    </main>
  );
}
