// Benchmark (prints figures, not a timed test): time to first render and fcose layout time in
// headless Chromium, for the sample group and for a generated 2,000-member region.
//
//   pnpm start                                  # the app with the sample data on :4000
//   node test/browser/bench/render.mjs          # BENCH_URL=http://127.0.0.1:4000 by default
//
// Plain JavaScript so that Node runs it as it is (playwright-core comes from test/node_modules).
//
// The region is not in the database: this script answers the page's GroupGraph request with a
// generated graph (page.route), so the product carries no benchmark code.
import { chromium } from 'playwright-core';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4000';
const SAMPLE_GROUP = process.env.BENCH_GROUP ?? 'grp-southside-connect';
const REGION_MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** @typedef {{ nodes: number, edges: number, layoutMs: number, firstRenderMs: number, apiMs: number, scriptsMs: number }} Figures */

/** A small deterministic PRNG, so every run draws the same region. */
/** @param {number} seed */
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A GroupGraph-shaped region: chapters of ~30, ties mostly inside a chapter, some across. */
/** @param {number} members */
export function generateRegion(members, seed = 7) {
  const random = mulberry32(seed);
  const powerGroups = Array.from({ length: 10 }, (_, index) => ({
    id: `pg-${index}`,
    name: `Power group ${index + 1}`,
  }));
  const industries = Array.from({ length: 80 }, (_, index) => ({
    id: `ind-${index}`,
    name: `Industry ${index + 1}`,
  }));
  const chapterSize = 30;
  const nodes = Array.from({ length: members }, (_, index) => {
    const industry = industries[Math.floor(random() * industries.length)] ?? industries[0];
    const pg = Math.floor((Number(industry?.id.slice(4)) / industries.length) * powerGroups.length);
    return {
      id: `m-${index}`,
      label: `Member ${index + 1}`,
      company: `Company ${index + 1}`,
      industryId: industry?.id ?? 'ind-0',
      industryName: industry?.name ?? 'Industry 1',
      powerGroupIds: random() < 0.85 ? [`pg-${pg}`] : [],
      role: index % chapterSize === 0 ? 'ORGANISER' : 'MEMBER',
    };
  });
  /** @type {{ id: string, source: string, target: string, kind: string, weight: number, count: number, label: null }[]} */
  const edges = [];
  const seen = new Set();
  /** @param {string} kind @param {number} perMember @param {number} across */
  const tie = (kind, perMember, across) => {
    for (let index = 0; index < members; index++) {
      for (let k = 0; k < perMember; k++) {
        const chapter = Math.floor(index / chapterSize);
        const other =
          random() < across
            ? Math.floor(random() * members)
            : Math.min(members - 1, chapter * chapterSize + Math.floor(random() * chapterSize));
        if (other === index) continue;
        const key =
          kind === 'REFERRAL'
            ? `${kind}${index}>${other}`
            : `${kind}${Math.min(index, other)}-${Math.max(index, other)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const count = 1 + Math.floor(random() * 3);
        edges.push({
          id: `e-${edges.length}`,
          source: `m-${index}`,
          target: `m-${other}`,
          kind,
          weight: kind === 'SYNERGY' ? Math.round(random() * 100) / 100 : count,
          count,
          label: null,
        });
      }
    }
  };
  tie('SYNERGY', 1.5, 0.02);
  tie('REFERRAL', 1, 0.05);
  tie('ONE_TO_ONE', 1, 0.05);
  return { groupId: 'bench-region', nodes, edges, powerGroups };
}

/** @param {import('playwright-core').Page} page @param {string} url @returns {Promise<Figures>} */
async function measure(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph"][data-layout="done"]', { timeout: 600_000 });
  return page.evaluate(() => {
    /** @type {any} */
    const container = document.querySelector('[data-testid="graph"]');
    const cy = container._cyreg?.cy;
    const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
    const api = resources.filter((entry) => entry.name.endsWith('/graphql'));
    const scripts = resources.filter(
      (entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'),
    );
    return {
      // The slowest API request (the group graph) and when the bundle had arrived.
      apiMs: Math.round(Math.max(0, ...api.map((entry) => entry.duration))),
      scriptsMs: Math.round(Math.max(0, ...scripts.map((entry) => entry.responseEnd))),
      nodes: cy?.nodes().length ?? 0,
      edges: cy?.edges().length ?? 0,
      layoutMs: Number(container.dataset.layoutMs),
      firstRenderMs: Number(container.dataset.renderedAt),
    };
  });
}

/** @param {import('playwright-core').Page} page @param {ReturnType<typeof generateRegion>} region */
async function routeRegion(page, region) {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    const query = body?.query ?? '';
    if (/query GroupGraph\b/.test(query)) return route.fulfill({ json: { data: { groupGraph: region } } });
    if (/query Groups\b/.test(query))
      return route.fulfill({
        json: {
          data: {
            groups: [
              {
                id: region.groupId,
                name: 'Generated region',
                region: 'Bench',
                meetingDay: 'Tuesday',
                memberCount: region.nodes.length,
              },
            ],
          },
        },
      });
    return route.continue();
  });
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * @param {import('playwright-core').Browser} browser @param {string} label @param {string} url
 * @param {(page: import('playwright-core').Page) => Promise<void>} [prepare]
 */
async function series(browser, label, url, prepare) {
  /** @type {Figures[]} */
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each run: no cache, no warm JIT from the previous page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await prepare?.(page);
    runs.push(await measure(page, url));
    await context.close();
  }
  const first = /** @type {Figures} */ (runs[0]);
  const result = {
    label,
    nodes: first.nodes,
    edges: first.edges,
    firstRenderMs: median(runs.map((figures) => figures.firstRenderMs)),
    layoutMs: median(runs.map((figures) => figures.layoutMs)),
    apiMs: median(runs.map((figures) => figures.apiMs)),
    scriptsMs: median(runs.map((figures) => figures.scriptsMs)),
  };
  console.log(
    `${label.padEnd(28)} ${String(result.nodes).padStart(5)} nodes ${String(result.edges).padStart(6)} edges   first render ${String(result.firstRenderMs).padStart(6)} ms   fcose layout ${String(result.layoutMs).padStart(6)} ms   (median of ${RUNS}; bundle loaded at ${result.scriptsMs} ms, slowest API request ${result.apiMs} ms)`,
  );
  return result;
}

async function main() {
  const ready = await fetch(`${BASE}/ready`).catch(() => null);
  if (ready?.status !== 200)
    throw new Error(
      `No ready Power Groups server at ${BASE}: start it with \`pnpm start\` (or set BENCH_URL)`,
    );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    console.log(`Headless Chromium, viewport 1280×800, against ${BASE}`);
    const sample = await series(browser, 'sample group', `${BASE}/groups/${SAMPLE_GROUP}?tab=members`);
    const region = generateRegion(REGION_MEMBERS);
    const big = await series(
      browser,
      `generated ${REGION_MEMBERS}-member region`,
      `${BASE}/groups/${region.groupId}?tab=members`,
      (page) => routeRegion(page, region),
    );
    console.log(
      `ratio region / sample: first render ×${(big.firstRenderMs / sample.firstRenderMs).toFixed(1)}, layout ×${(big.layoutMs / Math.max(sample.layoutMs, 1)).toFixed(1)}`,
    );
  } finally {
    await browser.close();
  }
}

await main();
