import { normaliseTerm, type SearchTerms } from './synonyms.ts';

/** One name in a group and the field it comes from, so a clash can point at it. */
export interface GroupName {
  term: string;
  field: string;
}

/** A group as the content defines it: an entry's title and aliases, or a file in content/synonyms/. */
export interface GroupSource {
  /** The file the group is defined in, for messages. */
  file: string;
  names: GroupName[];
  /** The entry page the group names, for an agent or mechanism. */
  page?: string;
  /** That page's type, as its search filter gives it ("Agent"). */
  type?: string;
}

/** The title and aliases of an agent or mechanism: one group, so each finds what the others find. */
export function entryGroup(file: string, entry: { title: string; aliases: readonly string[] }, page?: { url: string; type: string }): GroupSource {
  return {
    file,
    ...(page ? { page: page.url, type: page.type } : {}),
    names: [{ term: entry.title, field: 'title' }, ...entry.aliases.map((term, i) => ({ term, field: `aliases[${i}]` }))],
  };
}

/**
 * A synonym group from content/synonyms/: every name of the glossary entry it points to
 * (term, spelled-out form, aliases), then its own extra terms.
 */
export function synonymGroup(
  file: string,
  group: { glossary?: string; terms: readonly string[] },
  glossary?: { term: string; expansion?: string; aliases: readonly string[] },
): GroupSource {
  const fromGlossary: GroupName[] = glossary
    ? [
        { term: glossary.term, field: `glossary (${group.glossary}: term)` },
        ...(glossary.expansion ? [{ term: glossary.expansion, field: `glossary (${group.glossary}: expansion)` }] : []),
        ...glossary.aliases.map((term, i) => ({ term, field: `glossary (${group.glossary}: aliases[${i}])` })),
      ]
    : [];
  return { file, names: [...fromGlossary, ...group.terms.map((term, i) => ({ term, field: `terms[${i}]` }))] };
}

export interface GroupClash {
  group: GroupSource;
  name: GroupName;
  other: GroupSource;
  otherName: GroupName;
}

/**
 * Names that sit in two different groups once spelling is normalised ("MDR1" in a
 * mechanism's aliases and in a synonym file): a query for it could not say which
 * group to expand to. Reported at the later group. Spelling variants inside one
 * group ("p95HER2", "p95HER-2") are fine.
 */
export function groupClashes(groups: readonly GroupSource[]): GroupClash[] {
  const owners = new Map<string, { group: GroupSource; name: GroupName }>();
  const clashes: GroupClash[] = [];
  for (const group of groups) {
    for (const name of group.names) {
      const key = normaliseTerm(name.term);
      const owner = owners.get(key);
      if (owner && owner.group !== group) clashes.push({ group, name, other: owner.group, otherName: owner.name });
      else if (!owner) owners.set(key, { group, name });
    }
  }
  return clashes;
}

/** The data the search page loads: each group's names, without repeats of one spelling, and its page with the page's type. */
export function searchTerms(groups: readonly GroupSource[]): SearchTerms {
  return {
    groups: groups.map((group) => {
      const seen = new Set<string>();
      const terms = group.names.map((n) => n.term).filter((term) => !seen.has(term) && seen.add(term));
      return group.page ? { terms, page: group.page, ...(group.type ? { type: group.type } : {}) } : { terms };
    }),
  };
}
