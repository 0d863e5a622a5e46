/** A cross-link found inside parsed entry data, with its field path. */
export interface FoundLink {
  path: PropertyKey[];
  id: string;
  collection: string;
}

/** Every `{ id, collection }` cross-link inside parsed data, in document order. */
export function collectLinks(value: unknown, path: PropertyKey[] = []): FoundLink[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectLinks(item, [...path, i]));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2) {
      return [{ path, id: record.id, collection: record.collection }];
    }
    return Object.entries(record).flatMap(([key, item]) => collectLinks(item, [...path, key]));
  }
  return [];
}

/** Reference ids cited anywhere in an entry's frontmatter, in order, without repeats. */
export function frontmatterReferenceIds(data: unknown): string[] {
  return [...new Set(collectLinks(data).filter((l) => l.collection === 'references').map((l) => l.id))];
}

/** Every reference an entry cites, from its body's `[@key]` citations and its frontmatter. */
export function entryReferenceIds(body: string | undefined, data: unknown, findKeys: (text: string) => string[]): string[] {
  return [...new Set([...findKeys(body ?? ''), ...frontmatterReferenceIds(data)])];
}
