/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field holding a
 * comma, a double quote, CR or LF wrapped in double quotes with its quotes doubled.
 *
 * Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ as a formula, and an
 * order's name or email is whatever a shopper typed. Such a text cell gets a leading apostrophe
 * (OWASP's advice), which spreadsheets show as text; numbers are written as they are, so a
 * negative amount would stay a number. The apostrophe is visible in plain-text readers: the price.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, CRLF included. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
