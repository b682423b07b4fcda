// Back and Forward through the regions index, a region and a chapter, as between groups: each step
// pushes a history entry, and the browser's popstate brings that step's state back.
import { useUrlState } from '@powergroups/client/test';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('useUrlState across the regions', () => {
  it('pushes the index, a region and a chapter, and Back and Forward return to each', async () => {
    window.history.replaceState(null, '', '/regions');
    const { result } = renderHook(() => useUrlState());
    const setUrl = () => result.current[1];
    expect(result.current[0]).toMatchObject({ regionsIndex: true, region: null, groupId: null });

    act(() => setUrl()({ region: 'Dublin North', regionsIndex: false }));
    expect(window.location.pathname).toBe('/regions/Dublin%20North');
    act(() => setUrl()({ groupId: 'grp-liffey', region: null }));
    expect(window.location.pathname).toBe('/groups/grp-liffey');

    act(() => window.history.back());
    await waitFor(() =>
      expect(result.current[0]).toMatchObject({ region: 'Dublin North', regionsIndex: false, groupId: null }),
    );
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0]).toMatchObject({ regionsIndex: true, region: null }));
    expect(window.location.pathname).toBe('/regions');
    act(() => window.history.forward());
    await waitFor(() => expect(result.current[0]).toMatchObject({ region: 'Dublin North' }));

    // Back to the index from a region's "All regions" link: a step of its own, too.
    act(() => setUrl()({ region: null, regionsIndex: true }));
    expect(window.location.pathname).toBe('/regions');
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0]).toMatchObject({ region: 'Dublin North' }));
  });
});
