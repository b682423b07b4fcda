// The group month by month as columns: closed business for its organisers, or (for members, who
// do not see values) referrals given and won. SVG in real pixels with round-number gridlines
// (d3-array); "Show as a table" opens the same figures as text.
import { ticks } from 'd3-array';
import type { ActivityMonth } from '../../api/types.ts';
import { EDGE_COLOURS, REFERRAL_OUTCOME_COLOURS } from '../../graph/colours.ts';
import { useWidth } from '../../hooks/useWidth.ts';
import { formatMoney } from '../../text/format.ts';

export interface MonthChartProps {
  months: readonly ActivityMonth[];
  /** Columns of closed business (organisers); otherwise referrals given and won. */
  showValue: boolean;
  periodWords: string;
}

const HEIGHT = 170;
const TOP = 12;
const BOTTOM = 34;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov", with the year under January and the first month. */
function monthWords(month: string, first: boolean): [string, string] {
  const [year, number] = month.split('-');
  const index = Number(number) - 1;
  return [MONTH_NAMES[index] ?? month, first || index === 0 ? (year ?? '') : ''];
}

/** €12k, €800: short enough for an axis. */
function shortMoney(value: number): string {
  return value >= 1000 ? `€${Math.round(value / 100) / 10}k` : `€${value}`;
}

interface Series {
  key: 'valueWon' | 'given' | 'won';
  label: string;
  colour: string;
}

export function MonthChart({ months, showValue, periodWords }: MonthChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const series: Series[] = showValue
    ? [{ key: 'valueWon', label: 'Value won', colour: REFERRAL_OUTCOME_COLOURS.won }]
    : [
        { key: 'given', label: 'Given', colour: EDGE_COLOURS.REFERRAL },
        { key: 'won', label: 'Won', colour: REFERRAL_OUTCOME_COLOURS.won },
      ];
  const amountOf = (month: ActivityMonth, key: Series['key']) => month[key] ?? 0;
  // An empty period still gets a sensible axis: €0 to €100, or 0 to 1 referral.
  const most = Math.max(
    showValue ? 100 : 1,
    ...months.flatMap((month) => series.map((entry) => amountOf(month, entry.key))),
  );
  const axis = ticks(0, most, 4).filter(Number.isInteger);
  const ceiling = Math.max(most, axis.at(-1) ?? most);
  const left = showValue ? 44 : 26;
  const band = (width - left - 4) / Math.max(1, months.length);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (value / ceiling) * plot;
  const columnWidth = Math.max(2, Math.min(28, (band * 0.75) / series.length));
  const everyOther = band < 26;
  const format = (value: number) => (showValue ? formatMoney(value) : String(value));
  const title = showValue
    ? `Value won by month ${periodWords}, by the month each referral was given`
    : `Referrals given and won by month ${periodWords}`;

  return (
    <div className="chart" ref={ref}>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`${title}. “Show as a table” has the figures.`}
      >
        <title>{title}</title>
        {axis.map((tick) => (
          <g key={tick} className="chart-axis">
            <line x1={left} x2={width - 4} y1={y(tick)} y2={y(tick)} />
            <text x={left - 4} y={y(tick) + 4} textAnchor="end">
              {showValue ? shortMoney(tick) : tick}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const x = left + index * band + (band - columnWidth * series.length) / 2;
          const [name, year] = monthWords(month.month, index === 0);
          const labelled = !everyOther || index % 2 === 0 || year !== '';
          return (
            <g key={month.month}>
              {series.map((entry, position) => {
                const value = amountOf(month, entry.key);
                return (
                  <rect
                    key={entry.key}
                    x={x + position * columnWidth}
                    y={y(value)}
                    width={columnWidth - 1}
                    height={Math.max(0, TOP + plot - y(value))}
                    fill={entry.colour}
                    rx={1.5}
                  >
                    <title>{`${entry.label}, ${name} ${month.month.slice(0, 4)}: ${format(value)}`}</title>
                  </rect>
                );
              })}
              {labelled && (
                <text
                  x={left + index * band + band / 2}
                  y={HEIGHT - BOTTOM + 14}
                  textAnchor="middle"
                  className="chart-name"
                >
                  {name}
                </text>
              )}
              {labelled && year && (
                <text
                  x={left + index * band + band / 2}
                  y={HEIGHT - BOTTOM + 27}
                  textAnchor="middle"
                  className="chart-value"
                >
                  {year}
                </text>
              )}
            </g>
          );
        })}
        <line x1={left} x2={width - 4} y1={TOP + plot} y2={TOP + plot} className="chart-zero" />
      </svg>
      {series.length > 1 && (
        <p className="chart-keys small">
          {series.map((entry) => (
            <span key={entry.key}>
              <span className="dot" style={{ background: entry.colour }} aria-hidden="true" /> {entry.label}
            </span>
          ))}
        </p>
      )}
      <details className="chart-table">
        <summary className="small">Show as a table</summary>
        <table className="activity-table compact">
          <thead>
            <tr>
              <th scope="col">Month</th>
              {series.map((entry) => (
                <th key={entry.key} scope="col" className="num">
                  {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{month.month}</th>
                {series.map((entry) => (
                  <td key={entry.key} className="num">
                    {format(amountOf(month, entry.key))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
