/**
 * A fake of Apps Script's CardService for tests: the add-on's card code runs unchanged against it and
 * `printJson()` returns card JSON in Google's google.apps.card.v1 shape (camelCase), which
 * test/harness/card-proto.ts validates against card.proto.
 *
 * Builder → JSON names (checked against card.proto and PLATFORM_NOTES.md):
 *   CardBuilder: setName→name, setHeader→header, addSection→sections[], setFixedFooter→fixedFooter,
 *     setDisplayStyle→displayStyle, setPeekCardHeader→peekCardHeader, addCardAction→cardActions[]
 *   CardHeader: setTitle→title, setSubtitle→subtitle, setImageUrl→imageUrl,
 *     setImageStyle→imageType, setImageAltText→imageAltText
 *   CardSection: setHeader→header, addWidget→widgets[], setCollapsible→collapsible,
 *     setNumUncollapsibleWidgets→uncollapsibleWidgetsCount
 *   TextParagraph→{textParagraph:{text}}; Divider→{divider:{}}; Image→{image:{imageUrl,altText,onClick}}
 *   DecoratedText→{decoratedText:{startIcon,topLabel,text,wrapText,bottomLabel,onClick,
 *     button|switchControl|endIcon}}
 *   IconImage→Icon {knownIcon|iconUrl, altText, imageType}
 *   ButtonSet→{buttonList:{buttons[]}}; TextButton→{text,altText,color,onClick,disabled,type};
 *     ImageButton→{icon,altText,onClick}; a lone button passed to addWidget→a one-button buttonList
 *   Action→{function, parameters:[{key,value}], loadIndicator, persistValues, requiredWidgets,
 *     allWidgetsAreRequired}; setOnClickAction→onClick.action, setOpenLink→onClick.openLink,
 *     setOnClickOpenLinkAction→onClick.openDynamicLinkAction
 *   OpenLink→{url, openAs, onClose}; TextInput→{name,label,hintText,value,type,onChangeAction}
 *     (setMultiline(true)→type MULTIPLE_LINE); SelectionInput→{name,label,type,items[{text,value,
 *     selected}],onChangeAction}; Switch→switchControl {name,value,selected,onChangeAction,controlType}
 *   FixedFooter→{primaryButton, secondaryButton}
 * Responses have no message in card.proto. Their shape follows Google's JSON schema for Workspace
 * add-on responses (the HTTP-runtime format); that Apps Script's printJson() prints exactly this
 * wrapper is assumed, not observed:
 *   ActionResponse→{renderActions:{action:{navigations[],link,notification:{text}}}, stateChanged}
 *   Navigation ops→{pushCard}|{updateCard}|{pop:true}|{popToRoot:true}|{popToCard:name}
 *   UniversalActionResponse→{action:{navigations:[{pushCard}…]|link}}   (least certain of all)
 *   UpdateDraftActionResponse→{renderActions:{hostAppAction:{gmailAction:{updateDraftActionMarkup:
 *     {updateBody:{insertContents:[{content,contentType}],type}}}}}}
 * Also unverified: TextButtonStyle→Button.type (TEXT→BORDERLESS), setBackgroundColor→color as
 * google.type.Color floats with alpha 1, and that unset fields are omitted rather than printed.
 *
 * build() throws, as Apps Script does, for a card without sections, a section without widgets, a
 * TextButton without text and an Action without a function name; setParameters() throws unless
 * every value is a string. The fake is stricter than verified Apps Script behaviour in also
 * throwing for: a header without title, a DecoratedText/TextParagraph without text, a TextInput /
 * SelectionInput / Switch without field name, an Image / OpenLink without URL, an IconImage or
 * ImageButton without icon, an empty ButtonSet, a FixedFooter without primary button, a CardAction
 * without text or target, an empty Notification / Navigation / UpdateDraftBodyAction, and a
 * response builder with nothing set. Messages end with the JSON path: "… (at card.sections[1])".
 * Enum arguments must be members of the fake's enums (whose values are their names, as strings);
 * other wrong argument types throw "Invalid argument: <name>".
 *
 * Every call to the service or to a builder is reported to the optional counter as
 * `count('CardService', 'newCardBuilder')` or `count('CardService', 'CardBuilder.addSection')`.
 */

// Short aliases for the @types/google-apps-script interfaces this fake mirrors.
type GoogleAppsScriptCardService = GoogleAppsScript.Card_Service.CardService;
type GAction = GoogleAppsScript.Card_Service.Action;
type GActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type GActionResponseBuilder = GoogleAppsScript.Card_Service.ActionResponseBuilder;
type GButton = GoogleAppsScript.Card_Service.Button;
type GButtonSet = GoogleAppsScript.Card_Service.ButtonSet;
type GCard = GoogleAppsScript.Card_Service.Card;
type GCardAction = GoogleAppsScript.Card_Service.CardAction;
type GCardBuilder = GoogleAppsScript.Card_Service.CardBuilder;
type GCardHeader = GoogleAppsScript.Card_Service.CardHeader;
type GCardSection = GoogleAppsScript.Card_Service.CardSection;
type GDecoratedText = GoogleAppsScript.Card_Service.DecoratedText;
type GDivider = GoogleAppsScript.Card_Service.Divider;
type GFixedFooter = GoogleAppsScript.Card_Service.FixedFooter;
type GIconImage = GoogleAppsScript.Card_Service.IconImage;
type GImage = GoogleAppsScript.Card_Service.Image;
type GImageButton = GoogleAppsScript.Card_Service.ImageButton;
type GNavigation = GoogleAppsScript.Card_Service.Navigation;
type GNotification = GoogleAppsScript.Card_Service.Notification;
type GOpenLink = GoogleAppsScript.Card_Service.OpenLink;
type GSelectionInput = GoogleAppsScript.Card_Service.SelectionInput;
type GSwitch = GoogleAppsScript.Card_Service.Switch;
type GTextButton = GoogleAppsScript.Card_Service.TextButton;
type GTextInput = GoogleAppsScript.Card_Service.TextInput;
type GTextParagraph = GoogleAppsScript.Card_Service.TextParagraph;
type GUniversalActionResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;
type GUniversalActionResponseBuilder = GoogleAppsScript.Card_Service.UniversalActionResponseBuilder;
type GUpdateDraftActionResponse = GoogleAppsScript.Card_Service.UpdateDraftActionResponse;
type GUpdateDraftActionResponseBuilder = GoogleAppsScript.Card_Service.UpdateDraftActionResponseBuilder;
type GUpdateDraftBodyAction = GoogleAppsScript.Card_Service.UpdateDraftBodyAction;
type GWidget = GoogleAppsScript.Card_Service.Widget;

/** Receives one call per CardService / builder method invoked. */
export interface CallCounter {
  count(service: string, method: string): void;
}

const SERVICE = 'CardService';

type JsonObject = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Enums: Apps Script enum values print as their names; here each value *is* its name.
// ---------------------------------------------------------------------------------------------

function makeEnum<const K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

