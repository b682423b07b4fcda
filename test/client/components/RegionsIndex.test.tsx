// The regions index (/regions) and the way back to it from a region: every region a link to its
// chapters with its counts, the largest first, and the loading, empty and error states.
import { ApiError, type RegionSummary, RegionsIndex, RegionView } from '@powergroups/client/test';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const region = (name: string, chapterCount: number, memberCount: number): RegionSummary => ({
  name,
  chapterCount,
  memberCount,
});

// Out of order on purpose: the index sorts them itself.
const REGIONS = [
  region('Cork', 12, 310),
  region('Dublin North', 431, 12_046),
  region('Galway', 1, 1),
  region('Dublin', 576, 17_755),
  region('Athlone', 12, 310),
];

const loaded = <T,>(data: T) => ({ data, error: undefined, loading: false, reload: vi.fn() });

function renderIndex(state: Parameters<typeof RegionsIndex>[0]['regions']) {
  const onOpenRegion = vi.fn();
  const { unmount } = render(<RegionsIndex regions={state} onOpenRegion={onOpenRegion} />);
  return { onOpenRegion, unmount };
}

describe('RegionsIndex', () => {
  it('lists every region, the most members first, with its chapters and members counted', () => {
    renderIndex(loaded(REGIONS));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Regions');
    expect(screen.getByText('5 regions · 1,032 chapters · 30,422 members')).toBeTruthy();
    const entries = within(screen.getByRole('list', { name: 'Regions, the largest first' })).getAllByRole(
      'listitem',
    );
    // Regions of one size by name: Athlone before Cork.
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'Dublin576 chapters · 17,755 members',
      'Dublin North431 chapters · 12,046 members',
      'Athlone12 chapters · 310 members',
      'Cork12 chapters · 310 members',
      'Galway1 chapter · 1 member',
    ]);
  });

  it('links each region to its chapters, and opens it in place', () => {
    const { onOpenRegion } = renderIndex(loaded(REGIONS));
    const link = screen.getByRole('link', { name: 'Dublin North' });
    expect(link.getAttribute('href')).toBe('/regions/Dublin%20North');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, click);
    expect(click.defaultPrevented).toBe(true);
    expect(onOpenRegion).toHaveBeenCalledWith('Dublin North');
    expect(screen.getAllByRole('link').map((each) => each.getAttribute('href'))).toEqual([
      '/regions/Dublin',
      '/regions/Dublin%20North',
      '/regions/Athlone',
      '/regions/Cork',
      '/regions/Galway',
    ]);
  });

  it('lists chapters without a region, unlinked (they have no scene), and says where they open', () => {
    renderIndex(loaded([region('Dublin', 3, 60), region('', 2, 15)]));
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('No region').closest('li')?.textContent).toBe(
      'No region2 chapters · 15 members · open them from the group picker',
    );
  });

  it('says when it is loading and when there are no regions yet', () => {
    const loading = renderIndex({ ...loaded(undefined), loading: true });
    expect(screen.getByRole('status').textContent).toContain('Loading the regions');
    expect(screen.queryByRole('list')).toBeNull();
    loading.unmount();

    renderIndex(loaded([]));
    expect(screen.getByText('No chapters yet, so no regions.')).toBeTruthy();
    expect(screen.queryByText(/ regions · /)).toBeNull();
  });

  it('shows an error with a Retry that loads the regions again', () => {
    const reload = vi.fn();
    renderIndex({
      data: undefined,
      error: new ApiError('server-down', 'The server is not reachable.'),
      loading: false,
      reload,
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Server not reachable');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(reload).toHaveBeenCalled();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('RegionView', () => {
  it('links back to every region from its toolbar', () => {
    const onOpenRegionsIndex = vi.fn();
    // An error leaves the scene undrawn: only the toolbar and the message.
    render(
      <RegionView
        region="Dublin"
        graph={{ data: undefined, error: new Error('boom'), loading: false, reload: vi.fn() }}
        onOpenChapter={vi.fn()}
        onOpenRegionsIndex={onOpenRegionsIndex}
      />,
    );
    const link = screen.getByRole('link', { name: 'All regions' });
    expect(link.getAttribute('href')).toBe('/regions');
    fireEvent.click(link);
    expect(onOpenRegionsIndex).toHaveBeenCalled();
  });
});
