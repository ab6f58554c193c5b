// English rules. Phrase syntax: see ./types.ts. Add new phrases at the end of a list.
import type { LanguageRules } from './types';

const IMPAIRED =
  '(very |really |extremely |so )?(drowsy|sleepy|unconscious|unresponsive|confused|muddled|disorient*|floppy|limp) ' +
  '| (cant|cannot|can not|couldnt|wont|will not|doesnt|does not|not) (wake|waking|be woken|respond*) ' +
  '| (passed|blacked) out | not responding | hard to wake | barely (awake|conscious|breathing)' +
  '| faint | fainted | fainting | (going|gone|went|goes) (dark|black) | (breathing|breaths) ... (slow|shallow)' +
  '| (really |completely |totally )?out of it | mumbling | (talking|speaking) (nonsense|rubbish|gibberish)';
const PILLS = '(pill*|tablet*|tabs|capsule*|medic*|meds|dose*|patch*|gummies)';

const AC = '(warfarin|apixaban|rivaroxaban|xarelto|eliquis|pradaxa|blood thinner*|anticoag*)';
const BL = `(${AC}|clopidogrel|aspirin|nsaid*|naproxen|ibuprofen)`;
const ALG =
  '(penicillin*|amoxicillin|augmentin|cephalexin|keflex|sulfa*|sulpha*|septra|bactrim|codeine|morphine|aspirin|ibuprofen|nsaid*|latex|antibiotic*|an antibiotic)';

