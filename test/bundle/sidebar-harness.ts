// Shared by the sidebar and card bundle tests: the built dist/Code.js under gas-local with the
// fakes, one fresh execution (and freshly loaded bundle) per callback, as in Apps Script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_COLUMNS, type AuditRow } from '../../src/core/audit';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/config/settings';
import { createCardService, fakeCardJson } from '../gas/card-service';
import { createGasEnvironment, type GasEnvironment } from '../gas/environment';
import type { ExecutionOptions } from '../gas/execution';
import { loadSamplesInto, type LoadedMessage } from '../gas/load-samples';
import { gmailMessageEvent, type CommonEventOptions, type GmailAddonEvent } from '../harness/events';
import { loadBundle, type BundleSandbox } from '../harness/load-bundle';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MANAGER = 'manager@harbour-pharmacy.example';
export const STAFF = 'sofie@harbour-pharmacy.example';
export const PHARMACIST = 'jonas@harbour-pharmacy.example';
export const STRANGER = 'stranger@elsewhere.example';
export const NOW = '2026-11-23T09:30:00Z';

export interface CallResult {
  /** printJson() of what the callback returned (card or response). */
  json: Record<string, unknown>;
  /** Apps Script service calls (Gmail, Sheets, properties…) made by this callback. */
  calls: number;
  methods: string[];
  accessTokens: string[];
  sandbox: BundleSandbox;
}

export interface Sidebar {
  env: GasEnvironment;
  messages: LoadedMessage[];
  call(fn: string, event: unknown, exec?: ExecutionOptions): CallResult;
  open(m: LoadedMessage, opts?: CommonEventOptions, exec?: ExecutionOptions): CallResult;
  event(m: LoadedMessage, opts?: CommonEventOptions): GmailAddonEvent;
  settings(patch: Partial<Settings>): void;
  /** Rows of the Audit tab, then events still queued for it. */
  auditRows(): AuditRow[];
  addRole(email: string, role: string): void;
}

export function createSidebar(opts: { settings?: Partial<Settings> } = {}): Sidebar {
  const env = createGasEnvironment({
    user: MANAGER,
    ownAddress: 'inbox@harbour-pharmacy.example',
    timeZone: 'Europe/Brussels',
    now: NOW,
    addOnMode: true,
    extraGlobals: () => ({ CardService: createCardService() }),
  });
  const messages: LoadedMessage[] = [];
  const sidebar: Sidebar = {
    env,
    messages,
    call(fn, event, exec = {}) {
      const run = env.newExecution({ addOnMode: true, ...exec });
      const before = env.calls.records.length;
      try {
        const sandbox = loadBundle(run);
        const callback = sandbox[fn];
        if (typeof callback !== 'function') throw new Error(`dist/Code.js has no top-level function ${fn}`);
        const value = callback(event);
        const json = fakeCardJson(value);
        if (!json) throw new Error(`${fn} returned something that is not a card or a response`);
        const records = env.calls.records.slice(before);
        return {
          json: JSON.parse(JSON.stringify(json)) as Record<string, unknown>,
          calls: records.length,
          methods: records.map((r) => r.method),
          accessTokens: [...run.execution.accessTokens],
          sandbox,
        };
      } finally {
        run.end();
      }
    },
    event(m, o = {}) {
      return gmailMessageEvent({
        messageId: m.record.id,
        threadId: m.record.threadId,
        userLocale: 'en',
        timeZone: 'Europe/Brussels',
        now: Date.parse(NOW),
        ...o,
      });
    },
    open(m, o = {}, exec = {}) {
      return sidebar.call('onGmailMessageOpen', sidebar.event(m, o), exec);
    },
    settings(patch) {
      const current = JSON.parse(
        env.properties.script.get('settings') ?? JSON.stringify(DEFAULT_SETTINGS),
      ) as Settings;
      env.properties.script.set('settings', JSON.stringify({ ...current, ...patch }));
    },
    auditRows() {
      const id = (JSON.parse(env.properties.script.get('settings') ?? '{}') as Settings).auditSpreadsheetId;
      const sheet = id ? env.workbooks.get(id)?.sheet('Audit') : undefined;
      const [, ...rows] = sheet ? sheet.values() : [];
      const written = rows
        .filter((r) => r.some((v) => v !== ''))
        .map((r) => Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, String(r[i] ?? '')])) as AuditRow);
      // Users without access to the sheet (staff) queue their rows for the owner's next write.
      const queued = [...env.properties.script.entries()]
        .filter(([k]) => k.startsWith('audit.queue.'))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, v]) => JSON.parse(v) as Record<string, unknown>)
        .map(
          (e) =>
            Object.fromEntries(
              AUDIT_COLUMNS.map((c) => [
                c,
                Array.isArray(e[c]) ? (e[c] as string[]).join(',') : String(e[c] ?? ''),
              ]),
            ) as AuditRow,
        );
      return [...written, ...queued];
    },
    addRole(email, role) {
      const id = (JSON.parse(env.properties.script.get('settings') ?? '{}') as Settings).auditSpreadsheetId;
      const sheet = env.workbooks.get(id)!.sheet('Roles')!;
      const row = sheet.lastRow() + 1;
      sheet.write(row, 1, email);
      sheet.write(row, 2, role);
      env.caches.script.clear();
    },
  };
  sidebar.settings({
    pharmacyName: 'Harbour Pharmacy',
    phone: '+32 9 123 45 67',
    signature: 'Sofie, Harbour Pharmacy',
    timeZone: 'Europe/Brussels',
    ...opts.settings,
  });
  return sidebar;
}

export async function withSamples(sidebar: Sidebar): Promise<Sidebar> {
  sidebar.messages.push(...(await loadSamplesInto(sidebar.env.mailbox, path.join(ROOT, 'samples/inbox'))));
  return sidebar;
}

/** Creates the audit sheet the way a manager does: the Settings card's button. */
export function withAuditSheet(sidebar: Sidebar): Sidebar {
  const result = sidebar.call('sidebarCreateAuditSheet', {
    commonEventObject: {
      userLocale: 'en',
      timeZone: { id: 'Europe/Brussels' },
      parameters: {},
      formInputs: {},
    },
  });
  const text = JSON.stringify(result.json);
  if (!text.includes('Audit sheet created')) throw new Error(`set-up failed: ${text}`);
  return sidebar;
}

export function patientMessages(sidebar: Sidebar): LoadedMessage[] {
  return sidebar.messages.filter((m) => !m.staff);
}

export function bySource(sidebar: Sidebar, prefix: string): LoadedMessage {
  const m = sidebar.messages.find((x) => x.source.startsWith(prefix));
  if (!m) throw new Error(`no sample ${prefix}`);
  return m;
}

/** The text of every notification in an action response. */
export function notificationOf(json: Record<string, unknown>): string {
  const action = (json.renderActions as { action?: { notification?: { text?: string } } } | undefined)
    ?.action;
  return action?.notification?.text ?? '';
}

/** Every string in a card, for "does the card say X" checks. */
export function textOf(json: unknown): string {
  return JSON.stringify(json);
}
