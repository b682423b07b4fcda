// Small pieces of English the explorer puts together from data: articles, amounts typed the way
// people write them, and server messages said for people.

const VOWEL_LETTER_SOUNDS = 'AEFHILMNORSX';

/** "plumber", "IT support", "removals": a trade's name in running text (acronyms keep their capitals). */
export function tradeWord(industryName: string): string {
  return industryName
    .trim()
    .split(/\s+/)
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');
}

/**
 * A trade's name that names a person ("plumber", "estate agent", "architect", "business coach")
 * rather than a line of business ("IT support", "removals", "windows and doors"), by its last word.
 */
const PERSON_NOUN = /(?:er|or|ist|ian|ant|ect|ary|coach|mechanic|[^m]ent)$/i;

/**
 * Someone in a trade, in running text: "an accountant", "a mortgage intermediary", "an HR
 * consultant"; "someone in IT support" where the name is a line of business, not a person.
 */
export function aPersonIn(industryName: string): string {
  const text = tradeWord(industryName);
  const words = industryName.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (!first) return text;
  if (!PERSON_NOUN.test(words.at(-1) ?? '')) return `someone in ${text}`;
  // Acronyms are read letter by letter ("an HR consultant").
  const acronym = first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first);
  const an = acronym
    ? VOWEL_LETTER_SOUNDS.includes(first[0] ?? '')
    : /^[aeiou]/i.test(first)
      ? !/^(uni|use|usu|ute|eu|one|once)/i.test(first)
      : /^(hour|honest|honou?r|heir)/i.test(first);
  return `${an ? 'an' : 'a'} ${text}`;
}

/**
 * A server message as a sentence for people: no "Validation error: input.value:" prefix, and a
 * capital first letter.
 */
export function plainMessage(message: string): string {
  const stripped = message
    .replace(/^validation error\s*:\s*/i, '')
    .replace(/^input(\.[\w[\]]+)*\s*:\s*/, '')
    .trim();
  if (!stripped) return 'Something in the form is not right.';
  return stripped[0]?.toUpperCase() + stripped.slice(1);
}

/**
 * Text as the explorer compares names: lower case, accents and apostrophes dropped, so "siobhan"
 * finds Siobhán and "oconnor" O'Connor (the server folds the same way: db/cypher/fragments/search.ts).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .trim();
}
