// Debian's Chromium driven by playwright-core (never `playwright install`).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** The three sizes every screen is looked at: a laptop, a small laptop and a phone (touch). */
export const SCREEN_SIZES = [
  { name: 'laptop', width: 1280, height: 800, touch: false },
  { name: 'small-laptop', width: 1024, height: 768, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

export type ScreenSize = (typeof SCREEN_SIZES)[number];

/** A page in a fresh context at `size` (a phone as a touch device); an error in the page fails the test. */
export async function openPageAt(browser: Browser, size: ScreenSize): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
    hasTouch: size.touch,
    isMobile: size.touch,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** Resolves once the graph has been laid out (GraphView marks its container). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="graph"][data-layout="done"]', { timeout: 30_000 });
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  count: number;
  classes: string[];
}

/** What cytoscape holds right now: the nodes and edges actually drawn. */
export function drawnGraph(
  page: Page,
): Promise<{ nodes: { id: string; classes: string[] }[]; edges: DrawnEdge[] }> {
  return page.evaluate(() => {
    type Ele = { id(): string; data(key: string): unknown; classes(): string[] };
    const container = document.querySelector('[data-testid="graph"]') as unknown as {
      _cyreg?: {
        cy?: { nodes(): { map<T>(f: (e: Ele) => T): T[] }; edges(): { map<T>(f: (e: Ele) => T): T[] } };
      };
    };
    const cy = container?._cyreg?.cy;
    if (!cy) return { nodes: [], edges: [] };
    return {
      nodes: cy.nodes().map((node) => ({ id: node.id(), classes: node.classes() })),
      edges: cy.edges().map((edge) => ({
        id: edge.id(),
        source: String(edge.data('source')),
        target: String(edge.data('target')),
        kind: String(edge.data('kind')),
        count: Number(edge.data('count') ?? 0),
        classes: edge.classes(),
      })),
    };
  });
}

/** Waits until the app server of the browser setup answers /ready, or says why it never will. */
export async function waitForApp(appUrl: string, failureFile: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(failureFile))
      throw new Error(`The app did not start: ${readFileSync(failureFile, 'utf8')}`);
    try {
      if ((await fetch(`${appUrl}/ready`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app at ${appUrl} was not ready within ${timeoutMs / 1000} s`);
}

/** How many referrals the drawn tie from `giver` to `receiver` stands for (0 when none is drawn). */
export function referralsDrawn(page: Page, giver: string, receiver: string): Promise<number> {
  return page.evaluate(countReferralsInPage, { giver, receiver });
}

/** Resolves once the drawn tie from `giver` to `receiver` stands for more than `count` referrals. */
export async function waitForMoreReferrals(
  page: Page,
  tie: { giver: string; receiver: string; count: number },
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await referralsDrawn(page, tie.giver, tie.receiver)) <= tie.count) {
    if (Date.now() > deadline)
      throw new Error(
        `the tie ${tie.giver} → ${tie.receiver} still stands for ${tie.count} after ${timeoutMs} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs in the page (self-contained): reads cytoscape's referral edge between the two members. */
function countReferralsInPage({ giver, receiver }: { giver: string; receiver: string }): number {
  type Edge = { data(key: string): unknown };
  const container = document.querySelector('[data-testid="graph"]') as unknown as {
    _cyreg?: { cy?: { edges(selector: string): Edge[] } };
  };
  const tie = container?._cyreg?.cy
    ?.edges('.referral')
    .find((edge) => edge.data('source') === giver && edge.data('target') === receiver);
  return Number(tie?.data('count') ?? 0);
}
