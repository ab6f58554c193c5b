// Shared text folding: every matcher (language, intent features, rules) sees the same form, so a
// message written without accents or in capitals matches the same phrases.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', œ: 'oe', ĳ: 'ij' };

export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[æøåßœĳ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** Lower case, accents folded, typographic quotes made plain. */
export function foldText(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"');
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Words of a text, folded. Apostrophe forms are split so "l'ordonnance" gives "l" and "ordonnance". */
export function words(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    for (const part of match[0].split("'")) if (part) out.push(part);
  }
  return out;
}

export function collapseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
