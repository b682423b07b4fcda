// The one owner of the cytoscape instance (react-cytoscapejs style): created on mount, updated
// inside cy.batch() by diffing elements on data.id, destroyed on unmount. Everything else talks
// to it through props, callbacks and the imperative handle.
import cytoscape, { type Core, type ElementDefinition, type EventObject, type NodeSingular } from 'cytoscape';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { drawingSvg } from '../../graph/export-picture.ts';
import { labelsWithRoom } from '../../graph/label-room.ts';
import {
  graphStyle,
  LABEL_MAX_WIDTH,
  LABEL_MIN_PX,
  type LabelSettings,
  labelFontSize,
} from '../../graph/style.ts';
import { clamp, contactPositions, diffElements } from '../../graph/to-elements.ts';
import { GraphTooltip } from '../GraphTooltip/GraphTooltip.tsx';

/**
 * The fcose layout and the SVG export, in a chunk of their own: fetched while a member graph's data
 * is on its way (GraphView asks on mount), never by the region view, which draws without them.
 * A graph is laid out, and so can be exported, only once they are in.
 */
let extensions: Promise<void> | undefined;
function loadExtensions(): Promise<void> {
  extensions ??= Promise.all([import('cytoscape-fcose'), import('cytoscape-svg')]).then(
    ([fcose, svg]) => {
      cytoscape.use(fcose.default);
      cytoscape.use(svg.default);
    },
    (error: unknown) => {
      // Not fetched (offline, a build replaced under the page): the next graph to mount asks again.
      extensions = undefined;
      throw error;
    },
  );
  return extensions;
}

/** Where the view is: the zoom and the graph point at the centre of the screen (size-independent). */
export interface GraphViewport {
  zoom: number;
  x: number;
  y: number;
}

export interface GraphViewHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** The whole graph as a PNG blob, at EXPORT_SCALE times the screen resolution. */
  exportPng(): Promise<Blob>;
  /** The whole graph as SVG text. */
  exportSvg(): string;
  /** Centres the view on a node, zooming in to where its label is readable if need be. */
  centreOn(id: string): void;
  /** Shows these nodes (a question's answers and paths), never closer than a readable zoom. */
  fitTo(ids: readonly string[]): void;
}

export interface LayoutTiming {
  nodes: number;
  edges: number;
  layoutMs: number;
}

export interface GraphViewProps {
  elements: ElementDefinition[];
  onSelect: (id: string | null) => void;
  onExpand?: (id: string) => void;
  onLayout?: (timing: LayoutTiming) => void;
  /** The view to open on instead of fitting the graph (from a link). */
  initialView?: GraphViewport | null;
  /** After the user (or a focus) moved the view, once it settles. */
  onViewChange?: (view: GraphViewport) => void;
  ref?: Ref<GraphViewHandle>;
  label?: string;
}

const PAN_STEP = 60;
/** PNG exports are drawn at this multiple of the screen resolution (sharp when printed). */
export const EXPORT_SCALE = 2;
/** Zoom at which a focused member is shown at least (its label and its neighbours' are legible). */
const FOCUS_ZOOM = 1;
/** Never closer than this when showing a question's answers: one answer is not a close-up. */
const MAX_FIT_ZOOM = 1.25;
const VIEW_SETTLE_MS = 400;
/** Half a member's width in the style (graph units). */
const MEMBER_RADIUS = 14;

