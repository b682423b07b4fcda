// A region as its chapters (issue #11): each chapter one node until opened, so a region of
// thousands of members draws a few dozen nodes, and a national one at most the server's bound,
// with a note of what was left out. The list beside it names the same chapters as links.
import { useMemo } from 'react';
import type { RegionGraph as RegionGraphData } from '../../api/types.ts';
import { chapterLabel, hiddenChaptersNote, regionElements } from '../../graph/region-elements.ts';
import type { QueryState } from '../../hooks/useQuery.ts';
import { counted } from '../../text/format.ts';
import { RegionGraph } from '../RegionGraph/RegionGraph.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface RegionViewProps {
  region: string;
  graph: QueryState<RegionGraphData>;
  onOpenChapter: (id: string) => void;
  /** Back to every region (`/regions`). */
  onOpenRegionsIndex: () => void;
}

export function RegionView({ region, graph, onOpenChapter, onOpenRegionsIndex }: RegionViewProps) {
  const elements = useMemo(() => (graph.data ? regionElements(graph.data) : []), [graph.data]);
  const data = graph.data;
  const members = data?.chapters.reduce((sum, chapter) => sum + chapter.memberCount, 0) ?? 0;
  const note = data ? hiddenChaptersNote(data) : null;

  return (
    <main className="region-view">
      <section className="graph-area" aria-label={`Chapters of ${region}`} aria-busy={graph.loading}>
        <div className="toolbar region-toolbar">
          <a
            className="regions-index-link"
            href="/regions"
            onClick={(event) => {
              event.preventDefault();
              onOpenRegionsIndex();
            }}
          >
            All regions
          </a>
          <h1 className="region-title">{region}</h1>
          {data && (
            <span className="region-summary">
              {counted(data.chapters.length, 'chapter')} · {counted(members, 'member')} · open a chapter by
              choosing it
            </span>
          )}
        </div>
        {note && (
          <p className="region-note" role="note">
            {note}
          </p>
        )}
        <div className="graph-stage">
          {graph.error ? (
            <StateMessage kind="error" error={graph.error} onRetry={graph.reload} />
          ) : !data ? (
            <StateMessage kind="loading">Loading the region…</StateMessage>
          ) : data.chapters.length === 0 ? (
            <StateMessage kind="empty">No chapters meet in {region}.</StateMessage>
          ) : (
            <RegionGraph
              elements={elements}
              onOpenChapter={onOpenChapter}
              label={`The chapters of ${region}, sized by members`}
            />
          )}
        </div>
      </section>
      {data && data.chapters.length > 0 && (
        <nav className="region-chapters" aria-label="Chapters">
          <ol className="region-chapter-list">
            {data.chapters.map((chapter) => (
              <li key={chapter.id} className="region-chapter">
                <a
                  className="region-chapter-link"
                  href={`/groups/${encodeURIComponent(chapter.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenChapter(chapter.id);
                  }}
                >
                  {chapterLabel(chapter.name, chapter.memberCount)}
                </a>
                <span className="region-chapter-facts">
                  {chapter.meetingDay ? `${chapter.meetingDay}s · ` : ''}
                  {chapter.referralsGiven} referrals given in 12 months
                </span>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </main>
  );
}
