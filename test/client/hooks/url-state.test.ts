// @vitest-environment node
import { formatUrl, parseUrl } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';

describe('deep links', () => {
  it('round-trips the group, selection, filters and question', () => {
    const url =
      '/groups/grp-1?member=m-2&pg=pg-property&industry=ind-a,ind-b&edges=referral,one-to-one&expand=m-2&ask=who+knows+a+solicitor&tab=ask';
    const [path, search] = url.split('?');
    const state = parseUrl(path ?? '', `?${search}`);
    expect(state).toEqual({
      groupId: 'grp-1',
      region: null,
      regionsIndex: false,
      memberId: 'm-2',
      powerGroups: ['pg-property'],
      industries: ['ind-a', 'ind-b'],
      edges: ['REFERRAL', 'ONE_TO_ONE'],
      expanded: ['m-2'],
      ask: 'who knows a solicitor',
      tab: 'ask',
      view: null,
      activityPeriod: 'LAST_3_MONTHS',
      sizeBy: 'none',
    });
    expect(formatUrl(state)).toBe(url);
  });

  it('keeps the activity’s period and what the graph is sized by, leaving the defaults out', () => {
    const url = '/groups/g?tab=activity&period=last-12-months&size=value-won';
    const state = parseUrl('/groups/g', '?tab=activity&period=last-12-months&size=value-won');
    expect(state).toMatchObject({ tab: 'activity', activityPeriod: 'LAST_12_MONTHS', sizeBy: 'valueWon' });
    expect(formatUrl(state)).toBe(url);
    expect(formatUrl({ ...state, activityPeriod: 'LAST_3_MONTHS', sizeBy: 'none' })).toBe(
      '/groups/g?tab=activity',
    );
    expect(parseUrl('/groups/g', '?period=next-year&size=height')).toMatchObject({
      activityPeriod: 'LAST_3_MONTHS',
      sizeBy: 'none',
    });
    expect(parseUrl('/groups/g', '?size=one-to-ones&period=all-time')).toMatchObject({
      activityPeriod: 'ALL_TIME',
      sizeBy: 'oneToOnes',
    });
  });

  it('keeps the zoom and the point at the centre of the view, and ignores a broken one', () => {
    const state = parseUrl('/groups/g', '?view=1.21,140,-35');
    expect(state.view).toEqual({ zoom: 1.21, x: 140, y: -35 });
    expect(formatUrl(state)).toBe('/groups/g?tab=power-groups&view=1.21,140,-35');
    expect(parseUrl('/groups/g', '?view=0,1,2').view).toBeNull();
    expect(parseUrl('/groups/g', '?view=abc').view).toBeNull();
  });

  it('defaults to every edge kind and leaves them out of the URL', () => {
    const state = parseUrl('/groups/g', '');
    expect(state.edges).toEqual(['SYNERGY', 'REFERRAL', 'ONE_TO_ONE']);
    expect(formatUrl(state)).toBe('/groups/g?tab=power-groups');
  });

  it('opens the member tab when a member is linked, and ignores unknown tabs and kinds', () => {
    const state = parseUrl('/groups/g', '?member=m-1&tab=nonsense&edges=referral,bogus');
    expect(state.tab).toBe('member');
    expect(state.edges).toEqual(['REFERRAL']);
  });

  it('starts with no group on the root path', () => {
    expect(parseUrl('/', '').groupId).toBeNull();
  });

  it('links to a region by name, and keeps nothing else in its link', () => {
    const state = parseUrl('/regions/Dublin%20North', '?tab=ask');
    expect(state).toMatchObject({ region: 'Dublin North', groupId: null });
    expect(formatUrl(state)).toBe('/regions/Dublin%20North');
    expect(parseUrl('/groups/g', '').region).toBeNull();
    // Opening a chapter from its region leaves the region.
    expect(formatUrl({ ...state, groupId: 'g', region: null })).toBe('/groups/g?tab=ask');
  });

  it('opens the regions index on /regions, keeps nothing else in its link, and leaves it for a region', () => {
    for (const path of ['/regions', '/regions/']) {
      const state = parseUrl(path, '?tab=ask&member=m-1');
      expect(state).toMatchObject({ regionsIndex: true, region: null, groupId: null });
      expect(formatUrl(state)).toBe('/regions');
    }
    const index = parseUrl('/regions', '');
    expect(parseUrl(formatUrl(index), '')).toEqual(index);
    expect(parseUrl('/regions/Dublin', '').regionsIndex).toBe(false);
    expect(parseUrl('/groups/g', '').regionsIndex).toBe(false);
    expect(parseUrl('/', '').regionsIndex).toBe(false);
    // A region opened from the index, and a chapter opened from the region.
    expect(formatUrl({ ...index, region: 'Dublin North', regionsIndex: false })).toBe(
      '/regions/Dublin%20North',
    );
    expect(formatUrl({ ...index, groupId: 'g', regionsIndex: false })).toBe('/groups/g?tab=power-groups');
  });
});
