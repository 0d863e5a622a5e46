import { findCitations } from './citations.ts';
import { entryReferenceIds } from './content/links.ts';
import type { PageKind } from './urls.ts';

export interface CitingPage {
  kind: PageKind;
  id: string;
  title: string;
}

interface CitableEntry {
  id: string;
  body?: string;
  data: { title: string };
}

/** For each reference id, the pages that cite it (in the body or the frontmatter), sorted by title. */
export function citingPages(collections: Record<PageKind, readonly CitableEntry[]>): Map<string, CitingPage[]> {
  const out = new Map<string, CitingPage[]>();
  const keysIn = (text: string) => findCitations(text).flatMap((m) => m.keys);
  for (const kind of ['agents', 'mechanisms', 'trials'] as const) {
    for (const entry of collections[kind]) {
      for (const ref of entryReferenceIds(entry.body, entry.data, keysIn)) {
        const list = out.get(ref) ?? [];
        list.push({ kind, id: entry.id, title: entry.data.title });
        out.set(ref, list);
      }
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return out;
}
