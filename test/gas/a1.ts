export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Ref {
  row?: number;
  col?: number;
}

function parseRef(ref: string): Ref | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? lettersToColumn(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

export function splitSheetName(a1: string): { sheet: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: a1 };
  return {
    sheet: a1
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'"),
    ref: a1.slice(bang + 1),
  };
}

export function parseA1(a1: string, maxRows: number, maxCols: number): Box | null {
  const [startText, endText, extra] = a1.trim().split(':');
  if (extra !== undefined || !startText) return null;
  const start = parseRef(startText);
  const end = endText === undefined ? start : parseRef(endText);
  if (!start || !end) return null;
  const r1 = start.row ?? 1;
  const c1 = start.col ?? 1;
  const r2 = end.row ?? maxRows;
  const c2 = end.col ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function boxToA1(box: Box): string {
  const start = `${columnToLetters(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${columnToLetters(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
