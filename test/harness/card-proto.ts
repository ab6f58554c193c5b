/**
 * Validator for the card JSON our add-on hands to Gmail (what `printJson()` returns).
 *
 * Cards are checked against Google's schema, `google/apps/card/v1/card.proto` from the npm package
 * `google-proto-files`, loaded once with protobufjs. protobufjs alone is too lenient for this
 * (`Type.verify` ignores unknown keys, `Type.fromObject` silently drops unknown enum names and
 * coerces numbers to strings), so a recursive walk over the proto descriptors does the real work:
 * it rejects unknown fields, wrong enum names or numbers, wrong scalar types, `null`, and two
 * members of one `oneof`; then the normalised object goes through `Type.fromObject`, `Type.verify`
 * and an encode/decode round trip. Every error names its JSON path (`$.sections[0].widgets[2]…`).
 *
 * On top of the schema it checks what Gmail / Card Service enforce and the schema does not:
 * at most 100 sections per card and 100 widgets per section, at least one section and one widget
 * per section, a widget sets exactly one kind, an Action names a function, a button has a text or
 * an icon.
 *
 * Action responses (ActionResponse, UniversalActionResponse, UpdateDraftActionResponse) have no
 * message in card.proto. Their shape is checked by hand, following Google's JSON schema for
 * Workspace add-on responses (SubmitFormResponse → `renderActions` + `stateChanged`; RenderActions →
 * `action.navigations[] / link / notification` and `hostAppAction.gmailAction.updateDraftActionMarkup`);
 * every card and OpenLink embedded in them is validated with the proto.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as protobufNs from 'protobufjs';

// protobufjs is CommonJS: under Node's ESM loader the named exports may only exist on `default`.
const protobuf = ((protobufNs as unknown as { default?: typeof protobufNs }).default ??
  protobufNs) as typeof protobufNs;

type PbType = protobufNs.Type;
type PbField = protobufNs.Field;
type JsonObject = Record<string, unknown>;

export type CardJsonKind =
  'card' | 'actionResponse' | 'universalActionResponse' | 'updateDraftActionResponse';

export interface CardJsonIssue {
  /** JSON path of the offending value, e.g. `$.sections[0].widgets[2].decoratedText.text`. */
  path: string;
  message: string;
}

export class CardJsonError extends Error {
  readonly issues: readonly CardJsonIssue[];
  constructor(kind: string, issues: readonly CardJsonIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
    if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
    super(
      `Invalid ${kind} JSON (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${shown.join('\n')}`,
    );
    this.name = 'CardJsonError';
    this.issues = issues;
  }
}

/** Limits Gmail applies to a card (see PLATFORM_NOTES.md, "Card Service"). */
export const GMAIL_CARD_LIMITS = Object.freeze({ maxSections: 100, maxWidgetsPerSection: 100 });

const CARD_PACKAGE = 'google.apps.card.v1';

let cachedRoot: protobufNs.Root | undefined;

/** The protobufjs Root holding card.proto (and its imports), loaded once and fully resolved. */
export function loadCardRoot(): protobufNs.Root {
  if (cachedRoot) return cachedRoot;
  const require = createRequire(import.meta.url);
  const protoDir = path.dirname(require.resolve('google-proto-files/package.json'));
  const root = new protobuf.Root();
  root.resolvePath = (_origin: string, target: string): string =>
    path.isAbsolute(target) ? target : path.join(protoDir, target);
  root.loadSync('google/apps/card/v1/card.proto', { keepCase: false });
  root.resolveAll();
  cachedRoot = root;
  return root;
}

/** A message type of card.proto by its short (`Card`, `Widget`, `OpenLink`) or full name. */
export function cardMessageType(name: string): PbType {
  const full = name.includes('.') ? name : `${CARD_PACKAGE}.${name}`;
  return loadCardRoot().lookupType(full);
}

// ---------------------------------------------------------------------------------------------
// The proto walk
// ---------------------------------------------------------------------------------------------

const INT32_TYPES = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32_TYPES = new Set(['uint32', 'fixed32']);
const INT64_TYPES = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);
const FLOAT_TYPES = new Set(['float', 'double']);

