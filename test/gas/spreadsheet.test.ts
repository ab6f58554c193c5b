import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { MESSAGES } from './errors';

function setup() {
  const env = createGasEnvironment({ user: 'owner@pharmacy.example', timeZone: 'Europe/Amsterdam' });
  const ss = env.globals.SpreadsheetApp.create('Audit');
  return { env, ss, sheet: ss.getSheets()[0]! };
}

describe('Range values and formulas', () => {
  it("turns '=' strings into formulas and strips a leading apostrophe", () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 4).setValues([[2, 3, '=SUM(A1:B1)', "'=not a formula"]]);
    sheet.appendRow(['=A1*7', '=HYPERLINK("https://x","open")', "'+31 6 1234", '+cmd|calc']);
    const range = sheet.getRange('A1:D2');
    expect(range.getValues()).toEqual([
      [2, 3, 5, '=not a formula'],
      ['#FORMULA', 'open', '+31 6 1234', '#ERROR!'],
    ]);
    expect(range.getFormulas()).toEqual([
      ['', '', '=SUM(A1:B1)', ''],
      ['=A1*7', '=HYPERLINK("https://x","open")', '', '=+cmd|calc'],
    ]);
  });

  it('parses numeric text like Sheets unless the cell is plain text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('007');
    sheet.getRange('B1').setNumberFormat('@').setValue('007');
    sheet.getRange('C1').setValue('TRUE');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[7, '007', true]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['7', '007', 'TRUE']]);
  });

  it('checks dimensions with Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(MESSAGES.rowsMismatch(1, 2));
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(MESSAGES.columnsMismatch(3, 2));
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as never)).toThrow(
      /don't match the method signature/,
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow(MESSAGES.rangeOutside);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(MESSAGES.cellTooLong);
  });

  it('tracks last row/column, data range, deleteRows and dates', () => {
    const { sheet } = setup();
    const when = new Date('2025-03-01T10:30:00Z');
    sheet.appendRow(['h1', 'h2']);
    sheet.appendRow([when, 2]);
    sheet.appendRow(['x', 3, 'z']);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    expect(sheet.getRange('A2').getValue()).toEqual(when);
    expect(sheet.getRange('A2').setNumberFormat('yyyy-mm-dd hh:mm').getDisplayValue()).toBe(
      '2025-03-01 11:30',
    );
    sheet.deleteRows(2, 1);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['h1', 'h2', ''],
      ['x', 3, 'z'],
    ]);
    expect(sheet.getMaxRows()).toBe(999);
  });
});

describe('Spreadsheet and Sheet', () => {
  it('opens by id and url, inserts and deletes sheets', () => {
    const { env, ss } = setup();
    const app = env.globals.SpreadsheetApp;
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(app.openByUrl(ss.getUrl()).getName()).toBe('Audit');
    const log = ss.insertSheet('Log');
    expect(() => ss.insertSheet('Log')).toThrow(/already exists/);
    log.setFrozenRows(1);
    expect(app.openById(ss.getId()).getSheetByName('Log')?.getFrozenRows()).toBe(1);
    ss.deleteSheet(log);
    expect(ss.getSheetByName('Log')).toBeNull();
    expect(() => app.openById('nope')).toThrow(/openById/);
  });

  it('denies other users until they are editors, and enforces protections', () => {
    const { env, ss, sheet } = setup();
    const other = env.newExecution({ user: 'tech@pharmacy.example' }).globals.SpreadsheetApp;
    expect(() => other.openById(ss.getId())).toThrow(MESSAGES.noAccess);
    ss.addEditor('tech@pharmacy.example');
    const protection = sheet.protect().setDescription('audit');
    other.openById(ss.getId()).getSheets()[0]?.appendRow(['allowed: protection not customised yet']);
    protection.addEditor(env.globals.Session.getEffectiveUser());
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@pharmacy.example']);
    expect(() => other.openById(ss.getId()).getSheets()[0]?.appendRow(['blocked'])).toThrow(
      MESSAGES.protectedCell,
    );
    sheet.appendRow(['owner still writes']);
    protection.setWarningOnly(true);
    other.openById(ss.getId()).getSheets()[0]?.appendRow(['warning only']);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('builds and inserts a chart', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['k', 'v'],
      ['a', 1],
      ['b', 2],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(env.globals.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', 'Intents')
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getOptions().get('title')).toBe('Intents');
    expect(inserted?.getRanges()[0]?.getA1Notation()).toBe('A1:B3');
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(4);
  });
});
