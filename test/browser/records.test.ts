// Writing records from the explorer, end to end: a referral recorded by its giver and moved to WON
// by its receiver, and a one-to-one, as signed-in members, in Debian's Chromium against the real
// server with the sample data. Everything written here is taken away afterwards (afterAll), so SAMPLE_FACTS still hold.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { drawnGraph, screenshot, waitForGraph } from './support/chromium.ts';
import { deleteContactNamed, useExplorerPage } from './support/explorer-page.ts';
import { signInThroughInvitation } from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
// Members of the main group whose ties SAMPLE_FACTS say nothing about.
const SIGNER = 'mem-yvonne-lawlor'; // Yvonne Lawlor signs in
const RECEIVER = 'mem-colm-brady'; // she refers business to Colm Brady
const MET_WITH = 'mem-patrick-nevin'; // she had no one-to-one with Patrick Nevin until this test
const RUN = Date.now();
const CONTACT_NAME = `Records Test Contact ${RUN}`;
const ONE_TO_ONE_NOTES = `Browser test one-to-one ${RUN}`;

const ui = useExplorerPage(async (db) => {
  await deleteContactNamed(db, CONTACT_NAME);
  await db.write('MATCH (o:OneToOne {notes: $notes}) DETACH DELETE o', { notes: ONE_TO_ONE_NOTES });
});
const pageErrors = ui.pageErrors;
let page: Page;
beforeAll(() => {
  page = ui.page;
});

/** Resolves once cytoscape draws an edge of `kind` (a class: referral, one-to-one) between a and b. */
async function waitForEdge(page: Page, kind: string, a: string, b: string, directed: boolean): Promise<void> {
  await page.waitForFunction(
    ({ kind, a, b, directed }) => {
      const container = document.querySelector('[data-testid="graph"]') as unknown as {
        _cyreg?: {
          cy?: {
            edges(selector: string): {
              filter(f: (e: { data(k: string): unknown }) => boolean): { length: number };
            };
          };
        };
      };
      const edges = container?._cyreg?.cy?.edges(`.${kind}`);
      return Boolean(
        edges?.filter((edge) => {
          const source = edge.data('source');
          const target = edge.data('target');
          return (source === a && target === b) || (!directed && source === b && target === a);
        }).length,
      );
    },
    { kind, a, b, directed },
    { timeout: 15_000 },
  );
}

