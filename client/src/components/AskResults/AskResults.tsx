// The ranked answers to "who knows …", each with the path that leads to the industry.
import { aPersonIn } from '@powergroups/rules';
import type { PathStep, WhoKnowsResult } from '../../api/types.ts';
import { fileSlug } from '../../hooks/download.ts';
import { toCsv } from '../../text/csv.ts';
import { CsvButton } from '../CsvButton/CsvButton.tsx';

export interface AskResultsProps {
  question: string;
  result: WhoKnowsResult;
  /** The answer shown on the graph right now. */
  selectedId?: string | null;
  /** Shows an answer on the graph; the list stays where it is. */
  onInspect: (id: string) => void;
  /** Opens the answer's member panel. */
  onOpenMember: (id: string) => void;
  onAskInstead: (industryName: string) => void;
}

const MATCHED_BY: Record<string, string> = {
  NAME: 'by name',
  SYNONYM: 'as a synonym',
  WORD: 'by a word of',
  FUZZY: 'by a close spelling',
  PARTIAL: 'by some of the words, in',
};

const VIA: Record<string, string> = {
  ONE_TO_ONE: 'one-to-one with',
  REFERRAL: 'referral tie with',
  KNOWS: 'knows',
  IN_INDUSTRY: 'in',
};

/** How an answer is tied to the industry, as the list says it. */
const tieText = (hops: number) => (hops === 0 ? 'is one' : hops === 1 ? 'knows one' : `${hops} hops`);

/** A contact the caller may not see is "a contact". */
const stepLabel = (step: PathStep) => (step.kind === 'CONTACT' && !step.nodeId ? 'a contact' : step.label);

/** A path as one line: "Eimear Kelly → one-to-one with Declan Ryan → knows a contact → in …". */
function pathText(path: readonly PathStep[]): string {
  return path
    .map((step, index) =>
      index === 0 ? stepLabel(step) : `${VIA[step.via ?? ''] ?? ''} ${stepLabel(step)}`.trim(),
    )
    .join(' → ');
}

/** The ranked answers as the list shows them, closest tie first. */
export function whoKnowsCsv(result: WhoKnowsResult): string {
  return toCsv(
    ['rank', 'name', 'industry asked', 'tie', 'strength', 'reason', 'path'],
    result.answers.map((answer, index) => [
      index + 1,
      answer.member.name,
      result.match.industry?.name,
      tieText(answer.hops),
      Math.round(Math.min(answer.strength, 1) * 100),
      answer.reason,
      pathText(answer.path),
    ]),
  );
}

export function AskResults({
  question,
  result,
  selectedId = null,
  onInspect,
  onOpenMember,
  onAskInstead,
}: AskResultsProps) {
  const { match, answers } = result;
  return (
    <section className="ask-results" aria-label="Answers">
      {match.industry ? (
        <p className="match">
          “{question}” → <strong>{match.industry.name}</strong>
          {match.matchedBy !== 'NAME' && match.matchedBy !== 'NONE' && (
            <span className="muted">
              {' '}
              (matched {MATCHED_BY[match.matchedBy]}
              {match.matchedText ? ` “${match.matchedText}”` : ''})
            </span>
          )}
        </p>
      ) : (
        <p className="match">No industry matches “{question}”.</p>
      )}
      {(match.ambiguous || !match.industry) && match.alternatives.length > 0 && (
        <div className="alternatives">
          <span className="muted">{match.industry ? 'Or did you mean:' : 'Did you mean:'}</span>
          {match.alternatives.map((industry) => (
            <button
              key={industry.id}
              type="button"
              className="chip"
              onClick={() => onAskInstead(industry.name)}
            >
              {industry.name}
            </button>
          ))}
        </div>
      )}
      {match.industry && answers.length === 0 && (
        <div className="state state-empty" role="status">
          Nobody in this group is, or knows, {aPersonIn(match.industry.name)} yet. The graph is unchanged.
        </div>
      )}
      {answers.length > 0 && (
        <div className="section-head">
          <p className="hint">
            {answers.length === 1 ? 'One member answers' : `${answers.length} members answer`}, closest tie
            first. Choose one to see it on the graph.
          </p>
          <CsvButton
            what="the answers"
            fileName={`who-knows-${fileSlug(match.industry?.name ?? question)}.csv`}
            csv={() => whoKnowsCsv(result)}
          />
        </div>
      )}
      <ol className="answers">
        {answers.map((answer, index) => (
          <li
            key={`${answer.member.id}-${index}`}
            className={selectedId === answer.member.id ? 'current' : undefined}
          >
            <button
              type="button"
              className="answer"
              aria-pressed={selectedId === answer.member.id}
              onClick={() => onInspect(answer.member.id)}
            >
              <span className="rank">{index + 1}</span>
              <span className="answer-body">
                <span className="answer-head">
                  <strong>{answer.member.name}</strong>
                  <span className={`hops hops-${answer.hops}`}>{tieText(answer.hops)}</span>
                  <span className="strength" title="Relationship strength">
                    <span
                      className="strength-bar"
                      style={{ width: `${Math.round(Math.min(answer.strength, 1) * 100)}%` }}
                    />
                  </span>
                </span>
                <span className="reason">{answer.reason}</span>
                <PathChips path={answer.path} />
              </span>
            </button>
            {selectedId === answer.member.id && (
              <button
                type="button"
                className="button small open-member"
                onClick={() => onOpenMember(answer.member.id)}
              >
                Open {answer.member.name}’s panel
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PathChips({ path }: { path: readonly PathStep[] }) {
  return (
    <span className="path">
      {path.map((step, index) => (
        <span key={index} className="path-step">
          {index > 0 && <span className="via">{VIA[step.via ?? ''] ?? '→'}</span>}
          <span className={`step step-${step.kind.toLowerCase()}`}>{stepLabel(step)}</span>
        </span>
      ))}
    </span>
  );
}