const emergency = `
chest (pain*|tight*|pressure|hurts|hurting|is hurting)
(pain|pressure|tightness|crushing|squeezing) in (my|his|her|the) chest
heart attack
(cant|cannot|can not|cnt|couldnt|unable to|struggling to|struggle to|hard to|trouble|difficulty|difficult to|hardly) (breathe|breath|breathing)
(not|isnt|wasnt|stopped|stop) breathing
(gasping|fighting) for (air|breath)|(cant|cannot) (catch|get) (my|his|her|a) breath
(throat|airway|airways) (is |are |feels |feel )?(closing|closed|swelling|swollen|tight*|shutting)
(face|lip|lips|tongue|throat|mouth|eyelids|eye|eyes) (is |are |has |have |started |starting |keeps |keep |all )?(swelling|swollen|swelled|swell|puffing|puffed|blown|blowing) (up)?
(swelling|swollen) (of|in|on)? (the|my|his|her)? (face|lip|lips|tongue|throat|mouth)
anaphyla*
(used|use|needed|had to use|gave (him|her)|give (him|her)) (an |the |my |his |her )?(epipen|epi pen|adrenaline|epinephrine)
(overdose*|overdosed|od|oded|took too many|taken too many|took too much|taken too much) + (${IMPAIRED})
(double|doubled|triple|extra|second|too many|too much|twice (the|my|his|her)) ${PILLS} + (${IMPAIRED})
suicid*|kill* (myself|himself|herself|themselves)|(end|take) (my|his|her) (own )?life|(want|wants|wanted) to (die|end it)|better off dead|self harm*|thoughts of (suicide|dying|death|ending)|hurt (myself|himself|herself)
(dont|do not|doesnt) want to (live|be alive|wake up)|no reason to live|(end|ending) it all|(want*|wish*) to (go to )?sleep and (never|not) wake
(took|swallowed|taken|take) (all|the whole|a whole|the hole|an entire|the entire|the rest of|a full) (of )?(the |my |his |her )?(bottle|box|pack|packet|strip|blister|pills|tablets|meds|medication)
unconscious|unresponsive|non responsive|passed out|blacked out|collapsed
(wont|will not|cant|cannot|can not|couldnt|not) (wake|waking) (him|her|them|up)?|(cant|cannot) be woken|hard to wake
seizure*|siezure*|seizing|convuls*|(having|had|has|having a) (a )?fit|epileptic (fit|attack)
(having|had|has|signs of|symptoms of|think (he|she|it) *|might be) a stroke|stroke (symptoms|signs)
(face|mouth|smile) (is |looks |started |starting )?(droop*|lopsided|crooked|sagging)
(slurred|slurring|slurry) (speech|words)?|slurring
(sudden )?(weakness|numbness|paralysis) (in|on|of) (one|his|her|my|the) (side|arm|leg|face)
(accidentally|accidently) swallowed ... ${PILLS}
(called|calling|rang|ringing|phoned|dialled|dialed|i call|should i call|shall i call|do i call) (911|999|112|an ambulance|the ambulance|ambulance|emergency services)|(ambulance|paramedics) (is |are )?(on (its|their|the) way|coming|here)
(coughing|vomiting|throwing|threw) up blood|(bleeding|bleed|blood) (wont|will not|doesnt|does not|cant|cannot) stop|(heavy|severe|uncontrolled|massive) bleeding
severe allergic reaction|poison (control|center|centre)|poisons (unit|information)
(very|extremely|severely|really|badly) short of breath
(breathing|breaths|breathes) (is |seems |seem |are |feels |feel |has gone |gone |got |very |really |so |quite )(really |very |so |quite )?(slow|slowly|shallow|noisy|rattling)
barely (awake|conscious|responsive|responding|breathing)|hard to (wake|rouse)|difficult to wake|(hardly|barely|not) (responding|responsive)|cant keep (his|her|my) eyes open
(lip|lips|face|fingertips|fingers) ... (blue|grey|gray|purple)|(round|around|roon) * (lips|mouth) ... (blu*|grey|gray)|blu* (tinge )?(round|around|roon) (the|his|her)? (lips|mouth)
(son|daughter|child|kid|toddler|baby|grandson|granddaughter|year old|yr old|yo|little one|boy|girl|dog|puppy|lad|wee one|nephew|niece) ... (swallowed|ate|eaten|chewed|chewing|sucking|sucked|licking|found|opened|got into|drank|drunk|swigged|had) ... ... (pill*|tablet*|medic*|meds|patch*|syrup|bottle|strip|blister|organiser|organizer|dosette|capsule*|gummies)
(cant|cannot|can not|couldnt|unable to) (lift|move|raise|use) (his|her|my) (left |right )?(arm|leg|hand)|(arm|leg|hand|side) (is |went |has gone |feels )?(suddenly )?(weak|limp|numb|dead|floppy)
(pain|ache|tightness) (going|spreading|radiating|moving) (into|to|down|up) (my|his|her|the) (jaw|left arm|arm|neck|back)|chest (is |feels )?(really |very |so )?tight
stiff neck + (fever|temperature|temp)
(rash|spots|blotches) (that )?(doesnt|does not|wont|will not|dont|do not) fade|purple (spots|rash|blotches)|non blanching
(hit|banged|bumped|knocked) (his|her|my) head + (drowsy|sleepy|confused|vomit*|throwing up|blood thinner*|anticoagulant*|warfarin|apixaban|rivaroxaban|xarelto|eliquis)
(whole|entire|full) (packet|strip|box|bottle|blister|pack) ... (swallowed|taken|took|drank|gone|missing|eaten)
(took|taken|swallowed|ate|has had) ## (pill*|tablet*|caps|capsule*|paracetamol|panadol|tylenol|ibuprofen|aspirin|co codamol|of (my|his|her|the|them))
(took|taken|given|gave|had) ... (twice|two times|double|2x) + (${IMPAIRED})
(breathing|breathes|breath) ... (fast|rapid|rapidly|noisily|noisy|strange|funny|weird|irregular)
(lips|face|skin|fingers|fingertips|mouth) (look |looks |are |is |turning |turned |going |gone |have gone |went )?(a bit |bit |slightly |very |quite )?(blue|grey|gray|purple)
(want|wants|wanted|going|planning|plan) to end (it all|everything|things|it|my life)|(all|enough) (my |of my |the )?(pills|tablets|meds) (in front of me|ready|saved up|lined up)
(cant|cannot|can not|unable to|couldnt) keep (him|her|them|me) (awake|conscious)|(he|she) (is |s )?(so |very )?hard to keep awake
(throat|airway|airways) ... (closing|closed|closing up|swelling|swollen|tightening)
(swallowed|took|taken|drank|ate|eaten) (half|most|all|the rest) ... (bottle|box|pack|packet|strip|blister|tub)
(struggl*|battling) for (breath|air)|(cant|cannot|couldnt) get (any )?air|(rattl*|noisy|grunt*) (noise*|sound*)|grunt* ... breath*|(sucking|pulling) in (under|between) * ribs
(hives|welts) ... (all over|everywhere|whole body) + (dizzy|faint*|lightheaded|breath*|wheez*|swell*|swollen|throat)
tongue (feels |is )?(so |really )?(thick|fat|huge)|talking (absolute |utter )?(gibberish|nonsense)|(he|she) (is |s |isnt )?(not )?making (any |no )?sense|(he|she|mum|dad) (s |has |is )?(barely|hardly|not) (made|making) (any )?sense
(baby|child|toddler|he|she) (is |has |s )?(gone )?(very |really |all |so )?(floppy|limp|lifeless)|(he|she|son|daughter|baby|child) (s |is |has )?(been |still )?fitting|(fitting|jerking) ... (wont|not) stop|wheez* ... inhaler ... (not|no|isnt|doesnt|didnt) help*
(pain*|pressure|tightness|heaviness|weight|crushing) (in|on|across) (the middle of )?(my|his|her|the) chest|chest (is |feels )?(really |so )?heavy
(face|mouth|smile) (has |is |s |looks )?(dropped|drooped|droopy)|(words|speech) (is |are |s )?(all )?(jumbled|garbled|muddled)|suddenly (cant|cannot|couldnt) (speak|talk|see|walk)|(cant|couldnt) (find|get) (his|her|my) words
(overdose*|too (many|much) of|double dose|doubled|by mistake|(took|taken|swallowed|had) (a )?(load|handful|fistful) of) + (heart (is |s )?(racing|pounding)|faint*|hallucinat*|seeing things)
(# doses|twice the dose|double the dose|extra dose|another dose) + (${IMPAIRED})
(swallowed|ate|chewed|bit|drank) ... (batter*|magnet*|bleach|detergent|antifreeze|(laundry|washing|dishwasher) (pod*|tab*|liquid))
(cant|cannot) (go|carry) on (like this|anymore)|better off without (me|him|her)|nothing to live for|no point (in )?living|(saving|saved|hoard*|stash*) up (my |his |her )?(sleeping )?(pills|tablets|meds)
(dont|doesnt) (really )?want to be (here|around) (anymore|any more)|(vomit*|sick) ... coffee grounds|(wont|doesnt|hasnt) stop bleeding
((poo|stool*|motion*) ... (black|tarry|tar)|(black|tarry) (poo|stool*|motion*)) + ${BL}
${BL} ... (poo|stool*|motion*) ... (black|tarry)
(rash|spots) ... (not|doesnt|dont|wont) (fade|go|disappear) ... (glass|press*)|worst (headache|head pain) (ever|of (my|his|her) life)|thunderclap|sudden* ... (severe|worst) headache
(cant|can not|cannot|can hardly|could hardly|hardly|barely|struggling to|struggle to) (wake|rouse) (him|her|them|me|up)
(took|taken|had|given|gave) ... ${PILLS} (twice|two times|again) + (${IMPAIRED}|(hardly|barely) (wake|rouse))
(coughing|coughed|cough|vomiting|vomited|throwing|threw|thrown|bringing|brought|spitting|spat) up ... blood|(threw up|throwing up|thrown up|vomit*|puked|puking|brought up|bringing up) ... (coffee ground*|bright red)
(lip|lips|tongue|face|mouth|eyelids|eyes) (are |is |look |looks |have gone |has gone |gone |went |getting )?(really |so |all )?(massive|huge|enormous|puffy|puffed up|fat|twice the size)|throat ... (tight|tighter|tightening|closing|swell*|swollen|thick)
(swallowing (is |feels |getting )?(really |very |so )?(hard|difficult)|(hard|difficult|struggling|trouble|cant|cannot) (to )?swallow*) + (lip|lips|tongue|throat|face|swell*|swollen|hives|rash|reaction|allerg*)
(jerking|twitching|thrashing|shaking|convulsing) (all over|uncontrollably|violently|everywhere)|eyes (are |were |keep )?(rolled|rolling) (back|up)?|on the floor ... (jerking|shaking|twitching|fitting|thrashing)
(took|taken|swallowed|had|has had|ate) (about|around|like|maybe|over|nearly|almost|roughly|at least|approx*|probably) ## (pill*|tablet*|caps|capsule*|paracetamol|panadol|tylenol|ibuprofen|aspirin|of (my|his|her|the|them))
(lethal|fatal|deadly) (dose|amount)|how (much|many) ... (to|would|will|could) (kill|be fatal|be lethal|be deadly)|most ... (someone|you|a person|i) (could|can) take (in one go|at once)
(im|i am|i m) (done|finished) with (everything|it all|life|all of it|living)|tonight is the night|(saved|saving|stockpil*|hoard*|stash*) (up )?(enough|all|plenty)? (of )?(my|his|her|the)? (sleeping )?(pills|tablets|meds)
(one|left|right) side of (his|her|my|the) (face|mouth|body) ... (not moving|isnt moving|wont move|doesnt move|droop*|dropped|sagging|numb|dead|gone)
(the whole lot|the lot|all) of (his|her|my|the|their|mums|dads|nans|grandads)? ... (pills|tablets|meds) + (${IMPAIRED})
(took|taken|take|has taken|had|taking) an overdose|(deliberate|intentional|deliberately|intentionally|on purpose) ... overdos*|overdos* ... (deliberate|on purpose|intentional*)
((everything|the lot|it all|all (his|her|my) ${PILLS}) (doubled|twice)|doubled up) + (${IMPAIRED})
headache* + (worst (one )?(of|in) (my|his|her) life|like (being|getting) (hit|kicked|struck))
(crush*|squeez*|heav*|pressure|tight*|pain*|ache*) ... (breastbone|breast bone|sternum)
(elephant|weight|ton of bricks) (is )?(sitting|sat|pressing) on (my |his |her )?(chest|him|her|me)
floor + (dont|doesnt|didnt|without) (know*|remember*) how (i|he|she) got
pregnan* + headache* + (flashing|zigzag*|seeing (stars|spots|lights)|blurr*)
words (out at a time|between breath*)|(cant|couldnt) finish (a )?sentence*|too (breathless|out of breath) to (talk|speak)
(chemo*|capecitabine) + (fever*|shiver*|rigor*|(got|has|running) a (high )?temp*|(temperature|temp) (of |is )?(38|39|40))
sternal rub
no longer want* to (live|be alive|be here|go on)|(got|have|ive got|i ve got) (the|my|all my|all the) (pills|tablets|meds) (ready|saved|lined up)|(she|he|baby|they|hes|shes|s) (is |s )?(turning|gone|going|went) (blue|grey|gray)
`;

