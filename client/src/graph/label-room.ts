// Which members' labels to draw when not all of them fit: the best ranked first, each only where
// its label does not cover one already placed (cytoscape itself draws labels over each other).
// Pure, in screen pixels, so it can be tested without a browser.

export interface LabelCandidate {
  id: string;
  /** The member's centre on screen. */
  x: number;
  y: number;
  /** The label's lines ("Name", "Industry"). */
  lines: readonly string[];
  /** Drawn whatever the room (selected, hovered, an answer): placed first, and never dropped. */
  always?: boolean;
  /** This member's own distance to its label, px, when its size differs (sized by activity). */
  offsetPx?: number;
}

export interface LabelGeometry {
  /** Label font size on screen, px. */
  fontPx: number;
  /** Distance from the member's centre to the top of its label, px. */
  offsetPx: number;
  /** Widest a label line wraps at, px. */
  maxWidthPx: number;
  /** The visible area, px: a label cut by its edge is not drawn (a phone's narrow screen). */
  viewport?: { width: number; height: number };
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Average glyph width over font size for the UI font: an estimate, erring wide. */
const GLYPH_WIDTH = 0.56;
const LINE_HEIGHT = 1.25;
const GAP_PX = 3;

/** The screen box a label takes under its member. */
export function labelBox(candidate: LabelCandidate, geometry: LabelGeometry): Box {
  const { fontPx, maxWidthPx } = geometry;
  const offsetPx = candidate.offsetPx ?? geometry.offsetPx;
  const widest = Math.max(...candidate.lines.map((line) => line.length), 1) * fontPx * GLYPH_WIDTH;
  const width = Math.min(widest, maxWidthPx);
  // A line longer than the wrap width takes two.
  const lines = candidate.lines.reduce(
    (count, line) => count + Math.ceil((line.length * fontPx * GLYPH_WIDTH) / maxWidthPx || 1),
    0,
  );
  const top = candidate.y + offsetPx;
  return {
    x1: candidate.x - width / 2,
    y1: top,
    x2: candidate.x + width / 2,
    y2: top + lines * fontPx * LINE_HEIGHT,
  };
}

const cutByEdge = (box: Box, viewport: LabelGeometry['viewport']) =>
  Boolean(viewport) &&
  (box.x1 < 0 || box.y1 < 0 || box.x2 > (viewport?.width ?? 0) || box.y2 > (viewport?.height ?? 0));

const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 + GAP_PX && b.x1 < a.x2 + GAP_PX && a.y1 < b.y2 + GAP_PX && b.y1 < a.y2 + GAP_PX;

/**
 * The ids to label: those always labelled, then the others in the order given (best first), each
 * skipped where its label would overlap a label already placed or be cut by the viewport's edge.
 */
export function labelsWithRoom(candidates: readonly LabelCandidate[], geometry: LabelGeometry): Set<string> {
  const placed: Box[] = [];
  const chosen = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate.always) continue;
    placed.push(labelBox(candidate, geometry));
    chosen.add(candidate.id);
  }
  for (const candidate of candidates) {
    if (candidate.always) continue;
    const box = labelBox(candidate, geometry);
    if (cutByEdge(box, geometry.viewport) || placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    chosen.add(candidate.id);
  }
  return chosen;
}
