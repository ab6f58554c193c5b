import { describe, expect, it } from 'vitest';
import { detectEscalation, joinSubjectBody } from '../../src/core/escalation/detect';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang, Reason } from '../../src/core/types';

function run(body: string, language: DetectedLang, subject = '') {
  const medications = findMedications(joinSubjectBody(subject, body));
  return detectEscalation({ subject, body, language, medications });
}

function reasons(body: string, language: DetectedLang, subject = ''): Reason[] {
  return [...new Set(run(body, language, subject).hits.map((h) => h.reason))].sort();
}

type Case = [reason: Reason, positive: string, trap: string];

// For every reason: a message that must raise it, and a negated / past / question trap that must not.
const TABLE: Record<'en' | 'fr' | 'nl' | 'da', Case[]> = {
  en: [
    ['emergency', 'My husband has crushing chest pain and is sweating.', 'No chest pain, just a mild cough.'],
    [
      'adverse_reaction',
      'Since I started the new tablets I get terrible headaches.',
      'What are the side effects of atorvastatin?',
    ],
    [
      'allergy',
      "I'm allergic to penicillin, is amoxicillin ok for me?",
      'No known drug allergies. Please refill my metformin.',
    ],
    [
      'symptoms',
      'My daughter has had a high temperature and a rash since yesterday.',
      'The rash I had last year is gone now.',
    ],
    [
      'dosing',
      'I accidentally took a double dose of my blood pressure pills this morning.',
      'I have never missed a dose, can you refill my metformin?',
    ],
    [
      'controlled_substance',
      'Can I get my oxycodone refilled early? My bag was stolen.',
      'I no longer take oxycodone. Please refill my metformin.',
    ],
    [
      'prior_auth',
      'The prior authorization for my Ozempic was denied by my insurer.',
      'My insurer says no prior authorization is needed for this one.',
    ],
    [
      'medication_conflict',
      'My cardiologist prescribed bisoprolol but my GP told me to take metoprolol.',
      'The pharmacist checked and there are no interactions, thanks.',
    ],
    [
      'pregnancy',
      "I'm 12 weeks pregnant, can I keep taking sertraline?",
      'I am not pregnant. Can I book a flu shot?',
    ],
  ],
  fr: [
    [
      'emergency',
      'Ma mère a une douleur dans la poitrine depuis une heure.',
      'Pas de douleur à la poitrine, juste un peu de toux.',
    ],
    [
      'adverse_reaction',
      "J'ai des vertiges depuis que j'ai commencé le nouveau traitement.",
      "Quels sont les effets secondaires de l'atorvastatine ?",
    ],
    [
      'allergy',
      "Je suis allergique à la pénicilline, est-ce que l'amoxicilline est possible ?",
      "Pas d'allergie connue. Merci de renouveler ma metformine.",
    ],
    [
      'symptoms',
      'Mon fils a de la fièvre et des boutons partout depuis hier.',
      "J'ai eu une éruption l'an dernier mais c'est passé.",
    ],
    [
      'dosing',
      "J'ai pris deux fois la dose de mon antibiotique ce matin par erreur.",
      "Je n'ai jamais oublié de dose, merci de renouveler mon ordonnance.",
    ],
    [
      'controlled_substance',
      "Pouvez-vous renouveler mon Skenan ? J'ai perdu ma boîte.",
      'Je ne prends plus de Skenan. Merci pour la metformine.',
    ],
    [
      'prior_auth',
      "La demande d'accord préalable pour mon traitement a été refusée.",
      'Bonjour, pouvez-vous préparer ma commande ?',
    ],
    [
      'medication_conflict',
      "Le cardiologue m'a prescrit du bisoprolol mais mon médecin traitant m'a dit d'arrêter.",
      "Pas d'interaction selon le pharmacien, merci.",
    ],
    [
      'pregnancy',
      'Je suis enceinte de 3 mois, puis-je prendre du Doliprane ?',
      'Je ne suis pas enceinte. Je voudrais un rendez-vous pour le vaccin.',
    ],
  ],
  nl: [
    [
      'emergency',
      'Mijn vader heeft pijn op de borst en is erg zweterig.',
      'Geen pijn op de borst, alleen wat hoesten.',
    ],
    [
      'adverse_reaction',
      'Ik word erg duizelig van de nieuwe pillen.',
      'Wat zijn de bijwerkingen van atorvastatine?',
    ],
    [
      'allergy',
      'Ik ben allergisch voor penicilline, mag ik amoxicilline?',
      'Geen allergieën bekend. Graag mijn herhaalrecept metformine.',
    ],
    [
      'symptoms',
      'Mijn dochter heeft sinds gisteren koorts en uitslag.',
      'Vorig jaar had ik uitslag, maar dat is nu weg.',
    ],
    [
      'dosing',
      'Ik heb per ongeluk een dubbele dosis van mijn bloeddrukpillen genomen.',
      'Ik heb nooit een dosis overgeslagen, graag mijn herhaalrecept.',
    ],
    [
      'controlled_substance',
      'Kan ik mijn oxycodon eerder ophalen? Mijn tas is gestolen.',
      'Ik gebruik geen oxycodon meer. Graag metformine.',
    ],
    [
      'prior_auth',
      'De machtiging voor mijn medicijn is afgewezen door de verzekeraar.',
      'Kunt u mijn bestelling klaarzetten?',
    ],
    [
      'medication_conflict',
      'De cardioloog heeft bisoprolol voorgeschreven maar mijn huisarts zegt stoppen.',
      'Er is geen wisselwerking volgens de apotheker, dank u.',
    ],
    [
      'pregnancy',
      'Ik ben zwanger, mag ik paracetamol gebruiken?',
      'Ik ben niet zwanger. Ik wil graag een afspraak voor de griepprik.',
    ],
  ],
  da: [
    [
      'emergency',
      'Min far har smerter i brystet og sveder meget.',
      'Ingen smerter i brystet, bare lidt hoste.',
    ],
    ['adverse_reaction', 'Jeg bliver svimmel af de nye piller.', 'Hvad er bivirkningerne ved atorvastatin?'],
    [
      'allergy',
      'Jeg er allergisk over for penicillin, må jeg tage amoxicillin?',
      'Ingen kendte allergier. Venligst forny min metformin.',
    ],
    [
      'symptoms',
      'Min datter har haft feber og udslæt siden i går.',
      'Sidste år havde jeg udslæt, men det er væk nu.',
    ],
    [
      'dosing',
      'Jeg har ved en fejl taget dobbelt dosis af mine blodtrykspiller.',
      'Jeg har aldrig glemt en dosis, venligst forny min recept.',
    ],
    [
      'controlled_substance',
      'Kan jeg få min oxycodon tidligere? Min taske blev stjålet.',
      'Jeg tager ikke længere oxycodon. Venligst metformin.',
    ],
    [
      'prior_auth',
      'Mit enkelttilskud er udløbet og apoteket siger jeg skal betale fuld pris.',
      'Kan I gøre min bestilling klar?',
    ],
    [
      'medication_conflict',
      'Kardiologen har ordineret bisoprolol men min egen læge siger jeg skal stoppe.',
      'Ingen interaktioner ifølge apotekeren, tak.',
    ],
    [
      'pregnancy',
      'Jeg er gravid, må jeg tage paracetamol?',
      'Jeg er ikke gravid. Jeg vil gerne bestille tid til influenzavaccination.',
    ],
  ],
};

