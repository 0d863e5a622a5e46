/**
 * Optimal-string-alignment edit distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1. Readers type drug names from memory ("trastuzamab",
 * "lapatanib", "pertuzimab") and swap letters often; plain Levenshtein (as in fastest-levenshtein)
 * counts a swap as two edits, so this small version is written here. `limit` stops early once
 * every path is over it, which keeps a scan of the site's vocabulary cheap.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The candidates closest to `word` within `limit` edits, nearest first (ties keep the candidates' order). */
export function closest(word: string, candidates: readonly string[], limit: number): string[] {
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(word, candidate, limit) }))
    .filter((c) => c.distance <= limit)
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .map((c) => c.candidate);
}
