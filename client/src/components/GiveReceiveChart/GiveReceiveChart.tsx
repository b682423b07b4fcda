// Referrals given and received per member as diverging bars: received to the left, given to the
// right, one row a member, sorted from who gives most beyond what they receive to who receives most
// beyond what they give; those with neither are named beneath. SVG in real pixels (d3-array picks the axis's round numbers); the table
// under the charts holds the same figures for screen readers and for copying.
import { ticks } from 'd3-array';
import { EDGE_COLOURS } from '../../graph/colours.ts';
import { useWidth } from '../../hooks/useWidth.ts';

export interface GiveReceiveRow {
  id: string;
  name: string;
  given: number;
  received: number;
}

export interface GiveReceiveChartProps {
  rows: readonly GiveReceiveRow[];
  /** "in the last 3 months", for the chart's name. */
  periodWords: string;
}

const ROW = 20;
const BAR = 12;
const TOP = 34;
const GIVEN_COLOUR = EDGE_COLOURS.REFERRAL;
const RECEIVED_COLOUR = EDGE_COLOURS.ONE_TO_ONE;

/** Givers beyond what they receive first, then by what they give, then by name. */
export function byBalance(rows: readonly GiveReceiveRow[]): GiveReceiveRow[] {
  return [...rows].sort(
    (a, b) =>
      b.given - b.received - (a.given - a.received) || b.given - a.given || a.name.localeCompare(b.name),
  );
}

/** A name cut to fit a column of `width` px at 12 px type. */
function fitName(name: string, width: number): string {
  const room = Math.max(4, Math.floor(width / 6.6));
  return name.length <= room ? name : `${name.slice(0, room - 1)}…`;
}

export function GiveReceiveChart({ rows, periodWords }: GiveReceiveChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  // Those who neither gave nor received are named under the chart, not drawn as empty rows.
  const sorted = byBalance(rows.filter((row) => row.given > 0 || row.received > 0));
  const quiet = rows.filter((row) => row.given === 0 && row.received === 0);
  const most = Math.max(1, ...rows.flatMap((row) => [row.given, row.received]));
  const nameWidth = Math.min(150, Math.round(width * 0.34));
  const half = Math.max(40, (width - nameWidth - 12) / 2);
  const centre = nameWidth + 6 + half;
  const scale = (value: number) => (value / most) * (half - 16);
  const axis = ticks(0, most, Math.max(2, Math.min(4, Math.floor(half / 40)))).filter(Number.isInteger);
  const height = TOP + sorted.length * ROW + 4;
  const label =
    `Referrals given and received by each member ${periodWords}, as bars: received to the left, given ` +
    'to the right; those who give most beyond what they receive first. The table below has the same figures.';

  return (
    <div className="chart" ref={ref}>
      <svg width={width} height={height} role="img" aria-label={label}>
        <title>{label}</title>
        <text x={centre - 6} y={12} textAnchor="end" className="chart-key" fill={RECEIVED_COLOUR}>
          ◀ received
        </text>
        <text x={centre + 6} y={12} className="chart-key" fill={GIVEN_COLOUR}>
          given ▶
        </text>
        {axis.map((tick) => (
          <g key={tick} className="chart-axis">
            {[centre - scale(tick), centre + scale(tick)].map((x, side) => (
              <g key={side}>
                <line x1={x} x2={x} y1={TOP - 6} y2={height} />
                <text x={x} y={TOP - 9} textAnchor="middle">
                  {tick}
                </text>
              </g>
            ))}
          </g>
        ))}
        {sorted.map((row, index) => {
          const y = TOP + index * ROW;
          const mid = y + ROW / 2;
          return (
            <g key={row.id}>
              <text x={nameWidth} y={mid + 4} textAnchor="end" className="chart-name">
                {fitName(row.name, nameWidth)}
              </text>
              <rect
                x={centre - scale(row.received)}
                y={mid - BAR / 2}
                width={scale(row.received)}
                height={BAR}
                fill={RECEIVED_COLOUR}
                rx={2}
              />
              <rect
                x={centre}
                y={mid - BAR / 2}
                width={scale(row.given)}
                height={BAR}
                fill={GIVEN_COLOUR}
                rx={2}
              />
              {row.received > 0 && (
                <text
                  x={centre - scale(row.received) - 3}
                  y={mid + 4}
                  textAnchor="end"
                  className="chart-value"
                >
                  {row.received}
                </text>
              )}
              {row.given > 0 && (
                <text x={centre + scale(row.given) + 3} y={mid + 4} className="chart-value">
                  {row.given}
                </text>
              )}
            </g>
          );
        })}
        <line x1={centre} x2={centre} y1={TOP - 6} y2={height} className="chart-zero" />
      </svg>
      {quiet.length > 0 && (
        <p className="chart-quiet muted small">
          Neither gave nor received ({quiet.length}): {quiet.map((row) => row.name).join(', ')}
        </p>
      )}
    </div>
  );
}