/** google.protobuf wrapper messages: their JSON form is the bare scalar. */
const WRAPPER_SCALAR: Record<string, string> = {
  '.google.protobuf.DoubleValue': 'double',
  '.google.protobuf.FloatValue': 'float',
  '.google.protobuf.Int64Value': 'int64',
  '.google.protobuf.UInt64Value': 'uint64',
  '.google.protobuf.Int32Value': 'int32',
  '.google.protobuf.UInt32Value': 'uint32',
  '.google.protobuf.BoolValue': 'bool',
  '.google.protobuf.StringValue': 'string',
  '.google.protobuf.BytesValue': 'bytes',
};

const SKIP = Symbol('skip');

function isPlainObject(value: unknown): value is JsonObject {
  // Not `instanceof Object`: JSON may come from another realm (gas-local's vm sandbox).
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

function checkScalar(
  scalar: string,
  value: unknown,
  path: string,
  issues: CardJsonIssue[],
): unknown | typeof SKIP {
  const bad = (expected: string): typeof SKIP => {
    issues.push({ path, message: `expected ${expected}, got ${describe(value)}` });
    return SKIP;
  };
  if (scalar === 'string') return typeof value === 'string' ? value : bad('a string');
  if (scalar === 'bool') return typeof value === 'boolean' ? value : bad('a boolean');
  if (scalar === 'bytes') {
    return typeof value === 'string' && /^[A-Za-z0-9+/_-]*={0,2}$/.test(value)
      ? value
      : bad('a base64 string');
  }
  if (FLOAT_TYPES.has(scalar)) {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
    return bad(`a ${scalar} (finite JSON number)`);
  }
  if (INT32_TYPES.has(scalar) || UINT32_TYPES.has(scalar)) {
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n)) return bad(`an integer (${scalar})`);
    const [lo, hi] = UINT32_TYPES.has(scalar) ? [0, 2 ** 32 - 1] : [-(2 ** 31), 2 ** 31 - 1];
    if (n < lo || n > hi) return bad(`an integer in ${scalar} range`);
    return n;
  }
  if (INT64_TYPES.has(scalar)) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
    return bad(`an integer (${scalar}, number or decimal string)`);
  }
  return bad(`a value of unsupported scalar type ${scalar}`);
}

function checkEnum(
  en: protobufNs.Enum,
  value: unknown,
  path: string,
  issues: CardJsonIssue[],
): unknown | typeof SKIP {
  const names = Object.keys(en.values);
  if (typeof value === 'string') {
    if (Object.prototype.hasOwnProperty.call(en.values, value)) return value;
    issues.push({
      path,
      message: `unknown ${en.name} enum value ${JSON.stringify(value)}; expected one of ${names.join(', ')}`,
    });
    return SKIP;
  }
  if (typeof value === 'number' && Number.isInteger(value) && Object.values(en.values).includes(value)) {
    return value;
  }
  issues.push({
    path,
    message: `expected a ${en.name} enum name (${names.join(', ')}), got ${describe(value)}`,
  });
  return SKIP;
}

function checkFieldValue(
  field: PbField,
  value: unknown,
  path: string,
  issues: CardJsonIssue[],
): unknown | typeof SKIP {
  if (value === null) {
    issues.push({ path, message: 'null is not allowed; omit the field instead' });
    return SKIP;
  }
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) return checkEnum(resolved, value, path, issues);
  if (resolved instanceof protobuf.Type) {
    const wrapped = WRAPPER_SCALAR[resolved.fullName];
    if (wrapped) {
      const scalar = checkScalar(wrapped, value, path, issues);
      return scalar === SKIP ? SKIP : { value: scalar };
    }
    if (resolved.fullName.startsWith('.google.protobuf.')) {
      issues.push({
        path,
        message: `well-known type ${resolved.fullName} is not supported by this validator`,
      });
      return SKIP;
    }
    return walkMessage(resolved, value, path, issues);
  }
  return checkScalar(field.type, value, path, issues);
}

