import { parseA1, splitSheetName, type Box } from './a1';
import { isDate } from './bytes';
import { MESSAGES } from './errors';
import { formatDateSimple, sheetsToJavaPattern } from './format-date';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula: string | null;
  format: string | null;
  fontWeight: string | null;
  background: string | null;
}

export interface ChartRecord {
  id: number;
  type: string;
  ranges: Array<{ sheetId: number; box: Box }>;
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
}

export interface ProtectionRecord {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  box: Box | null;
  description: string;
  editors: Set<string>;
  customized: boolean;
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Box[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class CellInputError extends Error {}

export function toCell(input: unknown, format: string | null): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '', formula: null };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  const text = String(input);
  if (text.length > 50_000) throw new CellInputError(MESSAGES.cellTooLong);
  if (format === '@') return { value: text, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (NUMBER.test(text.trim())) return { value: Number(text.trim()), formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: null };
  // Sheets parses a leading + or - like the start of a formula, which is how CSV injection works.
  if (/^[+-]./.test(text)) return { value: '', formula: `=${text}` };
  return { value: text, formula: null };
}

export class SheetRecord {
  rows: Array<Array<Cell | undefined>> = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  columnWidths = new Map<number, number>();
  charts: ChartRecord[] = [];

  constructor(
    readonly workbook: WorkbookRecord,
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensureCell(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= { value: '', formula: null, format: null, fontWeight: null, background: null });
  }

  write(row: number, col: number, input: unknown): void {
    const cell = this.ensureCell(row, col);
    Object.assign(cell, toCell(input, cell.format));
  }

  hasContent(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    return !!cell && (cell.formula !== null || cell.value !== '');
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((_, i) => this.hasContent(r, i + 1))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    this.rows.forEach((row, ri) =>
      row.forEach((_, ci) => {
        if (ci + 1 > last && this.hasContent(ri + 1, ci + 1)) last = ci + 1;
      }),
    );
    return last;
  }

  value(row: number, col: number, depth = 0): CellValue {
    const cell = this.cell(row, col);
    if (!cell) return '';
    if (cell.formula !== null) return evaluate(cell.formula, this, depth + 1);
    return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
  }

  display(row: number, col: number): string {
    return displayValue(this.value(row, col), this.cell(row, col)?.format ?? null, this.workbook.timeZone);
  }

  values(box: Box = this.dataBox()): CellValue[][] {
    return grid(box, (r, c) => this.value(r, c));
  }

  formulas(box: Box = this.dataBox()): string[][] {
    return grid(box, (r, c) => this.cell(r, c)?.formula ?? '');
  }

  dataBox(): Box {
    return { row: 1, col: 1, numRows: Math.max(1, this.lastRow()), numCols: Math.max(1, this.lastColumn()) };
  }

  deleteRows(position: number, count: number): void {
    this.rows.splice(position - 1, count);
    this.maxRows -= count;
  }

  insertRowsAfter(position: number, count: number): void {
    if (this.rows.length > position)
      this.rows.splice(position, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
  }
}

export function grid<T>(box: Box, fn: (row: number, col: number) => T): T[][] {
  return Array.from({ length: box.numRows }, (_, i) =>
    Array.from({ length: box.numCols }, (_, j) => fn(box.row + i, box.col + j)),
  );
}

function displayValue(value: CellValue, format: string | null, timeZone: string): string {
  if (value instanceof Date) {
    const pattern = format && /[ydhms]/i.test(format) ? sheetsToJavaPattern(format) : 'M/d/yyyy H:mm:ss';
    return formatDateSimple(value, timeZone, pattern);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const decimals = format ? /0\.(0+)/.exec(format)?.[1]?.length : undefined;
    if (format?.endsWith('%')) return `${(value * 100).toFixed(decimals ?? 0)}%`;
    if (decimals !== undefined) return value.toFixed(decimals);
    if (format === '0') return Math.round(value).toString();
    return String(value);
  }
  return value;
}

function evaluate(formula: string, sheet: SheetRecord, depth: number): CellValue {
  if (depth > 50) return '#REF!';
  const expr = formula.slice(1).trim();
  if (/^[+-]/.test(expr) && !/^[+-]\s*(\d|\$?[A-Z]+\$?\d)/i.test(expr)) return '#ERROR!';
  const fn = /^([A-Z]+)\((.*)\)$/i.exec(expr);
  if (fn) return callFunction((fn[1] ?? '').toUpperCase(), fn[2] ?? '', sheet, depth);
  return scalar(expr, sheet, depth) ?? '#FORMULA';
}

function scalar(expr: string, sheet: SheetRecord, depth: number): CellValue | undefined {
  const text = /^"((?:[^"]|"")*)"$/.exec(expr);
  if (text) return (text[1] ?? '').replace(/""/g, '"');
  if (NUMBER.test(expr)) return Number(expr);
  if (/^(TRUE|FALSE)$/i.test(expr)) return expr.toUpperCase() === 'TRUE';
  const cells = resolveRange(expr, sheet);
  if (cells && cells.box.numRows === 1 && cells.box.numCols === 1)
    return cells.sheet.value(cells.box.row, cells.box.col, depth);
  return undefined;
}

