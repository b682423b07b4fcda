// What every browser suite needs: one Chromium, one 1280×800 page whose errors are collected, a
// screenshot of each failed test, and on the way out the clean-up of what the suite wrote (suites
// share the run's database, and the sample's known answers must still hold afterwards).
import type { Database } from '@powergroups/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { testDatabase } from '../../support/database.ts';
import { launchChromium, screenshot, waitForApp } from './chromium.ts';

export interface ExplorerPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors the page raised: a suite expects none. */
  pageErrors: string[];
}

/** Takes away a referral-test contact and the referrals about it. */
export async function deleteContactNamed(db: Database, name: string): Promise<void> {
  await db.write(
    'MATCH (c:Contact {name: $name}) OPTIONAL MATCH (r:Referral)-[:ABOUT]->(c) DETACH DELETE r, c',
    {
      name,
    },
  );
}

/** Registers the suite's hooks; the returned object is filled in before the first test runs. */
export function useExplorerPage(cleanUp: (db: Database) => Promise<void>): ExplorerPage {
  const session = { pageErrors: [] as string[] } as ExplorerPage;

  beforeAll(async () => {
    await waitForApp(inject('appUrl'), inject('appFailureFile'));
    session.browser = await launchChromium();
    session.context = await session.browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    session.page = await session.context.newPage();
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
  });

  afterEach(async ({ task }) => {
    // A failed step leaves a picture of what the page showed.
    if (task.result?.state === 'fail' && session.page)
      await screenshot(session.page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await session.browser?.close();
    const db = await testDatabase();
    try {
      await cleanUp(db);
    } finally {
      await db.close();
    }
  });

  return session;
}
