// Set-up: one spreadsheet (created, or adopted when its id or URL is given or already configured)
// with the tabs Audit, Dashboard, Templates, Rules, Roles and Feedback. Running it again repairs
// what is missing and rebuilds the Dashboard; it never rewrites existing rows.
import { AUDIT_COLUMNS } from '../core/audit';
import { spreadsheetIdFrom } from '../core/config/settings';
import { AUDIT_SHEET, appendAuditLocked, sheetText } from '../gas/audit-sink';
import { readSettings, writeSettings } from '../gas/properties';
import {
  ROLES_HEADER,
  ROLES_SHEET,
  authorize,
  forgetRoles,
  parseRoleRows,
  storeRoleTable,
} from '../gas/roles';
import { RULES_HEADER, RULES_SHEET, TEMPLATES_HEADER, TEMPLATES_SHEET, forgetSheetConfig } from './config';
import { DASHBOARD_SHEET, buildDashboard } from './dashboard';
import { auditEvent, detailOf } from './events';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from './feedback';
import { protectHeaderRow, protectSheet } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SPREADSHEET_NAME = 'Pharmacy inbox triage: audit';
export const TABS = [
  AUDIT_SHEET,
  DASHBOARD_SHEET,
  TEMPLATES_SHEET,
  RULES_SHEET,
  ROLES_SHEET,
  FEEDBACK_SHEET,
] as const;

export type SetupCode =
  | 'not_owner'
  | 'unknown_user'
  | 'forbidden'
  | 'busy'
  | 'invalid_spreadsheet'
  | 'cannot_open'
  | 'audit_header_mismatch';

export interface SetupResult {
  ok: boolean;
  code?: SetupCode;
  spreadsheetId?: string;
  url?: string;
  created?: boolean;
}

const EXAMPLE_TEMPLATE = [
  '# refill',
  'en',
  'Your repeat prescription',
  'Hello {{patientFirstName}},\n\nWe have received your request and will let you know when it is ready.\n\n{{signature}}',
  '1',
  '',
];
const EXAMPLE_RULE = ['# en', 'allergy', 'rash after the new tablets', 'trigger'];

function tab(spreadsheet: Spreadsheet, name: string): Sheet {
  return spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
}

/** Writes header and seed rows into an empty tab; true when the tab was empty. */
function seed(sheet: Sheet, rows: readonly (readonly string[])[]): boolean {
  if (sheet.getLastRow() > 0) return false;
  const width = Math.max(...rows.map((r) => r.length));
  sheet
    .getRange(1, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, i) => sheetText(r[i] ?? ''))));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  return true;
}

function open(target: string): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(target);
  } catch {
    return null;
  }
}

function setUpLocked(who: { actor: string; actorRole: string }, adopt: string | undefined): SetupResult {
  const settings = readSettings();
  const target = adopt === undefined ? settings.auditSpreadsheetId : spreadsheetIdFrom(adopt);
  if (target === null) return { ok: false, code: 'invalid_spreadsheet' };
  const spreadsheet = target ? open(target) : SpreadsheetApp.create(SPREADSHEET_NAME);
  if (!spreadsheet) return { ok: false, code: 'cannot_open' };
  const created = !target;
  // Only the owner passes the protections below: whoever sets up must own the sheet (a shared drive has no owner).
  const owner = spreadsheet.getOwner()?.getEmail().toLowerCase();
  if (owner && owner !== Session.getEffectiveUser().getEmail().toLowerCase())
    return { ok: false, code: 'not_owner' };

  const first = spreadsheet.getSheets()[0];
  const audit =
    spreadsheet.getSheetByName(AUDIT_SHEET) ??
    (created && first ? first.setName(AUDIT_SHEET) : tab(spreadsheet, AUDIT_SHEET));
  if (
    !seed(audit, [AUDIT_COLUMNS]) &&
    audit.getRange(1, 1, 1, AUDIT_COLUMNS.length).getValues()[0]!.join(',') !== AUDIT_COLUMNS.join(',')
  )
    return { ok: false, code: 'audit_header_mismatch' };
  const dashboard = tab(spreadsheet, DASHBOARD_SHEET);
  const templates = tab(spreadsheet, TEMPLATES_SHEET);
  const rules = tab(spreadsheet, RULES_SHEET);
  const roles = tab(spreadsheet, ROLES_SHEET);
  const feedback = tab(spreadsheet, FEEDBACK_SHEET);
  seed(templates, [TEMPLATES_HEADER, EXAMPLE_TEMPLATE]);
  seed(rules, [RULES_HEADER, EXAMPLE_RULE]);
  seed(roles, [ROLES_HEADER, [who.actor, 'manager', 'added by set-up']]);
  seed(feedback, [FEEDBACK_COLUMNS]);

  for (const sheet of [audit, templates, rules, roles, feedback]) sheet.setFrozenRows(1);
  protectSheet(audit, 'Audit trail: written by the add-on only');
  protectSheet(feedback, 'Corrections: written by the add-on only');
  protectSheet(dashboard, 'Dashboard: rebuilt by set-up');
  for (const sheet of [templates, rules, roles]) protectHeaderRow(sheet, `${sheet.getName()}: header row`);
  buildDashboard(dashboard);

  const id = spreadsheet.getId();
  if (settings.auditSpreadsheetId !== id) writeSettings({ ...settings, auditSpreadsheetId: id });
  appendAuditLocked([
    auditEvent(
      { action: 'setup', decidedBy: 'person', detail: detailOf({ created, tabs: TABS.length }) },
      who,
    ),
  ]);
  forgetRoles();
  storeRoleTable(parseRoleRows(roles.getDataRange().getValues()));
  forgetSheetConfig();
  return { ok: true, spreadsheetId: id, url: spreadsheet.getUrl(), created };
}

/**
 * Creates or adopts the audit spreadsheet. Managers only (before any sheet exists, the first user).
 * `adopt`: an id or URL to use instead of creating one; ignored when Apps Script passes an event.
 */
export function setupAuditSpreadsheet(adopt?: unknown): SetupResult {
  const auth = authorize('configure');
  if (!auth.ok) return { ok: false, code: auth.code };
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return { ok: false, code: 'busy' };
  try {
    return setUpLocked(auth, typeof adopt === 'string' ? adopt : undefined);
  } finally {
    lock.releaseLock();
  }
}
