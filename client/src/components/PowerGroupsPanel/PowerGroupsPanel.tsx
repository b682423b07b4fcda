// Each curated power group as it stands in the group: members, gaps and whom to ask for an
// invite; beside them, the communities that the actual ties form.
import type { PowerGroupReport } from '../../api/types.ts';
import { powerGroupColours } from '../../graph/colours.ts';
import { downloadCsv, fileSlug } from '../../hooks/download.ts';
import { toCsv } from '../../text/csv.ts';

export interface PowerGroupsPanelProps {
  report: PowerGroupReport;
  onSelectMember: (id: string) => void;
  onFilterPowerGroup: (id: string) => void;
  activeFilter: readonly string[];
}

const STATUS_LABELS = { STRONG: 'Strong', PARTIAL: 'Partial', WEAK: 'Weak' } as const;

/** "Declan Ryan (2); Maeve Quinn (1)": who knows one of the industry, and how many. */
const couldInvite = (gap: PowerGroupReport['powerGroups'][number]['gaps'][number]) =>
  gap.inviters.map((inviter) => `${inviter.member.name} (${inviter.contacts})`).join('; ');

/** Every seat of every power group, filled or a gap, with who fills it or who could invite. */
export function powerGroupsCsv(report: PowerGroupReport): string {
  return toCsv(
    ['power group', 'status', 'industry', 'seat', 'members', 'could invite'],
    report.powerGroups.flatMap((standing) => [
      ...standing.filled.map((seat) => [
        standing.powerGroup.name,
        STATUS_LABELS[standing.status],
        seat.industry.name,
        'filled',
        seat.members.map((member) => member.name).join('; '),
        '',
      ]),
      ...standing.gaps.map((gap) => [
        standing.powerGroup.name,
        STATUS_LABELS[standing.status],
        gap.industry.name,
        'gap',
        '',
        couldInvite(gap),
      ]),
    ]),
  );
}

/** One row per gap: the power group, the industry it lacks, and who knows one to invite. */
export function gapsCsv(report: PowerGroupReport): string {
  return toCsv(
    ['power group', 'missing industry', 'could invite'],
    report.powerGroups.flatMap((standing) =>
      standing.gaps.map((gap) => [standing.powerGroup.name, gap.industry.name, couldInvite(gap)]),
    ),
  );
}

export function PowerGroupsPanel({
  report,
  onSelectMember,
  onFilterPowerGroup,
  activeFilter,
}: PowerGroupsPanelProps) {
  const colours = powerGroupColours(report.powerGroups.map((standing) => standing.powerGroup));
  if (report.powerGroups.length === 0)
    return <div className="state state-empty">No power groups are defined for this group yet.</div>;
  const fileStart = fileSlug(report.groupId.replace(/^grp-/, ''));
  const hasGaps = report.powerGroups.some((standing) => standing.gaps.length > 0);
  return (
    <div className="power-groups">
      <div className="list-actions">
        {hasGaps && (
          <button
            type="button"
            className="button small"
            onClick={() => downloadCsv(gapsCsv(report), `${fileStart}-gaps.csv`)}
          >
            Download gaps CSV
          </button>
        )}
        <button
          type="button"
          className="button small"
          onClick={() => downloadCsv(powerGroupsCsv(report), `${fileStart}-power-groups.csv`)}
        >
          Download CSV
        </button>
      </div>
      {report.powerGroups.map((standing) => (
        <section
          key={standing.powerGroup.id}
          className="pg-card"
          aria-labelledby={`pg-${standing.powerGroup.id}`}
        >
          <header>
            <span
              className="swatch"
              style={{ background: colours.get(standing.powerGroup.id) }}
              aria-hidden="true"
            />
            <h3 id={`pg-${standing.powerGroup.id}`}>{standing.powerGroup.name}</h3>
            <span className={`pg-status pg-${standing.status.toLowerCase()}`}>
              {STATUS_LABELS[standing.status]}
            </span>
            <button
              type="button"
              className="button small ghost"
              aria-pressed={activeFilter.includes(standing.powerGroup.id)}
              onClick={() => onFilterPowerGroup(standing.powerGroup.id)}
            >
              {activeFilter.includes(standing.powerGroup.id) ? 'Shown' : 'Show'}
            </button>
          </header>
          <div
            className="coverage"
            title={`${Math.round(standing.coverage * 100)}% of its industries filled`}
          >
            <span style={{ width: `${Math.round(standing.coverage * 100)}%` }} />
          </div>
          <ul className="seats">
            {standing.filled.map((seat) => (
              <li key={seat.industry.id}>
                <span className="seat-industry">{seat.industry.name}</span>
                <span>
                  {seat.members.map((member, index) => (
                    <span key={member.id}>
                      {index > 0 && ', '}
                      <button type="button" className="link" onClick={() => onSelectMember(member.id)}>
                        {member.name}
                      </button>
                    </span>
                  ))}
                </span>
              </li>
            ))}
            {standing.gaps.map((gap) => (
              <li key={gap.industry.id} className="gap">
                <span className="seat-industry">{gap.industry.name}</span>
                <span>
                  <span className="gap-tag">gap</span>
                  {gap.inviters.length === 0 ? (
                    <span className="muted"> nobody knows one yet</span>
                  ) : (
                    <>
                      <span className="muted"> could invite: </span>
                      {gap.inviters.map((inviter, index) => (
                        <span key={inviter.member.id}>
                          {index > 0 && ', '}
                          <button
                            type="button"
                            className="link"
                            onClick={() => onSelectMember(inviter.member.id)}
                          >
                            {inviter.member.name}
                          </button>
                          <span className="muted"> ({inviter.contacts})</span>
                        </span>
                      ))}
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="communities" aria-labelledby="communities-title">
        <h3 id="communities-title">Detected communities</h3>
        <p className="muted small">Who actually works together, found from one-to-ones and referrals.</p>
        {report.communities.length === 0 ? (
          <p className="muted">Not enough ties yet to find communities.</p>
        ) : (
          <ul>
            {report.communities.map((community) => (
              <li key={community.id} className="community">
                <div className="community-head">
                  <strong>Community {community.id + 1}</strong>
                  {community.bestMatch ? (
                    <span className="muted">
                      closest to {community.bestMatch.name}
                      {community.jaccard !== null && ` (${Math.round(community.jaccard * 100)}% overlap)`}
                    </span>
                  ) : (
                    <span className="muted">matches no curated power group</span>
                  )}
                </div>
                <div>
                  {community.members.map((member, index) => (
                    <span key={member.id}>
                      {index > 0 && ', '}
                      <button type="button" className="link" onClick={() => onSelectMember(member.id)}>
                        {member.name}
                      </button>
                    </span>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
