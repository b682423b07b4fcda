/**
 * Resolving what a member typed ("Who knows a mortgage broker?") to one industry.
 *
 * Order of precedence: name → synonym → a word of a name or synonym → fuzzy (full-text score).
 * Text is compared the way the full-text index reads it (its `english` analyzer): case- and
 * accent-folded, stop words dropped, each word reduced to its Porter stem, so "accountants",
 * "Accountant" and "accountant's" are one word and "cleaning" finds Commercial cleaning. Everyday
 * words that share no stem with the trade ("plumbing" for Plumber) are synonyms in the catalogue.
 * A word that several industries share ("designer", "broker", "coach") is ambiguous, with every
 * industry that has it. The fuzzy step (typos) trusts the index's ranking: the top candidate wins
 * unless the runner-up scores at least AMBIGUOUS_RATIO of it.
 */
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';

export interface IndustryCandidate {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
  /** Full-text (Lucene) score, 0 if not from full-text. */
  ftScore: number;
}

export const MATCH_KINDS = ['NAME', 'SYNONYM', 'WORD', 'FUZZY', 'NONE'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface IndustryMatchResult {
  industry: IndustryCandidate | null;
  matchedBy: MatchKind;
  /** The name or synonym that matched. */
  matchedText: string | null;
  ambiguous: boolean;
  /** Other plausible industries, best first: every other one when the text is ambiguous. */
  alternatives: IndustryCandidate[];
}

/** A runner-up scoring at least this share of the top full-text score makes the match ambiguous. */
export const AMBIGUOUS_RATIO = 0.8;
/** Full-text candidates scoring at least this share of the top are offered as alternatives. */
export const ALTERNATIVE_RATIO = 0.5;
export const MAX_ALTERNATIVES = 10;

// Longest first, so "someone in" is stripped before "someone" could be considered.
const LEADING_FILLERS = [
  'does anyone know',
  'does anybody know',
  'anyone who knows',
  'who knows',
  'who can recommend',
  'can anyone recommend',
  'i need',
  'we need',
  'looking for',
  'someone who does',
  'someone who is',
  'someone who',
  'someone for',
  'someone in',
  'someone',
  'anyone in',
  'anyone',
  'a good',
  'good',
  'a',
  'an',
  'the',
];

/** Words that follow a trade without naming one. */
const GENERIC_WORDS = new Set([
  'person',
  'people',
  'guy',
  'company',
  'firm',
  'service',
  'services',
  'specialist',
  'expert',
]);

/** Lower case without accents: "Café" and "cafe" are one word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, trimmed, question filler dropped ("who knows a", trailing "?"), spaces collapsed. */
export function normaliseIndustryText(text: string): string {
  let s = foldText(text).replace(/\s+/g, ' ').trim();
  s = s.replace(/[?!.\s]+$/, '');
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const filler of LEADING_FILLERS) {
      if (s === filler) break;
      if (s.startsWith(`${filler} `)) {
        s = s.slice(filler.length + 1).trimStart();
        stripped = true;
        break;
      }
    }
  }
  // "an IT person", "a cleaning company": the last word says nothing about the trade.
  const last = s.lastIndexOf(' ');
  if (last > 0 && GENERIC_WORDS.has(s.slice(last + 1))) s = s.slice(0, last);
  return s;
}

