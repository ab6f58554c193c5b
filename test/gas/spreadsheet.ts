import { parseA1, splitSheetName, type Box } from './a1';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type EmbeddedChartApi } from './charts';
import { MESSAGES } from './errors';
import { GasObject, type Execution } from './execution';
import { FakeProtection, ProtectionType } from './protection';
import { assertWritable, checkBox, FakeRange } from './range';
import { emailOfUser, FakeUser, type UserApi } from './session';
import type { Faked } from './types';
import {
  CellInputError,
  toCell,
  type ProtectionRecord,
  type SheetRecord,
  type WorkbookRecord,
  type WorkbookStore,
} from './workbook';

import Ss = GoogleAppsScript.Spreadsheet;

export type SpreadsheetAppApi = Faked<
  Ss.SpreadsheetApp,
  'create' | 'openById' | 'openByUrl' | 'flush' | 'ProtectionType'
>;

export type SpreadsheetApi = Faked<
  Ss.Spreadsheet,
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSheetByName'
  | 'getSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'getOwner'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'getEditors'
  | 'getProtections'
  | 'getSpreadsheetTimeZone'
>;

export type SheetApi = Faked<
  Ss.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getParent'
  | 'getRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'protect'
  | 'getProtections'
  | 'getDataRange'
  | 'clear'
  | 'deleteRows'
  | 'deleteRow'
  | 'insertRowsAfter'
  | 'setColumnWidth'
  | 'insertChart'
  | 'getCharts'
  | 'newChart'
  | 'removeChart'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
>;

const URL_ID = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

export class FakeSpreadsheetApp extends GasObject implements SpreadsheetAppApi {
  readonly ProtectionType = ProtectionType;

  constructor(
    exec: Execution,
    private readonly store: WorkbookStore,
  ) {
    super(exec, 'spreadsheet', 'SpreadsheetApp');
  }

  private open(method: string, id: string | undefined): FakeSpreadsheet {
    const workbook = id === undefined ? undefined : this.store.get(id);
    if (!workbook)
      this.fail(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    if (!workbook.canEdit(this.exec.effectiveUser)) this.fail(MESSAGES.noAccess);
    return new FakeSpreadsheet(this.exec, workbook);
  }

  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    return this.io('create', () => {
      const workbook = this.store.create(name, { owner: this.exec.effectiveUser }, rows, columns);
      return new FakeSpreadsheet(this.exec, workbook);
    });
  }

  openById(id: string): FakeSpreadsheet {
    return this.io('openById', () => this.open('openById', id));
  }

  openByUrl(url: string): FakeSpreadsheet {
    return this.io('openByUrl', () => {
      const id = URL_ID.exec(url)?.[1];
      if (!id) this.fail('Invalid argument: url');
      return this.open('openByUrl', id);
    });
  }

  flush(): void {
    this.io('flush', () => undefined);
  }
}

function protectionsOf(
  exec: Execution,
  workbook: WorkbookRecord,
  type: Ss.ProtectionType,
  sheetId?: number,
): FakeProtection[] {
  return workbook.protections
    .filter((p) => ProtectionType[p.type] === type && (sheetId === undefined || p.sheetId === sheetId))
    .map((p) => {
      const sheet = workbook.sheets.find((s) => s.id === p.sheetId);
      if (!sheet) throw exec.error(MESSAGES.notFound);
      return new FakeProtection(exec, sheet, p);
    });
}

export class FakeSpreadsheet extends GasObject implements SpreadsheetApi {
  constructor(
    exec: Execution,
    readonly workbook: WorkbookRecord,
  ) {
    super(exec, 'spreadsheet', 'Spreadsheet');
  }

  private sheetOf(sheet: SheetApi): SheetRecord {
    if (!(sheet instanceof FakeSheet) || !this.workbook.sheets.includes(sheet.record))
      this.fail('Invalid argument: sheet');
    return sheet.record;
  }

  getId(): string {
    return this.io('getId', () => this.workbook.id);
  }

  getUrl(): string {
    return this.io('getUrl', () => this.workbook.url);
  }

  getName(): string {
    return this.io('getName', () => this.workbook.name);
  }

  rename(newName: string): void {
    this.io('rename', () => (this.workbook.name = newName));
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.io('getSheetByName', () => {
      const sheet = this.workbook.sheet(name);
      return sheet ? new FakeSheet(this.exec, sheet) : null;
    });
  }

  getSheets(): FakeSheet[] {
    return this.io('getSheets', () => this.workbook.sheets.map((s) => new FakeSheet(this.exec, s)));
  }

