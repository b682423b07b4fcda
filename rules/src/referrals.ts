// Who may move a referral where, in one place: the API's updateReferralStatus, the CSV import
// (an organiser's rows) and, later, the explorer's forms ask these functions.
//
// OFFERED → CONTACTED → MEETING_BOOKED are the open statuses; WON (with the closed-business value),
// LOST and WENT_WRONG are the outcomes; WITHDRAWN is the giver taking an open referral back. Closed
// referrals (outcomes and WITHDRAWN) are final. In networking groups the receiver reports the
// outcome and the value ("thank you for closed business"), never the giver.

export const REFERRAL_STATUSES = [
  'OFFERED',
  'CONTACTED',
  'MEETING_BOOKED',
  'WON',
  'LOST',
  'WENT_WRONG',
  'WITHDRAWN',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const OPEN_STATUSES: readonly ReferralStatus[] = ['OFFERED', 'CONTACTED', 'MEETING_BOOKED'];
export const isOpen = (status: ReferralStatus): boolean => OPEN_STATUSES.includes(status);

/** How the one asking stands to the referral; several may hold (an organiser who gave it). */
interface ReferralStanding {
  giver: boolean;
  receiver: boolean;
  organiser: boolean;
}

export interface StoredReferralState {
  status: ReferralStatus;
  value: number | null;
  notes?: string | null;
}

/** What the caller asks for: a field left undefined stays as it is. */
export interface ReferralChange {
  status?: ReferralStatus;
  value?: number | null;
  notes?: string | null;
}

interface ReferralRefusal {
  /** the field at fault; null when the caller may not change this referral at all */
  field: 'status' | 'value' | null;
  message: string;
  /** refused for who is asking (not for what they asked): a NotAuthorizedError, not a field error */
  byRole: boolean;
}

export interface ReferralRuleOptions {
  /** The API asks for the value with WON; history imported from files may lack it. */
  wonNeedsValue?: boolean;
}

/** Why a referral in `status` cannot have `value` (euros of closed business), or null. */
export function referralValueRefusal(
  status: ReferralStatus,
  value: number | null,
  { wonNeedsValue = true }: ReferralRuleOptions = {},
): string | null {
  if (value !== null && status !== 'WON') return `only a won referral has a value (the status is ${status})`;
  if (status === 'WON' && value === null && wonNeedsValue)
    return 'a won referral needs its value (thank you for closed business)';
  return null;
}

/** The referral after `change`: what is left undefined stays; a new status drops an old value. */
export function nextReferralState(current: StoredReferralState, change: ReferralChange): StoredReferralState {
  const status = change.status ?? current.status;
  const value =
    change.value === undefined ? (status === current.status ? current.value : null) : change.value;
  const notes = change.notes === undefined ? (current.notes ?? null) : change.notes;
  return { status, value, notes };
}

/**
 * Why `standing` may not make `change` to a referral in state `current`, or null when they may.
 * Notes may be updated by the giver, the receiver and organisers at any time.
 */
export function referralChangeRefusal(
  standing: ReferralStanding,
  current: StoredReferralState,
  change: ReferralChange,
  { wonNeedsValue = true }: ReferralRuleOptions = {},
): ReferralRefusal | null {
  const { giver, receiver, organiser } = standing;
  if (!giver && !receiver && !organiser) {
    return {
      field: null,
      message: 'Only the two members of a referral or an organiser can update it',
      byRole: true,
    };
  }
  const { status, value } = nextReferralState(current, change);
  const statusChanges = status !== current.status;
  const valueChanges = (value ?? null) !== (current.value ?? null);
  if (!statusChanges && !valueChanges) return null;

  if (!isOpen(current.status)) {
    return {
      field: statusChanges ? 'status' : 'value',
      message: `This referral is already ${current.status}: a closed referral is final`,
      byRole: false,
    };
  }
  // Who may first, then what: a giver asking for WON hears whose report that is, not what it lacks.
  if (status === 'WITHDRAWN' ? !(giver || organiser) : !(receiver || organiser)) {
    return status === 'WITHDRAWN'
      ? {
          field: 'status',
          message:
            'Only the giver (or an organiser) can withdraw a referral; as its receiver, report LOST instead',
          byRole: true,
        }
      : {
          field: valueChanges && !statusChanges ? 'value' : 'status',
          message:
            'Only the receiver (or an organiser) moves a referral on and reports its outcome and value; ' +
            'as its giver you can withdraw it or update its notes',
          byRole: true,
        };
  }
  const valueProblem = referralValueRefusal(status, value, { wonNeedsValue });
  if (valueProblem)
    return { field: 'value', message: valueProblem[0]?.toUpperCase() + valueProblem.slice(1), byRole: false };
  return null;
}

/**
 * The statuses `standing` may move a referral in state `current` to now, by the rules above: none
 * for a closed referral; WITHDRAWN for its giver; the next steps and outcomes for its receiver;
 * both for an organiser. The explorer offers exactly these.
 */
export function statusChoices(standing: ReferralStanding, current: StoredReferralState): ReferralStatus[] {
  return REFERRAL_STATUSES.filter(
    (status) =>
      status !== current.status &&
      // A WON change comes with its value; the value itself is the form's to ask for.
      referralChangeRefusal(standing, current, { status, value: status === 'WON' ? 1 : undefined }) === null,
  );
}