function resolveRange(expr: string, sheet: SheetRecord): { sheet: SheetRecord; box: Box } | null {
  const { sheet: name, ref } = splitSheetName(expr.trim());
  const target = name === null ? sheet : sheet.workbook.sheets.find((s) => s.name === name);
  if (!target) return null;
  const box = parseA1(ref, Math.max(target.lastRow(), 1), Math.max(target.lastColumn(), 1));
  return box ? { sheet: target, box } : null;
}

function callFunction(name: string, args: string, sheet: SheetRecord, depth: number): CellValue {
  if (name === 'HYPERLINK') {
    const parts = args.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((a) => scalar(a.trim(), sheet, depth));
    return parts[1] ?? parts[0] ?? '#FORMULA';
  }
  const range = resolveRange(args, sheet);
  if (!range) return '#FORMULA';
  const values = range.sheet.values(range.box).flat();
  const numbers = values.filter((v): v is number => typeof v === 'number');
  switch (name) {
    case 'SUM':
      return numbers.reduce((a, b) => a + b, 0);
    case 'COUNT':
      return numbers.length;
    case 'COUNTA':
      return values.filter((v) => v !== '').length;
    case 'AVERAGE':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : '#DIV/0!';
    case 'MIN':
      return numbers.length ? Math.min(...numbers) : 0;
    case 'MAX':
      return numbers.length ? Math.max(...numbers) : 0;
  }
  return '#FORMULA';
}

export interface WorkbookAccess {
  owner: string;
  editors?: string[];
  anyoneCanEdit?: boolean;
}

export class WorkbookRecord {
  sheets: SheetRecord[] = [];
  protections: ProtectionRecord[] = [];
  activeSheetId = 0;
  editors = new Set<string>();
  anyoneCanEdit: boolean;
  owner: string;
  private nextSheetId = 0;

  constructor(
    readonly id: string,
    public name: string,
    access: WorkbookAccess,
    public timeZone: string,
    private readonly store: WorkbookStore,
  ) {
    this.owner = access.owner;
    for (const e of access.editors ?? []) this.editors.add(e);
    this.anyoneCanEdit = access.anyoneCanEdit ?? false;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  addSheet(name: string, index = this.sheets.length, rows = 1000, cols = 26): SheetRecord {
    const sheet = new SheetRecord(this, this.nextSheetId, name, rows, cols);
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_000 + this.store.nextNumber() : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): SheetRecord | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  canEdit(user: string): boolean {
    return this.anyoneCanEdit || user === this.owner || this.editors.has(user);
  }
}

export class WorkbookStore {
  readonly workbooks = new Map<string, WorkbookRecord>();
  private counter = 0;

  constructor(
    private readonly defaultOwner: string,
    private readonly timeZone: string,
  ) {}

  nextNumber(): number {
    return ++this.counter;
  }

  create(name: string, access: Partial<WorkbookAccess> = {}, rows = 1000, cols = 26): WorkbookRecord {
    const n = this.nextNumber();
    const id = `1FakeSheet${String(n).padStart(4, '0')}${'x'.repeat(30)}`;
    const workbook = new WorkbookRecord(
      id,
      name,
      { owner: this.defaultOwner, ...access },
      this.timeZone,
      this,
    );
    workbook.addSheet('Sheet1', 0, rows, cols);
    this.workbooks.set(id, workbook);
    return workbook;
  }

  get(id: string): WorkbookRecord | undefined {
    return this.workbooks.get(id);
  }

  byName(name: string): WorkbookRecord[] {
    return [...this.workbooks.values()].filter((w) => w.name === name);
  }

  list(): WorkbookRecord[] {
    return [...this.workbooks.values()];
  }
}
