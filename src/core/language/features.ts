// What the language identifier counts: whole words (lower case, accents kept: "å", "é" and "ü"
// tell languages apart) and character trigrams with word boundaries.
const WORD = /\p{L}+/gu;
const MAX_WORDS = 60;

export function languageFeatures(text: string): string[] {
  const out: string[] = [];
  let n = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (++n > MAX_WORDS) break;
    out.push(`w:${word}`);
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}
