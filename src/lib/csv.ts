/**
 * A cell a spreadsheet would run as a formula: one that starts with =, +, -, @, a tab or a carriage
 * return and is not a plain number (OWASP "CSV injection"). A leading apostrophe makes it text in
 * Excel, LibreOffice and Google Sheets; numbers such as -0.5 or +3 are left as they are.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return text;
  return `'${text}`;
}

function csvField(value: unknown): string {
  const text = neutraliseFormula(value === undefined || value === null ? '' : String(value));
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
