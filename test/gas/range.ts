import { boxToA1, contains, overlaps, type Box } from './a1';
import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import { FakeProtection, protectionBlocks, protectionBox } from './protection';
import type { Faked } from './types';
import { CellInputError, grid, toCell, type Cell, type CellValue, type SheetRecord } from './workbook';

export type RangeApi = Faked<
  GoogleAppsScript.Spreadsheet.Range,
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'setFormula'
  | 'setFormulas'
  | 'getFormula'
  | 'getFormulas'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'setNumberFormat'
  | 'setFontWeight'
  | 'setBackground'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'protect'
  | 'clear'
  | 'clearContent'
  | 'offset'
  | 'getCell'
  | 'canEdit'
>;

export function assertWritable(exec: Execution, sheet: SheetRecord, box: Box): void {
  const user = exec.effectiveUser;
  if (!sheet.workbook.canEdit(user)) throw exec.error(MESSAGES.noAccess);
  for (const p of sheet.workbook.protections) {
    if (p.sheetId !== sheet.id || !protectionBlocks(p, user, sheet)) continue;
    if (!overlaps(protectionBox(p, sheet), box)) continue;
    if (p.type === 'SHEET' && p.unprotected.some((u) => contains(u, box))) continue;
    throw exec.error(MESSAGES.protectedCell);
  }
}

function describe(values: unknown): string {
  if (!Array.isArray(values)) return typeof values;
  const inner = values[0];
  if (Array.isArray(inner)) return 'Object[][]';
  return `${typeof inner === 'number' ? 'number' : typeof inner === 'string' ? 'String' : 'Object'}[]`;
}

export class FakeRange extends GasObject implements RangeApi {
  constructor(
    exec: Execution,
    readonly sheet: SheetRecord,
    readonly box: Box,
  ) {
    super(exec, 'spreadsheet', 'Range');
  }

