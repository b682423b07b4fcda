// cytoscape-svg ships no types: an extension that adds cy.svg(), the drawing as SVG text.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const svg: Ext;
  export default svg;
}