const adverse_reaction = `
side (effect*|affect*|efect*)|sideeffect*|side affect*
(allergic |bad |severe |strange |weird |adverse )?reaction (to|from|after|with|since)
(reacting|reacted|react) (badly |bad )?(to|with)
since (i|he|she|we|they)? (started|starting|began|beginning|switched|switching|changed to|went on|go on|started taking|been taking|been on|took)
since (the|my|his|her|this|that|taking|starting|using) (new )?(pill*|tablet*|medic*|med|meds|drug*|prescription|antibiotic*|injection*|jab|vaccin*|shot|patch*|dose|inhaler|cream|treatment)
(after|since) (taking|starting|using|having|i took|i started|he took|she took|the first dose|my first dose|the injection|the jab|the vaccine|the shot)
(makes|made|making|gives|gave|giving) (me|him|her|them) (feel )?(sick|ill|dizzy|nauseous|nauseated|tired|drowsy|sleepy|itchy|weird|strange|awful|terrible|bad|vomit*|throw up|headache*|a headache|a rash|rash*|diarrh*|constipated|shaky|anxious|depressed|palpitations|hives|nightmares)
(the|these|this|my|his|her|new) (pill*|tablet*|medic*|med|meds|drug*|antibiotic*|injection*|capsule|capsules|patch*|inhaler|jab|vaccine|shot|dose|cream) (is |are |seem |seems )?(making|made|make|makes|give|gives|gave|giving|causing|caused|cause|disagree*)
(doesnt|dont|isnt|not|arent) (agree|agreeing) with (me|him|her)
(could|can|might|would|may) (it|this|that|these) be (from|caused|due|because|the|a side|an allergic|a reaction|related)
withdrawal (symptoms|effects)
(first|1st) (dose|tablet|pill|capsule|injection|one|jab)
(took|taken|had|started) ... (an hour|hour|minutes|mins|min|half an hour|# hours) ago + (now|since)
(turned|made|making) (my|his|her) (pee|urine|wee|stool|stools|poo|skin|tongue|teeth) (dark|brown|red|orange|black|green|yellow)
(pill*|tablet*|meds) (have|has|ve) (given|caused) (me|him|her)
`;

const allergy = `
allergy|allergies|allergic|allergen*|allergi*|alergic|alergy|alergies|alergi*
(intolerance|intolerant|sensitivity|hypersensitiv*) (to|with)|(cant|cannot|can not|unable to) tolerate
anaphyla*
(cant|cannot|can not|shouldnt|should not|must not|mustnt) (take|have) (penicillin*|amoxicillin|sulfa*|sulpha*|codeine|aspirin|ibuprofen|nsaids|latex)
angioedema|angio oedema|angioneurotic|(swelling|swollen) of (the|my|his|her) (face|lips|tongue|throat) (from|after|with|to)
(does not|doesnt|do not|dont|did not|didnt) tolerate
(hives|rash|swell*|swollen|welts|came out in|come out in|broke out|reacted|reaction) ... (when|after|from|with) (i|he|she|they|we)? (was |were )?(given|took|taking|had|having|on) ${ALG}
${ALG} (gives|gave|makes|made|brings|brought) (me|him|her|them) (out )?(in )?(hives|a rash|rash*|swell*|welts)|(react|reacts|reacted|sensitive) (badly |bad )?to ${ALG}
`;

