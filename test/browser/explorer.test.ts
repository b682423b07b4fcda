// The explorer end to end: the built client, served by the real server over the run's Neo4j with
// the sample data, in Debian's Chromium. Screenshots go to test/artifacts/screenshots/.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { drawnGraph, screenshot, waitForGraph } from './support/chromium.ts';
import { deleteContactNamed, useExplorerPage } from './support/explorer-page.ts';
import { invitationLink, signInWithPassword, TEST_PASSWORD } from './support/sign-in.ts';

const appUrl = inject('appUrl');
const GROUP = SAMPLE_FACTS.groupId;
const BRIAN = SAMPLE_FACTS.estateAgentId;
const GIVER = SAMPLE_FACTS.twoHopMortgageId; // Maeve Quinn signs in and refers business to Brian
const CONTACT_NAME = `Browser Test Contact ${Date.now()}`;

const ui = useExplorerPage(async (db) => {
  await deleteContactNamed(db, CONTACT_NAME);
});
const pageErrors = ui.pageErrors;
let page: Page;
let context: BrowserContext;
beforeAll(() => {
  ({ page, context } = ui);
});

/** Trades a form could have pushed a home buyer into (the old form made the giver pick one). */
const TRADES = ['Solicitor', 'Chartered surveyor', 'Mortgage intermediary', 'Accountant', 'Insurance broker'];

/**
 * Who knows each of TRADES in the group, asked from the page as the signed-in member, and the
 * trade of each of the giver's contacts: a contact saved with a trade would show up in both.
 */
async function whoKnowsTrades(page: Page): Promise<unknown> {
  return page.evaluate(
    async ({ groupId, giver, trades }) => {
      const post = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
          body: JSON.stringify({ query, variables }),
        });
        return ((await response.json()) as { data: unknown }).data;
      };
      const answers: unknown[] = [];
      for (const industry of trades)
        answers.push(
          await post(
            'query ($industry: String!, $groupId: ID) { whoKnows(industry: $industry, groupId: $groupId, limit: 50) { answers { member { id } hops path { label } } } }',
            { industry, groupId },
          ),
        );
      const contacts = await post(
        'query ($id: ID!) { member(id: $id) { contacts { name industry { id } } } }',
        {
          id: giver,
        },
      );
      return { answers, contacts };
    },
    { groupId: GROUP, giver: GIVER, trades: TRADES },
  );
}

