/**
 * Resolving what a member typed ("Who knows a mortgage broker?") to one industry.
 *
 * Order of precedence: the whole text as a name (NAME) or a synonym (SYNONYM) → every word of it in
 * one name or synonym (WORD) → what a request asks for before its "for …", the same way → every word
 * within a typo of one (FUZZY) → most of its words in one (PARTIAL) → none, with the industries that
 * hold some of its words as suggestions. The words of a request that name no trade ("find", "new")
 * do not choose, and a word some industry spells as typed is never read as a typo of another's.
 * Text is compared the way the full-text index reads it (its `english` analyzer): case- and
 * accent-folded, stop words dropped, each word reduced to its Porter stem, so "accountants",
 * "Accountant" and "accountant's" are one word and "cleaning" finds Commercial cleaning. Words of
 * one root the stemmer leaves apart count too ("painting" for a painter, "chiro"). Everyday words
 * that share no root with the trade ("plumbing" for Plumber, "sparky") are synonyms in the catalogue.
 * A word that several industries share ("designer", "broker", "coach") is ambiguous, with every
 * industry that has it. The full-text index only finds the candidates; the words choose among them.
 */
import { distance } from 'fastest-levenshtein';
import { LRUCache } from 'lru-cache';
import { stemmer } from 'stemmer';

export interface IndustryCandidate {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
  /** Full-text (Lucene) score, 0 if not from full-text. */
  ftScore: number;
}

export const MATCH_KINDS = ['NAME', 'SYNONYM', 'WORD', 'FUZZY', 'PARTIAL', 'NONE'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface IndustryMatchResult {
  industry: IndustryCandidate | null;
  matchedBy: MatchKind;
  /** The name or synonym that matched. */
  matchedText: string | null;
  ambiguous: boolean;
  /**
   * Other plausible industries, best first: every other one when the text is ambiguous; with NONE,
   * those holding some of its words (suggestions).
   */
  alternatives: IndustryCandidate[];
}

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
  'i would like',
  'i want',
  'we want',
  'looking for',
  'someone who does',
  'someone who is',
  'someone who',
  'someone for',
  'someone in',
  'someone to',
  'someone',
  'anyone in',
  'anyone',
  'a good',
  'good',
  'a',
  'an',
  'the',
  'to',
];

