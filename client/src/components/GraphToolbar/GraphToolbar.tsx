// Filters above the graph, what they leave shown, and the export. Wraps onto a second row rather
// than pushing anything out of sight.
import { ACTIVITY_PERIOD_LABELS, type ActivityPeriod } from '@powergroups/rules';
import { useId } from 'react';
import { SIZE_MEASURE_LABELS, type SizeMeasure } from '../../graph/activity-sizes.ts';
import type { PictureFormat } from '../../hooks/useExportPicture.ts';

export interface GraphToolbarProps {
  powerGroups: readonly { id: string; name: string }[];
  industries: readonly { id: string; name: string }[];
  powerGroupFilter: readonly string[];
  industryFilter: readonly string[];
  onPowerGroupFilter: (ids: string[]) => void;
  onIndustryFilter: (ids: string[]) => void;
  /** Competition edges (red, dotted) between members who must never be suggested as partners. */
  showCompetition: boolean;
  onShowCompetition: (show: boolean) => void;
  highlighting: boolean;
  onClearHighlight: () => void;
  onExport: (format: PictureFormat) => void;
  shown: number;
  total: number;
  /** What members may be sized by (none offered to callers outside the group). */
  sizeMeasures: readonly SizeMeasure[];
  sizeBy: SizeMeasure;
  /** The period the sizes count over (the Activity tab's). */
  sizePeriod: ActivityPeriod;
  onSizeBy: (measure: SizeMeasure) => void;
}

export function GraphToolbar(props: GraphToolbarProps) {
  const pgId = useId();
  const industryId = useId();
  const sizeId = useId();
  const filtered = props.powerGroupFilter.length > 0 || props.industryFilter.length > 0;
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
      <label htmlFor={pgId} className="sr-only">
        Filter by power group
      </label>
      <select
        id={pgId}
        value={props.powerGroupFilter[0] ?? ''}
        onChange={(event) => props.onPowerGroupFilter(event.target.value ? [event.target.value] : [])}
      >
        <option value="">All power groups</option>
        {props.powerGroups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      <label htmlFor={industryId} className="sr-only">
        Filter by industry
      </label>
      <select
        id={industryId}
        value={props.industryFilter[0] ?? ''}
        onChange={(event) => props.onIndustryFilter(event.target.value ? [event.target.value] : [])}
      >
        <option value="">All industries</option>
        {props.industries.map((industry) => (
          <option key={industry.id} value={industry.id}>
            {industry.name}
          </option>
        ))}
      </select>
      {props.sizeMeasures.length > 0 && (
        <span className="size-by">
          <label htmlFor={sizeId}>Size by</label>
          <select
            id={sizeId}
            value={props.sizeBy}
            onChange={(event) => props.onSizeBy(event.target.value as SizeMeasure)}
            title={`Member sizes count the ${ACTIVITY_PERIOD_LABELS[props.sizePeriod].toLowerCase()} (the Activity tab’s period)`}
          >
            {props.sizeMeasures.map((measure) => (
              <option key={measure} value={measure}>
                {SIZE_MEASURE_LABELS[measure]}
              </option>
            ))}
          </select>
        </span>
      )}
      <label
        className="toggle show-competition"
        title="Red dotted lines join members whose industries compete"
      >
        <input
          type="checkbox"
          checked={props.showCompetition}
          onChange={(event) => props.onShowCompetition(event.target.checked)}
        />
        Show competition
      </label>
      {filtered && (
        <button
          type="button"
          className="button small ghost"
          onClick={() => {
            props.onPowerGroupFilter([]);
            props.onIndustryFilter([]);
          }}
        >
          Clear filters
        </button>
      )}
      {props.highlighting && (
        <button type="button" className="button small ghost" onClick={props.onClearHighlight}>
          Clear highlight
        </button>
      )}
      <span className="count muted" aria-live="polite">
        {props.shown === props.total ? `${props.total} members` : `${props.shown} of ${props.total} members`}
      </span>
      <span className="spacer" />
      <fieldset className="export-group" aria-label="Export the graph">
        <span className="muted small" aria-hidden="true">
          Export
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => props.onExport('png')}
          aria-label="Export PNG"
        >
          PNG
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => props.onExport('svg')}
          aria-label="Export SVG"
        >
          SVG
        </button>
      </fieldset>
    </div>
  );
}
