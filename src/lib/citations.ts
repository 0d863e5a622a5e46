/**
 * In-text citations are written `[@key]` or `[@a; @b]` in MDX bodies (Pandoc style).
 * This module finds them; the remark plugin turns them into numbered links and the
 * content checker reports unknown keys.
 */
export const CITATION_PATTERN = /\[(@[a-z0-9][a-z0-9-]*(?:\s*;\s*@[a-z0-9][a-z0-9-]*)*)\]/g;

export interface CitationMatch {
  keys: string[];
  index: number;
  length: number;
}

export function findCitations(text: string): CitationMatch[] {
  return [...text.matchAll(CITATION_PATTERN)].map((match) => ({
    keys: match[1].split(';').map((part) => part.trim().slice(1)),
    index: match.index ?? 0,
    length: match[0].length,
  }));
}

/**
 * The page's numbered reference list: keys cited in the body in order of first
 * appearance, then keys cited only by the frontmatter (infobox, outcomes, evidence).
 */
export function pageReferenceOrder(bodyKeys: readonly string[], frontmatterKeys: readonly string[]): string[] {
  return [...new Set([...bodyKeys, ...frontmatterKeys])];
}

/** Number of a key in a page's reference list (1-based). Throws so a missing key never renders as a silent gap. */
export function citationNumber(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  if (index < 0) throw new Error(`citation key "${key}" is not in this page's reference list`);
  return index + 1;
}
