// The time-driven trigger that runs scanInbox. It must belong to the shared mailbox's owner and be
// created by the owner running the script (editor or Settings button): triggers an add-on creates
// run at most hourly, and labelling needs the mailbox's own authority.
import { readSettings, scriptProperties } from '../gas/properties';
import { withRetry } from '../gas/retry';
import { activeUserEmail, effectiveUserEmail } from '../gas/session';

export const SCAN_HANDLER = 'scanInbox';
const TRIGGER_KEY = 'scanner.trigger';
const MINUTES = [1, 5, 10, 15, 30];

export interface InstallResult {
  installed: boolean;
  everyMinutes: number;
  triggerId: string | null;
  /** False when the right trigger was already there: running install twice changes nothing. */
  changed: boolean;
}

function scanTriggers(): GoogleAppsScript.Script.Trigger[] {
  return withRetry(() => ScriptApp.getProjectTriggers()).filter(
    (t) => withRetry(() => t.getHandlerFunction()) === SCAN_HANDLER,
  );
}

function requireOwner(): void {
  const active = activeUserEmail();
  const effective = effectiveUserEmail();
  // Fail closed: only the account whose mailbox is scanned (running the script itself) may install.
  if (!effective || (active && active !== effective))
    throw new Error('scanner: install must be run by the shared mailbox owner (not_mailbox_owner)');
}

export function installScanner(): InstallResult {
  requireOwner();
  const wanted = withRetry(() => readSettings()).scanIntervalMinutes;
  const everyMinutes = MINUTES.includes(wanted) ? wanted : 5;
  const store = scriptProperties();
  const recorded = JSON.parse(withRetry(() => store.getProperty(TRIGGER_KEY)) ?? 'null') as {
    id: string;
    everyMinutes: number;
  } | null;
  const existing = scanTriggers();
  const same =
    existing.length === 1 &&
    recorded &&
    recorded.everyMinutes === everyMinutes &&
    existing[0]!.getUniqueId() === recorded.id;
  if (same) return { installed: true, everyMinutes, triggerId: recorded.id, changed: false };
  for (const trigger of existing) withRetry(() => ScriptApp.deleteTrigger(trigger));
  // Not retried: a failed create may still have made the trigger; running install again tidies up.
  const trigger = ScriptApp.newTrigger(SCAN_HANDLER).timeBased().everyMinutes(everyMinutes).create();
  const id = trigger.getUniqueId();
  withRetry(() => store.setProperty(TRIGGER_KEY, JSON.stringify({ id, everyMinutes })));
  return { installed: true, everyMinutes, triggerId: id, changed: true };
}

export function uninstallScanner(): InstallResult {
  requireOwner();
  const existing = scanTriggers();
  for (const trigger of existing) withRetry(() => ScriptApp.deleteTrigger(trigger));
  withRetry(() => scriptProperties().deleteProperty(TRIGGER_KEY));
  return { installed: false, everyMinutes: 0, triggerId: null, changed: existing.length > 0 };
}

/** For the homepage card: the installed interval, or null. */
export function scannerTrigger(): { id: string; everyMinutes: number } | null {
  const raw = scriptProperties().getProperty(TRIGGER_KEY);
  return raw ? (JSON.parse(raw) as { id: string; everyMinutes: number }) : null;
}
