// The referral pipeline: every referral received in the group, for its organisers, or a member's
// own, given and received (the server's rule, referralPipeline). Filters by status, stalled,
// period and member; columns sort on the server (click a heading); pages come with a cursor
// ("Load more"); the rows loaded download as CSV. A stalled referral says how long it has waited.
import { OPEN_STATUSES } from '@powergroups/rules';
import { useId, useState } from 'react';
import type { Operations } from '../../api/operations.ts';
import type { PipelineOrderField, PipelineReferral, ReferralStatus } from '../../api/types.ts';
import { fileSlug } from '../../hooks/download.ts';
import { usePagedQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { toCsv } from '../../text/csv.ts';
import { formatDate, formatMoney } from '../../text/format.ts';
import { CsvButton } from '../CsvButton/CsvButton.tsx';
import type { MemberOption } from '../RecordReferralForm/RecordReferralForm.tsx';
import { STATUS_LABELS } from '../ReferralStatusForm/ReferralStatusForm.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

/** Referrals a page: a chapter's few weeks; "Load more" brings the next. */
const PIPELINE_PAGE_SIZE = 30;
/** The periods offered, in months back from today. */
const PIPELINE_PERIODS = [3, 6, 12] as const;

/** A status filter: any, the open ones together, or one status. */
type StatusChoice = '' | 'OPEN' | ReferralStatus;

interface PipelineFilters {
  status: StatusChoice;
  stalledOnly: boolean;
  /** 0: any time */
  months: 0 | (typeof PIPELINE_PERIODS)[number];
  /** '' : everyone */
  memberId: string;
}

interface PipelineSort {
  field: PipelineOrderField;
  direction: 'ASC' | 'DESC';
}

const NO_FILTERS: PipelineFilters = { status: '', stalledOnly: false, months: 0, memberId: '' };
const DEFAULT_SORT: PipelineSort = { field: 'UPDATED_AT', direction: 'DESC' };

type PipelineVariables = Parameters<Operations['referralPipeline']>[0];

/** What the filters and order ask the server for (filters left at "any" are left out). */
export function pipelineVariables(
  groupId: string,
  filters: PipelineFilters,
  sort: PipelineSort,
  after: string | null = null,
): PipelineVariables {
  const filter: NonNullable<PipelineVariables['filter']> = {};
  if (filters.status === 'OPEN') filter.statuses = [...OPEN_STATUSES];
  else if (filters.status) filter.statuses = [filters.status];
  if (filters.stalledOnly) filter.stalled = true;
  if (filters.months) filter.lastMonths = filters.months;
  if (filters.memberId) filter.memberId = filters.memberId;
  return {
    groupId,
    ...(Object.keys(filter).length ? { filter } : {}),
    orderBy: sort,
    first: PIPELINE_PAGE_SIZE,
    ...(after ? { after } : {}),
  };
}

/** The stalled flag's words: "stalled · 19 days without an update". */
const stalledWords = (days: number) => `stalled · ${days} ${days === 1 ? 'day' : 'days'} without an update`;

/** The referrals loaded, one row each, in the order shown. */
export function pipelineCsv(referrals: readonly PipelineReferral[]): string {
  return toCsv(
    ['given', 'last update', 'days without update', 'from', 'to', 'about', 'status', 'value', 'stalled'],
    referrals.map((referral) => [
      // ISO days, which every spreadsheet reads as dates.
      referral.createdAt.slice(0, 10),
      referral.updatedAt.slice(0, 10),
      referral.daysSinceUpdate,
      referral.giver.name,
      referral.receiver.name,
      referral.contact?.name,
      STATUS_LABELS[referral.status],
      referral.value,
      referral.stalled ? 'yes' : 'no',
    ]),
  );
}

/** The sortable columns: heading, server order, and which way a first click sorts. */
const COLUMNS: { label: string; field: PipelineOrderField; first: 'ASC' | 'DESC'; className?: string }[] = [
  { label: 'Status', field: 'STATUS', first: 'ASC' },
  { label: 'Value', field: 'VALUE', first: 'DESC', className: 'num' },
  { label: 'Given', field: 'CREATED_AT', first: 'DESC' },
  { label: 'Last update', field: 'UPDATED_AT', first: 'DESC' },
];

const STATUS_FILTERS: { value: StatusChoice; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'OPEN', label: 'Open' },
  ...(['OFFERED', 'CONTACTED', 'MEETING_BOOKED', 'WON', 'LOST', 'WENT_WRONG', 'WITHDRAWN'] as const).map(
    (status) => ({ value: status, label: STATUS_LABELS[status] }),
  ),
];

/** "20 Nov", with the year only when it is not this year's: the table's dates stay on one line. */
function shortDate(value: string, now = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-IE', {
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);

export interface ReferralPipelineProps {
  groupId: string;
  /** The group's members, for the member filter. */
  members: readonly MemberOption[];
  /** Shows a member on the graph (the pipeline stays open). */
  onInspectMember: (id: string) => void;
}

