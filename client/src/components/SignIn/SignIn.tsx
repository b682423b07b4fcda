// Sign in with a token; in development the server lists demo members to pick from.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { DemoAccount } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';

export function SignIn() {
  const { ops, me, token, signIn, signOut, signInError } = useSession();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [demo, setDemo] = useState<DemoAccount[]>([]);
  const [busy, setBusy] = useState(false);
  const tokenId = useId();
  const pickerId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    ops.demoAccounts().then(
      (accounts) => current && setDemo(accounts),
      () => current && setDemo([]),
    );
    dialogRef.current?.querySelector<HTMLElement>('select, input')?.focus();
    return () => {
      current = false;
    };
  }, [open, ops]);

  async function submit(value: string) {
    if (!value.trim()) return;
    setBusy(true);
    const ok = await signIn(value);
    setBusy(false);
    if (ok) {
      setOpen(false);
      setText('');
    }
  }

  if (me)
    return (
      <div className="signin signed-in">
        <span className="who" title={me.group ? `${me.group.name}` : undefined}>
          <span className="avatar" aria-hidden="true">
            {initials(me.name)}
          </span>
          <span>
            {me.name}
            {me.role === 'ORGANISER' && <span className="badge">Organiser</span>}
          </span>
        </span>
        <button type="button" className="button ghost" onClick={signOut}>
          Sign out
        </button>
      </div>
    );

  return (
    <div className="signin">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        {token ? 'Signing in…' : 'Sign in'}
      </button>
      {open && (
        <div
          className="popover"
          ref={dialogRef}
          role="dialog"
          aria-label="Sign in"
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          {demo.length > 0 && (
            <div className="field">
              <label htmlFor={pickerId}>Demo member (development)</label>
              <select
                id={pickerId}
                defaultValue=""
                onChange={(event) => void submit(event.target.value)}
                disabled={busy}
              >
                <option value="" disabled>
                  Choose a member…
                </option>
                {demo.map((account) => (
                  <option key={account.token} value={account.token}>
                    {account.label}
                    {account.role === 'ORGANISER' ? ' — organiser' : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          <form
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              void submit(text);
            }}
          >
            <div className="field">
              <label htmlFor={tokenId}>Access token</label>
              <input
                id={tokenId}
                type="password"
                autoComplete="off"
                value={text}
                onChange={(event) => setText(event.target.value)}
                placeholder="Paste your token"
              />
            </div>
            <button type="submit" className="button primary" disabled={busy || !text.trim()}>
              {busy ? 'Checking…' : 'Sign in'}
            </button>
          </form>
          {signInError && (
            <p className="field-error" role="alert">
              {signInError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
