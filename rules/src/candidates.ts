// The visitor pipeline, in one place: the API's setCandidateStatus and the explorer's gap form ask
// these functions.
//
// A contact whom a member knows becomes a candidate for the member's group when they are invited
// (INVITED); they come to a meeting as a visitor (VISITED), then join (JOINED) or not (DECLINED).
// One may decline an invitation without visiting. JOINED and DECLINED are final. Each step keeps
// its own date, so a candidate's history is the dates of the steps taken, oldest first.
//
//   (none) → INVITED → VISITED → JOINED
//               │          └────→ DECLINED
//               └───────────────→ DECLINED

import { isCalendarDate } from './dates.ts';

export const CANDIDATE_STATUSES = ['INVITED', 'VISITED', 'JOINED', 'DECLINED'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** Where a candidate may go from each status; from none (not a candidate yet) only to INVITED. */
const NEXT: Record<CandidateStatus | 'NONE', readonly CandidateStatus[]> = {
  NONE: ['INVITED'],
  INVITED: ['VISITED', 'DECLINED'],
  VISITED: ['JOINED', 'DECLINED'],
  JOINED: [],
  DECLINED: [],
};

/** The property that holds the date of each step (a calendar day, YYYY-MM-DD). */
export const CANDIDATE_DATE_FIELDS = {
  INVITED: 'invitedOn',
  VISITED: 'visitedOn',
  JOINED: 'joinedOn',
  DECLINED: 'declinedOn',
} as const satisfies Record<CandidateStatus, string>;

/** A candidate as stored: the latest status and the date of every step taken (null: not taken). */
export interface CandidateState {
  status: CandidateStatus;
  invitedOn: string | null;
  visitedOn: string | null;
  joinedOn: string | null;
  declinedOn: string | null;
}

/** The words people use for each step: "Invited 2 Dec", "Mark visited". */
export const CANDIDATE_STATUS_WORDS: Record<CandidateStatus, string> = {
  INVITED: 'invited',
  VISITED: 'visited',
  JOINED: 'joined',
  DECLINED: 'declined',
};

/** The statuses a candidate in `current` (null: not a candidate yet) may move to next. */
export function candidateChoices(current: CandidateStatus | null): readonly CandidateStatus[] {
  return NEXT[current ?? 'NONE'];
}

/** The steps taken so far with their dates, oldest first (the order of the pipeline). */
export function candidateHistory(state: CandidateState): { status: CandidateStatus; on: string }[] {
  return CANDIDATE_STATUSES.flatMap((status) => {
    const on = state[CANDIDATE_DATE_FIELDS[status]];
    return on ? [{ status, on }] : [];
  });
}

interface CandidateRefusal {
  /** the field of the move at fault: the status asked for, or its date */
  field: 'status' | 'on';
  message: string;
}

/**
 * Why a candidate in `current` (null: not a candidate yet) may not move to `status` on the day
 * `on`, or null when they may. A step is marked on the day it happened: not a day still to come,
 * and not before the step before it.
 */
export function candidateMoveRefusal(
  current: CandidateState | null,
  status: CandidateStatus,
  on: string,
  today: string,
): CandidateRefusal | null {
  if (!isCalendarDate(on))
    return { field: 'on', message: 'Write the date as YYYY-MM-DD, for example 2026-12-15' };
  const word = CANDIDATE_STATUS_WORDS[status];
  if (on > today)
    return { field: 'on', message: `Mark them ${word} on the day it happened: ${on} is still to come` };
  if (!current) {
    if (status !== 'INVITED')
      return {
        field: 'status',
        message: `Mark them invited first: a candidate is invited before being ${word}`,
      };
    return null;
  }
  if (current.status === status)
    return {
      field: 'status',
      message: `They are already ${word} (on ${current[CANDIDATE_DATE_FIELDS[status]]})`,
    };
  if (candidateChoices(current.status).length === 0)
    return {
      field: 'status',
      message: `They have already ${CANDIDATE_STATUS_WORDS[current.status]}: that is final`,
    };
  if (!candidateChoices(current.status).includes(status))
    return {
      field: 'status',
      message:
        status === 'INVITED'
          ? 'They were invited already: a candidate is invited once'
          : `Mark them visited first: a candidate visits a meeting before being ${word}`,
    };
  const last = candidateHistory(current).at(-1);
  if (last && on < last.on)
    return {
      field: 'on',
      message: `They were ${CANDIDATE_STATUS_WORDS[last.status]} on ${last.on}: choose that day or later`,
    };
  return null;
}

/** The candidate after a move the rules allow: the new status with its date, the earlier dates kept. */
export function nextCandidateState(
  current: CandidateState | null,
  status: CandidateStatus,
  on: string,
): CandidateState {
  return {
    invitedOn: current?.invitedOn ?? null,
    visitedOn: current?.visitedOn ?? null,
    joinedOn: current?.joinedOn ?? null,
    declinedOn: current?.declinedOn ?? null,
    status,
    [CANDIDATE_DATE_FIELDS[status]]: on,
  };
}
