// How names are compared when people search for them, as Cypher: case- and accent-insensitive,
// apostrophes ignored, so "siobhan" finds Siobhán, "padraig" Pádraig and "oconnor" O'Connor.
// Both the stored text and the searched text go through the same fold, in the database.

/** Accented letters (after toLower) and what they fold to: Irish and the common European ones. */
const FOLDS: [string, string][] = [
  ['á', 'a'],
  ['à', 'a'],
  ['â', 'a'],
  ['ä', 'a'],
  ['ã', 'a'],
  ['å', 'a'],
  ['é', 'e'],
  ['è', 'e'],
  ['ê', 'e'],
  ['ë', 'e'],
  ['í', 'i'],
  ['ì', 'i'],
  ['î', 'i'],
  ['ï', 'i'],
  ['ó', 'o'],
  ['ò', 'o'],
  ['ô', 'o'],
  ['ö', 'o'],
  ['õ', 'o'],
  ['ø', 'o'],
  ['ú', 'u'],
  ['ù', 'u'],
  ['û', 'u'],
  ['ü', 'u'],
  ['ç', 'c'],
  ['ñ', 'n'],
  ['ß', 'ss'],
  ["'", ''],
  ['’', ''],
];
const FOLD_LIST = `[${FOLDS.map(([from, to]) => `['${from === "'" ? "\\'" : from}', '${to}']`).join(', ')}]`;

/** An expression: the text of `expr`, lower-cased and folded for search (null stays null). */
export const foldedForSearch = (expr: string) =>
  `reduce(folded = toLower(${expr}), fold IN ${FOLD_LIST} | replace(folded, fold[0], fold[1]))`;
