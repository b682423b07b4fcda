// A region as its chapters (/regions/<region>): the sample's three Dublin chapters as three nodes,
// reached from a group's "Region: Dublin" link or from the regions index (/regions); a click on a
// chapter opens its graph. Screenshots at a laptop's, a small laptop's and a phone's size go to
// test/artifacts/screenshots/region-*.png and regions-index-*.png.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchChromium,
  openPageAt,
  SCREEN_SIZES,
  type ScreenSize,
  screenshot,
  waitForApp,
  waitForGraph,
} from './support/chromium.ts';

const appUrl = inject('appUrl');
const CHAPTERS = ['Southside Connect', 'Liffey Business Partners', 'Harbour Professionals'];
const LIFFEY = 'grp-liffey-partners';

let browser: Browser;
beforeAll(async () => {
  await waitForApp(appUrl, inject('appFailureFile'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const [laptop, smallLaptop, phoneSize] = SCREEN_SIZES;
const openPage = (size: ScreenSize) => openPageAt(browser, size);

const waitForRegion = (page: Page) =>
  page.waitForSelector('[data-testid="region-graph"][data-layout="done"]', { timeout: 30_000 });

/** The chapter nodes drawn: id, label, and where on the page (for a click). */
function drawnChapters(page: Page) {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      data(name: string): string;
      renderedPosition(): { x: number; y: number };
    };
    const container = document.querySelector('[data-testid="region-graph"]') as HTMLElement & {
      _cyreg?: { cy?: { nodes(): Node[] } };
    };
    const box = container.getBoundingClientRect();
    return (container._cyreg?.cy?.nodes() ?? []).map((node) => ({
      id: node.id(),
      label: node.data('label'),
      x: box.left + node.renderedPosition().x,
      y: box.top + node.renderedPosition().y,
    }));
  });
}

describe('the region view', () => {
  it('is reached from a group’s region link, and draws each chapter of the region as one node', async () => {
    const page = await openPage(laptop);
    await page.goto(`${appUrl}/groups/${SAMPLE_FACTS.groupId}`);
    await waitForGraph(page);
    await page.getByRole('link', { name: 'Region: Dublin' }).click();
    await waitForRegion(page);
    expect(new URL(page.url()).pathname).toBe('/regions/Dublin');

    const chapters = await drawnChapters(page);
    expect(chapters.map((chapter) => chapter.label.split(' · ')[0]).sort()).toEqual([...CHAPTERS].sort());
    for (const chapter of chapters) expect(chapter.label).toMatch(/ · \d+ members$/);
    await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').count()).resolves.toBe(
      3,
    );
    await expect(page.locator('.region-note').count()).resolves.toBe(0);
    await screenshot(page, 'region-laptop');

    // A click on a chapter opens its graph.
    const liffey = chapters.find((chapter) => chapter.id === LIFFEY);
    if (!liffey) throw new Error('Liffey Business Partners is not drawn');
    await page.mouse.click(liffey.x, liffey.y);
    await waitForGraph(page);
    expect(new URL(page.url()).pathname).toBe(`/groups/${LIFFEY}`);
    await page.context().close();
  });

  it('fits a small laptop and a phone, where the chapters list opens a chapter too', async () => {
    const small = await openPage(smallLaptop);
    await small.goto(`${appUrl}/regions/Dublin`);
    await waitForRegion(small);
    await screenshot(small, 'region-small-laptop');
    await small.context().close();

    const phone = await openPage(phoneSize);
    await phone.goto(`${appUrl}/regions/Dublin`);
    await waitForRegion(phone);
    const scrolls = await phone.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
    expect(scrolls).toBe(false);
    await screenshot(phone, 'region-phone');
    await phone.getByRole('link', { name: /^Harbour Professionals · \d+ members$/ }).click();
    await waitForGraph(phone);
    expect(new URL(phone.url()).pathname).toBe('/groups/grp-harbour-professionals');
    await phone.context().close();
  });
});

describe('the regions index', () => {
  /** The members of each region listed, top to bottom ("3 chapters · 1,020 members" → 1020). */
  const membersListed = async (page: Page) =>
    (await page.locator('.regions-entry-facts').allTextContents()).map((facts) =>
      Number(/([\d,]+) members?/.exec(facts)?.[1]?.replace(/,/g, '')),
    );

  it('lists every region, the largest first, and fits a laptop, a small laptop and a phone', async () => {
    for (const size of SCREEN_SIZES) {
      const page = await openPage(size);
      await page.goto(`${appUrl}/regions`);
      await page.getByRole('link', { name: 'Dublin', exact: true }).waitFor({ timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Regions');
      await expect(page.locator('.region-summary').textContent()).resolves.toMatch(
        /^[\d,]+ regions? · [\d,]+ chapters? · [\d,]+ members?$/,
      );
      const members = await membersListed(page);
      expect(members.every((count, index) => index === 0 || count <= (members[index - 1] ?? 0))).toBe(true);
      // No group replaces the index once the group list is in.
      expect(new URL(page.url()).pathname).toBe('/regions');
      await screenshot(page, `regions-index-${size.name}`);
      if (size.touch) {
        const overflow = await page.evaluate(() => ({
          across: document.documentElement.scrollWidth > window.innerWidth,
          down: document.documentElement.scrollHeight > window.innerHeight,
        }));
        expect(overflow).toEqual({ across: false, down: false });
      }
      await page.context().close();
    }
  });

  it('opens Dublin’s chapters from the index, and leads back to it', async () => {
    const page = await openPage(laptop);
    await page.goto(`${appUrl}/regions`);
    await page.getByRole('link', { name: 'Dublin', exact: true }).click();
    await waitForRegion(page);
    expect(new URL(page.url()).pathname).toBe('/regions/Dublin');
    const chapters = await drawnChapters(page);
    expect(chapters.map((chapter) => chapter.label.split(' · ')[0]).sort()).toEqual([...CHAPTERS].sort());

    // "All regions" and the browser's Back and Forward move between the index and the region.
    await page.getByRole('link', { name: 'All regions' }).click();
    await page.getByRole('link', { name: 'Dublin', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions');
    await page.goBack();
    await waitForRegion(page);
    expect(new URL(page.url()).pathname).toBe('/regions/Dublin');
    await page.goBack();
    await page.getByRole('link', { name: 'Dublin', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions');
    await page.context().close();
  });
});
