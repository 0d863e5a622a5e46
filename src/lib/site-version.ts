/** The newest last-reviewed date among entries: the version of an overview page built from them. */
export function latestReview(entries: ReadonlyArray<{ data: { reviewed: string } }>): string {
  return entries.reduce((latest, e) => (e.data.reviewed > latest ? e.data.reviewed : latest), '0000-00-00');
}