// The stop words of Lucene's English analyzer, which the full-text index drops too.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** The words of a text: folded, possessive 's dropped, split on anything but letters and digits. */
function allWords(text: string): string[] {
  return foldText(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The words the index keeps: all but the stop words ("IT support" is indexed as "support"). */
function words(text: string): string[] {
  return allWords(text).filter((word) => !STOP_WORDS.has(word));
}

/** The Porter stems of the words the index keeps, as its `english` analyzer makes them. */
function stems(text: string): string[] {
  return words(text).map((word) => stemmer(word));
}

/** Comparison key for a whole name or synonym: the stems of every word, stop words too ("IT"). */
function matchKey(text: string): string {
  return allWords(normaliseIndustryText(text))
    .map((word) => stemmer(word))
    .join(' ');
}

/**
 * How many edits a typed word may be from a catalogue word, by its length, as the full-text
 * query allows (see toFulltextQuery): short words must be exact.
 */
function editsAllowed(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/** The first of `labels` that has every stem of `wanted` among its own, or undefined. */
function labelWithWords(labels: string[], wanted: string[]): string | undefined {
  return labels.find((label) => {
    const own = new Set(stems(label));
    return wanted.every((stem) => own.has(stem));
  });
}

/** Whether every typed word is within a typo's reach of a word of one label, as typed or stemmed. */
function nearEveryWord(labels: string[], typed: string[]): boolean {
  return labels.some((label) => {
    const own = [...words(label), ...stems(label)];
    return typed.every((word) => {
      const stem = stemmer(word);
      return own.some(
        (candidate) =>
          distance(candidate, word) <= editsAllowed(word) || distance(candidate, stem) <= editsAllowed(stem),
      );
    });
  });
}

/** A candidate and the name or synonym that made it one. */
interface Hit {
  candidate: IndustryCandidate;
  label: string;
}

/** The first hit wins; several mean the text is ambiguous, and the others are its alternatives. */
function resultOf(matchedBy: MatchKind, hits: Hit[]): IndustryMatchResult | null {
  const [hit, ...others] = hits;
  if (!hit) return null;
  return {
    industry: hit.candidate,
    matchedBy,
    matchedText: hit.label,
    ambiguous: others.length > 0,
    alternatives: others.slice(0, MAX_ALTERNATIVES).map((other) => other.candidate),
  };
}

/** The candidates with a label that passes `test`, each with that label, best-scored first. */
function hitsAmong(
  candidates: IndustryCandidate[],
  labelsOf: (c: IndustryCandidate) => string[],
  test: (label: string) => boolean,
): Hit[] {
  return candidates.flatMap((candidate) => {
    const label = labelsOf(candidate).find(test);
    return label === undefined ? [] : [{ candidate, label }];
  });
}

export function chooseIndustryMatch(text: string, candidates: IndustryCandidate[]): IndustryMatchResult {
  const key = matchKey(text);
  if (key === '') return none([]);

  const byFtScore = [...candidates].sort(compareByFtScore);
  const names = (c: IndustryCandidate) => [c.name];
  const labels = (c: IndustryCandidate) => [c.name, ...c.synonyms];
  // Every word of the text in a name or synonym: one industry, or several that share the word.
  const wanted = stems(normaliseIndustryText(text));
  // A typo in each word: the industries whose name or a synonym has every word within reach.
  const typed = words(normaliseIndustryText(text));

  const matched =
    resultOf(
      'NAME',
      hitsAmong(byFtScore, names, (name) => matchKey(name) === key),
    ) ??
    resultOf(
      'SYNONYM',
      hitsAmong(
        byFtScore,
        (c) => c.synonyms,
        (synonym) => matchKey(synonym) === key,
      ),
    ) ??
    (wanted.length === 0
      ? null
      : resultOf(
          'WORD',
          hitsAmong(byFtScore, labels, (label) => labelWithWords([label], wanted) !== undefined),
        )) ??
    (typed.length === 0
      ? null
      : resultOf(
          'FUZZY',
          hitsAmong(byFtScore, labels, (label) => nearEveryWord([label], typed)).map((hit) => ({
            candidate: hit.candidate,
            label: hit.candidate.name,
          })),
        ));
  if (matched) return matched;

  const fuzzy = byFtScore.filter((c) => c.ftScore > 0);
  const [top, ...rest] = fuzzy;
  if (!top) return none([]);
  const second = rest[0];
  return {
    industry: top,
    matchedBy: 'FUZZY',
    matchedText: top.name,
    ambiguous: second !== undefined && second.ftScore / top.ftScore >= AMBIGUOUS_RATIO,
    alternatives: rest.filter((c) => c.ftScore / top.ftScore >= ALTERNATIVE_RATIO).slice(0, MAX_ALTERNATIVES),
  };
}

function none(alternatives: IndustryCandidate[]): IndustryMatchResult {
  return { industry: null, matchedBy: 'NONE', matchedText: null, ambiguous: false, alternatives };
}

function compareByFtScore(a: IndustryCandidate, b: IndustryCandidate): number {
  return (
    b.ftScore - a.ftScore || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

// Every character with a meaning in Lucene's classic query syntax (&& and || via & and |).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Backslash-escape Lucene query syntax so the text is searched for literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

/**
 * User text → a Lucene query for the industry full-text index, passed to Cypher as a parameter.
 *
 * Terms are the words of the normalised text (stop words dropped), so Lucene syntax characters
 * act as separators and never reach the parser as operators ("mortgage (broker)!" →
 * "mortgage mortgage~ broker broker~1"); each term is escaped anyway and lower-cased, so AND/OR/NOT
 * are plain words. Each word goes in twice: as itself, which the index's analyzer stems
 * ("cleaners" finds "cleaning"), and fuzzy for typos (a fuzzy term is not stemmed). Fuzziness
 * follows the word's length, since `~` allows two edits and would make a short word match almost
 * anything: ≤ 3 characters exact, 4–5 one edit (`~1`), longer two edits (`~`).
 * Returns '' when no term is left: the caller must then skip the index (Lucene rejects an empty query).
 */
export function toFulltextQuery(text: string): string {
  return words(normaliseIndustryText(text))
    .map((word) => {
      const term = escapeLucene(word);
      // The index holds stems, so a typo is sought near the typed word's stem.
      const fuzzy = (w: string) => (editsAllowed(w) === 0 ? '' : ` ${escapeLucene(w)}~${editsAllowed(w)}`);
      const stem = stemmer(word);
      return `${term}${fuzzy(word)}${stem === word ? '' : fuzzy(stem)}`;
    })
    .join(' ');
}
