// Everything about one member: profile, who they want to meet, trust signals, suggested referral
// partners with reasons, whom they compete with (never suggested), referral history with status,
// and the one-to-ones to book.
import type { Operations } from '../../api/operations.ts';
import type { Member, PartnerAction, Referral } from '../../api/types.ts';
import { fileSlug } from '../../hooks/download.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { toCsv } from '../../text/csv.ts';
import { formatDate, formatMoney } from '../../text/format.ts';
import { CsvButton } from '../CsvButton/CsvButton.tsx';
import { InviteMember } from '../InviteMember/InviteMember.tsx';
import { PlannedOneToOnes } from '../PlannedOneToOnes/PlannedOneToOnes.tsx';
import { ReferralStatusForm, STATUS_LABELS } from '../ReferralStatusForm/ReferralStatusForm.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface MemberPanelProps {
  memberId: string;
  expanded: boolean;
  onSelectMember: (id: string) => void;
  onToggleExpand: (id: string) => void;
  onRecordReferral: (giverId: string, receiverId: string) => void;
  onBookOneToOne: (firstId: string, secondId: string) => void;
  onReferralUpdated: (referral: Referral) => void;
  /** After a booked one-to-one is marked held or cancelled: reload, and say so. */
  onOneToOneChanged: (message: string) => void;
}

const ACTION_LABELS: Record<PartnerAction, string> = {
  BOOK_ONE_TO_ONE: 'Book a one-to-one',
  PASS_REFERRAL: 'Pass a referral',
  FOLLOW_UP: 'Follow up',
};

/** One suggested referral partner, as the panel loads them. */
type PartnerSuggestion = Awaited<ReturnType<Operations['referralPartners']>>[number];

/** The suggested partners, best first, with the score (out of 100) and the reasons shown. */
export function partnersCsv(partners: readonly PartnerSuggestion[]): string {
  return toCsv(
    ['name', 'company', 'industry', 'score', 'next step', 'reasons'],
    partners.map((suggestion) => [
      suggestion.member.name,
      suggestion.member.company,
      suggestion.member.industry?.name,
      Math.round(suggestion.score * 100),
      suggestion.action ? ACTION_LABELS[suggestion.action] : '',
      suggestion.reasons.join('; '),
    ]),
  );
}

/** Why a member competes with this one, in plain words: "same industry: Accountant", "Bookkeeper competes with Accountant". */
function competitionWords(competitor: Member['competitors'][number]): string {
  if (competitor.why === 'SAME_INDUSTRY') return `same industry: ${competitor.industry.name}`;
  return `${competitor.industry.name} competes with ${competitor.competesWithIndustry.name}`;
}

/** A member's referrals, given and received: who to whom, about whom, and where each stands. */
export function referralsCsv(memberId: string, referrals: readonly Referral[]): string {
  return toCsv(
    ['date', 'direction', 'from', 'to', 'about', 'status', 'value', 'stalled'],
    referrals.map((referral) => [
      // The ISO day, which every spreadsheet reads as a date.
      referral.createdAt.slice(0, 10),
      referral.giver.id === memberId ? 'given' : 'received',
      referral.giver.name,
      referral.receiver.name,
      referral.contact?.name,
      STATUS_LABELS[referral.status],
      referral.value,
      referral.stalled ? 'yes' : 'no',
    ]),
  );
}

