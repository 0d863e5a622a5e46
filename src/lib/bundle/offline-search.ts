/**
 * Search for the offline bundle. Pagefind fetches its index and WebAssembly with fetch() and
 * loads itself as an ES module, and Chromium blocks both on file:// pages. So the bundle also
 * ships a small classic script (loaded with <script src>, which file:// allows) holding each
 * page's title, aliases, summary and filters, and the search page ranks those here when it is
 * opened from disk. This module runs in the browser: no Node imports.
 */

/** The file the bundle writes next to the search page. */
export const OFFLINE_INDEX_FILE = 'offline-index.js';
/** The global the offline index script assigns its records to. */
export const OFFLINE_INDEX_GLOBAL = '__her2OfflineSearch';

/** One page in the offline index. */
export interface SearchRecord {
  /** The page, relative to the search page (e.g. "../agents/zanidatamab/index.html"). */
  url: string;
  title: string;
  /** Code names, brands, genes and registry numbers, as the page's alias line lists them. */
  aliases: string[];
  summary: string;
  /** Pagefind filter values, e.g. { type: ["Agent"], class: ["Bispecific antibody"] }. */
  filters: Record<string, string[]>;
}

/** The contents of the offline index file: a classic script, because file:// pages cannot fetch JSON. */
export function offlineIndexScript(records: readonly SearchRecord[]): string {
  return `// Offline search index written by \`npm run bundle\`: ${records.length} pages.\nwindow.${OFFLINE_INDEX_GLOBAL} = ${JSON.stringify(records)};\n`;
}

/** Lower case, accents dropped, every run of non-letters and non-digits turned into one space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Spacing and punctuation removed, so "DS-8201", "DS 8201" and "ds8201" are one name. */
function compact(text: string): string {
  return normalise(text).replaceAll(' ', '');
}

function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** Weights: a page's own name outranks any page that merely mentions it, as online. */
const SCORE = {
  titleExact: 100,
  aliasExact: 95,
  titlePrefix: 60,
  aliasPrefix: 55,
  wordInTitle: 10,
  wordInAlias: 8,
  wordInSummary: 2,
} as const;

/** The shortest query that counts as the start of a name ("zw2" finds ZW25; "z" finds nothing by name). */
const MIN_PREFIX = 3;

function nameScore(record: SearchRecord, query: string): number {
  const q = compact(query);
  if (!q) return 0;
  let best = 0;
  const names: Array<[string, number, number]> = [
    [record.title, SCORE.titleExact, SCORE.titlePrefix],
    ...record.aliases.map((a): [string, number, number] => [a, SCORE.aliasExact, SCORE.aliasPrefix]),
  ];
  for (const [name, exact, prefix] of names) {
    const n = compact(name);
    if (n === q) best = Math.max(best, exact);
    else if (q.length >= MIN_PREFIX && n.startsWith(q)) best = Math.max(best, prefix);
  }
  return best;
}

/** Every query word must start a word of the title, an alias or the summary; returns 0 when one does not. */
function wordScore(record: SearchRecord, queryWords: readonly string[]): number {
  const title = words(record.title);
  const aliases = record.aliases.flatMap(words);
  const summary = words(record.summary);
  const starts = (list: string[], w: string) => list.some((x) => x.startsWith(w));
  let total = 0;
  for (const w of queryWords) {
    if (starts(title, w)) total += SCORE.wordInTitle;
    else if (starts(aliases, w)) total += SCORE.wordInAlias;
    else if (starts(summary, w)) total += SCORE.wordInSummary;
    else return 0;
  }
  return total;
}

export interface ScoredRecord extends SearchRecord {
  score: number;
}

/**
 * The records matching `query` and every selected filter, best first: a page whose title or
 * alias is the query comes before pages that only mention it. Ties keep index order.
 */
export function searchRecords(records: readonly SearchRecord[], query: string, filters: Record<string, string> = {}): ScoredRecord[] {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const selected = Object.entries(filters).filter(([, value]) => value);
  return records
    .filter((r) => selected.every(([name, value]) => r.filters[name]?.includes(value)))
    .map((r) => {
      const byName = nameScore(r, query);
      const byWords = wordScore(r, queryWords);
      return { ...r, score: byName > 0 || byWords > 0 ? byName + byWords : 0 };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** How many pages carry each filter value, in Pagefind's shape. */
export function filterCounts(records: readonly SearchRecord[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of records) {
    for (const [name, values] of Object.entries(record.filters)) {
      counts[name] ??= {};
      for (const value of values) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return counts;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The summary as escaped HTML with <mark> around words the query starts, like Pagefind's excerpt. */
export function excerptHtml(summary: string, query: string): string {
  const queryWords = words(query);
  return summary
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      const isWord = i % 2 === 1;
      const hit = isWord && queryWords.some((w) => normalise(part).startsWith(w));
      return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}

/** The subset of Pagefind's JS API the search page uses, answered from the offline index. */
export interface SearchEngine {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Pagefind's: fetches the index chunks a term needs. The offline index is whole from the start. */
  preload?(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{
    results: Array<{ id: string; score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> }>;
  }>;
}

export function offlineEngine(records: readonly SearchRecord[]): SearchEngine {
  return {
    options: async () => {},
    init: async () => {},
    filters: async () => filterCounts(records),
    search: async (q, o) => ({
      results: searchRecords(records, q, o?.filters).map((r) => ({
        id: r.url,
        score: r.score,
        data: async () => ({ url: r.url, excerpt: excerptHtml(r.summary, q), meta: { title: r.title }, filters: r.filters }),
      })),
    }),
  };
}