export function GraphView({
  elements,
  onSelect,
  onExpand,
  onLayout,
  initialView,
  onViewChange,
  ref,
  label,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const appliedRef = useRef<ElementDefinition[]>([]);
  const [tooltip, setTooltip] = useState<{ lines: string[]; x: number; y: number } | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Callbacks live in refs so that the listeners bound once on mount always call the latest.
  const callbacks = useRef({ onSelect, onExpand, onLayout, onViewChange });
  callbacks.current = { onSelect, onExpand, onLayout, onViewChange };
  const initialViewRef = useRef(initialView);
  initialViewRef.current = initialView;
  // The member the view keeps in the middle when the stage changes size (a bottom sheet opening).
  const focusRef = useRef<string | null>(null);
  // Set on mount: element changes (a selection, an answer) move which labels have room.
  const scheduleLabelsRef = useRef<() => void>(() => {});

  useEffect(() => {
    void loadExtensions();
    const container = containerRef.current;
    if (!container) return;
    let labels: LabelSettings = { zoom: 1 };
    const cy = cytoscape({
      container,
      style: graphStyle(labels),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
    });

    // Labels follow the zoom: recomputed once a frame at most, restyled only when they change.
    let frame = 0;
    const updateLabels = () => {
      frame = 0;
      const zoom = roundedZoom(cy);
      if (zoom !== labels.zoom) {
        labels = { zoom };
        cy.style(graphStyle(labels));
      }
      const { labelled, shown } = markKeyLabels(cy, zoom);
      // For tests and the curious: how many of the members on screen carry their name.
      container.dataset.labels = `${labelled}/${shown}`;
    };
    const scheduleLabels = () => {
      if (!frame) frame = requestAnimationFrame(updateLabels);
    };
    scheduleLabelsRef.current = scheduleLabels;
    let settle: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      scheduleLabels();
      setTooltip(null);
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (container.dataset.layout === 'done' && cy.nodes().nonempty())
          callbacks.current.onViewChange?.(viewportOf(cy));
      }, VIEW_SETTLE_MS);
    });
    container.addEventListener('powergroups:laid-out', scheduleLabels);

    cy.on('tap', 'node.member', (event) => callbacks.current.onSelect(event.target.id()));
    cy.on('tap', 'node.contact', (event) => callbacks.current.onSelect(event.target.data('ownerId')));
    cy.on('dbltap', 'node.member', (event) => callbacks.current.onExpand?.(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        focusRef.current = null;
        callbacks.current.onSelect(null);
      }
    });
    const showTooltip = (event: EventObject) => {
      const target = event.target;
      const title = String(target.data('title') ?? '');
      if (!title) return;
      target.addClass('hovered');
      const point = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
      setTooltip({ lines: title.split('\n'), x: point.x, y: point.y });
    };
    const hideTooltip = (event: EventObject) => {
      event.target.removeClass('hovered');
      setTooltip(null);
    };
    cy.on('mouseover', 'node, edge', showTooltip);
    cy.on('mouseout', 'node, edge', hideTooltip);
    cy.on('tapstart', () => setTooltip(null));

    cyRef.current = cy;
    appliedRef.current = [];
    // cytoscape caches its container's size; the toolbar, legend and a bottom sheet change it.
    const observer = new ResizeObserver(() => {
      cy.resize();
      setSize({ width: container.clientWidth, height: container.clientHeight });
      const focus = focusRef.current ? cy.getElementById(focusRef.current) : null;
      if (focus?.nonempty()) cy.center(focus);
      scheduleLabels();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      clearTimeout(settle);
      if (frame) cancelAnimationFrame(frame);
      container.removeEventListener('powergroups:laid-out', scheduleLabels);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const { added, removed, changed } = diffElements(appliedRef.current, elements);
    appliedRef.current = elements;
    if (added.length === 0 && removed.length === 0 && changed.length === 0) return;

    const hadMembers = cy.nodes('.member').length > 0;
    const addedMembers = added.filter((element) => element.group === 'nodes' && hasClass(element, 'member'));
    cy.batch(() => {
      for (const id of removed) cy.getElementById(id).remove();
      for (const element of changed) {
        const existing = cy.getElementById(element.data.id as string);
        if (element.group === 'edges' && existing.data('source') !== element.data.source) {
          existing.remove();
          cy.add(element);
          continue;
        }
        existing.data(element.data);
        existing.classes(element.classes ?? '');
      }
      if (added.length) cy.add(added);
    });
    placeContacts(cy, added);
    scheduleLabelsRef.current();

    if (!hadMembers && addedMembers.length > 0) {
      void loadExtensions().then(() => {
        // Unmounted meanwhile: nothing to lay out.
        if (cyRef.current !== cy) return;
        runLayout(cy, container, (timing) => {
          const view = initialViewRef.current;
          const selected = cy.nodes('node.member.selected').first();
          if (view) applyViewport(cy, view);
          else {
            cy.fit(visibleElements(cy), 30);
            // A link to a member opens on them, close enough to read their circle.
            if (selected.nonempty() && cy.zoom() < FOCUS_ZOOM) {
              focusRef.current = selected.id();
              cy.viewport({ zoom: FOCUS_ZOOM, pan: panFor(cy, FOCUS_ZOOM, selected.position()) });
            }
          }
          container.dispatchEvent(new Event('powergroups:laid-out'));
          callbacks.current.onLayout?.(timing);
        });
      });
    } else if (addedMembers.length > 0) {
      // A member joined an existing view: place them beside their neighbours; nobody else moves.
      for (const element of addedMembers) placeNearNeighbours(cy.getElementById(element.data.id as string));
    }
  }, [elements]);

  useImperativeHandle(
    ref,
    () => ({
      fit() {
        focusRef.current = null;
        cyRef.current?.animate(
          { fit: { eles: visibleElements(cyRef.current), padding: 30 } },
          { duration: 200 },
        );
      },
      zoomBy(factor: number) {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      },
      async exportPng() {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not drawn yet.');
        return cy.png({ output: 'blob-promise', full: true, scale: EXPORT_SCALE, bg: '#ffffff' });
      },
      exportSvg() {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not drawn yet.');
        return drawingSvg(cy);
      },
      fitTo(ids: readonly string[]) {
        const cy = cyRef.current;
        if (!cy || ids.length === 0) return;
        let nodes = cy.collection();
        for (const id of ids) nodes = nodes.union(cy.getElementById(id));
        if (nodes.empty()) return;
        focusRef.current = null;
        const box = nodes.boundingBox({ includeLabels: true });
        const padding = 60;
        const fitZoom = Math.min(
          (cy.width() - 2 * padding) / Math.max(box.w, 1),
          (cy.height() - 2 * padding) / Math.max(box.h, 1),
        );
        const zoom = clamp(fitZoom, cy.minZoom(), MAX_FIT_ZOOM);
        cy.animate(
          { zoom, pan: panFor(cy, zoom, { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 }) },
          { duration: 250 },
        );
      },
      centreOn(id: string) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node?.nonempty()) return;
        focusRef.current = id;
        const zoom = Math.max(cy.zoom(), FOCUS_ZOOM);
        cy.animate({ zoom, pan: panFor(cy, zoom, node.position()) }, { duration: 200 });
      },
    }),
    [],
  );

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const pans: Record<string, { x: number; y: number }> = {
      ArrowLeft: { x: PAN_STEP, y: 0 },
      ArrowRight: { x: -PAN_STEP, y: 0 },
      ArrowUp: { x: 0, y: PAN_STEP },
      ArrowDown: { x: 0, y: -PAN_STEP },
    };
    const pan = pans[event.key];
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (pan) cy.panBy(pan);
    else if (event.key === '+' || event.key === '=')
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (event.key === '0') cy.fit(visibleElements(cy), 30);
    else return;
    event.preventDefault();
  }

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph"
        role="application"
        aria-label={label ?? 'Group graph. Arrow keys pan, plus and minus zoom, 0 fits the graph.'}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes arrow keys and +/-/0 to pan and zoom.
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      {tooltip && <GraphTooltip lines={tooltip.lines} x={tooltip.x} y={tooltip.y} bounds={size} />}
    </div>
  );
}

