// Small pieces of text the explorer works with: server messages said for people, and names folded
// for search (a trade in running text is @powergroups/rules trades.ts, shared with the API).

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
