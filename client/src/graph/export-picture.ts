// The graph as a picture to share: a title (the group), a line saying what and when, the drawing,
// and the legend underneath, as SVG text or a PNG. The layout is computed once here, in picture
// pixels, and drawn by both; framedSvg is pure (tested in Node), framedPng needs a canvas.
import type { Core } from 'cytoscape';

export interface PictureFrame {
  title: string;
  subtitle: string;
  legend: readonly { name: string; colour: string; members: number }[];
}

const HEADER = 64;
const PAD = 16;
/** Room round the drawing: a label at its edge is drawn a little lower or wider by some SVG viewers. */
const DRAWING_MARGIN = 16;
const LEGEND_ROW = 22;
const MIN_WIDTH = 480;
/** Rough width of a legend character at 12 px, erring wide so entries never touch. */
const CHAR = 7.2;

interface LegendItem {
  x: number;
  y: number;
  colour: string;
  text: string;
}

/** Where each legend entry goes under a drawing `width` wide, and the legend's height. */
export function legendLayout(legend: PictureFrame['legend'], width: number) {
  const items: LegendItem[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of legend) {
    const text = `${entry.name} ${entry.members}`;
    const itemWidth = 18 + text.length * CHAR + 18;
    if (x + itemWidth > width - PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    items.push({ x, y: row * LEGEND_ROW, colour: entry.colour, text });
    x += itemWidth;
  }
  return { items, height: legend.length ? (row + 1) * LEGEND_ROW + PAD : 0 };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[ch]};`);

const FONT = 'Inter, Segoe UI, system-ui, sans-serif';

/** Where the drawing and the legend go in a picture around a drawing of this size. */
function pictureLayout(graphWidth: number, graphHeight: number, frame: PictureFrame) {
  const width = Math.max(graphWidth + 2 * DRAWING_MARGIN, MIN_WIDTH);
  const legend = legendLayout(frame.legend, width);
  const legendTop = HEADER + graphHeight + DRAWING_MARGIN;
  return {
    width,
    height: legendTop + legend.height,
    drawingX: (width - graphWidth) / 2,
    legendTop,
    legend,
  };
}

// cytoscape draws its rounded polygons (the organisers' round diamonds) without starting a new
// path. On screen and in the PNG each shape is its own Path2D, so that does not matter; but
// cytoscape-svg draws on a context without Path2D, where the diamond became part of the path drawn
// just before it: that node took the diamond's colour and a spike joined the two (cytoscape-svg
// issue #8, "rounded shapes"). Starting a path first mends it.
interface SvgRenderer {
  drawRoundPolygonPath: (context: { beginPath?: () => void }, ...rest: unknown[]) => void;
  getPixelRatio: () => number;
}

/** The whole drawing as SVG text (cy.svg() of cytoscape-svg), at one SVG unit per graph unit. */
export function drawingSvg(cy: Core): string {
  const renderer = (cy as unknown as { renderer(): SvgRenderer }).renderer();
  const drawRoundPolygon = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = (context, ...rest) => {
    context.beginPath?.();
    drawRoundPolygon.call(renderer, context, ...rest);
  };
  try {
    // cytoscape-svg multiplies by the screen's pixel ratio; the picture's frame is in CSS pixels.
    const scale = 1 / (renderer.getPixelRatio() || 1);
    return (cy as Core & { svg(options: object): string }).svg({ full: true, scale, bg: '#ffffff' });
  } finally {
    renderer.drawRoundPolygonPath = drawRoundPolygon;
  }
}

/** The drawing's SVG (drawingSvg) inside a picture with the title above and the legend below. */
export function framedSvg(graphSvg: string, frame: PictureFrame): string {
  const body = graphSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/i, '');
  const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(body);
  const graphWidth = Number(size?.[1] ?? 800);
  const graphHeight = Number(size?.[2] ?? 600);
  const { width, height, drawingX, legendTop, legend } = pictureLayout(graphWidth, graphHeight, frame);
  const entries = legend.items
    .map(
      (item) =>
        `<circle cx="${item.x + 6}" cy="${legendTop + item.y + 6}" r="6" fill="${escapeXml(item.colour)}"/>` +
        `<text x="${item.x + 18}" y="${legendTop + item.y + 10}" font-size="12" fill="#1f2937">${escapeXml(item.text)}</text>`,
    )
    .join('');
  // A label that a viewer draws past the drawing's edge shows in the margin rather than being cut.
  const placed = body.replace(/^<svg/, `<svg x="${drawingX}" y="${HEADER}" overflow="visible"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="30" font-size="18" font-weight="600" fill="#1f2937">${escapeXml(frame.title)}</text>` +
    `<text x="${PAD}" y="50" font-size="12" fill="#6b7280">${escapeXml(frame.subtitle)}</text>` +
    `${placed}${entries}</svg>`
  );
}

/** The drawing's PNG (cy.png(), at `scale`) inside the same frame, as a PNG. */
export async function framedPng(graphPng: Blob, frame: PictureFrame, scale: number): Promise<Blob> {
  const image = await createImageBitmap(graphPng);
  const graphWidth = image.width / scale;
  const graphHeight = image.height / scale;
  const { width, height, drawingX, legendTop, legend } = pictureLayout(graphWidth, graphHeight, frame);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (no 2D canvas).');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#1f2937';
  context.font = `600 18px ${FONT}`;
  context.fillText(frame.title, PAD, 30);
  context.fillStyle = '#6b7280';
  context.font = `12px ${FONT}`;
  context.fillText(frame.subtitle, PAD, 50);
  context.drawImage(image, drawingX, HEADER, graphWidth, graphHeight);
  for (const item of legend.items) {
    context.fillStyle = item.colour;
    context.beginPath();
    context.arc(item.x + 6, legendTop + item.y + 6, 6, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#1f2937';
    context.fillText(item.text, item.x + 18, legendTop + item.y + 10);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))),
      'image/png',
    ),
  );
}
