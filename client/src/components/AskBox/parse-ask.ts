// What a question in the ask box means: a member by name, or an industry to find who knows.
import { foldForSearch } from '../../text/words.ts';

export type AskIntent =
  | { kind: 'empty' }
  | { kind: 'member'; memberId: string; name: string }
  | { kind: 'industry'; text: string };

const QUESTION_PREFIX =
  /^(?:who|anyone|anybody|someone|somebody)\s+(?:in\s+(?:the|our)\s+group\s+)?(?:knows|know|can\s+introduce\s+me\s+to|could\s+introduce\s+me\s+to|has\s+a\s+contact\s+(?:in|at))(?:\s+|$)/i;
const ARTICLE = /^(?:a|an|the|any|some|good)(?:\s+|$)/i;

/** "Who knows a mortgage broker?" → "mortgage broker". */
export function stripQuestion(text: string): string {
  return text
    .trim()
    .replace(/[?.!]+$/, '')
    .replace(QUESTION_PREFIX, '')
    .replace(ARTICLE, '')
    .trim();
}

export function parseAsk(text: string, members: readonly { id: string; label: string }[]): AskIntent {
  const raw = text.trim().replace(/[?.!]+$/, '');
  if (!raw) return { kind: 'empty' };
  const subject = stripQuestion(raw);
  if (!subject) return { kind: 'empty' };
  for (const candidate of [raw, subject]) {
    const needle = foldForSearch(candidate);
    const exact = members.find((member) => foldForSearch(member.label) === needle);
    if (exact) return { kind: 'member', memberId: exact.id, name: exact.label };
  }
  // A name typed in part ("Aoife", "byrne") picks a member only when exactly one matches.
  if (subject === raw && raw.length >= 3) {
    const needle = foldForSearch(raw);
    const partial = members.filter((member) =>
      foldForSearch(member.label)
        .split(/\s+/)
        .some((word) => word.startsWith(needle)),
    );
    if (partial.length === 1 && partial[0])
      return { kind: 'member', memberId: partial[0].id, name: partial[0].label };
  }
  return { kind: 'industry', text: subject };
}
