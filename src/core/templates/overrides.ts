// The spreadsheet's Templates tab: header `intent, language, subject, body, version[, templateId]`,
// one template a row. A bad row is reported with its row number and skipped; nothing throws.
// A row without templateId replaces the built-in template its intent gets (refill →
// refill_confirmation, clinical → escalation_ack…); with a built-in templateId it replaces that
// template; with a new templateId it adds a template to the compose picker.
import { INTENTS, LANGUAGES, type Intent, type Lang } from '../types';
import { BUILTIN_PACKS } from './builtin';
import { guardGreeting, inspectTemplate } from './syntax';
import {
  INTENT_TEMPLATE,
  TEMPLATE_IDS,
  type Template,
  type TemplateRow,
  type TemplateRowError,
} from './types';

export const TEMPLATE_COLUMNS = ['intent', 'language', 'subject', 'body', 'version', 'templateId'] as const;
export const MAX_BODY_LENGTH = 5000;
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_VERSION_LENGTH = 40;

const TEMPLATE_ID = /^[a-z][a-z0-9_]{0,39}$/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

function builtinIntents(id: string): readonly Intent[] | null {
  return (TEMPLATE_IDS as readonly string[]).includes(id)
    ? BUILTIN_PACKS.en.templates.find((t) => t.id === id)!.intents
    : null;
}

/** Checks one row; returns the template or the row's errors (without row numbers). */
function checkRow(row: TemplateRow): { template: Template | null; errors: Omit<TemplateRowError, 'row'>[] } {
  const errors: Omit<TemplateRowError, 'row'>[] = [];
  const intent = cell(row.intent).trim().toLowerCase();
  const language = cell(row.language).trim().toLowerCase();
  const templateId = cell(row.templateId).trim().toLowerCase();
  const subject = cell(row.subject).trim();
  const body = cell(row.body).replace(/\r\n?/g, '\n').trim();
  const version = cell(row.version).trim();

  const knownIntent = (INTENTS as readonly string[]).includes(intent);
  if (!knownIntent) errors.push({ code: 'unknown_intent', detail: intent.slice(0, 40) });
  const knownLanguage = (LANGUAGES as readonly string[]).includes(language);
  if (!knownLanguage) errors.push({ code: 'unknown_language', detail: language.slice(0, 20) });

  let id: string | null = null;
  let intents: readonly Intent[] = knownIntent ? [intent as Intent] : [];
  if (templateId) {
    if (!TEMPLATE_ID.test(templateId))
      errors.push({ code: 'invalid_template_id', detail: templateId.slice(0, 40) });
    else {
      id = templateId;
      const builtin = builtinIntents(templateId);
      if (builtin) {
        if (knownIntent && builtin.length > 0 && !builtin.includes(intent as Intent))
          errors.push({ code: 'intent_mismatch', detail: `${templateId} serves ${builtin.join(', ')}` });
        intents = builtin;
      }
    }
  } else if (knownIntent) {
    id = INTENT_TEMPLATE[intent as Intent];
    if (!id) errors.push({ code: 'no_template_for_intent', detail: intent });
  }

  if (!body) errors.push({ code: 'empty_body' });
  else if (body.length > MAX_BODY_LENGTH) errors.push({ code: 'body_too_long', detail: String(body.length) });
  if (/[\r\n]/.test(subject)) errors.push({ code: 'invalid_subject', detail: 'several lines' });
  else if (subject.length > MAX_SUBJECT_LENGTH)
    errors.push({ code: 'subject_too_long', detail: String(subject.length) });
  if (!version) errors.push({ code: 'empty_version' });
  else if (version.length > MAX_VERSION_LENGTH) errors.push({ code: 'version_too_long' });

  const guardedBody =
    knownLanguage && body ? guardGreeting(body, BUILTIN_PACKS[language as Lang].neutralGreeting) : body;
  if (body && body.length <= MAX_BODY_LENGTH) {
    const issue = inspectTemplate(guardedBody).issue;
    if (issue) errors.push({ code: issue.code, detail: issue.detail ? `body: ${issue.detail}` : 'body' });
  }
  if (subject && subject.length <= MAX_SUBJECT_LENGTH) {
    const issue = inspectTemplate(subject).issue;
    if (issue)
      errors.push({ code: issue.code, detail: issue.detail ? `subject: ${issue.detail}` : 'subject' });
  }

  if (errors.length || !id) return { template: null, errors };
  return {
    template: {
      id,
      language: language as Lang,
      intents,
      subject,
      body: guardedBody,
      version,
      source: 'override',
    },
    errors,
  };
}

