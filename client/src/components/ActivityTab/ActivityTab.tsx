// Give and receive (issue #10): who in the group gives, who receives, what it won and who meets,
// over a period kept in the URL; each member's traffic light with its reasons, and the rules
// behind the lights written out from the same constants the server applies. Loaded on demand
// (SidePanel's React.lazy), so its charts cost nothing until the tab is opened.
import {
  ACTIVITY_PERIOD_LABELS,
  ACTIVITY_PERIODS,
  type ActivityPeriod,
  HEALTH_LIGHTS,
  type HealthLight,
  healthRulesInWords,
} from '@powergroups/rules';
import { Fragment, useId } from 'react';
import type { MemberActivity } from '../../api/types.ts';
import { HEALTH_COLOURS } from '../../graph/colours.ts';
import { fileSlug } from '../../hooks/download.ts';
import { useGroupActivity } from '../../hooks/useGroupActivity.ts';
import { formatMoney } from '../../text/format.ts';
import { CsvButton } from '../CsvButton/CsvButton.tsx';
import { GiveReceiveChart } from '../GiveReceiveChart/GiveReceiveChart.tsx';
import { MonthChart } from '../MonthChart/MonthChart.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';
import { activityCsv, LIGHT_WORDS } from './activity-csv.ts';

export interface ActivityTabProps {
  groupId: string;
  period: ActivityPeriod;
  onPeriod: (period: ActivityPeriod) => void;
  /** Shows a member on the graph (the tab stays open). */
  onInspectMember: (id: string) => void;
}

/** Red first, then amber, then green: who needs a word at the meeting; by name within a light. */
const LIGHT_ORDER: Record<HealthLight, number> = { RED: 0, AMBER: 1, GREEN: 2 };
const byLight = (a: MemberActivity, b: MemberActivity) =>
  LIGHT_ORDER[a.health.light] - LIGHT_ORDER[b.health.light] || a.member.name.localeCompare(b.member.name);

const periodWords = (period: ActivityPeriod) =>
  period === 'ALL_TIME' ? 'over all time' : `in the ${ACTIVITY_PERIOD_LABELS[period].toLowerCase()}`;

function Light({ light }: { light: HealthLight }) {
  return (
    <span className={`light light-${light.toLowerCase()}`}>
      <span className="light-dot" style={{ background: HEALTH_COLOURS[light] }} aria-hidden="true" />
      {LIGHT_WORDS[light]}
    </span>
  );
}

export function ActivityTab({ groupId, period, onPeriod, onInspectMember }: ActivityTabProps) {
  const id = useId();
  const activity = useGroupActivity(groupId, period);
  const rules = healthRulesInWords();
  const data = activity.data;
  const members = data ? [...data.members].sort(byLight) : [];
  const counts = Object.fromEntries(
    HEALTH_LIGHTS.map((light) => [light, members.filter((entry) => entry.health.light === light).length]),
  ) as Record<HealthLight, number>;
  const showValue = activity.organiser;

  return (
    <section className="activity" aria-labelledby={`${id}-title`} aria-busy={activity.loading}>
      <div className="section-head">
        <h3 id={`${id}-title`}>Give and receive</h3>
        {data && data.members.length > 0 && (
          <CsvButton
            what="each member’s activity"
            fileName={`${fileSlug(groupId.replace(/^grp-/, ''))}-activity-${fileSlug(period)}.csv`}
            csv={() => activityCsv({ ...data, members }, showValue)}
          />
        )}
      </div>
      <label className="activity-period">
        <span>Period</span>
        <select value={period} onChange={(event) => onPeriod(event.target.value as ActivityPeriod)}>
          {ACTIVITY_PERIODS.map((option) => (
            <option key={option} value={option}>
              {ACTIVITY_PERIOD_LABELS[option]}
            </option>
          ))}
        </select>
      </label>

      {activity.error ? (
        <StateMessage kind="error" error={activity.error} onRetry={activity.reload} />
      ) : !data ? (
        <StateMessage kind="loading">Loading the group’s activity…</StateMessage>
      ) : (
        <>
          <p className="activity-totals" aria-live="polite">
            <span>
              <strong>{data.totals.given}</strong> given
            </span>
            <span>
              <strong>{data.totals.won}</strong> won
              {data.totals.valueWon !== null && (
                <span className="muted"> ({formatMoney(data.totals.valueWon)})</span>
              )}
            </span>
            <span>
              <strong>{data.totals.oneToOnes}</strong> one-to-ones
            </span>
            {data.since && <span className="muted small">since {data.since}</span>}
          </p>

          <h4>Given and received, per member</h4>
          <GiveReceiveChart
            rows={data.members.map((entry) => ({
              id: entry.member.id,
              name: entry.member.name,
              given: entry.given,
              received: entry.received,
            }))}
            periodWords={periodWords(period)}
          />

          <h4>{showValue ? 'Value won, by month' : 'Given and won, by month'}</h4>
          <MonthChart months={data.months} showValue={showValue} periodWords={periodWords(period)} />

          <h4>Traffic lights</h4>
          <p className="muted small">
            {counts.RED} red · {counts.AMBER} amber · {counts.GREEN} green
          </p>
          <div className="table-scroll">
            <table className="activity-table lights">
              {/* Fixed widths: the reasons rows span them all without stretching one column. */}
              <colgroup>
                <col />
                <col className="col-count" />
                <col className="col-count" />
                <col className="col-count" />
                {showValue && <col className="col-money" />}
                <col className="col-count" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col" className="num" title="Referrals given">
                    Given
                  </th>
                  <th scope="col" className="num" title="Referrals received">
                    Rec’d
                  </th>
                  <th scope="col" className="num" title="Referrals received and won">
                    Won
                  </th>
                  {showValue && (
                    <th scope="col" className="num">
                      Value
                    </th>
                  )}
                  <th scope="col" className="num" title="One-to-ones held">
                    1-2-1
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((entry) => (
                  <Fragment key={entry.member.id}>
                    <tr className={`activity-row health-${entry.health.light.toLowerCase()}`}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link"
                          onClick={() => onInspectMember(entry.member.id)}
                        >
                          {entry.member.name}
                        </button>
                        <Light light={entry.health.light} />
                      </th>
                      <td className="num">{entry.given}</td>
                      <td className="num">{entry.received}</td>
                      <td className="num">{entry.won}</td>
                      {showValue && (
                        <td className="num">{entry.valueWon === null ? '—' : formatMoney(entry.valueWon)}</td>
                      )}
                      <td className="num">{entry.oneToOnes}</td>
                    </tr>
                    {/* The reasons take the row's whole width: on a phone the name column is narrow. */}
                    <tr className="reasons-row">
                      <td colSpan={showValue ? 6 : 5} className="activity-reasons small">
                        {entry.health.reasons.join('; ')}
                      </td>
                    </tr>
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {!showValue && (
            <p className="muted small">
              Closed business shows to the group’s organisers; your own is in your member panel.
            </p>
          )}

          <section className="health-rules" aria-labelledby={`${id}-rules`}>
            <h4 id={`${id}-rules`}>How the lights are set</h4>
            <ul>
              {HEALTH_LIGHTS.map((light) => (
                <li key={light}>
                  <Light light={light} /> {rules[light]}
                </li>
              ))}
            </ul>
            <p className="muted small">
              {rules.scale} Referrals count by the day they were given, as in the pipeline’s period filter.
            </p>
          </section>
        </>
      )}
    </section>
  );
}