/** Card Service / Gmail rules the schema cannot express, keyed by message full name. */
const SEMANTIC_CHECKS: Record<string, (value: JsonObject, path: string, issues: CardJsonIssue[]) => void> = {
  [`.${CARD_PACKAGE}.Card`]: (card, path, issues) => {
    const sections = card.sections;
    if (!Array.isArray(sections) || sections.length === 0) {
      issues.push({ path: `${path}.sections`, message: 'a card needs at least one section' });
      return;
    }
    if (sections.length > GMAIL_CARD_LIMITS.maxSections) {
      issues.push({
        path: `${path}.sections`,
        message: `${sections.length} sections; Gmail allows at most ${GMAIL_CARD_LIMITS.maxSections} per card`,
      });
    }
  },
  [`.${CARD_PACKAGE}.Card.Section`]: (section, path, issues) => {
    const widgets = section.widgets;
    if (!Array.isArray(widgets) || widgets.length === 0) {
      issues.push({ path: `${path}.widgets`, message: 'a section needs at least one widget' });
      return;
    }
    if (widgets.length > GMAIL_CARD_LIMITS.maxWidgetsPerSection) {
      issues.push({
        path: `${path}.widgets`,
        message: `${widgets.length} widgets; Gmail allows at most ${GMAIL_CARD_LIMITS.maxWidgetsPerSection} per section`,
      });
    }
  },
  [`.${CARD_PACKAGE}.Widget`]: (widget, path, issues) => {
    const type = cardMessageType('Widget');
    const members = type.oneofs.data?.oneof ?? [];
    if (!members.some((m) => widget[m] !== undefined)) {
      issues.push({ path, message: `a widget must set one of: ${members.join(', ')}` });
    }
  },
  [`.${CARD_PACKAGE}.Action`]: (action, path, issues) => {
    if (typeof action.function !== 'string' || action.function.trim() === '') {
      issues.push({ path: `${path}.function`, message: 'an Action must name a function' });
    }
  },
  [`.${CARD_PACKAGE}.Button`]: (button, path, issues) => {
    const hasText = typeof button.text === 'string' && button.text !== '';
    if (!hasText && button.icon === undefined) {
      issues.push({ path, message: 'a button needs a text or an icon' });
    }
  },
};

/**
 * Walks one message: unknown keys, oneof conflicts, each field's type. Returns a normalised copy
 * (wrapper types boxed as `{value}` for protobufjs) or SKIP when the value is not an object.
 */
function walkMessage(
  type: PbType,
  value: unknown,
  path: string,
  issues: CardJsonIssue[],
): JsonObject | typeof SKIP {
  if (!isPlainObject(value)) {
    issues.push({ path, message: `expected a ${type.name} object, got ${describe(value)}` });
    return SKIP;
  }
  const out: JsonObject = {};
  for (const [key, fieldValue] of Object.entries(value)) {
    const fieldPath = `${path}.${key}`;
    if (fieldValue === undefined) continue;
    const field = type.fields[key];
    if (!field) {
      const camel = snakeToCamel(key);
      const hint =
        camel !== key && type.fields[camel]
          ? ` (card JSON uses camelCase: "${camel}")`
          : `; ${type.name} has: ${Object.keys(type.fields).join(', ')}`;
      issues.push({ path: fieldPath, message: `unknown field "${key}"${hint}` });
      continue;
    }
    if (field.map) {
      if (!isPlainObject(fieldValue)) {
        issues.push({ path: fieldPath, message: `expected an object (map), got ${describe(fieldValue)}` });
        continue;
      }
      const mapOut: JsonObject = {};
      for (const [k, v] of Object.entries(fieldValue)) {
        const r = checkFieldValue(field, v, `${fieldPath}[${JSON.stringify(k)}]`, issues);
        if (r !== SKIP) mapOut[k] = r;
      }
      out[key] = mapOut;
    } else if (field.repeated) {
      if (!Array.isArray(fieldValue)) {
        issues.push({ path: fieldPath, message: `expected an array, got ${describe(fieldValue)}` });
        continue;
      }
      const arrOut: unknown[] = [];
      fieldValue.forEach((item, i) => {
        const r = checkFieldValue(field, item, `${fieldPath}[${i}]`, issues);
        if (r !== SKIP) arrOut.push(r);
      });
      out[key] = arrOut;
    } else {
      const r = checkFieldValue(field, fieldValue, fieldPath, issues);
      if (r !== SKIP) out[key] = r;
    }
  }
  for (const oneof of type.oneofsArray) {
    const set = oneof.oneof.filter((name) => value[name] !== undefined);
    if (set.length > 1) {
      issues.push({
        path,
        message: `${type.name}.${oneof.name} is a oneof: set only one of ${set.join(', ')}`,
      });
    }
  }
  SEMANTIC_CHECKS[type.fullName]?.(value, path, issues);
  return out;
}

