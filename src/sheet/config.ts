// The no-code configuration: the Templates and Rules tabs, read at most once per execution and
// cached for everyone. Staff cannot open the spreadsheet, so the last version read is also kept
// in script properties. A bad row is skipped and reported; nothing here ever throws into triage.
import { scriptProperties } from '../gas/properties';
import type { AuditEvent } from '../core/audit';
import type { ExtraRule } from '../core/escalation/detect';
import { validateExtraRules } from '../core/escalation/detect';
import { validateTemplateRows, TEMPLATE_COLUMNS, type Template } from '../core/templates';
import { fnv1a } from '../core/text/hash';
import { appendAudit, openAuditSpreadsheet } from '../gas/audit-sink';
import { actorFields } from '../gas/roles';
import { activeUserEmail } from '../gas/session';
import { auditEvent, detailOf, SCANNER_ACTOR, SYSTEM_ROLE } from './events';

export const TEMPLATES_SHEET = 'Templates';
export const RULES_SHEET = 'Rules';
export const TEMPLATES_HEADER = [...TEMPLATE_COLUMNS];
export const RULES_HEADER = ['language', 'reason', 'phrase', 'kind'] as const;
export const BUILTIN_VERSION = 'builtin';

export interface ConfigError {
  tab: typeof TEMPLATES_SHEET | typeof RULES_SHEET;
  /** Spreadsheet row (the header is row 1). */
  row: number;
  code: string;
  detail?: string;
}

export interface SheetConfig {
  extraRules: ExtraRule[];
  templates: Template[];
  errors: ConfigError[];
  version: string;
}

const CACHE_KEY = 'sheetconfig.v1';
const CACHE_SECONDS = 600;
// Cache values are limited to 100 KB and property values to 9 KB, in bytes: at most 3 per UTF-16 unit here.
const CACHE_CHUNK = 30_000;
const CACHE_MAX_CHUNKS = 20;
const SNAPSHOT_KEY = 'config.snapshot';
const SNAPSHOT_CHUNK = 2_800;
const SNAPSHOT_MAX_CHUNKS = 60;

const EMPTY: SheetConfig = { extraRules: [], templates: [], errors: [], version: BUILTIN_VERSION };
let memo: SheetConfig | null = null;

/** A row whose first cell starts with # is a comment (set-up writes one example row so). */
function uncommented(rows: unknown[][]): unknown[][] {
  return rows.map((r, i) =>
    i > 0 &&
    String(r[0] ?? '')
      .trim()
      .startsWith('#')
      ? []
      : r,
  );
}

