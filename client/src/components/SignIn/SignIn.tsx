// Sign in with email and password (or, in the demo only, as a sample member); once signed in, the
// account menu: access tokens for scripts, sign out, sign out everywhere.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { DemoAccount } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { AccessTokens } from '../AccessTokens/AccessTokens.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export function SignIn() {
  const { ops, viewer, checking, signIn, demoSignIn, signOut, signOutEverywhere } = useSession();
  const [open, setOpen] = useState(false);
  const [tokensOpen, setTokensOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [demo, setDemo] = useState<DemoAccount[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailId = useId();
  const passwordId = useId();
  const pickerId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // A click anywhere else closes the popover (the menu or the sign-in form).
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  useEffect(() => {
    if (!open || viewer) return;
    let current = true;
    // Empty unless the server runs the demo (the sample data on the bundled database, loopback).
    ops.demoAccounts().then(
      (accounts) => current && setDemo(accounts),
      () => current && setDemo([]),
    );
    dialogRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    return () => {
      current = false;
    };
  }, [open, ops, viewer]);

  async function attempt(run: () => ReturnType<typeof signIn>) {
    setBusy(true);
    setError(null);
    const outcome = await run();
    setBusy(false);
    if (outcome.ok) {
      setOpen(false);
      setPassword('');
    } else setError(outcome.message);
  }

  const close = () => setOpen(false);

  if (viewer)
    return (
      <div className="signin signed-in" ref={rootRef}>
        <button
          type="button"
          className="who button ghost"
          aria-expanded={open}
          aria-haspopup="menu"
          onClick={() => setOpen((value) => !value)}
          title={viewer.member?.group?.name}
        >
          <span className="avatar" aria-hidden="true">
            {initials(viewer.name)}
          </span>
          <span>
            {viewer.name}
            {viewer.member?.role === 'ORGANISER' && <span className="badge">Organiser</span>}
            {viewer.admin && <span className="badge">Admin</span>}
            {viewer.via === 'DEMO' && <span className="badge">Demo</span>}
          </span>
        </button>
        {open && (
          <div
            className="popover menu"
            role="menu"
            aria-label="Account"
            onKeyDown={(event) => event.key === 'Escape' && close()}
          >
            <button
              type="button"
              role="menuitem"
              className="button ghost"
              onClick={() => {
                close();
                setTokensOpen(true);
              }}
            >
              Access tokens
            </button>
            <button
              type="button"
              role="menuitem"
              className="button ghost"
              onClick={() => {
                close();
                void signOut();
              }}
            >
              Sign out
            </button>
            <button
              type="button"
              role="menuitem"
              className="button ghost"
              onClick={() => {
                close();
                void signOutEverywhere();
              }}
            >
              Sign out everywhere
            </button>
          </div>
        )}
        {tokensOpen && <AccessTokens onClose={() => setTokensOpen(false)} />}
      </div>
    );

  return (
    <div className="signin" ref={rootRef}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        disabled={checking}
        onClick={() => setOpen((value) => !value)}
      >
        Sign in
      </button>
      {open && (
        <div
          className="popover"
          ref={dialogRef}
          role="dialog"
          aria-label="Sign in"
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <form
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              void attempt(() => signIn(email, password));
            }}
          >
            <div className="field">
              <label htmlFor={emailId}>Email</label>
              <input
                id={emailId}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                required
              />
            </div>
            <div className="field">
              <label htmlFor={passwordId}>Password</label>
              <input
                id={passwordId}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                required
              />
            </div>
            <button type="submit" className="button primary" disabled={busy || !email.trim() || !password}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
          <FormStatus error={error} />
          <p className="hint">New here? Your organiser sends you a link to set a password.</p>
          {demo.length > 0 && (
            <div className="field demo-picker">
              <label htmlFor={pickerId}>Or try the demo as a sample member</label>
              <select
                id={pickerId}
                defaultValue=""
                onChange={(event) => {
                  const memberId = event.target.value;
                  if (memberId) void attempt(() => demoSignIn(memberId));
                }}
                disabled={busy}
              >
                <option value="" disabled>
                  Choose a member…
                </option>
                {demo.map((account) => (
                  <option key={account.memberId} value={account.memberId}>
                    {account.label}
                    {account.role === 'ORGANISER' ? ' — organiser' : ''}
                  </option>
                ))}
              </select>
            </div>
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
