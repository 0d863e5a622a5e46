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

/** Anything written like a citation: `[@` up to the closing bracket. */
const CITATION_LIKE = /\[@[^\]\n]*\]/g;

export interface MalformedCitation {
  text: string;
  problem: string;
  advice: string;
}

/**
 * Citation-like text the strict pattern does not take, which would otherwise print as raw text:
 * a key in the wrong case, a page locator, a stray space. `near` suggests the intended key.
 */
export function malformedCitations(line: string, near: (key: string) => string | undefined): MalformedCitation[] {
  const strict = new Set(findCitations(line).map((m) => m.index));
  return [...line.matchAll(CITATION_LIKE)]
    .filter((match) => !strict.has(match.index ?? -1))
    .map((match) => {
      const text = match[0];
      if (/,|\bp\.|\bpp\.|\bfig\.|\btable\b/i.test(text.replace(/^\[@[^\s,;\]]*/, ''))) {
        return {
          text,
          problem: 'page or figure locators are not supported in citations',
          advice: 'cite the reference alone, e.g. [@key], and name the page, table or figure in the sentence',
        };
      }
      const keys = text
        .slice(1, -1)
        .split(';')
        .map((part) => part.trim().replace(/^@/, ''));
      const bad = keys.find((key) => !/^[a-z0-9][a-z0-9-]*$/.test(key)) ?? keys[0];
      const suggestion = near(bad);
      return {
        text,
        problem: `"@${bad}" is not a valid citation key: keys are lower-case letters, digits and hyphens, and each starts with @`,
        advice: suggestion ? `did you mean [@${suggestion}]?` : 'write [@key] or [@key-a; @key-b] with keys from content/references/',
      };
    });
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