/** Schema walk plus protobufjs' own fromObject/verify/encode round trip. */
function checkMessageAt(type: PbType, json: unknown, path: string, issues: CardJsonIssue[]): void {
  const before = issues.length;
  const normalised = walkMessage(type, json, path, issues);
  if (normalised === SKIP || issues.length > before) return;
  try {
    const message = type.fromObject(normalised);
    const err = type.verify(message);
    if (err) {
      issues.push({ path, message: `protobufjs verify: ${err}` });
      return;
    }
    type.decode(type.encode(message).finish());
  } catch (e) {
    issues.push({ path, message: `protobufjs: ${(e as Error).message}` });
  }
}

/** Issues for any card.proto message (`Card`, `Widget`, `Action`, …) given as JSON. */
export function checkCardMessage(messageName: string, json: unknown, path = '$'): CardJsonIssue[] {
  const issues: CardJsonIssue[] = [];
  checkMessageAt(cardMessageType(messageName), json, path, issues);
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Action responses (no message in card.proto: shape checked by hand)
// ---------------------------------------------------------------------------------------------

function checkKeys(
  value: unknown,
  path: string,
  what: string,
  allowed: readonly string[],
  issues: CardJsonIssue[],
): value is JsonObject {
  if (!isPlainObject(value)) {
    issues.push({ path, message: `expected ${what} object, got ${describe(value)}` });
    return false;
  }
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue;
    if (!allowed.includes(key)) {
      issues.push({
        path: `${path}.${key}`,
        message: `unknown field "${key}" in ${what}; allowed: ${allowed.join(', ')}`,
      });
    }
  }
  return true;
}

function checkNonEmptyString(value: unknown, path: string, what: string, issues: CardJsonIssue[]): void {
  if (typeof value !== 'string' || value === '') {
    issues.push({ path, message: `${what} must be a non-empty string, got ${describe(value)}` });
  }
}

const NAVIGATION_OPS = ['pushCard', 'updateCard', 'pop', 'popToRoot', 'popToCard'] as const;

function checkNavigation(nav: unknown, path: string, issues: CardJsonIssue[], pushOnly: boolean): void {
  const allowed = pushOnly ? ['pushCard'] : NAVIGATION_OPS;
  if (!checkKeys(nav, path, 'a navigation', allowed, issues)) return;
  const ops = NAVIGATION_OPS.filter((op) => nav[op] !== undefined);
  if (ops.length !== 1) {
    issues.push({
      path,
      message: `a navigation sets exactly one of ${allowed.join(', ')}; got ${ops.length ? ops.join(', ') : 'none'}`,
    });
  }
  for (const op of ops) {
    const opPath = `${path}.${op}`;
    if (op === 'pushCard' || op === 'updateCard')
      checkMessageAt(cardMessageType('Card'), nav[op], opPath, issues);
    else if (op === 'popToCard') checkNonEmptyString(nav[op], opPath, 'popToCard (a card name)', issues);
    else if (nav[op] !== true)
      issues.push({ path: opPath, message: `${op} must be true, got ${describe(nav[op])}` });
  }
}

/** RenderActions.action: navigations[], link (OpenLink), notification {text}. */
function checkRenderAction(action: unknown, path: string, issues: CardJsonIssue[], universal: boolean): void {
  const allowed = universal ? ['navigations', 'link'] : ['navigations', 'link', 'notification'];
  if (!checkKeys(action, path, 'an action', allowed, issues)) return;
  const present = allowed.filter((k) => action[k] !== undefined);
  if (present.length === 0) {
    issues.push({ path, message: `an action needs one of: ${allowed.join(', ')}` });
  }
  if (action.navigations !== undefined) {
    if (!Array.isArray(action.navigations) || action.navigations.length === 0) {
      issues.push({
        path: `${path}.navigations`,
        message: `expected a non-empty array of navigations, got ${describe(action.navigations)}`,
      });
    } else {
      action.navigations.forEach((nav, i) =>
        checkNavigation(nav, `${path}.navigations[${i}]`, issues, universal),
      );
    }
  }
  if (action.link !== undefined) {
    const linkPath = `${path}.link`;
    checkMessageAt(cardMessageType('OpenLink'), action.link, linkPath, issues);
    if (isPlainObject(action.link))
      checkNonEmptyString(action.link.url, `${linkPath}.url`, 'link.url', issues);
  }
  if (action.notification !== undefined) {
    const notePath = `${path}.notification`;
    if (checkKeys(action.notification, notePath, 'a notification', ['text'], issues)) {
      checkNonEmptyString(action.notification.text, `${notePath}.text`, 'notification.text', issues);
    }
  }
}