const symptoms = `
(a |high |running a |got a |has a |have a )?(fever|feverish)|(high|running a|has a|have a|got a) (temperature|temp)
rash|rashes|hives|itching|itchy|blisters|blistering|peeling skin|welts
vomit*|(throwing|threw|throw) up|puking|nause*|nausious|sick to (my|his|her) stomach
diarrh*|diarhe*|diarea
dizzy|dizziness|dizzyness|lightheaded|light headed|fainted|fainting|(feel*|felt) faint|vertigo
headache*|head ache*|migraine*
(bad|severe|terrible|awful|sharp|constant|a lot of|lots of|so much|excruciating|unbearable|stabbing) (pain|pains|ache|aches|cramps|cramping)
(pain|ache|aching|hurts|hurting|sore|burning) (in|on) (my|his|her)|in (so much )?pain|(hurts|hurting) (so much|a lot|badly)
(getting|got|gotten|feel*|is|are|seems|gone) (worse|more painful)|worsening|(not|isnt|arent|no) (getting )?(better|improving)
(hasnt|has not|havent|have not|didnt|did not|isnt|is not) (improved|gotten better|got better|gone away|went away|cleared|stopped|settled)
cough|coughing|wheez*|short of breath|shortness of breath|breathless*|out of breath
(swollen|swelling|swelled)|swell up
palpitations|racing heart|heart (is |keeps )?(racing|pounding|fluttering|skipping)|irregular (heartbeat|heart beat)
bleeding|nosebleed*|nose bleed*|bruising|bruises|blood in (my|his|her|the)? (urine|stool|stools|poo|pee|vomit)
(blurred|blurry|double) vision
confused|confusion|disoriented
insomnia|(cant|cannot|unable to|not|trouble|problems) sleep*
(feel*|felt) (unwell|ill|sick|awful|terrible|very bad|really bad|weak|weird|strange|shaky|off|horrible|rough)|(dont|do not|didnt|not) feel* (well|good|right|great)
(stomach|tummy|belly|abdominal) (pain|ache|aches|cramps|upset|bug)|stomachache|tummy ache
sore throat|earache|ear ache|toothache|back pain|joint pain*|muscle pain*|muscle ache*|cramps
constipat*|bloated|bloating|heartburn|reflux
infection|infected|pus|oozing|uti
(i|he|she) fell|had a fall|(tired|exhausted|fatigued|lethargic|drowsy|sleepy) (all the time|constantly|all day)
(feel*|felt) (really |very |so )?(out of it|spaced out|groggy|foggy)
upset (stomach|tummy)
puffy|puffiness|puffed up|(so|very|really|extremely|always|constantly|unusually) thirsty|(a|at|every|each) night to (pee|wee|urinate)
(lost|losing|gained) ... without (trying|dieting|meaning to)|(unexplained|unintentional|sudden) weight (loss|gain)
(more|increasingly|bit) (muddled|forgetful|wobbly|unsteady|agitated)|(very|really|quite|so) (muddled|wobbly|unsteady|agitated)|(muddled|confused|drowsy|sleepy|breathless|wobbly|unsteady|forgetful|agitated|tired|swollen) (than|then) (usual|normal)
(didnt|doesnt) know (what day|where (he|she) (was|is)|who (i|we) (was|am|are))|(complaining|complains|complained) of
hurts (to|when (i|he|she)) (walk|stand|put weight|move|bend|pee|wee|swallow|sit|lie|eat)|(pain|ache|aching|soreness|tenderness) (at|in|around|behind|down) the (back|side|front|base|top|bottom) of (my|his|her|the)
(pain|ache|aches|cough|rash|swelling|symptoms|breathing|wheez*|itch*|eczema|asthma) (is |are |s |has |have |seems )?(got |gotten |getting |become |gone )?(much |a lot |far |way |even )?worse
`;

const dosing = `
(missed|miss|missing|skipped|skip|forgot|forgotten|forget) (a|my|one|two|#|his|her|the|this|last|todays|today s|yesterday s|yesterdays|last night s|the morning|the evening)? ${PILLS}
(forgot|forget|forgotten) to (take|give|use|inject|apply)
(double|doubled|doubling|extra|too many|too much|an extra|a second) ${PILLS}
(took|taken|take|gave|given|give) (it |them |my ${PILLS} |his ${PILLS} |her ${PILLS} )?(twice|two times|again) (by mistake|by accident|today|this morning|tonight|already)?
(wrong|incorrect|different|right|correct|new|changed|higher|lower|increased|reduced|decreased) (dose*|dosage|strength)
(dose|dosage|strength) (was |has been |is being |got )?(changed|increased|decreased|reduced|lowered|raised|doubled|halved|adjusted)
(increase*|decrease*|reduce*|lower*|raise*|change*|adjust*|upped|halve*|double*) (my|his|her|the|their) (* )?(dose*|dosage)
(how (much|many)|what dose|which dose|what dosage|not sure how (much|many|to take)|confused about (the|my|his|her)? (dose|dosage|instructions)|unclear (dose|instructions))
(label|box|leaflet|instructions|sticker|bottle) (says|said|reads|say)|(doctor|gp|prescriber|specialist|consultant) (said|says|told (me|him|her)) ... (different|instead|but)
(overdose|overdosed|overdosing|overdosage|oded)|(took|taken|gave|given) (too many|too much|more than (prescribed|i should|the dose|recommended))
(accidentally|accidently|mistakenly|by mistake|by accident) (took|taken|gave|given|double*|swallowed|used)
(took|taken|gave|given) # ${PILLS} (instead of|by mistake|by accident)
(took|taken|gave|given|swallowed|used) ... (by mistake|by accident|accidentally|accidently)
(been |run |ran |running )?out of (my|his|her) ... (since|for|days|ago)|# days without (it|them|my|his|her)|(havent|hasnt|not) (taken|had) (any|it|them) (since|for)
(missed|skipped|forgot|forgotten) ... (dose|doses|pill|pills|tablet|tablets|injection)
(doubled|double) up|(wrong|someone else s) (tablets|pills|meds|medication|medicine)|(havent|hasnt) (taken|had) (my|his|her) ... for # days
(put|bumped|upped|increased|raised|dropped|cut|reduced|lowered) (me|him|her|my|his) ... (up|down) to #
(slip|script|label|repeat|sticker|box|bottle) still (says|shows|reads)|(supposed|meant) to (take|give|use) (him |her )?(#|both|half|more|less|extra)
new (directions|regime|regimen)|# (mg|mcg|tabs)? (on )?(the )?(other|alternate) days
(increas*|reduc*|decreas*|lower*|rais*|upped|cut|dropped|bumped|adjust*|titrat*|halved|doubled) ... from * (* )?(mg |mcg |micrograms |units |ml )?(to|down to|up to) *
(increas*|upped|rais*|reduc*|decreas*|lower*|dropped|cut|bumped|put|moved) (me|him|her|them|mum|dad|mom) (up |down |back )?to #
(took|taken|gave|given) (my|his|her|their|him) (his |her |their )?* (twice|two times|a second time)|(forgot|forgotten|forgetting) (and|then) (took|take|taken|gave|give|given|had) (another|a second|it again|them again|one again)
(had|taken|have had|gone|been) (none|nothing|without (it|them|any)) (for|since) (#|a few|several|a couple|the last|the past|over)
(crush|crushing|crushed|open|opening|split|splitting|halve|halving) (or (crush|open|split|halve|cut) )?(the |his |her |my |these |those |their )?(* )?(capsule*|tablet*|pills)|crush* (them|it|up)
(cut|cutting|split|splitting|break|breaking|snap|snapping) (them|those|these|it|the tablet*|the pill*|my tablet*|my pill*|his tablet*|her tablet*|each tablet|a tablet) in (half|two|halves)
(halved|doubled) (my|his|her|their) *|(dose|dosage) (has |have |is |was )?(gone|going|went|put|moved) (up|down)
(take|taking|takes|give|giving|use|using|now) # (${PILLS} |mg |mcg |units |puffs )?(a day |daily )?instead of
`;