describe('detectEscalation: every reason in every first-class language', () => {
  for (const [lang, cases] of Object.entries(TABLE) as [DetectedLang, Case[]][]) {
    for (const [reason, positive, trap] of cases) {
      it(`${lang} ${reason}: raised`, () => {
        expect(reasons(positive, lang)).toContain(reason);
      });
      it(`${lang} ${reason}: not raised by the trap`, () => {
        expect(reasons(trap, lang)).not.toContain(reason);
      });
    }
  }
});

describe('detectEscalation: German and Spanish basics', () => {
  const cases: [DetectedLang, string, Reason][] = [
    ['de', 'Ich bekomme seit dem Antibiotikum keine Luft mehr.', 'emergency'],
    ['de', 'Seit ich das neue Medikament nehme, habe ich Ausschlag.', 'adverse_reaction'],
    ['de', 'Ich bin allergisch gegen Penicillin.', 'allergy'],
    ['de', 'Ich brauche mein Tilidin früher, es wurde gestohlen.', 'controlled_substance'],
    ['de', 'Ich bin schwanger, darf ich Ibuprofen nehmen?', 'pregnancy'],
    ['es', 'No puedo respirar desde que tomé el antibiótico.', 'emergency'],
    ['es', 'Desde que empecé con la pastilla nueva tengo ronchas.', 'adverse_reaction'],
    ['es', 'Soy alérgica a la penicilina.', 'allergy'],
    ['es', 'Necesito más Orfidal, me robaron la caja.', 'controlled_substance'],
    ['es', 'Estoy embarazada, ¿puedo tomar ibuprofeno?', 'pregnancy'],
  ];
  for (const [lang, text, reason] of cases) {
    it(`${lang}: ${reason}`, () => expect(reasons(text, lang)).toContain(reason));
  }
  it('de/es negations do not raise', () => {
    expect(reasons('Ich habe keine Nebenwirkungen.', 'de')).toEqual([]);
    expect(reasons('Ich nehme kein Tavor mehr.', 'de')).toEqual([]);
    expect(reasons('No tengo efectos secundarios.', 'es')).toEqual([]);
    expect(reasons('Ya no tomo Orfidal.', 'es')).toEqual([]);
  });
});

