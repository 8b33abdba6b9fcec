/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte-order mark, without which Excel guesses a legacy code page and shows
 * Arabic as mojibake.
 */

const byteOrderMark = '\uFEFF';

/**
 * Corpus text is hostile: a quote that begins with "=" would run as a formula
 * in Excel, LibreOffice or Sheets (CSV injection). A leading apostrophe makes
 * the spreadsheet show the cell as text. The full-width signs are included
 * because some spreadsheets fold them to their ASCII forms, and what some trim
 * before parsing is looked through: spaces (the no-break and ideographic ones
 * too), line feeds, and the invisible zero-width space and byte-order mark.
 */
const formulaStart = /^(?:[\t\r]|[ \n\u00A0\u3000\u200B\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the header line, then one line per record, each ended by CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  const lines = [header, ...records].map((fields) => fields.map(csvField).join(','));
  return `${byteOrderMark}${lines.map((line) => `${line}\r\n`).join('')}`;
}
