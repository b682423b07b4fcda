// Which industries a piece of text may mean, as a piece of Cypher shared by matchIndustry and
// whoKnows (which matches and answers in one statement).
import { foldedForSearch } from './search.ts';

const nameKeyOf = (i: string) => foldedForSearch(`${i}.name`);
const synonymKeysOf = (i: string) => `[s IN coalesce(${i}.synonyms, []) | ${foldedForSearch('s')}]`;

/**
 * SET items keeping an industry's name and synonyms folded for search beside them (fragments/
 * search.ts), so an exact match compares stored keys: folding every synonym of the catalogue in
 * each question cost milliseconds. Set wherever industries are written, and at start-up.
 */
export const setIndustrySearchKeys = (i: string) =>
  `${i}.nameKey = ${nameKeyOf(i)}, ${i}.synonymKeys = ${synonymKeysOf(i)}`;

/** Sets the search keys of industries whose keys are missing or no longer follow their words (start-up). */
export const INDUSTRY_SEARCH_KEYS = `
MATCH (i:Industry)
WHERE i.nameKey IS NULL OR i.nameKey <> ${nameKeyOf('i')}
   OR i.synonymKeys IS NULL OR i.synonymKeys <> ${synonymKeysOf('i')}
SET ${setIndustrySearchKeys('i')}`;

/**
 * The industries the text may mean, as rows `i, ftScore`: those whose name or a synonym is exactly
 * the (normalised, folded) $text, by their search keys, and the best full-text hits for $fulltext,
 * a Lucene query made from the text by the domain layer (escaped; '' skips the index, which
 * refuses an empty query).
 * Ordered as domain/industry-match.ts would most likely choose: a whole name, a whole synonym,
 * then the full-text score; the domain layer makes the choice.
 */
export const INDUSTRY_CANDIDATES = `
CALL () {
  MATCH (i:Industry)
  WHERE i.nameKey = $text OR $text IN i.synonymKeys
  RETURN i, 0.0 AS score
  UNION
  WITH $fulltext AS fulltext WHERE fulltext <> ''
  CALL db.index.fulltext.queryNodes('industry_words', fulltext, {limit: 25}) YIELD node, score
  RETURN node AS i, score
}
WITH i, max(score) AS ftScore
WITH i, ftScore,
     CASE WHEN i.nameKey = $text THEN 2 WHEN $text IN i.synonymKeys THEN 1 ELSE 0 END AS exactness
ORDER BY exactness DESC, ftScore DESC, i.name, i.id`;
