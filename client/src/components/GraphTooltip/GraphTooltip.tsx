// What the pointer is over on the graph, in words: a member (name, trade, power groups) or a tie
// (who, what kind, how many). Drawn by GraphView at the element's place on screen; it never takes
// the pointer, so it cannot get in the way of a click.
export interface GraphTooltipProps {
  /** Lines to show; the first is the heading. */
  lines: readonly string[];
  x: number;
  y: number;
  /** The size of the area it must stay inside. */
  bounds: { width: number; height: number };
}

const WIDTH = 260;

export function GraphTooltip({ lines, x, y, bounds }: GraphTooltipProps) {
  const [head, ...rest] = lines;
  // Above and to the right of the point, flipped to stay inside the graph.
  const left = Math.max(4, Math.min(x + 14, bounds.width - WIDTH - 4));
  const above = y > 90;
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      style={{ left, maxWidth: WIDTH, ...(above ? { bottom: bounds.height - y + 12 } : { top: y + 16 }) }}
    >
      <strong>{head}</strong>
      {rest.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}