const ENUMS = {
  BorderType: makeEnum(['NO_BORDER', 'STROKE']),
  ComposedEmailType: makeEnum(['REPLY_AS_DRAFT', 'STANDALONE_DRAFT']),
  ContentType: makeEnum(['TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML']),
  DisplayStyle: makeEnum(['PEEK', 'REPLACE']),
  GridItemLayout: makeEnum(['TEXT_BELOW', 'TEXT_ABOVE']),
  HorizontalAlignment: makeEnum(['START', 'CENTER', 'END']),
  Icon: makeEnum([
    'NONE',
    'AIRPLANE',
    'BOOKMARK',
    'BUS',
    'CAR',
    'CLOCK',
    'CONFIRMATION_NUMBER_ICON',
    'DOLLAR',
    'DESCRIPTION',
    'EMAIL',
    'EVENT_PERFORMER',
    'EVENT_SEAT',
    'FLIGHT_ARRIVAL',
    'FLIGHT_DEPARTURE',
    'HOTEL',
    'HOTEL_ROOM_TYPE',
    'INVITE',
    'MAP_PIN',
    'MEMBERSHIP',
    'MULTIPLE_PEOPLE',
    'OFFER',
    'PERSON',
    'PHONE',
    'RESTAURANT_ICON',
    'SHOPPING_CART',
    'STAR',
    'STORE',
    'TICKET',
    'TRAIN',
    'VIDEO_CAMERA',
    'VIDEO_PLAY',
  ]),
  ImageCropType: makeEnum(['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3']),
  ImageStyle: makeEnum(['SQUARE', 'CIRCLE']),
  InputType: makeEnum(['TEXT', 'INTEGER', 'FLOAT', 'EMAIL']),
  Interaction: makeEnum(['INTERACTION_UNSPECIFIED', 'OPEN_DIALOG']),
  LoadIndicator: makeEnum(['SPINNER', 'NONE']),
  OnClose: makeEnum(['NOTHING', 'RELOAD', 'RELOAD_ADD_ON']),
  OpenAs: makeEnum(['FULL_SIZE', 'OVERLAY']),
  SelectionInputType: makeEnum(['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT']),
  SwitchControlType: makeEnum(['SWITCH', 'CHECK_BOX']),
  TextButtonStyle: makeEnum(['OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']),
  // The reference documents all three; @types 2.0.13 declares only IN_PLACE_INSERT.
  UpdateDraftBodyType: makeEnum(['IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END']),
} as const;

/** TextButtonStyle → google.apps.card.v1.Button.Type (TEXT is deprecated: nearest is BORDERLESS). */
const BUTTON_TYPE: Record<string, string> = {
  OUTLINED: 'OUTLINED',
  TEXT: 'BORDERLESS',
  FILLED: 'FILLED',
  FILLED_TONAL: 'FILLED_TONAL',
  BORDERLESS: 'BORDERLESS',
};

/** OnClose → OpenLink.OnClose (card.proto has NOTHING and RELOAD; RELOAD_ADD_ON is the legacy name). */
const ON_CLOSE: Record<string, string> = { NOTHING: 'NOTHING', RELOAD: 'RELOAD', RELOAD_ADD_ON: 'RELOAD' };

// ---------------------------------------------------------------------------------------------
// Argument checks (Apps Script throws "Invalid argument: name" on a wrong type)
// ---------------------------------------------------------------------------------------------

function invalid(name: string, detail?: string): Error {
  return new Error(`Invalid argument: ${name}${detail ? `. ${detail}` : ''}`);
}

function str(value: unknown, name: string): string {
  if (value === undefined || value === null) throw invalid(name);
  if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol')
    throw invalid(name);
  return String(value);
}

function bool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw invalid(name);
  return value;
}

function int(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid(name);
  return value;
}

function enumArg(values: Readonly<Record<string, string>>, value: unknown, name: string): string {
  const s = typeof value === 'string' ? value : String(value);
  if (!Object.prototype.hasOwnProperty.call(values, s)) throw invalid(name);
  return s;
}

function unwrap<T>(value: unknown, ctor: abstract new (...args: never[]) => T, name: string): T {
  if (!(value instanceof ctor)) throw invalid(name);
  return value;
}

function hexColor(value: unknown): JsonObject {
  const s = str(value, 'backgroundColor').trim();
  const m6 = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
  const m3 = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  const parts = m6 ? [m6[1], m6[2], m6[3]] : m3 ? [m3[1], m3[2], m3[3]].map((c) => `${c}${c}`) : null;
  if (!parts) throw invalid('backgroundColor', 'Expected a color like #1a73e8.');
  const [red, green, blue] = parts.map((p) => Math.round((parseInt(p ?? '0', 16) / 255) * 1000) / 1000);
  return { red, green, blue, alpha: 1 };
}

/** Build-time validation failure, with the JSON path of the offending object. */
function buildError(message: string, path: string): Error {
  return new Error(`${message} (at ${path})`);
}

