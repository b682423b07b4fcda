import { AccessTokens, InvitationPage, InviteMember } from '@powergroups/client/test';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectOnceBeside, messageOf } from '../fixtures/fields.ts';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';

const TOKEN = {
  id: 'tok-1',
  name: 'weekly report',
  scope: 'READ',
  createdAt: '2026-11-01T10:00:00.000000000Z',
  expiresAt: '2027-01-30T10:00:00.000000000Z',
  lastUsedAt: null,
  expired: false,
};

describe('AccessTokens', () => {
  it('creates a token, shows its secret once, lists and revokes tokens', async () => {
    let tokens = [TOKEN];
    const { ops, calls } = recordedApi({
      Viewer: viewerOf({ id: 'm-1', name: 'Aoife Byrne', role: 'MEMBER', group: null }),
      AccessTokens: () => ({ accessTokens: tokens }),
      CreateAccessToken: (variables: Record<string, unknown>) => {
        const created = { ...TOKEN, id: 'tok-2', name: 'export', scope: 'WRITE' };
        tokens = [created, ...tokens];
        expect(variables).toEqual({ input: { name: 'export', expiresInDays: 30, scope: 'WRITE' } });
        return {
          createAccessToken: {
            __typename: 'CreateAccessTokenSuccess',
            data: { token: 'pgt_secret', accessToken: created },
          },
        };
      },
      RevokeAccessToken: (variables: Record<string, unknown>) => {
        tokens = tokens.filter((token) => token.id !== variables.id);
        return { revokeAccessToken: { __typename: 'RevokeAccessTokenSuccess', data: variables.id } };
      },
    });
    renderWithSession(<AccessTokens onClose={vi.fn()} />, ops);
    expect(await screen.findByText('weekly report')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'export' } });
    fireEvent.change(screen.getByLabelText('Expires after'), { target: { value: '30' } });
    fireEvent.click(screen.getByLabelText(/Read and write/));
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(((await screen.findByLabelText('New access token')) as HTMLInputElement).value).toBe('pgt_secret');
    expect(screen.getByText(/shown only this once/)).toBeTruthy();
    await screen.findByText('export');
    fireEvent.click(screen.getAllByRole('button', { name: 'Revoke' })[1] as HTMLElement);
    await waitFor(() => expect(screen.queryByText('weekly report')).toBeNull());
    expect(calls.find((call) => call.operation === 'RevokeAccessToken')?.variables).toEqual({ id: 'tok-1' });
  });

  it('asks for a name beside the name field, once, and creates nothing', async () => {
    const { ops, calls } = recordedApi({
      Viewer: viewerOf({ id: 'm-1', name: 'Aoife Byrne', role: 'MEMBER', group: null }),
      AccessTokens: { accessTokens: [] },
    });
    renderWithSession(<AccessTokens onClose={vi.fn()} />, ops);
    await screen.findByText('No tokens yet.');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    await screen.findByText('Name the token');
    expectOnceBeside(screen.getByLabelText('Name'), 'Name the token');
    expect(calls.some((call) => call.operation === 'CreateAccessToken')).toBe(false);
  });
});