export function ReferralPipeline({ groupId, members, onInspectMember }: ReferralPipelineProps) {
  const { ops, me } = useSession();
  const [filters, setFilters] = useState<PipelineFilters>(NO_FILTERS);
  const [sort, setSort] = useState<PipelineSort>(DEFAULT_SORT);
  const id = useId();
  const organiser = me?.role === 'ORGANISER' && me.group?.id === groupId;
  const viewer = me?.id ?? 'anonymous';
  const asked = pipelineVariables(groupId, filters, sort);
  const pipeline = usePagedQuery(
    `pipeline:${groupId}:${viewer}:${JSON.stringify(asked)}`,
    (after) => ops.referralPipeline(pipelineVariables(groupId, filters, sort, after)),
    (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
    { keepAcross: `pipeline:${groupId}:${viewer}` },
  );
  const rows = pipeline.pages?.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [];
  const total = pipeline.pages?.[0]?.totalCount ?? 0;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const change = (patch: Partial<PipelineFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const sortBy = (field: PipelineOrderField, first: 'ASC' | 'DESC') =>
    setSort((current) =>
      current.field === field
        ? { field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' }
        : { field, direction: first },
    );
  const ariaSort = (field: PipelineOrderField) =>
    sort.field === field ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined;

  return (
    <section className="pipeline" aria-labelledby={`${id}-title`} aria-busy={pipeline.loading}>
      <div className="section-head">
        <h3 id={`${id}-title`}>{organiser ? 'Referral pipeline' : 'Your referrals'}</h3>
        {rows.length > 0 && (
          <CsvButton
            what={rows.length < total ? `the ${rows.length} referrals shown` : 'these referrals'}
            fileName={`${fileSlug(groupId.replace(/^grp-/, ''))}-referrals.csv`}
            csv={() => pipelineCsv(rows)}
          />
        )}
      </div>
      {!organiser && (
        <p className="muted small pipeline-note">
          The referrals you gave or received; the group’s organisers see everyone’s.
        </p>
      )}

      <fieldset className="pipeline-filters">
        <legend className="sr-only">Filter the referrals</legend>
        <label>
          <span className="sr-only">Status</span>
          <select
            value={filters.status}
            onChange={(event) => change({ status: event.target.value as StatusChoice })}
          >
            {STATUS_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sr-only">Period</span>
          <select
            value={filters.months}
            onChange={(event) => change({ months: Number(event.target.value) as PipelineFilters['months'] })}
          >
            <option value={0}>Any time</option>
            {PIPELINE_PERIODS.map((months) => (
              <option key={months} value={months}>
                Last {months} months
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="sr-only">{organiser ? 'Member' : 'With member'}</span>
          <select value={filters.memberId} onChange={(event) => change({ memberId: event.target.value })}>
            <option value="">{organiser ? 'Every member' : 'With anyone'}</option>
            {members
              .filter((member) => organiser || member.id !== me?.id)
              .map((member) => (
                <option key={member.id} value={member.id}>
                  {member.label}
                </option>
              ))}
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.stalledOnly}
            onChange={(event) => change({ stalledOnly: event.target.checked })}
          />
          Stalled only
        </label>
        {filtered && (
          <button type="button" className="link small" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </fieldset>

      {pipeline.error ? (
        <StateMessage kind="error" error={pipeline.error} onRetry={pipeline.reload} />
      ) : !pipeline.pages ? (
        <StateMessage kind="loading">Loading the referrals…</StateMessage>
      ) : rows.length === 0 ? (
        <StateMessage kind="empty">
          {filtered ? 'No referral matches these filters.' : 'No referrals yet.'}
        </StateMessage>
      ) : (
        <>
          <p className="muted small pipeline-count" aria-live="polite">
            {rows.length < total
              ? `${rows.length} of ${total} referrals`
              : `${total} referral${total === 1 ? '' : 's'}`}
          </p>
          <table className="pipeline-table">
            <thead>
              <tr>
                <th scope="col">Referral</th>
                {COLUMNS.map((column) => (
                  <th
                    key={column.field}
                    scope="col"
                    aria-sort={ariaSort(column.field)}
                    className={column.className}
                  >
                    <button type="button" className="sort" onClick={() => sortBy(column.field, column.first)}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {sort.field === column.field ? (sort.direction === 'ASC' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((referral) => (
                <tr key={referral.id} className={referral.stalled ? 'stalled' : undefined}>
                  <td className="pipeline-who">
                    <span className="pipeline-people">
                      <button
                        type="button"
                        className="link"
                        onClick={() => onInspectMember(referral.giver.id)}
                      >
                        {referral.giver.name}
                      </button>
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only"> to </span>
                      <button
                        type="button"
                        className="link"
                        onClick={() => onInspectMember(referral.receiver.id)}
                      >
                        {referral.receiver.name}
                      </button>
                    </span>
                    {referral.contact && <span className="muted small"> about {referral.contact.name}</span>}
                    {referral.stalled && (
                      <span className="stalled-flag small">{stalledWords(referral.daysSinceUpdate)}</span>
                    )}
                  </td>
                  <td data-label="Status">
                    <span className={`status status-${referral.status.toLowerCase()}`}>
                      {STATUS_LABELS[referral.status]}
                    </span>
                  </td>
                  <td data-label="Value" className="num">
                    {referral.value === null ? <span className="muted">—</span> : formatMoney(referral.value)}
                  </td>
                  <td data-label="Given" className="date" title={formatDate(referral.createdAt)}>
                    {shortDate(referral.createdAt)}
                  </td>
                  <td data-label="Last update" className="date" title={formatDate(referral.updatedAt)}>
                    {shortDate(referral.updatedAt)}
                    <span className="muted small pipeline-ago">{ago(referral.daysSinceUpdate)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pipeline.hasMore && (
            <div className="list-actions">
              <button
                type="button"
                className="button"
                disabled={pipeline.loadingMore}
                onClick={pipeline.loadMore}
              >
                {pipeline.loadingMore ? 'Loading…' : `Load more (${total - rows.length} left)`}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