describe('emergency patterns', () => {
  const cases: [DetectedLang, string][] = [
    ['en', 'He took a double dose of his sleeping tablets and now he is very drowsy.'],
    ['en', 'I took a double dose by mistake. Now I can\u2019t wake my husband properly.'],
    ['en', "I can't breathe since the antibiotic"],
    ['en', 'cant breath after the new pills, pls help'],
    ['en', 'Her lips and tongue are swelling after the first dose.'],
    ['en', 'My mum overdosed on her pills and is unresponsive.'],
    ['en', 'I keep having suicidal thoughts since the new antidepressant.'],
    ['en', 'My father collapsed and is unconscious.'],
    ['en', 'My son had a seizure an hour ago.'],
    ['en', 'Her face is drooping and her speech is slurred.'],
    ['en', 'My 2 year old son swallowed some of my pills!'],
    ['fr', 'Mon fils a avalé des comprimés de ma boîte.'],
    ['fr', "Je n'arrive plus à respirer depuis l'antibiotique."],
    ['fr', 'Ses lèvres gonflent et il a du mal à respirer.'],
    ['fr', 'Il a fait une crise convulsive ce matin.'],
    ['fr', 'Elle a la bouche de travers et parle bizarrement, AVC ?'],
    ['fr', "J'ai des idées suicidaires depuis ce traitement."],
    ['nl', 'Mijn zoon heeft pillen van oma ingeslikt.'],
    ['nl', 'Ik kan sinds de antibiotica bijna niet meer ademen.'],
    ['nl', 'Hij heeft een dubbele dosis genomen en is nu niet wakker te krijgen.'],
    ['nl', 'Haar gezicht is opgezwollen en ze is erg benauwd.'],
    ['da', 'Min søn har slugt nogle af mormors piller.'],
    ['da', 'Jeg kan ikke få luft efter penicillinen.'],
    ['da', 'Han har fået et krampeanfald.'],
    ['da', 'Hun har en skæv mund og sløret tale.'],
    ['de', 'Er ist bewusstlos und reagiert nicht.'],
    ['es', 'Mi hijo se ha tragado unas pastillas.'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => expect(reasons(text, lang)).toContain('emergency'));
  }

  it('runs the emergency phrases of every language, whatever the detected language', () => {
    expect(reasons('Min søn har slugt nogle piller', 'en')).toContain('emergency');
    expect(reasons("Je n'arrive plus à respirer", 'nl')).toContain('emergency');
  });

  it('a double dose alone is dosing, not an emergency', () => {
    const r = reasons('I took a double dose of my vitamin D this morning, is that a problem?', 'en');
    expect(r).toContain('dosing');
    expect(r).not.toContain('emergency');
  });

  it('does not fire on questions, hypotheticals or the past', () => {
    expect(reasons('Is chest pain a side effect of amlodipine?', 'en')).not.toContain('emergency');
    expect(reasons('What should I do if he has a seizure?', 'en')).not.toContain('emergency');
    expect(reasons('My dad had a stroke years ago, he needs his apixaban refill.', 'en')).not.toContain(
      'emergency',
    );
  });
});