describe('recording in the explorer, in Chromium', () => {
  it('signs in as a member of the main group', async () => {
    await signInThroughInvitation(page, appUrl, SIGNER);
    await page.goto(`${appUrl}/groups/${GROUP}?member=${RECEIVER}`);
    await waitForGraph(page);
    await page.getByRole('heading', { name: /Colm Brady/ }).waitFor();
    await page.locator('.signed-in', { hasText: 'Yvonne Lawlor' }).waitFor();
    await page.getByRole('button', { name: 'Record a referral to Colm' }).waitFor();
  });

  it('moves a referral to WON: the giver may only withdraw it; the receiver asks for the value, then wins it', async () => {
    // A referral of the test's own, so the sample's referrals keep their statuses.
    await page.getByRole('button', { name: 'Record a referral to Colm' }).click();
    const form = page.getByRole('form', { name: 'Record a referral' });
    await form.waitFor();
    // Yvonne's own contacts load first, then she refers someone new.
    await form.getByRole('radio', { name: /^A known contact(?! \(loading)/ }).waitFor();
    await form.getByRole('radio', { name: 'Someone new' }).check();
    await form.getByLabel('Contact name').fill(CONTACT_NAME);
    const industry = form.getByLabel('Their industry');
    // The first trade on the list (after "Choose…" and "A private person").
    await industry.locator('option').nth(2).waitFor({ state: 'attached' });
    await industry.selectOption({ index: 2 });
    await form.getByRole('button', { name: 'Record referral' }).click();
    await form.getByText('Referral recorded: Yvonne Lawlor → Colm Brady.').waitFor();
    await waitForEdge(page, 'referral', SIGNER, RECEIVER, true);

    // As its giver, Yvonne may withdraw it; its outcome is Colm's to report.
    await page.getByRole('tab', { name: 'Member', exact: true }).click();
    await page.getByRole('heading', { name: /Colm Brady/ }).waitFor();
    const entry = page.locator('.history > li', { hasText: CONTACT_NAME });
    await entry.waitFor();
    await expect(entry.locator('.status').textContent()).resolves.toBe('Offered');
    const giversChoices = entry.getByRole('form', { name: /^Update referral / }).getByLabel('Status');
    await expect(giversChoices.locator('option').allTextContents()).resolves.toEqual([
      'Offered',
      'Withdrawn',
    ]);

    // Colm, its receiver, signs in and reports the outcome.
    await signInThroughInvitation(page, appUrl, RECEIVER);
    await page.goto(`${appUrl}/groups/${GROUP}?member=${RECEIVER}`);
    await waitForGraph(page);
    await page.locator('.signed-in', { hasText: 'Colm Brady' }).waitFor();
    await entry.waitFor();
    const update = entry.getByRole('form', { name: /^Update referral / });

    // WON without a value: the server asks for it, nothing changes.
    await update.getByLabel('Status').selectOption('WON');
    await update.getByLabel('Value won').waitFor();
    await update.getByRole('button', { name: 'Update' }).click();
    await update.locator('.field-error', { hasText: 'A won referral needs its value' }).waitFor();
    await expect(entry.locator('.status').textContent()).resolves.toBe('Offered');
    await screenshot(page, '10-referral-won-needs-value');

    // With a value: WON, and the value shows in the member's history.
    await update.getByLabel('Value won').fill('1500');
    await update.getByRole('button', { name: 'Update' }).click();
    await entry.locator('.status.status-won', { hasText: 'Won' }).waitFor();
    await entry.locator('.history-meta', { hasText: '€1,500' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Referral moved to won.' }).waitFor();
    await screenshot(page, '11-referral-won');
    // A closed referral is final: no form is offered any more.
    await expect(entry.getByRole('form', { name: /^Update referral / }).count()).resolves.toBe(0);

    // It is stored: a fresh load of the member shows the same.
    await page.reload();
    await waitForGraph(page);
    await page
      .locator('.history > li', { hasText: CONTACT_NAME })
      .locator('.status.status-won', { hasText: 'Won' })
      .waitFor();
    expect(pageErrors).toEqual([]);

    // Yvonne again, for the one-to-one she records next.
    await signInThroughInvitation(page, appUrl, SIGNER);
    await page.goto(`${appUrl}/groups/${GROUP}?member=${RECEIVER}`);
    await waitForGraph(page);
    await page.locator('.signed-in', { hasText: 'Yvonne Lawlor' }).waitFor();
  });

  it('books a one-to-one, cancels it from the panel, then records one held and draws it', async () => {
    const tie = (edge: { kind: string; source: string; target: string }) =>
      edge.kind === 'ONE_TO_ONE' &&
      [edge.source, edge.target].sort().join() === [SIGNER, MET_WITH].sort().join();
    expect((await drawnGraph(page)).edges.some(tie)).toBe(false);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

    const openForm = async () => {
      await page.getByRole('tab', { name: 'Record' }).click();
      await page.getByRole('radiogroup', { name: 'What to record' }).getByLabel('One-to-one').check();
      const form = page.getByRole('form', { name: 'Book or record a one-to-one' });
      await form.waitFor();
      await expect(form.getByLabel('Member', { exact: true }).inputValue()).resolves.toBe(SIGNER);
      await form.getByLabel('With', { exact: true }).selectOption(MET_WITH);
      await form.getByLabel('Notes').fill(ONE_TO_ONE_NOTES);
      return form;
    };
    let form = await openForm();

    // A date from before both were in the group: refused, with the reason under the date.
    await form.getByLabel('On', { exact: true }).fill('1999-01-01');
    await form.getByRole('button', { name: 'Record one-to-one' }).click();
    await form.locator('.field-error', { hasText: /in the group only since/ }).waitFor();
    expect((await drawnGraph(page)).edges.some(tie)).toBe(false);
    await screenshot(page, '12-one-to-one-too-old');

    // A date to come books it: planned, not yet a tie on the graph.
    await form.getByLabel('On', { exact: true }).fill(inTwoWeeks);
    await form.getByRole('button', { name: 'Book one-to-one' }).click();
    await form
      .getByText(`One-to-one with Patrick Nevin booked for ${inTwoWeeks}.`, { exact: false })
      .waitFor();
    expect((await drawnGraph(page)).edges.some(tie)).toBe(false);

    // Yvonne's own panel lists it; before its day it can be cancelled, not marked held.
    await page.goto(`${appUrl}/groups/${GROUP}?member=${SIGNER}`);
    await waitForGraph(page);
    const booked = page.getByRole('region', { name: 'Booked one-to-ones' });
    await booked.getByText('Patrick Nevin').waitFor();
    expect(await booked.getByRole('button', { name: 'Mark held' }).count()).toBe(0);
    await screenshot(page, '12b-one-to-one-booked');
    await booked.getByRole('button', { name: /^Cancel the one-to-one with Patrick Nevin/ }).click();
    await page.getByRole('status').filter({ hasText: 'One-to-one with Patrick Nevin cancelled.' }).waitFor();
    await booked.waitFor({ state: 'detached' });

    // A date gone by records it as held, and the edge joins the drawing.
    form = await openForm();
    await form.getByLabel('On', { exact: true }).fill('2026-11-20');
    await form.getByRole('button', { name: 'Record one-to-one' }).click();
    await form.getByText('One-to-one with Patrick Nevin recorded for 2026-11-20.').waitFor();
    await waitForEdge(page, 'one-to-one', SIGNER, MET_WITH, false);
    expect((await drawnGraph(page)).edges.filter(tie).map((edge) => edge.count)).toEqual([1]);
    await screenshot(page, '13-one-to-one-on-graph');
    expect(pageErrors).toEqual([]);
  });
});
