// Each curated power group as it stands in the group: members, gaps with the people members know
// in them and how their invitations go (the visitor pipeline), and the industries nobody can reach;
// beside them, the communities that the actual ties form.
import { aPersonIn, CANDIDATE_STATUS_WORDS, candidateHistory } from '@powergroups/rules';
import type { GapContact, PowerGroupReport } from '../../api/types.ts';
import { powerGroupColours } from '../../graph/colours.ts';
import { downloadCsv, fileSlug } from '../../hooks/download.ts';
import { toCsv } from '../../text/csv.ts';
import { GapContacts, personLabel } from '../GapContacts/GapContacts.tsx';
import type { RosterDraft } from '../MemberForm/MemberForm.tsx';

export interface PowerGroupsPanelProps {
  report: PowerGroupReport;
  onSelectMember: (id: string) => void;
  onFilterPowerGroup: (id: string) => void;
  activeFilter: readonly string[];
  /** After a candidate is moved on: reload, and say what was done. */
  onWrite: (message: string) => void;
  /** For the group's organisers: add a candidate who joined to the roster. */
  onAddToRoster?: (draft: RosterDraft) => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
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

/** The people members know in each missing industry, by industry id. */
const peopleByIndustry = (report: PowerGroupReport): Map<string, readonly GapContact[]> =>
  new Map(report.gaps.map((gap) => [gap.industry.id, gap.contacts]));

/**
 * One row per gap and person members know in it (one row for a gap with nobody): the power group,
 * the industry it lacks, who could invite, the person (or "a contact of …" when the caller may not
 * know who), who knows them and how well, and their latest step in the visitor pipeline with its day.
 */
export function gapsCsv(report: PowerGroupReport): string {
  const people = peopleByIndustry(report);
  return toCsv(
    ['power group', 'missing industry', 'could invite', 'contact', 'known by', 'status', 'status on'],
    report.powerGroups.flatMap((standing) =>
      standing.gaps.flatMap((gap) => {
        const start = [standing.powerGroup.name, gap.industry.name, couldInvite(gap)];
        const known = people.get(gap.industry.id) ?? [];
        if (known.length === 0) return [[...start, '', '', '', '']];
        return known.map((person) => {
          const last = person.candidate ? candidateHistory(person.candidate).at(-1) : undefined;
          return [
            ...start,
            personLabel(person),
            person.knownBy.map((tie) => `${tie.member.name} (${tie.strength}/5)`).join('; '),
            last ? CANDIDATE_STATUS_WORDS[last.status] : '',
            last?.on ?? '',
          ];
        });
      }),
    ),
  );
}

export function PowerGroupsPanel({
  report,
  onSelectMember,
  onFilterPowerGroup,
  activeFilter,
  onWrite,
  onAddToRoster,
  today,
}: PowerGroupsPanelProps) {
  const colours = powerGroupColours(report.powerGroups.map((standing) => standing.powerGroup));
  if (report.powerGroups.length === 0)
    return <div className="state state-empty">No power groups are defined for this group yet.</div>;
  const fileStart = fileSlug(report.groupId.replace(/^grp-/, ''));
  const hasGaps = report.powerGroups.some((standing) => standing.gaps.length > 0);
  const people = peopleByIndustry(report);
  // Each industry nobody can reach once, with the power groups that lack it.
  const targets = new Map<string, { name: string; powerGroups: string[] }>();
  for (const standing of report.powerGroups)
    for (const industry of standing.recruitingTargets) {
      const target = targets.get(industry.id) ?? { name: industry.name, powerGroups: [] };
      target.powerGroups.push(standing.powerGroup.name);
      targets.set(industry.id, target);
    }
  return (
    <div className="power-groups">
      {targets.size > 0 && (
        <section className="recruiting" aria-labelledby="recruiting-title">
          <h3 id="recruiting-title">Recruiting targets</h3>
          <p className="muted small">
            Find candidates for these outside the members’ circles: a visitors’ day, other chapters, referral
            partners.
          </p>
          <ul>
            {[...targets].map(([id, target]) => (
              <li key={id}>
                <strong>{target.name}</strong>{' '}
                <span className="muted">
                  ({target.powerGroups.join(', ')}): nobody in the group is, or knows,{' '}
                  {aPersonIn(target.name)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
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
                  <MemberLinks members={seat.members} onSelectMember={onSelectMember} />
                </span>
              </li>
            ))}
            {standing.gaps.map((gap) => {
              const known = people.get(gap.industry.id) ?? [];
              return (
                <li key={gap.industry.id} className="gap">
                  <span className="seat-industry">{gap.industry.name}</span>
                  <span>
                    <span className="gap-tag">gap</span>
                    {gap.inviters.length === 0 ? (
                      <span className="muted">
                        {' '}
                        recruiting target: nobody in the group is, or knows, {aPersonIn(gap.industry.name)}
                      </span>
                    ) : (
                      <span className="muted">
                        {' '}
                        {gap.inviters.length === 1
                          ? 'one member knows'
                          : `${gap.inviters.length} members know`}{' '}
                        {known.length === 1 ? 'someone' : 'people'} to invite
                      </span>
                    )}
                  </span>
                  {known.length > 0 && (
                    <GapContacts
                      groupId={report.groupId}
                      industryName={gap.industry.name}
                      industryId={gap.industry.id}
                      people={known}
                      {...(onAddToRoster ? { onAddToRoster } : {})}
                      onSelectMember={onSelectMember}
                      onWrite={onWrite}
                      {...(today ? { today } : {})}
                    />
                  )}
                </li>
              );
            })}
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
                  <MemberLinks members={community.members} onSelectMember={onSelectMember} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** "Ann, Bob, Cian": each name opens that member. */
function MemberLinks({
  members,
  onSelectMember,
}: {
  members: readonly { id: string; name: string }[];
  onSelectMember: (id: string) => void;
}) {
  return members.map((member, index) => (
    <span key={member.id}>
      {index > 0 && ', '}
      <button type="button" className="link" onClick={() => onSelectMember(member.id)}>
        {member.name}
      </button>
    </span>
  ));
}
