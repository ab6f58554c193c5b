// The pharmacy's settings. Managers edit; everyone else sees why they cannot. Validation errors
// appear under their field, in the user's language.
import type { I18n, MessageKey } from '../core/i18n';
import { LANGUAGES } from '../core/types';
import { FN } from './functions';
import {
  COLORS,
  button,
  buttonRow,
  card,
  dropdown,
  fieldError,
  paragraph,
  section,
  textInput,
} from './widgets';

export const SETTINGS_FIELDS = [
  'pharmacyName',
  'signature',
  'phone',
  'defaultLanguage',
  'labelPrefix',
  'auditSpreadsheetId',
  'country',
  'emergencyNumber',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
export type SettingsForm = Record<SettingsField, string>;

export interface SettingsView {
  form: SettingsForm;
  /** Error codes from validateSettings, by field. */
  errors: Partial<Record<SettingsField, string>>;
  canEdit: boolean;
  canCreateSheet: boolean;
  /** Managers may check the audit trail's hash chain once a sheet exists. */
  canVerify?: boolean;
  /** First rows the Templates / Rules tabs had to skip. */
  configErrors: { tab: string; row: number; code: string }[];
}

const LABELS: Record<SettingsField, MessageKey> = {
  pharmacyName: 'field.pharmacyName',
  signature: 'field.signature',
  phone: 'field.phone',
  defaultLanguage: 'field.defaultLanguage',
  labelPrefix: 'field.labelPrefix',
  auditSpreadsheetId: 'field.auditSheet',
  country: 'field.country',
  emergencyNumber: 'field.emergency',
};

function errorText(code: string, ui: I18n): string {
  const key = `err.${code}`;
  return ui.has(key) ? ui.t(key) : ui.t('err.invalid');
}

export function settingsCard(view: SettingsView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  const { form } = view;
  if (!view.canEdit)
    return card(ui.t('settings.title'), [section([paragraph(ui.t('settings.readonly'))])], {
      name: 'settings',
    });
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [];
  if (Object.keys(view.errors).length)
    widgets.push(paragraph(ui.t('settings.fix'), { bold: true, color: COLORS.urgent }));
  const hints: Partial<Record<SettingsField, string>> = {
    labelPrefix: ui.t('settings.labelHint', { prefix: form.labelPrefix || 'Triage' }),
    auditSpreadsheetId: ui.t('settings.sheetHint'),
    country: ui.t('settings.countryHint'),
  };
  for (const field of SETTINGS_FIELDS) {
    const title = ui.t(LABELS[field]);
    if (field === 'defaultLanguage') {
      widgets.push(
        dropdown(
          field,
          title,
          LANGUAGES.map((l) => ({ text: ui.languageName(l), value: l })),
          form[field],
        ),
      );
    } else {
      widgets.push(
        textInput(field, title, form[field], { hint: hints[field], multiline: field === 'signature' }),
      );
    }
    const code = view.errors[field];
    if (code) widgets.push(fieldError(errorText(code, ui)));
  }
  const buttons = [button(ui.t('btn.save'), FN.saveSettings, {}, true)];
  if (view.canCreateSheet && !form.auditSpreadsheetId)
    buttons.push(button(ui.t('btn.createSheet'), FN.createAuditSheet));
  if (view.canVerify && form.auditSpreadsheetId)
    buttons.push(button(ui.t('btn.verifyAudit'), FN.verifyAudit));
  widgets.push(buttonRow(buttons));
  const sections = [section(widgets)];
  if (view.configErrors.length) {
    const lines = view.configErrors.map((e) =>
      ui.t('settings.configError', { tab: e.tab, row: e.row, code: e.code }),
    );
    sections.push(
      section([
        paragraph(ui.t('settings.configErrors'), { bold: true, color: COLORS.warning }),
        paragraph(lines.join('\n')),
      ]),
    );
  }
  return card(ui.t('settings.title'), sections, { name: 'settings' });
}
