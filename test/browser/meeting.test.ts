// The organiser's weekly meeting, end to end in Chromium: the stalled referrals found in the
// Pipeline tab, then a gap filled from a contact a member knows (invited, visited, joined, added
// to the roster from the gap itself), the new member drawn and the gap gone. What is written is
// taken away afterwards, so SAMPLE_FACTS still hold for the suites after this one.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, waitForGraph } from './support/chromium.ts';
import { useExplorerPage } from './support/explorer-page.ts';
import { signInThroughInvitation } from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
// A DJ whom Fiona Doyle knows: the group has no DJ (a gap of Events and hospitality).
const CANDIDATE = 'Eddie Moore';
const GAP_INDUSTRY = 'DJ and entertainment';

const ui = useExplorerPage(async (db) => {
  await db.write(`MATCH (m:Member {name: $name})-[:MEMBER_OF]->(:Group {id: $group}) DETACH DELETE m`, {
    name: CANDIDATE,
    group: GROUP,
  });
  await db.write('MATCH (:Contact {name: $name})-[r:CANDIDATE_FOR]->(:Group {id: $group}) DELETE r', {
    name: CANDIDATE,
    group: GROUP,
  });
});
let page: Page;
beforeAll(() => {
  page = ui.page;
});

describe('the weekly meeting, in Chromium', () => {
  it('finds the stalled referrals, each saying how long it has waited', async () => {
    await signInThroughInvitation(page, appUrl, SAMPLE_FACTS.organiserId);
    await page.goto(`${appUrl}/groups/${GROUP}?tab=pipeline`);
    await waitForGraph(page);
    await page.getByLabel('Stalled only').check();
    const flags = page.locator('.pipeline .stalled-flag');
    await flags.first().waitFor();
    const words = await flags.allTextContents();
    expect(words.length).toBeGreaterThan(0);
    for (const said of words) expect(said).toMatch(/^stalled · \d+ days? without an update$/);
    await screenshot(page, 'meeting-stalled-1280x800');
  });

  it('fills a gap from a contact a member knows: invited, visited, joined, then added to the roster', async () => {
    await page.getByRole('tab', { name: 'Power groups' }).click();
    const invitation = page.getByRole('form', { name: `Invitation of ${CANDIDATE}` });
    await invitation.waitFor();
    // Each step's button appears once the step before it is saved.
    for (const step of ['invited', 'visited', 'joined'])
      await invitation.getByRole('button', { name: `Mark ${step}` }).click();
    const membersDrawn = () =>
      page.evaluate(() => {
        const container = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg?: { cy?: { nodes(selector: string): { length: number } } };
        };
        return container?._cyreg?.cy?.nodes('.member').length ?? 0;
      });
    const before = await membersDrawn();

    await page.getByRole('button', { name: `Add ${CANDIDATE} to the roster` }).click();
    const form = page.getByRole('form', { name: /^Add a member/ });
    await form.waitFor();
    await expect(form.getByLabel('Name').inputValue()).resolves.toBe(CANDIDATE);
    await expect(
      form.getByLabel('Industry', { exact: true }).locator('option:checked').textContent(),
    ).resolves.toContain(GAP_INDUSTRY);
    await form.getByRole('button', { name: 'Add member' }).click();

    // Drawn on the graph, and the gap is gone from the power groups.
    await page.getByRole('status').filter({ hasText: CANDIDATE }).first().waitFor();
    await expect.poll(membersDrawn, { timeout: 15_000 }).toBe(before + 1);
    await page.getByRole('tab', { name: 'Power groups' }).click();
    await page.getByRole('region', { name: 'Events and hospitality' }).getByText(CANDIDATE).first().waitFor();
    await expect
      .poll(() => page.locator('li.gap .seat-industry', { hasText: GAP_INDUSTRY }).count(), {
        timeout: 15_000,
      })
      .toBe(0);
    await screenshot(page, 'meeting-gap-filled-1280x800');
    expect(ui.pageErrors).toEqual([]);
  });
});
