// Compose: pick a template by intent and language and insert it where the cursor is.
import type { I18n } from '../core/i18n';
import { LANGUAGES, type Lang } from '../core/types';
import { FIELD, FN } from './functions';
import { button, buttonRow, card, dropdown, paragraph, section } from './widgets';

export interface ComposeView {
  templateIds: string[];
  selectedTemplate: string;
  language: Lang;
}

export function composeCard(view: ComposeView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  const templates = view.templateIds.map((id) => ({ text: ui.templateName(id), value: id }));
  const languages = LANGUAGES.map((l) => ({ text: ui.languageName(l), value: l }));
  return card(
    ui.t('compose.title'),
    [
      section([
        dropdown(FIELD.template, ui.t('compose.template'), templates, view.selectedTemplate),
        dropdown(FIELD.language, ui.t('compose.language'), languages, view.language),
        paragraph(ui.t('compose.hint')),
        buttonRow([button(ui.t('btn.insert'), FN.insertTemplate, {}, true)]),
      ]),
    ],
    { name: 'compose' },
  );
}
