/**
 * Resolving what a member typed ("Who knows a mortgage broker?") to one industry.
 *
 * Order of precedence: exact name → synonym → fuzzy (full-text score). Names and synonyms are
 * compared case-, space- and punctuation-insensitively, with simple plural tolerance
 * ("accountants" → Accountant). The fuzzy step trusts the full-text index's ranking: the top
 * candidate wins unless the runner-up scores at least AMBIGUOUS_RATIO of it.
 */

export interface IndustryCandidate {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
  /** Full-text (Lucene) score, 0 if not from full-text. */
  ftScore: number;
}

export interface IndustryMatchResult {
  industry: IndustryCandidate | null;
  matchedBy: 'NAME' | 'SYNONYM' | 'FUZZY' | 'NONE';
  /** The name or synonym that matched. */
  matchedText: string | null;
  ambiguous: boolean;
  /** Other plausible industries, best first, max 5. */
  alternatives: IndustryCandidate[];
}

/** A runner-up scoring at least this share of the top full-text score makes the match ambiguous. */
export const AMBIGUOUS_RATIO = 0.8;
/** Full-text candidates scoring at least this share of the top are offered as alternatives. */
export const ALTERNATIVE_RATIO = 0.5;
export const MAX_ALTERNATIVES = 5;

// Longest first, so "someone in" is stripped before "someone" could be considered.
const LEADING_FILLERS = [
  'does anyone know',
  'anyone who knows',
  'who knows',
  'looking for',
  'someone who is',
  'someone in',
  'anyone in',
  'a',
  'an',
  'the',
];

/** Lower-case, trim, drop question filler ("who knows a", trailing "?"), collapse spaces. */
export function normaliseIndustryText(text: string): string {
  let s = text.toLowerCase().replace(/\s+/g, ' ').trim();
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
  return s;
}

/** Comparison key: normalised, punctuation as spaces, every word singular. */
function matchKey(text: string): string {
  return normaliseIndustryText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .map(singular)
    .join(' ');
}

/** Naive English singular, applied to both sides of a comparison so it only has to be consistent. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sses|ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function chooseIndustryMatch(text: string, candidates: IndustryCandidate[]): IndustryMatchResult {
  const key = matchKey(text);
  if (key === '') return none([]);

  const byFtScore = [...candidates].sort(compareByFtScore);

  const byName = byFtScore.filter((c) => matchKey(c.name) === key);
  const [nameHit, ...otherNameHits] = byName;
  if (nameHit) {
    return {
      industry: nameHit,
      matchedBy: 'NAME',
      matchedText: nameHit.name,
      ambiguous: otherNameHits.length > 0,
      alternatives: otherNameHits.slice(0, MAX_ALTERNATIVES),
    };
  }

  const bySynonym = byFtScore.flatMap((c) => {
    const synonym = c.synonyms.find((s) => matchKey(s) === key);
    return synonym === undefined ? [] : [{ candidate: c, synonym }];
  });
  const [synonymHit, ...otherSynonymHits] = bySynonym;
  if (synonymHit) {
    return {
      industry: synonymHit.candidate,
      matchedBy: 'SYNONYM',
      matchedText: synonymHit.synonym,
      ambiguous: otherSynonymHits.length > 0,
      alternatives: otherSynonymHits.slice(0, MAX_ALTERNATIVES).map((h) => h.candidate),
    };
  }

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
 * Terms are the runs of letters and digits of the normalised text, so Lucene syntax characters
 * act as separators and never reach the parser as operators ("mortgage (broker)!" →
 * "mortgage~ broker~"); each term is escaped anyway and lower-cased, so AND/OR/NOT are plain
 * words. Fuzziness follows the term's length, since `~` allows two edits and would make a short
 * word match almost anything: ≤ 3 characters exact, 4–5 one edit (`~1`), longer two edits (`~`).
 * Returns '' when no term is left: the caller must then skip the index (Lucene rejects an empty query).
 */
export function toFulltextQuery(text: string): string {
  return normaliseIndustryText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map((t) => {
      const term = escapeLucene(t);
      if (t.length <= 3) return term;
      if (t.length <= 5) return `${term}~1`;
      return `${term}~`;
    })
    .join(' ');
}