describe('question versus report', () => {
  it('a general question about side effects is not an adverse reaction', () => {
    expect(reasons('What are the side effects of metformin?', 'en')).not.toContain('adverse_reaction');
    expect(reasons('Quels sont les effets secondaires du Doliprane ?', 'fr')).not.toContain(
      'adverse_reaction',
    );
  });
  it('a question that reports something experienced is', () => {
    expect(reasons('Could this rash be a side effect of the amoxicillin?', 'en')).toContain(
      'adverse_reaction',
    );
    expect(reasons('Is it normal that my son is so dizzy since he started methylphenidate?', 'en')).toContain(
      'adverse_reaction',
    );
  });
  it('a caregiver report counts', () => {
    expect(reasons('My mother has been vomiting since she started the new antibiotic.', 'en')).toContain(
      'adverse_reaction',
    );
  });
  it('a past allergy still counts; a negated one does not', () => {
    expect(
      reasons('I had an allergic reaction to penicillin as a child. Is cefalexin safe?', 'en'),
    ).toContain('allergy');
    expect(reasons('Allergies: none.', 'en')).not.toContain('allergy');
    expect(reasons("Allergies : néant. Merci de préparer l'ordonnance.", 'fr')).not.toContain('allergy');
  });
  it('post-position negation in Dutch and Danish', () => {
    expect(reasons('Bijwerkingen heb ik niet gehad.', 'nl')).toEqual([]);
    expect(reasons('Ik heb er geen last van.', 'nl')).toEqual([]);
    expect(reasons('Jeg har ikke haft bivirkninger.', 'da')).toEqual([]);
    expect(reasons('Bivirkninger har jeg ikke haft.', 'da')).toEqual([]);
  });
  it('not tolerating a medicine is an intolerance, not a negated allergy', () => {
    expect(
      reasons("Ordonnance jointe pour mon mari, il ne supporte pas l'aspirine (allergie).", 'fr'),
    ).toContain('allergy');
    expect(reasons('My husband does not tolerate aspirin, here is his new prescription.', 'en')).toContain(
      'allergy',
    );
  });
  it('a missing prior authorisation is a reason; one that is not needed is not', () => {
    expect(reasons('No prior authorization on file, the insurer says.', 'en')).toContain('prior_auth');
    expect(reasons("We don't have the prior authorization yet.", 'en')).toContain('prior_auth');
    expect(reasons('No prior authorization is needed for this one, thanks.', 'en')).toEqual([]);
    expect(reasons("Le formulaire de demande d'accord préalable n'a jamais été envoyé.", 'fr')).toContain(
      'prior_auth',
    );
    expect(reasons("Pas besoin d'accord préalable pour les bandelettes.", 'fr')).toEqual([]);
  });
  it('a controlled medicine inside a compound word', () => {
    expect(reasons('Kan I levere fentanylplastre til plejehjemmet?', 'da')).toContain('controlled_substance');
    expect(reasons('Wanneer worden de oxycodontabletten bezorgd?', 'nl')).toContain('controlled_substance');
  });
  it('a controlled substance only in a list of stopped medicines is no request', () => {
    const body =
      'Medicines I no longer take:\n- oxycodone 10 mg\n- Xanax 0.5 mg\n\nPlease refill my metformin.';
    expect(reasons(body, 'en')).not.toContain('controlled_substance');
  });
});

