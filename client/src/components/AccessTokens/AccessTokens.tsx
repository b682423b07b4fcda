// Personal access tokens for scripts: create one (name, expiry, read-only or read-write), see its
// secret once, list the rest, revoke any. The secret is never stored by the server, only its hash.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { AccessToken, TokenScope } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

const EXPIRY_DAYS = [7, 30, 90, 365] as const;

export function AccessTokens({ onClose }: { onClose: () => void }) {
  const { ops } = useSession();
  const [tokens, setTokens] = useState<AccessToken[] | null>(null);
  const [name, setName] = useState('');
  const [days, setDays] = useState<number>(90);
  const [scope, setScope] = useState<TokenScope>('READ');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const daysId = useId();
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  async function reload() {
    try {
      setTokens(await ops.accessTokens());
    } catch (reason) {
      setError(errorMessage(reason));
    }
  }

  useEffect(() => {
    void reload();
    dialogRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = unwrapResult(
        await ops.createAccessToken({ name: name.trim(), expiresInDays: days, scope }),
      );
      if (result.ok) {
        setCreated({ name: result.data.accessToken.name, token: result.data.token });
        setName('');
        await reload();
      } else setError(Object.values(result.fieldErrors)[0] ?? result.message);
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(token: AccessToken) {
    setError(null);
    try {
      const result = unwrapResult(await ops.revokeAccessToken(token.id));
      if (!result.ok) setError(result.message);
      await reload();
    } catch (reason) {
      setError(errorMessage(reason));
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

        <form className="token-form" onSubmit={(event) => void create(event)}>
          <div className="field">
            <label htmlFor={nameId}>Name</label>
            <input
              id={nameId}
              value={name}
              maxLength={80}
              placeholder="weekly report"
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={daysId}>Expires after</label>
            <select id={daysId} value={days} onChange={(event) => setDays(Number(event.target.value))}>
              {EXPIRY_DAYS.map((value) => (
                <option key={value} value={value}>
                  {value} days
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field">
            <legend>Access</legend>
            <div className="segmented">
              <label>
                <input
                  type="radio"
                  name="scope"
                  checked={scope === 'READ'}
                  onChange={() => setScope('READ')}
                />{' '}
                Read only
              </label>
              <label>
                <input
                  type="radio"
                  name="scope"
                  checked={scope === 'WRITE'}
                  onChange={() => setScope('WRITE')}
                />{' '}
                Read and write
              </label>
            </div>
          </fieldset>
          <button type="submit" className="button primary" disabled={busy || !name.trim()}>
            {busy ? 'Creating…' : 'Create token'}
          </button>
        </form>
        <FormStatus error={error} />

        <h3>Your tokens</h3>
        {tokens === null ? (
          <p className="muted">Loading…</p>
        ) : tokens.length === 0 ? (
          <p className="muted">No tokens yet.</p>
        ) : (
          <ul className="token-list">
            {tokens.map((token) => (
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
