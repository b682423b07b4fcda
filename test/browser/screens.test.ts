// The explorer at the sizes people use it: a laptop (1280×800), a small laptop or tablet
// (1024×768) and a phone (390×844, touch). For every sample chapter's first view: the page does
// not scroll, every control in the header, toolbar, zoom box and tabs can be clicked (nothing
// covers it), and members carry readable labels (checked from cytoscape's zoom and font sizes).
// A reload shows the same picture; on a phone a tap opens the member in the bottom sheet; axe-core
// finds no serious or critical accessibility violation on any view, signed out or signed in.
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
const GROUPS = [SAMPLE_FACTS.groupId, ...SAMPLE_FACTS.otherGroupIds];
/** The style's smallest label on screen (client/src/graph/style.ts LABEL_MIN_PX). */
const LABEL_MIN_PX = 11;

let browser: Browser;
beforeAll(async () => {
  await waitForApp(appUrl, inject('appFailureFile'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const openPage = (size: ScreenSize) => openPageAt(browser, size);

/** Waits for the graph and its labels to settle (labels are chosen a frame after the layout). */
async function openGroup(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForGraph(page);
  await page.waitForSelector('[data-testid="graph"][data-labels]');
}

/** Labelled members, how many are on screen, and the smallest label font on screen in px. */
function labelReport(page: Page) {
  return page.evaluate(() => {
    type Node = {
      id(): string;
      style(name: string): string;
      renderedPosition(): { x: number; y: number };
    };
    const container = document.querySelector('[data-testid="graph"]') as unknown as {
      _cyreg: { cy: { zoom(): number; nodes(selector: string): { toArray(): Node[] } } };
    };
    const cy = container._cyreg.cy;
    const labelled = cy
      .nodes('node.member')
      .toArray()
      .filter((node) => node.style('label') !== '');
    const fontPx = labelled.map((node) => Number.parseFloat(node.style('font-size')) * cy.zoom());
    const [shown = '0', total = '0'] = (
      document.querySelector('[data-testid="graph"]') as HTMLElement
    ).dataset.labels?.split('/') ?? ['0', '0'];
    return {
      labelled: labelled.length,
      shown: Number(shown),
      total: Number(total),
      smallestPx: Math.min(...fontPx),
    };
  });
}

/** Controls that something else covers at their centre: each should be empty. */
function coveredControls(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.topbar button, .topbar input, .topbar select, .toolbar button, .toolbar select, .graph-controls button, .tabs button, .sheet-handle',
    );
    const covered: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown at this size
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const inView = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
      const top = document.elementFromPoint(x, y);
      if (!inView || !(top && (control === top || control.contains(top))))
        covered.push(control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName);
    }
    return covered;
  });
}

describe.each(SCREEN_SIZES)('the explorer at $width×$height', (size) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(size);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(GROUPS)('opens %s readable, whole and without scrolling', async (groupId) => {
    await openGroup(page, `${appUrl}/groups/${groupId}`);
    const { scrollHeight, scrollWidth } = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(scrollHeight).toBe(size.height);
    expect(scrollWidth).toBe(size.width);
    expect(await coveredControls(page)).toEqual([]);

    const labels = await labelReport(page);
    // Members on screen carry their names wherever there is room, never below the readable size.
    expect(labels.labelled).toBe(labels.shown);
    expect(labels.shown).toBeGreaterThanOrEqual(Math.min(labels.total, 8));
    expect(labels.smallestPx).toBeGreaterThanOrEqual(LABEL_MIN_PX - 0.5);
    await screenshot(page, `first-view-${size.width}x${size.height}-${groupId}`);
  });

  it('has no serious or critical accessibility violations on any view, signed out', async () => {
    const views = [
      '',
      '?member=mem-aoife-byrne&tab=member',
      '?ask=who+knows+a+mortgage+broker&tab=ask',
      '?tab=record',
      '?tab=members',
    ];
    for (const view of views) {
      await openGroup(page, `${appUrl}/groups/${SAMPLE_FACTS.groupId}${view}`);
      expect(await seriousViolations(page), view || 'first view').toEqual([]);
    }
  });

  it('shows the same picture after a reload', async () => {
    const url = `${appUrl}/groups/${SAMPLE_FACTS.groupId}`;
    const positions = () =>
      page.evaluate(() => {
        const container = document.querySelector('[data-testid="graph"]') as unknown as {
          _cyreg: {
            cy: {
              nodes(s: string): {
                map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[];
              };
            };
          };
        };
        return Object.fromEntries(
          container._cyreg.cy
            .nodes('node.member')
            .map((node) => [node.id(), [Math.round(node.position().x), Math.round(node.position().y)]]),
        );
      });
    await openGroup(page, url);
    const first = await positions();
    await openGroup(page, url);
    expect(await positions()).toEqual(first);
  });
});

describe('signed in', () => {
  it('has no serious or critical accessibility violations in the forms and the member panel', async () => {
    const page = await openPage(SCREEN_SIZES[0]);
    try {
      await signInThroughInvitation(page, appUrl, SAMPLE_FACTS.mortgageIntermediaryId);
      for (const view of [`?member=${SAMPLE_FACTS.estateAgentId}&tab=member`, '?tab=record']) {
        await openGroup(page, `${appUrl}/groups/${SAMPLE_FACTS.groupId}${view}`);
        await page.locator('.signed-in').waitFor();
        expect(await seriousViolations(page), view).toEqual([]);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('an organiser signed in', () => {
  it('keeps the header whole at every size: nothing runs off its edge or is covered', async () => {
    const page = await openPage(SCREEN_SIZES[0]);
    try {
      await signInThroughInvitation(page, appUrl, SAMPLE_FACTS.organiserId);
      for (const size of SCREEN_SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openGroup(page, `${appUrl}/groups/${SAMPLE_FACTS.groupId}`);
        await page.locator('.signed-in').waitFor();
        const header = await page.evaluate(() => {
          const bar = document.querySelector('.topbar') as HTMLElement;
          return { scrollWidth: bar.scrollWidth, width: bar.clientWidth };
        });
        expect(header.scrollWidth, `${size.width}×${size.height}`).toBe(header.width);
        expect(await coveredControls(page), `${size.width}×${size.height}`).toEqual([]);
        await screenshot(page, `organiser-header-${size.width}x${size.height}`);
      }
    } finally {
      await page.context().close();
    }
  });
});

describe('on a phone', () => {
  it('opens a tapped member in the bottom sheet, with the graph still in view', async () => {
    const phone = SCREEN_SIZES[2];
    const page = await openPage(phone);
    try {
      await openGroup(page, `${appUrl}/groups/${SAMPLE_FACTS.groupId}`);
      const target = await page.evaluate((id) => {
        const container = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
        };
        const box = container.getBoundingClientRect();
        const point = container._cyreg.cy.getElementById(id).renderedPosition();
        return { x: box.left + point.x, y: box.top + point.y };
      }, SAMPLE_FACTS.mortgageIntermediaryId);
      await page.touchscreen.tap(target.x, target.y);
      await page.getByRole('heading', { name: /Aoife Byrne/ }).waitFor();
      expect(page.url()).toContain(`member=${SAMPLE_FACTS.mortgageIntermediaryId}`);
      await expect(page.getByRole('button', { name: 'Hide details' }).isVisible()).resolves.toBe(true);
      const graphBox = await page.locator('[data-testid="graph"]').boundingBox();
      expect(graphBox?.height ?? 0).toBeGreaterThan(120);
      expect(await coveredControls(page)).toEqual([]);
      await screenshot(page, 'phone-member-sheet');
    } finally {
      await page.context().close();
    }
  });
});
