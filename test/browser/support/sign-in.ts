// Signing in in the browser the way a new member does: an organiser's invitation link (made here
// through the server's own code, as `pnpm admin invite` does), the invitation page, a password.
import { inviteMember } from '@powergroups/server/test';
import type { Page } from 'playwright-core';
import { testDatabase } from '../../support/database.ts';

export const TEST_PASSWORD = 'browser test passphrase';

/** A fresh single-use link for the member (a new one replaces the last), pointing at the app. */
export async function invitationLink(
  appUrl: string,
  memberId: string,
): Promise<{ link: string; email: string }> {
  const db = await testDatabase();
  try {
    const invitation = await inviteMember(db, {
      memberId,
      invitedBy: null,
      settings: { publicUrl: appUrl, sessionDays: 1, invitationDays: 1 },
      // As `pnpm admin invite` does: a member signed in by an earlier suite gets a new password.
      reset: true,
    });
    return { link: invitation.link, email: invitation.email };
  } finally {
    await db.close();
  }
}

/** Opens the member's invitation link, sets the password and lands signed in in the explorer. */
export async function signInThroughInvitation(page: Page, appUrl: string, memberId: string): Promise<string> {
  const { link, email } = await invitationLink(appUrl, memberId);
  await page.goto(link);
  await page.getByLabel(/^Password \(at least/).fill(TEST_PASSWORD);
  await page.getByLabel('The same password again').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.locator('.signed-in').waitFor();
  return email;
}

/** Signs in with email and password through the header's form. */
export async function signInWithPassword(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
}
