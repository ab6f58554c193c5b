// Small builders shared by the cards. TextParagraph and DecoratedText `text` render a subset of
// HTML, so every string put there is escaped here; markup comes only from these helpers. Labels,
// titles and button texts are plain fields that take catalogue words only.
type Widget = GoogleAppsScript.Card_Service.Widget;
type Section = GoogleAppsScript.Card_Service.CardSection;

export const COLORS = { urgent: '#c62828', warning: '#b45309', ok: '#00695c', muted: '#5f6368' } as const;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with line breaks kept, optionally bold and coloured. */
export function markup(text: string, opts: { bold?: boolean; color?: string } = {}): string {
  let html = escapeHtml(text).replace(/\r?\n/g, '<br>');
  if (opts.bold) html = `<b>${html}</b>`;
  if (opts.color) html = `<font color="${opts.color}">${html}</font>`;
  return html;
}

export function paragraph(text: string, opts: { bold?: boolean; color?: string } = {}): Widget {
  return CardService.newTextParagraph().setText(markup(text, opts));
}

export function fact(
  label: string,
  text: string,
  opts: { color?: string; bold?: boolean; bottom?: string } = {},
): Widget {
  const w = CardService.newDecoratedText().setTopLabel(label).setText(markup(text, opts)).setWrapText(true);
  if (opts.bottom) w.setBottomLabel(opts.bottom);
  return w;
}

export function action(
  fn: string,
  params: Record<string, string> = {},
): GoogleAppsScript.Card_Service.Action {
  return CardService.newAction().setFunctionName(fn).setParameters(params);
}

export function button(
  text: string,
  fn: string,
  params: Record<string, string> = {},
  filled = false,
): GoogleAppsScript.Card_Service.TextButton {
  const b = CardService.newTextButton().setText(text).setOnClickAction(action(fn, params));
  if (filled) b.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return b;
}

export function linkButton(text: string, url: string): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttonRow(buttons: GoogleAppsScript.Card_Service.Button[]): Widget {
  const set = CardService.newButtonSet();
  for (const b of buttons) set.addButton(b);
  return set;
}

export function section(widgets: Widget[], header?: string, collapsed?: number): Section {
  const s = CardService.newCardSection();
  if (header) s.setHeader(header);
  for (const w of widgets) s.addWidget(w);
  if (collapsed !== undefined && widgets.length > collapsed)
    s.setCollapsible(true).setNumUncollapsibleWidgets(collapsed);
  return s;
}

export function card(
  title: string,
  sections: Section[],
  opts: { subtitle?: string; name?: string } = {},
): GoogleAppsScript.Card_Service.Card {
  const header = CardService.newCardHeader().setTitle(title);
  if (opts.subtitle) header.setSubtitle(opts.subtitle);
  const builder = CardService.newCardBuilder().setHeader(header);
  if (opts.name) builder.setName(opts.name);
  for (const s of sections) builder.addSection(s);
  return builder.build();
}

export function textInput(
  name: string,
  title: string,
  value: string,
  opts: { hint?: string; multiline?: boolean } = {},
): Widget {
  const input = CardService.newTextInput().setFieldName(name).setTitle(title).setValue(value);
  if (opts.hint) input.setHint(opts.hint);
  if (opts.multiline) input.setMultiline(true);
  return input;
}

export function dropdown(
  name: string,
  title: string,
  items: { text: string; value: string }[],
  selected: string,
): Widget {
  const input = CardService.newSelectionInput()
    .setFieldName(name)
    .setTitle(title)
    .setType(CardService.SelectionInputType.DROPDOWN);
  for (const item of items) input.addItem(item.text, item.value, item.value === selected);
  return input;
}

export function switchFact(name: string, label: string, selected: boolean): Widget {
  const control = CardService.newSwitch().setFieldName(name).setValue('true').setSelected(selected);
  return CardService.newDecoratedText().setText(markup(label)).setWrapText(true).setSwitchControl(control);
}

/** An error line under a form field, in the warning colour. */
export function fieldError(text: string): Widget {
  return paragraph(text, { color: COLORS.urgent });
}
