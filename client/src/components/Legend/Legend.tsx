// What the colours and lines mean; edge kinds switch on and off here.
import type { EdgeKind } from '../../api/types.ts';
import { EDGE_COLOURS, NO_POWER_GROUP_COLOUR } from '../../graph/colours.ts';
import { EDGE_KIND_LABELS, EDGE_KINDS, type LegendEntry } from '../../graph/to-elements.ts';

export interface LegendProps {
  entries: readonly LegendEntry[];
  edgeKinds: readonly EdgeKind[];
  onToggleEdgeKind: (kind: EdgeKind) => void;
  unassigned: number;
}

export function Legend({ entries, edgeKinds, onToggleEdgeKind, unassigned }: LegendProps) {
  return (
    <aside className="legend" aria-label="Legend">
      <div className="legend-block">
        <h4>Power groups</h4>
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="dot" style={{ background: entry.colour }} aria-hidden="true" />
              {entry.name}
              <span className="muted"> {entry.members}</span>
            </li>
          ))}
          {unassigned > 0 && (
            <li>
              <span className="dot" style={{ background: NO_POWER_GROUP_COLOUR }} aria-hidden="true" />
              No power group<span className="muted"> {unassigned}</span>
            </li>
          )}
          <li className="muted small">◆ organiser</li>
        </ul>
      </div>
      <div className="legend-block">
        <h4>Ties</h4>
        <ul>
          {EDGE_KINDS.map((kind) => (
            <li key={kind}>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={edgeKinds.includes(kind)}
                  onChange={() => onToggleEdgeKind(kind)}
                />
                <svg width="26" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2={kind === 'REFERRAL' ? 19 : 25}
                    y2="4"
                    stroke={EDGE_COLOURS[kind]}
                    strokeWidth="2.5"
                    strokeDasharray={kind === 'SYNERGY' ? '4 3' : undefined}
                  />
                  {kind === 'REFERRAL' && <path d="M19 0 L26 4 L19 8 z" fill={EDGE_COLOURS[kind]} />}
                </svg>
                {EDGE_KIND_LABELS[kind]}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
