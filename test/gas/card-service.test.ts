import { describe, expect, it } from 'vitest';
import { checkCardJson, collectActionFunctions } from '../harness/card-proto';
import { CARD_SERVICE_ENUMS, createCardService, fakeCardJson, type CallCounter } from './card-service';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const parse = (x: { printJson(): string }): Json => JSON.parse(x.printJson()) as Json;

/** A card with one section holding `widget`, printed and checked against card.proto. */
function roundTrip(
  cs: ReturnType<typeof createCardService>,
  widget: GoogleAppsScript.Card_Service.Widget,
): Json {
  const card = cs.newCardBuilder().addSection(cs.newCardSection().addWidget(widget)).build();
  const json = parse(card);
  expect(checkCardJson(json)).toEqual([]);
  return json.sections[0].widgets[0] as Json;
}

describe('CardService fake: cards', () => {
  it('prints a full card with google.apps.card.v1 names that card.proto accepts', () => {
    const cs = createCardService();
    const card = cs
      .newCardBuilder()
      .setName('home')
      .setHeader(
        cs
          .newCardHeader()
          .setTitle('Pharmacy triage')
          .setSubtitle('Shared inbox')
          .setImageUrl('https://example.com/logo.png')
          .setImageStyle(cs.ImageStyle.CIRCLE)
          .setImageAltText('logo'),
      )
      .addSection(
        cs
          .newCardSection()
          .setHeader('Summary')
          .setCollapsible(true)
          .setNumUncollapsibleWidgets(2)
          .addWidget(cs.newTextParagraph().setText('<b>Refill request</b>'))
          .addWidget(
            cs
              .newDecoratedText()
              .setTopLabel('Intent')
              .setText('Refill')
              .setBottomLabel('confidence 0.93')
              .setWrapText(true)
              .setStartIcon(cs.newIconImage().setIcon(cs.Icon.EMAIL).setAltText('mail')),
          )
          .addWidget(cs.newDivider())
          .addWidget(
            cs
              .newButtonSet()
              .addButton(
                cs
                  .newTextButton()
                  .setText('Draft reply')
                  .setTextButtonStyle(cs.TextButtonStyle.FILLED)
                  .setBackgroundColor('#1a73e8')
                  .setOnClickAction(
                    cs
                      .newAction()
                      .setFunctionName('onDraftReply')
                      .setParameters({ template: 'refill', lang: 'da' })
                      .setLoadIndicator(cs.LoadIndicator.SPINNER),
                  ),
              )
              .addButton(
                cs
                  .newTextButton()
                  .setText('Open sheet')
                  .setDisabled(false)
                  .setOpenLink(
                    cs
                      .newOpenLink()
                      .setUrl('https://docs.google.com/spreadsheets/d/x')
                      .setOpenAs(cs.OpenAs.OVERLAY)
                      .setOnClose(cs.OnClose.RELOAD),
                  ),
              ),
          ),
      )
      .addSection(
        cs
          .newCardSection()
          .addWidget(
            cs
              .newTextInput()
              .setFieldName('note')
              .setTitle('Note')
              .setHint('Optional')
              .setValue('hi')
              .setMultiline(true),
          )
          .addWidget(
            cs
              .newSelectionInput()
              .setFieldName('lang')
              .setTitle('Language')
              .setType(cs.SelectionInputType.DROPDOWN)
              .addItem('English', 'en', true)
              .addItem('Dansk', 'da', false)
              .setOnChangeAction(cs.newAction().setFunctionName('onLanguageChange')),
          ),
      )
      .setFixedFooter(
        cs
          .newFixedFooter()
          .setPrimaryButton(
            cs.newTextButton().setText('Save').setOnClickAction(cs.newAction().setFunctionName('onSave')),
          )
          .setSecondaryButton(
            cs.newTextButton().setText('Cancel').setOnClickAction(cs.newAction().setFunctionName('onCancel')),
          ),
      )
      .setDisplayStyle(cs.DisplayStyle.REPLACE)
      .build();

    const json = parse(card);
    expect(json).toEqual({
      header: {
        title: 'Pharmacy triage',
        subtitle: 'Shared inbox',
        imageType: 'CIRCLE',
        imageUrl: 'https://example.com/logo.png',
        imageAltText: 'logo',
      },
      sections: [
        {
          header: 'Summary',
          collapsible: true,
          uncollapsibleWidgetsCount: 2,
          widgets: [
            { textParagraph: { text: '<b>Refill request</b>' } },
            {
              decoratedText: {
                startIcon: { knownIcon: 'EMAIL', altText: 'mail' },
                topLabel: 'Intent',
                text: 'Refill',
                wrapText: true,
                bottomLabel: 'confidence 0.93',
              },
            },
            { divider: {} },
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Draft reply',
                    color: { red: 0.102, green: 0.451, blue: 0.91, alpha: 1 },
                    onClick: {
                      action: {
                        function: 'onDraftReply',
                        parameters: [
                          { key: 'template', value: 'refill' },
                          { key: 'lang', value: 'da' },
                        ],
                        loadIndicator: 'SPINNER',
                      },
                    },
                    type: 'FILLED',
                  },
                  {
                    text: 'Open sheet',
                    onClick: {
                      openLink: {
                        url: 'https://docs.google.com/spreadsheets/d/x',
                        openAs: 'OVERLAY',
                        onClose: 'RELOAD',
                      },
                    },
                    disabled: false,
                  },
                ],
              },
            },
          ],
        },
        {
          widgets: [
            {
              textInput: {
                name: 'note',
                label: 'Note',
                hintText: 'Optional',
                value: 'hi',
                type: 'MULTIPLE_LINE',
              },
            },
            {
              selectionInput: {
                name: 'lang',
                label: 'Language',
                type: 'DROPDOWN',
                items: [
                  { text: 'English', value: 'en', selected: true },
                  { text: 'Dansk', value: 'da', selected: false },
                ],
                onChangeAction: { function: 'onLanguageChange' },
              },
            },
          ],
        },
      ],
      name: 'home',
      fixedFooter: {
        primaryButton: { text: 'Save', onClick: { action: { function: 'onSave' } } },
        secondaryButton: { text: 'Cancel', onClick: { action: { function: 'onCancel' } } },
      },
      displayStyle: 'REPLACE',
    });
    expect(checkCardJson(card.printJson())).toEqual([]);
    expect(collectActionFunctions(json)).toEqual(['onDraftReply', 'onLanguageChange', 'onSave', 'onCancel']);
    expect(fakeCardJson(card)).toEqual(json);
  });

  it('round-trips every widget builder through the validator', () => {
    const cs = createCardService();
    const action = (name: string) => cs.newAction().setFunctionName(name);

    expect(roundTrip(cs, cs.newTextParagraph().setText('x'))).toEqual({ textParagraph: { text: 'x' } });
    expect(roundTrip(cs, cs.newDivider())).toEqual({ divider: {} });
    expect(
      roundTrip(
        cs,
        cs.newImage().setImageUrl('https://x/i.png').setAltText('i').setOnClickAction(action('onImage')),
      ),
    ).toEqual({
      image: { imageUrl: 'https://x/i.png', onClick: { action: { function: 'onImage' } }, altText: 'i' },
    });

    // DecoratedText: icon URL, end controls (oneof: last setter wins), click targets.
    expect(
      roundTrip(
        cs,
        cs
          .newDecoratedText()
          .setText('t')
          .setStartIcon(
            cs.newIconImage().setIconUrl('https://x/i.png').setImageCropType(cs.ImageCropType.CIRCLE),
          )
          .setSwitchControl(
            cs
              .newSwitch()
              .setFieldName('urgent')
              .setValue('yes')
              .setSelected(true)
              .setControlType(cs.SwitchControlType.CHECK_BOX)
              .setOnChangeAction(action('onUrgent')),
          )
          .setOpenLink(cs.newOpenLink().setUrl('https://x')),
      ),
    ).toEqual({
      decoratedText: {
        startIcon: { iconUrl: 'https://x/i.png', imageType: 'CIRCLE' },
        text: 't',
        onClick: { openLink: { url: 'https://x' } },
        switchControl: {
          name: 'urgent',
          value: 'yes',
          selected: true,
          onChangeAction: { function: 'onUrgent' },
          controlType: 'CHECK_BOX',
        },
      },
    });
    const withButton = roundTrip(
      cs,
      cs
        .newDecoratedText()
        .setText('t')
        .setSwitchControl(cs.newSwitch().setFieldName('s'))
        .setButton(cs.newTextButton().setText('Go').setOnClickAction(action('onGo')))
        .setOnClickAction(action('onRow')),
    );
    expect(withButton).toEqual({
      decoratedText: {
        text: 't',
        onClick: { action: { function: 'onRow' } },
        button: { text: 'Go', onClick: { action: { function: 'onGo' } } },
      },
    });
    expect(
      roundTrip(cs, cs.newDecoratedText().setText('t').setEndIcon(cs.newIconImage().setIcon(cs.Icon.STAR)))
        .decoratedText.endIcon,
    ).toEqual({ knownIcon: 'STAR' });
    expect(
      roundTrip(cs, cs.newDecoratedText().setText('t').setOnClickOpenLinkAction(action('onDynamic')))
        .decoratedText.onClick,
    ).toEqual({ openDynamicLinkAction: { function: 'onDynamic' } });

    // Buttons: every style, image buttons, a lone button added as a widget.
    for (const style of Object.values(CARD_SERVICE_ENUMS.TextButtonStyle)) {
      const btn = cs
        .newTextButton()
        .setText('b')
        .setTextButtonStyle(cs.TextButtonStyle[style])
        .setOnClickAction(action('f'));
      expect(roundTrip(cs, cs.newButtonSet().addButton(btn)).buttonList.buttons[0].type).toBe(
        style === 'TEXT' ? 'BORDERLESS' : style,
      );
    }
    expect(
      roundTrip(
        cs,
        cs
          .newButtonSet()
          .addButton(
            cs
              .newImageButton()
              .setIcon(cs.Icon.PHONE)
              .setAltText('Call')
              .setOpenLink(cs.newOpenLink().setUrl('tel:1')),
          ),
      ),
    ).toEqual({
      buttonList: {
        buttons: [{ icon: { knownIcon: 'PHONE' }, altText: 'Call', onClick: { openLink: { url: 'tel:1' } } }],
      },
    });
    expect(roundTrip(cs, cs.newTextButton().setText('solo').setOnClickAction(action('onSolo')))).toEqual({
      buttonList: { buttons: [{ text: 'solo', onClick: { action: { function: 'onSolo' } } }] },
    });
    expect(
      roundTrip(
        cs,
        cs
          .newButtonSet()
          .addButton(cs.newTextButton().setText('c').setBackgroundColor('#f00').setDisabled(true)),
      ).buttonList.buttons[0],
    ).toEqual({ text: 'c', color: { red: 1, green: 0, blue: 0, alpha: 1 }, disabled: true });

    // Inputs: single line, every selection type, persist values and required widgets on actions.
    expect(roundTrip(cs, cs.newTextInput().setFieldName('q').setMultiline(false)).textInput).toEqual({
      name: 'q',
      type: 'SINGLE_LINE',
    });
    for (const type of Object.values(CARD_SERVICE_ENUMS.SelectionInputType)) {
      const input = cs
        .newSelectionInput()
        .setFieldName('s')
        .setType(cs.SelectionInputType[type])
        .addItem('A', 'a', false);
      expect(roundTrip(cs, input).selectionInput.type).toBe(type);
    }
    const full = action('onSubmit')
      .setPersistValues(true)
      .addRequiredWidget('note')
      .setAllWidgetsAreRequired(false)
      .setLoadIndicator(cs.LoadIndicator.NONE);
    expect(
      roundTrip(cs, cs.newTextButton().setText('s').setOnClickAction(full)).buttonList.buttons[0].onClick
        .action,
    ).toEqual({
      function: 'onSubmit',
      loadIndicator: 'NONE',
      persistValues: true,
      requiredWidgets: ['note'],
      allWidgetsAreRequired: false,
    });
  });

  it('prints card actions and a peek header; maps OnClose.RELOAD_ADD_ON to RELOAD', () => {
    const cs = createCardService();
    const card = cs
      .newCardBuilder()
      .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('x')))
      .addCardAction(
        cs
          .newCardAction()
          .setText('Help')
          .setOpenLink(cs.newOpenLink().setUrl('https://h').setOnClose(cs.OnClose.RELOAD_ADD_ON)),
      )
      .setPeekCardHeader(cs.newCardHeader().setTitle('Peek'))
      .setDisplayStyle(cs.DisplayStyle.PEEK)
      .build();
    const json = parse(card);
    expect(json.cardActions).toEqual([
      { actionLabel: 'Help', onClick: { openLink: { url: 'https://h', onClose: 'RELOAD' } } },
    ]);
    expect(json.peekCardHeader).toEqual({ title: 'Peek' });
    expect(checkCardJson(json)).toEqual([]);
  });

  it('snapshots the card at build(): later builder changes do not leak into it', () => {
    const cs = createCardService();
    const section = cs.newCardSection().addWidget(cs.newTextParagraph().setText('one'));
    const builder = cs.newCardBuilder().addSection(section);
    const first = builder.build();
    section.addWidget(cs.newTextParagraph().setText('two'));
    expect(parse(first).sections[0].widgets).toHaveLength(1);
    expect(parse(builder.build()).sections[0].widgets).toHaveLength(2);
  });
});

