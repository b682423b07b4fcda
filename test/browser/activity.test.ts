// The Activity tab and the graph sized by activity, as an organiser, at a laptop (1280×800), a
// small laptop (1024×768) and a phone (390×844): the charts and the table of lights show, the
// period and "size by" go into the URL and change what is drawn, and axe-core finds no serious
// violation. Screenshots: test/artifacts/screenshots/activity-*.png.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import {
  launchChromium,
  openPageAt,
  SCREEN_SIZES,
  type ScreenSize,
  screenshot,
  waitForApp,
  waitForGraph,
} from './support/chromium.ts';
import { signInThroughInvitation } from './support/sign-in.ts';

const appUrl = inject('appUrl');

let browser: Browser;
beforeAll(async () => {
  await waitForApp(appUrl, inject('appFailureFile'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function organiserPage(size: ScreenSize): Promise<Page> {
  const page = await openPageAt(browser, size);
  await signInThroughInvitation(page, appUrl, SAMPLE_FACTS.organiserId);
  return page;
}

/** The sizes of the member nodes drawn, and how many carry a traffic-light ring. */
function drawnSizes(page: Page) {
  return page.evaluate(() => {
    type Node = { width(): number; hasClass(name: string): boolean };
    const container = document.querySelector('[data-testid="graph"]') as unknown as {
      _cyreg: { cy: { nodes(selector: string): { toArray(): Node[] } } };
    };
    const members = container._cyreg.cy.nodes('node.member').toArray();
    const widths = members.map((node) => node.width());
    return {
      smallest: Math.min(...widths),
      largest: Math.max(...widths),
      ringed: members.filter((node) =>
        ['health-green', 'health-amber', 'health-red'].some((c) => node.hasClass(c)),
      ).length,
    };
  });
}

describe('the Activity tab and "size by", as an organiser', () => {
  for (const size of SCREEN_SIZES) {
    it(`${size.name} (${size.width}×${size.height})`, async () => {
      const page = await organiserPage(size);
      try {
        await page.goto(`${appUrl}/groups/${SAMPLE_FACTS.groupId}?tab=activity`);
        await waitForGraph(page);
        // On a phone the panel is a bottom sheet, closed until asked for.
        if (size.touch) await page.getByRole('button', { name: 'Show details' }).click();
        const panel = page.locator('#panel-body');
        const bars = panel.getByRole('img', { name: /Referrals given and received by each member/ });
        await bars.waitFor();
        await expect(panel.getByRole('img', { name: /Value won by month/ }).count()).resolves.toBe(1);
        const table = panel.locator('.table-scroll .activity-table');
        // Every member of the main group has a row with a light and its reasons.
        await expect(table.locator('tr.activity-row').count()).resolves.toBeGreaterThan(30);
        await expect(panel.getByRole('heading', { name: 'How the lights are set' }).count()).resolves.toBe(1);
        await screenshot(page, `activity-${size.name}`);
        expect(await seriousViolations(page), 'Activity tab').toEqual([]);

        const quarterTotals = await panel.locator('.activity-totals').textContent();
        await panel.getByLabel('Period').selectOption('LAST_12_MONTHS');
        await page.waitForURL(/period=last-12-months/);
        await expect
          .poll(() => panel.locator('.activity-totals').textContent(), { timeout: 10_000 })
          .not.toBe(quarterTotals);
        await expect(panel.locator('.chart svg').last().locator('rect').count()).resolves.toBe(13);
        await panel.locator('.table-scroll').scrollIntoViewIfNeeded();
        await screenshot(page, `activity-${size.name}-12-months-table`);

        const before = await drawnSizes(page);
        expect(before.largest - before.smallest).toBeLessThan(5);
        if (size.touch) await page.getByRole('button', { name: 'Hide details' }).click();
        await page.getByLabel('Size by').selectOption('given');
        await page.waitForURL(/size=given/);
        await expect
          .poll(() => drawnSizes(page).then((sizes) => sizes.ringed), { timeout: 10_000 })
          .toBeGreaterThan(30);
        const sized = await drawnSizes(page);
        // Within the clamps (graph/activity-sizes.ts NODE_SIZE): the least active stay tappable.
        expect(sized.smallest).toBeGreaterThanOrEqual(18);
        expect(sized.largest).toBeLessThanOrEqual(60);
        expect(sized.largest - sized.smallest).toBeGreaterThan(20);
        await page.waitForTimeout(300);
        await screenshot(page, `activity-graph-given-${size.name}`);
        expect(await seriousViolations(page), 'graph sized by given').toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
