// A region as cytoscape elements (pure, runs in Node): each chapter one node, sized by its members
// and placed on a sunflower spiral, the largest at the centre, so the scene needs no layout run:
// positions are known before the first frame, the same on every load, and cost O(chapters).
import type { ElementDefinition } from 'cytoscape';
import type { RegionGraph } from '../api/types.ts';
import { counted } from '../text/format.ts';

/** The diameter of the smallest and the largest chapter node (graph units). */
const MIN_DIAMETER = 36;
const MAX_DIAMETER = 120;
/** Distance between neighbouring chapters on the spiral: room for the largest node and its label. */
const SPIRAL_STEP = 220;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** "Southside Connect · 34 members" (one member is "1 member"). */
export const chapterLabel = (name: string, members: number) => `${name} · ${counted(members, 'member')}`;

/** Area proportional to members, against the region's largest chapter. */
export function chapterDiameter(members: number, largest: number): number {
  if (largest <= 0) return MIN_DIAMETER;
  const share = Math.sqrt(Math.max(0, members) / largest);
  return Math.round(MIN_DIAMETER + (MAX_DIAMETER - MIN_DIAMETER) * share);
}

/** Edge width from the ties between two chapters: 1 for one tie, growing slowly after. */
export const tieWidth = (ties: number) => Math.min(10, Math.round((1 + 2 * Math.log2(1 + ties)) * 10) / 10);

/** The i-th place on a sunflower spiral: even spacing, whatever the count. */
export function spiralPosition(index: number): { x: number; y: number } {
  const radius = SPIRAL_STEP * Math.sqrt(index);
  const angle = index * GOLDEN_ANGLE;
  return { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
}

/** The chapters (in the server's order: the largest first) and their ties, positioned. */
export function regionElements(graph: RegionGraph): ElementDefinition[] {
  const largest = Math.max(0, ...graph.chapters.map((chapter) => chapter.memberCount));
  const shown = new Set(graph.chapters.map((chapter) => chapter.id));
  const nodes: ElementDefinition[] = graph.chapters.map((chapter, index) => ({
    group: 'nodes',
    data: {
      id: chapter.id,
      label: chapterLabel(chapter.name, chapter.memberCount),
      size: chapterDiameter(chapter.memberCount, largest),
      memberCount: chapter.memberCount,
      referralsGiven: chapter.referralsGiven,
    },
    position: spiralPosition(index),
    classes: 'chapter',
  }));
  const edges: ElementDefinition[] = graph.ties
    .filter((tie) => shown.has(tie.source) && shown.has(tie.target))
    .map((tie) => {
      const ties = tie.referrals + tie.oneToOnes;
      return {
        group: 'edges',
        data: {
          id: `tie:${tie.source}:${tie.target}`,
          source: tie.source,
          target: tie.target,
          ties,
          width: tieWidth(ties),
          referrals: tie.referrals,
          oneToOnes: tie.oneToOnes,
        },
        classes: 'chapter-tie',
      };
    });
  return [...nodes, ...edges];
}

/**
 * What the scene leaves out, in words, and where to find it; null when every chapter is drawn. The
 * header's group picker lists every group ("name · region"), these too.
 */
export function hiddenChaptersNote(graph: RegionGraph): string | null {
  const hidden = graph.hiddenChapters;
  if (hidden <= 0) return null;
  const one = hidden === 1;
  return (
    `${counted(hidden, 'smaller chapter')} ${one ? 'is' : 'are'} not drawn: a region scene shows its ` +
    `${graph.chapters.length} largest. Open ${one ? 'it' : 'them'} from the group picker at the top, ` +
    'which lists every chapter.'
  );
}

/** Room under a node for its label (two lines), in graph units. */
const LABEL_ROOM = 40;

/**
 * The zoom and pan that show every chapter (never closer than life size), from the positions and
 * sizes alone: cytoscape's own fit measures every label first, the slowest step of a scene.
 */
export function sceneViewport(
  elements: readonly ElementDefinition[],
  width: number,
  height: number,
  padding = 40,
): { zoom: number; pan: { x: number; y: number } } {
  const box = { left: 0, right: 0, top: 0, bottom: 0 };
  let first = true;
  for (const element of elements) {
    if (element.group !== 'nodes' || !element.position) continue;
    const half = Number(element.data.size ?? 0) / 2;
    const { x, y } = element.position;
    const edges = {
      left: x - half - LABEL_ROOM,
      right: x + half + LABEL_ROOM,
      top: y - half,
      bottom: y + half + LABEL_ROOM,
    };
    if (first) Object.assign(box, edges);
    else {
      box.left = Math.min(box.left, edges.left);
      box.right = Math.max(box.right, edges.right);
      box.top = Math.min(box.top, edges.top);
      box.bottom = Math.max(box.bottom, edges.bottom);
    }
    first = false;
  }
  const fit = Math.min(
    (width - 2 * padding) / Math.max(1, box.right - box.left),
    (height - 2 * padding) / Math.max(1, box.bottom - box.top),
  );
  const zoom = Math.max(0.05, Math.min(1, fit));
  const centre = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}
