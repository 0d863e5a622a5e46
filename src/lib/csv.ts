/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; lines end CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const field = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header.map(field).join(','), ...rows.map((row) => header.map((h) => field(row[h])).join(','))].join('\r\n') + '\r\n';
}
