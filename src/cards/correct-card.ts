// Lets a person set the right intent and escalation; the choice is audited and kept as feedback.
import type { I18n } from '../core/i18n';
import { INTENTS, type Intent } from '../core/types';
import { FIELD, FN } from './functions';
import { button, buttonRow, card, dropdown, paragraph, section, switchFact } from './widgets';

export interface CorrectView {
  messageId: string;
  threadId: string;
  intent: Intent;
  escalate: boolean;
}

export function correctCard(view: CorrectView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  const params = { messageId: view.messageId, threadId: view.threadId, from: view.intent };
  const items = INTENTS.map((i) => ({ text: ui.intent(i), value: i }));
  return card(
    ui.t('correct.title'),
    [
      section([
        paragraph(ui.t('correct.current', { intent: ui.intent(view.intent) })),
        dropdown(FIELD.intent, ui.t('correct.intent'), items, view.intent),
        switchFact(FIELD.escalate, ui.t('correct.escalate'), view.escalate),
        buttonRow([
          button(ui.t('btn.save'), FN.saveCorrection, params, true),
          button(ui.t('btn.back'), FN.back),
        ]),
      ]),
    ],
    { name: 'correct' },
  );
}
