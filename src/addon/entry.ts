// Every function the manifest or a card action names. scripts/build.ts turns each export into a
// top-level function of dist/Code.js; the names must match appsscript.json and src/cards/functions.ts.
import { update } from '../cards/responses';
import { clearEscalation, createDraft, escalate, markHandled, saveCorrection, showCorrect } from './actions';
import { onAboutImpl } from './about';
import { insertTemplate, onComposeTemplateImpl } from './compose';
import type { AddonEvent } from './context';
import { homeCard } from './home';
import { failureCard, failureNotice, runView } from './run';
import { createAuditSheet, onSettingsImpl, saveSettings, verifyAuditAction } from './settings';
import { onGmailMessageOpenImpl } from './thread';

export function onHomepage(e: AddonEvent) {
  return runView(e, 'view', homeCard, failureCard);
}

export function onGmailMessageOpen(e: AddonEvent) {
  return onGmailMessageOpenImpl(e);
}

export function onSettings(e: AddonEvent) {
  return onSettingsImpl(e);
}

export function onAbout(e: AddonEvent) {
  return onAboutImpl(e);
}

export function onComposeTemplate(e: AddonEvent) {
  return onComposeTemplateImpl(e);
}

export const sidebarCreateDraft = createDraft;
export const sidebarEscalate = escalate;
export const sidebarMarkHandled = markHandled;
export const sidebarShowCorrect = showCorrect;
export const sidebarSaveCorrection = saveCorrection;
export const sidebarClearEscalation = clearEscalation;
export const sidebarSaveSettings = saveSettings;
export const sidebarCreateAuditSheet = createAuditSheet;
export const sidebarVerifyAudit = verifyAuditAction;
export const sidebarInsertTemplate = insertTemplate;

export function sidebarBack() {
  return CardService.newActionResponseBuilder().setNavigation(CardService.newNavigation().popCard()).build();
}

export function sidebarRefreshHome(e: AddonEvent) {
  return runView(e, 'view', (ctx, actor) => update(homeCard(ctx, actor)), failureNotice);
}
