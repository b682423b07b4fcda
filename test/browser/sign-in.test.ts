// The sign-in screens in Chromium: a refused sign-in, an organiser's invitation, access tokens,
// sign-out everywhere, at desktop and phone sizes. Screenshots go to test/artifacts/screenshots/.
import { SAMPLE_FACTS } from '@powergroups/seed';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, waitForGraph } from './support/chromium.ts';
import { useExplorerPage } from './support/explorer-page.ts';
import {
  invitationLink,
  signInThroughInvitation,
  signInWithPassword,
  TEST_PASSWORD,
} from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
const ORGANISER = SAMPLE_FACTS.secondOrganiserId; // Fiona Doyle
const INVITEE = 'mem-ruth-daly';
const USED = [ORGANISER, INVITEE];

const ui = useExplorerPage(async (db) => {
  await db.write(
    `MATCH (a:Account)-[:IS]->(m:Member) WHERE m.id IN $ids
     OPTIONAL MATCH (x)-[:OF|FOR]->(a)
     DETACH DELETE x, a`,
    { ids: USED },
  );
});
let organiserEmail = '';

const graphql = async (query: string, headers: Record<string, string>) => {
  const response = await fetch(`${appUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> } };
};

describe('signing in, in Chromium', () => {
  it('refuses a wrong password with one message for every mistake', async () => {
    const { page } = ui;
    await page.goto(`${appUrl}/groups/${GROUP}`);
    await waitForGraph(page);
    await signInWithPassword(page, 'fiona@nowhere.example', 'a wrong password');
    await page.getByRole('dialog', { name: 'Sign in' }).getByRole('alert').waitFor();
    expect(await page.getByRole('dialog', { name: 'Sign in' }).getByRole('alert').textContent()).toBe(
      'Wrong email or password',
    );
    await screenshot(page, '14-sign-in-refused');
    await page.keyboard.press('Escape');
  });

  it('lets an organiser invite a member of the group, showing the link once', async () => {
    const { page } = ui;
    organiserEmail = await signInThroughInvitation(page, appUrl, ORGANISER);
    await page.goto(`${appUrl}/groups/${GROUP}?member=${INVITEE}`);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Invite Ruth to sign in' }).click();
    const link = page.getByLabel('Invitation link');
    await link.waitFor();
    // The link starts with PUBLIC_URL (here the default, http://localhost:<port>).
    expect(await link.inputValue()).toMatch(/^http:\/\/[\w.:]+\/invite#pgi_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, '15-invite-link');
  });

  it('creates an access token, shows it once, and revokes it', async () => {
    const { page } = ui;
    await page
      .locator('.signin')
      .getByRole('button', { name: /Fiona Doyle/ })
      .click();
    await page.getByRole('menuitem', { name: 'Access tokens' }).click();
    const dialog = page.getByRole('dialog', { name: 'Access tokens' });
    await dialog.getByLabel('Name').fill('weekly report');
    await dialog.getByLabel('Read and write').check();
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const secret = dialog.getByLabel('New access token');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^pgt_/);
    await dialog.locator('.token-list li', { hasText: 'weekly report' }).waitFor();
    await screenshot(page, '16-access-tokens');

    const asScript = await graphql('{ viewer { name via scope } }', { authorization: `Bearer ${token}` });
    expect(asScript.body.data?.viewer).toEqual({ name: 'Fiona Doyle', via: 'TOKEN', scope: 'WRITE' });
    await dialog
      .locator('.token-list li', { hasText: 'weekly report' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await dialog.getByText('No tokens yet.').waitFor();
    expect((await graphql('{ viewer { name } }', { authorization: `Bearer ${token}` })).status).toBe(401);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('signs out everywhere: another browser signed in as the same person is signed out too', async () => {
    const { page, browser } = ui;
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const otherPage = await other.newPage();
    await otherPage.goto(`${appUrl}/groups/${GROUP}`);
    await waitForGraph(otherPage);
    await signInWithPassword(otherPage, organiserEmail, TEST_PASSWORD);
    await otherPage.locator('.signed-in', { hasText: 'Fiona Doyle' }).waitFor();

    await page
      .locator('.signin')
      .getByRole('button', { name: /Fiona Doyle/ })
      .click();
    await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await otherPage.reload();
    await waitForGraph(otherPage);
    await otherPage.getByRole('button', { name: 'Sign in' }).waitFor();
    await other.close();
  });

  it('fits a phone: sign-in, the account menu, access tokens and the invitation page', async () => {
    const { page } = ui;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${appUrl}/groups/${GROUP}`);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('Email').waitFor();
    await screenshot(page, '17-phone-sign-in');
    await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('Email').fill(organiserEmail);
    await page.getByRole('dialog', { name: 'Sign in' }).getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('dialog', { name: 'Sign in' }).getByRole('button', { name: 'Sign in' }).click();
    await page
      .locator('.signin')
      .getByRole('button', { name: /Fiona Doyle/ })
      .click();
    await page.getByRole('menuitem', { name: 'Access tokens' }).waitFor();
    await screenshot(page, '18-phone-account-menu');
    await page.getByRole('menuitem', { name: 'Access tokens' }).click();
    await page.getByRole('dialog', { name: 'Access tokens' }).getByText('No tokens yet.').waitFor();
    await screenshot(page, '19-phone-access-tokens');
    await page.getByRole('dialog', { name: 'Access tokens' }).getByRole('button', { name: 'Close' }).click();

    const { link } = await invitationLink(appUrl, INVITEE);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome, Ruth Daly' }).waitFor();
    await screenshot(page, '20-phone-invitation');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(ui.pageErrors).toEqual([]);
  });
});
