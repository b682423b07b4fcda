// The cytoscape stylesheet: how classes from to-elements.ts look. Labels keep a readable size on
// screen whatever the zoom (their size in graph units is the screen size over the zoom). The selected
// member and the hovered one are always labelled; GraphView marks (key-label) as many others as
// have room on screen: a question's answers first, then their paths, the circle, the best connected.
import type { StylesheetJson } from 'cytoscape';
import {
  EDGE_COLOURS,
  HEALTH_COLOURS,
  HIGHLIGHT_COLOUR,
  MAX_SLICES,
  REFERRAL_OUTCOME_COLOURS,
  SELECTED_COLOUR,
} from './colours.ts';

/** Labels are never drawn smaller than this on screen (CSS px), nor larger than LABEL_MAX_PX. */
export const LABEL_MIN_PX = 11;
const LABEL_MAX_PX = 15;
/** Where a label wraps, in graph units at the smallest label size (it grows with the font). */
export const LABEL_MAX_WIDTH = 130;

export interface LabelSettings {
  /** The current zoom, rounded (see GraphView): sizes are computed from it. */
  zoom: number;
}

/** Font size in graph units for a screen size between LABEL_MIN_PX and LABEL_MAX_PX. */
export function labelFontSize(zoom: number, base = LABEL_MIN_PX): number {
  const onScreen = Math.min(Math.max(base * zoom, base), LABEL_MAX_PX);
  return Math.round((onScreen / zoom) * 100) / 100;
}

const pie: Record<string, string> = {};
for (let index = 1; index <= MAX_SLICES; index++) {
  pie[`pie-${index}-background-color`] = `data(pie${index})`;
  pie[`pie-${index}-background-size`] = `data(pie${index}Size)`;
}

