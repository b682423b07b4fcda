// Which industries a piece of text may mean, as a piece of Cypher shared by matchIndustry and
// whoKnows (which matches and answers in one statement).
import { foldedForSearch } from './search.ts';

/**
 * The industries the text may mean, as rows `i, ftScore`: those whose name or a synonym is exactly
 * the (normalised, folded) $text, and the best full-text hits for $fulltext, a Lucene query made
 * from the text by the domain layer (escaped; '' skips the index, which refuses an empty query).
 * Ordered as domain/industry-match.ts would most likely choose: a whole name, a whole synonym,
 * then the full-text score; the domain layer makes the choice.
 */
export const INDUSTRY_CANDIDATES = `
CALL () {
  MATCH (i:Industry)
  WHERE ${foldedForSearch('i.name')} = $text
     OR any(s IN coalesce(i.synonyms, []) WHERE ${foldedForSearch('s')} = $text)
  RETURN i, 0.0 AS score
  UNION
  WITH $fulltext AS fulltext WHERE fulltext <> ''
  CALL db.index.fulltext.queryNodes('industry_words', fulltext, {limit: 25}) YIELD node, score
  RETURN node AS i, score
}
WITH i, max(score) AS ftScore
WITH i, ftScore,
     CASE WHEN ${foldedForSearch('i.name')} = $text THEN 2
          WHEN any(s IN coalesce(i.synonyms, []) WHERE ${foldedForSearch('s')} = $text) THEN 1
          ELSE 0 END AS exactness
ORDER BY exactness DESC, ftScore DESC, i.name, i.id`;
