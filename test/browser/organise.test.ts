// The organiser's workspace, end to end in Debian's Chromium against the real server and the sample:
// an organiser imports a small roster CSV (preview first, then Import) and sees the new member on the
// graph; moves them into an industry another member holds and is told who holds it, beside the
// field; then picks a free industry. Screenshots at three sizes; axe finds nothing serious. The
// member and the audit records written here are taken away afterwards, so SAMPLE_FACTS still hold.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { drawnGraph, SCREEN_SIZES, screenshot, waitForGraph } from './support/chromium.ts';
import { useExplorerPage } from './support/explorer-page.ts';
import { signInThroughInvitation } from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
const RUN = Date.now();
const NEW_ID = `mem-organise-test-${RUN}`;
const NEW_NAME = `Organise Test ${RUN}`;
const STARTED = new Date(RUN - 60_000).toISOString();
// Industries no member of the main group holds (seed/data/groups.ts): the import's and the fix's.
const IMPORTED_INDUSTRY = 'Letting agent';
const FREE_INDUSTRY = 'ind-home-staging';
const ROSTER = `id,name,company,industry,joinedAt,email\n${NEW_ID},${NEW_NAME},Organise Lettings Ltd,${IMPORTED_INDUSTRY},2026-11-01,organise.test@example.ie`;

const ui = useExplorerPage(async (db) => {
  await db.write('MATCH (m:Member {id: $id}) DETACH DELETE m', { id: NEW_ID });
  await db.write(
    `MATCH (c:Change) WHERE c.at >= datetime($started)
       AND (c.targetId = $id OR (c.action = 'importGroupCsv' AND c.groupId = $group))
     DELETE c`,
    { started: STARTED, id: NEW_ID, group: GROUP },
  );
});
const pageErrors = ui.pageErrors;
let page: Page;
beforeAll(() => {
  page = ui.page;
});

/** The same state at each size: laptop, small laptop, phone (the panel as a sheet, opened), `shown` in view. */
async function screenshotsAtEachSize(name: string, shown: Locator): Promise<void> {
  for (const { width, height } of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    const handle = page.getByRole('button', { name: 'Show details' });
    if (await handle.isVisible()) await handle.click();
    await shown.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, `edit-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: SCREEN_SIZES[0].width, height: SCREEN_SIZES[0].height });
}

describe('organising a group in the explorer, in Chromium', () => {
  it('shows the Organise tab to an organiser of the group', async () => {
    await signInThroughInvitation(page, appUrl, SAMPLE_FACTS.organiserId);
    await page.goto(`${appUrl}/groups/${GROUP}?tab=organise`);
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Organise' }).waitFor();
    await page.getByRole('heading', { name: /^Roster \(\d+\)$/ }).waitFor();
    await screenshotsAtEachSize('roster', page.getByRole('heading', { name: /^Roster/ }));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('imports a roster CSV: the preview first, then Import, and the new member is on the graph', async () => {
    const form = page.getByRole('form', { name: 'Import a roster' });
    await form.getByLabel('Or paste the roster').fill(ROSTER);
    await form.getByRole('button', { name: 'Preview' }).click();
    const table = page.getByRole('table', { name: 'What the import does with each row' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: NEW_NAME });
    await row.getByText('Added').waitFor();
    await row.getByText(IMPORTED_INDUSTRY).waitFor();
    await page.getByText('1 row: 1 added, 0 updated, 0 unchanged, 0 refused.').waitFor();
    expect((await drawnGraph(page)).nodes.some((node) => node.id === NEW_ID)).toBe(false);
    await screenshotsAtEachSize('import-preview', table);
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('status').filter({ hasText: 'Roster imported: 1 added, 0 updated.' }).waitFor();
    await page.waitForFunction(
      (id) => {
        const container = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg?: { cy?: { getElementById(id: string): { length: number } } };
        };
        return (container?._cyreg?.cy?.getElementById(id).length ?? 0) > 0;
      },
      NEW_ID,
      { timeout: 15_000 },
    );
    await page.getByRole('heading', { name: /^Roster/ }).waitFor();
    await page.getByRole('button', { name: `Edit ${NEW_NAME}` }).waitFor();
  });

  it('refuses an industry someone holds, naming them beside the field, then saves a free one', async () => {
    await page.getByRole('button', { name: `Edit ${NEW_NAME}` }).click();
    const form = page.getByRole('form', { name: `Edit ${NEW_NAME}` });
    await form.waitFor();
    const industry = form.getByLabel('Industry', { exact: true });
    // Aoife Byrne holds mortgage: the list says so, and the server refuses it with her name.
    await industry.selectOption(SAMPLE_FACTS.mortgageIndustryId);
    await form.getByRole('button', { name: 'Save changes' }).click();
    const message = form.locator('.field-error', {
      hasText: /Aoife Byrne \(mem-aoife-byrne\) already holds Mortgage intermediary in this group/,
    });
    await message.waitFor();
    await expect(industry.getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshotsAtEachSize('seat-refused', message);
    expect(await seriousViolations(page)).toEqual([]);

    // A search narrows the list; a free industry is saved.
    await form.getByLabel('Search the industry list').fill('staging');
    await industry.selectOption(FREE_INDUSTRY);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW_NAME} is now Home staging.` })
      .waitFor();
    await page
      .locator('.roster > li', { hasText: NEW_NAME })
      .getByText(/Home staging/)
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
});
