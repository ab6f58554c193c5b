import { describe, expect, it } from 'vitest';
import {
  CardJsonError,
  GMAIL_CARD_LIMITS,
  cardMessageType,
  checkCardJson,
  checkCardMessage,
  collectActionFunctions,
  detectCardJsonKind,
  loadCardRoot,
  validateCard,
  validateCardJson,
} from './card-proto';

const paragraph = (text: string) => ({ textParagraph: { text } });

const validCard = () => ({
  name: 'home',
  header: { title: 'Triage', subtitle: 'Inbox', imageUrl: 'https://example.com/i.png', imageType: 'CIRCLE' },
  sections: [
    {
      header: 'Summary',
      collapsible: true,
      uncollapsibleWidgetsCount: 1,
      widgets: [
        paragraph('<b>Hello</b>'),
        {
          decoratedText: {
            topLabel: 'Intent',
            text: 'Refill',
            bottomLabel: 'high confidence',
            wrapText: true,
            startIcon: { knownIcon: 'EMAIL' },
            button: {
              text: 'Open',
              onClick: { action: { function: 'onOpen', parameters: [{ key: 'id', value: '42' }] } },
            },
          },
        },
        {
          buttonList: {
            buttons: [
              {
                text: 'Reply',
                color: { red: 0.1, green: 0.45, blue: 0.91, alpha: 1 },
                type: 'FILLED',
                onClick: { action: { function: 'onReply', loadIndicator: 'SPINNER' } },
              },
              {
                text: 'Docs',
                onClick: { openLink: { url: 'https://example.com', openAs: 'OVERLAY', onClose: 'RELOAD' } },
              },
            ],
          },
        },
        { divider: {} },
        { textInput: { name: 'note', label: 'Note', hintText: 'Optional', type: 'MULTIPLE_LINE' } },
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
  fixedFooter: {
    primaryButton: { text: 'Save', onClick: { action: { function: 'onSave' } } },
    secondaryButton: { text: 'Cancel', onClick: { action: { function: 'onCancel' } } },
  },
});

function paths(json: unknown, kind: Parameters<typeof checkCardJson>[1] = 'card'): string[] {
  return checkCardJson(json, kind).map((i) => i.path);
}

describe('card.proto loading', () => {
  it('loads google.apps.card.v1 once and resolves imports', () => {
    expect(loadCardRoot()).toBe(loadCardRoot());
    const card = cardMessageType('Card');
    expect(Object.keys(card.fields)).toContain('fixedFooter');
    expect(cardMessageType('Button').fields.color?.resolvedType?.fullName).toBe('.google.type.Color');
  });
});

describe('validateCard', () => {
  it('accepts a card using the widgets the add-on needs', () => {
    expect(checkCardJson(validCard())).toEqual([]);
    expect(() => validateCard(validCard())).not.toThrow();
  });

  it('accepts the printJson() string', () => {
    expect(checkCardJson(JSON.stringify(validCard()))).toEqual([]);
  });

  it('reports a string that is not JSON', () => {
    expect(checkCardJson('{nope')[0]?.message).toMatch(/not valid JSON/);
  });

  it('rejects an unknown field and names its path', () => {
    const card = validCard();
    (card.sections[0]!.widgets[0] as Record<string, unknown>).textParagraph = { text: 'x', bold: true };
    const issues = checkCardJson(card);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '$.sections[0].widgets[0].textParagraph.bold' });
    expect(issues[0]!.message).toMatch(/unknown field "bold"/);
  });

  it('rejects snake_case names with a camelCase hint', () => {
    const card = validCard() as Record<string, unknown>;
    card.fixed_footer = card.fixedFooter;
    delete card.fixedFooter;
    const issues = checkCardJson(card);
    expect(issues[0]).toMatchObject({ path: '$.fixed_footer' });
    expect(issues[0]!.message).toMatch(/camelCase: "fixedFooter"/);
  });

  it('rejects a bad enum name and an undefined enum number', () => {
    const card = validCard();
    card.header.imageType = 'OVAL';
    expect(paths(card)).toEqual(['$.header.imageType']);
    expect(checkCardJson(card)[0]!.message).toMatch(/SQUARE, CIRCLE/);

    const card2 = validCard() as { sections: { widgets: Record<string, Record<string, unknown>>[] }[] };
    card2.sections[0]!.widgets[4]!.textInput!.type = 7;
    expect(paths(card2)).toEqual(['$.sections[0].widgets[4].textInput.type']);
  });

  it('accepts enum numbers that exist (proto3 JSON allows them)', () => {
    const card = validCard() as { header: Record<string, unknown> };
    card.header.imageType = 1;
    expect(checkCardJson(card)).toEqual([]);
  });

  it('rejects wrong scalar types', () => {
    const card = validCard() as unknown as {
      sections: {
        uncollapsibleWidgetsCount: unknown;
        collapsible: unknown;
        widgets: Record<string, Record<string, unknown>>[];
      }[];
    };
    card.sections[0]!.widgets[0]!.textParagraph!.text = 5;
    card.sections[0]!.collapsible = 'yes';
    card.sections[0]!.uncollapsibleWidgetsCount = 1.5;
    expect(paths(card).sort()).toEqual(
      [
        '$.sections[0].collapsible',
        '$.sections[0].uncollapsibleWidgetsCount',
        '$.sections[0].widgets[0].textParagraph.text',
      ].sort(),
    );
  });

  it('rejects null, a non-array repeated field and a non-object message', () => {
    expect(paths({ sections: [{ widgets: [paragraph('a')] }], name: null })).toEqual(['$.name']);
    expect(paths({ sections: { widgets: [] } })).toContain('$.sections');
    expect(paths({ sections: [{ widgets: ['text'] }] })).toContain('$.sections[0].widgets[0]');
    expect(paths([])).toEqual(['$']);
  });

  it('rejects two members of one oneof', () => {
    const card = {
      sections: [{ widgets: [{ textParagraph: { text: 'a' }, decoratedText: { text: 'b' } }] }],
    };
    const issues = checkCardJson(card);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: '$.sections[0].widgets[0]' });
    expect(issues[0]!.message).toMatch(/oneof.*textParagraph, decoratedText/);

    const onClick = { action: { function: 'f' }, openLink: { url: 'https://x' } };
    const card2 = { sections: [{ widgets: [{ decoratedText: { text: 'b', onClick } }] }] };
    expect(paths(card2)).toEqual(['$.sections[0].widgets[0].decoratedText.onClick']);

    const icon = { knownIcon: 'EMAIL', iconUrl: 'https://x/i.png' };
    expect(paths({ sections: [{ widgets: [{ decoratedText: { text: 'b', startIcon: icon } }] }] })).toEqual([
      '$.sections[0].widgets[0].decoratedText.startIcon',
    ]);
  });

  it('enforces Gmail limits: 100 widgets per section, 100 sections per card', () => {
    const widgets = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`w${i}`));
    expect(
      checkCardJson({ sections: [{ widgets: widgets(GMAIL_CARD_LIMITS.maxWidgetsPerSection) }] }),
    ).toEqual([]);
    const tooMany = checkCardJson({ sections: [{ widgets: widgets(101) }] });
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]).toMatchObject({ path: '$.sections[0].widgets' });
    expect(tooMany[0]!.message).toMatch(/101 widgets.*at most 100/);

    const sections = (n: number) => Array.from({ length: n }, () => ({ widgets: [paragraph('x')] }));
    expect(checkCardJson({ sections: sections(100) })).toEqual([]);
    expect(paths({ sections: sections(101) })).toEqual(['$.sections']);
  });

  it('requires sections, widgets, a widget kind, an Action function and a button label', () => {
    expect(paths({ header: { title: 'x' } })).toEqual(['$.sections']);
    expect(paths({ sections: [{ header: 'empty' }] })).toEqual(['$.sections[0].widgets']);
    expect(paths({ sections: [{ widgets: [{ horizontalAlignment: 'CENTER' }] }] })).toEqual([
      '$.sections[0].widgets[0]',
    ]);
    const noFunction = { buttonList: { buttons: [{ text: 'Go', onClick: { action: { parameters: [] } } }] } };
    expect(paths({ sections: [{ widgets: [noFunction] }] })).toEqual([
      '$.sections[0].widgets[0].buttonList.buttons[0].onClick.action.function',
    ]);
    const noLabel = { buttonList: { buttons: [{ onClick: { action: { function: 'f' } } }] } };
    expect(paths({ sections: [{ widgets: [noLabel] }] })).toEqual([
      '$.sections[0].widgets[0].buttonList.buttons[0]',
    ]);
  });

  it('accepts google.type.Color with its FloatValue alpha as a bare number', () => {
    const button = { text: 'x', color: { red: 1, green: 0, blue: 0, alpha: 0.5 } };
    expect(checkCardMessage('Button', button)).toEqual([]);
    expect(checkCardMessage('Button', { ...button, color: { red: 'high' } })[0]?.path).toBe('$.color.red');
  });

  it('throws a CardJsonError listing paths', () => {
    const card = validCard() as Record<string, unknown>;
    card.bogus = 1;
    try {
      validateCard(card);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CardJsonError);
      expect((e as CardJsonError).issues.map((i) => i.path)).toEqual(['$.bogus']);
      expect((e as Error).message).toMatch(
        /Invalid card JSON \(1 issue\):\n {2}\$\.bogus: unknown field "bogus"/,
      );
    }
  });
});

