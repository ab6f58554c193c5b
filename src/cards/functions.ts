// Names of the Apps Script functions card actions call. src/addon/entry.ts exports a function of
// each name; the bundle test checks that every name a card uses exists in dist/Code.js.
export const FN = {
  createDraft: 'sidebarCreateDraft',
  escalate: 'sidebarEscalate',
  markHandled: 'sidebarMarkHandled',
  showCorrect: 'sidebarShowCorrect',
  saveCorrection: 'sidebarSaveCorrection',
  clearEscalation: 'sidebarClearEscalation',
  back: 'sidebarBack',
  refreshHome: 'sidebarRefreshHome',
  saveSettings: 'sidebarSaveSettings',
  createAuditSheet: 'sidebarCreateAuditSheet',
  insertTemplate: 'sidebarInsertTemplate',
  verifyAudit: 'sidebarVerifyAudit',
} as const;

/** Form field names, shared by the cards that draw them and the actions that read them. */
export const FIELD = {
  note: 'note',
  intent: 'intent',
  escalate: 'escalate',
  template: 'template',
  language: 'language',
} as const;
