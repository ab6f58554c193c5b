// The card for the open message: what it is, whether a pharmacist must look first, the suggested
// reply, and the buttons. Everything from the email goes through markup() (escaped).
import type { I18n } from '../core/i18n';
import type { Lang, TriageResult } from '../core/types';
import { FIELD, FN } from './functions';
import { COLORS, button, buttonRow, card, fact, linkButton, paragraph, section, textInput } from './widgets';

export interface ThreadView {
  messageId: string;
  threadId: string;
  result: TriageResult;
  replyTo: { replyTo: string; from: string } | null;
  preview: { language: Lang; subject: string; body: string } | null;
  emergencyNumber: string;
  note: { who: string; when: string; text: string } | null;
  auditUrl: string | null;
  allowed: { draft: boolean; escalate: boolean; handle: boolean; correct: boolean; clear: boolean };
}

type Widget = GoogleAppsScript.Card_Service.Widget;
type Section = GoogleAppsScript.Card_Service.CardSection;

function alerts(view: ThreadView, ui: I18n): Section[] {
  const { result } = view;
  const out: Section[] = [];
  if (result.reasons.includes('emergency')) {
    out.push(
      section([
        paragraph(ui.t('thread.urgent.title'), { bold: true, color: COLORS.urgent }),
        paragraph(ui.t('thread.urgent.action', { number: view.emergencyNumber }), { bold: true }),
      ]),
    );
  }
  const notes: Widget[] = [];
  if (result.escalate) {
    notes.push(paragraph(ui.t('thread.escalate.title'), { bold: true, color: COLORS.urgent }));
    notes.push(
      paragraph(
        result.reasons.length
          ? ui.t('thread.escalate.reasons', { reasons: result.reasons.map((r) => ui.reason(r)).join(', ') })
          : ui.t('thread.escalate.clinical'),
      ),
    );
  }
  if (view.note)
    notes.push(
      paragraph(
        ui.t('thread.note.existing', { who: view.note.who, when: view.note.when, note: view.note.text }),
      ),
    );
  if (result.historyHints.length) notes.push(paragraph(ui.t('thread.history'), { color: COLORS.warning }));
  if (view.replyTo) notes.push(paragraph(ui.t('thread.replyTo', view.replyTo), { color: COLORS.warning }));
  if (result.needsReview) notes.push(paragraph(ui.t('thread.review'), { color: COLORS.warning }));
  if (result.warnings.length) notes.push(paragraph(ui.t('thread.warnings'), { color: COLORS.warning }));
  if (notes.length) out.push(section(notes));
  return out;
}

function facts(view: ThreadView, ui: I18n): Section {
  const { result } = view;
  const x = result.extraction;
  const confidence = ui.t('thread.confidence', { percent: ui.percent(result.confidence) });
  const widgets: Widget[] = [
    fact(ui.t('thread.request'), ui.intent(result.intent), {
      bold: true,
      bottom: result.decidedBy === 'rule' ? `${confidence} · ${ui.t('thread.byRule')}` : confidence,
    }),
  ];
  if (result.evidence.length)
    widgets.push(
      fact(
        ui.t('thread.evidence'),
        result.evidence
          .slice(0, 5)
          .map((p) => `“${p}”`)
          .join(' · '),
      ),
    );
  widgets.push(fact(ui.t('thread.language'), ui.languageName(result.language)));
  if (result.intent !== 'automated') {
    widgets.push(fact(ui.t('thread.firstName'), x.patientFirstName ?? ui.t('thread.notFound')));
    const meds = [...new Set(x.medications.map((m) => m.text))].slice(0, 3);
    widgets.push(fact(ui.t('thread.medication'), meds.length ? meds.join(', ') : ui.t('thread.notFound')));
  }
  return section(widgets);
}

function preview(view: ThreadView, ui: I18n): Section {
  if (view.result.intent === 'automated') return section([paragraph(ui.t('thread.automated'))]);
  if (!view.preview) return section([paragraph(ui.t('thread.noTemplate'))]);
  const header = ui.t('thread.preview', { language: ui.languageName(view.preview.language) });
  return section([paragraph(view.preview.subject, { bold: true }), paragraph(view.preview.body)], header, 1);
}

function actions(view: ThreadView, ui: I18n): Section {
  const params = { messageId: view.messageId, threadId: view.threadId };
  const a = view.allowed;
  const primary: GoogleAppsScript.Card_Service.Button[] = [];
  if (a.draft && view.preview) primary.push(button(ui.t('btn.draft'), FN.createDraft, params, true));
  if (a.handle) primary.push(button(ui.t('btn.handled'), FN.markHandled, params));
  const secondary: GoogleAppsScript.Card_Service.Button[] = [];
  if (a.correct)
    secondary.push(
      button(ui.t('btn.correct'), FN.showCorrect, {
        ...params,
        intent: view.result.intent,
        escalate: String(view.result.escalate),
      }),
    );
  if (a.clear && (view.result.escalate || view.note))
    secondary.push(button(ui.t('btn.clearEscalation'), FN.clearEscalation, params));
  if (view.auditUrl) secondary.push(linkButton(ui.t('btn.auditSheet'), view.auditUrl));
  const widgets: Widget[] = [];
  if (primary.length) widgets.push(buttonRow(primary));
  if (a.escalate) {
    widgets.push(textInput(FIELD.note, ui.t('thread.note.label'), '', { multiline: true }));
    widgets.push(buttonRow([button(ui.t('btn.escalate'), FN.escalate, params)]));
  }
  if (secondary.length) widgets.push(buttonRow(secondary));
  return section(widgets.length ? widgets : [paragraph(ui.t('error.forbidden'))], ui.t('thread.actions'));
}

export function threadCard(view: ThreadView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  return card(
    ui.t('thread.title'),
    [...alerts(view, ui), facts(view, ui), preview(view, ui), actions(view, ui)],
    {
      subtitle: ui.intent(view.result.intent),
      name: 'thread',
    },
  );
}