const CONTENT_TYPES = ['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML'];
const UPDATE_BODY_TYPES = ['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END'];

function checkRecipients(value: unknown, path: string, listKey: string, issues: CardJsonIssue[]): void {
  if (!checkKeys(value, path, listKey, [listKey], issues)) return;
  const list = value[listKey];
  if (!Array.isArray(list)) {
    issues.push({ path: `${path}.${listKey}`, message: `expected an array, got ${describe(list)}` });
    return;
  }
  list.forEach((r, i) => {
    const rPath = `${path}.${listKey}[${i}]`;
    if (checkKeys(r, rPath, 'a recipient', ['email'], issues))
      checkNonEmptyString(r.email, `${rPath}.email`, 'email', issues);
  });
}

function checkUpdateDraftMarkup(markup: unknown, path: string, issues: CardJsonIssue[]): void {
  const keys = [
    'updateBody',
    'updateSubject',
    'updateToRecipients',
    'updateCcRecipients',
    'updateBccRecipients',
  ];
  if (!checkKeys(markup, path, 'an updateDraftActionMarkup', keys, issues)) return;
  if (!keys.some((k) => markup[k] !== undefined)) {
    issues.push({ path, message: `an updateDraftActionMarkup needs one of: ${keys.join(', ')}` });
  }
  const body = markup.updateBody;
  if (
    body !== undefined &&
    checkKeys(body, `${path}.updateBody`, 'an updateBody', ['insertContents', 'type'], issues)
  ) {
    const bodyPath = `${path}.updateBody`;
    if (!Array.isArray(body.insertContents) || body.insertContents.length === 0) {
      issues.push({
        path: `${bodyPath}.insertContents`,
        message: `expected a non-empty array of {content, contentType}, got ${describe(body.insertContents)}`,
      });
    } else {
      body.insertContents.forEach((item, i) => {
        const itemPath = `${bodyPath}.insertContents[${i}]`;
        if (!checkKeys(item, itemPath, 'an insertContent', ['content', 'contentType'], issues)) return;
        if (typeof item.content !== 'string') {
          issues.push({
            path: `${itemPath}.content`,
            message: `expected a string, got ${describe(item.content)}`,
          });
        }
        if (typeof item.contentType !== 'string' || !CONTENT_TYPES.includes(item.contentType)) {
          issues.push({
            path: `${itemPath}.contentType`,
            message: `expected one of ${CONTENT_TYPES.join(', ')}, got ${describe(item.contentType)}`,
          });
        }
      });
    }
    if (
      body.type !== undefined &&
      (typeof body.type !== 'string' || !UPDATE_BODY_TYPES.includes(body.type))
    ) {
      issues.push({
        path: `${bodyPath}.type`,
        message: `expected one of ${UPDATE_BODY_TYPES.join(', ')}, got ${describe(body.type)}`,
      });
    }
  }
  if (markup.updateSubject !== undefined) {
    const sPath = `${path}.updateSubject`;
    if (checkKeys(markup.updateSubject, sPath, 'an updateSubject', ['subject'], issues)) {
      if (typeof markup.updateSubject.subject !== 'string') {
        issues.push({
          path: `${sPath}.subject`,
          message: `expected a string, got ${describe(markup.updateSubject.subject)}`,
        });
      }
    }
  }
  if (markup.updateToRecipients !== undefined)
    checkRecipients(markup.updateToRecipients, `${path}.updateToRecipients`, 'toRecipients', issues);
  if (markup.updateCcRecipients !== undefined)
    checkRecipients(markup.updateCcRecipients, `${path}.updateCcRecipients`, 'ccRecipients', issues);
  if (markup.updateBccRecipients !== undefined)
    checkRecipients(markup.updateBccRecipients, `${path}.updateBccRecipients`, 'bccRecipients', issues);
}

function checkActionResponse(json: unknown, issues: CardJsonIssue[]): void {
  if (!checkKeys(json, '$', 'an ActionResponse', ['renderActions', 'stateChanged'], issues)) return;
  if (json.stateChanged !== undefined && typeof json.stateChanged !== 'boolean') {
    issues.push({
      path: '$.stateChanged',
      message: `expected a boolean, got ${describe(json.stateChanged)}`,
    });
  }
  if (!checkKeys(json.renderActions, '$.renderActions', 'a renderActions', ['action'], issues)) return;
  checkRenderAction(json.renderActions.action, '$.renderActions.action', issues, false);
}