/** Words that follow a trade without naming one. */
const GENERIC_WORDS = new Set([
  'agency',
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
function withoutFiller(text: string): string {
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
  return s;
}

/** The text without a last word that names no trade: "an IT person", "a cleaning company". */
function withoutGenericWord(text: string): string {
  const last = text.lastIndexOf(' ');
  return last > 0 && GENERIC_WORDS.has(text.slice(last + 1)) ? text.slice(0, last) : text;
}

/** Folded, trimmed, question filler dropped ("who knows a", trailing "?") and a generic last word ("person"). */
export function normaliseIndustryText(text: string): string {
  return withoutGenericWord(withoutFiller(text));
}

// The stop words of Lucene's English analyzer, which the full-text index drops too.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * Words of a request that name no trade ("someone to do my taxes", "find a new sales manager",
 * "the wifi keeps dropping"), in any form ("getting", "makes"): the choice by words ignores them; a
 * name or synonym that holds one is still matched whole ("make a will").
 */
const QUESTION_STEMS = new Set(
  [
    'i me my we us our you your do did can could would please help need want get know',
    'someone anyone somebody anybody look try client keep',
    'find make buy send fix sort out recommend new cheap cheaper best local',
  ]
    .join(' ')
    .split(' ')
    .map((word) => stemmer(word)),
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

/** The words of a typed text that can name a trade: the index's words, question words left out. */
function tradeWords(text: string): WordForms[] {
  return words(text)
    .map(formsOf)
    .filter(({ stem }) => !QUESTION_STEMS.has(stem));
}

/** Comparison key for a whole name or synonym: the stems of every word, stop words too ("IT"). */
function keyOf(text: string): string {
  return allWords(text)
    .map((word) => stemmer(word))
    .join(' ');
}

/** How a name or synonym is read: as a text typed whole, or without its generic last word too. */
type ReadAs = 'whole' | 'normalised';
const READ: Record<ReadAs, (label: string) => string> = {
  whole: withoutFiller,
  normalised: normaliseIndustryText,
};

/** Labels recur from question to question: their keys and words are worked out once. */
const LABELS_KEPT = 10_000;
const keysRead = (readAs: ReadAs) =>
  new LRUCache<string, string>({ max: LABELS_KEPT, memoMethod: (label) => keyOf(READ[readAs](label)) });
const labelKeys: Record<ReadAs, LRUCache<string, string>> = {
  whole: keysRead('whole'),
  normalised: keysRead('normalised'),
};

/** A name's or synonym's key, read as the typed text was. */
function labelKey(label: string, readAs: ReadAs): string {
  return labelKeys[readAs].memo(label);
}

/**
 * How many edits the full-text query allows a typed word, by its length (see toFulltextQuery):
 * short words must be exact. The choice among the candidates is stricter (withinTypo).
 */
function editsAllowed(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/** How many edits the choice allows a typed word (see withinTypo): one up to seven letters. */
function typoEditsAllowed(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** The fewest letters a word must have to stand for a longer word it begins. */
const MIN_ROOT = 5;

/**
 * Whether two words grow from one root the stemmer does not see: the shorter, of MIN_ROOT letters
 * or more, begins the longer ("paint", stem of painting, and "painter"; "counsel" and "counsellor";
 * "chiro" and "chiropractor"; not "carpet" and "carpenter").
 */
function shareRoot(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_ROOT && longer.startsWith(shorter);
}

/**
 * A word's stem without the -er or -or of a trade's name, which the stemmer keeps on short words:
 * "planner" and "planning" are both "plan", "roofer" and "roofing" "roof". A root under four
 * letters stays its stem ("caterer" is "cater", not "cat").
 */
function rootOf(word: string): string {
  const stem = stemmer(word);
  const bare = /^(.+)(?:er|or)$/.exec(stem)?.[1];
  const root = bare && /([^aeiou])\1$/.test(bare) ? bare.slice(0, -1) : bare;
  return root && root.length >= 4 ? root : stem;
}

/** A word as written, as its stem and as its root. */
interface WordForms {
  word: string;
  stem: string;
  root: string;
}

const formsOf = (word: string): WordForms => ({ word, stem: stemmer(word), root: rootOf(word) });

const labelWordsKept = new LRUCache<string, WordForms[]>({
  max: LABELS_KEPT,
  memoMethod: (label) => words(label).map(formsOf),
});

/** The words of a name or synonym the index keeps, in all their forms. */
function labelWords(label: string): WordForms[] {
  return labelWordsKept.memo(label);
}

/** How closely a typed word is found among a label's words, from the closest; 0 when it is not. */
const LITERAL = 4; // as typed
const STEM = 3; // by its stem ("plumbers")
const ROOT = 2; // by a root the stemmer leaves apart ("painting", painter)
const SLIP = 1.5; // one letter off in a long word ("solisitor"): a slip, not another word
const TYPO = 1; // within a typo ("acountant")

/**
 * The fewest letters of a word one letter off that is surely a slip: from seven, a letter missing,
 * doubled or two swapped ("mortage", "lapptop", "anxeity"); from eight, any one letter ("solisitor").
 * A seven-letter word with one letter changed is often another word ("leaving" is not "leaking").
 */
const MIN_SLIP = 7;
const MIN_CHANGED_SLIP = 8;

/** The closest fit of a typed word among a label's words, looking no looser than `floor`. */
function fitOf(typed: WordForms, own: WordForms[], floor: number): number {
  const { word, stem, root } = typed;
  if (own.some((each) => each.word === word)) return LITERAL;
  if (own.some((each) => each.stem === stem)) return STEM;
  if (own.some((each) => each.root === root || shareRoot(each.word, word) || shareRoot(each.stem, stem)))
    return ROOT;
  if (floor > TYPO) return 0;
  if (word.length >= MIN_SLIP && own.some((each) => isSlip(each.word, word))) return SLIP;
  return own.some((each) => withinTypo(each.word, typed) || withinTypo(each.stem, typed)) ? TYPO : 0;
}

/**
 * Whether a catalogue word is a typo's reach from the typed word, as typed or stemmed. Stricter than
 * the index, which only finds candidates: two edits turn many a word of six or seven letters into
 * another ("tailor", tiler), so those get one, or two letters swapped ("buidler"); a catalogue word
 * of three letters or fewer must be typed as it is ("taxi" is not tax).
 */
function withinTypo(candidate: string, typed: WordForms): boolean {
  if (candidate.length <= 3) return false;
  return [typed.word, typed.stem].some((form) => {
    const edits = typoEditsAllowed(form);
    // The length alone rules most words out before counting edits.
    if (Math.abs(candidate.length - form.length) > edits) return false;
    return distance(candidate, form) <= edits || (edits > 0 && swapsTwoLetters(candidate, form));
  });
}

/** Whether a catalogue word is one letter off the typed word (see MIN_SLIP). */
function isSlip(candidate: string, typed: string): boolean {
  const added = Math.abs(candidate.length - typed.length);
  if (added > 1) return false;
  if (added === 0 && typed.length < MIN_CHANGED_SLIP) return swapsTwoLetters(candidate, typed);
  return distance(candidate, typed) === 1 || swapsTwoLetters(candidate, typed);
}

/** Whether two words differ only by two neighbouring letters swapped ("buidler", builder). */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** A candidate and the name or synonym that made it one. */
interface Hit {
  candidate: IndustryCandidate;
  label: string;
}

/**
 * A candidate with how each typed word is found among its labels (the closest label's fit), and
 * how closely one label alone holds them all (0 when none does).
 */
interface Reading {
  hit: Hit;
  fits: number[];
  together: number;
}

/**
 * Each candidate's fit for each typed word, over its name and synonyms together ("tax accountant":
 * Accountant and "tax advisor"). Its label is the one that holds the words most closely, or most
 * of them.
 */
function readingsOf(candidates: IndustryCandidate[], typed: WordForms[], floor: number): Reading[] {
  return candidates.map((candidate) => {
    const fits = typed.map(() => 0);
    let label = candidate.name;
    let together = 0; // how closely the label holds every word
    let held = 0; // how many of the words it holds
    for (const each of [candidate.name, ...candidate.synonyms]) {
      const own = labelWords(each);
      const here = typed.map((word, i) => {
        const fit = fitOf(word, own, floor);
        if (fit > (fits[i] ?? 0)) fits[i] = fit;
        return fit;
      });
      const closeness = Math.min(...here);
      const count = here.filter((fit) => fit > 0).length;
      if (closeness > together || (closeness === together && count > held)) {
        [label, together, held] = [each, closeness, count];
      }
    }
    return { hit: { candidate, label }, fits, together };
  });
}

/**
 * The first of `best` wins; several best mean the text is ambiguous. The other best, then
 * `others` (plausible, but a looser fit), are its alternatives.
 */
function resultOf(matchedBy: MatchKind, best: Hit[], others: Hit[] = []): IndustryMatchResult | null {
  const [hit, ...rest] = best;
  if (!hit) return null;
  return {
    industry: hit.candidate,
    matchedBy,
    matchedText: hit.label,
    ambiguous: rest.length > 0,
    alternatives: [...rest, ...others].slice(0, MAX_ALTERNATIVES).map((other) => other.candidate),
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

/**
 * The readings that hold every word at least as closely as `floor`, the closest first: one label
 * holding them all before several together ("cleaning contractor" is contract cleaning, not a roofer's
 * gutter cleaning and roofing contractor), then by the loosest word's fit.
 */
function holdingEveryWord(readings: Reading[], floor: number): { hit: Hit; fit: number }[] {
  return readings
    .map(({ hit, fits, together }) => ({ hit, loosest: Math.min(...fits), together }))
    .filter(({ loosest }) => loosest >= floor)
    .map(({ hit, loosest, together }) => ({ hit, fit: together * (LITERAL + 1) + loosest }))
    .sort((a, b) => b.fit - a.fit);
}

/** The closest of `held` win (ambiguous when several tie); the looser ones are alternatives. */
function closestOf(matchedBy: MatchKind, held: { hit: Hit; fit: number }[]): IndustryMatchResult | null {
  const closest = held[0]?.fit;
  return resultOf(
    matchedBy,
    held.filter(({ fit }) => fit === closest).map(({ hit }) => hit),
    held.filter(({ fit }) => fit !== closest).map(({ hit }) => hit),
  );
}

/**
 * The whole text as a name or a synonym (each read as the text was), or every word of it
 * in the names and synonyms of one industry (WORD): words as typed rank before words that only
 * share a stem ("fitness" is a fitness coach before fitted kitchens), and those before words of
 * one root ("painting" for a painter).
 */
function wholeMatch(
  text: string,
  candidates: IndustryCandidate[],
  readAs: ReadAs,
): IndustryMatchResult | null {
  const key = keyOf(text);
  const sameKey = (label: string) => labelKey(label, readAs) === key;
  // Spelt as typed before only the same stems: "electrics" is the electrician's, not "electricity".
  const spelt = allWords(text).join(' ');
  const asTyped = (kind: MatchKind, hits: Hit[]) => {
    const literal = hits.filter((hit) => allWords(READ[readAs](hit.label)).join(' ') === spelt);
    return literal.length > 0
      ? resultOf(
          kind,
          literal,
          hits.filter((hit) => !literal.includes(hit)),
        )
      : resultOf(kind, hits);
  };
  const matched =
    asTyped(
      'NAME',
      hitsAmong(candidates, (c) => [c.name], sameKey),
    ) ??
    asTyped(
      'SYNONYM',
      hitsAmong(candidates, (c) => c.synonyms, sameKey),
    );
  const typed = tradeWords(text);
  if (matched || typed.length === 0) return matched;
  return closestOf('WORD', holdingEveryWord(readingsOf(candidates, typed, ROOT), ROOT));
}

export function chooseIndustryMatch(text: string, candidates: IndustryCandidate[]): IndustryMatchResult {
  return matchText(text, candidates, true);
}

/** `byPurpose`: whether a request's "for …" may be set aside (not when it is already choosing among). */
function matchText(text: string, candidates: IndustryCandidate[], byPurpose: boolean): IndustryMatchResult {
  const normalised = normaliseIndustryText(text);
  if (keyOf(normalised) === '') return none([]);
  const byFtScore = [...candidates].sort(compareByFtScore);

  // The text as typed first ("car service" is car servicing), then without its generic last word
  // ("an IT person" is IT support).
  const typedWhole = withoutFiller(text);
  const whole =
    (typedWhole === normalised ? null : wholeMatch(typedWhole, byFtScore, 'whole')) ??
    wholeMatch(normalised, byFtScore, 'normalised');
  if (whole) return whole;

  // What a request asks for comes before its "for …" ("a website for my beauty salon").
  // The rest may still choose among several it names ("a broker for a first time buyer").
  const purpose = typedWhole.indexOf(' for ');
  if (byPurpose && purpose > 0) {
    const asked = matchText(typedWhole.slice(0, purpose), byFtScore, true);
    if (asked.industry && !asked.ambiguous) return asked;
    if (asked.industry) {
      const named = new Set([asked.industry, ...asked.alternatives]);
      const chosen = matchText(
        text,
        byFtScore.filter((candidate) => named.has(candidate)),
        false,
      );
      return chosen.industry && !chosen.ambiguous ? chosen : asked;
    }
  }

  const typed = tradeWords(normalised);
  if (typed.length === 0) return none([]);
  const readings = withoutFalseTypos(readingsOf(byFtScore, typed, TYPO));
  // A typo in a word: every industry with each word within a typo's reach is as near as the others.
  const near = holdingEveryWord(readings, TYPO).map(({ hit }) => ({ ...hit, label: hit.candidate.name }));
  return resultOf('FUZZY', near) ?? partialMatch(typed, readings);
}

/**
 * A word that some industry spells as typed (or by its stem) is no typo: it is not also read as a
 * typo of another's word ("selling my home" is selling a house, not "home styling").
 */
function withoutFalseTypos(readings: Reading[]): Reading[] {
  const spelt = readings[0]?.fits.map((_, i) => readings.some(({ fits }) => (fits[i] ?? 0) >= STEM)) ?? [];
  if (!spelt.includes(true)) return readings;
  return readings.map((reading) => ({
    ...reading,
    fits: reading.fits.map((fit, i) => (spelt[i] && fit < ROOT ? 0 : fit)),
  }));
}

/** A runner-up holding at least this share of the top's words makes a partial match ambiguous. */
const AMBIGUOUS_SHARE = 0.8;
/** What a partial match must hold at least: one word that two industries share, or rarer words. */
const LEAST_PARTIAL = 0.5;

/**
 * Some of the words in one industry's names and synonyms ("wedding photographer", "car insurance
 * broker"). A word counts as typed, by stem, by root or one letter off a long word ("a solisitor for
 * a house purchase"), not by a looser typo (a typo of one word of two is mostly noise: "mental
 * health" is not a dentist), and by how few industries hold it: "photographer"
 * names one, so it counts whole; "wedding" four, so each counts a quarter. The industry holding most
 * wins, ambiguous when another holds at least AMBIGUOUS_SHARE as much. When even the best holds less
 * than LEAST_PARTIAL, nothing matches, and the industries holding some are the suggestions ("life
 * coach": four kinds of coach). Words no industry holds ("a mortgage in Galway") count neither way.
 */
function partialMatch(typed: WordForms[], readings: Reading[]): IndustryMatchResult {
  const holders = typed.map((_, i) => readings.filter(({ fits }) => (fits[i] ?? 0) >= SLIP).length);
  const scored = readings
    .map(({ hit, fits }) => ({
      hit,
      weight: fits.reduce((sum, fit, i) => (fit >= SLIP ? sum + 1 / (holders[i] ?? 1) : sum), 0),
    }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const top = scored[0]?.weight ?? 0;
  if (top < LEAST_PARTIAL) return none(scored.slice(0, MAX_ALTERNATIVES).map(({ hit }) => hit.candidate));
  return (
    resultOf(
      'PARTIAL',
      scored.filter(({ weight }) => weight >= top * AMBIGUOUS_SHARE).map(({ hit }) => hit),
      scored.filter(({ weight }) => weight < top * AMBIGUOUS_SHARE).map(({ hit }) => hit),
    ) ?? none([])
  );
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
 * "mortgage mortgage~2 mortgag~2 mortg* broker broker~2 broke*"); each term is escaped anyway and lower-cased, so AND/OR/NOT
 * are plain words. Each word goes in as itself, which the index's analyzer stems ("cleaners"
 * finds "cleaning"); fuzzy for typos (a fuzzy term is not stemmed); and, when its stem has five
 * letters or more, as the prefix of its root ("paint*" finds painter). Fuzziness
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
      // Words of one root the stemmer leaves apart ("painting", painter): the root's first letters.
      const root = stem.length >= MIN_ROOT ? ` ${escapeLucene(stem.slice(0, MIN_ROOT))}*` : '';
      return `${term}${fuzzy(word)}${stem === word ? '' : fuzzy(stem)}${root}`;
    })
    .join(' ');
}