describe('InvitationPage', () => {
  const PREVIEW = {
    name: 'Brian Walsh',
    email: 'brian@example.org',
    groupName: 'Southside Connect',
    resetsPassword: false,
    expiresAt: '2026-11-30T10:00:00Z',
  };

  it('sets a password from the link and signs in', async () => {
    const onDone = vi.fn();
    const { ops, calls } = recordedApi({
      Viewer: viewerOf(null),
      Invitation: { invitation: PREVIEW },
      AcceptInvitation: {
        acceptInvitation: {
          __typename: 'AcceptInvitationSuccess',
          data: viewerOf({ id: 'm-brian', name: 'Brian Walsh', role: 'MEMBER', group: null }).viewer,
        },
      },
    });
    renderWithSession(<InvitationPage token="pgi_abc" onDone={onDone} />, ops);
    expect(await screen.findByText('Welcome, Brian Walsh')).toBeTruthy();
    expect(screen.getByText('brian@example.org')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Password \(at least 10/), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('The same password again'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    // The API's own rule, said beside the password and nowhere else.
    await screen.findByText('Use at least 10 characters');
    expectOnceBeside(screen.getByLabelText(/Password \(at least 10/), 'Use at least 10 characters');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.some((call) => call.operation === 'AcceptInvitation')).toBe(false);
    fireEvent.change(screen.getByLabelText(/Password \(at least 10/), {
      target: { value: 'a long passphrase' },
    });
    fireEvent.change(screen.getByLabelText('The same password again'), {
      target: { value: 'a long passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.find((call) => call.operation === 'AcceptInvitation')?.variables).toEqual({
      input: { token: 'pgi_abc', password: 'a long passphrase' },
    });
  });

  it('says beside the second password when the two differ, and sends nothing', async () => {
    const { ops, calls } = recordedApi({ Viewer: viewerOf(null), Invitation: { invitation: PREVIEW } });
    renderWithSession(<InvitationPage token="pgi_abc" onDone={vi.fn()} />, ops);
    await screen.findByText('Welcome, Brian Walsh');
    fireEvent.change(screen.getByLabelText(/Password \(at least 10/), {
      target: { value: 'a long passphrase' },
    });
    fireEvent.change(screen.getByLabelText('The same password again'), {
      target: { value: 'a long passphrase!' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await screen.findByText('The two passwords differ.');
    expectOnceBeside(screen.getByLabelText('The same password again'), 'The two passwords differ.');
    expect(messageOf(screen.getByLabelText(/Password \(at least 10/))).toBeNull();
    expect(calls.some((call) => call.operation === 'AcceptInvitation')).toBe(false);
  });

  it('puts the server’s message about the password beside it, once', async () => {
    const { ops } = recordedApi({
      Viewer: viewerOf(null),
      Invitation: { invitation: PREVIEW },
      AcceptInvitation: {
        acceptInvitation: {
          __typename: 'ValidationError',
          message: 'Validation error: input.password: That password is on a list of leaked passwords',
          fieldErrors: [
            { path: ['input', 'password'], message: 'That password is on a list of leaked passwords' },
          ],
        },
      },
    });
    renderWithSession(<InvitationPage token="pgi_abc" onDone={vi.fn()} />, ops);
    await screen.findByText('Welcome, Brian Walsh');
    for (const label of [/Password \(at least 10/, 'The same password again'])
      fireEvent.change(screen.getByLabelText(label), { target: { value: 'password1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await screen.findByText('That password is on a list of leaked passwords');
    expectOnceBeside(
      screen.getByLabelText(/Password \(at least 10/),
      'That password is on a list of leaked passwords',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when a link is used up or expired', async () => {
    const { ops } = recordedApi({ Viewer: viewerOf(null), Invitation: { invitation: null } });
    renderWithSession(<InvitationPage token="pgi_old" onDone={vi.fn()} />, ops);
    expect(await screen.findByText('This link does not work any more')).toBeTruthy();
  });
});

describe('InviteMember', () => {
  it('makes a link once, and says a refusal above the button', async () => {
    let refuse = true;
    const { ops, calls } = recordedApi({
      Viewer: viewerOf({ id: 'm-aoife', name: 'Aoife Byrne', role: 'ORGANISER', group: null }),
      CreateInvitation: () =>
        refuse
          ? {
              createInvitation: {
                __typename: 'NotAuthorizedError',
                message: 'Only an organiser of the member’s group can invite them',
              },
            }
          : {
              createInvitation: {
                __typename: 'CreateInvitationSuccess',
                data: {
                  link: 'http://localhost/invite#pgi_new',
                  email: 'brian@example.org',
                  name: 'Brian Walsh',
                  expiresAt: '2026-11-27T10:00:00Z',
                },
              },
            },
    });
    renderWithSession(<InviteMember memberId="m-brian" name="Brian" />, ops);
    fireEvent.click(screen.getByRole('button', { name: 'Invite Brian to sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Only an organiser of the member’s group can invite them',
    );
    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Invite Brian to sign in' }));
    expect(((await screen.findByLabelText('Invitation link')) as HTMLInputElement).value).toBe(
      'http://localhost/invite#pgi_new',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.filter((call) => call.operation === 'CreateInvitation')).toHaveLength(2);
  });
});