describe('evidence', () => {
  it('carries the phrase as written and the rule id', () => {
    const r = run('Bonjour, j’ai des plaques rouges depuis que j’ai commencé l’amoxicilline.', 'fr');
    const hit = r.hits.find((h) => h.reason === 'adverse_reaction');
    expect(hit?.rule).toMatch(/^fr\.adverse_reaction\.\d+$/);
    expect(hit?.phrase).toContain('depuis que j’ai commencé');
    for (const h of r.hits) expect(h.phrase.length).toBeLessThanOrEqual(80);
  });
  it('uses the subject too', () => {
    expect(reasons('Please call me back.', 'en', 'Lost my Adderall prescription')).toContain(
      'controlled_substance',
    );
  });
  it('controlled substances known by a brand of another country (lexicon)', () => {
    const r = run('Can I have my Contalgin early?', 'en');
    expect(r.hits.some((h) => h.reason === 'controlled_substance')).toBe(true);
  });
  it('returns nothing for an empty message', () => {
    expect(run('', 'und').hits).toEqual([]);
  });
  it('copes with odd input from a JavaScript caller', () => {
    const odd = { subject: undefined, body: 'I have chest pain', language: 'it', medications: undefined };
    const r = detectEscalation(odd as unknown as Parameters<typeof detectEscalation>[0]);
    expect(r.hits.map((h) => h.reason)).toContain('emergency');
  });
});

describe('clinicalQuestion', () => {
  const clinical: [DetectedLang, string][] = [
    ['en', 'Can I take ibuprofen with my blood thinner?'],
    ['en', 'What are the side effects of metformin?'],
    ['en', 'How much paracetamol can I give my 4 year old?'],
    ['en', 'Is it safe to drink alcohol while on metronidazole?'],
    ['en', 'What is amlodipine for?'],
    ['en', 'I forgot my levothyroxine this morning, should I take it now or skip it?'],
    ['en', 'How should I store my insulin when travelling?'],
    ['en', 'I have a bad headache, what can I take?'],
    ['fr', "Est-ce que je peux boire de l'alcool avec mon antibiotique ?"],
    ['fr', 'À quoi sert le Kardegic ?'],
    ['nl', 'Mag ik alcohol drinken met mijn antibiotica?'],
    ['nl', 'Hoeveel paracetamol mag ik per dag innemen?'],
    ['da', 'Må jeg drikke alkohol med min penicillin?'],
    ['da', 'Hvordan virker Ozempic?'],
    ['de', 'Darf ich Alkohol trinken mit dem Antibiotikum?'],
    ['es', '¿Puedo beber alcohol con el antibiótico?'],
  ];
  for (const [lang, text] of clinical) {
    it(`${lang}: ${text}`, () => expect(run(text, lang).clinicalQuestion).not.toBeNull());
  }
  const admin: [DetectedLang, string][] = [
    ['en', 'Can you refill my metformin?'],
    ['en', 'Is amoxicillin in stock?'],
    ['en', 'When can I pick up my Xarelto?'],
    ['en', 'How much does it cost for my Eliquis?'],
    ['en', 'How long until my prescription of lisinopril is ready?'],
    ['fr', 'Est-ce que le Doliprane est en stock ?'],
    ['fr', 'Combien coûte le Spasfon ?'],
    ['nl', 'Is de amoxicilline op voorraad?'],
    ['nl', 'Wanneer kan ik mijn Xarelto ophalen?'],
    ['da', 'Har I amoxicillin på lager?'],
    ['da', 'Hvornår kan jeg hente min Eliquis?'],
  ];
  for (const [lang, text] of admin) {
    it(`not for: ${text}`, () => expect(run(text, lang).clinicalQuestion).toBeNull());
  }
});

