/**
 * Query expansion and "matched" labels for the search page. Runs in the browser,
 * so it imports nothing: the groups arrive as JSON built from the content.
 */

/** Names that mean the same thing. An entry's title and aliases form one; content/synonyms/ adds the rest. */
export interface TermGroup {
  /** The names as written in the content; the first is the entry's title or the glossary term. */
  terms: string[];
  /** URL of the entry page whose title and aliases these are; absent for gene and protein synonyms. */
  page?: string;
  /** That page's type ("Agent"), so the page can be listed before any search has run. */
  type?: string;
}

export interface SearchTerms {
  groups: TermGroup[];
  /**
   * Every name the site knows (titles, aliases, trial names, glossary terms and their spelled-out
   * forms, gene names), titles first: what a misspelt query is matched against.
   */
  vocabulary?: string[];
}

const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', κ: 'kappa' };

/**
 * The form two spellings of one name share: case, accents, hyphens, spaces and other
 * punctuation dropped, Greek letters spelled out ("DS8201" = "DS-8201", "TGF-β" = "TGF-beta").
 */
export function normaliseTerm(text: string): string {
  return separatedWords(text).replaceAll(' ', '');
}

/**
 * The text as normaliseTerm spells it, each run of dropped characters left as one space:
 * "HER-2/neu, T-DXd" becomes "her 2 neu t dxd". The same as normalising character by
 * character, in one pass over the whole text: a page's text is tens of kilobytes and the
 * search page reads up to twenty of them for each search.
 */
export function separatedWords(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      // Accents are marks of their own after NFKD: dropped, not turned into a break inside a word.
      .replace(/\p{M}/gu, '')
      .replace(/[αβγδκ]/g, (letter) => GREEK[letter])
      .replace(/[^a-z0-9]+/g, ' ')
  );
}

/** Finds the group a whole query names, if any. */
export function groupFinder(data: SearchTerms): (query: string) => TermGroup | undefined {
  const byKey = new Map<string, TermGroup>();
  for (const group of data.groups) for (const term of group.terms) byKey.set(normaliseTerm(term), group);
  return (query) => byKey.get(normaliseTerm(query));
}

/**
 * The other names to search for besides the query as typed: every name of its group
 * spelled differently from the query.
 */
export function expansionsFor(query: string, group: TermGroup | undefined): string[] {
  const seen = new Set([query.trim().toLowerCase()]);
  return (group?.terms ?? []).filter((term) => {
    const key = term.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An expansion term as an exact Pagefind search: quoted, so "MET" finds the word MET and
 * not "metabolic", and a phrase only where its words stand together.
 */
export function exactQuery(term: string): string {
  return `"${term.replace(/"/g, ' ').trim()}"`;
}

export interface Hit {
  id: string;
  score: number;
}

export interface MergedHit extends Hit {
  /** The name that found the page: the query as typed, or the group name that gave it its best score. */
  via: string;
  /** Whether the query as typed found the page by itself. */
  literal: boolean;
}

/**
 * Pages the typed query finds come first, in Pagefind's order; then pages found only
 * through another name of the group, each once at its best score. Scores of different
 * words are not comparable (a rare synonym scores far above a word on every page), so
 * mixing them would let a rare name reorder the results for the word the reader typed.
 */
export function mergeHits(query: string, literal: readonly Hit[], expansions: ReadonlyArray<{ term: string; hits: readonly Hit[] }>): MergedHit[] {
  const found = new Set(literal.map((hit) => hit.id));
  const others = new Map<string, MergedHit>();
  for (const { term, hits } of expansions) {
    for (const hit of hits) {
      if (found.has(hit.id)) continue;
      const known = others.get(hit.id);
      if (!known || hit.score > known.score) others.set(hit.id, { id: hit.id, score: hit.score, via: term, literal: false });
    }
  }
  const byScore = (a: Hit, b: Hit) => b.score - a.score;
  return [...literal.map((hit) => ({ id: hit.id, score: hit.score, via: query, literal: true })).sort(byScore), ...[...others.values()].sort(byScore)];
}

/** Moves the page of the entry a query names to the top: asking for "DS-8201" is asking for that drug's page. */
export function pinPage<T extends { url: string }>(results: readonly T[], group: TermGroup | undefined): T[] {
  const index = group?.page ? results.findIndex((r) => r.url === group.page) : -1;
  return index <= 0 ? [...results] : [results[index], ...results.slice(0, index), ...results.slice(index + 1)];
}

/**
 * Whether a text holds a name in one of its spellings: "HER-2/neu" holds HER2/neu, as
 * normaliseTerm treats them as one, but "HER2 ... neu" apart does not, and neither does
 * "EGFR amplified" hold "EGFR amplification" (which Pagefind's stemmed phrase search finds).
 * Punctuation and spaces become one separator (separatedWords) and the name may be written
 * with or without one between any two of its characters.
 * The text is normalised once, so one page can be asked about each name of a group.
 */
export function namesIn(text: string): (name: string) => boolean {
  const spaced = separatedWords(text);
  return (name) => {
    const key = normaliseTerm(name);
    if (!key) return false;
    const spelled = [...key].join(' ?');
    // A gene name ending in a letter also names its numbered members: a page on AKT1 holds AKT
    // (Pagefind matches the word AKT1 for "AKT" too). "CD34" never matches "CD340".
    const end = /[a-z]$/.test(key) ? '(?![a-z])' : '(?![a-z0-9])';
    return new RegExp(`(?<![a-z0-9])${spelled}${end}`).test(spaced);
  };
}

/** Whether a text holds one name (see namesIn). */
export function holdsName(text: string, name: string): boolean {
  return namesIn(text)(name);
}

/**
 * The name to show for a page found only through another name of the query's group, read
 * from the page's own text: the name that found it if the page writes it, else another name
 * of the group it writes, else undefined (the page came through a stemmed form alone and is
 * not a result). Pages the query found itself, and the entry's own page, are kept as they are.
 */
export function nameOnPage(query: string, hit: { url: string; via: string; literal: boolean }, content: string, group: TermGroup | undefined): string | undefined {
  if (hit.literal || (group?.page && group.page === hit.url)) return hit.via;
  const key = normaliseTerm(query);
  // The query's own spelling is no label, but the name that found the page may be one ("DS-8201" for "ds8201").
  const names = [hit.via, ...(group?.terms ?? []).filter((term) => normaliseTerm(term) !== key)];
  const holds = namesIn(content);
  return names.find((term) => holds(term));
}

/**
 * The name a result was found through when it was not its title, for a "matched: DS-8201" label:
 * on the entry's own page, the alias the query spells (as the content writes it); on any other
 * page found only through another name of the group, that name. Undefined for a title match
 * or a plain full-text match of the query itself.
 */
export function matchedTerm(query: string, result: { url: string; title: string; via: string; literal: boolean }, group: TermGroup | undefined): string | undefined {
  const key = normaliseTerm(query);
  if (!key || normaliseTerm(result.title).includes(key)) return undefined;
  if (group?.page && group.page === result.url) {
    // Two aliases may differ only in spelling ("TGF-β" and "TGF-beta"): name the one typed.
    const typed = query.trim().toLowerCase();
    return group.terms.find((term) => term.toLowerCase() === typed) ?? group.terms.find((term) => normaliseTerm(term) === key);
  }
  if (result.literal) return undefined;
  return result.via;
}
