import { ApiError, SERVER_DOWN_MESSAGE, SignIn, StateMessage } from '@powergroups/client/test';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectOnceBeside, messageOf } from '../fixtures/fields.ts';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';

/**
 * The header's Sign in button once it can be pressed: it stays disabled while the page asks who
 * is signed in, and a click on it then opens nothing.
 */
const signInButton = () =>
  waitFor(() => {
    const button = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    return button;
  });

const BRIAN = { id: 'm-brian', name: 'Brian Walsh', role: 'MEMBER', group: { id: 'g-1', name: 'Southside' } };

describe('SignIn', () => {
  it('signs in with email and password, then signs out', async () => {
    const { ops, calls } = recordedApi({
      Viewer: viewerOf(null),
      DemoAccounts: { demoAccounts: [] },
      SignIn: { signIn: { __typename: 'SignInSuccess', data: viewerOf(BRIAN).viewer } },
      SignOut: { signOut: { __typename: 'SignOutSuccess', data: true } },
    });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'brian@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) as HTMLElement);
    expect(await screen.findByText('Brian Walsh')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'SignIn')?.variables).toEqual({
      input: { email: 'brian@example.org', password: 'correct horse battery' },
    });
    // Nothing of the session is kept by the page: the server holds it in an HttpOnly cookie.
    expect(window.localStorage.length).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: /Brian Walsh/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(calls.some((call) => call.operation === 'SignOut')).toBe(true);
  });

  it('says only "wrong email or password" when sign-in is refused', async () => {
    const { ops } = recordedApi({
      Viewer: viewerOf(null),
      DemoAccounts: { demoAccounts: [] },
      SignIn: { signIn: { __typename: 'SignInFailedError', message: 'Wrong email or password' } },
    });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nobody@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'guess' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password');
  });

  it('says what is wrong with the email beside it, once, and sends nothing', async () => {
    const { ops, calls } = recordedApi({ Viewer: viewerOf(null), DemoAccounts: { demoAccounts: [] } });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'brian at example.org' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) as HTMLElement);
    await screen.findByText('Write an email address such as name@example.ie');
    expectOnceBeside(screen.getByLabelText('Email'), 'Write an email address such as name@example.ie');
    expectOnceBeside(screen.getByLabelText('Password'), 'Enter your password');
    expect(calls.some((call) => call.operation === 'SignIn')).toBe(false);
  });

  it('puts the server’s message about a field beside that field, once', async () => {
    const { ops } = recordedApi({
      Viewer: viewerOf(null),
      DemoAccounts: { demoAccounts: [] },
      SignIn: {
        signIn: {
          __typename: 'ValidationError',
          message: 'Validation error: input.email: This account is closed',
          fieldErrors: [{ path: ['input', 'email'], message: 'This account is closed' }],
        },
      },
    });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'brian@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) as HTMLElement);
    await screen.findByText('This account is closed');
    expectOnceBeside(screen.getByLabelText('Email'), 'This account is closed');
    expect(messageOf(screen.getByLabelText('Password'))).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the demo picker only when the server lists demo members, and signs in with demoSignIn', async () => {
    const { ops, calls } = recordedApi({
      Viewer: viewerOf(null),
      DemoAccounts: {
        demoAccounts: [
          { label: 'Aoife Byrne', memberId: 'm-aoife', role: 'ORGANISER' },
          { label: 'Brian Walsh', memberId: 'm-brian', role: 'MEMBER' },
        ],
      },
      DemoSignIn: {
        demoSignIn: { __typename: 'DemoSignInSuccess', data: { ...viewerOf(BRIAN).viewer, via: 'DEMO' } },
      },
    });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    const picker = await screen.findByLabelText('Or try the demo as a sample member');
    await screen.findByRole('option', { name: 'Aoife Byrne — organiser' });
    fireEvent.change(picker, { target: { value: 'm-brian' } });
    expect(await screen.findByText('Demo')).toBeTruthy();
    expect(calls.find((call) => call.operation === 'DemoSignIn')?.variables).toEqual({ memberId: 'm-brian' });
  });

  it('shows no demo picker outside the demo', async () => {
    const { ops } = recordedApi({ Viewer: viewerOf(null), DemoAccounts: { demoAccounts: [] } });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(await signInButton());
    await screen.findByLabelText('Email');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByLabelText('Or try the demo as a sample member')).toBeNull();
  });
});

describe('StateMessage', () => {
  it('names the problem and what to do when the server is down', () => {
    render(
      <StateMessage
        kind="error"
        error={new ApiError('server-down', SERVER_DOWN_MESSAGE)}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Server not reachable');
    // Said for the person at the screen: no commands, and who can fix it.
    expect(screen.getByRole('alert').textContent).toContain('ask whoever runs Power Groups');
    expect(screen.getByRole('alert').textContent).not.toContain('pnpm');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
