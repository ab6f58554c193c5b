import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '../../src/core/audit';
import {
  auditRows,
  formulasIn,
  newEnv,
  OWNER,
  runEntry,
  settingsOf,
  STAFF,
  tabOf,
  workbookOf,
} from './audit-harness';

// Google Sheets functions the Dashboard may use: a typo in a name would otherwise pass the fake.
const SHEETS_FUNCTIONS = new Set(
  'ARRAYFORMULA ARRAY_CONSTRAIN COUNTA COUNTIFS COUNTUNIQUE DATEVALUE FILTER FLATTEN IF IFERROR INDEX ISNUMBER LEFT LET MATCH MAX MEDIAN MID NOT PERCENTILE QUERY REGEXEXTRACT REGEXMATCH ROUND SIGN SORT SPLIT TEXT TIMEVALUE TODAY UNIQUE VALUE VLOOKUP WEEKDAY'.split(
    ' ',
  ),
);

interface SetupResult {
  ok: boolean;
  code?: string;
  spreadsheetId?: string;
  created?: boolean;
}

describe('setupAuditSpreadsheet (dist/Code.js)', () => {
  it('creates one spreadsheet with the six tabs, frozen headers, owner-only protections, and a setup row', () => {
    const env = newEnv();
    const result = runEntry<SetupResult>(env, 'setupAuditSpreadsheet');
    expect(result).toMatchObject({ ok: true, created: true });
    expect(settingsOf(env).auditSpreadsheetId).toBe(result.spreadsheetId);
    const workbook = workbookOf(env);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Audit',
      'Dashboard',
      'Templates',
      'Rules',
      'Roles',
      'Feedback',
    ]);
    for (const name of ['Audit', 'Templates', 'Rules', 'Roles', 'Feedback'])
      expect(tabOf(env, name).frozenRows).toBe(1);
    expect(tabOf(env, 'Audit').values()[0]).toEqual([...AUDIT_COLUMNS]);

    const sheetProtections = workbook.protections.filter((p) => p.type === 'SHEET');
    const protectedTabs = sheetProtections
      .map((p) => workbook.sheets.find((s) => s.id === p.sheetId)!.name)
      .sort();
    expect(protectedTabs).toEqual(['Audit', 'Dashboard', 'Feedback']);
    for (const p of workbook.protections) {
      expect(p.warningOnly).toBe(false);
      expect(p.domainEdit).toBe(false);
      expect([...p.editors].filter((e) => e !== OWNER)).toEqual([]);
    }
    const headerProtections = workbook.protections.filter((p) => p.type === 'RANGE');
    expect(
      headerProtections.map((p) => [
        workbook.sheets.find((s) => s.id === p.sheetId)!.name,
        p.box?.row,
        p.box?.numRows,
      ]),
    ).toEqual([
      ['Templates', 1, 1],
      ['Rules', 1, 1],
      ['Roles', 1, 1],
    ]);

    expect(tabOf(env, 'Roles').values().slice(0, 2)).toEqual([
      ['email', 'role', 'note'],
      [OWNER, 'manager', 'added by set-up'],
    ]);
    expect(tabOf(env, 'Templates').values()[1]![0]).toBe('# refill');
    expect(tabOf(env, 'Rules').values()[1]).toEqual([
      '# en',
      'allergy',
      'rash after the new tablets',
      'trigger',
    ]);

    const rows = auditRows(tabOf(env, 'Audit'));
    expect(rows.map((r) => r.action)).toContain('setup');
    const setup = rows.find((r) => r.action === 'setup')!;
    expect(setup).toMatchObject({ actor: OWNER, actorRole: 'manager', outcome: 'success' });
    expect(setup.timestamp).toMatch(/^2026-11-23T09:00:\d\d\.\d{3}\+01:00$/);
  });

  it('an editor other than the owner cannot write the Audit tab', () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const workbook = workbookOf(env);
    workbook.editors.add(STAFF);
    const exec = env.newExecution({ user: STAFF });
    const sheet = exec.globals.SpreadsheetApp.openById(workbook.id).getSheetByName('Audit')!;
    expect(() => sheet.getRange(2, 1).setValue('x')).toThrow();
    expect(() => sheet.deleteRow(2)).toThrow();
  });

  it('builds the Dashboard with formulas over the Audit tab and three charts', () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    const dashboard = tabOf(env, 'Dashboard');
    const formulas = formulasIn(dashboard).join('\n');
    for (const fn of ['QUERY(', 'COUNTIFS(', 'PERCENTILE(', 'MEDIAN(', 'COUNTUNIQUE(', 'SORT('])
      expect(formulas).toContain(fn);
    for (const needle of [
      '"first-response"',
      'minutes=',
      'priority=urgent',
      '"escalate"',
      '"system"',
      'draftUsed=1',
      'Feedback!',
      'TODAY()',
      'VLOOKUP(',
    ])
      expect(formulas).toContain(needle);
    for (const f of formulasIn(dashboard)) {
      expect(f.startsWith('=')).toBe(true);
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, fn] of code.matchAll(/([A-Z_][A-Z0-9_.]*)\(/g)) expect(SHEETS_FUNCTIONS).toContain(fn);
      expect(code.split('{').length).toBe(code.split('}').length);
      expect(f.split('(').length).toBe(f.split(')').length);
      expect((f.match(/"/g) ?? []).length % 2).toBe(0);
    }
    expect(dashboard.charts.map((c) => c.type)).toEqual(['COLUMN', 'PIE', 'BAR']);
    expect(
      dashboard.charts.every((c) => c.ranges.length === 1 && c.ranges[0]!.sheetId === dashboard.id),
    ).toBe(true);
  });

  it('is idempotent: a second run adopts the same sheet and rebuilds only the Dashboard', () => {
    const env = newEnv();
    const first = runEntry<SetupResult>(env, 'setupAuditSpreadsheet');
    const second = runEntry<SetupResult>(env, 'setupAuditSpreadsheet');
    expect(second).toMatchObject({ ok: true, created: false, spreadsheetId: first.spreadsheetId });
    expect(env.workbooks.list()).toHaveLength(1);
    const workbook = workbookOf(env);
    expect(workbook.sheets).toHaveLength(6);
    expect(workbook.protections).toHaveLength(6);
    expect(tabOf(env, 'Dashboard').charts).toHaveLength(3);
    expect(tabOf(env, 'Roles').lastRow()).toBe(2);
    expect(auditRows(tabOf(env, 'Audit')).filter((r) => r.action === 'setup')).toHaveLength(2);
  });

  it('adopts a spreadsheet given by URL and keeps its other tabs', () => {
    const env = newEnv();
    const existing = env.workbooks.create('Pharmacy records', { owner: OWNER });
    const result = runEntry<SetupResult>(env, 'setupAuditSpreadsheet', [existing.url]);
    expect(result).toMatchObject({ ok: true, created: false, spreadsheetId: existing.id });
    expect(existing.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Audit',
      'Dashboard',
      'Templates',
      'Rules',
      'Roles',
      'Feedback',
    ]);
  });

  it('refuses to adopt a spreadsheet it does not own: its protections would not hold', () => {
    const env = newEnv();
    const foreign = env.workbooks.create('Shared', { owner: 'someone@pharmacy.example', editors: [OWNER] });
    expect(runEntry<SetupResult>(env, 'setupAuditSpreadsheet', [foreign.id])).toEqual({
      ok: false,
      code: 'not_owner',
    });
    expect(settingsOf(env).auditSpreadsheetId).toBeUndefined();
  });

  it('refuses staff, and anyone whose address Apps Script cannot tell', () => {
    const env = newEnv();
    runEntry(env, 'setupAuditSpreadsheet');
    expect(runEntry<SetupResult>(env, 'setupAuditSpreadsheet', [], { user: STAFF })).toEqual({
      ok: false,
      code: 'forbidden',
    });
    expect(runEntry<SetupResult>(env, 'setupAuditSpreadsheet', [], { user: '' })).toEqual({
      ok: false,
      code: 'unknown_user',
    });
  });
});
