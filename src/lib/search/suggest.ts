/**
 * "Did you mean": readers type drug names from memory ("trastuzamab", "lapatanib", "enhurtu").
 * When a query is not itself a name the site knows, the nearest name in the site's own vocabulary
 * (titles, aliases, code names, brands, glossary terms, gene names) within a few edits is searched
 * instead, and the reader is offered the query as typed. Runs in the browser: no imports but the
 * two small helpers.
 */
import { editDistance } from '../edit-distance.ts';
import { normaliseTerm } from './synonyms.ts';

/** How many edits a query of this many letters may be from a name: none for short codes (HER2 vs HER3 are different things). */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/**
 * The name to search for instead of `query`, or undefined when the query is a known name, or
 * nothing is near enough. Ties go to the name listed first (titles before aliases).
 */
export function suggestName(query: string, vocabulary: readonly string[]): string | undefined {
  const key = normaliseTerm(query);
  if (key.length === 0) return undefined;
  const keys = vocabulary.map((term) => normaliseTerm(term));
  // A known name, or the start of one (the reader is still typing "trastuzumab derux..."), is no misspelling.
  if (keys.some((candidate) => candidate.startsWith(key))) return undefined;
  const budget = editBudget(key.length);
  if (budget === 0) return undefined;
  let best: { term: string; distance: number } | undefined;
  keys.forEach((candidate, i) => {
    const distance = editDistance(key, candidate, best ? Math.min(budget, best.distance - 1) : budget);
    if (distance <= budget && (!best || distance < best.distance)) best = { term: vocabulary[i], distance };
  });
  return best?.term;
}