describe('CardService fake: build-time validation like Apps Script', () => {
  const cs = createCardService();
  const section = () => cs.newCardSection().addWidget(cs.newTextParagraph().setText('x'));
  const cardWith = (widget: GoogleAppsScript.Card_Service.Widget) =>
    cs.newCardBuilder().addSection(cs.newCardSection().addWidget(widget)).build();

  it('throws for a card with no sections and a section with no widgets', () => {
    expect(() => cs.newCardBuilder().setName('x').build()).toThrow('Card must have at least one section.');
    expect(() =>
      cs.newCardBuilder().addSection(section()).addSection(cs.newCardSection().setHeader('empty')).build(),
    ).toThrow(/CardSection must have at least one widget \(at card\.sections\[1\]\)/);
  });

  it('throws for a TextButton without text and an Action without a function name', () => {
    expect(() =>
      cardWith(
        cs.newButtonSet().addButton(cs.newTextButton().setOnClickAction(cs.newAction().setFunctionName('f'))),
      ),
    ).toThrow(/TextButton must have text \(at card\.sections\[0\]\.widgets\[0\]\.buttonList\.buttons\[0\]\)/);
    expect(() => cardWith(cs.newTextButton().setText('x').setOnClickAction(cs.newAction()))).toThrow(
      /Action must have a function name \(at .*onClick\.action\)/,
    );
    expect(() =>
      cs
        .newCardBuilder()
        .addSection(section())
        .setFixedFooter(cs.newFixedFooter().setPrimaryButton(cs.newTextButton()))
        .build(),
    ).toThrow(/TextButton must have text \(at card\.fixedFooter\.primaryButton\)/);
  });

  it('throws for the other fields the reference marks required', () => {
    expect(() =>
      cs.newCardBuilder().setHeader(cs.newCardHeader().setSubtitle('s')).addSection(section()).build(),
    ).toThrow(/CardHeader must have a title/);
    expect(() => cardWith(cs.newDecoratedText().setTopLabel('l'))).toThrow(/DecoratedText must have text/);
    expect(() => cardWith(cs.newTextParagraph())).toThrow(/TextParagraph must have text/);
    expect(() => cardWith(cs.newTextInput().setTitle('t'))).toThrow(/TextInput must have a field name/);
    expect(() => cardWith(cs.newSelectionInput().setTitle('t'))).toThrow(
      /SelectionInput must have a field name/,
    );
    expect(() => cardWith(cs.newImage())).toThrow(/Image must have an image URL/);
    expect(() => cardWith(cs.newButtonSet())).toThrow(/ButtonSet must have at least one button/);
    expect(() => cardWith(cs.newTextButton().setText('x').setOpenLink(cs.newOpenLink()))).toThrow(
      /OpenLink must have a URL/,
    );
    expect(() => cardWith(cs.newDecoratedText().setText('x').setStartIcon(cs.newIconImage()))).toThrow(
      /IconImage must have an icon/,
    );
    expect(() =>
      cs.newCardBuilder().addSection(section()).setFixedFooter(cs.newFixedFooter()).build(),
    ).toThrow(/FixedFooter must have a primary button/);
  });

  it('rejects non-string Action parameters, as Apps Script does', () => {
    const bad = { id: 42 } as unknown as Record<string, string>;
    expect(() => cs.newAction().setParameters(bad)).toThrow(/Invalid argument: parameters.*"id" is number/);
    expect(() =>
      cs.newAction().setParameters({ a: 'x', b: null } as unknown as Record<string, string>),
    ).toThrow(/"b" is null/);
    expect(() => cs.newAction().setParameters('a=b' as unknown as Record<string, string>)).toThrow(
      /Invalid argument: parameters/,
    );
    expect(() => cs.newAction().setParameters({ a: 'x' })).not.toThrow();
  });

  it('rejects wrong argument types and enum values', () => {
    const asAny = (x: unknown) => x as never;
    expect(() => cs.newCardSection().addWidget(asAny({}))).toThrow('Invalid argument: widget');
    expect(() => cs.newCardBuilder().addSection(asAny(cs.newTextParagraph()))).toThrow(
      'Invalid argument: section',
    );
    expect(() => cs.newIconImage().setIcon(asAny('NOT_AN_ICON'))).toThrow('Invalid argument: icon');
    expect(() => cs.newTextButton().setBackgroundColor('blue')).toThrow(/Invalid argument: backgroundColor/);
    expect(() => cs.newTextParagraph().setText(asAny(undefined))).toThrow('Invalid argument: text');
    expect(() => cs.newCardSection().setNumUncollapsibleWidgets(-1)).toThrow(/numUncollapsibleWidgets/);
    expect(() => cs.newNavigation().pushCard(asAny(cs.newCardBuilder()))).toThrow('Invalid argument: card');
    expect(() => cs.newIconImage().setImageCropType(cs.ImageCropType.RECTANGLE_4_3)).toThrow(/imageCropType/);
  });
});

