// The question in the ask box. A member's name opens that member; anything else asks the group who
// knows that trade, and the answers' paths light up on the graph. The question stays in the URL,
// so a shared link asks it again.
import { type RefObject, useCallback, useEffect, useMemo } from 'react';
import type { GroupGraph, WhoKnowsResult } from '../api/types.ts';
import { parseAsk } from '../components/AskBox/parse-ask.ts';
import type { GraphViewHandle } from '../components/GraphView/GraphView.tsx';
import { type PathHighlight, pathHighlight } from '../graph/to-elements.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { type QueryState, useQuery } from './useQuery.ts';
import type { SetUrlState } from './useUrlState.ts';

export interface AskOptions {
  ask: string;
  graph: GroupGraph | undefined;
  groupId: string | null;
  setUrl: SetUrlState;
  graphRef: RefObject<GraphViewHandle | null>;
}

export interface AskState {
  /** The trade asked about; null when the box is empty or names a member. */
  askText: string | null;
  whoKnows: QueryState<WhoKnowsResult>;
  highlight: PathHighlight | null;
  /** What the ask box sends: opens a member, asks the group, or clears the question. */
  submit: (text: string) => void;
}

export function useAsk({ ask, graph, groupId, setUrl, graphRef }: AskOptions): AskState {
  const { ops, me } = useSession();
  const viewer = me?.id ?? 'anonymous';
  const nodes = graph?.nodes;
  const intent = useMemo(() => parseAsk(ask, nodes ?? []), [ask, nodes]);
  const askText = intent.kind === 'industry' ? intent.text : null;
  const whoKnows = useQuery(groupId && askText ? `ask:${groupId}:${askText}:${viewer}` : null, () =>
    ops.whoKnows(askText ?? '', groupId ?? '', 2),
  );

  // A link may carry a member's name as the question (and names only resolve once the graph is
  // in): open that member then, in the middle of the view.
  useEffect(() => {
    if (intent.kind !== 'member') return;
    setUrl({ memberId: intent.memberId, tab: 'member', ask: '' });
    graphRef.current?.centreOn(intent.memberId);
  }, [intent, setUrl, graphRef]);

  // No answers, no highlight: the graph stays as it was and the Ask tab says why.
  const highlight = useMemo(
    () =>
      graph && whoKnows.data && askText && whoKnows.data.answers.length > 0
        ? pathHighlight(graph, whoKnows.data.answers)
        : null,
    [graph, whoKnows.data, askText],
  );

  // A new answer brings its members into view (once per answer, not on every refresh).
  const answerKey = highlight ? [...highlight.nodeIds].sort().join(',') : '';
  useEffect(() => {
    if (answerKey) graphRef.current?.fitTo(answerKey.split(','));
  }, [answerKey, graphRef]);

  const submit = useCallback(
    (text: string) => {
      const parsed = parseAsk(text, nodes ?? []);
      if (parsed.kind === 'empty') setUrl({ ask: '' });
      else if (parsed.kind === 'member') {
        setUrl({ memberId: parsed.memberId, tab: 'member', ask: '' });
        graphRef.current?.centreOn(parsed.memberId);
      } else setUrl({ ask: text.trim(), tab: 'ask' });
    },
    [nodes, setUrl, graphRef],
  );

  return { askText, whoKnows, highlight, submit };
}
