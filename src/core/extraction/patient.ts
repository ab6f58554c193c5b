// The first name to greet in a reply: the sender's. From the From header's display name unless it
// is an organisation or a no-reply address, else a self-introduction ("my name is Anna"), else the
// sign-off ("Thanks, Anna", "Cordialement,\nMarie Dupont", "Mvh Lars"). A person the sender writes
// about ("my mother Marie") is never greeted.
import type { DetectedLang } from '../types';
import { foldString } from '../escalation/text';
import { findMedications } from './medications';

export interface PatientInput {
  from?: string;
  body?: string;
  signature?: string;
  language?: DetectedLang;
}

const ORG_WORDS = new Set(
  (
    'pharmacy pharmacie apotheek apotek apoteket apotheke farmacia drugstore chemist chemists clinic clinique kliniek klinik clinica ' +
    'hospital hopital ziekenhuis sygehus hospitalet krankenhaus practice surgery medical medisch medizinisch health sante gezondheid ' +
    'sundhed gesundheit salud care zorg insurance assurance assurances mutuelle verzekering verzekeringen forsikring versicherung ' +
    'seguros seguro ltd inc llc gmbh bv nv aps as sarl sas sa sl corp company co team support service services servicio info ' +
    'information admin administration office bureau kantoor kontor buro newsletter nieuwsbrief noreply donotreply notification ' +
    'notifications mailer daemon postmaster customer customers billing accounts account labs laboratory laboratoire laboratorium ' +
    'lab group groupe groep family famille familie familia the cabinet centre center centrum praktijk huisartsenpraktijk laegehus ' +
    'praxis consultorio gp nhs cpam region regionen kommune gemeente ameli dokter doctors artsen shop store webshop online ' +
    'reception receptie secretariat secretariaat sekretariat orders order delivery levering automated auto reply system'
  ).split(' '),
);

const NO_REPLY_LOCAL =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|ikke[-_.]?svar|geen[-_.]?antwoord|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|keine[-_.]?antwort|info|contact|admin|support|service|notifications?|mailer[-_.]?daemon|postmaster|newsletter|bounce|hello|office|team|billing|orders?|apotek|apotheek|pharmacie|pharmacy|reception)$/;

/** Parts of organisation names inside compounds: Praxisteam, SwiftParcel, Apotheek Noord. */
const ORG_PARTS =
  /(team|praxis|apothe|apotek|pharma|klinik|clinic|service|support|parcel|health|dental|surgery|pediatric|paediatric)/;

function looksLikeOrganisation(word: string): boolean {
  if (/^[A-Z]{2,3}$/.test(word)) return true; // RX, PTA, GP
  if (/^[A-Za-z]+[a-z][A-Z]/.test(word) && !/^(Mc|Mac|O)[A-Z]/.test(word)) return true; // PostNord, VaxCare, MitID
  if (/^[a-z]+-[A-Z]/.test(word)) return true; // e-Boks
  return word.length >= 6 && ORG_PARTS.test(foldString(word));
}

const HONORIFICS = new Set(
  'mr mrs ms miss mx dr doctor prof mme mlle m monsieur madame mevr mevrouw dhr heer hr fru frk frau herr sr sra srta don dona dott'.split(
    ' ',
  ),
);

/** Words never taken for a first name. */
const COMMON = new Set(
  (
    'thanks thank thx ty regards best cheers sincerely yours kind warm many love hi hello hey dear good morning afternoon evening ' +
    'merci cordialement bonjour bonsoir salut bien a vous bonne journee amicalement salutations bisous respectueusement ' +
    'groeten groet groetjes vriendelijke met hartelijke dank bedankt hallo mvg gr hoi beste ' +
    'hilsen venlig mvh vh kh kaerlig tak hej kaere ' +
    'gruss gruesse grusse freundlichen mfg lg vg danke hallo liebe lieber sehr geehrte ' +
    'saludos atentamente gracias hola un abrazo cordial ' +
    'sent from my iphone ipad android mobile samsung galaxy outlook gmail mail email phone tel telephone get ' +
    'patient pharmacist pharmacien apotheker farmaceut farmaceutico doctor docteur dokter arzt medico nurse ' +
    'mom mum mother dad father son daughter wife husband partner maman papa mere pere fils fille mari femme ' +
    'moeder vader zoon dochter man vrouw mor far soen datter kone mutter vater sohn tochter madre padre hijo hija ' +
    'please pls asap urgent question help yes no ok okay sorry again soon everyone all team anyway also ' +
    'pregnant allergic worried concerned sick ill fine writing calling not very so still new here back unable ' +
    'enceinte allergique inquiet inquiete malade zwanger allergisch ziek gravid allergisk syg schwanger krank embarazada alergica alergico'
  ).split(' '),
);