function hasClass(element: ElementDefinition, name: string): boolean {
  const classes = element.classes;
  const list = Array.isArray(classes) ? classes : (classes ?? '').split(' ');
  return list.includes(name);
}

function visibleElements(cy: Core) {
  const shown = cy.nodes('.member').not('.filtered-out');
  return shown.nonempty() ? shown : cy.elements();
}

/** The pan that puts a graph point in the middle of the screen at a zoom. */
function panFor(cy: Core, zoom: number, point: { x: number; y: number }) {
  return { x: cy.width() / 2 - point.x * zoom, y: cy.height() / 2 - point.y * zoom };
}

function viewportOf(cy: Core): GraphViewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    zoom: Math.round(zoom * 1000) / 1000,
    x: Math.round((cy.width() / 2 - pan.x) / zoom),
    y: Math.round((cy.height() / 2 - pan.y) / zoom),
  };
}

function applyViewport(cy: Core, view: GraphViewport) {
  const zoom = clamp(view.zoom, cy.minZoom(), cy.maxZoom());
  cy.viewport({ zoom, pan: panFor(cy, zoom, view) });
}

/** The zoom in steps of 10%, so that a pinch restyles the labels a few times, not every frame. */
function roundedZoom(cy: Core): number {
  const step = Math.log(1.1);
  return Math.round(Math.exp(Math.round(Math.log(cy.zoom()) / step) * step) * 1000) / 1000;
}

/** Members labelled whatever the room: the one selected and the one hovered. */
const ALWAYS_LABELLED = ['selected', 'hovered'];
/**
 * Labelled before anyone else where there is room, in this order: a question's answers, their
 * paths, the selected member's circle. (Answers are named in the Ask tab whatever the room.)
 */
const LABELLED_FIRST = ['answer', 'on-path', 'neighbour'];
const labelPriority = (node: NodeSingular) => {
  const index = LABELLED_FIRST.findIndex((name) => node.hasClass(name));
  return index < 0 ? LABELLED_FIRST.length : index;
};

/**
 * Marks with `key-label` the members on screen whose labels have room: those first in
 * LABELLED_FIRST, then the best connected, each only where it covers no label already placed.
 * Returns how many members on screen carry a label, of how many.
 */
