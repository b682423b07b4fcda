// Who may move a referral where (@powergroups/rules): the receiver reports progress, the
// outcome and the value; the giver may withdraw it or change its notes; closed referrals are final.
import { nextReferralState, referralChangeRefusal, statusChoices } from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

const giver = { giver: true, receiver: false, organiser: false };
const receiver = { giver: false, receiver: true, organiser: false };
const organiser = { giver: false, receiver: false, organiser: true };
const stranger = { giver: false, receiver: false, organiser: false };
const open = { status: 'OFFERED' as const, value: null, notes: 'first call Tuesday' };
const won = { status: 'WON' as const, value: 2500, notes: null };

describe('referral rules', () => {
  it.each([
    ['receiver moves it on', receiver, open, { status: 'CONTACTED' as const }, null],
    ['receiver reports WON with a value', receiver, open, { status: 'WON' as const, value: 2500 }, null],
    ['organiser reports WON with a value', organiser, open, { status: 'WON' as const, value: 10 }, null],
    ['giver withdraws', giver, open, { status: 'WITHDRAWN' as const }, null],
    ['giver updates notes', giver, open, { notes: 'called, no answer' }, null],
    ['giver updates notes of a closed one', giver, won, { notes: 'thanks!' }, null],
  ])('%s: allowed', (_name, standing, current, change, expected) => {
    expect(referralChangeRefusal(standing, current, change)).toBe(expected);
  });

  it.each([
    [
      'giver reports WON',
      giver,
      open,
      { status: 'WON' as const, value: 2500 },
      'status',
      true,
      /Only the receiver/,
    ],
    ['giver sets a value alone', giver, open, { value: 100 }, 'value', true, /Only the receiver/],
    ['giver moves it on', giver, open, { status: 'CONTACTED' as const }, 'status', true, /Only the receiver/],
    ['receiver withdraws', receiver, open, { status: 'WITHDRAWN' as const }, 'status', true, /report LOST/],
    ['a stranger changes notes', stranger, open, { notes: 'x' }, null, true, /two members/],
    ['WON without a value', receiver, open, { status: 'WON' as const }, 'value', false, /needs its value/],
    ['a value on LOST', receiver, open, { status: 'LOST' as const, value: 5 }, 'value', false, /only a won/i],
    ['reopening a closed one', receiver, won, { status: 'CONTACTED' as const }, 'status', false, /final/],
    ['changing a won value', organiser, won, { value: 99 }, 'value', false, /final/],
  ])('%s: refused', (_name, standing, current, change, field, byRole, message) => {
    const refusal = referralChangeRefusal(standing, current, change);
    expect(refusal).toMatchObject({ field, byRole });
    expect(refusal?.message).toMatch(message);
  });

  it('keeps what a change leaves out, and drops a value when the status moves', () => {
    expect(nextReferralState(open, { notes: 'new' })).toEqual({
      status: 'OFFERED',
      value: null,
      notes: 'new',
    });
    expect(nextReferralState(won, {})).toEqual(won);
    expect(nextReferralState({ ...open, value: 3 }, { status: 'LOST' })).toMatchObject({ value: null });
  });

  it('offers each caller exactly the moves the rules allow', () => {
    expect(statusChoices(giver, open)).toEqual(['WITHDRAWN']);
    expect(statusChoices(receiver, open)).toEqual([
      'CONTACTED',
      'MEETING_BOOKED',
      'WON',
      'LOST',
      'WENT_WRONG',
    ]);
    expect(statusChoices(organiser, open)).toEqual([
      'CONTACTED',
      'MEETING_BOOKED',
      'WON',
      'LOST',
      'WENT_WRONG',
      'WITHDRAWN',
    ]);
    expect(statusChoices(stranger, open)).toEqual([]);
    expect(statusChoices(organiser, won)).toEqual([]);
  });
});
