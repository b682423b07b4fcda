import { ReferralStatusForm } from '@powergroups/client/test';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectOnceBeside } from '../fixtures/fields.ts';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';

type Referral = ComponentProps<typeof ReferralStatusForm>['referral'];

const person = (id: string, name: string) => ({ id, name, company: `${name} Ltd`, industry: null });

// As its receiver sees it: the next steps and the outcomes.
const REFERRAL: Referral = {
  id: 'ref-7',
  giver: person('m-brian', 'Brian Walsh'),
  receiver: person('m-aoife', 'Aoife Byrne'),
  contact: { id: 'con-7', name: 'Pat Buyer' },
  status: 'MEETING_BOOKED',
  value: null,
  notes: null,
  hotness: 4,
  createdAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-01T09:00:00Z',
  stalled: false,
  statusChoices: ['WON', 'LOST', 'WENT_WRONG'],
};

function setup(answer: unknown = undefined) {
  const api = recordedApi({
    Viewer: viewerOf({ id: 'm-aoife', name: 'Aoife Byrne', role: 'MEMBER', group: null }),
    UpdateReferralStatus: (variables: Record<string, unknown>) =>
      answer ?? {
        updateReferralStatus: {
          __typename: 'UpdateReferralStatusSuccess',
          data: { ...REFERRAL, ...(variables.input as object), statusChoices: [] },
        },
      },
  });
  const onUpdated = vi.fn();
  renderWithSession(<ReferralStatusForm referral={REFERRAL} onUpdated={onUpdated} />, api.ops);
  return { ...api, onUpdated };
}

const sent = (calls: ReturnType<typeof recordedApi>['calls']) =>
  calls.filter((call) => call.operation === 'UpdateReferralStatus').map((call) => call.variables.input);

function win(value: string) {
  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'WON' } });
  fireEvent.change(screen.getByLabelText('Value won'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Update' }));
}

describe('ReferralStatusForm', () => {
  it('offers the current status and the server’s choices', () => {
    setup();
    const options = [...screen.getByLabelText('Status').querySelectorAll('option')];
    expect(options.map((option) => option.textContent)).toEqual([
      'Meeting booked',
      'Won',
      'Lost',
      'Went wrong',
    ]);
    // Nothing to send until another status is chosen; the value is asked for WON only.
    expect(screen.getByRole('button', { name: 'Update' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByLabelText('Value won')).toBeNull();
  });

  it.each([
    ['€2,500', 2500],
    ['2,500', 2500],
    ['2500.50', 2500.5],
  ])('sends "%s" as %d euros', async (typed, euros) => {
    const { calls, onUpdated } = setup();
    win(typed);
    await waitFor(() => expect(onUpdated).toHaveBeenCalled());
    expect(sent(calls)).toEqual([{ referralId: 'ref-7', status: 'WON', value: euros }]);
  });

  it('asks for the value of a won referral beside the value, and sends nothing', async () => {
    const { calls } = setup();
    win('');
    await screen.findByText(/needs its value/);
    expectOnceBeside(
      screen.getByLabelText('Value won'),
      'A won referral needs its value (thank you for closed business)',
    );
    expect(sent(calls)).toEqual([]);
  });

  it.each([
    ['lots', 'The value is a number of euros, such as 2500'],
    ['0', 'The value must be above 0'],
    ['€200,000,000', 'The value is at most 100,000,000 euros'],
  ])('refuses "%s" beside the value: %s', async (typed, message) => {
    const { calls } = setup();
    win(typed);
    await screen.findByText(message);
    expectOnceBeside(screen.getByLabelText('Value won'), message);
    expect(sent(calls)).toEqual([]);
  });

  it('sends no value with another outcome, even one typed for WON first', async () => {
    const { calls, onUpdated } = setup();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'WON' } });
    fireEvent.change(screen.getByLabelText('Value won'), { target: { value: '900' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'LOST' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(onUpdated).toHaveBeenCalled());
    expect(sent(calls)).toEqual([{ referralId: 'ref-7', status: 'LOST' }]);
  });

  it('puts the server’s message about the value beside the value, once', async () => {
    const { onUpdated } = setup({
      updateReferralStatus: {
        __typename: 'ValidationError',
        message: 'Validation error: input.value: This referral is already WON: a closed referral is final',
        fieldErrors: [
          { path: ['input', 'value'], message: 'This referral is already WON: a closed referral is final' },
        ],
      },
    });
    win('1,500');
    await screen.findByText(/already WON/);
    expectOnceBeside(
      screen.getByLabelText('Value won'),
      'This referral is already WON: a closed referral is final',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onUpdated).not.toHaveBeenCalled();
  });
});
