// A member's booked one-to-ones, soonest first, each to mark held once the day has come or to
// cancel. Only held ones count as relationship strength; the server holds the rules
// (@powergroups/rules) and says why when it refuses.
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { OneToOne } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { formatDate } from '../../text/format.ts';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export interface PlannedOneToOnesProps {
  memberId: string;
  meetings: readonly OneToOne[];
  /** After a change: reload, and say what changed. */
  onChanged: (message: string) => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
}

export function PlannedOneToOnes({ memberId, meetings, onChanged, today }: PlannedOneToOnesProps) {
  const { ops, me } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const todayDate = today ?? new Date().toISOString().slice(0, 10);
  if (meetings.length === 0) return null;

  async function change(meeting: OneToOne, status: 'HELD' | 'CANCELLED', withName: string) {
    setBusy(meeting.id);
    setError(null);
    try {
      const outcome = unwrapResult(await ops.updateOneToOne({ oneToOneId: meeting.id, status }));
      if (outcome.ok)
        onChanged(
          status === 'HELD'
            ? `One-to-one with ${withName} marked held.`
            : `One-to-one with ${withName} cancelled.`,
        );
      else setError(Object.values(outcome.fieldErrors)[0] ?? outcome.message);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`planned-${memberId}`}>
      <h3 id={`planned-${memberId}`}>Booked one-to-ones</h3>
      <ul className="planned">
        {meetings.map((meeting) => {
          const other = meeting.members.find((member) => member.id !== memberId);
          const withName = other?.name ?? 'a member';
          const dayHasCome = meeting.on <= todayDate;
          return (
            <li key={meeting.id} className="planned-item">
              <span>
                With <strong>{withName}</strong> <span className="muted">on {formatDate(meeting.on)}</span>
              </span>
              {me && (
                <span className="planned-actions">
                  {dayHasCome && (
                    <button
                      type="button"
                      className="button small"
                      disabled={busy === meeting.id}
                      onClick={() => change(meeting, 'HELD', withName)}
                    >
                      Mark held
                    </button>
                  )}
                  <button
                    type="button"
                    className="button small ghost"
                    disabled={busy === meeting.id}
                    onClick={() => change(meeting, 'CANCELLED', withName)}
                    aria-label={`Cancel the one-to-one with ${withName} on ${meeting.on}`}
                  >
                    Cancel
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <FormStatus error={error} />
    </section>
  );
}