const WEEKDAY_MONTH =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lordag|loerdag|sondag|soendag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo)$/;

const SIGN_OFF = new RegExp(
  '^(?:' +
    [
      'many thanks',
      'thanks (?:a lot|again|so much|in advance)',
      'thank you(?: (?:so much|very much|in advance))?',
      'thanks',
      'thx',
      'ty',
      '(?:kind|best|warm|warmest)? ?regards',
      'best(?: wishes)?',
      'cheers',
      'sincerely',
      'yours(?: sincerely| truly| faithfully)?',
      'all the best',
      'love',
      "merci(?: beaucoup| d'avance| par avance)?",
      'cordialement',
      'bien (?:a|à) vous',
      'bien cordialement',
      'bonne (?:journ[ée]e|soir[ée]e)',
      'salutations(?: distingu[ée]es)?',
      'amicalement',
      'bisous',
      'belle journ[ée]e',
      '(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?',
      'groet(?:en|jes)?',
      'mvg',
      'gr',
      'alvast bedankt',
      'bedankt',
      'dank(?:je(?:wel)?| u(?: wel)?)?',
      '(?:med )?venlig(?:st)? hilsen',
      'hilsen',
      'mvh',
      'vh',
      'kh',
      'k[æa]rlig hilsen',
      'de bedste hilsner',
      'tak(?: for hj[æa]lpen| på forh[åa]nd)?',
      'mit freundlichen gr[üu](?:ß|ss)en',
      'mfg',
      '(?:viele|liebe|beste|freundliche|herzliche) gr[üu](?:ß|ss)e',
      'lg',
      'vg',
      'gru(?:ß|ss)',
      'danke(?: schön| sch[öo]n)?',
      'saludos(?: cordiales)?',
      'un saludo',
      'atentamente',
      '(?:muchas )?gracias',
      'un abrazo',
      'cordialmente',
    ].join('|') +
    ')\\b[\\s,.!:;-]*(.*)$',
  'i',
);

const SELF_INTRO = new RegExp(
  "(?:^|[.!?\\n]\\s*|,\\s*)(?:my name is|my name's|this is|i am|i'm|je m'appelle|je suis|mon nom est|mijn naam is|ik ben|ik heet|jeg hedder|mit navn er|jeg er|ich hei(?:ß|ss)e|mein name ist|ich bin|me llamo|mi nombre es|soy)\\s+" +
    "([A-ZÀ-ÖØ-Þ][\\p{L}'-]+)(?:\\s+[A-ZÀ-ÖØ-Þ][\\p{L}'-]+)?\\s*(?:[,.!\\n]|$|(?:from|and|de|et|van|en|fra|og|von|aus|und|y|here|ici|hier)\\b)",
  'iu',
);

const CAREGIVER = new RegExp(
  '\\b(?:my|our|ma|mon|notre|mijn|onze|min|mit|vores|mein|meine|unser|unsere|mi|nuestra|nuestro)\\s+' +
    '(?:mother|mum|mom|father|dad|son|daughter|husband|wife|partner|grandmother|grandfather|grandma|grandpa|nan|aunt|uncle|brother|sister|child|friend|neighbour|neighbor|patient|' +
    'm[èe]re|maman|p[èe]re|papa|fils|fille|mari|femme|grand-m[èe]re|grand-p[èe]re|fr[èe]re|s(?:œ|oe)ur|enfant|voisine?|amie?|' +
    'moeder|vader|zoon|dochter|man|vrouw|oma|opa|broer|zus|kind|buurvrouw|buurman|' +
    'mor|far|s[øo]n|datter|mand|kone|mormor|morfar|farmor|farfar|bror|s[øo]ster|barn|nabo|' +
    'mutter|vater|sohn|tochter|mann|frau|oma|opa|bruder|schwester|' +
    'madre|padre|hijo|hija|marido|mujer|esposa|esposo|abuela|abuelo|hermano|hermana|vecina|vecino)' +
    "(?:\\s*,)?\\s+([A-ZÀ-ÖØ-Þ][\\p{L}'-]+)",
  'gu',
);