function put(target: JsonObject, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

// ---------------------------------------------------------------------------------------------
// Base classes
// ---------------------------------------------------------------------------------------------

interface Ctx {
  counter?: CallCounter;
}

abstract class FakeBase<Self> {
  protected abstract readonly className: string;
  constructor(protected readonly ctx: Ctx) {}
  /** Counts the call and returns `this` typed as the Apps Script interface. */
  protected call(method: string): Self {
    this.ctx.counter?.count(SERVICE, `${this.className}.${method}`);
    return this as unknown as Self;
  }
}

abstract class FakeWidget<Self> extends FakeBase<Self> {
  /** The google.apps.card.v1.Widget JSON (throws when a required field is missing). */
  abstract widgetJson(path: string): JsonObject;
}

type Click =
  | { kind: 'action'; action: FakeAction }
  | { kind: 'openLink'; link: FakeOpenLink }
  | { kind: 'openDynamicLinkAction'; action: FakeAction };

function clickJson(click: Click | undefined, path: string): JsonObject | undefined {
  if (!click) return undefined;
  switch (click.kind) {
    case 'action':
      return { action: click.action.json(`${path}.action`) };
    case 'openLink':
      return { openLink: click.link.json(`${path}.openLink`) };
    case 'openDynamicLinkAction':
      return { openDynamicLinkAction: click.action.json(`${path}.openDynamicLinkAction`) };
  }
}

abstract class FakeButton<Self> extends FakeWidget<Self> {
  protected click: Click | undefined;
  abstract buttonJson(path: string): JsonObject;
  widgetJson(path: string): JsonObject {
    return { buttonList: { buttons: [this.buttonJson(`${path}.buttonList.buttons[0]`)] } };
  }
  setOnClickAction(action: GAction): Self {
    const self = this.call('setOnClickAction');
    this.click = { kind: 'action', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOnClickOpenLinkAction(action: GAction): Self {
    const self = this.call('setOnClickOpenLinkAction');
    this.click = { kind: 'openDynamicLinkAction', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOpenLink(openLink: GOpenLink): Self {
    const self = this.call('setOpenLink');
    this.click = { kind: 'openLink', link: unwrap(openLink, FakeOpenLink, 'openLink') };
    return self;
  }
}

// ---------------------------------------------------------------------------------------------
// Actions and links
// ---------------------------------------------------------------------------------------------

class FakeAction
  extends FakeBase<GAction>
  implements
    Pick<
      GAction,
      | 'setFunctionName'
      | 'setParameters'
      | 'setLoadIndicator'
      | 'setPersistValues'
      | 'addRequiredWidget'
      | 'setAllWidgetsAreRequired'
    >
{
  protected readonly className = 'Action';
  private functionName: string | undefined;
  private parameters: [string, string][] = [];
  private loadIndicator: string | undefined;
  private persistValues: boolean | undefined;
  private requiredWidgets: string[] = [];
  private allWidgetsAreRequired: boolean | undefined;

  setFunctionName(functionName: string): GAction {
    const self = this.call('setFunctionName');
    this.functionName = str(functionName, 'functionName');
    return self;
  }
  setParameters(parameters: { [key: string]: string }): GAction {
    const self = this.call('setParameters');
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      throw invalid('parameters');
    }
    const entries: [string, string][] = [];
    for (const [key, value] of Object.entries(parameters as Record<string, unknown>)) {
      if (typeof value !== 'string') {
        throw invalid(
          'parameters',
          `Action parameters must map strings to strings; "${key}" is ${value === null ? 'null' : typeof value}.`,
        );
      }
      entries.push([key, value]);
    }
    this.parameters = entries;
    return self;
  }
  setLoadIndicator(loadIndicator: GoogleAppsScript.Card_Service.LoadIndicator): GAction {
    const self = this.call('setLoadIndicator');
    this.loadIndicator = enumArg(ENUMS.LoadIndicator, loadIndicator, 'loadIndicator');
    return self;
  }
  setPersistValues(persistValues: boolean): GAction {
    const self = this.call('setPersistValues');
    this.persistValues = bool(persistValues, 'persistValues');
    return self;
  }
  addRequiredWidget(requiredWidget: string): GAction {
    const self = this.call('addRequiredWidget');
    this.requiredWidgets.push(str(requiredWidget, 'requiredWidget'));
    return self;
  }
  setAllWidgetsAreRequired(allWidgetsAreRequired: boolean): GAction {
    const self = this.call('setAllWidgetsAreRequired');
    this.allWidgetsAreRequired = bool(allWidgetsAreRequired, 'allWidgetsAreRequired');
    return self;
  }
  json(path: string): JsonObject {
    if (!this.functionName) throw buildError('Action must have a function name', path);
    const out: JsonObject = { function: this.functionName };
    if (this.parameters.length > 0) out.parameters = this.parameters.map(([key, value]) => ({ key, value }));
    put(out, 'loadIndicator', this.loadIndicator);
    put(out, 'persistValues', this.persistValues);
    if (this.requiredWidgets.length > 0) out.requiredWidgets = [...this.requiredWidgets];
    put(out, 'allWidgetsAreRequired', this.allWidgetsAreRequired);
    return out;
  }
}

class FakeOpenLink
  extends FakeBase<GOpenLink>
  implements Pick<GOpenLink, 'setUrl' | 'setOpenAs' | 'setOnClose'>
{
  protected readonly className = 'OpenLink';
  private url: string | undefined;
  private openAs: string | undefined;
  private onClose: string | undefined;

  setUrl(url: string): GOpenLink {
    const self = this.call('setUrl');
    this.url = str(url, 'url');
    return self;
  }
  setOpenAs(openAs: GoogleAppsScript.Card_Service.OpenAs): GOpenLink {
    const self = this.call('setOpenAs');
    this.openAs = enumArg(ENUMS.OpenAs, openAs, 'openAs');
    return self;
  }
  setOnClose(onClose: GoogleAppsScript.Card_Service.OnClose): GOpenLink {
    const self = this.call('setOnClose');
    this.onClose = ON_CLOSE[enumArg(ENUMS.OnClose, onClose, 'onClose')];
    return self;
  }
  json(path: string): JsonObject {
    if (!this.url) throw buildError('OpenLink must have a URL', path);
    const out: JsonObject = { url: this.url };
    put(out, 'openAs', this.openAs);
    put(out, 'onClose', this.onClose);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Widgets
// ---------------------------------------------------------------------------------------------

class FakeTextParagraph extends FakeWidget<GTextParagraph> implements Pick<GTextParagraph, 'setText'> {
  protected readonly className = 'TextParagraph';
  private text: string | undefined;
  setText(text: string): GTextParagraph {
    const self = this.call('setText');
    this.text = str(text, 'text');
    return self;
  }
  widgetJson(path: string): JsonObject {
    if (this.text === undefined) throw buildError('TextParagraph must have text', path);
    return { textParagraph: { text: this.text } };
  }
}

class FakeDivider extends FakeWidget<GDivider> implements GDivider {
  protected readonly className = 'Divider';
  widgetJson(): JsonObject {
    return { divider: {} };
  }
}

class FakeIconImage
  extends FakeBase<GIconImage>
  implements Pick<GIconImage, 'setIcon' | 'setIconUrl' | 'setAltText' | 'setImageCropType'>
{
  protected readonly className = 'IconImage';
  private icon: { knownIcon: string } | { iconUrl: string } | undefined;
  private altText: string | undefined;
  private imageType: string | undefined;

  setIcon(icon: GoogleAppsScript.Card_Service.Icon): GIconImage {
    const self = this.call('setIcon');
    this.icon = { knownIcon: enumArg(ENUMS.Icon, icon, 'icon') };
    return self;
  }
  setIconUrl(url: string): GIconImage {
    const self = this.call('setIconUrl');
    this.icon = { iconUrl: str(url, 'url') };
    return self;
  }
  setAltText(altText: string): GIconImage {
    const self = this.call('setAltText');
    this.altText = str(altText, 'altText');
    return self;
  }
  setImageCropType(imageCropType: GoogleAppsScript.Card_Service.ImageCropType): GIconImage {
    const self = this.call('setImageCropType');
    const crop = enumArg(ENUMS.ImageCropType, imageCropType, 'imageCropType');
    // An Icon's imageType (Widget.ImageType) only has SQUARE and CIRCLE.
    if (crop !== 'SQUARE' && crop !== 'CIRCLE')
      throw invalid('imageCropType', 'An IconImage can only be SQUARE or CIRCLE.');
    this.imageType = crop;
    return self;
  }
  json(path: string): JsonObject {
    if (!this.icon) throw buildError('IconImage must have an icon or an icon URL', path);
    const out: JsonObject = { ...this.icon };
    put(out, 'altText', this.altText);
    put(out, 'imageType', this.imageType);
    return out;
  }
}

class FakeSwitch
  extends FakeBase<GSwitch>
  implements
    Pick<GSwitch, 'setFieldName' | 'setValue' | 'setSelected' | 'setOnChangeAction' | 'setControlType'>
{
  protected readonly className = 'Switch';
  private name: string | undefined;
  private value: string | undefined;
  private selected: boolean | undefined;
  private onChangeAction: FakeAction | undefined;
  private controlType: string | undefined;

  setFieldName(fieldName: string): GSwitch {
    const self = this.call('setFieldName');
    this.name = str(fieldName, 'fieldName');
    return self;
  }
  setValue(value: string): GSwitch {
    const self = this.call('setValue');
    this.value = str(value, 'value');
    return self;
  }
  setSelected(selected: boolean): GSwitch {
    const self = this.call('setSelected');
    this.selected = bool(selected, 'selected');
    return self;
  }
  setOnChangeAction(action: GAction): GSwitch {
    const self = this.call('setOnChangeAction');
    this.onChangeAction = unwrap(action, FakeAction, 'action');
    return self;
  }
  setControlType(type: GoogleAppsScript.Card_Service.SwitchControlType): GSwitch {
    const self = this.call('setControlType');
    this.controlType = enumArg(ENUMS.SwitchControlType, type, 'type');
    return self;
  }
  json(path: string): JsonObject {
    if (!this.name) throw buildError('Switch must have a field name', path);
    const out: JsonObject = { name: this.name };
    put(out, 'value', this.value);
    put(out, 'selected', this.selected);
    put(out, 'onChangeAction', this.onChangeAction?.json(`${path}.onChangeAction`));
    put(out, 'controlType', this.controlType);
    return out;
  }
}

class FakeTextButton
  extends FakeButton<GTextButton>
  implements
    Pick<
      GTextButton,
      | 'setText'
      | 'setAltText'
      | 'setOnClickAction'
      | 'setOnClickOpenLinkAction'
      | 'setOpenLink'
      | 'setTextButtonStyle'
      | 'setBackgroundColor'
      | 'setDisabled'
    >
{
  protected readonly className = 'TextButton';
  private text: string | undefined;
  private altText: string | undefined;
  private type: string | undefined;
  private color: JsonObject | undefined;
  private disabled: boolean | undefined;

  setText(text: string): GTextButton {
    const self = this.call('setText');
    this.text = str(text, 'text');
    return self;
  }
  setAltText(altText: string): GTextButton {
    const self = this.call('setAltText');
    this.altText = str(altText, 'altText');
    return self;
  }
  setTextButtonStyle(textButtonStyle: GoogleAppsScript.Card_Service.TextButtonStyle): GTextButton {
    const self = this.call('setTextButtonStyle');
    this.type = BUTTON_TYPE[enumArg(ENUMS.TextButtonStyle, textButtonStyle, 'textButtonStyle')];
    return self;
  }
  setBackgroundColor(backgroundColor: string): GTextButton {
    const self = this.call('setBackgroundColor');
    this.color = hexColor(backgroundColor);
    return self;
  }
  setDisabled(disabled: boolean): GTextButton {
    const self = this.call('setDisabled');
    this.disabled = bool(disabled, 'disabled');
    return self;
  }
  buttonJson(path: string): JsonObject {
    if (!this.text) throw buildError('TextButton must have text', path);
    const out: JsonObject = { text: this.text };
    put(out, 'altText', this.altText);
    put(out, 'color', this.color ? { ...this.color } : undefined);
    put(out, 'onClick', clickJson(this.click, `${path}.onClick`));
    put(out, 'disabled', this.disabled);
    put(out, 'type', this.type);
    return out;
  }
}

class FakeImageButton
  extends FakeButton<GImageButton>
  implements
    Pick<
      GImageButton,
      | 'setIcon'
      | 'setIconUrl'
      | 'setAltText'
      | 'setOnClickAction'
      | 'setOnClickOpenLinkAction'
      | 'setOpenLink'
    >
{
  protected readonly className = 'ImageButton';
  private icon: { knownIcon: string } | { iconUrl: string } | undefined;
  private altText: string | undefined;

  setIcon(icon: GoogleAppsScript.Card_Service.Icon): GImageButton {
    const self = this.call('setIcon');
    this.icon = { knownIcon: enumArg(ENUMS.Icon, icon, 'icon') };
    return self;
  }
  setIconUrl(url: string): GImageButton {
    const self = this.call('setIconUrl');
    this.icon = { iconUrl: str(url, 'url') };
    return self;
  }
  setAltText(altText: string): GImageButton {
    const self = this.call('setAltText');
    this.altText = str(altText, 'altText');
    return self;
  }
  buttonJson(path: string): JsonObject {
    if (!this.icon) throw buildError('ImageButton must have an icon or an icon URL', path);
    const out: JsonObject = { icon: { ...this.icon } };
    put(out, 'altText', this.altText);
    put(out, 'onClick', clickJson(this.click, `${path}.onClick`));
    return out;
  }
}

class FakeButtonSet extends FakeWidget<GButtonSet> implements Pick<GButtonSet, 'addButton'> {
  protected readonly className = 'ButtonSet';
  private readonly buttons: FakeButton<unknown>[] = [];
  addButton(button: GButton): GButtonSet {
    const self = this.call('addButton');
    this.buttons.push(unwrap(button, FakeButton, 'button'));
    return self;
  }
  widgetJson(path: string): JsonObject {
    if (this.buttons.length === 0) throw buildError('ButtonSet must have at least one button', path);
    return {
      buttonList: { buttons: this.buttons.map((b, i) => b.buttonJson(`${path}.buttonList.buttons[${i}]`)) },
    };
  }
}

class FakeDecoratedText
  extends FakeWidget<GDecoratedText>
  implements
    Pick<
      GDecoratedText,
      | 'setTopLabel'
      | 'setText'
      | 'setBottomLabel'
      | 'setWrapText'
      | 'setStartIcon'
      | 'setEndIcon'
      | 'setButton'
      | 'setSwitchControl'
      | 'setOnClickAction'
      | 'setOnClickOpenLinkAction'
      | 'setOpenLink'
    >
{
  protected readonly className = 'DecoratedText';
  private topLabel: string | undefined;
  private text: string | undefined;
  private bottomLabel: string | undefined;
  private wrapText: boolean | undefined;
  private startIcon: FakeIconImage | undefined;
  /** DecoratedText.control is a oneof: the last setter wins. */
  private control:
    | { kind: 'button'; button: FakeButton<unknown> }
    | { kind: 'switchControl'; sw: FakeSwitch }
    | { kind: 'endIcon'; icon: FakeIconImage }
    | undefined;
  private click: Click | undefined;

  setTopLabel(text: string): GDecoratedText {
    const self = this.call('setTopLabel');
    this.topLabel = str(text, 'text');
    return self;
  }
  setText(text: string): GDecoratedText {
    const self = this.call('setText');
    this.text = str(text, 'text');
    return self;
  }
  setBottomLabel(text: string): GDecoratedText {
    const self = this.call('setBottomLabel');
    this.bottomLabel = str(text, 'text');
    return self;
  }
  setWrapText(wrapText: boolean): GDecoratedText {
    const self = this.call('setWrapText');
    this.wrapText = bool(wrapText, 'wrapText');
    return self;
  }
  setStartIcon(startIcon: GIconImage): GDecoratedText {
    const self = this.call('setStartIcon');
    this.startIcon = unwrap(startIcon, FakeIconImage, 'startIcon');
    return self;
  }
  setEndIcon(endIcon: GIconImage): GDecoratedText {
    const self = this.call('setEndIcon');
    this.control = { kind: 'endIcon', icon: unwrap(endIcon, FakeIconImage, 'endIcon') };
    return self;
  }
  setButton(button: GButton): GDecoratedText {
    const self = this.call('setButton');
    this.control = { kind: 'button', button: unwrap(button, FakeButton, 'button') };
    return self;
  }
  setSwitchControl(switchToSet: GSwitch): GDecoratedText {
    const self = this.call('setSwitchControl');
    this.control = { kind: 'switchControl', sw: unwrap(switchToSet, FakeSwitch, 'switchToSet') };
    return self;
  }
  setOnClickAction(action: GAction): GDecoratedText {
    const self = this.call('setOnClickAction');
    this.click = { kind: 'action', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOnClickOpenLinkAction(action: GAction): GDecoratedText {
    const self = this.call('setOnClickOpenLinkAction');
    this.click = { kind: 'openDynamicLinkAction', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOpenLink(openLink: GOpenLink): GDecoratedText {
    const self = this.call('setOpenLink');
    this.click = { kind: 'openLink', link: unwrap(openLink, FakeOpenLink, 'openLink') };
    return self;
  }
  widgetJson(path: string): JsonObject {
    const p = `${path}.decoratedText`;
    if (this.text === undefined) throw buildError('DecoratedText must have text', p);
    const out: JsonObject = {};
    put(out, 'startIcon', this.startIcon?.json(`${p}.startIcon`));
    put(out, 'topLabel', this.topLabel);
    out.text = this.text;
    put(out, 'wrapText', this.wrapText);
    put(out, 'bottomLabel', this.bottomLabel);
    put(out, 'onClick', clickJson(this.click, `${p}.onClick`));
    const c = this.control;
    if (c?.kind === 'button') out.button = c.button.buttonJson(`${p}.button`);
    if (c?.kind === 'switchControl') out.switchControl = c.sw.json(`${p}.switchControl`);
    if (c?.kind === 'endIcon') out.endIcon = c.icon.json(`${p}.endIcon`);
    return { decoratedText: out };
  }
}

class FakeTextInput
  extends FakeWidget<GTextInput>
  implements
    Pick<
      GTextInput,
      'setFieldName' | 'setTitle' | 'setHint' | 'setValue' | 'setMultiline' | 'setOnChangeAction'
    >
{
  protected readonly className = 'TextInput';
  private name: string | undefined;
  private label: string | undefined;
  private hintText: string | undefined;
  private value: string | undefined;
  private type: string | undefined;
  private onChangeAction: FakeAction | undefined;

  setFieldName(fieldName: string): GTextInput {
    const self = this.call('setFieldName');
    this.name = str(fieldName, 'fieldName');
    return self;
  }
  setTitle(title: string): GTextInput {
    const self = this.call('setTitle');
    this.label = str(title, 'title');
    return self;
  }
  setHint(hint: string): GTextInput {
    const self = this.call('setHint');
    this.hintText = str(hint, 'hint');
    return self;
  }
  setValue(value: string): GTextInput {
    const self = this.call('setValue');
    this.value = str(value, 'value');
    return self;
  }
  setMultiline(multiline: boolean): GTextInput {
    const self = this.call('setMultiline');
    this.type = bool(multiline, 'multiline') ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return self;
  }
  setOnChangeAction(action: GAction): GTextInput {
    const self = this.call('setOnChangeAction');
    this.onChangeAction = unwrap(action, FakeAction, 'action');
    return self;
  }
  widgetJson(path: string): JsonObject {
    const p = `${path}.textInput`;
    if (!this.name) throw buildError('TextInput must have a field name', p);
    const out: JsonObject = { name: this.name };
    put(out, 'label', this.label);
    put(out, 'hintText', this.hintText);
    put(out, 'value', this.value);
    put(out, 'type', this.type);
    put(out, 'onChangeAction', this.onChangeAction?.json(`${p}.onChangeAction`));
    return { textInput: out };
  }
}

class FakeSelectionInput
  extends FakeWidget<GSelectionInput>
  implements Pick<GSelectionInput, 'setFieldName' | 'setTitle' | 'setType' | 'addItem' | 'setOnChangeAction'>
{
  protected readonly className = 'SelectionInput';
  private name: string | undefined;
  private label: string | undefined;
  private type: string | undefined;
  private readonly items: { text: string; value: string; selected: boolean }[] = [];
  private onChangeAction: FakeAction | undefined;

  setFieldName(fieldName: string): GSelectionInput {
    const self = this.call('setFieldName');
    this.name = str(fieldName, 'fieldName');
    return self;
  }
  setTitle(title: string): GSelectionInput {
    const self = this.call('setTitle');
    this.label = str(title, 'title');
    return self;
  }
  setType(type: GoogleAppsScript.Card_Service.SelectionInputType): GSelectionInput {
    const self = this.call('setType');
    this.type = enumArg(ENUMS.SelectionInputType, type, 'type');
    return self;
  }
  addItem(text: unknown, value: unknown, selected: boolean): GSelectionInput {
    const self = this.call('addItem');
    this.items.push({
      text: str(text, 'text'),
      value: str(value, 'value'),
      selected: bool(selected, 'selected'),
    });
    return self;
  }
  setOnChangeAction(action: GAction): GSelectionInput {
    const self = this.call('setOnChangeAction');
    this.onChangeAction = unwrap(action, FakeAction, 'action');
    return self;
  }
  widgetJson(path: string): JsonObject {
    const p = `${path}.selectionInput`;
    if (!this.name) throw buildError('SelectionInput must have a field name', p);
    const out: JsonObject = { name: this.name };
    put(out, 'label', this.label);
    put(out, 'type', this.type);
    if (this.items.length > 0) out.items = this.items.map((item) => ({ ...item }));
    put(out, 'onChangeAction', this.onChangeAction?.json(`${p}.onChangeAction`));
    return { selectionInput: out };
  }
}

class FakeImage
  extends FakeWidget<GImage>
  implements
    Pick<
      GImage,
      'setImageUrl' | 'setAltText' | 'setOnClickAction' | 'setOnClickOpenLinkAction' | 'setOpenLink'
    >
{
  protected readonly className = 'Image';
  private imageUrl: string | undefined;
  private altText: string | undefined;
  private click: Click | undefined;

  setImageUrl(url: string): GImage {
    const self = this.call('setImageUrl');
    this.imageUrl = str(url, 'url');
    return self;
  }
  setAltText(altText: string): GImage {
    const self = this.call('setAltText');
    this.altText = str(altText, 'altText');
    return self;
  }
  setOnClickAction(action: GAction): GImage {
    const self = this.call('setOnClickAction');
    this.click = { kind: 'action', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOnClickOpenLinkAction(action: GAction): GImage {
    const self = this.call('setOnClickOpenLinkAction');
    this.click = { kind: 'openDynamicLinkAction', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOpenLink(openLink: GOpenLink): GImage {
    const self = this.call('setOpenLink');
    this.click = { kind: 'openLink', link: unwrap(openLink, FakeOpenLink, 'openLink') };
    return self;
  }
  widgetJson(path: string): JsonObject {
    const p = `${path}.image`;
    if (!this.imageUrl) throw buildError('Image must have an image URL', p);
    const out: JsonObject = { imageUrl: this.imageUrl };
    put(out, 'onClick', clickJson(this.click, `${p}.onClick`));
    put(out, 'altText', this.altText);
    return { image: out };
  }
}

// ---------------------------------------------------------------------------------------------
// Card structure
// ---------------------------------------------------------------------------------------------

class FakeCardHeader
  extends FakeBase<GCardHeader>
  implements
    Pick<GCardHeader, 'setTitle' | 'setSubtitle' | 'setImageUrl' | 'setImageStyle' | 'setImageAltText'>
{
  protected readonly className = 'CardHeader';
  private title: string | undefined;
  private subtitle: string | undefined;
  private imageUrl: string | undefined;
  private imageType: string | undefined;
  private imageAltText: string | undefined;

  setTitle(title: string): GCardHeader {
    const self = this.call('setTitle');
    this.title = str(title, 'title');
    return self;
  }
  setSubtitle(subtitle: string): GCardHeader {
    const self = this.call('setSubtitle');
    this.subtitle = str(subtitle, 'subtitle');
    return self;
  }
  setImageUrl(imageUrl: string): GCardHeader {
    const self = this.call('setImageUrl');
    this.imageUrl = str(imageUrl, 'imageUrl');
    return self;
  }
  setImageStyle(imageStyle: GoogleAppsScript.Card_Service.ImageStyle): GCardHeader {
    const self = this.call('setImageStyle');
    this.imageType = enumArg(ENUMS.ImageStyle, imageStyle, 'imageStyle');
    return self;
  }
  setImageAltText(imageAltText: string): GCardHeader {
    const self = this.call('setImageAltText');
    this.imageAltText = str(imageAltText, 'imageAltText');
    return self;
  }
  json(path: string): JsonObject {
    if (!this.title) throw buildError('CardHeader must have a title', path);
    const out: JsonObject = { title: this.title };
    put(out, 'subtitle', this.subtitle);
    put(out, 'imageType', this.imageType);
    put(out, 'imageUrl', this.imageUrl);
    put(out, 'imageAltText', this.imageAltText);
    return out;
  }
}

class FakeCardSection
  extends FakeBase<GCardSection>
  implements Pick<GCardSection, 'setHeader' | 'addWidget' | 'setCollapsible' | 'setNumUncollapsibleWidgets'>
{
  protected readonly className = 'CardSection';
  private header: string | undefined;
  private readonly widgets: FakeWidget<unknown>[] = [];
  private collapsible: boolean | undefined;
  private uncollapsibleWidgetsCount: number | undefined;

  setHeader(header: string): GCardSection {
    const self = this.call('setHeader');
    this.header = str(header, 'header');
    return self;
  }
  addWidget(widget: GWidget): GCardSection {
    const self = this.call('addWidget');
    this.widgets.push(unwrap(widget, FakeWidget, 'widget'));
    return self;
  }
  setCollapsible(collapsible: boolean): GCardSection {
    const self = this.call('setCollapsible');
    this.collapsible = bool(collapsible, 'collapsible');
    return self;
  }
  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): GCardSection {
    const self = this.call('setNumUncollapsibleWidgets');
    this.uncollapsibleWidgetsCount = int(numUncollapsibleWidgets, 'numUncollapsibleWidgets');
    return self;
  }
  json(path: string): JsonObject {
    if (this.widgets.length === 0) throw buildError('CardSection must have at least one widget', path);
    const out: JsonObject = {};
    put(out, 'header', this.header);
    out.widgets = this.widgets.map((w, i) => w.widgetJson(`${path}.widgets[${i}]`));
    put(out, 'collapsible', this.collapsible);
    put(out, 'uncollapsibleWidgetsCount', this.uncollapsibleWidgetsCount);
    return out;
  }
}

class FakeCardAction
  extends FakeBase<GCardAction>
  implements Pick<GCardAction, 'setText' | 'setOnClickAction' | 'setOnClickOpenLinkAction' | 'setOpenLink'>
{
  protected readonly className = 'CardAction';
  private text: string | undefined;
  private click: Click | undefined;

  setText(text: string): GCardAction {
    const self = this.call('setText');
    this.text = str(text, 'text');
    return self;
  }
  setOnClickAction(action: GAction): GCardAction {
    const self = this.call('setOnClickAction');
    this.click = { kind: 'action', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOnClickOpenLinkAction(action: GAction): GCardAction {
    const self = this.call('setOnClickOpenLinkAction');
    this.click = { kind: 'openDynamicLinkAction', action: unwrap(action, FakeAction, 'action') };
    return self;
  }
  setOpenLink(openLink: GOpenLink): GCardAction {
    const self = this.call('setOpenLink');
    this.click = { kind: 'openLink', link: unwrap(openLink, FakeOpenLink, 'openLink') };
    return self;
  }
  json(path: string): JsonObject {
    if (!this.text) throw buildError('CardAction must have text', path);
    if (!this.click) throw buildError('CardAction must have an action or a link', path);
    return { actionLabel: this.text, onClick: clickJson(this.click, `${path}.onClick`) };
  }
}

class FakeFixedFooter
  extends FakeBase<GFixedFooter>
  implements Pick<GFixedFooter, 'setPrimaryButton' | 'setSecondaryButton'>
{
  protected readonly className = 'FixedFooter';
  private primary: FakeTextButton | undefined;
  private secondary: FakeTextButton | undefined;

  setPrimaryButton(button: GTextButton): GFixedFooter {
    const self = this.call('setPrimaryButton');
    this.primary = unwrap(button, FakeTextButton, 'button');
    return self;
  }
  setSecondaryButton(button: GTextButton): GFixedFooter {
    const self = this.call('setSecondaryButton');
    this.secondary = unwrap(button, FakeTextButton, 'button');
    return self;
  }
  json(path: string): JsonObject {
    if (!this.primary) throw buildError('FixedFooter must have a primary button', path);
    const out: JsonObject = { primaryButton: this.primary.buttonJson(`${path}.primaryButton`) };
    put(out, 'secondaryButton', this.secondary?.buttonJson(`${path}.secondaryButton`));
    return out;
  }
}

/** A built card: an immutable snapshot of the builder at build() time. */
class FakeCard extends FakeBase<GCard> implements GCard {
  protected readonly className = 'Card';
  constructor(
    ctx: Ctx,
    private readonly data: JsonObject,
  ) {
    super(ctx);
  }
  printJson(): string {
    this.call('printJson');
    return JSON.stringify(this.data, null, 2);
  }
  /** The card JSON as an object (a copy); not part of Apps Script's API. */
  toJson(): JsonObject {
    return structuredClone(this.data);
  }
}

class FakeCardBuilder
  extends FakeBase<GCardBuilder>
  implements
    Pick<
      GCardBuilder,
      | 'setName'
      | 'setHeader'
      | 'addSection'
      | 'setFixedFooter'
      | 'setDisplayStyle'
      | 'setPeekCardHeader'
      | 'addCardAction'
      | 'build'
    >
{
  protected readonly className = 'CardBuilder';
  private name: string | undefined;
  private header: FakeCardHeader | undefined;
  private peekHeader: FakeCardHeader | undefined;
  private readonly sections: FakeCardSection[] = [];
  private readonly cardActions: FakeCardAction[] = [];
  private footer: FakeFixedFooter | undefined;
  private displayStyle: string | undefined;

  setName(name: string): GCardBuilder {
    const self = this.call('setName');
    this.name = str(name, 'name');
    return self;
  }
  setHeader(cardHeader: GCardHeader): GCardBuilder {
    const self = this.call('setHeader');
    this.header = unwrap(cardHeader, FakeCardHeader, 'cardHeader');
    return self;
  }
  setPeekCardHeader(peekCardHeader: GCardHeader): GCardBuilder {
    const self = this.call('setPeekCardHeader');
    this.peekHeader = unwrap(peekCardHeader, FakeCardHeader, 'peekCardHeader');
    return self;
  }
  addSection(section: GCardSection): GCardBuilder {
    const self = this.call('addSection');
    this.sections.push(unwrap(section, FakeCardSection, 'section'));
    return self;
  }
  addCardAction(cardAction: GCardAction): GCardBuilder {
    const self = this.call('addCardAction');
    this.cardActions.push(unwrap(cardAction, FakeCardAction, 'cardAction'));
    return self;
  }
  setFixedFooter(fixedFooter: GFixedFooter): GCardBuilder {
    const self = this.call('setFixedFooter');
    this.footer = unwrap(fixedFooter, FakeFixedFooter, 'fixedFooter');
    return self;
  }
  setDisplayStyle(displayStyle: GoogleAppsScript.Card_Service.DisplayStyle): GCardBuilder {
    const self = this.call('setDisplayStyle');
    this.displayStyle = enumArg(ENUMS.DisplayStyle, displayStyle, 'displayStyle');
    return self;
  }
  build(): GCard {
    this.call('build');
    if (this.sections.length === 0) throw new Error('Card must have at least one section.');
    const out: JsonObject = {};
    put(out, 'header', this.header?.json('card.header'));
    out.sections = this.sections.map((s, i) => s.json(`card.sections[${i}]`));
    if (this.cardActions.length > 0)
      out.cardActions = this.cardActions.map((a, i) => a.json(`card.cardActions[${i}]`));
    put(out, 'name', this.name);
    put(out, 'fixedFooter', this.footer?.json('card.fixedFooter'));
    put(out, 'displayStyle', this.displayStyle);
    put(out, 'peekCardHeader', this.peekHeader?.json('card.peekCardHeader'));
    return new FakeCard(this.ctx, out) as unknown as GCard;
  }
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

class FakeNotification extends FakeBase<GNotification> implements Pick<GNotification, 'setText'> {
  protected readonly className = 'Notification';
  private text: string | undefined;
  setText(text: string): GNotification {
    const self = this.call('setText');
    this.text = str(text, 'text');
    return self;
  }
  json(path: string): JsonObject {
    if (!this.text) throw buildError('Notification must have text', path);
    return { text: this.text };
  }
}

class FakeNavigation
  extends FakeBase<GNavigation>
  implements
    Pick<GNavigation, 'pushCard' | 'updateCard' | 'popCard' | 'popToRoot' | 'popToNamedCard' | 'printJson'>
{
  protected readonly className = 'Navigation';
  private readonly ops: JsonObject[] = [];

  pushCard(card: GCard): GNavigation {
    const self = this.call('pushCard');
    this.ops.push({ pushCard: unwrap(card, FakeCard, 'card').toJson() });
    return self;
  }
  updateCard(card: GCard): GNavigation {
    const self = this.call('updateCard');
    this.ops.push({ updateCard: unwrap(card, FakeCard, 'card').toJson() });
    return self;
  }
  popCard(): GNavigation {
    const self = this.call('popCard');
    this.ops.push({ pop: true });
    return self;
  }
  popToRoot(): GNavigation {
    const self = this.call('popToRoot');
    this.ops.push({ popToRoot: true });
    return self;
  }
  popToNamedCard(cardName: string): GNavigation {
    const self = this.call('popToNamedCard');
    this.ops.push({ popToCard: str(cardName, 'cardName') });
    return self;
  }
  printJson(): string {
    this.call('printJson');
    return JSON.stringify({ navigations: this.ops }, null, 2);
  }
  json(path: string): JsonObject[] {
    if (this.ops.length === 0) throw buildError('Navigation must have at least one card operation', path);
    return structuredClone(this.ops);
  }
}

class FakeResponse<Self> extends FakeBase<Self> {
  protected readonly className: string;
  constructor(
    ctx: Ctx,
    className: string,
    private readonly data: JsonObject,
  ) {
    super(ctx);
    this.className = className;
  }
  printJson(): string {
    this.call('printJson');
    return JSON.stringify(this.data, null, 2);
  }
  /** The response JSON as an object (a copy); not part of Apps Script's API. */
  toJson(): JsonObject {
    return structuredClone(this.data);
  }
}

class FakeActionResponseBuilder
  extends FakeBase<GActionResponseBuilder>
  implements
    Pick<
      GActionResponseBuilder,
      'setNavigation' | 'setNotification' | 'setOpenLink' | 'setStateChanged' | 'build'
    >
{
  protected readonly className = 'ActionResponseBuilder';
  private navigation: FakeNavigation | undefined;
  private notification: FakeNotification | undefined;
  private openLink: FakeOpenLink | undefined;
  private stateChanged: boolean | undefined;

  setNavigation(navigation: GNavigation): GActionResponseBuilder {
    const self = this.call('setNavigation');
    this.navigation = unwrap(navigation, FakeNavigation, 'navigation');
    return self;
  }
  setNotification(notification: GNotification): GActionResponseBuilder {
    const self = this.call('setNotification');
    this.notification = unwrap(notification, FakeNotification, 'notification');
    return self;
  }
  setOpenLink(openLink: GOpenLink): GActionResponseBuilder {
    const self = this.call('setOpenLink');
    this.openLink = unwrap(openLink, FakeOpenLink, 'openLink');
    return self;
  }
  setStateChanged(stateChanged: boolean): GActionResponseBuilder {
    const self = this.call('setStateChanged');
    this.stateChanged = bool(stateChanged, 'stateChanged');
    return self;
  }
  build(): GActionResponse {
    this.call('build');
    if (!this.navigation && !this.notification && !this.openLink) {
      throw new Error('ActionResponse must set a navigation, a notification or a link.');
    }
    const action: JsonObject = {};
    put(action, 'navigations', this.navigation?.json('renderActions.action.navigations'));
    put(action, 'link', this.openLink?.json('renderActions.action.link'));
    put(action, 'notification', this.notification?.json('renderActions.action.notification'));
    const out: JsonObject = { renderActions: { action } };
    put(out, 'stateChanged', this.stateChanged);
    return new FakeResponse<GActionResponse>(this.ctx, 'ActionResponse', out) as unknown as GActionResponse;
  }
}

class FakeUniversalActionResponseBuilder
  extends FakeBase<GUniversalActionResponseBuilder>
  implements Pick<GUniversalActionResponseBuilder, 'displayAddOnCards' | 'setOpenLink' | 'build'>
{
  protected readonly className = 'UniversalActionResponseBuilder';
  private cards: JsonObject[] | undefined;
  private openLink: FakeOpenLink | undefined;

  displayAddOnCards(cardObjects: GCard[]): GUniversalActionResponseBuilder {
    const self = this.call('displayAddOnCards');
    if (!Array.isArray(cardObjects)) throw invalid('cardObjects');
    this.cards = cardObjects.map((c) => unwrap(c, FakeCard, 'cardObjects').toJson());
    this.openLink = undefined;
    return self;
  }
  setOpenLink(openLink: GOpenLink): GUniversalActionResponseBuilder {
    const self = this.call('setOpenLink');
    this.openLink = unwrap(openLink, FakeOpenLink, 'openLink');
    this.cards = undefined;
    return self;
  }
  build(): GUniversalActionResponse {
    this.call('build');
    const action: JsonObject = {};
    if (this.cards && this.cards.length > 0)
      action.navigations = this.cards.map((card) => ({ pushCard: card }));
    else if (this.openLink) action.link = this.openLink.json('action.link');
    else throw new Error('UniversalActionResponse must display at least one card or open a link.');
    return new FakeResponse<GUniversalActionResponse>(this.ctx, 'UniversalActionResponse', {
      action,
    }) as unknown as GUniversalActionResponse;
  }
}

class FakeUpdateDraftBodyAction
  extends FakeBase<GUpdateDraftBodyAction>
  implements Pick<GUpdateDraftBodyAction, 'addUpdateContent' | 'setUpdateType'>
{
  protected readonly className = 'UpdateDraftBodyAction';
  private readonly contents: { content: string; contentType: string }[] = [];
  private type: string | undefined;

  addUpdateContent(
    content: string,
    contentType: GoogleAppsScript.Card_Service.ContentType,
  ): GUpdateDraftBodyAction {
    const self = this.call('addUpdateContent');
    this.contents.push({
      content: str(content, 'content'),
      contentType: enumArg(ENUMS.ContentType, contentType, 'contentType'),
    });
    return self;
  }
  setUpdateType(updateType: GoogleAppsScript.Card_Service.UpdateDraftBodyType): GUpdateDraftBodyAction {
    const self = this.call('setUpdateType');
    this.type = enumArg(ENUMS.UpdateDraftBodyType, updateType, 'updateType');
    return self;
  }
  json(path: string): JsonObject {
    if (this.contents.length === 0) throw buildError('UpdateDraftBodyAction must have content', path);
    const out: JsonObject = { insertContents: this.contents.map((c) => ({ ...c })) };
    put(out, 'type', this.type);
    return out;
  }
}

class FakeUpdateDraftActionResponseBuilder
  extends FakeBase<GUpdateDraftActionResponseBuilder>
  implements Pick<GUpdateDraftActionResponseBuilder, 'setUpdateDraftBodyAction' | 'build'>
{
  protected readonly className = 'UpdateDraftActionResponseBuilder';
  private body: FakeUpdateDraftBodyAction | undefined;

  setUpdateDraftBodyAction(updateDraftBodyAction: GUpdateDraftBodyAction): GUpdateDraftActionResponseBuilder {
    const self = this.call('setUpdateDraftBodyAction');
    this.body = unwrap(updateDraftBodyAction, FakeUpdateDraftBodyAction, 'updateDraftBodyAction');
    return self;
  }
  build(): GUpdateDraftActionResponse {
    this.call('build');
    if (!this.body) throw new Error('UpdateDraftActionResponse must set an update action.');
    const markupPath = 'renderActions.hostAppAction.gmailAction.updateDraftActionMarkup';
    const out = {
      renderActions: {
        hostAppAction: {
          gmailAction: {
            updateDraftActionMarkup: { updateBody: this.body.json(`${markupPath}.updateBody`) },
          },
        },
      },
    };
    return new FakeResponse<GUpdateDraftActionResponse>(
      this.ctx,
      'UpdateDraftActionResponse',
      out,
    ) as unknown as GUpdateDraftActionResponse;
  }
}

// ---------------------------------------------------------------------------------------------
// The service
// ---------------------------------------------------------------------------------------------

/** The part of Apps Script's CardService this fake implements (drift in @types is a type error). */
export type FakeCardService = Pick<
  GoogleAppsScriptCardService,
  | keyof typeof ENUMS
  | 'newAction'
  | 'newActionResponseBuilder'
  | 'newButtonSet'
  | 'newCardAction'
  | 'newCardBuilder'
  | 'newCardHeader'
  | 'newCardSection'
  | 'newDecoratedText'
  | 'newDivider'
  | 'newFixedFooter'
  | 'newIconImage'
  | 'newImage'
  | 'newImageButton'
  | 'newNavigation'
  | 'newNotification'
  | 'newOpenLink'
  | 'newSelectionInput'
  | 'newSwitch'
  | 'newTextButton'
  | 'newTextInput'
  | 'newTextParagraph'
  | 'newUniversalActionResponseBuilder'
  | 'newUpdateDraftActionResponseBuilder'
  | 'newUpdateDraftBodyAction'
>;

/**
 * A fresh fake CardService. Pass it to the sandbox as the global `CardService`. Every service and
 * builder call is reported to `counter` (service `'CardService'`, method `'newX'` or
 * `'Builder.method'`).
 */
export function createCardService(counter?: CallCounter): FakeCardService {
  const ctx: Ctx = counter ? { counter } : {};
  const make = <T>(method: string, create: () => unknown): T => {
    ctx.counter?.count(SERVICE, method);
    return create() as T;
  };
  const enums = ENUMS as unknown as Pick<GoogleAppsScriptCardService, keyof typeof ENUMS>;
  const service: FakeCardService = {
    ...enums,
    newAction: () => make('newAction', () => new FakeAction(ctx)),
    newActionResponseBuilder: () =>
      make('newActionResponseBuilder', () => new FakeActionResponseBuilder(ctx)),
    newButtonSet: () => make('newButtonSet', () => new FakeButtonSet(ctx)),
    newCardAction: () => make('newCardAction', () => new FakeCardAction(ctx)),
    newCardBuilder: () => make('newCardBuilder', () => new FakeCardBuilder(ctx)),
    newCardHeader: () => make('newCardHeader', () => new FakeCardHeader(ctx)),
    newCardSection: () => make('newCardSection', () => new FakeCardSection(ctx)),
    newDecoratedText: () => make('newDecoratedText', () => new FakeDecoratedText(ctx)),
    newDivider: () => make('newDivider', () => new FakeDivider(ctx)),
    newFixedFooter: () => make('newFixedFooter', () => new FakeFixedFooter(ctx)),
    newIconImage: () => make('newIconImage', () => new FakeIconImage(ctx)),
    newImage: () => make('newImage', () => new FakeImage(ctx)),
    newImageButton: () => make('newImageButton', () => new FakeImageButton(ctx)),
    newNavigation: () => make('newNavigation', () => new FakeNavigation(ctx)),
    newNotification: () => make('newNotification', () => new FakeNotification(ctx)),
    newOpenLink: () => make('newOpenLink', () => new FakeOpenLink(ctx)),
    newSelectionInput: () => make('newSelectionInput', () => new FakeSelectionInput(ctx)),
    newSwitch: () => make('newSwitch', () => new FakeSwitch(ctx)),
    newTextButton: () => make('newTextButton', () => new FakeTextButton(ctx)),
    newTextInput: () => make('newTextInput', () => new FakeTextInput(ctx)),
    newTextParagraph: () => make('newTextParagraph', () => new FakeTextParagraph(ctx)),
    newUniversalActionResponseBuilder: () =>
      make('newUniversalActionResponseBuilder', () => new FakeUniversalActionResponseBuilder(ctx)),
    newUpdateDraftActionResponseBuilder: () =>
      make('newUpdateDraftActionResponseBuilder', () => new FakeUpdateDraftActionResponseBuilder(ctx)),
    newUpdateDraftBodyAction: () =>
      make('newUpdateDraftBodyAction', () => new FakeUpdateDraftBodyAction(ctx)),
  };
  return service;
}

/**
 * The JSON object of a built Card or response from this fake (what `printJson()` prints), or
 * undefined for anything else — e.g. to validate what a handler returned.
 */
export function fakeCardJson(value: unknown): JsonObject | undefined {
  if (value instanceof FakeCard || value instanceof FakeResponse) return value.toJson();
  return undefined;
}

/** Re-exported for tests that check enum members. */
export const CARD_SERVICE_ENUMS = ENUMS;