export function MemberPanel(props: MemberPanelProps) {
  const { memberId } = props;
  const { ops, me } = useSession();
  const member = useQuery(`member:${memberId}:${me?.id ?? ''}`, () => ops.member(memberId));
  const partners = useQuery(`partners:${memberId}:${me?.id ?? ''}`, () => ops.referralPartners(memberId, 6));
  const referrals = useQuery(`referrals:${memberId}:${me?.id ?? ''}`, () => ops.referrals({ memberId }));

  if (member.error) return <StateMessage kind="error" error={member.error} onRetry={member.reload} />;
  if (!member.data) {
    if (member.loading) return <StateMessage kind="loading">Loading the member…</StateMessage>;
    return (
      <StateMessage kind="empty">This member is not in the directory, or you may not see them.</StateMessage>
    );
  }
  const m = member.data;
  const isSelf = me?.id === m.id;
  const canWrite = Boolean(me);
  const actingId = me?.id ?? '';
  // Organisers invite the members of their own group to sign in (the server holds the same rule).
  const mayInvite = me?.role === 'ORGANISER' && Boolean(m.group) && me.group?.id === m.group?.id && !isSelf;

  return (
    <article className="member-panel" aria-labelledby="member-name">
      <header className="member-head">
        <div>
          <h2 id="member-name">
            {m.name}
            {m.role === 'ORGANISER' && <span className="badge">Organiser</span>}
          </h2>
          <p className="company">{m.company}</p>
          {m.industry && (
            <p className="industry">
              {m.industry.name} <span className="muted">· {m.industry.sector}</span>
            </p>
          )}
          <div className="chips">
            {m.powerGroups.map((group) => (
              <span key={group.id} className="chip pg">
                {group.name}
              </span>
            ))}
          </div>
        </div>
        <div className="head-actions">
          <button
            type="button"
            className="button small"
            onClick={() => props.onToggleExpand(m.id)}
            aria-pressed={props.expanded}
          >
            {props.expanded ? 'Collapse' : 'Expand'} neighbourhood
          </button>
        </div>
      </header>

      {canWrite && !isSelf && (
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => props.onRecordReferral(actingId, m.id)}
          >
            Record a referral to {firstName(m.name)}
          </button>
          <button type="button" className="button" onClick={() => props.onBookOneToOne(actingId, m.id)}>
            Book a one-to-one
          </button>
        </div>
      )}

      {mayInvite && <InviteMember memberId={m.id} name={firstName(m.name)} />}

      {(m.email || m.phone || m.joinedAt) && (
        <dl className="details">
          {m.email && (
            <>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${m.email}`}>{m.email}</a>
              </dd>
            </>
          )}
          {m.phone && (
            <>
              <dt>Phone</dt>
              <dd>{m.phone}</dd>
            </>
          )}
          {m.joinedAt && (
            <>
              <dt>Member since</dt>
              <dd>{formatDate(m.joinedAt)}</dd>
            </>
          )}
        </dl>
      )}
      {m.bio && <p className="bio">{m.bio}</p>}

      <section>
        <h3>Wants to meet</h3>
        {m.wantsToMeet.length ? (
          <ul className="chips">
            {m.wantsToMeet.map((text) => (
              <li key={text} className="chip want">
                {text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not said yet.</p>
        )}
        {m.doesNotWantToMeet.length > 0 && (
          <>
            <h4>Does not want to meet</h4>
            <ul className="chips">
              {m.doesNotWantToMeet.map((text) => (
                <li key={text} className="chip avoid">
                  {text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section>
        <h3>Trust signals</h3>
        <div className="stats">
          <Stat label="Given" value={m.stats.given} />
          <Stat label="Received" value={m.stats.received} />
          <Stat label="Won" value={m.stats.won} tone="good" />
          <Stat label="Stalled" value={m.stats.stalled} tone={m.stats.stalled ? 'warn' : undefined} />
          <Stat label="Went wrong" value={m.stats.wentWrong} tone={m.stats.wentWrong ? 'bad' : undefined} />
          <Stat label="One-to-ones" value={m.stats.oneToOnes} />
          {m.stats.valueWon !== null && <Stat label="Value won" value={formatMoney(m.stats.valueWon)} />}
        </div>
      </section>

      <PlannedOneToOnes memberId={m.id} meetings={m.plannedOneToOnes} onChanged={props.onOneToOneChanged} />

      <section>
        <div className="section-head">
          <h3>Suggested referral partners</h3>
          {partners.data && partners.data.length > 0 && (
            <CsvButton
              what={`${firstName(m.name)}’s suggested partners`}
              fileName={`${fileSlug(m.name)}-partners.csv`}
              csv={() => partnersCsv(partners.data ?? [])}
            />
          )}
        </div>
        {partners.error ? (
          <StateMessage kind="error" error={partners.error} onRetry={partners.reload} />
        ) : !partners.data ? (
          <StateMessage kind="loading" />
        ) : partners.data.length === 0 ? (
          <p className="muted">No non-competing partners in the group yet.</p>
        ) : (
          <ol className="partners">
            {partners.data.map((suggestion) => (
              <li key={suggestion.member.id}>
                <div className="partner-head">
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.onSelectMember(suggestion.member.id)}
                  >
                    {suggestion.member.name}
                  </button>
                  <span className="muted">{suggestion.member.industry?.name}</span>
                  <span className="score" title="Score out of 100">
                    {Math.round(suggestion.score * 100)}
                  </span>
                </div>
                <ul className="reasons">
                  {suggestion.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                {suggestion.action && canWrite && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      suggestion.action === 'PASS_REFERRAL'
                        ? props.onRecordReferral(isSelf ? m.id : actingId, suggestion.member.id)
                        : props.onBookOneToOne(isSelf ? m.id : actingId, suggestion.member.id)
                    }
                  >
                    {ACTION_LABELS[suggestion.action]}
                  </button>
                )}
                {suggestion.action && !canWrite && (
                  <span className="hint">{ACTION_LABELS[suggestion.action]}</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="competes-with">
        <h3 id="competes-with">Competes with</h3>
        {m.competitors.length === 0 ? (
          <p className="muted">Competes with nobody in this group.</p>
        ) : (
          <>
            <ul className="competitors">
              {m.competitors.map((competitor) => (
                <li key={competitor.member.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => props.onSelectMember(competitor.member.id)}
                  >
                    {competitor.member.name}
                  </button>
                  <span className="muted">{competitionWords(competitor)}</span>
                </li>
              ))}
            </ul>
            <p className="muted small">Never suggested as referral partners, either way.</p>
          </>
        )}
      </section>

      <section>
        <div className="section-head">
          <h3>Referral history</h3>
          {referrals.data && referrals.data.length > 0 && (
            <CsvButton
              what={`${firstName(m.name)}’s referral history`}
              fileName={`${fileSlug(m.name)}-referrals.csv`}
              csv={() => referralsCsv(m.id, referrals.data ?? [])}
            />
          )}
        </div>
        {referrals.error ? (
          <StateMessage kind="error" error={referrals.error} onRetry={referrals.reload} />
        ) : !referrals.data ? (
          <StateMessage kind="loading" />
        ) : referrals.data.length === 0 ? (
          <p className="muted">No referrals given or received yet.</p>
        ) : (
          <ul className="history">
            {referrals.data.map((referral) => (
              <li key={referral.id} className={referral.stalled ? 'stalled' : undefined}>
                <div className="history-head">
                  <span>
                    {referral.giver.id === m.id ? (
                      <>
                        to{' '}
                        <button
                          type="button"
                          className="link"
                          onClick={() => props.onSelectMember(referral.receiver.id)}
                        >
                          {referral.receiver.name}
                        </button>
                      </>
                    ) : (
                      <>
                        from{' '}
                        <button
                          type="button"
                          className="link"
                          onClick={() => props.onSelectMember(referral.giver.id)}
                        >
                          {referral.giver.name}
                        </button>
                      </>
                    )}
                    {referral.contact && <span className="muted"> · about {referral.contact.name}</span>}
                  </span>
                  <span className={`status status-${referral.status.toLowerCase()}`}>
                    {STATUS_LABELS[referral.status]}
                  </span>
                </div>
                <div className="history-meta muted">
                  {formatDate(referral.createdAt)}
                  {referral.value !== null && ` · ${formatMoney(referral.value)}`}
                  {referral.stalled && <span className="stalled-flag"> · stalled, no update in 14 days</span>}
                </div>
                {referral.statusChoices.length > 0 && (
                  <ReferralStatusForm referral={referral} onUpdated={props.onReferralUpdated} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {m.contacts.length > 0 && (
        <section>
          <h3>Contacts</h3>
          <p className="muted small">
            Visible to {isSelf ? 'you' : `${firstName(m.name)}`} and the organisers only.
          </p>
          <ul className="contacts">
            {m.contacts.map((contact) => (
              <li key={contact.id}>
                <span>{contact.name}</span>
                <span className="muted">{contact.industry?.name ?? 'private person'}</span>
                {contact.strength !== null && (
                  <span className="strength-dots" title={`Strength ${contact.strength} of 5`}>
                    {'●'.repeat(contact.strength)}
                    {'○'.repeat(Math.max(0, 5 - contact.strength))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Stat({
  label,
  value,
  tone,
}: {
  label: string;
  value: number | string;
  tone?: 'good' | 'warn' | 'bad' | undefined;
}) {
  return (
    <div className={`stat${tone ? ` ${tone}` : ''}`}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;
