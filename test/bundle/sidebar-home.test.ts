// Homepage, Settings, About and the compose trigger on the built bundle.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectActionFunctions, validateCard, validateCardJson } from '../harness/card-proto';
import { composeEvent, homepageEvent } from '../harness/events';
import {
  MANAGER,
  STAFF,
  bySource,
  createSidebar,
  notificationOf,
  textOf,
  withAuditSheet,
  withSamples,
  type Sidebar,
} from './sidebar-harness';

/** Four bounded searches plus settings, roles, scanner state and the dashboard link (measured ≈ 24). */
const HOME_CALL_BOUND = 35;

let sb: Sidebar;
beforeAll(async () => {
  sb = withAuditSheet(await withSamples(createSidebar()));
  sb.addRole(STAFF, 'staff');
  // A cold cache (roles, sheet configuration) costs one callback about 80 calls; bounds are for warm ones.
  sb.call('onHomepage', homepageEvent());
});

function home(locale = 'en', user?: string) {
  const r = sb.call(
    'onHomepage',
    homepageEvent({ userLocale: locale, timeZone: 'Europe/Brussels' }),
    user ? { user } : {},
  );
  validateCard(r.json);
  return r;
}

describe('homepage', () => {
  it('counts the triage labels with a few bounded searches', () => {
    const urgent = bySource(sb, '53-spoed');
    const escalated = bySource(sb, '44-amlodipine');
    const handled = bySource(sb, '02-refill');
    const label = (m: typeof urgent, names: string[]) => {
      for (const name of names) sb.env.mailbox.createLabel(name);
      for (const msg of sb.env.mailbox.threadMessages(m.record.threadId))
        for (const name of names) msg.labels.add(name);
    };
    label(urgent, ['Triage/Clinical', 'Triage/Escalate', 'Triage/Escalate/Urgent', 'Triage/Processed']);
    label(escalated, ['Triage/Clinical', 'Triage/Escalate', 'Triage/Processed']);
    label(handled, ['Triage/Refill', 'Triage/Processed', 'Triage/Handled']);
    label(bySource(sb, '05-fornyelse'), ['Triage/Refill', 'Triage/Processed']);
    label(bySource(sb, '01-wholesaler'), ['Triage/Automated', 'Triage/Processed']);
    const r = home();
    const widgets = (
      r.json.sections as { widgets: { decoratedText?: { topLabel: string; text: string } }[] }[]
    )[0]!.widgets;
    const count = (label: string) =>
      widgets.find((w) => w.decoratedText?.topLabel === label)?.decoratedText?.text.replace(/<[^>]+>/g, '');
    expect(count('Urgent')).toBe('1');
    expect(count('For the pharmacist')).toBe('2');
    expect(count('Awaiting reply')).toBe('3');
    expect(r.methods.filter((m) => m === 'GmailApp.search')).toHaveLength(4);
    expect(r.methods.filter((m) => /getInboxThreads|getThreads|getMessagesForThreads/.test(m))).toEqual([]);
    expect(r.calls).toBeLessThanOrEqual(HOME_CALL_BOUND);
  });

  it('shows the set-up state, links, the scanner run and its alert', () => {
    sb.env.properties.script.set(
      'scanner.state',
      JSON.stringify({ lastRunAt: '2026-11-23T09:25:00Z', lastOutcome: 'success' }),
    );
    let text = textOf(home().json);
    expect(text).toContain('Audit sheet: connected');
    expect(text).toContain('Inbox scanner: last run today at 10:25');
    expect(collectActionFunctions(home().json)).toEqual(['sidebarRefreshHome']);
    expect(text).toMatch(/#gid=\d+/);
    sb.env.properties.script.set(
      'alert',
      JSON.stringify({ code: 'daily_quota', service: 'gmail', at: '2026-11-23T09:20:00Z' }),
    );
    text = textOf(home('da-DK').json);
    expect(text).toContain('Gmails daglige grænse er nået');
    expect(text).toContain('i dag kl. 10:25');
    sb.env.properties.script.delete('alert');
    sb.env.properties.script.set(
      'scanner.state',
      JSON.stringify({ lastRunAt: '2026-11-22T21:00:00Z', lastOutcome: 'success' }),
    );
    expect(textOf(home('fr-BE').json)).toContain('aucun passage depuis 22 nov. 2026 à 22:00');
    sb.env.properties.script.set(
      'scanner.state',
      JSON.stringify({ lastRunAt: '2026-11-23T09:25:00Z', lastOutcome: 'failure:<b>lock</b>' }),
    );
    const failed = textOf(home().json);
    expect(failed).toMatch(/last run today at 10:25 failed \(\w+\)/);
    expect(failed).not.toContain('<b>lock');
  });

  it('refreshes, says when the audit sheet is missing, refuses strangers', async () => {
    const refresh = sb.call('sidebarRefreshHome', homepageEvent({ userLocale: 'nl-NL' }));
    validateCardJson(refresh.json, 'actionResponse');
    expect(textOf(refresh.json)).toContain('Voor de apotheker');
    const fresh = createSidebar();
    const r = fresh.call('onHomepage', homepageEvent());
    validateCard(r.json);
    expect(textOf(r.json)).toContain('Audit sheet: not set up yet');
    expect(textOf(r.json)).toContain('Inbox scanner: has not run yet');
    expect(textOf(home('en', 'stranger@elsewhere.example').json)).toContain('You have no role');
    const staff = textOf(home('en', STAFF).json);
    expect(staff).toContain('Audit sheet: connected');
    expect(staff).not.toContain('docs.google.com');
  });
});

describe('settings', () => {
  const event = (inputs: Record<string, string>, locale = 'en') => ({
    ...homepageEvent({ userLocale: locale, formInputs: inputs }),
  });
  const form = {
    pharmacyName: 'Harbour Pharmacy',
    signature: 'Sofie',
    phone: '+32 9 123 45 67',
    defaultLanguage: 'nl',
    labelPrefix: 'Triage',
    auditSpreadsheetId: '',
    country: 'BE',
    emergencyNumber: '112',
  };

  it('shows the form to managers and a read-only note to others', () => {
    const r = sb.call('onSettings', homepageEvent());
    validateCardJson(r.json, 'universalActionResponse');
    expect(collectActionFunctions(r.json)).toEqual(['sidebarSaveSettings', 'sidebarVerifyAudit']);
    expect(textOf(r.json)).toContain('Gmail label prefix');
    const staff = sb.call('onSettings', homepageEvent(), { user: STAFF });
    validateCardJson(staff.json, 'universalActionResponse');
    expect(textOf(staff.json)).toContain('Only a manager can change the settings.');
  });

  it('puts localized errors next to the fields, stores nothing, audits the failure', () => {
    const id = (JSON.parse(sb.env.properties.script.get('settings')!) as { auditSpreadsheetId: string })
      .auditSpreadsheetId;
    const before = sb.env.properties.script.get('settings');
    const r = sb.call(
      'sidebarSaveSettings',
      event(
        { ...form, auditSpreadsheetId: id, pharmacyName: '', phone: 'call me', country: 'Belgium' },
        'fr-BE',
      ),
    );
    validateCardJson(r.json, 'actionResponse');
    const text = textOf(r.json);
    expect(notificationOf(r.json)).toBe('Corrigez les champs signalés ci-dessous.');
    expect(text).toContain('Obligatoire.');
    expect(text).toContain('Ce n&#39;est pas un numéro de téléphone.');
    expect(text).toContain('Code pays à deux lettres');
    expect(sb.env.properties.script.get('settings')).toBe(before);
    expect(sb.auditRows().at(-1)).toMatchObject({
      action: 'config-change',
      outcome: 'failure:invalid_settings',
      actor: MANAGER,
    });
  });

  it('saves valid settings, audits config-change, and the emergency number follows the country', () => {
    const id = (JSON.parse(sb.env.properties.script.get('settings')!) as { auditSpreadsheetId: string })
      .auditSpreadsheetId;
    const r = sb.call(
      'sidebarSaveSettings',
      event({
        ...form,
        auditSpreadsheetId: `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`,
        country: 'fr',
        emergencyNumber: '15',
      }),
    );
    validateCardJson(r.json, 'actionResponse');
    expect(notificationOf(r.json)).toBe('Settings saved.');
    const saved = JSON.parse(sb.env.properties.script.get('settings')!) as Record<string, unknown>;
    expect(saved).toMatchObject({ defaultLanguage: 'nl', country: 'FR', auditSpreadsheetId: id });
    expect((saved.emergencyNumbers as Record<string, string>).FR).toBe('15');
    expect(sb.auditRows().at(-1)).toMatchObject({ action: 'config-change', outcome: 'success' });
    const staff = sb.call('sidebarSaveSettings', event(form), { user: STAFF });
    expect(notificationOf(staff.json)).toContain('role does not allow');
  });

  it('creates the audit sheet from Settings on a fresh install', () => {
    const fresh = createSidebar();
    const card = fresh.call('onSettings', homepageEvent());
    expect(collectActionFunctions(card.json)).toEqual(['sidebarSaveSettings', 'sidebarCreateAuditSheet']);
    const r = fresh.call('sidebarCreateAuditSheet', homepageEvent({ userLocale: 'nl' }));
    validateCardJson(r.json, 'actionResponse');
    expect(notificationOf(r.json)).toBe('Auditlog aangemaakt.');
    // Set-up writes its own `setup` row; the button adds none of its own.
    const rows = fresh.auditRows();
    expect(rows.filter((x) => x.action === 'setup')).toHaveLength(1);
    expect(rows.filter((x) => x.eventId.startsWith('setup:'))).toEqual([]);
    expect(fresh.call('onSettings', homepageEvent()).json).toBeTruthy();
  });

  it('lets a manager verify the audit trail from Settings, and names the row a person changed', () => {
    const fresh = createSidebar();
    fresh.call('sidebarCreateAuditSheet', homepageEvent());
    const settings = fresh.call('onSettings', homepageEvent());
    expect(collectActionFunctions(settings.json)).toContain('sidebarVerifyAudit');
    expect(notificationOf(fresh.call('sidebarVerifyAudit', homepageEvent()).json)).toMatch(
      /^Audit trail intact: \d+ rows\.$/,
    );
    const id = JSON.parse(fresh.env.properties.script.get('settings')!).auditSpreadsheetId as string;
    const audit = fresh.env.workbooks.get(id)!.sheet('Audit')!;
    audit.write(2, 7, 'handled');
    expect(notificationOf(fresh.call('sidebarVerifyAudit', homepageEvent({ userLocale: 'fr' })).json)).toBe(
      "Journal d'audit altéré à la ligne 2 : prévenez un responsable.",
    );
  });
});

describe('about and compose', () => {
  it('about says what the add-on never does, in the user language', () => {
    const r = sb.call('onAbout', homepageEvent({ userLocale: 'nl-BE' }));
    validateCardJson(r.json, 'universalActionResponse');
    expect(textOf(r.json)).toContain('verstuurt nooit e-mail');
    expect(textOf(r.json)).toMatch(/Versie \d+\.\d+\.\d+/);
  });

  it('compose offers every template and inserts one in place', () => {
    const card = sb.call('onComposeTemplate', composeEvent({ userLocale: 'da' }));
    validateCard(card.json);
    expect(collectActionFunctions(card.json)).toEqual(['sidebarInsertTemplate']);
    expect(textOf(card.json)).toContain('Fornyelse bekræftet');
    const before = sb.auditRows().length;
    const r = sb.call(
      'sidebarInsertTemplate',
      composeEvent({ formInputs: { template: 'out_of_stock', language: 'da' } }),
    );
    validateCardJson(r.json, 'updateDraftActionResponse');
    expect(textOf(r.json)).toContain('IN_PLACE_INSERT');
    expect(
      sb
        .auditRows()
        .slice(before)
        .map((x) => [x.action, x.templateId, x.language]),
    ).toEqual([['draft', 'out_of_stock', 'da']]);
    const stranger = sb.call('onComposeTemplate', composeEvent(), { user: 'stranger@elsewhere.example' });
    expect(textOf(stranger.json)).toContain('You have no role');
  });
});
