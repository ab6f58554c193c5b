// Red flags and escalations written in everyday French, Dutch and Danish (typos, missing accents,
// aa/oe/ae), and the traps that must not raise them: negated, past, hypothetical, general questions,
// auto-replies and newsletters. Each probe: text, expected reason, present (true) or absent (false).
import { describe, expect, it } from 'vitest';
import { detectEscalation, joinSubjectBody } from '../../src/core/escalation/detect';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang, Reason } from '../../src/core/types';

function reasons(body: string, language: DetectedLang, subject = ''): Reason[] {
  const medications = findMedications(joinSubjectBody(subject, body));
  const hits = detectEscalation({ subject, body, language, medications }).hits;
  return [...new Set(hits.map((h) => h.reason))].sort();
}

type Probe = [text: string, reason: Reason, present: boolean];

const PROBES: Record<'fr' | 'nl' | 'da', Probe[]> = {
  fr: [
    // (a) emergencies
    ['Mon mari respire mal depuis ce matin, il est tout pale.', 'emergency', true],
    ['Ma fille siffle quand elle respire et la ventoline ne fait rien', 'emergency', true],
    ['Mon pere a du mal a reprendre son souffle, il cherche son air', 'emergency', true],
    ['Mon fils a les levres bleues et il manque d air', 'emergency', true],
    ['Le bebe devient tout bleu, il respire tres vite', 'emergency', true],
    ["Apres l'amoxicilline elle a les levres toutes gonflees et des plaques partout", 'emergency', true],
    [
      'Ma mere est tres somnolente et on a du mal a la reveiller depuis ses nouveaux cachets',
      'emergency',
      true,
    ],
    ['Il ne se reveille pas vraiment, il est incoherent quand on lui parle', 'emergency', true],
    ['Elle est toute molle et ne repond pas quand on lui parle', 'emergency', true],
    [
      "Mon fils fait une crise, il a des secousses dans tout le corps et ca ne s'arrete pas",
      'emergency',
      true,
    ],
    ["J'ai une douleur qui serre dans la poitrine et qui descend dans le bras gauche", 'emergency', true],
    [
      "Ma mere a la bouche qui est tombee d'un cote et elle ne peut plus bouger le bras droit",
      'emergency',
      true,
    ],
    ['Mon pere a pris deux fois sa dose de morphine, il est tres endormi', 'emergency', true],
    ['Mon mari a avale toute sa plaquette de Xanax', 'emergency', true],
    ['Mon petit de 2 ans a avale une pile bouton !!', 'emergency', true],
    ["Ma fille a bu de l'eau de javel, elle a 3 ans", 'emergency', true],
    ["Je n'en peux plus de vivre, je veux en finir", 'emergency', true],
    ['Tout le monde serait mieux sans moi, je pense a tout avaler', 'emergency', true],
    ["Je suis sous Eliquis et je saigne du nez depuis une heure, ca ne s'arrete pas", 'emergency', true],
    [
      "Mon fils a de la fievre et des petites taches qui ne disparaissent pas quand j'appuie dessus",
      'emergency',
      true,
    ],
    ["J'ai un mal de tete d'un coup, le pire de ma vie", 'emergency', true],
    // (b) non-emergency escalations
    [
      'Depuis les nouveaux comprimes pour la tension, j ai les chevilles qui gonflent',
      'adverse_reaction',
      true,
    ],
    ['Mon fils a des boutons partout depuis qu il prend l antibiotique', 'adverse_reaction', true],
    ["Depuis que je suis passe au generique j'ai mal a l'estomac", 'adverse_reaction', true],
    ['Ce nouveau traitement ne me reussit pas du tout, je dors tres mal', 'adverse_reaction', true],
    ["J'ai pris mon comprime de Kardegic deux fois ce matin par distraction", 'dosing', true],
    ["Je ne sais plus si j'ai pris mon medicament pour la thyroide ce matin", 'dosing', true],
    ["On m'a donne du 20 mg au lieu du 10 mg, c'est pas le bon dosage", 'dosing', true],
    ["J'ai saute deux jours de traitement pendant les vacances", 'dosing', true],
    [
      "Je suis allergique a la penicilline, le medecin m'a prescrit de l'Augmentin, c'est ok ?",
      'allergy',
      true,
    ],
    ['Je nourris mon bebe au sein, le Doliprane est compatible ?', 'pregnancy', true],
    [
      'Le dentiste m a prescrit un antibiotique, ca pose probleme avec mon traitement pour la thyroide ?',
      'medication_conflict',
      true,
    ],
    ['Est-ce compatible avec mes comprimes pour le coeur ?', 'medication_conflict', true],
    ["La secu a refuse l'accord prealable pour mon Ozempic", 'prior_auth', true],
    ["On m'a vole mes antidouleurs, je peux avoir une nouvelle boite ?", 'controlled_substance', true],
    // (c) traps
    ["Je n'ai pas d'effets secondaires, merci de preparer mon renouvellement", 'adverse_reaction', false],
    ['Depuis le nouveau traitement je n ai aucun effet secondaire, merci', 'adverse_reaction', false],
    ['Aucune allergie connue. Pouvez-vous renouveler mon ordonnance ?', 'allergy', false],
    ["L'an dernier j'avais eu des boutons avec l'amoxicilline, mais c'est passe", 'adverse_reaction', false],
    ['Que faire si mon enfant avale un medicament par erreur ?', 'emergency', false],
    [
      "Reponse automatique : la pharmacie est fermee. En cas d'urgence, composez le 15 ou le 112.",
      'emergency',
      false,
    ],
    [
      'Newsletter : tout savoir sur les effets secondaires des vaccins et nos horaires d ete',
      'adverse_reaction',
      false,
    ],
    ["Mon fils n'a pas de fievre ni la nuque raide, juste le nez qui coule", 'emergency', false],
    ['Pas de douleur dans la poitrine, juste une petite toux', 'emergency', false],
    ['Je veux en finir avec ce rhume qui traine !', 'emergency', false],
    ["Il y a deux ans j'ai fait une reaction allergique grave a la penicilline", 'emergency', false],
    ['Si jamais j oublie un comprime, que dois-je faire ?', 'dosing', false],
    ['Je le prends deux fois par jour comme prescrit, pouvez-vous le preparer ?', 'dosing', false],
    ["Je ne prends plus de Xanax, juste mon Levothyrox s'il vous plait", 'controlled_substance', false],
    ["J'ai peur de me faire du mal ce soir", 'emergency', true],
  ],
  nl: [
    // (a) emergencies
    ['Mijn man is erg benauwd en krijgt bijna geen lucht', 'emergency', true],
    ['Mijn dochter piept bij het ademen en is ineens benauwd', 'emergency', true],
    ['Ik krijg moeilijk lucht sinds vanmiddag', 'emergency', true],
    ['Mijn zoontje hapt naar lucht', 'emergency', true],
    ['Na de amoxicilline is haar gezicht helemaal opgezwollen', 'emergency', true],
    ['Zijn tong voelt dik aan en hij kan moeilijk slikken na de nieuwe pil', 'emergency', true],
    ['Mijn moeder is heel suf en is bijna niet wakker te krijgen', 'emergency', true],
    ['Oma reageert niet meer als we haar aanspreken', 'emergency', true],
    ['Mijn vader is ineens heel verward, hij weet niet waar hij is', 'emergency', true],
    ['Mijn dochter ligt te schokken en het stopt niet', 'emergency', true],
    ['Het voelt alsof er een olifant op mijn borst zit', 'emergency', true],
    ['Ik heb steken in mijn borst en ben misselijk', 'emergency', true],
    ['Haar gezicht hangt aan een kant en ze praat raar', 'emergency', true],
    ['Ik heb per ongeluk twee keer mijn oxycodon genomen en ben nu heel slaperig', 'emergency', true],
    ['Mijn peuter heeft een knoopcelbatterij ingeslikt!', 'emergency', true],
    ['Mijn zoontje heeft van het schoonmaakmiddel gedronken', 'emergency', true],
    ['Ik zie het niet meer zitten', 'emergency', true],
    ['Ik wil er gewoon niet meer zijn, iedereen is beter af zonder mij', 'emergency', true],
    ['Ik gebruik Xarelto en mijn neus bloedt al een uur, het stopt niet', 'emergency', true],
    ['Mijn dochter heeft hoge koorts en vlekjes die niet weggaan als je drukt', 'emergency', true],
    ['Ik heb ineens de ergste hoofdpijn van mijn leven', 'emergency', true],
    // (b) non-emergency escalations
    ['Sinds de nieuwe pillen van de huisarts heb ik last van mijn maag', 'adverse_reaction', true],
    ['Ik ben zo duizelig van die nieuwe bloeddrukpillen', 'adverse_reaction', true],
    ['Van de nieuwe tabletten krijg ik elke dag hoofdpijn', 'adverse_reaction', true],
    ['Ik verdraag de nieuwe tabletten slecht', 'adverse_reaction', true],
    ['Ik heb vanochtend twee keer mijn metoprolol genomen', 'dosing', true],
    ['De apotheek heeft me de verkeerde sterkte meegegeven', 'dosing', true],
    ['Ik weet niet meer of ik mijn pil vanochtend al heb ingenomen', 'dosing', true],
    ['Ik ben gisteren vergeten mijn insuline te spuiten', 'dosing', true],
    ['Ik kreeg 20 mg in plaats van 10 mg mee', 'dosing', true],
    ['Ik ben allergisch voor penicilline, mag ik deze antibiotica wel?', 'allergy', true],
    ['Ik geef borstvoeding, mag ik ibuprofen?', 'pregnancy', true],
    ['Mag ik paracetamol nemen naast mijn bloedverdunner?', 'medication_conflict', true],
    ['Mijn zorgverzekeraar heeft de machtiging voor Ozempic afgekeurd', 'prior_auth', true],
    ['Ik ben mijn slaappillen kwijt, kan ik eerder nieuwe halen?', 'controlled_substance', true],
    // (c) traps
    ['Ik heb er geen last van, alles gaat goed met de nieuwe pillen.', 'adverse_reaction', false],
    ['Ik heb geen bijwerkingen gehad van de kuur.', 'adverse_reaction', false],
    ['Bijwerkingen heb ik niet, graag mijn herhaalrecept.', 'adverse_reaction', false],
    ['Wat moet ik doen als mijn kind per ongeluk een pil inslikt?', 'emergency', false],
    [
      'Afwezigheidsmelding: de apotheek is gesloten. Bel bij spoed 112 of de huisartsenpost.',
      'emergency',
      false,
    ],
    ['Vorig jaar had ik hartkloppingen van de pillen, maar dat is nu over.', 'adverse_reaction', false],
    [
      'Nieuwsbrief: alles over bijwerkingen van de griepprik en onze openingstijden',
      'adverse_reaction',
      false,
    ],
    ['Mijn moeder is niet benauwd en heeft geen koorts', 'emergency', false],
    ['Hij heeft nog nooit een epileptische aanval gehad', 'emergency', false],
    ['Wat zijn de bijwerkingen van metformine?', 'adverse_reaction', false],
    ['Ik zie het wel zitten, het gaat goed met me', 'emergency', false],
    ['Ik neem twee keer per dag mijn metoprolol, graag herhalen', 'dosing', false],
    ['Geen machtiging nodig voor dit middel volgens de verzekeraar', 'prior_auth', false],
    ['Ik ben gestopt met oxazepam, graag alleen mijn metformine herhalen', 'controlled_substance', false],
    ['Ik ben bang dat ik mezelf iets aandoe.', 'emergency', true],
    ['Ik ben zo bang dat ik er een eind aan maak', 'emergency', true],
  ],
  da: [
    // (a) emergencies
    ['Min mand kan ikke faa luft og hans laeber er blaa', 'emergency', true],
    ['Min datter hiver efter vejret', 'emergency', true],
    ['Han har svaert ved at faa vejret efter den nye medicin', 'emergency', true],
    ['Efter penicillinen er hans ansigt helt haevet og han har svaert ved at synke', 'emergency', true],
    ['Min mor er helt sloev og svaer at vaekke', 'emergency', true],
    ['Han reagerer ikke naar vi taler til ham', 'emergency', true],
    ['Farmor er pludselig meget forvirret efter de nye piller', 'emergency', true],
    ['Min soen har kramper og det stopper ikke', 'emergency', true],
    ['Jeg har en trykkende fornemmelse i brystet der straaler ud i armen', 'emergency', true],
    ['Det strammer i brystet og jeg sveder', 'emergency', true],
    ['Hans mund haenger i den ene side og han taler sloeret', 'emergency', true],
    ['Hun kan pludselig ikke loefte armen', 'emergency', true],
    ['Min mand har taget dobbelt dosis af sine sovepiller og er meget doesig', 'emergency', true],
    ['Han har taget hele glasset med panodil', 'emergency', true],
    ['Min soen paa 2 aar har slugt et knapcellebatteri', 'emergency', true],
    ['Min datter har drukket af opvaskemidlet', 'emergency', true],
    ['Jeg orker ikke mere. Jeg vil ikke leve mere', 'emergency', true],
    ['Alle ville have det bedre uden mig', 'emergency', true],
    ['Jeg faar Marevan og har bloedt fra naesen i over en time, det stopper ikke', 'emergency', true],
    ['Min soen har hoej feber og udslaet der ikke forsvinder naar man trykker', 'emergency', true],
    ['Jeg har pludselig faaet den vaerste hovedpine i mit liv', 'emergency', true],
    // (b) non-emergency escalations
    ['Efter de nye piller har jeg faaet ondt i maven', 'adverse_reaction', true],
    ['Den nye blodtryksmedicin giver mig hovedpine hver dag', 'adverse_reaction', true],
    ['Jeg har det daarligt med den nye medicin', 'adverse_reaction', true],
    ['Jeg kom til at tage to piller i stedet for en i morges', 'dosing', true],
    ['De har givet mig 50 mg i stedet for 25 mg', 'dosing', true],
    ['Jeg ved ikke om jeg har taget min medicin i morges', 'dosing', true],
    ['Jeg har glemt at tage min blodtryksmedicin i gaar', 'dosing', true],
    [
      'Jeg er allergisk over for penicillin, kan jeg tage den antibiotika laegen har udskrevet?',
      'allergy',
      true,
    ],
    ['Jeg ammer min soen, maa jeg tage ibuprofen?', 'pregnancy', true],
    ['Maa jeg tage panodil oven i min Marevan?', 'medication_conflict', true],
    ['Jeg har faaet afslag paa tilskud til min medicin', 'prior_auth', true],
    ['Tilskuddet til min Ozempic er udloebet', 'prior_auth', true],
    ['Mine morfinpiller er blevet stjaalet, kan jeg faa nye?', 'controlled_substance', true],
    // (c) traps
    ['Jeg har ikke haft bivirkninger af den nye medicin, kan I forny den?', 'adverse_reaction', false],
    ['Bivirkninger har jeg ikke maerket.', 'adverse_reaction', false],
    ['Hvad goer jeg hvis mit barn sluger en pille?', 'emergency', false],
    ['Autosvar: Apoteket er lukket i weekenden. Ring 112 ved akut sygdom.', 'emergency', false],
    ['Ingen allergier. Jeg vil gerne bestille min faste medicin.', 'allergy', false],
    ['Sidste aar fik jeg udslaet af penicillin, men nu er det vaek', 'adverse_reaction', false],
    ['Nyhedsbrev: Laes om bivirkninger ved vacciner og vores nye aabningstider', 'adverse_reaction', false],
    ['Hun har ikke feber og ingen stiv nakke', 'emergency', false],
    ['Jeg orker ikke mere at vente i telefonkoe!', 'emergency', false],
    ['Jeg har taget alle mine piller i dag som jeg skal', 'emergency', false],
    ['Hvad er bivirkningerne ved Metformin?', 'adverse_reaction', false],
    ['Jeg kan ikke bevaege armen efter vaccinen, er det normalt?', 'emergency', false],
    ['Jeg tager ikke laengere tramadol, bare forny min Panodil', 'controlled_substance', false],
    ['Jeg er bange for at jeg gør skade på mig selv', 'emergency', true],
  ],
};

for (const lang of ['fr', 'nl', 'da'] as const) {
  describe(`red flags in everyday words (${lang})`, () => {
    it.each(PROBES[lang])('%s → %s %s', (text, reason, present) => {
      const got = reasons(text, lang);
      expect(got.includes(reason), `got [${got.join(', ')}]`).toBe(present);
    });
  });
}
