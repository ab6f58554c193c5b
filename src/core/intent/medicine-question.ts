// A short question about a medicine is a pharmacist's question unless the words say otherwise
// (stock, pickup, price: the model knows those). Consumers ask "what is X for", "how long does X
// take", "X and alcohol?" in a line or two, with none of the words a refill or an order carries.
import type { DetectedLang, MedicationMention } from '../types';
import { words } from '../text/normalize';

const MAX_WORDS = 80;
// "metoprolol and grapefruit", "lantus vs novorapid": a line that names a medicine and asks for
// nothing the front desk does is a question even without a question mark.
const TERSE_WORDS = 25;
const QUESTION_OPENERS = new Set([
  // en
  'what',
  'how',
  'can',
  'could',
  'is',
  'are',
  'does',
  'do',
  'should',
  'why',
  'when',
  'which',
  'will',
  'may',
  'would',
  'whats',
  // fr
  'est',
  'comment',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'pourquoi',
  'peut',
  'puis',
  'combien',
  'faut',
  'dois',
  // nl
  'wat',
  'hoe',
  'kan',
  'mag',
  'moet',
  'waarom',
  'welke',
  'hoeveel',
  'wanneer',
  'kun',
  'kunnen',
  'mogen',
  // da
  'hvad',
  'hvordan',
  'må',
  'ma',
  'skal',
  'er',
  'hvorfor',
  'hvilken',
  'hvilke',
  'hvor',
  'hvornår',
  'hvornar',
  'kan',
  // de
  'was',
  'wie',
  'kann',
  'darf',
  'soll',
  'ist',
  'warum',
  'welche',
  'wann',
  'wieviel',
  // es
  'que',
  'como',
  'puedo',
  'puede',
  'es',
  'por',
  'cual',
  'cuanto',
  'cuantos',
  'cuando',
  'debo',
  'se',
]);
const MEDICINE_WORDS =
  /\b(medicine|medication|meds|drug|pill|tablet|capsule|dose|dosage|mg|ointment|cream|inhaler|injection|vaccine|antibiotic|medicament|médicament|comprime|comprimé|gelule|gélule|pommade|sirop|medicijn|geneesmiddel|pil|tablet|zalf|medicin|lægemiddel|laegemiddel|pille|salve|medikament|tablette|salbe|medicamento|pastilla|comprimido|jarabe|pomada)s?\b/i;

// Words of requests the front desk handles: a question carrying one of them is about that request.
const ADMIN_WORDS =
  /\b(refill\w*|renew\w*|repeat|prescription|script|order\w*|stock|in store|available|deliver|delivery|pick ?up|collect|ready|price|cost|pay|paid|invoice|bill|charge|insurance|insurer|cover|covered|reimburse|appointment|book|booking|open|opening|hours|renouvel\w*|ordonnance|commande\w*|dispo\w*|livr\w*|retir\w*|recuper\w*|prix|payer|factur\w*|mutuelle|rembours\w*|rendez|rdv|herhaal\w*|recept|bestel\w*|voorraad|leverbaar|bezorg\w*|ophalen|afhalen|prijs|betal\w*|factuur|verzeker\w*|vergoed\w*|afspraak|forny\w*|recepten|bestil\w*|lager|levering|lever\w*|hent\w*|afhent\w*|pris|faktura|tilskud|tid|rezept|bestell\w*|vorrat|lieferbar|liefer\w*|abhol\w*|preis|bezahl\w*|rechnung|versicher\w*|termin|receta|pedido|pedir|disponible|entrega|recoger|precio|pagar|factura|seguro|cita|ship\w*|transfer\w*|receipt|co-?pay\w*|shortage|(another|new|nouvelle|nieuwe|ny|nye|nueva|neue|otra) (box|boxes|pack|packet|bottle|supply|boite|boîte|doos|doosje|pakke|pakning|caja|packung|schachtel)|last (box|pack|packet)|bijna op|klaar\w*|klar|presque (fini|termin\w*|vide)|(løbet|lobet|løber|lober) tør|næsten (tom|slut)|naesten (tom|slut)|(op)?halen|chercher|mangler|aanvra\w*|nieuwe (doos|strip|verpakking)|doosjes?|dozen|box(es)?|packs?|packets?|boites?|boîtes?|pakker?|pakning(er)?|cajas?|envases?|packung(en)?|schachteln?)\b/i;

// Words that make a terse line a request ("got any mounjaro pens", "running low on metformin") but
// that a real question may carry too ("does metformin have any side effects?").
const SUPPLY_WORDS =
  /\b(thanks for|thank you for|(got|have) any|(run|running|ran) (out|low)|almost (out|gone|finished)|prepar\w*|(is|zijn|raakt|raken) op|supply)\b/i;

export function isMedicineQuestion(
  text: string,
  medications: MedicationMention[],
  _language: DetectedLang,
): boolean {
  const tokens = words(text);
  if (!tokens.length || tokens.length > MAX_WORDS) return false;
  const asksOutright = text.includes('?') || QUESTION_OPENERS.has(tokens[0]!);
  const terse = !asksOutright && tokens.length <= TERSE_WORDS && medications.length > 0;
  if (!asksOutright && !terse) return false;
  if (!medications.length && !MEDICINE_WORDS.test(text)) return false;
  return !ADMIN_WORDS.test(text) && !(terse && SUPPLY_WORDS.test(text));
}
