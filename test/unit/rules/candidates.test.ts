// The visitor pipeline (@powergroups/rules): invited, then visited, then joined or declined (one
// may decline without visiting); each step on its own day, not to come and not before the last.
import {
  type CandidateState,
  candidateChoices,
  candidateHistory,
  candidateMoveRefusal,
  nextCandidateState,
} from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-22';

const invited: CandidateState = {
  status: 'INVITED',
  invitedOn: '2026-11-10',
  visitedOn: null,
  joinedOn: null,
  declinedOn: null,
};
const visited: CandidateState = { ...invited, status: 'VISITED', visitedOn: '2026-11-17' };
const joined: CandidateState = { ...visited, status: 'JOINED', joinedOn: '2026-11-20' };
const declined: CandidateState = { ...invited, status: 'DECLINED', declinedOn: '2026-11-12' };

describe('candidate rules', () => {
  it('offers invited first, then visited or declined, then joined or declined; nothing after the end', () => {
    expect(candidateChoices(null)).toEqual(['INVITED']);
    expect(candidateChoices('INVITED')).toEqual(['VISITED', 'DECLINED']);
    expect(candidateChoices('VISITED')).toEqual(['JOINED', 'DECLINED']);
    expect(candidateChoices('JOINED')).toEqual([]);
    expect(candidateChoices('DECLINED')).toEqual([]);
  });

  it('allows exactly the moves it offers, on a day from the last step to today', () => {
    expect(candidateMoveRefusal(null, 'INVITED', '2026-11-01', TODAY)).toBeNull();
    expect(candidateMoveRefusal(invited, 'VISITED', '2026-11-10', TODAY)).toBeNull();
    expect(candidateMoveRefusal(invited, 'DECLINED', TODAY, TODAY)).toBeNull();
    expect(candidateMoveRefusal(visited, 'JOINED', '2026-11-20', TODAY)).toBeNull();
    expect(candidateMoveRefusal(visited, 'DECLINED', '2026-11-18', TODAY)).toBeNull();
  });

  it.each([
    [null, 'VISITED', '2026-11-20', 'status', /Mark them invited first/],
    [null, 'JOINED', '2026-11-20', 'status', /Mark them invited first/],
    [invited, 'JOINED', '2026-11-20', 'status', /Mark them visited first/],
    [invited, 'INVITED', '2026-11-20', 'status', /already invited \(on 2026-11-10\)/],
    [visited, 'INVITED', '2026-11-20', 'status', /invited once/],
    [joined, 'DECLINED', '2026-11-21', 'status', /already joined: that is final/],
    [declined, 'VISITED', '2026-11-21', 'status', /already declined: that is final/],
    [invited, 'VISITED', '2026-11-09', 'on', /invited on 2026-11-10: choose that day or later/],
    [visited, 'JOINED', '2026-11-16', 'on', /visited on 2026-11-17/],
    [null, 'INVITED', '2026-11-23', 'on', /2026-11-23 is still to come/],
    [null, 'INVITED', '2026-02-30', 'on', /YYYY-MM-DD/],
  ] as const)('refuses %o → %s on %s (%s)', (current, status, on, field, message) => {
    const refusal = candidateMoveRefusal(current, status, on, TODAY);
    expect(refusal?.field).toBe(field);
    expect(refusal?.message).toMatch(message);
  });

  it('keeps the day of every step taken, and lists them oldest first', () => {
    const first = nextCandidateState(null, 'INVITED', '2026-11-10');
    expect(first).toEqual(invited);
    const second = nextCandidateState(first, 'VISITED', '2026-11-17');
    expect(second).toEqual(visited);
    expect(candidateHistory(nextCandidateState(second, 'JOINED', '2026-11-20'))).toEqual([
      { status: 'INVITED', on: '2026-11-10' },
      { status: 'VISITED', on: '2026-11-17' },
      { status: 'JOINED', on: '2026-11-20' },
    ]);
    expect(candidateHistory(declined)).toEqual([
      { status: 'INVITED', on: '2026-11-10' },
      { status: 'DECLINED', on: '2026-11-12' },
    ]);
  });
});
