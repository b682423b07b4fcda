// One-to-ones as members use them (@powergroups/rules): booked for a date to come, then
// held or cancelled; dates from before both were in the group, or over a year ahead, refused.
import {
  importedOneToOneRefusal,
  initialOneToOneStatus,
  oneToOneChangeRefusal,
  oneToOneDateRefusal,
} from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-22';

describe('one-to-one rules', () => {
  it('books a date to come and records today or a day gone by as held', () => {
    expect(initialOneToOneStatus('2026-11-23', TODAY)).toBe('PLANNED');
    expect(initialOneToOneStatus(TODAY, TODAY)).toBe('HELD');
    expect(initialOneToOneStatus('2025-01-01', TODAY)).toBe('HELD');
  });

  it.each([
    ['2026-12-15', null, null],
    ['2027-11-23', null, null], // the last day of the horizon
    ['2027-11-24', null, /at most a year ahead \(by 2027-11-23\)/],
    ['1900-01-01', '2021-03-04', /only since 2021-03-04/],
    ['2021-03-03', '2021-03-04', /only since 2021-03-04/],
    ['2021-03-04', '2021-03-04', null],
    ['2026-02-30', null, /YYYY-MM-DD/],
    ['22/11/2026', null, /YYYY-MM-DD/],
  ])('%s (both in the group since %s)', (on, since, expected) => {
    const refusal = oneToOneDateRefusal(on, TODAY, since);
    if (expected) expect(refusal).toMatch(expected);
    else expect(refusal).toBeNull();
  });

  it('moves only a planned one: held once its day has come, cancelled any time; both final', () => {
    const planned = { status: 'PLANNED' as const, on: '2026-11-25' };
    expect(oneToOneChangeRefusal(planned, 'HELD', TODAY)).toMatch(/on or after that day/);
    expect(oneToOneChangeRefusal(planned, 'HELD', '2026-11-25')).toBeNull();
    expect(oneToOneChangeRefusal(planned, 'CANCELLED', TODAY)).toBeNull();
    expect(oneToOneChangeRefusal(planned, 'PLANNED', TODAY)).toBeNull();
    expect(oneToOneChangeRefusal({ status: 'HELD', on: '2026-11-01' }, 'CANCELLED', TODAY)).toMatch(/final/);
    expect(oneToOneChangeRefusal({ status: 'CANCELLED', on: '2026-11-01' }, 'HELD', TODAY)).toMatch(/final/);
    expect(oneToOneChangeRefusal({ status: 'CANCELLED', on: '2026-11-01' }, 'PLANNED', TODAY)).toMatch(
      /final/,
    );
  });

  it('keeps a file’s history, but refuses a held one-to-one on a day still to come', () => {
    expect(importedOneToOneRefusal('HELD', '2020-01-01', TODAY)).toBeNull();
    expect(importedOneToOneRefusal('PLANNED', '2026-12-01', TODAY)).toBeNull();
    expect(importedOneToOneRefusal('CANCELLED', '2026-12-01', TODAY)).toBeNull();
    expect(importedOneToOneRefusal('HELD', '2026-11-23', TODAY)).toMatch(/mark it PLANNED/);
  });
});
