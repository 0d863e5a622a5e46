function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV from rows of fields: fields with commas, quotes or line breaks are quoted; lines end CRLF. */
export function csvFromRows(rows: ReadonlyArray<readonly unknown[]>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 CSV from records, columns in the order of `header`. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  return csvFromRows([header, ...rows.map((row) => header.map((h) => row[h]))]);
}