describe('action responses', () => {
  const actionResponse = () => ({
    renderActions: {
      action: {
        navigations: [{ pushCard: validCard() }, { popToRoot: true }],
        notification: { text: 'Saved' },
      },
    },
    stateChanged: true,
  });

  it('accepts navigations, a notification, a link and stateChanged', () => {
    expect(checkCardJson(actionResponse(), 'actionResponse')).toEqual([]);
    const linkOnly = {
      renderActions: { action: { link: { url: 'https://example.com', openAs: 'FULL_SIZE' } } },
    };
    expect(checkCardJson(linkOnly, 'actionResponse')).toEqual([]);
    const nav = [{ updateCard: validCard() }, { pop: true }, { popToCard: 'home' }];
    expect(checkCardJson({ renderActions: { action: { navigations: nav } } }, 'actionResponse')).toEqual([]);
  });

  it('validates embedded cards with the proto, with full paths', () => {
    const response = actionResponse();
    (response.renderActions.action.navigations[0] as { pushCard: Record<string, unknown> }).pushCard.header =
      {
        title: 'x',
        imageType: 'OVAL',
      };
    expect(paths(response, 'actionResponse')).toEqual([
      '$.renderActions.action.navigations[0].pushCard.header.imageType',
    ]);
  });

  it('rejects unknown keys, empty actions and malformed navigations', () => {
    expect(
      paths({ renderActions: { action: { notification: { text: 'x' }, toast: 1 } } }, 'actionResponse'),
    ).toEqual(['$.renderActions.action.toast']);
    expect(paths({ renderActions: { action: {} } }, 'actionResponse')).toEqual(['$.renderActions.action']);
    expect(
      paths(
        { renderActions: { action: { navigations: [{ pushCard: validCard(), pop: true }] } } },
        'actionResponse',
      ),
    ).toEqual(['$.renderActions.action.navigations[0]']);
    expect(
      paths({ renderActions: { action: { navigations: [{ popToRoot: 'yes' }] } } }, 'actionResponse'),
    ).toEqual(['$.renderActions.action.navigations[0].popToRoot']);
    expect(paths({ renderActions: { action: { notification: { text: '' } } } }, 'actionResponse')).toEqual([
      '$.renderActions.action.notification.text',
    ]);
    expect(paths({ renderActions: { action: { link: { href: 'x' } } } }, 'actionResponse')).toEqual([
      '$.renderActions.action.link.href',
      '$.renderActions.action.link.url',
    ]);
    expect(
      paths(
        { renderActions: { action: { notification: { text: 'x' } } }, stateChanged: 'y' },
        'actionResponse',
      ),
    ).toEqual(['$.stateChanged']);
  });

  it('checks universal action responses', () => {
    const ok = { action: { navigations: [{ pushCard: validCard() }, { pushCard: validCard() }] } };
    expect(checkCardJson(ok, 'universalActionResponse')).toEqual([]);
    expect(
      checkCardJson({ action: { link: { url: 'https://example.com' } } }, 'universalActionResponse'),
    ).toEqual([]);
    expect(paths({ action: { navigations: [{ pop: true }] } }, 'universalActionResponse')).toContain(
      '$.action.navigations[0].pop',
    );
  });

  it('checks update-draft responses', () => {
    const ok = {
      renderActions: {
        hostAppAction: {
          gmailAction: {
            updateDraftActionMarkup: {
              updateBody: {
                insertContents: [{ content: 'Hello', contentType: 'TEXT' }],
                type: 'IN_PLACE_INSERT',
              },
            },
          },
        },
      },
    };
    expect(checkCardJson(ok, 'updateDraftActionResponse')).toEqual([]);
    const bad = structuredClone(ok);
    const body = bad.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody as Record<
      string,
      unknown
    >;
    body.insertContents = [{ content: 'Hi', contentType: 'HTML' }];
    body.type = 'REPLACE';
    expect(paths(bad, 'updateDraftActionResponse')).toEqual([
      '$.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody.insertContents[0].contentType',
      '$.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody.type',
    ]);
  });

  it('detects the kind from the top-level keys', () => {
    expect(detectCardJsonKind(validCard())).toBe('card');
    expect(detectCardJsonKind(actionResponse())).toBe('actionResponse');
    expect(detectCardJsonKind({ action: {} })).toBe('universalActionResponse');
    expect(detectCardJsonKind({ renderActions: { hostAppAction: {} } })).toBe('updateDraftActionResponse');
    expect(() => validateCardJson(JSON.stringify(actionResponse()), 'auto')).not.toThrow();
    expect(() => validateCardJson({ renderActions: { action: {} } }, 'auto')).toThrow(
      /Invalid actionResponse JSON/,
    );
  });
});

describe('collectActionFunctions', () => {
  it('finds every function name, nested anywhere, once each', () => {
    expect(collectActionFunctions(validCard())).toEqual([
      'onOpen',
      'onReply',
      'onLanguageChange',
      'onSave',
      'onCancel',
    ]);
  });

  it('walks action responses, strings and repeated names', () => {
    const response = {
      renderActions: {
        action: {
          navigations: [
            { pushCard: validCard() },
            {
              updateCard: {
                sections: [
                  {
                    widgets: [
                      {
                        image: {
                          imageUrl: 'https://x',
                          onClick: { openDynamicLinkAction: { function: 'onLink' } },
                        },
                      },
                    ],
                  },
                  {
                    widgets: [{ decoratedText: { text: 'x', onClick: { action: { function: 'onOpen' } } } }],
                  },
                ],
              },
            },
          ],
        },
      },
    };
    expect(collectActionFunctions(JSON.stringify(response))).toEqual([
      'onOpen',
      'onReply',
      'onLanguageChange',
      'onSave',
      'onCancel',
      'onLink',
    ]);
    expect(collectActionFunctions('not json')).toEqual([]);
    expect(collectActionFunctions({ sections: [] })).toEqual([]);
  });
});