describe('CardService fake: responses', () => {
  const cs = createCardService();
  const card = (name: string) =>
    cs
      .newCardBuilder()
      .setName(name)
      .addSection(
        cs
          .newCardSection()
          .addWidget(
            cs.newTextButton().setText('Go').setOnClickAction(cs.newAction().setFunctionName('onGo')),
          ),
      )
      .build();

  it('ActionResponse: renderActions.action.navigations / notification, stateChanged', () => {
    const response = cs
      .newActionResponseBuilder()
      .setNavigation(cs.newNavigation().pushCard(card('detail')))
      .setNotification(cs.newNotification().setText('Saved'))
      .setStateChanged(true)
      .build();
    const json = parse(response);
    expect(json).toEqual({
      renderActions: {
        action: {
          navigations: [{ pushCard: parse(card('detail')) }],
          notification: { text: 'Saved' },
        },
      },
      stateChanged: true,
    });
    expect(checkCardJson(json, 'actionResponse')).toEqual([]);
    expect(collectActionFunctions(json)).toEqual(['onGo']);
  });

  it('ActionResponse: every navigation op and an open link', () => {
    const nav = cs.newNavigation().popCard().popToRoot().popToNamedCard('home').updateCard(card('home'));
    expect(JSON.parse(nav.printJson())).toEqual({
      navigations: [
        { pop: true },
        { popToRoot: true },
        { popToCard: 'home' },
        { updateCard: parse(card('home')) },
      ],
    });
    const response = parse(cs.newActionResponseBuilder().setNavigation(nav).build());
    expect(response.renderActions.action.navigations).toHaveLength(4);
    expect(checkCardJson(response, 'actionResponse')).toEqual([]);

    const link = parse(
      cs
        .newActionResponseBuilder()
        .setOpenLink(cs.newOpenLink().setUrl('https://x').setOpenAs(cs.OpenAs.FULL_SIZE))
        .build(),
    );
    expect(link).toEqual({ renderActions: { action: { link: { url: 'https://x', openAs: 'FULL_SIZE' } } } });
    expect(checkCardJson(link, 'actionResponse')).toEqual([]);
  });

  it('ActionResponse: build() rejects an empty response or an empty navigation', () => {
    expect(() => cs.newActionResponseBuilder().setStateChanged(true).build()).toThrow(
      /must set a navigation/,
    );
    expect(() => cs.newActionResponseBuilder().setNavigation(cs.newNavigation()).build()).toThrow(
      /Navigation must have/,
    );
    expect(() => cs.newActionResponseBuilder().setNotification(cs.newNotification()).build()).toThrow(
      /Notification must have text/,
    );
  });

  it('UniversalActionResponse: cards or a link', () => {
    const cards = parse(
      cs
        .newUniversalActionResponseBuilder()
        .displayAddOnCards([card('a'), card('b')])
        .build(),
    );
    expect(cards).toEqual({
      action: { navigations: [{ pushCard: parse(card('a')) }, { pushCard: parse(card('b')) }] },
    });
    expect(checkCardJson(cards, 'universalActionResponse')).toEqual([]);
    const link = parse(
      cs.newUniversalActionResponseBuilder().setOpenLink(cs.newOpenLink().setUrl('https://x')).build(),
    );
    expect(link).toEqual({ action: { link: { url: 'https://x' } } });
    expect(checkCardJson(link, 'universalActionResponse')).toEqual([]);
    expect(() => cs.newUniversalActionResponseBuilder().build()).toThrow(/UniversalActionResponse must/);
  });

  it('UpdateDraftActionResponse: hostAppAction.gmailAction.updateDraftActionMarkup.updateBody', () => {
    const response = cs
      .newUpdateDraftActionResponseBuilder()
      .setUpdateDraftBodyAction(
        cs
          .newUpdateDraftBodyAction()
          .addUpdateContent('Dear customer,', cs.ContentType.TEXT)
          .addUpdateContent('<p>Your refill is ready.</p>', cs.ContentType.MUTABLE_HTML)
          .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT),
      )
      .build();
    const json = parse(response);
    expect(json).toEqual({
      renderActions: {
        hostAppAction: {
          gmailAction: {
            updateDraftActionMarkup: {
              updateBody: {
                insertContents: [
                  { content: 'Dear customer,', contentType: 'TEXT' },
                  { content: '<p>Your refill is ready.</p>', contentType: 'MUTABLE_HTML' },
                ],
                type: 'IN_PLACE_INSERT',
              },
            },
          },
        },
      },
    });
    expect(checkCardJson(json, 'updateDraftActionResponse')).toEqual([]);
    expect(checkCardJson(json, 'auto')).toEqual([]);
    expect(() => cs.newUpdateDraftActionResponseBuilder().build()).toThrow(/must set an update action/);
    expect(() =>
      cs
        .newUpdateDraftActionResponseBuilder()
        .setUpdateDraftBodyAction(cs.newUpdateDraftBodyAction())
        .build(),
    ).toThrow(/UpdateDraftBodyAction must have content/);
  });
});

