// Spreadsheet formula injection: Sheets (and Excel opening a CSV) read a cell that starts with
// = + - @ tab CR or LF as a formula. A leading apostrophe makes it text; Sheets hides the
// apostrophe, so the stored value is the original and the hash chain covers that.
const DANGEROUS_START = /^[=+\-@\t\r\n']/;

export function neutraliseCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** The value a neutralised cell stands for (how Sheets shows it, how CSV export gives it back). */
export function readNeutralisedCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

export function toCsvLine(values: string[]): string {
  return values
    .map((v) => {
      const safe = neutraliseCell(v);
      return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}

/** RFC 4180 CSV, quoted fields with commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