function markKeyLabels(cy: Core, zoom: number): { labelled: number; shown: number } {
  const extent = cy.extent();
  const members = cy
    .nodes('.member')
    .toArray()
    .filter((node): node is NodeSingular => node.isNode())
    .filter((node) => !node.hasClass('filtered-out') && !node.hasClass('dimmed'))
    .filter((node) => {
      const { x, y } = node.position();
      return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
    })
    .sort(
      (a, b) =>
        labelPriority(a) - labelPriority(b) || Number(a.data('labelRank')) - Number(b.data('labelRank')),
    );
  const scale = cy.zoom();
  // The style's sizes (graph units, set for the rounded zoom) as they land on screen now.
  const font = labelFontSize(zoom);
  const chosen = labelsWithRoom(
    members.map((node) => {
      const point = node.renderedPosition();
      return {
        id: node.id(),
        x: point.x,
        y: point.y,
        lines: String(node.data('display') ?? '').split('\n'),
        always: ALWAYS_LABELLED.some((name) => node.hasClass(name)),
        // A member sized by activity has its label under its own edge.
        ...(node.hasClass('sized') ? { offsetPx: (Number(node.data('size')) / 2 + 4) * scale } : {}),
      };
    }),
    {
      fontPx: font * scale,
      offsetPx: (MEMBER_RADIUS + 4) * scale,
      maxWidthPx: LABEL_MAX_WIDTH * (font / LABEL_MIN_PX) * scale,
      viewport: { width: cy.width(), height: cy.height() },
    },
  );
  cy.batch(() => {
    cy.nodes('.member').forEach((node) => {
      if (chosen.has(node.id())) node.addClass('key-label');
      else node.removeClass('key-label');
    });
  });
  return { labelled: chosen.size, shown: members.length };
}

/**
 * fcose has no seed option and draws on Math.random (spectral sampling, where it puts pruned
 * leaves), so the same group would get a new picture on every load. A PRNG seeded from the
 * members' ids stands in for Math.random while the layout runs (it runs synchronously with
 * animate: false), so the same data always gives the same picture, on reload and through a link.
 */
function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  // mulberry32: tiny, fast, good enough for layout jitter.
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

function seedOf(cy: Core): number {
  let hash = 2166136261;
  for (const id of cy
    .nodes('.member')
    .map((node) => node.id())
    .sort()) {
    for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  }
  return hash >>> 0;
}

function runLayout(cy: Core, container: HTMLElement, done: (timing: LayoutTiming) => void) {
  cy.resize();
  const nodes = cy.nodes().length;
  container.dataset.layout = 'running';
  const started = performance.now();
  performance.mark('powergroups:layout-start');
  const layout = cy.layout({
    name: 'fcose',
    // Large regions get the faster settings; a chapter of 20–60 members gets the best layout.
    quality: nodes > 600 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    // GraphView fits (or opens the linked view) itself once the layout is done.
    fit: false,
    nodeSeparation: 90,
    // Synergy ties are many and weak: long and loose, so the working ties shape the picture.
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.hasClass('synergy') ? 140 : 95),
    edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.hasClass('synergy') ? 0.1 : 0.45),
    nodeRepulsion: () => 22000,
    gravity: 0.6,
    gravityRangeCompound: 1.5,
    numIter: nodes > 600 ? 1500 : 2500,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 40,
    tilingPaddingHorizontal: 40,
  } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    const layoutMs = Math.round(performance.now() - started);
    performance.mark('powergroups:layout-end');
    container.dataset.layoutMs = String(layoutMs);
    done({ nodes, edges: cy.edges().length, layoutMs });
    // The frame after the layout is the first one with the graph drawn: time to first render.
    requestAnimationFrame(() => {
      container.dataset.renderedAt = String(Math.round(performance.now()));
      container.dataset.layout = 'done';
    });
  });
  withSeededRandom(seedOf(cy), () => layout.run());
}

function placeContacts(cy: Core, added: ElementDefinition[]) {
  const byOwner = new Map<string, string[]>();
  for (const element of added) {
    if (element.group !== 'nodes' || !hasClass(element, 'contact')) continue;
    const owner = element.data.ownerId as string;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), element.data.id as string]);
  }
  for (const [owner, ids] of byOwner) {
    const centre = cy.getElementById(owner).position();
    for (const [id, position] of contactPositions(centre, ids)) cy.getElementById(id).position(position);
  }
}

function placeNearNeighbours(node: NodeSingular) {
  const neighbours = node.neighborhood('node.member').nodes();
  if (neighbours.empty()) return;
  let x = 0;
  let y = 0;
  neighbours.forEach((other) => {
    x += other.position('x');
    y += other.position('y');
  });
  node.position({ x: x / neighbours.length + 25, y: y / neighbours.length + 25 });
}
