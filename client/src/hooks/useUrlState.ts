// The URL holds what a deep link needs: /groups/<group>?member=…&pg=…&industry=…&edges=…&ask=…&tab=…&view=…
// (and, for the group's activity, period=… and size=…), or a region's chapters: /regions/<region>,
// or the regions index, every region linked to its chapters: /regions.
// Changes replace the history entry, except the group, the region (or the index) and the selected
// member, which push one so Back returns to the previous member, group, region or the index.
import { ACTIVITY_PERIODS, type ActivityPeriod } from '@powergroups/rules';
import { useCallback, useEffect, useState } from 'react';
import type { EdgeKind } from '../api/types.ts';
import { SIZE_MEASURES, type SizeMeasure } from '../graph/activity-sizes.ts';
import { EDGE_KINDS } from '../graph/to-elements.ts';

export type PanelTab =
  | 'member'
  | 'ask'
  | 'power-groups'
  | 'record'
  | 'members'
  | 'pipeline'
  | 'activity'
  | 'organise';
/** The panel's tabs, in the order they show (the pipeline and activity only to members of the group, organise only to its organisers and the admin). */
export const PANEL_TABS: readonly PanelTab[] = [
  'member',
  'ask',
  'power-groups',
  'record',
  'members',
  'pipeline',
  'activity',
  'organise',
];

/** The period the activity tab and the graph's sizes look at until the URL says otherwise. */
export const DEFAULT_ACTIVITY_PERIOD: ActivityPeriod = 'LAST_3_MONTHS';

export interface UrlState {
  groupId: string | null;
  /** A region shown as its chapters (`/regions/Dublin`) instead of one group; then groupId is null. */
  region: string | null;
  /** The regions index (`/regions`) instead of a group or a region; then both are null. */
  regionsIndex: boolean;
  memberId: string | null;
  powerGroups: string[];
  industries: string[];
  edges: EdgeKind[];
  expanded: string[];
  ask: string;
  tab: PanelTab;
  /** Zoom and the graph point at the screen's centre (`view=zoom,x,y`); null fits the graph. */
  view: { zoom: number; x: number; y: number } | null;
  /** The months the group's activity is counted over (`period=last-6-months`). */
  activityPeriod: ActivityPeriod;
  /** What member nodes are sized by (`size=given`): 'none' draws them all alike. */
  sizeBy: SizeMeasure;
}

export type SetUrlState = (patch: Partial<UrlState>) => void;

/** The ties drawn until the URL says otherwise: competition only when asked for ("Show competition"). */
export const DEFAULT_EDGES: EdgeKind[] = ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE'];

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

function parseView(value: string | null): UrlState['view'] {
  const [zoom, x, y] = list(value).map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return null;
  if (![zoom, x, y].every(Number.isFinite) || zoom <= 0) return null;
  return { zoom, x, y };
}

/** LAST_6_MONTHS ⇄ last-6-months, valueWon ⇄ value-won: values as a link writes them. */
const toParam = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-');
const fromParam = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => {
  const found = allowed.find((option) => toParam(option) === value?.toLowerCase());
  return found ?? fallback;
};

export function parseUrl(pathname: string, search: string): UrlState {
  const params = new URLSearchParams(search);
  const match = /^\/groups\/([^/]+)/.exec(pathname);
  const regionMatch = /^\/regions\/([^/]+)/.exec(pathname);
  const regionsIndex = /^\/regions\/?$/.test(pathname);
  const edgesParam = params.get('edges');
  const tab = params.get('tab') as PanelTab | null;
  return {
    groupId: match?.[1] ? decodeURIComponent(match[1]) : null,
    region: regionMatch?.[1] ? decodeURIComponent(regionMatch[1]) : null,
    regionsIndex,
    memberId: params.get('member'),
    powerGroups: list(params.get('pg')),
    industries: list(params.get('industry')),
    edges:
      edgesParam === null
        ? DEFAULT_EDGES
        : list(edgesParam)
            .map((kind) => kind.toUpperCase().replace(/-/g, '_') as EdgeKind)
            .filter((kind) => EDGE_KINDS.includes(kind)),
    expanded: list(params.get('expand')),
    ask: params.get('ask') ?? '',
    tab: tab && PANEL_TABS.includes(tab) ? tab : params.get('member') ? 'member' : 'power-groups',
    view: parseView(params.get('view')),
    activityPeriod: fromParam(params.get('period'), ACTIVITY_PERIODS, DEFAULT_ACTIVITY_PERIOD),
    sizeBy: fromParam(params.get('size'), SIZE_MEASURES, 'none'),
  };
}

export function formatUrl(state: UrlState): string {
  // A region's scene and the regions index have nothing else to keep: their links open other pages.
  if (state.region && !state.groupId) return `/regions/${encodeURIComponent(state.region)}`;
  if (state.regionsIndex && !state.groupId) return '/regions';
  const path = state.groupId ? `/groups/${encodeURIComponent(state.groupId)}` : '/';
  const params = new URLSearchParams();
  if (state.memberId) params.set('member', state.memberId);
  if (state.powerGroups.length) params.set('pg', state.powerGroups.join(','));
  if (state.industries.length) params.set('industry', state.industries.join(','));
  const sameEdges =
    state.edges.length === DEFAULT_EDGES.length && DEFAULT_EDGES.every((kind) => state.edges.includes(kind));
  if (!sameEdges)
    params.set('edges', state.edges.map((kind) => kind.toLowerCase().replace(/_/g, '-')).join(','));
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.ask) params.set('ask', state.ask);
  params.set('tab', state.tab);
  if (state.view) params.set('view', `${state.view.zoom},${state.view.x},${state.view.y}`);
  if (state.activityPeriod !== DEFAULT_ACTIVITY_PERIOD) params.set('period', toParam(state.activityPeriod));
  if (state.sizeBy !== 'none') params.set('size', toParam(state.sizeBy));
  // Commas are legal in a query string and keep lists readable in a shared link.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${path}?${query}` : path;
}

export function useUrlState(): [UrlState, SetUrlState] {
  const [state, setState] = useState(() => parseUrl(window.location.pathname, window.location.search));

  useEffect(() => {
    const onPop = () => setState(parseUrl(window.location.pathname, window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<UrlState>) => {
    setState((previous) => {
      const next = { ...previous, ...patch };
      const url = formatUrl(next);
      const push =
        patch.groupId !== undefined ||
        patch.region !== undefined ||
        patch.regionsIndex !== undefined ||
        (patch.memberId !== undefined && patch.memberId !== previous.memberId);
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [state, update];
}
