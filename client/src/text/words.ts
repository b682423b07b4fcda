// Small pieces of English the explorer puts together from data: articles, amounts typed the way
// people write them, and server messages said for people.

const VOWEL_LETTER_SOUNDS = 'AEFHILMNORSX';

/** "an accountant", "a mortgage intermediary", "an IT consultant": trades in running text. */
export function withArticle(industryName: string): string {
  const words = industryName.trim().split(/\s+/);
  const first = words[0] ?? '';
  // Acronyms keep their capitals and are read letter by letter ("an HR consultant").
  const acronym = first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first);
  const text = words
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');
  if (!first) return text;
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