function checkUniversalActionResponse(json: unknown, issues: CardJsonIssue[]): void {
  if (!checkKeys(json, '$', 'a UniversalActionResponse', ['action'], issues)) return;
  checkRenderAction(json.action, '$.action', issues, true);
}

function checkUpdateDraftActionResponse(json: unknown, issues: CardJsonIssue[]): void {
  if (!checkKeys(json, '$', 'an UpdateDraftActionResponse', ['renderActions'], issues)) return;
  const ra = json.renderActions;
  if (!checkKeys(ra, '$.renderActions', 'a renderActions', ['hostAppAction'], issues)) return;
  const host = ra.hostAppAction;
  if (!checkKeys(host, '$.renderActions.hostAppAction', 'a hostAppAction', ['gmailAction'], issues)) return;
  const gmail = host.gmailAction;
  const gPath = '$.renderActions.hostAppAction.gmailAction';
  if (!checkKeys(gmail, gPath, 'a gmailAction', ['updateDraftActionMarkup'], issues)) return;
  checkUpdateDraftMarkup(gmail.updateDraftActionMarkup, `${gPath}.updateDraftActionMarkup`, issues);
}

// ---------------------------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------------------------

function parseIfString(json: unknown, issues: CardJsonIssue[]): unknown | typeof SKIP {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    issues.push({ path: '$', message: `not valid JSON: ${(e as Error).message}` });
    return SKIP;
  }
}

/** Guesses the kind of a parsed printJson() result. */
export function detectCardJsonKind(json: unknown): CardJsonKind {
  if (isPlainObject(json)) {
    if (isPlainObject(json.renderActions) && json.renderActions.hostAppAction !== undefined) {
      return 'updateDraftActionResponse';
    }
    if (json.renderActions !== undefined) return 'actionResponse';
    if (json.action !== undefined) return 'universalActionResponse';
  }
  return 'card';
}

/**
 * All problems found in `json` (an object, or the string `printJson()` returned), read as `kind`
 * (`'auto'` guesses it from the top-level keys). Empty when valid.
 */
export function checkCardJson(json: unknown, kind: CardJsonKind | 'auto' = 'card'): CardJsonIssue[] {
  const issues: CardJsonIssue[] = [];
  const value = parseIfString(json, issues);
  if (value === SKIP) return issues;
  const k = kind === 'auto' ? detectCardJsonKind(value) : kind;
  switch (k) {
    case 'card':
      checkMessageAt(cardMessageType('Card'), value, '$', issues);
      break;
    case 'actionResponse':
      checkActionResponse(value, issues);
      break;
    case 'universalActionResponse':
      checkUniversalActionResponse(value, issues);
      break;
    case 'updateDraftActionResponse':
      checkUpdateDraftActionResponse(value, issues);
      break;
  }
  return issues;
}

/** Throws a CardJsonError listing every issue (with its JSON path) unless `json` is valid. */
export function validateCardJson(json: unknown, kind: CardJsonKind | 'auto' = 'card'): void {
  const issues = checkCardJson(json, kind);
  if (issues.length === 0) return;
  let label: string = kind;
  if (kind === 'auto') {
    const value = parseIfString(json, []);
    label = value === SKIP ? 'card' : detectCardJsonKind(value);
  }
  throw new CardJsonError(label, issues);
}

/** Throws unless `json` is a valid google.apps.card.v1.Card within Gmail's limits. */
export function validateCard(json: unknown): void {
  validateCardJson(json, 'card');
}

/**
 * Every Apps Script function name an Action in `json` refers to (`onClick.action.function`,
 * `onChangeAction.function`, `openDynamicLinkAction.function`, …), in order of appearance, without
 * duplicates. Accepts a card, an action response, any fragment, or the printJson() string.
 */
export function collectActionFunctions(json: unknown): string[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return [];
    }
  }
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isPlainObject(node)) return;
    // In card JSON only google.apps.card.v1.Action has a field named `function`.
    if (typeof node.function === 'string' && node.function !== '') found.add(node.function);
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return [...found];
}
