import type { PageKind } from './urls.ts';

type WithChanges = { id: string; data: { title: string; changes: ReadonlyArray<{ date: string; summary: string }> } };

export interface ChangeRow {
  date: string;
  kind: PageKind;
  id: string;
  title: string;
  summary: string;
}

const kindOrder: readonly PageKind[] = ['agents', 'mechanisms', 'trials'];

/**
 * Every change recorded on an entry, newest first. Ties (one day's work on many entries)
 * are ordered by kind, then title, then the order the entry lists them, so the page is stable.
 */
export function changeRows(collections: Record<PageKind, readonly WithChanges[]>): ChangeRow[] {
  const rows = kindOrder.flatMap((kind) =>
    collections[kind].flatMap((entry) =>
      entry.data.changes.map((change, index) => ({ row: { date: change.date, kind, id: entry.id, title: entry.data.title, summary: change.summary }, index })),
    ),
  );
  return rows
    .sort(
      (a, b) =>
        b.row.date.localeCompare(a.row.date) ||
        kindOrder.indexOf(a.row.kind) - kindOrder.indexOf(b.row.kind) ||
        a.row.title.localeCompare(b.row.title, 'en') ||
        a.row.id.localeCompare(b.row.id) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}
