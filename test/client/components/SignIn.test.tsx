import { ApiError, SERVER_DOWN_MESSAGE, SignIn, StateMessage } from '@powergroups/client/test';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession } from '../fixtures/render.tsx';

describe('SignIn', () => {
  it('signs in with a demo member picked from the list and keeps the token', async () => {
    const { ops } = recordedApi({
      DemoAccounts: {
        demoAccounts: [
          { token: 'demo-m-aoife', label: 'Aoife Byrne', memberId: 'm-aoife', role: 'ORGANISER' },
          { token: 'demo-m-brian', label: 'Brian Walsh', memberId: 'm-brian', role: 'MEMBER' },
        ],
      },
      Me: { me: { id: 'm-brian', name: 'Brian Walsh', role: 'MEMBER', group: null } },
    });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const picker = await screen.findByLabelText('Demo member (development)');
    await screen.findByRole('option', { name: 'Aoife Byrne — organiser' });
    fireEvent.change(picker, { target: { value: 'demo-m-brian' } });
    expect(await screen.findByText('Brian Walsh')).toBeTruthy();
    expect(window.localStorage.getItem('powergroups.token')).toBe('demo-m-brian');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(window.localStorage.getItem('powergroups.token')).toBeNull();
  });

  it('refuses a token the server does not recognise', async () => {
    const { ops } = recordedApi({ DemoAccounts: { demoAccounts: [] }, Me: { me: null } });
    renderWithSession(<SignIn />, ops);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.change(screen.getByLabelText('Access token'), { target: { value: 'nonsense' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Sign in' }).at(-1) as HTMLElement);
    expect(await screen.findByText(/That token is not recognised/)).toBeTruthy();
    expect(window.localStorage.getItem('powergroups.token')).toBeNull();
  });
});

describe('StateMessage', () => {
  it('names the problem and how to fix it when the server is down', () => {
    render(
      <StateMessage
        kind="error"
        error={new ApiError('server-down', SERVER_DOWN_MESSAGE)}
        onRetry={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Server not reachable');
    expect(screen.getByRole('alert').textContent).toContain('pnpm start');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