describe('symptoms, medicines and their link', () => {
  it('a symptom with a medicine being taken is a suspected adverse reaction', () => {
    const hit = run('I take lisinopril every morning. I have had a dry cough for three weeks.', 'en').hits;
    expect(hit.find((h) => h.reason === 'adverse_reaction')?.rule).toBe('en.adverse_reaction.linked');
    expect(reasons('Ik slik sinds kort amlodipine en mijn enkels zijn erg dik geworden', 'nl')).toContain(
      'adverse_reaction',
    );
  });
  it('not when the medicine treats the symptom, or nothing is taken', () => {
    expect(
      reasons('I have had a fever for 5 days, I took paracetamol but it does not help.', 'en'),
    ).not.toContain('adverse_reaction');
    expect(reasons("J'ai des vertiges depuis ce matin. Je ne prends aucun traitement.", 'fr')).not.toContain(
      'adverse_reaction',
    );
  });
  it('a symptom a medicine is for is no new symptom', () => {
    expect(reasons('Can I have more ibuprofen for my back pain?', 'en')).not.toContain('symptoms');
  });
  it('symptoms is reported only when nothing else explains them', () => {
    const r = reasons("I'm 30 weeks pregnant and have terrible back pain, can I take paracetamol?", 'en');
    expect(r).toContain('pregnancy');
    expect(r).not.toContain('symptoms');
    expect(reasons('My daughter has a high temperature and a rash.', 'en')).toEqual(['symptoms']);
  });
});

describe('instructions in signatures and auto-replies', () => {
  it('a conditional instruction is not an emergency', () => {
    const r = reasons('If someone is unconscious, not breathing or has chest pain, call 999.', 'en');
    expect(r).not.toContain('emergency');
    expect(reasons('In Notfällen (Brustschmerzen, Atemnot) rufen Sie 112.', 'de')).not.toContain('emergency');
  });
  it('but a report next to an instruction still is', () => {
    expect(reasons('If you can, call me back, I have chest pain.', 'en')).toContain('emergency');
  });
  it('a large number of tablets taken is an emergency, a normal dose is not', () => {
    expect(reasons('My daughter has taken 20 paracetamol an hour ago.', 'en')).toContain('emergency');
    expect(reasons('I took 2 paracetamol for my headache.', 'en')).not.toContain('emergency');
  });
  it('a French "an hour ago" is not the past', () => {
    expect(
      reasons("Je n'arrive plus à respirer depuis l'antibiotique que j'ai pris il y a une heure.", 'fr'),
    ).toContain('emergency');
  });
});

describe('words that only look like triggers', () => {
  const benign: [DetectedLang, string][] = [
    ['nl', 'Is de uitslag van mijn bloedonderzoek al binnen?'],
    ['nl', 'Dit is de allergoedkoopste optie, klopt dat?'],
    ['en', 'Hi, this is Tia from the surgery, the order is ready.'],
    ['da', 'De berørte kunder har fået besked om leveringen.'],
    ['en', 'Our new interactive website lets you order repeats online.'],
    ['fr', 'Un mélange de tisanes pour dormir, vous en avez ?'],
  ];
  for (const [lang, text] of benign) {
    it(`${lang}: ${text}`, () => expect(reasons(text, lang)).toEqual([]));
  }
});

describe('languages that run', () => {
  it('English rules also run on a French message (people mix)', () => {
    expect(reasons('Bonjour, I have a rash since I started the amoxicilline.', 'fr')).toContain(
      'adverse_reaction',
    );
  });
  it('all languages run for und', () => {
    expect(reasons('Jeg er gravid', 'und')).toContain('pregnancy');
    expect(reasons('Ik ben zwanger', 'und')).toContain('pregnancy');
  });
  it('the rule set version is stable and short', () => {
    const a = run('x', 'en').ruleSetVersion;
    const b = run('something else', 'fr').ruleSetVersion;
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('emergencies written in everyday words', () => {
  // Written for these tests (not taken from any evaluation set): red flags a pharmacist would act on.
  const cases: Array<[string, string]> = [
    ['en', 'She is breathing very fast and noisily after the amoxicillin, what should we do?'],
    ['en', 'My son is wheezing badly and his lips look a bit blue since he started the new antibiotic'],
    ['en', 'I feel like I want to end everything, I have all my pills in front of me'],
    ['en', 'my mum is so sleepy after her morphine patch was doubled, we cannot keep her awake'],
    ['en', 'My throat feels like it is closing after the injection'],
    ['en', 'He swallowed half a bottle of paracetamol an hour ago'],
    ['nl', 'Ik wil er een einde aan maken'],
    ['de', 'Ich will nicht mehr leben'],
    ['es', 'Ya no quiero vivir, quiero acabar con todo'],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => expect(reasons(text, lang as 'en')).toContain('emergency'));
  }
});
