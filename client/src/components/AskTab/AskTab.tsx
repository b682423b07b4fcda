// The Ask tab: who in the group knows the trade in the ask box, or how to ask.
import type { WhoKnowsResult } from '../../api/types.ts';
import type { QueryState } from '../../hooks/useQuery.ts';
import { AskResults } from '../AskResults/AskResults.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface AskTabProps {
  /** The trade asked about; null when nothing is asked. */
  askText: string | null;
  /** The question as the caller typed it, without "who knows a". */
  question: string;
  whoKnows: QueryState<WhoKnowsResult>;
  /** The answer being looked at on the graph (it stays in the list). */
  selectedId: string | null;
  /** Shows an answer on the graph; the list stays. */
  onInspect: (id: string) => void;
  /** Opens an answer's member panel. */
  onOpenMember: (id: string) => void;
  onAskInstead: (industryName: string) => void;
}

export function AskTab({
  askText,
  question,
  whoKnows,
  selectedId,
  onInspect,
  onOpenMember,
  onAskInstead,
}: AskTabProps) {
  if (!askText)
    return (
      <StateMessage kind="empty">
        Ask “who knows a mortgage broker”, or type an industry. Answers are ranked by how close the tie is,
        and their paths light up on the graph.
      </StateMessage>
    );
  if (whoKnows.error) return <StateMessage kind="error" error={whoKnows.error} onRetry={whoKnows.reload} />;
  if (!whoKnows.data) return <StateMessage kind="loading">Asking the group…</StateMessage>;
  return (
    <AskResults
      question={question}
      result={whoKnows.data}
      selectedId={selectedId}
      onInspect={onInspect}
      onOpenMember={onOpenMember}
      onAskInstead={onAskInstead}
    />
  );
}
