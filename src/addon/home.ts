// The homepage: four bounded searches (at most COUNT_CAP threads each, never a walk over the
// mailbox), the set-up state and the scanner's last report.
import { labelNames, labelQuery } from '../core/policy/labels';
import { can } from '../core/policy/roles';
import { homepageCard, type HomeView } from '../cards/homepage-card';
import { PROPERTY_KEYS, readJson } from '../gas/properties';
import { localParts, startOfLocalDay } from '../gas/local-time';
import type { Actor } from '../gas/roles';
import { openAuditSpreadsheet } from '../gas/audit-sink';
import { sheetConfigErrors } from '../sheet/config';
import { DASHBOARD_SHEET } from '../sheet/dashboard';
import { timeZoneOf, type Context } from './context';
import { auditSheetUrl } from './thread';

export const COUNT_CAP = 100;

interface ScannerState {
  lastRunAt?: string | number;
  lastOutcome?: string;
  alert?: unknown;
}

/** Only a short code from the scanner's report reaches the card (it is escaped there as well). */
function codeOf(value: unknown): string {
  const raw =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? String((value as Record<string, unknown>).code ?? (value as Record<string, unknown>).kind ?? '')
        : '';
  return (
    raw
      .toLowerCase()
      .replace(/[^a-z0-9_:.-]/g, '')
      .slice(0, 40) || 'unknown'
  );
}

function counts(ctx: Context): HomeView['counts'] {
  const names = labelNames(ctx.settings().labelPrefix);
  const open = `in:inbox -${labelQuery(names.handled)}`;
  const count = (query: string): number => GmailApp.search(query, 0, COUNT_CAP).length;
  try {
    return {
      urgent: count(`${labelQuery(names.urgent)} ${open}`),
      escalated: count(`${labelQuery(names.escalate)} ${open}`),
      awaiting: count(`${labelQuery(names.processed)} ${open} -${labelQuery(names.intent('automated'))}`),
      handledToday: count(`${labelQuery(names.handled)} after:${startOfLocalDay(ctx.now, timeZoneOf(ctx))}`),
    };
  } catch {
    return null;
  }
}

function scanner(ctx: Context, state: ScannerState | null): HomeView['scanner'] {
  const at = state?.lastRunAt === undefined ? NaN : new Date(state.lastRunAt).getTime();
  if (!state || Number.isNaN(at)) return null;
  const tz = timeZoneOf(ctx);
  const staleAfterMs = Math.max(3 * ctx.settings().scanIntervalMinutes, 30) * 60_000;
  const outcome = String(state.lastOutcome ?? 'success');
  return {
    when: ctx.ui.dateTime(localParts(new Date(at), tz), localParts(ctx.now, tz)),
    failedCode: outcome.startsWith('failure') ? codeOf(outcome.split(':')[1] ?? outcome) : null,
    stale: ctx.now.getTime() - at > staleAfterMs,
  };
}

function alert(state: ScannerState | null): HomeView['alert'] {
  const raw = readJson<unknown>(PROPERTY_KEYS.alert) ?? state?.alert;
  if (!raw) return null;
  const code = codeOf(raw);
  return { quota: /quota/.test(code) || /quota/i.test(JSON.stringify(raw)), code };
}

/** The Dashboard tab's link needs its sheet id: looked up once, then cached (also when unreachable). */
function dashboardUrl(auditUrl: string | null, spreadsheetId: string): string | null {
  if (!auditUrl) return null;
  const cache = CacheService.getScriptCache();
  const key = `dashboard.gid.${spreadsheetId}`;
  let gid = cache.get(key);
  if (gid === null) {
    try {
      gid = String(openAuditSpreadsheet()?.getSheetByName(DASHBOARD_SHEET)?.getSheetId() ?? '');
    } catch {
      gid = '';
    }
    cache.put(key, gid, gid ? 21_600 : 600);
  }
  return gid ? `${auditUrl}#gid=${gid}` : null;
}

function configErrors(): number {
  try {
    return sheetConfigErrors().length;
  } catch {
    return 0;
  }
}

export function homeCard(ctx: Context, actor: Actor): GoogleAppsScript.Card_Service.Card {
  const settings = ctx.settings();
  const auditUrl = can(actor.roles, 'verify-audit') ? auditSheetUrl(settings) : null;
  const state = readJson<ScannerState>(PROPERTY_KEYS.scannerState);
  const view: HomeView = {
    counts: counts(ctx),
    countCap: COUNT_CAP,
    auditConfigured: !!settings.auditSpreadsheetId,
    auditUrl,
    dashboardUrl: dashboardUrl(auditUrl, settings.auditSpreadsheetId),
    scanner: scanner(ctx, state),
    alert: alert(state),
    configErrors: settings.auditSpreadsheetId ? configErrors() : 0,
  };
  return homepageCard(view, ctx.ui);
}
