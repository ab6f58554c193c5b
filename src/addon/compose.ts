// The compose trigger: a template by intent and language, inserted where the cursor is. Draft
// access is NONE, so the patient's name is unknown and the greeting stays neutral.
import { renderTemplate, listTemplates, type Template } from '../core/templates';
import { LANGUAGES, type Lang } from '../core/types';
import { composeCard } from '../cards/compose-card';
import { FIELD } from '../cards/functions';
import { emergencyNumberFor } from '../core/config/settings';
import { loadSheetConfig } from '../sheet/config';
import type { AddonEvent, Context } from './context';
import { Failure } from './errors';
import { failureCard, runAction, runView } from './run';

function templatesFor(language: Lang): Template[] {
  return listTemplates(language, loadSheetConfig().templates);
}

export function onComposeTemplateImpl(e: AddonEvent): GoogleAppsScript.Card_Service.Card {
  return runView(
    e,
    'draft',
    (ctx) => {
      const language = ctx.settings().defaultLanguage;
      const ids = templatesFor(language).map((t) => t.id);
      return composeCard({ templateIds: ids, selectedTemplate: ids[0] ?? '', language }, ctx.ui);
    },
    failureCard,
  );
}

function chosenLanguage(ctx: Context): Lang {
  const value = ctx.input(FIELD.language);
  return (LANGUAGES as readonly string[]).includes(value) ? (value as Lang) : ctx.settings().defaultLanguage;
}

export function insertTemplate(e: AddonEvent) {
  return runAction(e, 'draft', 'draft', (ctx, _actor, record) => {
    const settings = ctx.settings();
    const language = chosenLanguage(ctx);
    const templates = templatesFor(language);
    const template = templates.find((t) => t.id === ctx.input(FIELD.template)) ?? templates[0];
    if (!template) throw new Failure('internal');
    const rendered = renderTemplate(template, {
      pharmacyName: settings.pharmacyName,
      pharmacyPhone: settings.phone,
      signature: settings.signature,
      emergencyNumber: emergencyNumberFor(settings),
    });
    record.facts = { language, templateId: template.id, templateVersion: template.version };
    record.detail = 'compose=true';
    const body = CardService.newUpdateDraftBodyAction()
      .addUpdateContent(rendered.body, CardService.ContentType.TEXT)
      .setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT);
    return {
      response: CardService.newUpdateDraftActionResponseBuilder().setUpdateDraftBodyAction(body).build(),
    };
  });
}