const ON_BEHALF =
  /\b(?:on behalf of|for|pour|de la part de|namens|voor|på vegne af|for|im namen von|für|en nombre de|para)\s+([A-ZÀ-ÖØ-Þ][\p{L}'-]+)/gu;

function capitalise(w: string): string {
  return w
    .split('-')
    .map((p) => (p ? p[0]!.toLocaleUpperCase() + p.slice(1).toLocaleLowerCase() : p))
    .join('-');
}

/** The word if it looks like a first name, capitalised; else null. */
function asFirstName(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (w.length < 2 || w.length > 20) return null;
  if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) return null;
  const f = foldString(w);
  if (COMMON.has(f) || HONORIFICS.has(f) || ORG_WORDS.has(f) || WEEKDAY_MONTH.test(f)) return null;
  if (looksLikeOrganisation(w)) return null;
  if (findMedications(w).length > 0) return null;
  return capitalise(w);
}

/** First name from a person's full name ("Anna Smith", "Smith, Anna", "Dr. Smith" → null). */
function firstNameOf(full: string): string | null {
  let s = full.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (!s) return null;
  const words = foldString(s)
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  if (words.some((w) => ORG_WORDS.has(w))) return null;
  if (s.split(/\s+/).some((w) => looksLikeOrganisation(w.replace(/[^\p{L}-]/gu, '')))) return null;
  if (/\d/.test(s)) return null;
  if (s.includes(',')) {
    const [last, first] = s.split(',').map((x) => x.trim());
    if (first && last) s = `${first} ${last}`;
  }
  const parts = s.split(' ').filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const firstFold = foldString(parts[0]!).replace(/\.$/, '');
  if (HONORIFICS.has(firstFold)) return null; // "Dr. Martin": no first name to greet
  return asFirstName(parts[0]);
}

function parseFrom(from: string): { name: string; local: string } {
  const m = from.match(/^\s*(.*?)\s*<([^>]*)>\s*$/);
  let name = '';
  let address = from.trim();
  if (m) {
    name = (m[1] ?? '').replace(/^["']|["']$/g, '').trim();
    address = (m[2] ?? '').trim();
  } else {
    const p = from.match(/^\s*([^\s(]+@[^\s(]+)\s*\((.*)\)\s*$/);
    if (p) {
      address = p[1] ?? '';
      name = (p[2] ?? '').trim();
    }
  }
  const local = (address.split('@')[0] ?? '').toLowerCase();
  return { name: name.includes('@') ? '' : name, local };
}

function fromHeader(from: string | undefined): string | null {
  if (!from) return null;
  const { name, local } = parseFrom(from);
  if (NO_REPLY_LOCAL.test(local) || /no-?reply|do-?not-?reply|mailer-daemon/.test(local)) return null;
  if (name) return firstNameOf(name);
  // anna.smith@… → Anna
  const lp = local.split(/[._-]/);
  if (lp.length >= 2 && /^[a-z]{2,15}$/.test(lp[0] ?? '') && /^[a-z]{2,20}$/.test(lp[1] ?? '')) {
    if (lp.some((w) => ORG_WORDS.has(w))) return null;
    return asFirstName(lp[0]);
  }
  return null;
}

function signOff(text: string, allowBareName = true): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const tail = lines.slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i] as string;
    const m = line.match(SIGN_OFF);
    if (!m) continue;
    const rest = ((m[1] ?? '').split(',')[0] ?? '').trim();
    if (rest) {
      const n = firstNameOf(rest.replace(/[.!]+$/, ''));
      if (n) return n;
      continue;
    }
    const next = tail[i + 1];
    if (next && next.length <= 40) {
      const n = firstNameOf(next.replace(/[.!,]+$/, ''));
      if (n) return n;
    }
  }
  // a bare name as the last line ("Anna", "Lars Hansen")
  const last = tail[tail.length - 1];
  if (
    allowBareName &&
    last &&
    tail.length > 1 &&
    /^[A-ZÀ-ÖØ-Þ][\p{L}'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\p{L}'-]+)?\.?$/u.test(last)
  ) {
    return firstNameOf(last.replace(/\.$/, ''));
  }
  return null;
}

function others(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [CAREGIVER, ON_BEHALF]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (m[1]) out.add(foldString(m[1]));
  }
  return out;
}

export function extractPatientFirstName(input: PatientInput): string | null {
  const body = (input.body ?? '').slice(0, 20_000);
  const signature = (input.signature ?? '').slice(0, 2_000);
  const notSender = others(body);
  const ok = (n: string | null): n is string => n !== null && !notSender.has(foldString(n));

  const fromName = fromHeader(input.from);
  if (ok(fromName)) return fromName;

  const intro = body.match(SELF_INTRO);
  const introWord = intro?.[1];
  const introName = introWord && /^\p{Lu}/u.test(introWord) ? asFirstName(introWord) : null;
  if (ok(introName)) return introName;

  const titled = /^\s*(dr|doctor|prof|dott)\b/i.test(parseFrom(input.from ?? '').name);
  const signed = signOff(body, !titled) ?? (signature ? signOff(`-\n${signature}`, !titled) : null);
  if (ok(signed)) return signed;

  if (signature) {
    const firstLine = signature
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean);
    const n = firstLine ? firstNameOf(firstLine.replace(/^[-–—\s]+/, '')) : null;
    if (ok(n)) return n;
  }
  return null;
}
