// Renders a template to plain text. Values come from email (name, medication, date) or from the
// settings; each is cleaned and checked, and one that is too long or malformed is treated as
// missing rather than cut, so a hostile value cannot add lines, tags or text of its own choosing.
// Sections in the templates give the wording for a missing value; render then tidies spaces and
// blank lines and ends every body with the language's "this mailbox is not for emergencies" line.
import Mustache from 'mustache';
import { LANGUAGES, type Lang } from '../types';
import { BUILTIN_PACKS } from './builtin';
import { placeholdersOf } from './syntax';
import { PLACEHOLDERS, VALUE_LIMITS, type Placeholder, type Template, type TemplateValues } from './types';

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** Placeholders the template (or the emergency line) uses whose value was absent, empty or refused. */
  missing: Placeholder[];
}

// Control characters (C0 except \n, C1), soft hyphen, zero-width and bidirectional controls, BOM.
const INVISIBLE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const LINE_BREAKS = /\r\n?|[\n\u000B\u000C\u0085\u2028\u2029]/g;

const SHAPES: Partial<Record<Placeholder, RegExp>> = {
  patientFirstName: /^\p{L}[\p{L}\p{M}'’ .-]*$/u,
  medication: /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,%/+()'’®™µ-]*$/u,
  pharmacyPhone: /^[+\d(][\d\s().\-/]*$/,
  emergencyNumber: /^\d[\d\s/+]*$/,
  date: /[\p{L}\p{N}]/u,
  pharmacyName: /[\p{L}\p{N}]/u,
  signature: /[\p{L}\p{N}]/u,
};

function cleanLine(s: string): string {
  return s.replace(/\t/g, ' ').replace(INVISIBLE, '').replace(/[{}]/g, '').replace(/ {2,}/g, ' ').trim();
}

/** The value as it may appear in a draft, or '' when absent or refused. */
export function sanitizeValue(name: Placeholder, raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  let value: string;
  if (name === 'signature') {
    // The signature is the only value allowed several lines (at most 8, no blank runs).
    value = text
      .replace(LINE_BREAKS, '\n')
      .split('\n')
      .map(cleanLine)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (value.split('\n').length > 8) return '';
  } else {
    value = cleanLine(text.replace(LINE_BREAKS, ' '));
  }
  if (!value || value.length > VALUE_LIMITS[name]) return '';
  const shape = SHAPES[name];
  return shape && !shape.test(value) ? '' : value;
}

function packFor(language: string) {
  return BUILTIN_PACKS[(LANGUAGES as readonly string[]).includes(language) ? (language as Lang) : 'en'];
}

/** The language's "this mailbox is not for emergencies" line, unrendered ({{emergencyNumber}}). */
export function emergencyFooter(language: Lang): string {
  return packFor(language).emergencyFooter;
}

const plain = { escape: (s: unknown) => String(s) };

function tidyLine(line: string): string {
  return line
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(/ +([,.])/g, '$1')
    .trim();
}

function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(tidyLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function renderTemplate(
  template: Pick<Template, 'subject' | 'body' | 'language'>,
  values: TemplateValues,
): RenderedTemplate {
  const view: Record<Placeholder, string> = Object.create(null) as Record<Placeholder, string>;
  for (const name of PLACEHOLDERS) view[name] = sanitizeValue(name, values?.[name]);

  const footer = emergencyFooter(template.language);
  const subject = tidyLine(Mustache.render(template.subject, view, {}, plain).replace(/\s+/g, ' '));
  const main = tidyBody(Mustache.render(template.body, view, {}, plain));
  const last = tidyBody(Mustache.render(footer, view, {}, plain));
  const body = main ? `${main}\n\n${last}` : last;

  const used = new Set<Placeholder>([
    ...placeholdersOf(template.subject),
    ...placeholdersOf(template.body),
    ...placeholdersOf(footer),
  ]);
  const missing = PLACEHOLDERS.filter((p) => used.has(p) && !view[p]);
  return { subject, body, missing };
}
