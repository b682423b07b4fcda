// Personal access tokens for scripts: create one (name, expiry, read-only or read-write), see its
// secret once, list the rest, revoke any. The secret is never stored by the server, only its hash.
import { zodResolver } from '@hookform/resolvers/zod';
import { accessTokenDays, accessTokenName } from '@powergroups/rules';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { AccessToken } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { TextField } from '../TextField/TextField.tsx';

const EXPIRY_DAYS = [7, 30, 90, 365] as const;

const tokenForm = z.object({
  name: accessTokenName,
  expiresInDays: accessTokenDays,
  scope: z.enum(['READ', 'WRITE']),
});

export function AccessTokens({ onClose }: { onClose: () => void }) {
  const { ops, viewer } = useSession();
  const tokens = useQuery(`access-tokens:${viewer?.accountId ?? ''}`, () => ops.accessTokens());
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(tokenForm),
    defaultValues: { name: '', expiresInDays: 90, scope: 'READ' as 'READ' | 'WRITE' },
  });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const nameId = useId();
  const daysId = useId();
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const create = handleSubmit(async (input) => {
    try {
      const result = unwrapResult(await ops.createAccessToken(input));
      if (!result.ok) return showRefusal(setError, result, { name: 'name', expiresInDays: 'expiresInDays' });
      setCreated({ name: result.data.accessToken.name, token: result.data.token });
      setValue('name', '');
      tokens.reload();
    } catch (reason) {
      showFailure(setError, reason);
    }
  });

  async function revoke(token: AccessToken) {
    try {
      const result = unwrapResult(await ops.revokeAccessToken(token.id));
      if (!result.ok) showRefusal(setError, result);
      tokens.reload();
    } catch (reason) {
      showFailure(setError, reason);
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        ref={dialogRef}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <header className="modal-head">
          <h2 id={headingId}>Access tokens</h2>
          <button type="button" className="button ghost" onClick={onClose} aria-label="Close">
            ✕
          </button>
        </header>
        <p className="muted">
          For scripts: send a token as <code>Authorization: Bearer &lt;token&gt;</code>. A read-only token can
          ask anything you may see; only a read-write token can record or change data.
        </p>

        {created && (
          <div className="new-secret" role="status">
            <strong>Copy your new token “{created.name}” now: it is shown only this once.</strong>
            <div className="secret-row">
              <input
                readOnly
                value={created.token}
                aria-label="New access token"
                onFocus={(e) => e.target.select()}
              />
              <button
                type="button"
                className="button"
                onClick={() => void navigator.clipboard?.writeText(created.token)}
              >
                Copy
              </button>
            </div>
          </div>
        )}

        <form className="token-form" onSubmit={(event) => void create(event)} noValidate>
          <TextField
            label="Name"
            fieldId={nameId}
            error={errors.name}
            registration={register('name')}
            placeholder="weekly report"
          />
          <div className="field">
            <label htmlFor={daysId}>Expires after</label>
            <select
              {...register('expiresInDays', { valueAsNumber: true })}
              {...fieldAria(daysId, errors.expiresInDays)}
            >
              {EXPIRY_DAYS.map((value) => (
                <option key={value} value={value}>
                  {value} days
                </option>
              ))}
            </select>
            <FieldError fieldId={daysId} error={errors.expiresInDays} />
          </div>
          <fieldset className="field">
            <legend>Access</legend>
            <div className="segmented">
              <label>
                <input type="radio" value="READ" {...register('scope')} /> Read only
              </label>
              <label>
                <input type="radio" value="WRITE" {...register('scope')} /> Read and write
              </label>
            </div>
          </fieldset>
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {isSubmitting ? 'Creating…' : 'Create token'}
          </button>
        </form>
        <FormStatus
          error={errors.root?.server?.message ?? (tokens.error ? errorMessage(tokens.error) : null)}
        />

        <h3>Your tokens</h3>
        {tokens.data === undefined ? (
          <p className="muted">Loading…</p>
        ) : tokens.data.length === 0 ? (
          <p className="muted">No tokens yet.</p>
        ) : (
          <ul className="token-list">
            {tokens.data.map((token) => (
              <li key={token.id}>
                <div>
                  <strong>{token.name}</strong>{' '}
                  <span className="badge">{token.scope === 'WRITE' ? 'read-write' : 'read-only'}</span>
                  <div className="muted small">
                    {token.expired ? 'Expired' : `Expires ${day(token.expiresAt)}`} · last used{' '}
                    {token.lastUsedAt ? day(token.lastUsedAt) : 'never'}
                  </div>
                </div>
                <button type="button" className="button small" onClick={() => void revoke(token)}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

const day = (iso: string) =>
  new Date(iso.replace(/\.(\d{3})\d*Z$/, '.$1Z')).toLocaleDateString('en-IE', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
