// A trade's name in running text, for every sentence the API and the explorer build from the
// catalogue: "Is an accountant", "Knows someone in IT support", "nobody in the group is, or knows, …".

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
