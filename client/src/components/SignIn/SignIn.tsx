// Sign in with email and password (or, in the demo only, as a sample member); once signed in, the
// account menu: access tokens for scripts, sign out, sign out everywhere.
import { zodResolver } from '@hookform/resolvers/zod';
import { email, signInPassword } from '@powergroups/rules';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { DemoAccount } from '../../api/types.ts';
import { showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { type SignInOutcome, useSession } from '../../session/SessionProvider.tsx';
import { AccessTokens } from '../AccessTokens/AccessTokens.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { TextField } from '../TextField/TextField.tsx';

const signInForm = z.object({ email, password: signInPassword });

export function SignIn() {
  const { ops, viewer, checking, signIn, demoSignIn, signOut, signOutEverywhere } = useSession();
  const [open, setOpen] = useState(false);
  const [tokensOpen, setTokensOpen] = useState(false);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(signInForm), defaultValues: { email: '', password: '' } });
  const [demoPending, setDemoPending] = useState(false);
  // Empty unless the server runs the demo (the sample data on the bundled database, loopback).
  const demo = useQuery(open && !viewer ? 'demo-accounts' : null, () => ops.demoAccounts());
  const demoAccounts: readonly DemoAccount[] = demo.data ?? [];
  const pending = isSubmitting || demoPending;
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
    if (open && !viewer) dialogRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [open, viewer]);

  /** Signed in: the popover closes; refused: the reason, beside the field it is about or below. */
  function settle(outcome: SignInOutcome) {
    if (outcome.ok) {
      setOpen(false);
      setValue('password', '');
    } else showRefusal(setError, outcome, { email: 'email', password: 'password' });
  }

  const submit = handleSubmit(async ({ email, password }) => settle(await signIn(email, password)));

  async function tryDemo(memberId: string) {
    setDemoPending(true);
    const outcome = await demoSignIn(memberId);
    setDemoPending(false);
    settle(outcome);
  }

  const close = () => setOpen(false);
  /** The account menu's items: each closes the menu, then does its part. */
  const accountMenu: readonly (readonly [string, () => void])[] = [
    ['Access tokens', () => setTokensOpen(true)],
    ['Sign out', () => void signOut()],
    ['Sign out everywhere', () => void signOutEverywhere()],
  ];

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
            {accountMenu.map(([label, choose]) => (
              <button
                key={label}
                type="button"
                role="menuitem"
                className="button ghost"
                onClick={() => {
                  close();
                  choose();
                }}
              >
                {label}
              </button>
            ))}
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
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              label="Email"
              fieldId={emailId}
              error={errors.email}
              registration={register('email')}
              type="email"
              autoComplete="username"
            />
            <TextField
              label="Password"
              fieldId={passwordId}
              error={errors.password}
              registration={register('password')}
              type="password"
              autoComplete="current-password"
            />
            <button type="submit" className="button primary" disabled={pending}>
              {pending ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
          <FormStatus error={errors.root?.server?.message} />
          <p className="hint">New here? Your organiser sends you a link to set a password.</p>
          {demoAccounts.length > 0 && (
            <div className="field demo-picker">
              <label htmlFor={pickerId}>Or try the demo as a sample member</label>
              <select
                id={pickerId}
                defaultValue=""
                onChange={(event) => {
                  const memberId = event.target.value;
                  if (memberId) void tryDemo(memberId);
                }}
                disabled={pending}
              >
                <option value="" disabled>
                  Choose a member…
                </option>
                {demoAccounts.map((account) => (
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
