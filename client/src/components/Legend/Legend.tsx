// What the colours and lines mean; edge kinds switch on and off here. Competition has its entry
// only while it is shown (the toolbar's "Show competition" turns it on).
import type { EdgeKind } from '../../api/types.ts';
import {
  EDGE_COLOURS,
  HEALTH_COLOURS,
  NO_POWER_GROUP_COLOUR,
  REFERRAL_OUTCOME_COLOURS,
} from '../../graph/colours.ts';
import { EDGE_KIND_LABELS, EDGE_KINDS, type LegendEntry } from '../../graph/to-elements.ts';

export interface LegendProps {
  entries: readonly LegendEntry[];
  edgeKinds: readonly EdgeKind[];
  onToggleEdgeKind: (kind: EdgeKind) => void;
  unassigned: number;
  /** Members are sized by their activity and ringed by their traffic light. */
  sized?: boolean;
}

export function Legend({ entries, edgeKinds, onToggleEdgeKind, unassigned, sized = false }: LegendProps) {
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
      {sized && (
        <div className="legend-block">
          <h4>Traffic light (ring)</h4>
          <ul>
            {(['GREEN', 'AMBER', 'RED'] as const).map((light) => (
              <li key={light}>
                <span className="ring" style={{ borderColor: HEALTH_COLOURS[light] }} aria-hidden="true" />
                {light.toLowerCase()}
              </li>
            ))}
            <li className="muted small">bigger: more of the measure</li>
          </ul>
        </div>
      )}
      <div className="legend-block">
        <h4>Ties</h4>
        <ul>
          {EDGE_KINDS.filter((kind) => kind !== 'COMPETITION' || edgeKinds.includes(kind)).map((kind) => (
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
                    strokeDasharray={kind === 'SYNERGY' ? '4 3' : kind === 'COMPETITION' ? '1 3' : undefined}
                    strokeLinecap={kind === 'COMPETITION' ? 'round' : undefined}
                  />
                  {kind === 'REFERRAL' && <path d="M19 0 L26 4 L19 8 z" fill={EDGE_COLOURS[kind]} />}
                </svg>
                {EDGE_KIND_LABELS[kind]}
              </label>
            </li>
          ))}
        </ul>
      </div>
      {edgeKinds.includes('REFERRAL') && (
        <div className="legend-block">
          <h4>Referrals that</h4>
          <ul>
            {REFERRAL_OUTCOMES.map((outcome) => (
              <li key={outcome.key}>
                <svg width="26" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2="19"
                    y2="4"
                    stroke={REFERRAL_OUTCOME_COLOURS[outcome.key]}
                    strokeWidth="2.5"
                    strokeDasharray={outcome.key === 'stalled' ? '5 3' : undefined}
                  />
                  <path d="M19 0 L26 4 L19 8 z" fill={REFERRAL_OUTCOME_COLOURS[outcome.key]} />
                </svg>
                {outcome.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}

/** How a referral tie is drawn by how its referrals went (the worst shows: graph/style.ts). */
const REFERRAL_OUTCOMES = [
  { key: 'won', label: 'won' },
  { key: 'stalled', label: 'stalled' },
  { key: 'wentWrong', label: 'went wrong' },
] as const;
