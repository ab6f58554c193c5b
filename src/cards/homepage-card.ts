// The homepage: how much work waits, and whether the set-up is complete and healthy.
import type { I18n } from '../core/i18n';
import { FN } from './functions';
import { COLORS, button, buttonRow, card, fact, linkButton, paragraph, section } from './widgets';

export interface HomeView {
  counts: { urgent: number; escalated: number; awaiting: number; handledToday: number } | null;
  countCap: number;
  auditConfigured: boolean;
  /** Links only for those who may open the sheet. */
  auditUrl: string | null;
  dashboardUrl: string | null;
  /** Already worded for the user (localized date); null when the scanner never ran. */
  scanner: { when: string; failedCode: string | null; stale: boolean } | null;
  alert: { quota: boolean; code: string } | null;
  /** Rows of the Templates / Rules tabs that were skipped. */
  configErrors: number;
}

type Widget = GoogleAppsScript.Card_Service.Widget;

function counts(view: HomeView, ui: I18n): Widget[] {
  const c = view.counts;
  if (!c) return [paragraph(ui.t('home.countsUnavailable'), { color: COLORS.warning })];
  const n = (v: number): string => ui.count(v, view.countCap);
  return [
    fact(ui.t('home.urgent'), n(c.urgent), { bold: true, color: c.urgent ? COLORS.urgent : undefined }),
    fact(ui.t('home.escalated'), n(c.escalated), { bold: true }),
    fact(ui.t('home.awaiting'), n(c.awaiting)),
    fact(ui.t('home.handledToday'), n(c.handledToday)),
  ];
}

function setup(view: HomeView, ui: I18n): Widget[] {
  const out: Widget[] = [];
  if (view.alert) {
    const text = view.alert.quota
      ? ui.t('home.alert.quota')
      : ui.t('home.alert.other', { code: view.alert.code });
    out.push(paragraph(text, { bold: true, color: COLORS.urgent }));
  }
  out.push(
    view.auditConfigured
      ? paragraph(ui.t('home.audit.ok'), { color: COLORS.ok })
      : paragraph(ui.t('home.audit.missing'), { color: COLORS.warning }),
  );
  if (view.configErrors)
    out.push(paragraph(ui.t('home.configErrors', { count: view.configErrors }), { color: COLORS.warning }));
  const s = view.scanner;
  if (!s) out.push(paragraph(ui.t('home.scanner.never'), { color: COLORS.warning }));
  else if (s.failedCode)
    out.push(
      paragraph(ui.t('home.scanner.failed', { when: s.when, code: s.failedCode }), { color: COLORS.urgent }),
    );
  else if (s.stale)
    out.push(paragraph(ui.t('home.scanner.stale', { when: s.when }), { color: COLORS.warning }));
  else out.push(paragraph(ui.t('home.scanner.last', { when: s.when })));
  return out;
}

export function homepageCard(view: HomeView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  const links: GoogleAppsScript.Card_Service.Button[] = [];
  if (view.auditUrl) links.push(linkButton(ui.t('btn.auditSheet'), view.auditUrl));
  if (view.dashboardUrl) links.push(linkButton(ui.t('btn.dashboard'), view.dashboardUrl));
  links.push(button(ui.t('btn.refresh'), FN.refreshHome));
  return card(
    ui.t('home.title'),
    [
      section(counts(view, ui), ui.t('home.counts')),
      section(setup(view, ui), ui.t('home.setup')),
      section([paragraph(ui.t('home.hint')), buttonRow(links)]),
    ],
    { name: 'home' },
  );
}
