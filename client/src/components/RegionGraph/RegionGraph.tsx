// The chapters of a region, drawn. This owns a cytoscape instance of its own rather than going
// through GraphView: GraphView is the member graph's owner (fcose layout, label room, contacts,
// tooltips, export, a linked view), none of which a scene of chapter nodes uses, and the two are
// never on screen together. Here the positions come with the elements (graph/region-elements.ts),
// so the scene is drawn with the preset layout: no layout run, the same picture on every load.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { sceneViewport } from '../../graph/region-elements.ts';

export interface RegionGraphProps {
  elements: ElementDefinition[];
  onOpenChapter: (id: string) => void;
  label: string;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node.chapter',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': '#2F6F9F',
      'border-width': 3,
      'border-color': '#FFFFFF',
      label: 'data(label)',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'font-size': 13,
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      color: '#1F2937',
      'text-outline-color': '#FFFFFF',
      'text-outline-width': 2,
      // Labels too small to read are not drawn (nor measured): a national scene's first frame is
      // its nodes; zooming in, or the list of chapters beside, names them.
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.chapter:active', style: { 'overlay-opacity': 0.12 } },
  {
    selector: 'edge.chapter-tie',
    style: {
      width: 'data(width)',
      'line-color': '#9AA5B1',
      opacity: 0.7,
      'curve-style': 'straight',
    },
  },
];

export function RegionGraph({ elements, onOpenChapter, label }: RegionGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const openRef = useRef(onOpenChapter);
  openRef.current = onOpenChapter;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: STYLE,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', 'node.chapter', (event) => openRef.current(event.target.id()));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // A new scene replaces the old one whole: at most a few hundred nodes, positions precomputed.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    container.dataset.layout = 'running';
    // Marks for the render benchmark (test/browser/bench/render.mjs), as GraphView's layout marks.
    performance.mark('powergroups:region-scene-start');
    const started = performance.now();
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.resize();
    // Never closer than life size: three chapters are not a close-up.
    cy.viewport(sceneViewport(elements, cy.width(), cy.height()));
    container.dataset.layoutMs = String(Math.round(performance.now() - started));
    // The frame after the elements are in is the first one with the scene drawn (as GraphView marks it).
    const frame = requestAnimationFrame(() => {
      container.dataset.renderedAt = String(Math.round(performance.now()));
      container.dataset.layout = 'done';
    });
    return () => cancelAnimationFrame(frame);
  }, [elements]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="region-graph"
      role="img"
      aria-label={label}
    />
  );
}
