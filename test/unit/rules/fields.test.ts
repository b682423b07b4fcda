// The field formats shared by the API, the import and the forms (@powergroups/rules), and the
// amount reader the forms use before a value is validated.
import {
  calendarDate,
  email,
  hotness,
  idOf,
  parseAmount,
  powerGroupIndustries,
  referralValue,
  STALLED_AFTER_DAYS,
  stalledBefore,
} from '@powergroups/rules';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

const refusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe('parseAmount', () => {
  it.each([
    ['2500', 2500],
    ['2,500', 2500],
    ['€2,500', 2500],
    ['€ 2,500.50', 2500.5],
    ['2 500', 2500],
    ['EUR 1500', 1500],
    ['1500 euro', 1500],
  ])('reads %s as %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each(['abc', '-5', '2.500.00', '25,00', '', '€'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('field formats', () => {
  it('reads calendar days and refuses days that do not exist', () => {
    expect(refusal(calendarDate, '2026-12-15')).toBeNull();
    expect(refusal(calendarDate, '2026-02-30')).toMatch(/YYYY-MM-DD/);
    expect(refusal(calendarDate, '15/12/2026')).toMatch(/YYYY-MM-DD/);
  });

  it('takes ids of each kind with their prefix only', () => {
    expect(refusal(idOf('powerGroup'), 'pg-home-buying')).toBeNull();
    expect(refusal(idOf('powerGroup'), 'home-buying')).toMatch(/starting with "pg-"/);
    expect(refusal(idOf('member'), 'mem-Aoife')).toMatch(/kebab-case/);
  });

  it('says what a value, a hotness and an email must be', () => {
    expect(refusal(referralValue, 2500)).toBeNull();
    expect(refusal(referralValue, 0)).toBe('The value must be above 0');
    expect(refusal(referralValue, 1e9)).toMatch(/at most 100,000,000/);
    expect(refusal(hotness, 6)).toBe('Hotness is a whole number from 1 to 5');
    expect(refusal(hotness, 2.5)).toBe('Hotness is a whole number from 1 to 5');
    expect(refusal(email, 'aoife@example.ie')).toBeNull();
    expect(refusal(email, 'aoife@')).toMatch(/email address/);
  });

  it('needs two industries for a power group', () => {
    expect(refusal(powerGroupIndustries(idOf('industry')), ['ind-solicitor'])).toMatch(/at least two/);
  });
});

describe('stalled', () => {
  it('starts exactly 14 days after the last update', () => {
    const now = new Date('2026-10-15T12:00:00Z');
    expect(STALLED_AFTER_DAYS).toBe(14);
    expect(stalledBefore(now).toISOString()).toBe('2026-10-01T12:00:00.000Z');
  });
});
