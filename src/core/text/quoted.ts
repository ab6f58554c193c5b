// Splits a plain-text body into what the sender wrote now and what came before (reply history,
// forwarded mail, signature, disclaimer). Only the fresh part may escalate: alarming words in a
// quoted earlier message were dealt with when that message arrived.
import { foldText } from './normalize';

export interface SplitBody {
  fresh: string;
  quoted: string;
  signature: string;
  forwarded: boolean;
}

const REPLY_VERBS = '(?:wrote|a écrit|a ecrit|schreef|skrev|schrieb|escribió|escribio|ha scritto|escreveu)';
const REPLY_HEADER_ONE_LINE = new RegExp(
  `^(?:on|le|op|den|d\\.|am|el|il|em)\\b.{0,240}\\b${REPLY_VERBS}(?:\\s*:?|\\s.{0,120}:)\\s*$`,
  'i',
);
const REPLY_HEADER_END = new RegExp(`^.{0,200}\\b${REPLY_VERBS}(?:\\s.{0,120})?\\s*:\\s*$`, 'i');
const REPLY_HEADER_START = /^(?:on|le|op|den|am|el)\s.{4,}/i;

const SEPARATORS = [
  /^-{2,}\s*(?:original message|message d'origine|oorspronkelijk bericht|oprindelig meddelelse|ursprüngliche nachricht|urspr[üu]ngliche nachricht|mensaje original)\s*-{2,}\s*$/i,
  /^_{8,}\s*$/,
  // GroupWise and some Dutch webmail: ">>> Name <address> 10-3-2025 18:22 >>>", history below unprefixed
  /^>>>\s.{3,200}>>>\s*$/,
];
const FORWARD_SEPARATORS = [
  /^-{2,}\s*(?:forwarded message|message transféré|message transfere|doorgestuurd bericht|videresendt meddelelse|videresendt besked|weitergeleitete nachricht|mensaje reenviado)\s*-{2,}\s*$/i,
  /^(?:begin forwarded message|début du message réexpédié|debut du message reexpedie|begin doorgestuurd bericht|start på videresendt besked|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado)\s*:?\s*$/i,
];
const HEADER_FROM = /^\*?(?:from|de|van|fra|von)\s?:\*?\s*\S/i;
const HEADER_SENT =
  /^\*?(?:sent|date|envoyé|envoye|verzonden|datum|sendt|dato|gesendet|enviado|fecha)\s?:\*?\s*\S/i;

const SIGNATURE_DELIMITER = /^--\s?$/;
const MOBILE_FOOTER =
  /^(?:sent from my|sent from outlook|get outlook for|envoyé de mon|envoye de mon|envoyé depuis|verzonden (?:vanaf|met) mijn|verstuurd (?:vanaf|met) mijn|sendt fra min|von meinem \S+ gesendet|gesendet von meinem|enviado desde mi)\b/i;
const SIGN_OFF =
  /^(?:(?:with )?(?:kind|best|warm|many)? ?regards|thanks(?: again| a lot| so much)?|thank you(?: so much)?|many thanks|cheers|best|sincerely|yours(?: sincerely| truly)?|cordialement|bien cordialement|bien à vous|bien a vous|merci(?: beaucoup| d'avance)?|bonne journée|bonne journee|salutations|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|mvg|groetjes|groeten|alvast bedankt|bedankt|med venlig hilsen|venlig hilsen|mvh|hilsen|kh|kærlig hilsen|tak(?: på forhånd)?|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|mfg|lg|danke|saludos(?: cordiales)?|un saludo|atentamente|gracias)[\s,.!]*$/i;
// A footer is a disclaimer only when it addresses a wrong recipient: a patient asking to keep a
// message confidential is content, and may be the most important part of it.
const DISCLAIMER_CUES =
  /(if you (?:are not|have received)|not the intended|intended recipient|si vous n'etes pas|si vous (?:l'|l’|l )?avez recu|destinataire|indien u (?:niet|dit)|niet de geadresseerde|bestemd voor de geadresseerde|hvis du (?:ikke|har modtaget)|ikke (?:er )?den rette modtager|wenn sie (?:nicht|diese)|nicht der (?:richtige|beabsichtigte) empfanger|si (?:usted )?no es el destinatario|si ha recibido)/;
const MAX_SIGNATURE_LINES = 8;

// Footers of doctors' offices, care homes and auto-replies tell the reader what to do in an
// emergency ("If this is a medical emergency, call 911"). Such a line is boilerplate when it is
// conditional, points to an emergency number or service, and speaks of nobody in the first person;
// "he is not breathing, call 112!" is none of these and stays.
const CONDITIONAL =
  /\b(if|in case|in an emergency|for emergencies|for urgent|not monitored|si|en cas|en dehors|als|bij|in geval|hvis|ved|i tilf|wenn|falls|bei|im notfall|en caso|para urgencias)\b/;
const EMERGENCY_SERVICE =
  /\b(911|999|112|15|18|113|1813|ambulance|ambulancia|emergency (room|department|services)|a&e|urgences|samu|spoedeisende|huisartsenpost|alarmcentral|skadestue|laegevagt|lægevagt|notaufnahme|notruf|rettungsdienst|urgencias|poison (control|centre|center)|centre antipoison|antigifcentrum|giftlinjen|giftnotruf|toxicologia)\b/;
const FIRST_PERSON =
  /\b(i|i'm|my|me|we|our|us|je|j|moi|mon|ma|mes|nous|ik|mijn|me|wij|we|ons|jeg|min|mit|mine|vi|vores|ich|mein|meine|mich|mir|wir|unser|yo|mi|mis|me|nosotros|nuestro)\b/;

function isEmergencyBoilerplate(line: string): boolean {
  const folded = foldText(line);
  return CONDITIONAL.test(folded) && EMERGENCY_SERVICE.test(folded) && !FIRST_PERSON.test(folded);
}

function isReplyHeader(lines: string[], i: number): number {
  const line = (lines[i] ?? '').trim();
  if (REPLY_HEADER_ONE_LINE.test(line)) return 1;
  const next = (lines[i + 1] ?? '').trim();
  if (REPLY_HEADER_START.test(line) && next && REPLY_HEADER_END.test(`${line} ${next}`)) return 2;
  if (SEPARATORS.some((re) => re.test(line))) return 1;
  if (HEADER_FROM.test(line)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++)
      if (HEADER_SENT.test((lines[j] ?? '').trim())) return 1;
  }
  return 0;
}

/** After a sign-off only a name, a role and contact lines follow; a question or a P.S. is content. */
function looksLikeSignature(rest: string[]): boolean {
  const lines = rest.map((l) => l.trim()).filter(Boolean);
  return (
    lines.length <= MAX_SIGNATURE_LINES &&
    lines.every((l) => l.length <= 60 && !l.includes('?') && !/^p\.?\s?s\b/i.test(l))
  );
}

function isDisclaimer(paragraph: string): boolean {
  const folded = foldText(paragraph);
  return (
    DISCLAIMER_CUES.test(folded) &&
    /(confidential|confidentiel|vertrouwelijk|fortrolig|vertraulich|confidencial|privileged|disclaimer)/.test(
      folded,
    )
  );
}

export function splitBody(body: string): SplitBody {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const fresh: string[] = [];
  const quoted: string[] = [];
  let forwarded = false;
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (FORWARD_SEPARATORS.some((re) => re.test(trimmed))) {
      forwarded = true;
      cut = i;
      break;
    }
    if (isReplyHeader(lines, i)) {
      cut = i;
      break;
    }
    if (/^>/.test(trimmed)) quoted.push(trimmed.replace(/^(?:>\s?)+/, ''));
    else fresh.push(lines[i] ?? '');
  }
  quoted.push(...lines.slice(cut));

  const boilerplate = fresh.filter(isEmergencyBoilerplate);
  const paragraphs = fresh
    .filter((line) => !isEmergencyBoilerplate(line))
    .join('\n')
    .split(/\n[ \t]*\n/);
  const disclaimers = paragraphs.filter(isDisclaimer);
  const content = paragraphs
    .filter((p) => !isDisclaimer(p))
    .join('\n\n')
    .split('\n');
  let end = content.length;
  for (let i = 0; i < content.length; i++) {
    const trimmed = (content[i] ?? '').trim();
    if (SIGNATURE_DELIMITER.test(content[i] ?? '') || MOBILE_FOOTER.test(trimmed)) {
      end = i;
      break;
    }
    if (i > 0 && SIGN_OFF.test(trimmed) && looksLikeSignature(content.slice(i + 1))) {
      end = i;
      break;
    }
  }
  const signature = [...content.slice(end), ...disclaimers, ...boilerplate];
  return {
    fresh: content.slice(0, end).join('\n').trim(),
    quoted: quoted.join('\n').trim(),
    signature: signature.join('\n').trim(),
    forwarded,
  };
}