function ruleArrays(rows: unknown[][]): { rows: unknown[][]; error?: ConfigError } {
  const header = (rows[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const at = RULES_HEADER.map((name) => header.indexOf(name));
  if (at.some((i) => i < 0))
    return {
      rows: [],
      error: {
        tab: RULES_SHEET,
        row: 1,
        code: 'invalid_header',
        detail: `expected ${RULES_HEADER.join(', ')}`,
      },
    };
  return { rows: rows.slice(1).map((r) => at.map((i) => r[i] ?? '')) };
}

export function versionOf(templateRows: unknown[][], ruleRows: unknown[][]): string {
  const text = JSON.stringify([templateRows, ruleRows]);
  return `cfg-${fnv1a(text).toString(16).padStart(8, '0')}${fnv1a(text, 0x9747b28c).toString(16).padStart(8, '0')}`;
}

/** Pure: the two tabs as getValues() gives them (header first) into rules, templates and row errors. */
export function parseConfigTabs(templateRows: unknown[][], ruleRows: unknown[][]): SheetConfig {
  const errors: ConfigError[] = [];
  const templates =
    templateRows.length > 1 ? validateTemplateRows(uncommented(templateRows)) : { templates: [], errors: [] };
  for (const e of templates.errors)
    errors.push({
      tab: TEMPLATES_SHEET,
      row: e.row,
      code: e.code,
      ...(e.detail ? { detail: e.detail } : {}),
    });
  const mapped = ruleArrays(uncommented(ruleRows));
  if (mapped.error && ruleRows.length) errors.push(mapped.error);
  const rules = validateExtraRules(mapped.rows);
  for (const e of rules.errors)
    errors.push({ tab: RULES_SHEET, row: e.row + 1, code: 'invalid_rule', detail: e.message });
  return {
    extraRules: rules.rules,
    templates: templates.templates,
    errors,
    version: versionOf(templateRows, ruleRows),
  };
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}

function fromCache(): SheetConfig | null {
  const cache = CacheService.getScriptCache();
  const manifest = cache.get(CACHE_KEY);
  if (!manifest) return null;
  const [version, count] = manifest.split('|');
  const keys = Array.from({ length: Number(count) }, (_, i) => `${CACHE_KEY}.${version}.${i}`);
  const parts = cache.getAll(keys);
  if (keys.some((k) => parts[k] === undefined)) return null;
  return JSON.parse(keys.map((k) => parts[k]).join('')) as SheetConfig;
}

function toCache(config: SheetConfig): void {
  const parts = chunks(JSON.stringify(config), CACHE_CHUNK);
  if (parts.length > CACHE_MAX_CHUNKS) return;
  const values: Record<string, string> = {};
  parts.forEach((p, i) => (values[`${CACHE_KEY}.${config.version}.${i}`] = p));
  values[CACHE_KEY] = `${config.version}|${parts.length}`;
  CacheService.getScriptCache().putAll(values, CACHE_SECONDS);
}

function fromSnapshot(): SheetConfig | null {
  const all = scriptProperties().getProperties();
  const [version, count] = (all[SNAPSHOT_KEY] ?? '').split('|');
  if (!version) return null;
  const parts = Array.from({ length: Number(count) }, (_, i) => all[`${SNAPSHOT_KEY}.${i}`]);
  if (parts.some((p) => p === undefined)) return null;
  return JSON.parse(parts.join('')) as SheetConfig;
}

function toSnapshot(config: SheetConfig, previousCount: number): boolean {
  const parts = chunks(JSON.stringify(config), SNAPSHOT_CHUNK);
  if (parts.length > SNAPSHOT_MAX_CHUNKS) return false;
  const props = scriptProperties();
  const values: Record<string, string> = { [SNAPSHOT_KEY]: `${config.version}|${parts.length}` };
  parts.forEach((p, i) => (values[`${SNAPSHOT_KEY}.${i}`] = p));
  props.setProperties(values);
  for (let i = parts.length; i < previousCount; i++) props.deleteProperty(`${SNAPSHOT_KEY}.${i}`);
  return true;
}

function readTabs(): SheetConfig | null {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  try {
    spreadsheet = openAuditSpreadsheet();
  } catch {
    return null;
  }
  if (!spreadsheet) return null;
  const values = (name: string) => spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? [];
  return parseConfigTabs(values(TEMPLATES_SHEET), values(RULES_SHEET));
}

/** A new version is stored for those who cannot read the sheet, and audited once, with its version. */
function adopt(config: SheetConfig, write: ((events: AuditEvent[]) => void) | undefined): void {
  const props = scriptProperties();
  const previous = props.getProperty(SNAPSHOT_KEY);
  if (previous?.split('|')[0] === config.version) return;
  const stored = toSnapshot(config, Number(previous?.split('|')[1] ?? 0));
  // The scanner hands in its own batch: it is the actor, and no role lookup is needed.
  const who = !write && activeUserEmail() ? actorFields() : { actor: SCANNER_ACTOR, actorRole: SYSTEM_ROLE };
  const counts = {
    version: config.version,
    templates: config.templates.length,
    rules: config.extraRules.length,
    errors: config.errors.length,
  };
  const events = [
    auditEvent(
      {
        action: 'config-change',
        outcome: stored ? 'success' : 'failure:config_too_large',
        ruleSetVersion: config.version,
        detail: detailOf(counts),
      },
      who,
    ),
  ];
  if (config.errors.length)
    events.push(
      auditEvent(
        {
          action: 'config-error',
          outcome: 'failure:invalid_rows',
          ruleSetVersion: config.version,
          detail: detailOf({ errors: config.errors.length, first: config.errors[0]!.row }),
        },
        who,
      ),
    );
  (write ?? ((e: AuditEvent[]) => appendAudit(e)))(events);
}

/** Templates and extra rules from the spreadsheet; built-ins only (version `builtin`) when there is none. */
export function loadSheetConfig(options: { writeAudit?: (events: AuditEvent[]) => void } = {}): SheetConfig {
  if (memo) return memo;
  try {
    memo = fromCache();
    if (memo) return memo;
    const fresh = readTabs();
    if (fresh) adopt(fresh, options.writeAudit);
    memo = fresh ?? fromSnapshot() ?? EMPTY;
    if (memo !== EMPTY) toCache(memo);
  } catch (error) {
    console.warn(`config: not loaded (${(error as Error).name}); built-in templates and rules apply`);
    memo = memo ?? EMPTY;
  }
  return memo;
}

/** Row-level problems for Settings and the homepage: tab, row, code and a short detail. */
export function sheetConfigErrors(): ConfigError[] {
  return loadSheetConfig().errors;
}

/** After a manager saves changes: the next load reads the tabs again. */
export function forgetSheetConfig(): void {
  memo = null;
  try {
    CacheService.getScriptCache().remove(CACHE_KEY);
  } catch {
    // The cache entry simply expires.
  }
}
