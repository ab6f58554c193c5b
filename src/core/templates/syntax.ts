// What a template's mustache may contain: the seven placeholders, sections over them, comments.
// Anything else (partials, delimiter changes, unknown names, stray braces) is refused, and a
// placeholder must be guarded by its own section so a missing value never leaves a gap.
import Mustache from 'mustache';
import { PLACEHOLDERS, type Placeholder } from './types';

export interface TemplateIssue {
  code: 'unbalanced_tags' | 'unknown_tag' | 'unguarded_placeholder';
  detail?: string;
}

export interface TemplateInspection {
  /** Placeholders the text uses, in PLACEHOLDERS order. */
  names: Placeholder[];
  /** The first problem found, or null. */
  issue: TemplateIssue | null;
}

type Span = readonly unknown[];

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholder(name: string): name is Placeholder {
  return PLACEHOLDER_SET.has(name);
}

function parse(text: string): Span[] | TemplateIssue {
  try {
    return Mustache.parse(text) as unknown as Span[];
  } catch (e) {
    return { code: 'unbalanced_tags', detail: e instanceof Error ? e.message.slice(0, 120) : undefined };
  }
}

/** True when the tag spanning [start, end) is the only thing on its line (its line may simply vanish). */
function standalone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return !text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim();
}

/**
 * Checks a subject or body. A bare `{{name}}` is accepted inside `{{#name}}…{{/name}}`, or alone on
 * its own line (the line is then dropped when the value is missing).
 */
export function inspectTemplate(text: string): TemplateInspection {
  const used = new Set<string>();
  let issue: TemplateIssue | null = null;
  const tokens = parse(text);
  if (!Array.isArray(tokens)) return { names: [], issue: tokens };

  const walk = (spans: Span[], guards: readonly string[]): void => {
    for (const span of spans) {
      if (issue) return;
      const type = String(span[0]);
      const value = String(span[1]);
      if (type === 'text') {
        if (value.includes('{{') || value.includes('}}'))
          issue = { code: 'unbalanced_tags', detail: 'stray braces' };
        continue;
      }
      if (type === '!') continue;
      if (type !== 'name' && type !== '&' && type !== '#' && type !== '^') {
        issue = { code: 'unknown_tag', detail: `${type}${value}` };
        return;
      }
      if (!isPlaceholder(value)) {
        issue = { code: 'unknown_tag', detail: value.slice(0, 60) };
        return;
      }
      used.add(value);
      if (type === '#' || type === '^') {
        walk((span[4] as Span[] | undefined) ?? [], type === '#' ? [...guards, value] : guards);
      } else if (!guards.includes(value) && !standalone(text, Number(span[2]), Number(span[3]))) {
        issue = { code: 'unguarded_placeholder', detail: value };
      }
    }
  };
  walk(tokens, []);
  return { names: PLACEHOLDERS.filter((p) => used.has(p)), issue };
}

/** Placeholders a text uses (sections included); empty when it does not parse. */
export function placeholdersOf(text: string): Placeholder[] {
  return inspectTemplate(text).names;
}

const BARE_NAME = /\{\{\s*patientFirstName\s*\}\}/;
const SECTION_TAG = /\{\{\s*[#^/]/;

/**
 * Spreadsheet convenience: "Dear {{patientFirstName}}," on the first line becomes a guarded
 * greeting that falls back to the language's neutral greeting when the name is missing.
 */
export function guardGreeting(body: string, neutralGreeting: string): string {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  const line = i >= 0 ? lines[i]! : '';
  if (!BARE_NAME.test(line) || SECTION_TAG.test(line)) return body;
  lines[i] =
    `{{#patientFirstName}}${line.trim()}{{/patientFirstName}}{{^patientFirstName}}${neutralGreeting}{{/patientFirstName}}`;
  return lines.join('\n');
}
