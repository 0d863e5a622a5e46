import { Feed } from 'feed';
import type { ChangeRow } from './changes.ts';
import { escapeHtml } from './html.ts';

export interface FeedSite {
  /** Absolute URL of the site root, ending in "/". */
  root: string;
  /** Absolute URL of this feed. */
  self: string;
  /** Absolute URL of /changes/. */
  changesPage: string;
  title: string;
  description: string;
  license: string;
}

/**
 * /changes/ as an Atom feed, written by the `feed` library (escaping, date formats and the
 * required elements are its job). Entries are dated by their change date at midnight UTC and
 * the feed by the newest change, so the same content always gives the same bytes.
 */
export function changesFeed(rows: readonly ChangeRow[], site: FeedSite, entryUrl: (row: ChangeRow) => string): string {
  const newest = rows[0]?.date ?? '2000-01-01';
  const feed = new Feed({
    id: site.self,
    link: site.changesPage,
    title: `${site.title}: changes`,
    description: site.description,
    language: 'en',
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: site.license,
    feedLinks: { atom: site.self },
    generator: site.title,
  });
  for (const row of rows) {
    const link = entryUrl(row);
    feed.addItem({
      // Stable across builds and new changes: the entry, the day and the change's own text.
      id: `${link}#change-${row.date}-${textHash(row.summary)}`,
      // The library marks titles and summaries as HTML; ours are plain text, so they are escaped to show as written.
      title: escapeHtml(`${row.title}: ${row.summary.length > 90 ? `${row.summary.slice(0, 87)}…` : row.summary}`),
      link,
      date: new Date(`${row.date}T00:00:00Z`),
      description: escapeHtml(row.summary),
    });
  }
  return feed.atom1();
}

/** A short, stable fingerprint of a text (FNV-1a), enough to tell one day's changes to an entry apart. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
