// Benchmark (prints figures, not a timed test): time to first render and fcose layout time in
// headless Chromium, for the sample group and for a generated 2,000-member region drawn member by
// member; and for the region view (/regions/<region>, each chapter one node): a ~70-chapter region
// of 2,000+ members, and a national network of 300k members in 10,000 chapters, of which the
// server sends the bound (MAX_SCENE_NODES, 200) and counts the rest.
//
//   pnpm start                                  # the app with the sample data on :4000
//   node test/browser/bench/render.mjs          # BENCH_URL=http://127.0.0.1:4000 by default
//
// Plain JavaScript so that Node runs it as it is (playwright-core comes from test/node_modules).
//
// The region is not in the database: this script answers the page's GroupGraph (or RegionGraph)
// request with a generated graph (page.route), so the product carries no benchmark code.
import { chromium } from 'playwright-core';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4000';
const SAMPLE_GROUP = process.env.BENCH_GROUP ?? 'grp-southside-connect';
const REGION_MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The server's bound on a region scene (server/src/schema/region.ts MAX_SCENE_NODES). */
const MAX_SCENE_NODES = 200;

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

/**
 * A RegionGraph answer as the server gives it: `chapters` chapters of about `members / chapters`
 * members (uneven, as real chapters are), the largest MAX_SCENE_NODES of them sent, the rest
 * counted in hiddenChapters, and ties between a few neighbouring chapters.
 * @param {string} region @param {number} members @param {number} chapters
 */
export function generateRegionScene(region, members, chapters, seed = 11) {
  const random = mulberry32(seed);
  const average = members / chapters;
  const all = Array.from({ length: chapters }, (_, index) => ({
    id: `grp-${index}`,
    name: `Chapter ${index + 1}`,
    meetingDay: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][index % 5] ?? 'Tuesday',
    memberCount: Math.max(8, Math.round(average * (0.5 + random()))),
    referralsGiven: Math.floor(random() * 400),
  })).sort((a, b) => b.memberCount - a.memberCount || a.name.localeCompare(b.name));
  const shown = all.slice(0, MAX_SCENE_NODES);
  /** @type {{ source: string, target: string, referrals: number, oneToOnes: number }[]} */
  const ties = [];
  const seen = new Set();
  for (const [index, chapter] of shown.entries()) {
    for (let k = 0; k < 3; k++) {
      const other = shown[Math.floor(random() * shown.length)];
      if (!other || other.id === chapter.id) continue;
      const [a, b] = chapter.id < other.id ? [chapter.id, other.id] : [other.id, chapter.id];
      if (seen.has(`${a}-${b}`)) continue;
      seen.add(`${a}-${b}`);
      ties.push({
        source: a,
        target: b,
        referrals: Math.floor(random() * 6),
        oneToOnes: 1 + Math.floor(random() * 4) + (index % 2),
      });
    }
  }
  return {
    region,
    hiddenChapters: all.length - shown.length,
    maxChapters: MAX_SCENE_NODES,
    chapters: shown,
    ties,
    members: all.reduce((sum, chapter) => sum + chapter.memberCount, 0),
  };
}

/**
 * @param {import('playwright-core').Page} page @param {string} url
 * @param {string} [testId] the drawing to wait for: the member graph, or the region's chapters
 * @returns {Promise<Figures>}
 */
async function measure(page, url, testId = 'graph') {
  await page.goto(url);
  await page.waitForSelector(`[data-testid="${testId}"][data-layout="done"]`, { timeout: 600_000 });
  return page.evaluate((testId) => {
    /** @type {any} */
    const container = document.querySelector(`[data-testid="${testId}"]`);
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
  }, testId);
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

/** @param {import('playwright-core').Page} page @param {ReturnType<typeof generateRegionScene>} scene */
async function routeRegionScene(page, scene) {
  const { members: _members, ...regionGraph } = scene;
  await page.route('**/graphql', async (route) => {
    const query = route.request().postDataJSON()?.query ?? '';
    if (/query RegionGraph\b/.test(query)) return route.fulfill({ json: { data: { regionGraph } } });
    return route.continue();
  });
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * @param {import('playwright-core').Browser} browser @param {string} label @param {string} url
 * @param {(page: import('playwright-core').Page) => Promise<void>} [prepare]
 * @param {string} [testId]
 */
async function series(browser, label, url, prepare, testId) {
  /** @type {Figures[]} */
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each run: no cache, no warm JIT from the previous page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await prepare?.(page);
    runs.push(await measure(page, url, testId));
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
  const layoutName = testId === 'region-graph' ? 'preset+fit' : 'fcose layout';
  console.log(
    `${label.padEnd(40)} ${String(result.nodes).padStart(5)} nodes ${String(result.edges).padStart(6)} edges   first render ${String(result.firstRenderMs).padStart(6)} ms   ${layoutName} ${String(result.layoutMs).padStart(6)} ms   (median of ${RUNS}; bundle loaded at ${result.scriptsMs} ms, slowest API request ${result.apiMs} ms)`,
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
    // The region view: each chapter one node until opened.
    const scenes = [
      generateRegionScene('Bench region', 2100, 70),
      generateRegionScene('Bench nation', 300_000, 10_000),
    ];
    for (const scene of scenes) {
      const figures = await series(
        browser,
        `region view: ${scene.members} members, ${scene.chapters.length + scene.hiddenChapters} chapters`,
        `${BASE}/regions/${encodeURIComponent(scene.region)}`,
        (page) => routeRegionScene(page, scene),
        'region-graph',
      );
      console.log(
        `  ${scene.hiddenChapters} chapters hidden; ratio to the sample group's first render ×${(figures.firstRenderMs / sample.firstRenderMs).toFixed(2)}, to the member-by-member region ×${(figures.firstRenderMs / big.firstRenderMs).toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