const controlled_substance = `
opioid*|opiate*|narcotic*|benzo|benzos|benzodiazepin*|controlled (drug*|substance*|medication*|meds|medicine*)|schedule (ii|2|two|iii|3|iv|4)|stimulant medication
(lost|stolen|misplaced|ran out of|run out of) ... (pain (meds|medication|pills|killers)|painkillers|sleeping (pills|tablets)|adhd (meds|medication)|anxiety (meds|medication))
(nerve|anxiety|sleeping|pain|adhd) (pills|tablets|meds|patches) ... (early|lost|stolen|missing|ran out)
`;

const prior_auth = `
(prior|pre) (auth*|approv*)|preauth*|pre-auth*|priorauth*
pa (was |has been |got |is |has )?(denied|rejected|expired|missing|pending|needed|required|declined|run out)
(need|needs|require|requires|required) (an |a )?(approval|authori*|pre approval) (from|by) (my|the|his|her) (insurance|insurer|plan)
step therapy|formulary exception|coverage determination
(the|my|a|his|her) pa ... (denied|rejected|expired|missing|needed|required|declined|lapsed|ran out)
(authori*|approval) (has |was |is )?(expired|denied|rejected|run out|ran out|lapsed)
(insurance|insurer) ... (wont|not|refuse*) (pay|cover) ... (until|unless) ... (doctor|form|approv*|authori*)|(insurance|insurer|plan) (needs|needing|needed|requires|requiring|required) (an )?(approval|authori*|form) from
(authori*|approval) ... (invalid|not valid|isnt valid|incorrect|(not|hasnt|havent|hadnt|didnt) (yet )?(come|came|gone|went|got) through)
no (prior auth*|preauth*|pre auth*|prior approv*|pa) (on file|yet|in place|was (sent|submitted|filed|done))
(dont|do not|doesnt|does not|didnt|did not|havent|have not|hasnt|has not) (have|got|get|received|filed|submitted|sent|done) (a |an |the |any |my |his |her )?(prior auth*|preauth*|pre auth*|prior approv*)
(prior auth*|preauth*|pre auth*|prior approv*) (was |has |had |is )?(never|not|still not) (been )?(sent|submitted|filed|done|received|requested|started|approved)
special (authori*|approv*)|(authori*|approval|pa) (request |application )?(for (my|his|her|the|their)? * )?(was |were |has been |had been |got |is |been )?(declined|refused|turned down|knocked back|not approved|not granted)
(approval|authori*|pa) (request )?(is |was |s |has been )?(still )?(pending|outstanding|under review)|waiting (on|for) (the |an |my |his |her )?(insurance |insurer )?(approval|authori*)
(declined|denied|refused|rejected|turned down) (the |my |his |her |our |an |a )?(prior |pre |special )?(authori*|approval|pa)
`;

const medication_conflict = `
(interact|interacts|interacted|interacting|interaction|interactions)|contraindicat*|drug drug
(two|2|different|both|multiple|several) (doctors|prescribers|gps|specialists|physicians|pharmacies)
(another|a different|other|second|new) (doctor|gp|specialist|physician|prescriber|cardiologist|psychiatrist|dentist|consultant|hospital) (also |has |had |just )?(prescribed|gave|put (me|him|her) on|started|changed|stopped|switched)
(cardiologist|specialist|psychiatrist|neurologist|hospital|consultant|dentist|urologist) ... (but|while|whereas|and) ... (gp|doctor|family doctor)
conflicting|contradict*|(doesnt|dont|do not|does not) match|mismatch|discrepanc*|mixed up|mix up
(together with|at the same time as|combined with|in combination with)
(can|could|may|should|is it (ok|okay|safe) to) (i|he|she|we)? (take|use|give|have|combine|mix) ... (with|together|and) (my|his|her|the|a|an|some)
(duplicate|same) (medication|medicine|drug|ingredient|active ingredient)
(take|taking|give|giving|use|using|combine|combining|mix|mixing) ... together
already (take|taking|on|have|get|getting)|(didnt|did not|never) (ask|tell|know|mention) ... (take|taking|on|already)|(put|started|switched) (me|him|her) on ... instead
(does|do|will) the (pill|contraceptive*) (still )?work
(clash*|interfer*|mess|messes) with (my|his|her|the) (other )?(pill|contracepti*|meds|medication*|medicine*|tablets|pills|antidepressant*|antibiotic*)
duplicate (therap*|statin*|ssri*|nsaid*|antidepressant*|painkiller*|paracetamol|opioid*|anticoag*)
(${AC}|clopidogrel|plavix) + (naproxen|ibuprofen|aspirin|nsaid*|diclofenac|voltaren|nurofen|advil|aleve)
(taking|using) both|(m|am|been|re|he s|she s) on both|been (getting|given) both|(doesnt|dont) want (him|her|me|them) (on|taking) both
(should|must|do|can) (i|he|she|we) (keep )?(take|taking|give|giving|use|using) both
(repeat|med|meds|medication|medicine|medicines|prescription|drug) (list|record|records|chart|profile|sheet) still (shows|says|lists|has|includes|had)|mar still (shows|says|lists|has|had)
(are|is) (these|those|they|both|the two|it) (the )?same (thing|drug|medicine|medication|tablet*|pill*|stuff) + both
`;

