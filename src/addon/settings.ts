// Settings: managers only. A new audit sheet is adopted through set-up before the settings are
// stored (set-up seeds the Roles tab, so the manager cannot lock themselves out); every save is
// audited as `config-change`, with field names and counts only.
import { emergencyNumberFor, validateSettings, type Settings } from '../core/config/settings';
import { can } from '../core/policy/roles';
import {
  SETTINGS_FIELDS,
  settingsCard,
  type SettingsField,
  type SettingsForm,
  type SettingsView,
} from '../cards/settings-card';
import { universal } from '../cards/responses';
import { writeSettings } from '../gas/properties';
import { forgetRoles, type Actor } from '../gas/roles';
import { forgetSheetConfig, sheetConfigErrors } from '../sheet/config';
import { setupAuditSpreadsheet } from '../sheet/setup';
import { verifyAudit } from '../sheet/verify';
import type { AddonEvent, Context } from './context';
import { Failure } from './errors';
import { failureCard, runAction, runView } from './run';

export function formOf(settings: Settings): SettingsForm {
  return {
    pharmacyName: settings.pharmacyName,
    signature: settings.signature,
    phone: settings.phone,
    defaultLanguage: settings.defaultLanguage,
    labelPrefix: settings.labelPrefix,
    auditSpreadsheetId: settings.auditSpreadsheetId,
    country: settings.country,
    emergencyNumber: emergencyNumberFor(settings),
  };
}

function configRows(): SettingsView['configErrors'] {
  try {
    return sheetConfigErrors()
      .slice(0, 5)
      .map((e) => ({ tab: e.tab, row: e.row, code: e.code }));
  } catch {
    return [];
  }
}

function view(actor: Actor, form: SettingsForm, errors: SettingsView['errors'] = {}): SettingsView {
  const canEdit = can(actor.roles, 'configure');
  return {
    form,
    errors,
    canEdit,
    canCreateSheet: canEdit,
    canVerify: can(actor.roles, 'verify-audit'),
    configErrors: canEdit && form.auditSpreadsheetId ? configRows() : [],
  };
}

export function onSettingsImpl(e: AddonEvent): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return runView(
    e,
    'view',
    (ctx, actor) => universal(settingsCard(view(actor, formOf(ctx.settings())), ctx.ui)),
    (ctx, code) => universal(failureCard(ctx, code)),
  );
}

function submitted(ctx: Context): SettingsForm {
  const form = {} as SettingsForm;
  for (const field of SETTINGS_FIELDS) form[field] = ctx.input(field);
  return form;
}

/** validateSettings' fields onto the card's; the emergency number belongs to the chosen country. */
function fieldOf(field: string): SettingsField {
  return field === 'emergencyNumbers'
    ? 'emergencyNumber'
    : (((SETTINGS_FIELDS as readonly string[]).includes(field) ? field : 'pharmacyName') as SettingsField);
}

export function saveSettings(e: AddonEvent) {
  return runAction(e, 'config-change', 'configure', (ctx, actor, record) => {
    const current = ctx.settings();
    const form = submitted(ctx);
    const country = form.country.trim().toUpperCase();
    const { emergencyNumber, ...rest } = form;
    const input: Partial<Record<keyof Settings, unknown>> = { ...rest };
    if (emergencyNumber.trim() && /^[A-Z]{2}$/.test(country))
      input.emergencyNumbers = { [country]: emergencyNumber };
    const { settings, errors } = validateSettings(input, current);
    const byField: SettingsView['errors'] = {};
    for (const error of errors) byField[fieldOf(String(error.field))] ??= error.code;
    const sheetChanged =
      !errors.length &&
      settings.auditSpreadsheetId &&
      settings.auditSpreadsheetId !== current.auditSpreadsheetId;
    if (sheetChanged) {
      const setup = setupAuditSpreadsheet(settings.auditSpreadsheetId);
      if (!setup.ok) byField.auditSpreadsheetId = setup.code ?? 'cannot_open';
    }
    if (Object.keys(byField).length) {
      record.outcome = 'failure:invalid_settings';
      record.detail = `invalid=${Object.keys(byField).length}`;
      return {
        notice: ctx.ui.t('settings.fix'),
        move: { kind: 'update', card: settingsCard(view(actor, form, byField), ctx.ui) },
      };
    }
    const changed = (Object.keys(settings) as (keyof Settings)[]).filter(
      (k) => JSON.stringify(settings[k]) !== JSON.stringify(current[k]),
    );
    writeSettings(settings);
    if (sheetChanged) forgetRoles();
    forgetSheetConfig();
    record.detail = `changed=${changed.length};sheet=${sheetChanged ? 'changed' : 'same'}`;
    return {
      notice: ctx.ui.t('done.settings'),
      move: { kind: 'update', card: settingsCard(view(actor, formOf(settings)), ctx.ui) },
    };
  });
}

export function createAuditSheet(e: AddonEvent) {
  return runAction(e, 'setup', 'configure', (ctx, actor, record) => {
    const result = setupAuditSpreadsheet();
    if (!result.ok)
      throw new Failure(
        result.code === 'busy'
          ? 'busy'
          : result.code === 'forbidden' || result.code === 'unknown_user'
            ? 'forbidden'
            : result.code === 'not_owner' || result.code === 'cannot_open'
              ? 'permission'
              : 'internal',
      );
    // Set-up wrote its own `setup` row.
    record.written = true;
    const settings = { ...ctx.settings(), auditSpreadsheetId: result.spreadsheetId ?? '' };
    return {
      notice: ctx.ui.t('done.sheet'),
      move: { kind: 'update', card: settingsCard(view(actor, formOf(settings)), ctx.ui) },
    };
  });
}

/** Recomputes the audit trail's hash chain; verifyAudit writes its own `verify` row. */
export function verifyAuditAction(e: AddonEvent) {
  return runAction(e, 'verify', 'verify-audit', (ctx, _actor, record) => {
    const report = verifyAudit();
    if (!report.ok && report.code)
      throw new Failure(
        report.code === 'busy'
          ? 'busy'
          : report.code === 'forbidden' || report.code === 'unknown_user'
            ? 'forbidden'
            : 'not_found',
      );
    record.written = true;
    const broken = [report.audit, report.archive].find((c) => c && !c.ok);
    return {
      notice: broken
        ? ctx.ui.t('done.verifyBroken', { row: broken.row ?? 0 })
        : ctx.ui.t('done.verifyOk', { rows: report.audit?.rows ?? 0 }),
    };
  });
}
