// Dates and days mentioned in a message, as written: "jeudi", "next Tuesday", "3 mars", "12/11",
// "morgen", "i morgen", "el próximo lunes". Patterns of the given language and English run
// (all languages for `und`); matching is on folded text (no accents, lower case).
import type { DetectedLang, Lang } from '../types';
import { LANGUAGES } from '../types';
import { fold } from '../escalation/text';

interface DateWords {
  weekdays: string;
  months: string;
  before: string;
  after: string;
  relative: string;
}

const W: Record<Lang, DateWords> = {
  en: {
    weekdays: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    months:
      'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec',
    before: '(?:(?:next|this|last|coming|on|by|until|before|after) )',
    after: '(?: (?:morning|afternoon|evening|night|next week))',
    relative:
      'the day after tomorrow|day after tomorrow|tomorrow|today|tonight|yesterday|next week|this week|next month|this weekend|next weekend|end of (?:the )?(?:week|month)',
  },
  fr: {
    weekdays: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    months:
      'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|sept|oct|nov|dec',
    before: "(?:(?:ce|le|des|d'ici|avant|jusqu'a|apres) )",
    after: '(?: (?:prochain|dernier|matin|apres-midi|apres midi|soir|qui vient))',
    relative:
      "apres-demain|apres demain|aujourd'hui|demain|hier|ce soir|la semaine prochaine|semaine prochaine|ce week-end|ce week end|le mois prochain|fin de semaine|fin du mois",
  },
  nl: {
    weekdays: 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
    months:
      'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|okt|nov|dec',
    before: '(?:(?:volgende|komende|aanstaande|deze|vorige|afgelopen|op|tot|voor|na) )',
    after: '(?:(?:ochtend|middag|avond|nacht)| (?:ochtend|middag|avond))',
    relative:
      'overmorgen|vandaag|(?<!goede|goeden |goede |goeie )morgen|gisteren|vanavond|vanmiddag|volgende week|deze week|dit weekend|volgend weekend|volgende maand|eind van de (?:week|maand)',
  },
  da: {
    weekdays: 'mandag|tirsdag|onsdag|torsdag|fredag|loerdag|lordag|soendag|sondag',
    months:
      'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|okt|nov|dec',
    before: '(?:(?:paa|pa|naeste|nu|sidste|i|til|inden|foer|efter|om) )',
    after: '(?:(?:morgen|formiddag|eftermiddag|aften)| (?:morgen|formiddag|eftermiddag|aften))',
    relative:
      'i overmorgen|i morgen|imorgen|i dag|idag|i gaar|igaar|i aften|naeste uge|denne uge|i weekenden|naeste weekend|naeste maaned|i morgen tidlig',
  },
  de: {
    weekdays: 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag',
    months:
      'januar|jaenner|februar|maerz|marz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|apr|jun|jul|aug|sept|okt|nov|dez',
    before: '(?:(?:naechsten|nachsten|kommenden|diesen|am|letzten|bis|ab|vor) )',
    after: '(?:(?:morgen|vormittag|nachmittag|abend)| (?:morgen|vormittag|nachmittag|abend))',
    relative:
      'uebermorgen|ubermorgen|heute abend|heute|(?<!guten |gute |guten)morgen|gestern|naechste woche|nachste woche|diese woche|am wochenende|naechsten monat|ende der woche',
  },
  es: {
    weekdays: 'lunes|martes|miercoles|jueves|viernes|sabado|domingo',
    months:
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|abr|jun|jul|ago|sept|oct|nov|dic',
    before: '(?:(?:el proximo|el pasado|este|el|hasta el|antes del|despues del|proximo) )',
    after: '(?: (?:que viene|proximo|por la manana|por la tarde|por la noche))',
    relative:
      'pasado manana|(?<!la |por la |de la |esta )manana|hoy|ayer|esta tarde|esta noche|la semana que viene|la proxima semana|proxima semana|este fin de semana|el fin de semana|el mes que viene',
  },
};