describe('CardService fake: enums and counting', () => {
  it('exposes enums whose values print as their names', () => {
    const cs = createCardService();
    expect(String(cs.Icon.EMAIL)).toBe('EMAIL');
    expect(Object.keys(cs.SelectionInputType)).toEqual([
      'CHECK_BOX',
      'RADIO_BUTTON',
      'DROPDOWN',
      'SWITCH',
      'MULTI_SELECT',
    ]);
    expect(Object.keys(cs.UpdateDraftBodyType)).toEqual([
      'IN_PLACE_INSERT',
      'INSERT_AT_START',
      'INSERT_AT_END',
    ]);
    expect(Object.keys(cs.ContentType)).toEqual(['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']);
    expect(Object.isFrozen(cs.Icon)).toBe(true);
  });

  it('reports every service and builder call to the counter', () => {
    const calls: string[] = [];
    const counter: CallCounter = { count: (service, method) => calls.push(`${service}:${method}`) };
    const cs = createCardService(counter);
    const card = cs
      .newCardBuilder()
      .addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('x')))
      .build();
    card.printJson();
    expect(calls).toEqual([
      'CardService:newCardBuilder',
      'CardService:newCardSection',
      'CardService:newTextParagraph',
      'CardService:TextParagraph.setText',
      'CardService:CardSection.addWidget',
      'CardService:CardBuilder.addSection',
      'CardService:CardBuilder.build',
      'CardService:Card.printJson',
    ]);
  });

  it('works without a counter and keeps instances independent', () => {
    const a = createCardService();
    const b = createCardService();
    expect(a).not.toBe(b);
    // Builders from one instance are accepted by another (same classes), as objects in one script are.
    expect(() =>
      a.newCardBuilder().addSection(b.newCardSection().addWidget(a.newDivider())).build(),
    ).not.toThrow();
    expect(fakeCardJson({})).toBeUndefined();
  });
});