const pregnancy = `
pregnan*|pregnent|preggers|preggo
(expecting|having) a baby|(weeks|months) pregnant
breast feed*|breastfeed*|breast fed|breastfed|nursing|lactat*|(pumping|expressing) (breast )?milk
(trying|try|want|plan|planning) to (conceive|get pregnant|have a baby)|ivf|fertility (treatment|clinic)
# (weeks|months) (along|gone)|trimester|trying for a baby
morning sickness|hyperemesis|(safe|ok|okay|harmful|dangerous) (for|to) (the|my|her|our) (unborn (baby|child)|bump|fetus|foetus)|unborn (baby|child)
(my|her) (ob|obstetrician|midwife)|breast milk|breastmilk|chestfeed*|chest feeding|postpartum|postnatal
`;

// prettier-ignore
export const en: LanguageRules = {
  lang: 'en',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    emergency: `
(know|spot) the (signs|symptoms)|face drooping arm weakness|breath (smells|stinks)
(took|taken|take|takes|taking) all (of )?(my|his|her|the) (pills|tablets|meds|medication|medicines) ... (as usual|as normal|as prescribed|like always|like normal)
(breathing|breathe|breathes) (well |properly )?through (his|her|my|the|their|your) nose|(skin|pores) (cant|cannot|isnt|is not|not) breath*
    `,
    allergy: `
(allergic|allergy|allergies) (to )?(cats|cat|dogs|dog|pollen|dust|grass|animals|pets|pet|bees|wasps|hay)
allergy (test*|clinic|season)
(form|page|questionnaire|they|you) ask* (me |us )?(about|for|re) (any )?allerg*|allerg* (form*|questionnaire*|question*)
(for|re) ... allerg* ... (queries|questions|enquiries) ... (contact|call|ring|email) (the|our|us|your)
(allergy|hayfever|hay fever) (pill*|meds|medic*|tablet*|relief|spray*|tabs|eye drops|remed*)|allerg* (for|on) (the|your|our)? (new )?(patient )?(form|record|records|file|registration)
    `,
    symptoms: `
fever (reducer*|medicine|med|meds|tablets|relief)|(migraine|headache|cough|reflux|heartburn|anxiety|pain|nausea|sickness) (med*|tablets|pills|relief|spray|syrup|mixture|medicine|drops|lozenges|prescription|suppressant)
cough (syrup|mixture|sweets)
tired of
hay fever|(yellow|typhoid) fever (vaccin*|jab*|jabs|shot*|injection*|immuni*)
    `,
    prior_auth: `
(prior|pre) (auth*|approv*) ... (approved|granted|accepted|renewed|not required|not needed|no longer (required|needed))|(approved|granted|renewed) ... (prior|pre) (auth*|approv*)
(no|not|without) (a |any )?(prior auth*|preauth*|pre auth*|pa) (is |was |will be )?(needed|required|necessary)|(does not|doesnt|wont|will not|did not|didnt) (need|require) (a |any )?(prior auth*|preauth*|pre auth*|pa)
special (authori*|approv*) ... (approved|granted|accepted|renewed)
    `,
    dosing: `
how much (is|are) (a|an|the|my|it|this|that|one|each|your)|how much (does|do|would|will) ... cost|how much ... (without|with|through|on) (insurance|my plan)|how much (to pay|do i owe|do i pay)
(price*|cost*|copay*|fee*|charge*|sale|offer*) (has |have |was |were |is |are |now |been )?(been )?(reduced|increased|raised|lowered|cut|dropped)|(reduced|increased|raised|lowered|cut) (the |our |my )?(* )?(price*|cost*|copay*|fee*|charge*)
how much (do|does|would|will|did) (you|it|they|that|this) (charge|cost)|how much notice|how much (is|are) ... (per (pen|box|pack|packet|month|bottle|vial|script|item)|without (insurance|coverage)|privately|private|cash|out of pocket)
(hours|opening|rent|price*|cost*|fee*|charge*|rate*|salary|wage*|bill*|invoice*) ... from * (to|until|till) *
    `,
    pregnancy: `
pregnancy (test*|kit*)
nursing (home*|staff|team|care|facility|assistant*|student*|service*)
(breastfeeding|breast feeding|nursing) (pillow*|pad*|bra*|top*|cushion*|cover*|pump*)|pregnant or (breastfeeding|breast feeding|nursing)
ob gyn*|obgyn*|(a|my|her|his|the|in|at|for|of) nursing (course|degree|placement|school|job|shift*|exam*|training|uniform*|career)
    `,
    medication_conflict: `
(sort*|spot*|caught|fix*|resolved|corrected) (out )?... (mix up|mixup)
same (medication*|medicine*|meds|drug*) (as (usual|always|before)|no change*|unchanged)
    `,
    controlled_substance: `
(methadone|suboxone|opioid) (dispensing|clinic|programme|program|service) (times|hours|days|schedule)
    `,
  },
  controlled: {
    country: 'US',
    // generic: national brands and spellings
    names: `
oxycodone: oxycontin, percocet, roxicodone, xtampza, endocet, oxynorm, endone, targin
hydrocodone: norco, vicodin, lortab, hysingla, zohydro
morphine: ms contin, oramorph, zomorph, kadian, sevredol, kapanol
fentanyl: duragesic, durogesic, actiq, fentora
hydromorphone: dilaudid, exalgo
oxymorphone
methadone: dolophine, methadose, physeptone
buprenorphine: suboxone, subutex, butrans, sublocade, zubsolv, belbuca, temgesic, norspan, butec, buvidal
tramadol: ultram, ultracet, zydol, tramal, zaldiar
tapentadol: nucynta, palexia
codeine: co codamol, cocodamol, panadeine, solpadeine, tylex, solpadol
tylenol (3|#3|no 3|with codeine)
promethazine (with )?codeine
amphetamine: amphetamine*, adderall, dextroamphetamine, dexedrine, dexamfetamine, dexamphetamine, amfexa, evekeo, mydayis
lisdexamfetamine: vyvanse, elvanse
methylphenidate: ritalin, concerta, focalin, equasym, medikinet, daytrana, methylin, xaggitin, delmosart, xenidate, biphentin
dexmethylphenidate
phentermine: adipex, lomaira, qsymia, duromine
modafinil: provigil
armodafinil: nuvigil
alprazolam: xanax
diazepam: valium, stesolid, valtoco, diastat
lorazepam: ativan
clonazepam: klonopin, rivotril
temazepam: restoril, normison
chlordiazepoxide: librium
clorazepate: tranxene
triazolam: halcion
zolpidem: ambien, stilnox, stilnoct
eszopiclone: lunesta
carisoprodol
pregabalin: lyrica
gabapentin: neurontin
phenobarbital: phenobarbitone
butalbital: fioricet, fiorinal
testosterone: androgel, testogel, nebido, sustanon, testim
ketamine: ketalar
dronabinol: marinol
sodium oxybate: xyrem
dihydrocodeine: co dydramol, df118, dhc continus
nurofen plus
diamorphine
pethidine: meperidine, demerol
zopiclone: zimovane, imovane
zaleplon
suvorexant: belsomra
lemborexant: dayvigo
midazolam: buccolam
oxazepam
nitrazepam: mogadon
clobazam: frisium, onfi
methamphetamine: desoxyn
nabilone: cesamet
nandrolone
    `,
  },
  negation: {
    pre: `
no|not|never|without|denies|no longer|none|neither|nor|nothing|free of|dont
doesnt|didnt|havent|hasnt|hadnt|isnt|arent|wasnt|werent|wont|zero|negative for
ruled out|nil|dont think|dnt|didn t|dont have|havnt|ain t
    `,
    post: `
none|nil|not present|ruled out|not (an issue|a problem)|not known|negative
nkda|nkfa|nka
    `,
    pseudo: `
no doubt|not sure|not certain|(dont|do not|didnt|did not) know|not only|not just|no idea
not (getting )?better|no better
not (improving|improved|helping|working|going away|stopping|clearing)
(hasnt|has not|havent|have not|didnt|did not|doesnt|does not|isnt|is not|wont|will not|arent) (touch*|improved|improve|help*|work*|gone away|go away|going away|stop*|clear*|get better|got better|gotten better|getting better|settle*)
no (improvement|change|relief)|(dont|do not) want to (run out|be without|miss)
(cant|cannot) (go|be|manage|cope) without|no (later|sooner) than|not (too|that) (long|far)
no more than|not to exceed|no problem|not (responding|waking|breathing)
(applied|approved|granted|issued) (for )?(it |them )?(# |a few )?(years|year|months) ago
(isnt|is not|its not|it s not) over
(does not|doesnt|do not|dont|did not|didnt|cant|cannot|can not) tolerate
(approved|renewed|granted|issued|authori*) (it |them )?(last year|last (spring|summer|autumn|fall|winter))
    `,
  },
  terminators: `
but|however|although|though|except|apart from|aside from|yet|whereas|otherwise
instead
and (now|then|today|since|suddenly|yesterday|this|last|i|he|she|my|his|her|it|they|we|now i)
now (i|he|she|my|it|there)|which|because|as (i|he|she) (have|has|am|is)
  `,
  historical: `
(years|decades|a year|ages|a long time|long|a while) ago|# years ago|# (year|yrs) ago
last year|past year|as a (child|kid|baby|teenager|toddler|teen)
in (my|his|her) (childhood|youth|teens|twenties)
when (i|he|she) was (a child|a kid|younger|young|little|a baby|a teenager|pregnant|small)
in the past|used to|use to|previously|history of|hx of|back in #|years back
a long time back|childhood|at the time|back then
  `,
  resolved: `
(gone|resolved|cleared|cleared up|went away|gone away|disappeared|settled|settled down|healed|recovered|subsided)
(has|have|it s|its|it has|that s|thats) passed|(is|are|s|its|it s) (all )?over (now|$)
(better|fine|ok|okay|good|normal|back to normal) now|all good
no longer (there|a problem|an issue)
(its|it s|it has) been (fine|ok|okay|no problem) (since|ever since|$)
back to (my|his|her|their) (old |usual )?self|when (i|he|she|we|they) first (started|began|took|went on) ... (settled|cleared|went away|wore off|passed|eased)
since (he|she|you|they) (caught|spotted|sorted|fixed) (it|that|the (mistake|error|mix up))
  `,
  hypothetical: `
if|what if|in case|in the event|in an emergency|in emergencies|for emergencies|whether
unless|should (i|he|she|we) (get|develop|have|experience|notice)
(worried|afraid|scared|concerned) (about|of) (getting|developing|having)|to avoid|to prevent
(risk|chance|chances) of|could (i|he|she) get|watch (out )?for|look out for|signs of
to report|(report|reporting) (any|an|a|suspected)|(please|kindly) report
  `,
  discontinued: `
no longer (take|taking|takes|use|using|on|need|needs|prescribed)
(stopped|stop|quit|quitted|came off|come off|coming off|discontinued|finished|weaned off) (taking|using|the|my|his|her)?
(not|never) (taking|on|using|prescribed|been on|taken|took|used)
(dont|doesnt|do not|does not|didnt) (take|use|need|want)|anymore|any more|no more
not any longer|(not|no longer) (currently )?(taking|using)|previous (medications|medicines|meds)
(nothing|none|no (products|meds|medicines)) (with|containing|that (has|contains))
old (medications|medicines|meds)
(without|no) (a )?prescription (needed|required)?|buy (online|now|cheap)|discreet (delivery|shipping)
  `,
  questionStart: `
what|whats|which|how|hows
(can|could|may|should|shall|will|would|must|do|does|did) (i|you|he|she|we|they|it|this|that|these|my|your|someone|anyone|one|people|u)
is|are|when|why|where|am i|anyone know|any idea
  `,
  questionCue: `
(i|we) (wonder*|was wondering|were wondering|am wondering|m wondering)
wondering (if|whether|how|what|why)|(would|d|like) like to know
(want|wanted|need|needed) to know|(please|pls|plz) (advise|tell me|let me know|confirm)
(could|can|would) you (tell|advise|confirm|let me know|explain|check)
any (advice|idea|ideas|thoughts|tips)
(need|want|looking for|seeking) (some )?(advice|your advice|guidance)
question (about|regarding|re|on|for)|not sure (if|whether|how|what|when)
is it (ok|okay|safe|alright|fine|normal)|advice (on|about|please)
  `,
  experience: `
(i|we) (have|has|had|got|get|getting|am|m|feel|felt|feeling|keep|developed|started|noticed|woke|broke|been|was|took|take|taken|suffer*|experienc*|cant|cannot|ve|d|think)
ive|im|iam|weve
(he|she|they) (has|have|had|got|is|are|was|were|keeps|feels|felt|developed|started|woke|took|cant|seems|s)
(my|our) * (has|is|was|had|got|keeps|seems|feels|felt|woke|took|developed|started|cant|s|just)
(my|his|her) (face|lip|lips|tongue|throat|skin|stomach|tummy|head|chest|leg|legs|arm|arms|back|eyes|heart|hand|hands|feet|foot|ankles|mouth|body|joints|muscles|vision|breathing)
since
(this|these) (rash|cough|pain|swelling|reaction|headache|itching|symptom*|spot*|bruis*|feeling|dizziness|nausea|side effect*)
(is|could|can|might) (this|it|that) be
is (this|it|that) (normal|ok|okay|a side effect|a reaction|an allergy|an allergic|serious|dangerous|related|because|from|due)
(makes|made|gives|gave|giving|making) me|yesterday|today|this morning|last night|tonight
for (#|a few|the past|the last) (days|weeks|hours|day|week)
given (me|him|her)
  `,
  clinical: `
(can|could|may|should|shall|do|must) (i|he|she|we|they|my *|my * *) (still |safely |also |now )?(take|use|give|drink|combine|mix|crush|split|cut|chew|stop|skip|double|increase|reduce|continue|keep taking|start taking|breastfeed|drive|dissolve|swallow|inject|apply|halve)
is (it|this|that)? (safe|ok|okay|alright|dangerous|bad|harmful|fine|normal|advisable|a problem|risky) (to|for|if|with|while|during|when|after|before)
(is|are) * (ok|okay|safe|fine|alright|compatible|suitable|dangerous) (for|with|to|if|while|during)?
how (much|many|often|long|soon|frequently|quickly|fast|late|early)
what (dose|dosage|strength|amount)|(right|correct|best|max*|usual|normal) (dose|dosage|amount)
(with|and|after|before|drink|drinking|have|having) (alcohol|wine|beer|a drink|a glass of wine|booze|grapefruit|caffeine|dairy|an empty stomach|food|meals)
what (is|are|s) * (for|used for|good for)|what (is|are|s) * * (for|used for)
what (does|do|will) * do|how (does|do|will|would) * (work|act|affect|interact)|how long (does|do|will|would|should|can) (it|this|they|these|the|my|*) (take|last|stay|work)
(store|storage|keep (it|them)|refrigerat*|fridge|room temperature|freeze|frozen|expired|expiry|out of date|past (its|the) (date|expiry))
instead of|replace|substitute|switch (to|from)|generic (version|equivalent|form)|same as|equivalent (to|of)|difference between
(on|with) (an )?empty stomach|with (or without )?food|before or after (food|meals|eating)
(can|could|does|do|will|might|would|may) (it|this|that|they|these|*) (cause|give|make|lead|affect|interact|raise|lower|increase|decrease|help)
(is|are) (it|this|these|they) (addictive|habit forming|an antibiotic|a steroid|a blood thinner|the same)
(how|when) (should|do|can|to) (i|we|he|she)? (take|use|give|apply|inject|stop|start)
(ok|okay|safe|fine|alright) to (take|use|give|drink|combine|mix)
(does|do|will|would|can|could|might) ... (keep|stop|affect|cause|give|make) (you|me|him|her|them)
how (does|do|will|would) ... (work|act|affect|interact)|work as well|how far apart
best time (of day )?to (take|use|give)|(still|it) (work|works|good|ok|okay|effective|safe)|ruined
(stronger|weaker) (than|version|form)|something different|the same (thing|as)|different from
be (crushed|split|halved|cut|chewed|dissolved|opened)|(most|maximum|max) ... (i|you|he|she) (can|should) (take|give|have)
  `,
  admin: `
refill*|re fill|renew*|repeat (prescription|script)|stock|available|availability
(pick|picking|picked) (it |them )?up|pickup|collect*|ready|deliver*|ship*|cost*|price*
pay*|charge*|invoice|bill|billing|receipt|insurance|covered|cover|copay|open
opening|hours|closed|order*|appointment|book*|sell*|buy*
(take|transfer|bring|send|fax) (my|the|this|a|his|her) (prescription*|script*|rx|order)|transfer*
how much (is|are|was|will|for|would)|account|address|parking|call (me|back)
  `,
  medicineWords: `
medicine*|medication*|meds|med|pill*|tablet*|capsule*|drug*|dose*|dosage|antibiotic*|vaccin*
jab|injection*|inhaler*|cream|drops|syrup|patch*|insulin|painkiller*|prescription*
(take|taking|took|use|using|give|giving) (it|them|this|these|that|those)
  `,
  inUse: `
take|takes|taking|took|taken|started|starting|been on|am on|is on|was on|using|use|uses|prescribed|since|after|course of
  `,
  indication: `
for (my|his|her|the)?|to treat|against
  `,
  notHelping: `
(doesnt|does not|didnt|did not|isnt|is not|not) (help*|work*|do anything|doing anything)|no (help|effect|relief)|still (has|have|got)|(for|to treat) (a|an|his|her|my) (infection|chest infection|uti|pneumonia|fever)
  `,
};
