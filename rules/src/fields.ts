// The format of each field that people or files give us, once. The API validates its arguments
// with these schemas, the CSV/JSON import its rows, and the explorer's forms their inputs, so all
// three refuse the same text with the same words. Messages name the thing, so they read well
// beside a form field and after `row 3, field "hotness":` in an import report alike.

import { z } from 'zod';
import { isCalendarDate, isDateTime } from './dates.ts';

// ---- ids ---------------------------------------------------------------------------------------

const ID_PREFIX = {
  industry: 'ind',
  group: 'grp',
  member: 'mem',
  contact: 'con',
  powerGroup: 'pg',
  referral: 'ref',
  oneToOne: 'oto',
} as const;

export type IdKind = keyof typeof ID_PREFIX;

/** An id as files and the API write it: a kind's prefix, then kebab-case ("mem-aoife-byrne"). */
export function idOf(kind: IdKind) {
  const prefix = ID_PREFIX[kind];
  return z
    .string()
    .trim()
    .regex(
      new RegExp(`^${prefix}-[a-z0-9][a-z0-9-]*$`),
      `must be a kebab-case id starting with "${prefix}-" (lower-case letters, digits and dashes), e.g. ${prefix}-example-1`,
    );
}

// ---- dates -------------------------------------------------------------------------------------

export const calendarDate = z
  .string()
  .trim()
  .refine(isCalendarDate, { message: 'Write the date as YYYY-MM-DD, for example 2026-12-15' });

export const dateTime = z.string().trim().refine(isDateTime, {
  message:
    'Write the instant as YYYY-MM-DDThh:mm:ssZ, or with an offset from -18:00 to +18:00, for example 2026-03-17T09:30:00+01:00',
});

// ---- referrals ---------------------------------------------------------------------------------

export const MAX_REFERRAL_VALUE = 100_000_000;

/** Euros of closed business on a WON referral. */
export const referralValue = z
  .number({ error: 'The value is a number of euros, such as 2500' })
  .positive('The value must be above 0')
  .max(MAX_REFERRAL_VALUE, 'The value is at most 100,000,000 euros');

/** How warm a referral is when passed on: 1 (a name) to 5 (expecting the call). */
export const hotness = z
  .number({ error: 'Hotness is a whole number from 1 to 5' })
  .int('Hotness is a whole number from 1 to 5')
  .min(1, 'Hotness is a whole number from 1 to 5')
  .max(5, 'Hotness is a whole number from 1 to 5');

export const notes = z.string().trim().max(2000, 'Notes are at most 2,000 characters');

// ---- contacts ----------------------------------------------------------------------------------

export const contactName = z
  .string()
  .trim()
  .min(1, 'Give the contact’s name')
  .max(120, 'A name is at most 120 characters');

export const company = z.string().trim().max(120, 'A company name is at most 120 characters');

/** How well a member knows a contact: 1 (met once) to 5 (close). */
export const knowsStrength = z
  .number({ error: 'Strength is a whole number from 1 to 5' })
  .int('Strength is a whole number from 1 to 5')
  .min(1, 'Strength is a whole number from 1 to 5')
  .max(5, 'Strength is a whole number from 1 to 5');

// ---- the industry model ------------------------------------------------------------------------

/** How strongly two industries feed each other: above 0, at most 1. */
export const synergyStrength = z
  .number({ error: 'Strength is a number above 0 and at most 1, such as 0.7' })
  .gt(0, 'Strength must be above 0')
  .max(1, 'Strength must be at most 1');

/** Why two industries feed each other, shown with partner suggestions; may be left empty. */
export const synergyReason = z.string().trim().max(500, 'A reason is at most 500 characters');

export const powerGroupName = z
  .string()
  .trim()
  .min(1, 'Give the power group a name')
  .max(100, 'A power group name is at most 100 characters');

export const powerGroupDescription = z.string().trim().max(1000, 'A description is at most 1,000 characters');

export const MIN_POWER_GROUP_INDUSTRIES = 2;
export const MAX_POWER_GROUP_INDUSTRIES = 30;

/** The industries of a power group: a power group is several trades serving one client. */
export function powerGroupIndustries<T extends z.ZodType<string>>(industryId: T) {
  return z
    .array(industryId)
    .min(MIN_POWER_GROUP_INDUSTRIES, 'A power group needs at least two industries')
    .max(MAX_POWER_GROUP_INDUSTRIES, `A power group has at most ${MAX_POWER_GROUP_INDUSTRIES} industries`);
}

// ---- people ------------------------------------------------------------------------------------

export const personName = z
  .string()
  .trim()
  .min(1, 'Give the name')
  .max(120, 'A name is at most 120 characters');

export const email = z
  .string()
  .trim()
  .max(320, 'An email address is at most 320 characters')
  .pipe(z.email('Write an email address such as name@example.ie'));

export const phone = z.string().trim().max(40, 'A phone number is at most 40 characters');

export const bio = z.string().trim().max(2000, 'A bio is at most 2,000 characters');

/** Who a member wants to meet, or does not: short phrases ("estate agents in Rathmines"). */
export const wishList = z
  .array(
    z.string().trim().min(1, 'List entries must not be empty').max(200, 'An entry is at most 200 characters'),
  )
  .max(30, 'A list has at most 30 entries');

/** Where a member met a contact ("school friend", "previous client"). */
export const knowsContext = z.string().trim().max(300, 'The context is at most 300 characters');
