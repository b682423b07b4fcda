// The explorer while its server is away: the service worker (vite-plugin-pwa, client/vite.config.ts)
// keeps the shell, so a reload still shows the explorer and says the server cannot be reached, with
// a Retry that brings everything back once it is up. The suite stops and starts a server of its
// own (its own port, the run's Neo4j and built client), so the other suites' server stays up.
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { screenshot, waitForGraph } from './support/chromium.ts';
import { useExplorerPage } from './support/explorer-page.ts';

const GROUP = SAMPLE_FACTS.groupId;

// Nothing to clean up: the suite only reads.
const ui = useExplorerPage(async () => {});
let page: Page;
let server: ServerProcess;
let port: number;

function neo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through vitest (global setup)');
  return uri;
}

async function startServer(): Promise<void> {
  server = startServerProcess(neo4jUri(), port, { NODE_ENV: 'production' });
  await server.ready();
}

beforeAll(async () => {
  page = ui.page;
  port = await freePort();
  await startServer();
});

afterAll(async () => {
  await server?.stop();
});

describe('the explorer with its server down', () => {
  it('serves the service worker uncached, so a new build takes over at once', async () => {
    const worker = await fetch(`${server.url}/sw.js`);
    expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const source = await worker.text();
    expect(source).toContain('index.html');
    // The server's own paths are never answered with the shell.
    expect(source).toContain('graphql|ready|health|invitation');
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    await expect(manifest.json()).resolves.toMatchObject({ name: 'Power Groups' });
  });

  it('reloads into the shell and says the server cannot be reached, and Retry brings it all back', async () => {
    await page.goto(`${server.url}/groups/${GROUP}`);
    await waitForGraph(page);
    // The worker has cached the shell once it controls the page (clientsClaim).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

    await server.stop();
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    const banner = page.getByRole('banner');
    await expect(banner.textContent()).resolves.toContain('Power Groups');
    await banner.getByLabel('Ask: who knows an industry, or find a member').waitFor();
    const down = page.getByRole('alert').filter({ hasText: 'Server not reachable' }).first();
    await down.waitFor();
    await down.getByRole('button', { name: 'Retry' }).waitFor();
    await screenshot(page, 'offline-server-down');

    // Back up: one Retry reloads every read that failed (the group, its graph and the panel), and
    // the API answers come from the server, never from the worker.
    // Listening before the server is back: the explorer may reload on its own as soon as it is.
    const apiAnswers: Response[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/graphql')) apiAnswers.push(response);
    });
    await startServer();
    await down
      .getByRole('button', { name: 'Retry' })
      .click({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        // The explorer may come back on its own first (its live feed reconnects and reloads what
        // failed), taking the alert and its button away: that is only fine if the alert is gone.
        if ((await page.getByRole('alert').filter({ hasText: 'Server not reachable' }).count()) > 0)
          throw error;
      });
    await waitForGraph(page);
    await page.getByRole('region', { name: 'Detected communities' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Server not reachable' }).count()).toBe(0);
    expect(apiAnswers.length).toBeGreaterThan(0);
    expect(apiAnswers.some((response) => response.fromServiceWorker())).toBe(false);
    await screenshot(page, 'offline-retried');
    expect(ui.pageErrors).toEqual([]);
  });
});