  private each(fn: (cell: Cell, row: number, col: number) => void): void {
    grid(this.box, (r, c) => fn(this.sheet.ensureCell(r, c), r, c));
  }

  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row)))
      this.fail(
        `The parameters (${describe(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    const rows = values as unknown[][];
    if (rows.length !== this.box.numRows) this.fail(MESSAGES.rowsMismatch(rows.length, this.box.numRows));
    const bad = rows.find((row) => row.length !== this.box.numCols);
    if (bad) this.fail(MESSAGES.columnsMismatch(bad.length, this.box.numCols));
    return rows;
  }

  private writeGrid(rows: unknown[][]): void {
    assertWritable(this.exec, this.sheet, this.box);
    const cells = rows.map((row, i) =>
      row.map((v, j) => {
        try {
          return toCell(v, this.sheet.cell(this.box.row + i, this.box.col + j)?.format ?? null);
        } catch (error) {
          if (error instanceof CellInputError) this.fail(error.message);
          throw error;
        }
      }),
    );
    cells.forEach((row, i) =>
      row.forEach((c, j) => Object.assign(this.sheet.ensureCell(this.box.row + i, this.box.col + j), c)),
    );
  }

  getValues(): CellValue[][] {
    return this.io('getValues', () => this.sheet.values(this.box));
  }

  setValues(values: unknown[][]): this {
    return this.io('setValues', () => {
      this.writeGrid(this.checkGrid(values, 'setValues'));
      return this;
    });
  }

  getValue(): CellValue {
    return this.io('getValue', () => this.sheet.value(this.box.row, this.box.col));
  }

  setValue(value: unknown): this {
    return this.io('setValue', () => {
      this.writeGrid(grid(this.box, () => value));
      return this;
    });
  }

  setFormula(formula: string): this {
    return this.io('setFormula', () => {
      assertWritable(this.exec, this.sheet, this.box);
      const f = formula.startsWith('=') ? formula : `=${formula}`;
      this.each((cell) => Object.assign(cell, { value: '', formula: f }));
      return this;
    });
  }

  setFormulas(formulas: string[][]): this {
    return this.io('setFormulas', () => {
      const rows = this.checkGrid(formulas, 'setFormulas');
      assertWritable(this.exec, this.sheet, this.box);
      this.each((cell, r, c) => {
        const f = String(rows[r - this.box.row]?.[c - this.box.col] ?? '');
        Object.assign(
          cell,
          f ? { value: '', formula: f.startsWith('=') ? f : `=${f}` } : { value: '', formula: null },
        );
      });
      return this;
    });
  }

  getFormula(): string {
    return this.io('getFormula', () => this.sheet.cell(this.box.row, this.box.col)?.formula ?? '');
  }

  getFormulas(): string[][] {
    return this.io('getFormulas', () => this.sheet.formulas(this.box));
  }

  getDisplayValue(): string {
    return this.io('getDisplayValue', () => this.sheet.display(this.box.row, this.box.col));
  }

  getDisplayValues(): string[][] {
    return this.io('getDisplayValues', () => grid(this.box, (r, c) => this.sheet.display(r, c)));
  }

  setNumberFormat(numberFormat: string): this {
    return this.io('setNumberFormat', () => {
      this.each((cell) => (cell.format = numberFormat));
      return this;
    });
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.io('setFontWeight', () => {
      this.each((cell) => (cell.fontWeight = fontWeight));
      return this;
    });
  }

  setBackground(color: string | null): this {
    return this.io('setBackground', () => {
      this.each((cell) => (cell.background = color));
      return this;
    });
  }

  getRow(): number {
    return this.io('getRow', () => this.box.row);
  }

  getColumn(): number {
    return this.io('getColumn', () => this.box.col);
  }

  getNumRows(): number {
    return this.io('getNumRows', () => this.box.numRows);
  }

  getNumColumns(): number {
    return this.io('getNumColumns', () => this.box.numCols);
  }

  getLastRow(): number {
    return this.io('getLastRow', () => this.box.row + this.box.numRows - 1);
  }

  getLastColumn(): number {
    return this.io('getLastColumn', () => this.box.col + this.box.numCols - 1);
  }

  getA1Notation(): string {
    return this.io('getA1Notation', () => boxToA1(this.box));
  }

  protect(): FakeProtection {
    return this.io('protect', () => {
      const workbook = this.sheet.workbook;
      const record = {
        id: workbook.protections.length + 1,
        type: 'RANGE' as const,
        sheetId: this.sheet.id,
        box: { ...this.box },
        description: '',
        editors: new Set([workbook.owner, ...workbook.editors]),
        customized: false,
        warningOnly: false,
        domainEdit: true,
        unprotected: [],
      };
      workbook.protections.push(record);
      return new FakeProtection(this.exec, this.sheet, record);
    });
  }

  clear(): this {
    return this.io('clear', () => {
      assertWritable(this.exec, this.sheet, this.box);
      this.each((cell) =>
        Object.assign(cell, { value: '', formula: null, format: null, fontWeight: null, background: null }),
      );
      return this;
    });
  }

  clearContent(): this {
    return this.io('clearContent', () => {
      assertWritable(this.exec, this.sheet, this.box);
      this.each((cell) => Object.assign(cell, { value: '', formula: null }));
      return this;
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.io('offset', () =>
      this.sheetRange({
        row: this.box.row + rowOffset,
        col: this.box.col + columnOffset,
        numRows: numRows ?? this.box.numRows,
        numCols: numColumns ?? this.box.numCols,
      }),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.io('getCell', () => {
      if (row > this.box.numRows || column > this.box.numCols) this.fail(MESSAGES.rangeOutside);
      return this.sheetRange({
        row: this.box.row + row - 1,
        col: this.box.col + column - 1,
        numRows: 1,
        numCols: 1,
      });
    });
  }

  canEdit(): boolean {
    return this.io('canEdit', () => {
      try {
        assertWritable(this.exec, this.sheet, this.box);
        return true;
      } catch {
        return false;
      }
    });
  }

  private sheetRange(box: Box): FakeRange {
    return new FakeRange(this.exec, this.sheet, checkBox(this.exec, this.sheet, box));
  }
}

export function checkBox(exec: Execution, sheet: SheetRecord, box: Box): Box {
  if (box.row < 1) throw exec.error('The starting row of the range is too small.');
  if (box.col < 1) throw exec.error('The starting column of the range is too small.');
  if (box.numRows < 1) throw exec.error('The number of rows in the range must be at least 1.');
  if (box.numCols < 1) throw exec.error('The number of columns in the range must be at least 1.');
  if (box.row + box.numRows - 1 > sheet.maxRows || box.col + box.numCols - 1 > sheet.maxColumns)
    throw exec.error(MESSAGES.rangeOutside);
  return box;
}
