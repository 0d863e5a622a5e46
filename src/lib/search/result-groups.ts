/**
 * How the header's list of results is grouped: by page type, at most a few per group, and the
 * groups in the order of their best result, so the page that matched best is always the first
 * option ("MET amplification" leads with the mechanism, "DS-8201" with the agent).
 */
const GROUPS: ReadonlyArray<[label: string, types: readonly string[]]> = [
  ['Agents', ['Agent']],
  ['Resistance mechanisms', ['Resistance mechanism']],
  ['Trials', ['Trial']],
];
const OTHER = 'Other pages';

export interface TypedResult {
  filters: Record<string, string[] | undefined>;
}

export function groupResults<R extends TypedResult>(ranked: readonly R[], perGroup = 4): Array<{ label: string; results: R[] }> {
  const labelOf = (r: R) => GROUPS.find(([, types]) => types.includes(r.filters.type?.[0] ?? ''))?.[0] ?? OTHER;
  const groups = new Map<string, R[]>();
  // A Map keeps insertion order: a group enters when its best-ranked result is met.
  for (const result of ranked) {
    const label = labelOf(result);
    const members = groups.get(label) ?? [];
    if (members.length < perGroup) members.push(result);
    groups.set(label, members);
  }
  return [...groups].map(([label, results]) => ({ label, results }));
}