  insertSheet(nameOrIndex?: string | number, indexOrOptions?: number | object): FakeSheet {
    return this.io('insertSheet', () => {
      if (!this.workbook.canEdit(this.exec.effectiveUser)) this.fail(MESSAGES.noAccess);
      const name = typeof nameOrIndex === 'string' ? nameOrIndex : `Sheet${this.workbook.sheets.length + 1}`;
      if (this.workbook.sheet(name))
        this.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
      const at =
        typeof nameOrIndex === 'number'
          ? nameOrIndex
          : typeof indexOrOptions === 'number'
            ? indexOrOptions
            : undefined;
      const sheet = this.workbook.addSheet(name, at);
      this.workbook.activeSheetId = sheet.id;
      return new FakeSheet(this.exec, sheet);
    });
  }

  deleteSheet(sheet: SheetApi): void {
    this.io('deleteSheet', () => {
      const record = this.sheetOf(sheet);
      if (this.workbook.sheets.length === 1) this.fail("You can't remove all the sheets in a document.");
      this.workbook.sheets = this.workbook.sheets.filter((s) => s !== record);
      this.workbook.protections = this.workbook.protections.filter((p) => p.sheetId !== record.id);
      if (this.workbook.activeSheetId === record.id)
        this.workbook.activeSheetId = this.workbook.sheets[0]?.id ?? 0;
    });
  }

  setActiveSheet(sheet: SheetApi): FakeSheet {
    return this.io('setActiveSheet', () => {
      const record = this.sheetOf(sheet);
      this.workbook.activeSheetId = record.id;
      return new FakeSheet(this.exec, record);
    });
  }

  getActiveSheet(): FakeSheet {
    return this.io('getActiveSheet', () => {
      const sheet =
        this.workbook.sheets.find((s) => s.id === this.workbook.activeSheetId) ?? this.workbook.sheets[0];
      if (!sheet) this.fail(MESSAGES.notFound);
      return new FakeSheet(this.exec, sheet);
    });
  }

  getOwner(): FakeUser | null {
    return this.io('getOwner', () => new FakeUser(this.workbook.owner));
  }

  addEditor(user: string | UserApi): this {
    return this.io('addEditor', () => {
      this.workbook.editors.add(emailOfUser(user));
      return this;
    });
  }

  addEditors(emailAddresses: string[]): this {
    return this.io('addEditors', () => {
      for (const e of emailAddresses) this.workbook.editors.add(e);
      return this;
    });
  }

  removeEditor(user: string | UserApi): this {
    return this.io('removeEditor', () => {
      this.workbook.editors.delete(emailOfUser(user));
      return this;
    });
  }

  getEditors(): FakeUser[] {
    return this.io('getEditors', () =>
      [this.workbook.owner, ...[...this.workbook.editors].sort()].map((e) => new FakeUser(e)),
    );
  }

  getProtections(type: Ss.ProtectionType): FakeProtection[] {
    return this.io('getProtections', () => protectionsOf(this.exec, this.workbook, type));
  }

  getSpreadsheetTimeZone(): string {
    return this.io('getSpreadsheetTimeZone', () => this.workbook.timeZone);
  }
}

export class FakeSheet extends GasObject implements SheetApi {
  constructor(
    exec: Execution,
    readonly record: SheetRecord,
  ) {
    super(exec, 'spreadsheet', 'Sheet');
  }

  private range(box: Box): FakeRange {
    return new FakeRange(this.exec, this.record, checkBox(this.exec, this.record, box));
  }

  getName(): string {
    return this.io('getName', () => this.record.name);
  }

  setName(name: string): this {
    return this.io('setName', () => {
      if (this.record.workbook.sheets.some((s) => s !== this.record && s.name === name))
        this.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
      this.record.name = name;
      return this;
    });
  }

  getSheetId(): number {
    return this.io('getSheetId', () => this.record.id);
  }

