// Signing in and scripts' access: the password set from an invitation link, the one typed to sign
// in, and access tokens. The API's account inputs and the explorer's sign-in forms read these.

import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** A password being set (from an invitation link). */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password typed to sign in: only its presence is checked, the rest is the sign-in's answer. */
export const signInPassword = z
  .string()
  .min(1, 'Enter your password')
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** What an access token is for ("weekly report"). */
export const accessTokenName = z
  .string()
  .trim()
  .min(1, 'Name the token')
  .max(80, 'A token name is at most 80 characters');

/** How many days an access token works. */
export const accessTokenDays = z
  .number({ error: 'The days are a whole number from 1 to 365' })
  .int('The days are a whole number from 1 to 365')
  .min(1, 'At least 1 day')
  .max(365, 'At most 365 days');
