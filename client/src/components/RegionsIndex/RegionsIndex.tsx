// The regions index (/regions): the first step of browsing a national network, region → chapters →
// chapter. Every region is a link to its scene of chapters, with its chapters and members counted.
import { useMemo } from 'react';
import type { RegionSummary } from '../../api/types.ts';
import type { QueryState } from '../../hooks/useQuery.ts';
import { counted } from '../../text/format.ts';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface RegionsIndexProps {
  regions: QueryState<readonly RegionSummary[]>;
  onOpenRegion: (name: string) => void;
}

/** The largest region (by members) first, and regions of one size by name, whatever order they came in. */
const largestFirst = (regions: readonly RegionSummary[]): RegionSummary[] =>
  [...regions].sort((a, b) => b.memberCount - a.memberCount || a.name.localeCompare(b.name, 'en'));

/** "12 regions · 1,020 chapters · 30,112 members". */
function regionsSummary(regions: readonly RegionSummary[]): string {
  const chapters = regions.reduce((sum, region) => sum + region.chapterCount, 0);
  const members = regions.reduce((sum, region) => sum + region.memberCount, 0);
  return `${counted(regions.length, 'region')} · ${counted(chapters, 'chapter')} · ${counted(members, 'member')}`;
}

export function RegionsIndex({ regions, onOpenRegion }: RegionsIndexProps) {
  const sorted = useMemo(() => (regions.data ? largestFirst(regions.data) : []), [regions.data]);

  return (
    <main className="regions-index" aria-busy={regions.loading}>
      <div className="toolbar region-toolbar">
        <h1 className="region-title">Regions</h1>
        {sorted.length > 0 && <span className="region-summary">{regionsSummary(sorted)}</span>}
      </div>
      <div className="regions-index-body">
        {regions.error ? (
          <StateMessage kind="error" error={regions.error} onRetry={regions.reload} />
        ) : !regions.data ? (
          <StateMessage kind="loading">Loading the regions…</StateMessage>
        ) : sorted.length === 0 ? (
          <StateMessage kind="empty">No chapters yet, so no regions.</StateMessage>
        ) : (
          <ol className="regions-list" aria-label="Regions, the largest first">
            {sorted.map((region) => (
              <li key={region.name} className="regions-entry">
                {region.name ? (
                  <a
                    className="regions-entry-name regions-entry-link"
                    href={`/regions/${encodeURIComponent(region.name)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenRegion(region.name);
                    }}
                  >
                    {region.name}
                  </a>
                ) : (
                  // Chapters with no region have no scene to open; the group picker lists them.
                  <span className="regions-entry-name">No region</span>
                )}
                <span className="regions-entry-facts">
                  {counted(region.chapterCount, 'chapter')} · {counted(region.memberCount, 'member')}
                  {!region.name && ' · open them from the group picker'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </main>
  );
}