  getParent(): FakeSpreadsheet {
    return this.io('getParent', () => new FakeSpreadsheet(this.exec, this.record.workbook));
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    return this.io('getRange', () => {
      if (typeof rowOrA1 === 'string') {
        const { sheet, ref } = splitSheetName(rowOrA1);
        if (sheet !== null && sheet !== this.record.name) this.fail(`Range not found`);
        const box = parseA1(ref, this.record.maxRows, this.record.maxColumns);
        if (!box) this.fail('Range not found');
        return this.range(box);
      }
      if (column === undefined) this.fail('Invalid argument: column');
      return this.range({ row: rowOrA1, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
    });
  }

  getLastRow(): number {
    return this.io('getLastRow', () => this.record.lastRow());
  }

  getLastColumn(): number {
    return this.io('getLastColumn', () => this.record.lastColumn());
  }

  getMaxRows(): number {
    return this.io('getMaxRows', () => this.record.maxRows);
  }

  getMaxColumns(): number {
    return this.io('getMaxColumns', () => this.record.maxColumns);
  }

  appendRow(rowContents: unknown[]): this {
    return this.io('appendRow', () => {
      if (!Array.isArray(rowContents))
        this.fail(
          `The parameters (${typeof rowContents}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
        );
      const row = this.record.lastRow() + 1;
      const box = { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) };
      assertWritable(this.exec, this.record, box);
      const cells = rowContents.map((v) => {
        try {
          return toCell(v, null);
        } catch (error) {
          if (error instanceof CellInputError) this.fail(error.message);
          throw error;
        }
      });
      if (row > this.record.maxRows) this.record.maxRows = row;
      if (rowContents.length > this.record.maxColumns) this.record.maxColumns = rowContents.length;
      cells.forEach((c, i) => Object.assign(this.record.ensureCell(row, i + 1), c));
      return this;
    });
  }

  setFrozenRows(rows: number): void {
    this.io('setFrozenRows', () => (this.record.frozenRows = rows));
  }

  getFrozenRows(): number {
    return this.io('getFrozenRows', () => this.record.frozenRows);
  }

  setFrozenColumns(columns: number): void {
    this.io('setFrozenColumns', () => (this.record.frozenColumns = columns));
  }

  getFrozenColumns(): number {
    return this.io('getFrozenColumns', () => this.record.frozenColumns);
  }

  protect(): FakeProtection {
    return this.io('protect', () => {
      const workbook = this.record.workbook;
      const existing = workbook.protections.find((p) => p.type === 'SHEET' && p.sheetId === this.record.id);
      const record: ProtectionRecord = existing ?? {
        id: workbook.protections.length + 1,
        type: 'SHEET',
        sheetId: this.record.id,
        box: null,
        description: '',
        editors: new Set([workbook.owner, ...workbook.editors]),
        customized: false,
        warningOnly: false,
        domainEdit: true,
        unprotected: [],
      };
      if (!existing) workbook.protections.push(record);
      return new FakeProtection(this.exec, this.record, record);
    });
  }

  getProtections(type: Ss.ProtectionType): FakeProtection[] {
    return this.io('getProtections', () =>
      protectionsOf(this.exec, this.record.workbook, type, this.record.id),
    );
  }

  getDataRange(): FakeRange {
    return this.io('getDataRange', () => this.range(this.record.dataBox()));
  }

  clear(): this {
    return this.io('clear', () => {
      assertWritable(this.exec, this.record, {
        row: 1,
        col: 1,
        numRows: this.record.maxRows,
        numCols: this.record.maxColumns,
      });
      this.record.rows = [];
      return this;
    });
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.io('deleteRows', () => {
      if (rowPosition < 1 || rowPosition + howMany - 1 > this.record.maxRows)
        this.fail('Those rows are out of bounds.');
      if (howMany >= this.record.maxRows) this.fail("You can't delete all the rows on the sheet.");
      assertWritable(this.exec, this.record, {
        row: rowPosition,
        col: 1,
        numRows: howMany,
        numCols: this.record.maxColumns,
      });
      this.record.deleteRows(rowPosition, howMany);
    });
  }

  deleteRow(rowPosition: number): this {
    return this.io('deleteRow', () => {
      if (rowPosition < 1 || rowPosition > this.record.maxRows) this.fail('Those rows are out of bounds.');
      assertWritable(this.exec, this.record, {
        row: rowPosition,
        col: 1,
        numRows: 1,
        numCols: this.record.maxColumns,
      });
      this.record.deleteRows(rowPosition, 1);
      return this;
    });
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.io('insertRowsAfter', () => {
      this.record.insertRowsAfter(afterPosition, howMany);
      return this;
    });
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.io('setColumnWidth', () => {
      this.record.columnWidths.set(columnPosition, width);
      return this;
    });
  }

  insertChart(chart: EmbeddedChartApi): void {
    this.io('insertChart', () => {
      if (!(chart instanceof FakeEmbeddedChart)) this.fail('Invalid argument: chart');
      this.record.charts.push(chart.record);
    });
  }

  getCharts(): FakeEmbeddedChart[] {
    return this.io('getCharts', () =>
      this.record.charts.map((c) => new FakeEmbeddedChart(this.exec, this.record, c)),
    );
  }

  newChart(): FakeEmbeddedChartBuilder {
    return this.exec.nonIo('Sheet.newChart', () => new FakeEmbeddedChartBuilder(this.exec, this.record));
  }

  removeChart(chart: EmbeddedChartApi): void {
    this.io('removeChart', () => {
      if (!(chart instanceof FakeEmbeddedChart)) this.fail('Invalid argument: chart');
      this.record.charts = this.record.charts.filter((c) => c.id !== chart.record.id);
    });
  }

  hideSheet(): this {
    return this.io('hideSheet', () => {
      if (this.record.workbook.sheets.filter((s) => !s.hidden && s !== this.record).length === 0)
        this.fail("You can't hide all the sheets in a document.");
      this.record.hidden = true;
      return this;
    });
  }

  showSheet(): this {
    return this.io('showSheet', () => {
      this.record.hidden = false;
      return this;
    });
  }

  isSheetHidden(): boolean {
    return this.io('isSheetHidden', () => this.record.hidden);
  }
}
