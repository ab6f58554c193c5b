// What the add-on is, does and never does. Links stay within the manifest's openLinkUrlPrefixes;
// the audit sheet link is on the homepage, for managers only.
import type { I18n } from '../core/i18n';
import { card, fact, linkButton, buttonRow, paragraph, section } from './widgets';

export interface AboutView {
  version: string;
  escalatedUrl: string;
}

export function aboutCard(view: AboutView, ui: I18n): GoogleAppsScript.Card_Service.Card {
  const links = [linkButton(ui.t('btn.escalatedMail'), view.escalatedUrl)];
  return card(
    ui.t('about.title'),
    [
      section([
        paragraph(ui.t('app.name'), { bold: true }),
        paragraph(ui.t('about.version', { version: view.version })),
      ]),
      section([
        fact(ui.t('about.does'), ui.t('about.doesText')),
        fact(ui.t('about.never'), ui.t('about.neverText')),
      ]),
      section([buttonRow(links)], ui.t('about.links')),
    ],
    { name: 'about' },
  );
}
