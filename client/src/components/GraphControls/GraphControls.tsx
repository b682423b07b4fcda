// Zoom and fit, floating in the graph's corner like a map's: always on the graph itself, so no
// panel or wrapped toolbar can cover them, at any width.
export interface GraphControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

export function GraphControls({ onZoomIn, onZoomOut, onFit }: GraphControlsProps) {
  return (
    <fieldset className="graph-controls" aria-label="Zoom">
      <button
        type="button"
        className="map-button"
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        className="map-button"
        onClick={onZoomOut}
        aria-label="Zoom out"
        title="Zoom out (-)"
      >
        −
      </button>
      <button
        type="button"
        className="map-button fit"
        onClick={onFit}
        aria-label="Fit the graph to the screen"
        title="Fit to screen (0)"
      >
        Fit
      </button>
    </fieldset>
  );
}
