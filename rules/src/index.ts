// The business rules of Power Groups, each in one place (see package.json).

export * from './accounts.ts';
export * from './activity.ts';
export { parseAmount } from './amount.ts';
export * from './candidates.ts';
export { addDays, isCalendarDate, isDateTime, monthsBefore } from './dates.ts';
export * from './fields.ts';
export * from './health.ts';
export * from './one-to-ones.ts';
export * from './referrals.ts';
export * from './seats.ts';
export * from './stalled.ts';
export * from './trades.ts';
