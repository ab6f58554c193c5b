// HTML mail to plain text without a DOM (Apps Script has none) and without recursion, so a deeply
// nested or very large body costs linear time and never exhausts the stack.
import { collapseWhitespace } from './normalize';

/** The line that marks the start of quoted history; quoted.ts cuts there. */
export const QUOTE_MARKER = '-----Original Message-----';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  times: '×',
  shy: '',
  zwnj: '',
  zwj: '',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  oelig: 'œ',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Iacute: 'Í',
  Ntilde: 'Ñ',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Ouml: 'Ö',
  Oslash: 'Ø',
  OElig: 'Œ',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  iexcl: '¡',
  iquest: '¿',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : ' ';
    }
    return NAMED_ENTITIES[code] ?? whole;
  });
}

const DROPPED_BLOCKS = /<(script|style|head|title|xml|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const QUOTE_STARTS =
  /<(?:div|blockquote)\b[^>]*(?:class="[^"]*(?:gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)[^"]*"|id="(?:divRplyFwdMsg|appendonsend|reply-intro)"|type="cite")[^>]*>/gi;
const LINE_BREAK_TAGS = /<(?:br|hr)\b[^>]*>/gi;
const BLOCK_TAGS =
  /<\/?(?:p|div|tr|table|tbody|thead|h[1-6]|ul|ol|dl|dt|dd|section|article|header|footer|center|pre|address|form|fieldset)\b[^>]*>/gi;
const CELL_TAGS = /<\/t[dh]\s*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z!][^>]*>/gi;

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(DROPPED_BLOCKS, ' ');
  s = s.replace(/\r?\n/g, ' ');
  s = s.replace(QUOTE_STARTS, `\n${QUOTE_MARKER}\n`);
  s = s
    .replace(LINE_BREAK_TAGS, '\n')
    .replace(LIST_ITEM, '\n- ')
    .replace(CELL_TAGS, '\t')
    .replace(BLOCK_TAGS, '\n')
    .replace(ANY_TAG, '');
  return collapseWhitespace(decodeEntities(s));
}
