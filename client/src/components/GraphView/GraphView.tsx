// The one owner of the cytoscape instance (react-cytoscapejs style): created on mount, updated
// inside cy.batch() by diffing elements on data.id, destroyed on unmount. Everything else talks
// to it through props, callbacks and the imperative handle.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { GRAPH_STYLE } from '../../graph/style.ts';
import { contactPositions, diffElements } from '../../graph/to-elements.ts';

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface GraphViewHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** The current view as a PNG blob (the whole graph, at twice the screen resolution). */
  exportPng(): Promise<Blob>;
  /** Centres the view on a node without changing the zoom much. */
  centreOn(id: string): void;
  /** Zooms to show these nodes (a question's answers and paths). */
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
  ref?: Ref<GraphViewHandle>;
  label?: string;
}

const PAN_STEP = 60;

export function GraphView({ elements, onSelect, onExpand, onLayout, ref, label }: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const appliedRef = useRef<ElementDefinition[]>([]);
  // Callbacks live in refs so that the listeners bound once on mount always call the latest.
  const callbacks = useRef({ onSelect, onExpand, onLayout });
  callbacks.current = { onSelect, onExpand, onLayout };

  useEffect(() => {
    registerExtensions();
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: false,
    });
    cy.on('tap', 'node.member', (event) => callbacks.current.onSelect(event.target.id()));
    cy.on('tap', 'node.contact', (event) => callbacks.current.onSelect(event.target.data('ownerId')));
    cy.on('dbltap', 'node.member', (event) => callbacks.current.onExpand?.(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cyRef.current = cy;
    appliedRef.current = [];
    // cytoscape caches its container's size; the toolbar and legend arriving change it.
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
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

    if (!hadMembers && addedMembers.length > 0) {
      runLayout(cy, container, (timing) => callbacks.current.onLayout?.(timing));
    } else if (addedMembers.length > 0) {
      // A member joined an existing view: place them beside their neighbours; nobody else moves.
      for (const element of addedMembers) placeNearNeighbours(cy.getElementById(element.data.id as string));
    }
  }, [elements]);

  useImperativeHandle(
    ref,
    () => ({
      fit() {
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
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      },
      fitTo(ids: readonly string[]) {
        const cy = cyRef.current;
        if (!cy || ids.length === 0) return;
        let nodes = cy.collection();
        for (const id of ids) nodes = nodes.union(cy.getElementById(id));
        if (nodes.nonempty()) cy.animate({ fit: { eles: nodes, padding: 60 } }, { duration: 250 });
      },
      centreOn(id: string) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (cy && node?.nonempty()) cy.animate({ center: { eles: node } }, { duration: 200 });
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
    fit: true,
    padding: 30,
    nodeSeparation: 110,
    // Synergy ties are many and weak: long and loose, so the working ties shape the picture.
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.hasClass('synergy') ? 170 : 110),
    edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.hasClass('synergy') ? 0.1 : 0.45),
    nodeRepulsion: () => 25000,
    gravity: 0.3,
    numIter: nodes > 600 ? 1500 : 2500,
    packComponents: true,
    tile: true,
  } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    const layoutMs = Math.round(performance.now() - started);
    performance.mark('powergroups:layout-end');
    container.dataset.layoutMs = String(layoutMs);
    // The frame after the layout is the first one with the graph drawn: time to first render.
    requestAnimationFrame(() => {
      container.dataset.renderedAt = String(Math.round(performance.now()));
      container.dataset.layout = 'done';
    });
    done({ nodes, edges: cy.edges().length, layoutMs });
  });
  layout.run();
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
  const sum = { x, y };
  node.position({ x: sum.x / neighbours.length + 25, y: sum.y / neighbours.length + 25 });
}