/**
 * Validates row objects (e.g. already mapped from the sheet). `firstRow` is the sheet row number
 * of rows[0]. Later rows for an id+language already taken are reported as duplicates.
 */
export function validateTemplateRowObjects(
  rows: readonly TemplateRow[],
  firstRow = 2,
): { templates: Template[]; errors: TemplateRowError[] } {
  const templates: Template[] = [];
  const errors: TemplateRowError[] = [];
  const seen = new Set<string>();
  (Array.isArray(rows) ? rows : []).forEach((row, i) => {
    const rowNumber = firstRow + i;
    if (!row || typeof row !== 'object') {
      errors.push({ row: rowNumber, code: 'invalid_row' });
      return;
    }
    const checked = checkRow(row);
    for (const e of checked.errors) errors.push({ row: rowNumber, ...e });
    const t = checked.template;
    if (!t) return;
    const key = `${t.id}|${t.language}`;
    if (seen.has(key)) {
      errors.push({ row: rowNumber, code: 'duplicate_template', detail: key });
      return;
    }
    seen.add(key);
    templates.push(t);
  });
  return { templates, errors };
}

const HEADER_ALIASES: Record<string, (typeof TEMPLATE_COLUMNS)[number]> = {
  intent: 'intent',
  language: 'language',
  lang: 'language',
  subject: 'subject',
  body: 'body',
  version: 'version',
  templateid: 'templateId',
};

/**
 * The Templates tab as `getValues()` returns it: row 1 is the header (columns found by name, in
 * any order), then one template a row. Blank rows are ignored.
 */
export function validateTemplateRows(rows: unknown[][]): {
  templates: Template[];
  errors: TemplateRowError[];
} {
  if (!Array.isArray(rows) || rows.length === 0) return { templates: [], errors: [] };
  const header = Array.isArray(rows[0]) ? rows[0] : [];
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    const key =
      HEADER_ALIASES[
        cell(h)
          .toLowerCase()
          .replace(/[^a-z]/g, '')
      ];
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const absent = TEMPLATE_COLUMNS.filter((c) => c !== 'templateId' && !columns.has(c));
  if (absent.length)
    return {
      templates: [],
      errors: [{ row: 1, code: 'invalid_header', detail: `missing ${absent.join(', ')}` }],
    };

  const objects: (TemplateRow | null)[] = [];
  const errors: TemplateRowError[] = [];
  const at = (r: unknown[], c: string): string => {
    const i = columns.get(c);
    return i === undefined ? '' : cell(r[i]);
  };
  rows.slice(1).forEach((r, i) => {
    if (!Array.isArray(r)) {
      errors.push({ row: i + 2, code: 'invalid_row' });
      objects.push(null);
      return;
    }
    if (r.every((v) => cell(v).trim() === '')) {
      objects.push(null);
      return;
    }
    const row: TemplateRow = {
      intent: at(r, 'intent'),
      language: at(r, 'language'),
      subject: at(r, 'subject'),
      body: at(r, 'body'),
      version: at(r, 'version'),
    };
    const templateId = at(r, 'templateId');
    if (templateId.trim()) row.templateId = templateId;
    objects.push(row);
  });

  // Validate row by row so numbers stay those of the sheet, sharing one duplicate check.
  const templates: Template[] = [];
  const seen = new Set<string>();
  objects.forEach((row, i) => {
    if (!row) return;
    const result = validateTemplateRowObjects([row], i + 2);
    errors.push(...result.errors);
    for (const t of result.templates) {
      const key = `${t.id}|${t.language}`;
      if (seen.has(key)) errors.push({ row: i + 2, code: 'duplicate_template', detail: key });
      else {
        seen.add(key);
        templates.push(t);
      }
    }
  });
  errors.sort((a, b) => a.row - b.row);
  return { templates, errors };
}
