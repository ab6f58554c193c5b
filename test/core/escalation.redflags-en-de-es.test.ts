// Red flags in everyday words (English, German, Spanish): emergencies and the other escalation
// reasons as patients and carers write them, and traps that must not raise the same reason
// (negated, past, resolved, hypothetical, general questions, auto-replies, newsletters).
// Hand-written probes; none comes from the corpus.
import { describe, expect, it } from 'vitest';
import { detectEscalation, joinSubjectBody } from '../../src/core/escalation/detect';
import { findMedications } from '../../src/core/extraction/medications';
import type { DetectedLang, Reason } from '../../src/core/types';

function reasons(body: string, language: DetectedLang): Reason[] {
  const medications = findMedications(joinSubjectBody('', body));
  const r = detectEscalation({ subject: '', body, language, medications });
  return [...new Set(r.hits.map((h) => h.reason))].sort();
}

/**
 * [text, reason, expected: true = the reason is raised, false = it is not, gap].
 * `gap`: a known miss, left out to keep the rule files inside their size budget (see
 * escalation.rules.test.ts); the test fails the day a rule covers it, so it can be unmarked.
 */
type Probe = [text: string, reason: Reason, expected: boolean, gap?: 'gap'];

const PROBES: Record<'en' | 'de' | 'es', Probe[]> = {
  en: [
    // emergencies: breathing
    ["My son is wheezing badly and his blue inhaler isn't helping at all.", 'emergency', true],
    ["I feel like I can't get any air in and my chest is heavy.", 'emergency', true],
    ['My daughter is breathing really fast and her lips look a bit blue.', 'emergency', true],
    ["Dad is making a horrible rattly noise when he breathes and he's very pale.", 'emergency', true],
    ['My little boy is struggling for breath and his ribs are sucking in.', 'emergency', true],
    // anaphylaxis
    [
      'Half an hour after the antibiotic I came out in hives all over my body and I feel dizzy.',
      'emergency',
      true,
    ],
    ['My tongue feels thick and my lips are tingling since the injection.', 'emergency', true],
    ['Her eyes and lips have puffed right up after the new tablet.', 'emergency', true],
    // altered consciousness
    ["My husband is really hard to rouse this morning and he isn't making any sense.", 'emergency', true],
    ["Grandma doesn't know where she is and is talking gibberish since yesterday.", 'emergency', true],
    ["The baby has gone all floppy and won't feed.", 'emergency', true],
    // seizures
    ["My son has been fitting for ten minutes and it won't stop.", 'emergency', true],
    ["She keeps jerking and shaking and won't stop, what do I do?", 'emergency', true],
    // chest pain
    ["I've got a crushing pain in the middle of my chest going into my jaw.", 'emergency', true],
    ['Mum has pressure across her chest and feels sick and sweaty.', 'emergency', true],
    // stroke
    ["Dad's face has dropped on one side and his words are all jumbled.", 'emergency', true],
    ["My mum suddenly can't speak properly and can't lift her right arm.", 'emergency', true],
    // overdose / double dose with symptoms
    [
      "I think I've taken too many of my heart tablets, my heart is racing and I feel faint.",
      'emergency',
      true,
    ],
    ['I gave my son two doses of Calpol by mistake and now he is very sleepy.', 'emergency', true],
    // children swallowing things
    ['My 2 year old just swallowed a button battery from the remote!', 'emergency', true],
    ['My toddler drank some bleach from under the sink.', 'emergency', true],
    ['My daughter bit into a dishwasher tablet and has foam in her mouth.', 'emergency', true],
    // suicidal wording
    ["I can't go on like this anymore, everyone would be better off without me.", 'emergency', true],
    ["I've been saving up my sleeping pills for a while now.", 'emergency', true],
    ["Honestly I don't want to be here anymore.", 'emergency', true],
    // bleeding on anticoagulants
    ["I'm on warfarin and my poo has gone black and sticky.", 'emergency', true],
    ['My dad takes apixaban and he has been sick and it looked like coffee grounds.', 'emergency', true],
    ["My nose won't stop bleeding, it's been an hour, I take rivaroxaban.", 'emergency', true],
    // meningitis, sudden headache
    [
      'My son has a high fever and a rash that does not go away when I press a glass on it.',
      'emergency',
      true,
    ],
    ['Suddenly got the worst headache of my life while at work.', 'emergency', true],
    // traps: no emergency
    ['No chest pain, just a bit of a cough.', 'emergency', false],
    ['What should I do if my child swallows a button battery?', 'emergency', false],
    ['Is chest pain a side effect of sumatriptan?', 'emergency', false],
    ['I am out of the office until Monday. In an emergency call 911.', 'emergency', false],
    [
      'Our newsletter: know the signs of a stroke. Face drooping, arm weakness, speech difficulty: time to call 999.',
      'emergency',
      false,
    ],
    ['My dad had a stroke three years ago. Can I order his repeat prescription?', 'emergency', false],
    ["I couldn't breathe properly last night but it has all gone now.", 'emergency', false],
    ['These tablets are hard to swallow, do you have a liquid version?', 'emergency', false],
    ['Since the new antibiotic my breath smells funny.', 'emergency', false],
    ['The new compression stockings are fitting better now, thanks.', 'emergency', false],
    ['Please call me back about the prior auth. Thanks, Rochelle', 'emergency', false],
    ['These tablets have made me feel so much better, thank you!', 'adverse_reaction', false],
    ['You sent me a text instead of calling, that is fine.', 'dosing', false],
    ['The appointment clashes with my medical check-up, can we move it?', 'medication_conflict', false],
    ["I plan to pick it up Friday and won't pay until I see the invoice.", 'prior_auth', false],
    ["I'm expecting a delivery of my son's inhaler on Tuesday.", 'pregnancy', false],
    // adverse reactions in everyday words
    ['Ever since the doctor upped my amlodipine my ankles have swollen up.', 'adverse_reaction', true],
    ["My new blood pressure tablets have given me a dry cough that won't go away.", 'adverse_reaction', true],
    ["I think it's the new tablets, I've been itching all over.", 'adverse_reaction', true, 'gap'],
    ['Every time I take the metformin I get an upset stomach.', 'adverse_reaction', true],
    ['No side effects so far, thanks. Please refill my metformin.', 'adverse_reaction', false],
    ['I had a rash from amoxicillin years ago. Please refill my inhaler.', 'adverse_reaction', false],
    // dosing
    ['I took two by mistake this morning, is that ok?', 'dosing', true],
    ['I doubled up on my blood pressure pills last night.', 'dosing', true],
    ["I haven't had my insulin for two days because I ran out.", 'dosing', true],
    ['You gave me 20mg tablets instead of 10mg.', 'dosing', true, 'gap'],
    ['I got the wrong tablets in my bag this week.', 'dosing', true],
    ['I have never missed a dose. Please refill my metformin.', 'dosing', false],
    // allergy
    ['Penicillin brings me out in a rash, please check the new antibiotic.', 'allergy', true],
    ['My son is allergic to eggs, can he have the flu vaccine?', 'allergy', true],
    ['I am not allergic to anything. Please refill my inhaler.', 'allergy', false],
    // pregnancy
    ["I'm 20 weeks along, is it ok to use my steroid inhaler?", 'pregnancy', true],
    ["We're trying for a baby, should I keep taking my methotrexate?", 'pregnancy', true],
    ['I am not pregnant. Can I book a flu shot?', 'pregnancy', false],
    // interactions
    ['Does amoxicillin clash with the contraceptive pill?', 'medication_conflict', true],
    ["Will St John's wort mess with my antidepressants?", 'medication_conflict', true],
    [
      'The hospital gave me lansoprazole and the GP gave me omeprazole, should I take both?',
      'medication_conflict',
      true,
    ],
    // prior authorisation
    ["My insurance won't pay for the Ozempic until my doctor fills out a form.", 'prior_auth', true],
    [
      'The pharmacy said my plan needs approval from the doctor before they will cover it.',
      'prior_auth',
      true,
    ],
    ['Does my insurance cover the flu shot?', 'prior_auth', false],
    // controlled substances
    ['Someone stole my nerve pills from my handbag, can I get more?', 'controlled_substance', true, 'gap'],
    ['My sleeping tablets ran out early, can I collect the next lot now?', 'controlled_substance', true],
    ['I no longer take oxycodone. Please refill my metformin.', 'controlled_substance', false],
    ["I'm scared I might hurt myself tonight", 'emergency', true],
    ['I am afraid that I will end my life', 'emergency', true],
    ['Prescription attached. I had angioedema from lisinopril a few years ago', 'allergy', true],
    ['My dad took all of his tablets at once instead of daily and now he is very drowsy', 'emergency', true],
    ['I took all of my tablets this morning as usual', 'emergency', false],
    ['He has crushing chest pain. He had a stent in 2019 and has been fine since.', 'emergency', true],
    ["My baby isn't breathing properly through his nose, he has a cold", 'emergency', false],
    ["If this goes on I'll kill myself", 'emergency', true],
    ["It isn't over, the swelling in her throat is closing up", 'emergency', true],
    ["I no longer want to live, I've got the pills ready", 'emergency', true],
    ["now she's turning blue", 'emergency', true],
  ],
  de: [
    ['Mein Vater bekommt ganz schlecht Luft und es pfeift beim Atmen.', 'emergency', true],
    ['Meine Tochter atmet ganz schnell und hat blaue Lippen.', 'emergency', true],
    [
      'Nach der Tablette habe ich überall Quaddeln am ganzen Körper und mir ist schwindelig.',
      'emergency',
      true,
    ],
    ['Meine Zunge fühlt sich ganz dick an seit der Spritze.', 'emergency', true],
    ['Mein Mann ist kaum wach zu kriegen und redet wirres Zeug.', 'emergency', true],
    ['Unser Baby ist ganz schlapp und trinkt nicht mehr.', 'emergency', true],
    ['Mein Sohn zuckt seit fünf Minuten am ganzen Körper.', 'emergency', true],
    ['Ich habe Stechen hinter der Brust und der linke Arm tut weh.', 'emergency', true],
    ['Ich habe 20 Schlaftabletten genommen.', 'emergency', true],
    ['Mein Kind hat eine Knopfzelle verschluckt!', 'emergency', true],
    ['Meine Tochter hat Spülmittel getrunken.', 'emergency', true],
    ['Ich kann nicht mehr, ich habe schon Tabletten gesammelt.', 'emergency', true],
    ['Ich nehme Marcumar und mein Stuhl ist ganz schwarz.', 'emergency', true],
    ['Mein Sohn hat hohes Fieber und einen steifen Nacken.', 'emergency', true],
    ['Plötzlich die schlimmsten Kopfschmerzen meines Lebens.', 'emergency', true],
    ['Was tun, wenn mein Kind eine Tablette verschluckt?', 'emergency', false],
    ['Ich bin nicht im Büro. Im Notfall rufen Sie bitte 112 an.', 'emergency', false],
    ['Vor drei Jahren hatte ich einen Schlaganfall. Bitte ein Folgerezept.', 'emergency', false],
    ['Ist Brustschmerz eine Nebenwirkung von Sumatriptan?', 'emergency', false],
    ['Mein Auge zuckt seit Tagen, haben Sie Magnesium?', 'emergency', false],
    ['Ich habe Quaddeln am Hals, was hilft dagegen?', 'emergency', false],
    ['Es macht keinen Sinn mehr, die Salbe weiter zu nehmen.', 'emergency', false],
    ['Haben Sie die stärksten Kopfschmerztabletten da?', 'emergency', false],
    ['Seit ich die neuen Tabletten nehme, ist mir ständig übel.', 'adverse_reaction', true],
    ['Keine Nebenwirkungen bisher, danke.', 'adverse_reaction', false],
    ['Ich habe meine Tabletten drei Tage vergessen.', 'dosing', true],
    ['Die Apotheke hat mir 10 mg statt 5 mg mitgegeben.', 'dosing', true],
    ['Ich bin mir nicht sicher, wie viele ich nehmen soll.', 'dosing', true],
    ['Ich habe eine Penicillinallergie, ist das Antibiotikum okay?', 'allergy', true],
    ['Keine Allergien bekannt.', 'allergy', false],
    ['Ich bin in der 10. Woche schwanger, darf ich Ibuprofen nehmen?', 'pregnancy', true],
    ['Ich erwarte ein Paket von Ihnen.', 'pregnancy', false],
    ['Kann ich Ibuprofen zusammen mit meinem Blutverdünner nehmen?', 'medication_conflict', true],
    ['Die Krankenkasse muss das Medikament erst genehmigen.', 'prior_auth', true],
    ['Meine Schlaftabletten sind mir im Urlaub gestohlen worden.', 'controlled_substance', true],
    ['Ich habe Angst, dass ich mir etwas antue.', 'emergency', true],
    ['Ich hatte vor Jahren ein Quincke-Ödem nach Amoxicillin', 'allergy', true],
    ['Wir warten noch auf die Kostenzusage der Kasse', 'prior_auth', true],
    ['Mein Sohn hat die ganze Flasche Fiebersaft getrunken, die Flasche war umgekippt', 'emergency', true],
    ['Seit der letzten Woche hat mein Vater Brustschmerzen, die immer schlimmer werden', 'emergency', true],
    ['Er hat seit dem vergangenen Monat Brustschmerzen und Atemnot', 'emergency', true],
    ['Seit Anfang letzten Monat hat er Brustschmerzen', 'emergency', true],
    ['Die ganze Packung ist leer, bitte neue bestellen', 'emergency', false],
    ['mein Vater atmet nicht mehr', 'emergency', true],
    ['er atmet nicht', 'emergency', true],
    ['Mein Baby atmet nicht richtig durch die Nase, es ist erkältet', 'emergency', false],
    ['Wenn es so weitergeht, bringe ich mich um', 'emergency', true],
    ['heute hustet er Blut', 'emergency', true],
    ['jetzt ringt sie nach Luft', 'emergency', true],
  ],
  es: [
    ['Mi hijo tiene pitidos en el pecho y le cuesta mucho respirar.', 'emergency', true],
    ['Mi bebé respira muy rápido y tiene los labios morados.', 'emergency', true],
    ['Me he puesto la inyección y tengo ronchas por todo el cuerpo y me mareo.', 'emergency', true],
    ['Siento la lengua muy gorda desde la pastilla.', 'emergency', true],
    ['Mi madre dice cosas sin sentido y no nos reconoce.', 'emergency', true],
    ['Mi abuelo está muy adormilado y no hay manera de despertarlo.', 'emergency', true],
    ['El bebé está muy flojito y no quiere comer.', 'emergency', true],
    ['Siento una presión muy fuerte en el pecho.', 'emergency', true],
    ['Me he tomado todas las pastillas de la caja.', 'emergency', true],
    ['Mi niño se ha tragado una pila de botón.', 'emergency', true],
    ['Mi hija ha bebido lejía.', 'emergency', true],
    ['Ya no puedo más, llevo semanas juntando las pastillas.', 'emergency', true],
    ['Tomo Sintrom y hago las heces negras como alquitrán.', 'emergency', true],
    ['Mi hija tiene fiebre alta y no puede doblar el cuello.', 'emergency', true],
    ['Tengo el peor dolor de cabeza de mi vida, me vino de repente.', 'emergency', true],
    ['¿Qué hago si mi hijo se traga una pila?', 'emergency', false],
    ['Estoy fuera de la oficina. En caso de urgencia llame al 112.', 'emergency', false],
    ['Hace dos años tuve un ictus. Necesito la receta de siempre.', 'emergency', false],
    ['Tomo todas las pastillas por la mañana, ¿puedo cambiar la hora?', 'emergency', false],
    ['La aplicación no me reconoce la tarjeta sanitaria.', 'emergency', false],
    ['Me siento mejor sin mi medicación de antes.', 'emergency', false],
    ['Necesito la factura del primer trimestre.', 'pregnancy', false],
    ['¿Puedo tomarlo con la comida?', 'medication_conflict', false],
    ['Desde que tomo las pastillas nuevas tengo calambres.', 'adverse_reaction', true],
    ['No tengo ningún efecto secundario, gracias.', 'adverse_reaction', false],
    ['Me tomé dos pastillas por error.', 'dosing', true],
    ['Me dieron 20 mg en vez de 10 mg.', 'dosing', true],
    ['Soy alérgica a la penicilina.', 'allergy', true],
    ['No soy alérgico a nada.', 'allergy', false],
    ['Estoy dando pecho, ¿puedo tomar ibuprofeno?', 'pregnancy', true],
    ['¿Puedo tomar ibuprofeno con el Sintrom?', 'medication_conflict', true],
    ['La mutua no me autoriza el medicamento.', 'prior_auth', true],
    ['Me robaron las pastillas para dormir, ¿me pueden dar más?', 'controlled_substance', true],
    ['Tengo miedo de hacerme daño.', 'emergency', true],
    ['Tuve un edema de Quincke con la amoxicilina hace años', 'allergy', true],
    ['La autorización de la EPS para el Ozempic está vencida', 'prior_auth', true],
    ['La aseguradora ya mandó la carta de autorización del medicamento', 'prior_auth', false],
    ['mi padre no respira', 'emergency', true],
    ['dejó de respirar', 'emergency', true],
    ['No sé, quiero morirme.', 'emergency', true],
    ['No sé, está inconsciente.', 'emergency', true],
    ['No se aguanta de pie y tose sangre.', 'emergency', true],
    ['No se mueve y no respira', 'emergency', true],
    ['Mi bebé no respira bien por la nariz, está resfriado', 'emergency', false],
    ['Si esto sigue así me voy a quitar la vida', 'emergency', true],
  ],
};

for (const lang of ['en', 'de', 'es'] as const) {
  describe(`red flags in everyday words (${lang})`, () => {
    const cases = PROBES[lang].filter((p) => p[3] !== 'gap');
    const gaps = PROBES[lang].filter((p) => p[3] === 'gap');
    it.each(cases)('%s → %s %s', (text, reason, expected) => {
      expect(reasons(text, lang).includes(reason)).toBe(expected);
    });
    if (gaps.length > 0)
      it.fails.each(gaps)('known gap: %s → %s %s', (text, reason, expected) => {
        expect(reasons(text, lang).includes(reason)).toBe(expected);
      });
  });
}