describe('the explorer in Chromium', () => {
  it('opens the sample group as a graph coloured by power group, with a legend', async () => {
    await page.goto(`${appUrl}/groups/${GROUP}`);
    await waitForGraph(page);
    const graph = await drawnGraph(page);
    const members = graph.nodes.filter((node) => node.classes.includes('member'));
    expect(members.length).toBeGreaterThan(10);
    expect(graph.edges.some((edge) => edge.kind === 'REFERRAL')).toBe(true);
    expect(graph.edges.some((edge) => edge.kind === 'SYNERGY')).toBe(true);
    expect(graph.edges.some((edge) => edge.kind === 'ONE_TO_ONE')).toBe(true);
    await expect(page.getByRole('complementary', { name: 'Legend' }).textContent()).resolves.toContain(
      'Referrals',
    );
    await page.getByRole('tab', { name: 'Power groups' }).click();
    await page.getByRole('region', { name: 'Detected communities' }).waitFor();
    await screenshot(page, '01-group');
    expect(pageErrors).toEqual([]);
  });

  it('asks who knows a mortgage broker and highlights the ranked answers and their paths', async () => {
    await page.getByLabel('Ask: who knows an industry, or find a member').fill('who knows a mortgage broker');
    await page.getByLabel('Ask: who knows an industry, or find a member').press('Enter');
    const answers = page.locator('.answers > li');
    await answers.first().waitFor();
    const names = await answers.locator('strong').allTextContents();
    // Aoife is one; the members who know one come next; two hops after them.
    expect(names[0]).toBe('Aoife Byrne');
    expect(names).toEqual(expect.arrayContaining(['Brian Walsh', 'Maeve Quinn']));
    expect(names.indexOf('Brian Walsh')).toBeLessThan(names.indexOf('Maeve Quinn'));
    await expect(page.locator('.match').textContent()).resolves.toContain('Mortgage intermediary');
    const graph = await drawnGraph(page);
    const answerIds = graph.nodes.filter((node) => node.classes.includes('answer')).map((node) => node.id);
    expect(answerIds).toEqual(
      expect.arrayContaining([SAMPLE_FACTS.mortgageIntermediaryId, ...SAMPLE_FACTS.knowsMortgageContactIds]),
    );
    expect(graph.edges.some((edge) => edge.classes.includes('on-path'))).toBe(true);
    expect(page.url()).toContain('ask=who+knows+a+mortgage+broker');
    await screenshot(page, '02-who-knows-mortgage-broker');
  });

  it('opens a member’s panel from an answer, with reasons and history, and keeps it in the URL', async () => {
    // The first click shows the answer on the graph and keeps the ranked list in view.
    const answers = await page.locator('.answers > li').count();
    await page.locator('.answers > li', { hasText: 'Brian Walsh' }).first().locator('.answer').click();
    await page.waitForURL(new RegExp(`member=${BRIAN}`));
    expect(await page.locator('.answers > li').count()).toBe(answers);
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.find((node) => node.id === BRIAN)?.classes)
      .toContain('selected');
    // The second opens the panel.
    await page.getByRole('button', { name: 'Open Brian Walsh’s panel' }).click();
    await page.getByRole('heading', { name: /Brian Walsh/ }).waitFor();
    await page.locator('.partners > li').first().waitFor();
    expect(await page.locator('.partners .reasons li').count()).toBeGreaterThan(0);
    await page.locator('.history > li').first().waitFor();
    expect(page.url()).toContain(`member=${BRIAN}`);
    const graph = await drawnGraph(page);
    expect(graph.nodes.find((node) => node.id === BRIAN)?.classes).toContain('selected');
    // Anonymous callers see no write controls.
    expect(await page.getByRole('button', { name: /Record a referral/ }).count()).toBe(0);
    await screenshot(page, '03-member-panel');

    // A deep link opens the same view.
    await page.reload();
    await waitForGraph(page);
    await page.getByRole('heading', { name: /Brian Walsh/ }).waitFor();
  });

  it('signs in through an invitation link, then with email and password', async () => {
    const { link, email } = await invitationLink(appUrl, GIVER);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome, Maeve Quinn' }).waitFor();
    await page.getByLabel(/^Password \(at least/).fill(TEST_PASSWORD);
    await page.getByLabel('The same password again').fill(TEST_PASSWORD);
    await screenshot(page, '04a-invitation');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.locator('.signed-in', { hasText: 'Maeve Quinn' }).waitFor();
    // The link leaves the address (and the history): the explorer opens on her group.
    expect(page.url()).not.toContain('/invite');
    expect(page.url()).not.toContain('#');

    // The link worked once: opened again, it says so.
    await page.goto(link);
    await page.getByRole('heading', { name: 'This link does not work any more' }).waitFor();

    // Signed out, the password signs her in again.
    await page.goto(`${appUrl}/groups/${GROUP}?member=${BRIAN}`);
    await waitForGraph(page);
    await page
      .locator('.signin')
      .getByRole('button', { name: /Maeve Quinn/ })
      .click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record a referral to Brian' }).count()).toBe(0);
    await signInWithPassword(page, email);
    await page.locator('.signed-in', { hasText: 'Maeve Quinn' }).waitFor();
    await page.getByRole('button', { name: 'Record a referral to Brian' }).waitFor();
    await screenshot(page, '04-signed-in');
  });

  it('says what is missing, then records a referral and shows it on the graph', async () => {
    const whoKnowsBefore = (await whoKnowsTrades(page)) as { answers: unknown };
    const before = (await drawnGraph(page)).edges.find(
      (edge) => edge.kind === 'REFERRAL' && edge.source === GIVER && edge.target === BRIAN,
    );
    await page.getByRole('button', { name: 'Record a referral to Brian' }).click();
    const form = page.getByRole('form', { name: 'Record a referral' });
    await form.waitFor();
    // Maeve's own contacts load into the form; then she refers someone new.
    await form.getByRole('radio', { name: 'A known contact' }).and(page.locator(':enabled')).waitFor();
    await form.getByRole('radio', { name: 'Someone new' }).check();
    await form.getByRole('button', { name: 'Record referral' }).click();
    await form.getByText('Give the contact’s name').waitFor();
    await screenshot(page, '05-referral-validation');

    // A home buyer has no trade: the form says what saving them means before it is done.
    await form.getByLabel('Contact name').fill(CONTACT_NAME);
    await form.getByLabel('Their industry').selectOption({ label: 'A private person (no trade)' });
    await form
      .getByRole('note')
      .filter({ hasText: 'a contact with no trade never answers a who-knows question' })
      .waitFor();
    await form.getByLabel('Notes').fill('Buying a house in Rathmines; needs a survey first.');
    await form.getByRole('button', { name: 'Record referral' }).click();
    await form.getByText('Referral recorded: Maeve Quinn → Brian Walsh.').waitFor();

    await page.waitForFunction(
      ({ giver, receiver, count }) => {
        const container = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg?: {
            cy?: {
              edges(selector: string): {
                filter(f: (e: { data(k: string): unknown }) => boolean): { length: number };
              };
            };
          };
        };
        const edges = container?._cyreg?.cy?.edges('.referral');
        return Boolean(
          edges?.filter(
            (edge) =>
              edge.data('source') === giver &&
              edge.data('target') === receiver &&
              Number(edge.data('count')) > count,
          ).length,
        );
      },
      { giver: GIVER, receiver: BRIAN, count: before?.count ?? 0 },
      { timeout: 15_000 },
    );
    // The layout did not move: the new edge joined the existing drawing.
    await page.getByRole('tab', { name: 'Member', exact: true }).click();
    await page.locator('.history > li', { hasText: 'Maeve Quinn' }).first().waitFor();
    await screenshot(page, '06-referral-on-graph');
    // A private person answers no who-knows question: the answers are as they were, and the new
    // contact is saved with no trade.
    const whoKnowsAfter = (await whoKnowsTrades(page)) as {
      answers: unknown;
      contacts: { member: { contacts: { name: string; industry: unknown }[] } };
    };
    expect(whoKnowsAfter.answers).toEqual(whoKnowsBefore.answers);
    expect(whoKnowsAfter.contacts.member.contacts.find((c) => c.name === CONTACT_NAME)).toEqual({
      name: CONTACT_NAME,
      industry: null,
    });
    expect(pageErrors).toEqual([]);
  });

  it('filters by power group without moving anyone', async () => {
    const positions = () =>
      page.evaluate(() => {
        const container = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg?: {
            cy?: {
              nodes(s: string): {
                map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[];
              };
            };
          };
        };
        return (
          container?._cyreg?.cy?.nodes('.member').map((node) => [node.id(), node.position()] as const) ?? []
        );
      });
    const before = await positions();
    await page.getByLabel('Filter by power group').selectOption({ index: 1 });
    await page.waitForFunction(() =>
      document.querySelector('.toolbar .count')?.textContent?.includes(' of '),
    );
    expect(await positions()).toEqual(before);
    expect(page.url()).toContain('pg=');
    await screenshot(page, '07-filtered');

    // Expanding Brian shows him and his neighbours whatever the filter, still without moving anyone.
    const shown = await page.locator('.toolbar .count').textContent();
    await page.getByRole('tab', { name: 'Member', exact: true }).click();
    await page.getByRole('button', { name: 'Expand neighbourhood' }).click();
    await page.waitForFunction(
      (text) => document.querySelector('.toolbar .count')?.textContent !== text,
      shown,
    );
    expect(page.url()).toContain(`expand=${BRIAN}`);
    expect(await positions()).toEqual(before);
    await screenshot(page, '07b-expanded');
  });

  it('exports the graph as a PNG and an SVG, with the group, the date and the legend', async () => {
    const { readFileSync } = await import('node:fs');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('southside-connect-graph.png');
    const image = readFileSync(await png.path());
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height at twice the picture's size, the frame around the drawing included.
    expect(image.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * 480);
    expect(image.readUInt32BE(20)).toBeGreaterThan(2 * 64);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('southside-connect-graph.svg');
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toContain('>Southside Connect</text>');
    expect(text).toMatch(/>Power Groups · 34 members · \d{1,2} \w{3,4} \d{4}<\/text>/);
    expect(text).toMatch(/>Finance \d+<\/text>/);
    // Shown as a picture, it draws: Chromium renders it to the size it declares.
    const shown = await page.context().newPage();
    await shown.setContent(
      `<img id="picture" src="data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}">`,
    );
    const width = await shown
      .locator('#picture')
      .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(width).toBeGreaterThanOrEqual(480);
    await shown.close();
  });

  it('moves between panel tabs with the arrow keys', async () => {
    await page.getByRole('tab', { name: 'Ask' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Power groups' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    expect(page.url()).toContain('tab=power-groups');
  });

  it('says clearly when the database is unavailable', async () => {
    const degraded = await context.newPage();
    // What the server answers while Neo4j is away (see server/src/yoga.ts), without stopping the
    // run's shared Neo4j.
    await degraded.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        json: {
          errors: [
            {
              message: 'The database is unavailable right now',
              extensions: { code: 'DATABASE_UNAVAILABLE' },
            },
          ],
        },
      }),
    );
    await degraded.goto(`${appUrl}/groups/${GROUP}`);
    await degraded.getByRole('alert').filter({ hasText: 'Database unavailable' }).first().waitFor();
    await screenshot(degraded, '09-database-down');
    await degraded.close();
  });

  it('says clearly when the server is not answering', async () => {
    const offline = await context.newPage();
    await offline.route('**/graphql', (route) => route.abort('connectionrefused'));
    await offline.goto(`${appUrl}/groups/${GROUP}`);
    await offline.getByRole('alert').filter({ hasText: 'Server not reachable' }).first().waitFor();
    await screenshot(offline, '08-server-down');
    await offline.close();
  });
});