export function graphStyle({ zoom }: LabelSettings): StylesheetJson {
  const font = labelFontSize(zoom);
  const scale = font / LABEL_MIN_PX;
  return [
    {
      selector: 'node.member',
      style: {
        'background-color': 'data(colour)',
        width: 28,
        height: 28,
        label: '',
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(LABEL_MAX_WIDTH * scale)}px`,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'font-size': font,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        color: '#1F2937',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': Math.max(2, Math.round(2 * scale * 10) / 10),
        'text-outline-opacity': 0.9,
        'border-width': 2,
        'border-color': '#FFFFFF',
        'min-zoomed-font-size': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node.multi-group', style: { 'pie-size': '100%', ...pie } },
    {
      selector: 'node.member.key-label, node.member.selected, node.member.hovered',
      style: { label: 'data(display)' },
    },
    { selector: 'node.organiser', style: { shape: 'round-diamond', width: 32, height: 32 } },
    // Sized by the group's activity (graph/activity-sizes.ts), ringed by each member's traffic light.
    { selector: 'node.member.sized', style: { width: 'data(size)', height: 'data(size)' } },
    ...(['GREEN', 'AMBER', 'RED'] as const).map((light) => ({
      selector: `node.member.health-${light.toLowerCase()}`,
      style: { 'border-color': HEALTH_COLOURS[light], 'border-width': 3.5 },
    })),
    {
      selector: 'node.contact',
      style: {
        shape: 'round-rectangle',
        'background-color': '#FFFFFF',
        'border-width': 1.5,
        'border-color': '#6B7280',
        'border-style': 'dashed',
        width: 16,
        height: 16,
        label: 'data(display)',
        'text-wrap': 'wrap',
        'font-size': labelFontSize(zoom, 9),
        color: '#4B5563',
        'text-valign': 'bottom',
        'text-margin-y': 3,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 'data(width)',
        'line-color': EDGE_COLOURS.SYNERGY,
        opacity: 0.8,
        'font-size': labelFontSize(zoom, 10),
        'text-rotation': 'autorotate',
        'text-margin-y': -6 * scale,
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        color: '#374151',
      },
    },
    { selector: 'edge.labelled', style: { label: 'data(label)', 'z-index': 5 } },
    {
      selector: 'edge.synergy',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4], opacity: 0.55 },
    },
    {
      selector: 'edge.referral',
      style: {
        'line-color': EDGE_COLOURS.REFERRAL,
        'target-arrow-color': EDGE_COLOURS.REFERRAL,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
      },
    },
    // How the pair's referrals went; later rules win, so the worst news shows (stalled stays dashed).
    {
      selector: 'edge.referral.ref-won',
      style: {
        'line-color': REFERRAL_OUTCOME_COLOURS.won,
        'target-arrow-color': REFERRAL_OUTCOME_COLOURS.won,
      },
    },
    {
      selector: 'edge.referral.ref-stalled',
      style: {
        'line-color': REFERRAL_OUTCOME_COLOURS.stalled,
        'target-arrow-color': REFERRAL_OUTCOME_COLOURS.stalled,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
      },
    },
    {
      selector: 'edge.referral.ref-went-wrong',
      style: {
        'line-color': REFERRAL_OUTCOME_COLOURS.wentWrong,
        'target-arrow-color': REFERRAL_OUTCOME_COLOURS.wentWrong,
      },
    },
    { selector: 'edge.one-to-one', style: { 'line-color': EDGE_COLOURS.ONE_TO_ONE } },
    {
      // Dotted red, no arrow, never thinner than 2.5 px on screen: dots any finer blur to pink.
      selector: 'edge.competition',
      style: {
        'line-color': EDGE_COLOURS.COMPETITION,
        'line-style': 'dotted',
        'target-arrow-shape': 'none',
        width: Math.max(3, Math.round((2.5 / zoom) * 100) / 100),
        opacity: 1,
        'z-index': 4,
      },
    },
    { selector: 'edge.knows', style: { 'line-color': '#9CA3AF', 'line-style': 'dotted', opacity: 0.9 } },
    // Hidden, not display:none: the layout still sees every tie, so a filter in a link never changes
    // the picture.
    { selector: '.kind-off', style: { visibility: 'hidden', events: 'no' } },
    { selector: 'node.filtered-out', style: { opacity: 0.12, label: '', events: 'no' } },
    { selector: 'edge.filtered-out', style: { visibility: 'hidden', events: 'no' } },
    { selector: '.dimmed', style: { opacity: 0.2 } },
    { selector: 'node.dimmed', style: { label: '' } },
    { selector: 'node.faded', style: { opacity: 0.3 } },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    { selector: 'edge.neighbour', style: { opacity: 1, 'z-index': 8 } },
    { selector: 'node.hovered', style: { 'z-index': 40, opacity: 1 } },
    {
      selector: 'edge.hovered',
      style: {
        opacity: 1,
        'z-index': 40,
        'underlay-color': '#111827',
        'underlay-opacity': 0.12,
        'underlay-padding': 3,
      },
    },
    {
      selector: 'node.on-path',
      style: { 'border-color': HIGHLIGHT_COLOUR, 'border-width': 3, opacity: 1, 'z-index': 10 },
    },
    {
      selector: 'node.answer',
      style: {
        'border-color': HIGHLIGHT_COLOUR,
        'border-width': 5,
        width: 36,
        height: 36,
        opacity: 1,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': HIGHLIGHT_COLOUR,
        'target-arrow-color': HIGHLIGHT_COLOUR,
        'line-style': 'solid',
        opacity: 1,
        width: 4,
        'z-index': 10,
      },
    },
    { selector: 'edge.path-link', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
    {
      selector: 'node.selected',
      style: {
        'border-color': SELECTED_COLOUR,
        'border-width': 4,
        'overlay-color': SELECTED_COLOUR,
        'overlay-opacity': 0.08,
        'overlay-padding': 6,
        opacity: 1,
        'z-index': 30,
      },
    },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12 } },
  ];
}