interface Patterns {
  words: RegExp[];
  /** Patterns with a day or year number: only run on a text with a digit. */
  numbers: RegExp[];
}

const cache = new Map<string, Patterns>();

function patternsFor(language: DetectedLang): Patterns {
  const langs: Lang[] =
    language === 'und' || !(LANGUAGES as readonly string[]).includes(language)
      ? [...LANGUAGES]
      : language === 'en'
        ? ['en']
        : [language as Lang, 'en'];
  const k = langs.join(',');
  let res = cache.get(k);
  if (res) return res;
  res = { words: [], numbers: [] };
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  for (const l of langs) {
    const w = W[l];
    res.words.push(new RegExp(`${B}${w.before}?(?:${w.weekdays})${w.after}?${E}`, 'gu'));
    res.words.push(new RegExp(`${B}(?:${w.relative})${E}`, 'gu'));
    // 3 mars, 3rd of March, 3. marts, 3 de marzo, le 3 mars 2025
    res.numbers.push(
      new RegExp(
        `${B}(?:${w.weekdays} )?(?:le |den |el |am |op )?(?:[12]?\\d|3[01])(?:st|nd|rd|th|er|e|\\.)? ?(?:of |de )?(?:${w.months})(?:\\.(?= ?\\d))?(?: (?:de )?\\d{4})?${E}`,
        'gu',
      ),
    );
    // March 3, March 3rd, 2025
    res.numbers.push(
      new RegExp(`${B}(?:${w.months}) (?:[12]?\\d|3[01])(?:st|nd|rd|th)?(?:,? \\d{4})?${E}`, 'gu'),
    );
  }
  // numeric dates: 12/11, 12/11/2024, 12-11-2024, 12.11.2024, 12.11., 2024-11-12
  res.numbers.push(
    /(?<![\d/.:-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)(?![\d/:]|\.\d|\s?(?:mg|ml|g|%|mcg|µg|tab))/gu,
  );
  cache.set(k, res);
  return res;
}

function validNumeric(s: string): boolean {
  if (/^\d{4}-/.test(s)) {
    const [, mo, d] = s.split('-').map(Number);
    return (mo ?? 0) >= 1 && (mo ?? 0) <= 12 && (d ?? 0) >= 1 && (d ?? 0) <= 31;
  }
  const parts = s.split(/[/.-]/).filter(Boolean);
  const a = Number(parts[0]);
  const b = Number(parts[1]);
  if (parts.length === 2 && (parts[0] ?? '').length === 1 && (parts[1] ?? '').length === 1) return false; // 1/2 tablet
  const dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  return dayMonth || monthDay;
}

/** Dates and days mentioned in `text`, as written, in order, without duplicates. */
export function extractDates(text: string, language: DetectedLang): string[] {
  if (!text) return [];
  const src = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const { text: f, map } = fold(src);
  const found: { s: number; e: number }[] = [];
  const patterns = patternsFor(language);
  for (const re of /\d/.test(f) ? [...patterns.words, ...patterns.numbers] : patterns.words) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (/^[\d]/.test(m[0]) && /^[\d/.-]+$/.test(m[0]) && !validNumeric(m[0])) continue;
      found.push({ s: m.index, e: m.index + m[0].length });
    }
  }
  // longest first, drop overlaps, then in text order
  found.sort((a, b) => b.e - b.s - (a.e - a.s) || a.s - b.s);
  const kept: { s: number; e: number }[] = [];
  for (const c of found) if (!kept.some((k) => c.s < k.e && k.s < c.e)) kept.push(c);
  kept.sort((a, b) => a.s - b.s);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const k of kept) {
    const phrase = src.slice(map[k.s] ?? 0, map[k.e] ?? src.length).trim();
    const key = phrase.toLowerCase();
    if (phrase && !seen.has(key)) {
      seen.add(key);
      out.push(phrase);
    }
  }
  return out;
}
