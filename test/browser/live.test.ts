// Live, end to end: a referral recorded in one browser shows in another browser open on the same
// group, by itself, without a reload: the second explorer hears of it (groupChanged over
// server-sent events) and redraws the tie. What is written is taken away afterwards.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { referralsDrawn, screenshot, waitForGraph, waitForMoreReferrals } from './support/chromium.ts';
import { deleteContactNamed, useExplorerPage } from './support/explorer-page.ts';
import { signInThroughInvitation } from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
const GIVER = 'mem-yvonne-lawlor';
const RECEIVER = 'mem-colm-brady';
const CONTACT_NAME = `Live Test Contact ${Date.now()}`;

const writer = useExplorerPage((db) => deleteContactNamed(db, CONTACT_NAME));
let watcher: Page;

beforeAll(async () => {
  // A second browser (its own cookies): nobody signed in, the group's public graph on screen.
  const context = await writer.browser.newContext({ viewport: { width: 1280, height: 800 } });
  watcher = await context.newPage();
  watcher.on('pageerror', (error) => writer.pageErrors.push(error.message));
});
afterAll(() => watcher?.context().close());

describe('a second explorer, live', () => {
  it('draws a referral recorded in another browser within a second, without a reload', async () => {
    await signInThroughInvitation(writer.page, appUrl, GIVER);
    await writer.page.goto(`${appUrl}/groups/${GROUP}`);
    await watcher.goto(`${appUrl}/groups/${GROUP}`);
    await Promise.all([waitForGraph(writer.page), waitForGraph(watcher)]);
    await watcher.locator('.live-badge.live-live').waitFor();
    const before = await referralsDrawn(watcher, GIVER, RECEIVER);

    // Recorded from the first browser, with its session, the way its form sends it.
    const written = await writer.page.evaluate(
      async ({ receiverId, contactName }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
          body: JSON.stringify({
            query: 'mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { __typename } }',
            variables: { input: { receiverId, contactName } },
          }),
        });
        return ((await response.json()) as { data: { recordReferral: { __typename: string } } }).data;
      },
      { receiverId: RECEIVER, contactName: CONTACT_NAME },
    );
    expect(written.recordReferral.__typename).toBe('RecordReferralSuccess');
    const recorded = Date.now();

    await waitForMoreReferrals(watcher, { giver: GIVER, receiver: RECEIVER, count: before }, 10_000);
    console.log(`[live] write in one browser → drawn in the other: ${Date.now() - recorded} ms`);
    expect(await referralsDrawn(watcher, GIVER, RECEIVER)).toBe(before + 1);
    await screenshot(watcher, 'live-second-browser-1280x800');
    expect(writer.pageErrors).toEqual([]);
  });
});
