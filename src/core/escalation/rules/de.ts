// Deutsche Regeln. Syntax: siehe ./types.ts (Groß-/Kleinschreibung und Umlaute egal: ä = a,
// ß = ss). Neue Sätze am Ende einer Liste anfügen.
import type { LanguageRules } from './types';

const BENOMMEN =
  '(sehr |extrem |total )?(schläfrig|benommen|bewusstlos|verwirrt|apathisch|schlapp) ' +
  '| nicht (mehr )?(wach zu bekommen|wach zu kriegen|ansprechbar|aufzuwecken) | wacht nicht (mehr )?auf | reagiert nicht (mehr)?' +
  '| schwarz vor (den )?augen | (kipp|kippe|kippt) ... um | schläft (immer wieder|ständig) ein | pupillen ... (klein|eng)';
const TABL =
  '(tablette*|pille*|medikament*|kapsel*|dosis|dosen|pflaster|tabletten|schmerztabl*|schlaftabl*|blutdrucktabl*)';

const AK =
  '(marcumar|falithrom|xarelto|eliquis|lixiana|pradaxa|blutverdünn*|blutverduenn*|rivaroxaban|apixaban|edoxaban|dabigatran|phenprocoumon)';
const KID =
  '(sohn|tochter|kind|baby|kleinkind|enkel|enkelin|enkelkind|hund|kleine|kleiner|kleines|junge|mädchen)';

const emergency = `
brustschmerz*|(schmerzen|druck|engegefühl|enge) (in|auf) der brust|herzschmerz*
herzinfarkt|herzanfall
(kann|konnte|kriegt|kriege|krieg|bekomme|bekommt|cha) ... (nicht|kaum|keine|schlecht|schlechter|schwer|nüm|nimmer) (mehr )?(atmen|luft|schnaufen|schnuufe)|atemnot|luftnot|schwer atmen|ersticke*|ringt nach luft
(hals|rachen) (schwillt|ist geschwollen|schnürt sich zu|macht zu|wird eng)
(gesicht|lippe|lippen|zunge|hals|augenlider|mund) (ist |sind |wird |werden )?(ganz |total |so |immer |stark )?(geschwollen|zugeschwollen|dick geworden|dicker|angeschwollen)|(gesicht|lippen|zunge|hals) (schwillt|schwellen) an
schwellung (im|der|des|an den) (gesicht|lippen|zunge|hals|mund)
anaphyla*|quincke*|(allergischer|anaphylaktischer) schock
(überdosis|überdosierung|zu viele tabletten|zu viel genommen) + (${BENOMMEN})
(doppelte dosis|doppelt genommen|zweimal genommen|doppelte menge|genommen ... (nochmal|noch einmal)) + (${BENOMMEN})
suizid*|selbstmord*|(will|möchte|wollte) (nicht mehr leben|sterben)|(mir|sich) ... das leben (zu )?nehmen|lebensmüde|mich umbringen
(ganze|volle) (packung|schachtel|dose|flasche) ... (genommen|geschluckt)
bewusstlos|ohnmächtig|ohnmacht|zusammengebrochen|bewusstsein verloren|wieder zu (mir|sich) gekommen|nicht (mehr )?ansprechbar|reagiert nicht
nicht (mehr )?(wach zu bekommen|wach zu kriegen|aufzuwecken)|wacht nicht (mehr )?auf
krampfanfall|fieberkrampf*|epileptischer anfall|(hat|hatte) einen anfall|krampfanfälle|krampft
schlaganfall|hirninfarkt|hirnblutung|hängender mundwinkel|(schiefes|hängendes) gesicht|(verwaschene|undeutliche|lallende) sprache|lallt|(arm|bein) (ist )?gelähmt
${KID} ... ${TABL} ... (geschluckt|verschluckt|gegessen|gekaut|gelutscht|zerbissen|gefressen)
${KID} (hat )?(geschluckt|verschluckt|gegessen) ... ${TABL}
(112|notruf|notarzt|rettungswagen|krankenwagen) (angerufen|gerufen|kommt|ist unterwegs)|(soll ich|sollen wir) (den |die )?(112|notruf|notarzt|rettungswagen|krankenwagen) (rufen|anrufen)
blut (husten|erbrechen|gespuckt|erbrochen|gehustet)|(hustet|erbricht|spuckt) blut|blutung (hört nicht auf|stoppt nicht)|(starke|heftige) blutung
(lippen|gesicht|finger|haut) (sind |ist |werden |wird )?(blau|bläulich)|blau anlaufen
schwere allergische reaktion|giftnotruf|giftinformationszentrum
kaum (wach|ansprechbar|zu wecken|aufzuwecken)|kaum wach zu (kriegen|bekommen)|(reagiert|reagierte) kaum
(atmet|atmung) (er |sie )?(sehr |ganz |so )?(langsam|flach|kaum|komisch|seltsam)
${KID} ... (gefunden|getrunken|ausgetrunken|im mund) ... (tablette*|pille*|medikament*|pflaster|saft|sirup|flasche|packung)
(nicht mehr leben|sterben) (will|möchte|wollte)|nicht mehr leben|mir (etwas|was) antun|sich (etwas|was) antun
(kann|konnte) (plötzlich )?nicht mehr (richtig )?sprechen|mundwinkel (hängt|hängen)|(arm|bein|hand) (ist )?(plötzlich )?(kraftlos|schlaff|gelähmt|taub)
steifer nacken + fieber
nackensteife* + fieber
(violette|lila) (flecken|punkte)
(genommen|geschluckt|eingenommen) ... ## (tablette*|pille*|paracetamol)|## (tablette*|pille*|paracetamol) ... (genommen|geschluckt|eingenommen)
(mein|sein|ihr) leben beenden|(will|möchte|mochte) nicht mehr leben|suizid*|selbstmord*
(schlecht|schwer) luft|japst|röchelt|röcheln|atmet (er |sie )?(sehr |ganz |so )?(schnell|pfeifend)|pfeift beim atmen|(atmen|schnaufa) pfeift|pfeifen beim (atmen|einatmen)|luft (ist |wird )?(so |sehr )?knapp|blaue (lippen|fingerspitzen)
(quaddeln|nesselsucht) + (schwindel*|schwindlig|kreislauf|ohnmächtig)
(zunge|zung) ... (dick|zu groß)|redet (wirres zeug|wirr|unsinn)|(redet|spricht) ... (wirres zeug|wirr|verwaschen|undeutlich|lallend)|weiß (nicht|nich) (mehr )?wo (er|sie|ich) (ist|bin)|erkennt (mich|uns) ... nicht|(baby|säugling) (ist )?(ganz |sehr )?(schlapp|apathisch)|zuckt ... am ganzen|krampft seit
(stechen|druck|schmerz*|enge*) (in|hinter|auf) (der|meiner|seiner|ihrer) brust|## (schlaftablette*|schmerztablette*|beruhigungs*|kapsel*) ... (genommen|geschluckt)
(knopfzelle*|batterie*|spülmaschinentab*|spülmittel|waschmittel*|reiniger|putzmittel*|bleiche|lampenöl|benzin|frostschutz*) ... (verschluckt|geschluckt|getrunken|im mund)
(tabletten|pillen) (gesammelt|gehortet)|(will|möchte) nicht mehr aufwachen|(leben|alles) hat keinen sinn mehr|besser ohne mich|ohne mich ... (besser|leichter)|teerstuhl|kaffeesatz|kaffeesud|hört nicht auf zu bluten
(schwarze* stuhl*|stuhl (ist )?(ganz )?schwarz) + ${AK}
((steifen|steifem) nacken|nacken (ist )?steif) + fieber
(schlimmste*|stärkste*) (kopfschmerzen|kopfschmerz|kopfweh)|(kopfschmerzen|kopfweh) ... wie ... nie|plötzlich* ... (heftige*|starke*|extreme*) (kopfschmerzen|kopfschmerz)
(kann|konnte) ... (nicht|nich|kaum) mehr (richtig |richitg )?(sprechen|reden)|(arm|bein|hand|gesicht) (hängt|hängen) ... (runter|schlaff|seite)
(huste|hustet|husten|spucke|spuckt|erbreche|erbricht|kotze|kotzt) (seit * |immer wieder |heute |auch )?(frisches |hellrotes |richtig )?blut
((blute|blutet|blutung|bluten|nasenbluten) ... (stunde|stunden|std)|(stunde|stunden) ... (blutet|blutung|nasenbluten)|(läuft|blutet) immer weiter) + ${AK}
${KID} ... (war|ist|kam|sind|waren) (an|in) (die|den|der|omas|opas|meine|seine|unsere|ihre)? ${TABL}
(bin|ist) ... (umgekippt|weggekippt|kollabiert)
nicht mehr (aufwach*|aufzuwachen)|es (heute nacht|für immer) vorbei|(will|möchte|wollte) ... alles (einfach )?(aufhört|vorbei ist)
(alle|ganzen) (meine |seine |ihre |die )?* (auf einmal )?(genommen|geschluckt|eingeworfen)
(juckt (alles|überall)|rote flecken|ausschlag|quaddeln) + (schwarz vor (den )?augen|ohnmächtig|umgekippt)
(lippen|lippe) ... (blau|bläulich|lila)
(methotrexat|mtx|metex|lantarel) + (täglich|jeden tag) (genommen|eingenommen|gespritzt|gegeben)
(statt|anstatt) # (einheiten|ie) ## (einheiten|ie)|(zu viel|doppelt|versehentlich) (* )?(insulin|einheiten) ... gespritzt
angst ... (mir|sich) (etwas|was) (antue|antut|anzutun|antun)|angst ... (mich|sich) (umbringe|umbringt|umzubringen|umbringen)|angst ... (suizid|selbstmord)
(ganze*|komplette*|halbe*|volle*) (flasche|packung|schachtel|dose|blister*|tube|röhrchen|roehrchen) ... (getrunken|ausgetrunken|leergetrunken|geschluckt|gegessen|genommen|eingenommen)
(gesicht|mund) ... schief|(wörter|worte) (kommen|chömed) ... (falsch|durcheinander|verdreht)
(linke|rechte|linker|rechter|eine) (seite|körperhälfte|gesichtshälfte|hand|arm|bein) ... (taub|schwr|gelähmt|schwach|gefühllos|schwer (an|wie)|wie eingeschlafen)
(gesicht|gsicht|arm|bein|seite) ... (nicht mehr|nüm) spür*|spür* ... (gesicht|arm|bein|seite) nicht mehr
(verwirrt|durcheinander|(seh|sehe|sieht) (alles |plötzlich )?(doppelt|dopelt)|(nicht|nöd) (mehr |meh )?(richtig |rächt )?wach) + (fieber|insulin|zucker|${AK})
(kopf|hinterkopf) ... (gestoßen|angeschlagen|aufgeschlagen) + (${AK}|pupille*|erbr*)
schwarz vor (den )?augen + (herzrasen|herz (rast|jagt|stolpert)|rast ... herz|blute* ... stark)
(boden|gestürzt|hingefallen) + ((kommt|kam) nicht (mehr )?hoch|(redet|spricht) nicht)
(drückt|druck|schmerz*|stech*|eng*) ... brustbein|brustbein ... (drückt|schmerz*|weh)
((kopf|kinn) ... nicht ... (beugen|brust)|(flecken|pünktchen) ... glas) + fieber
(alles geregelt|abschied*) + (geht|nimmt|meldet) (er |sie )?(sich )?nicht mehr
(therme|gastherme|kohlenmonoxid*) + (alle|beide) ... (kopfweh|kopfschmerz*|benommen)
${KID} + ${TABL} ... (rumgekaut|angeknabbert|genascht)
(redet|spricht|sieht) ... (die|der) nicht da (sind|ist)
atmet (nicht|nicht mehr|kaum noch)|(hat )?aufgehört zu atmen|keine atmung|atemstillstand
(hustet|hustest|huste) (er|sie|ich)? blut|ringt (er|sie|ich)? (nach|um) luft|(bringe|bring) ich mich um|mich (selbst )?umbringen
`;

const adverse_reaction = `
nebenwirkung*|nebenwirk*
(allergische |heftige |komische )?reaktion* (auf|nach|von)
(reagiere|reagiert|reagierte) (schlecht |heftig )?auf
seit (ich|er|sie|wir)? ... (angefangen|begonnen|nehme|einnehme|umgestellt|gewechselt)
seit (dem|der|den|meinem|meiner|meinen|ich|er|sie) (neuen )?(${TABL}|antibiotikum|spritze|impfung|creme|behandlung|einnahme)
(nach|seit) (der )?(einnahme|impfung|spritze|ersten (dosis|tablette))
entzugserscheinungen|entzugssymptome
(vertrage|verträgt|vertrug) (das|die|den|es) ... nicht
erste (dosis|tablette|kapsel|spritze)
(genommen|bekommen) ... (vor # minuten|vor einer stunde) + jetzt
(hängt|hängen) (das|es|dies) ... zusammen
seit ... (neue*|andere*) (marke|firma|hersteller)|seit (der |dem )?(umstellung|wechsel)
`;

const allergy = `
allergi*|allergisch*|überempfindlich*
(vertrage|verträgt|vertrug) (kein|keine|keinen) (penicillin|amoxicillin|aspirin|ass|ibuprofen|codein|pflaster|jod)
unverträglichkeit|intoleranz|anaphyla*
nussallergie|erdnussallergie|penicillinallergie|latexallergie|medikamentenallergie
quincke (ödem|oedem)|quinckeödem|angioödem|angiooedem
`;

const symptoms = `
fieber|(habe|hat|hatte) (erhöhte )?temperatur|# grad
ausschlag|hautausschlag|rote flecken|quaddeln|juckreiz|juckt
erbreche*|erbrechen|übergeben|übelkeit|durchfall
schwindelig|schwindlig|(mir ist|ist mir) schwindel*|benommen|kopfschmerz*|migräne
(starke|sehr starke|heftige|schlimme|unerträgliche) (schmerzen|bauchschmerzen|kopfschmerzen)
(wird|werden|ist|wurde) (immer )?schlimmer|verschlechter*|keine besserung|geht nicht weg
husten|hustet|kurzatmig*|atembeschwerden|geschwollen|schwellung*
herzrasen|herzstolpern|blutung*|blutet|blaue flecken|nasenbluten
(fühle|fühlt) (mich|sich) (nicht gut|schlecht|krank|elend|schwach|unwohl)|geht (mir|ihm|ihr) (nicht gut|schlecht)
schüttelfrost|brennen beim (wasserlassen|pinkeln)|(tut|tun) (mir |ihm |ihr )?... weh|eitert|knallrot
kopfweh|(ständig|dauernd|immer|viel) durst*|nachts (* )?(raus|aufs klo|pinkeln)
(zucker|blutzucker|werte) ... (zu hoch|über ##)|(kilo|kg) (* )?zugenommen|ödem*
(beine|unterschenkel|knöchel|füße|waden) ... (dicker|dick|angeschwollen)
`;

const dosing = `
(vergessen|ausgelassen|verpasst|vergaß) (zu nehmen|einzunehmen|zu geben)? (eine|meine|die|seine|ihre|zwei|#)? ${TABL}
${TABL} (vergessen|ausgelassen|verpasst)
vergessen (einzunehmen|zu nehmen|zu geben)
doppelte (dosis|menge)|(zweimal|doppelt) (genommen|eingenommen|gegeben)|(aus versehen|versehentlich|irrtümlich)|zu viel (genommen|eingenommen|gegeben)|zu viele (tabletten|pillen)
wie (viel|viele) ... (darf|soll|muss|kann) ... (nehmen|einnehmen|geben)
überdosis|überdosierung
seit # tagen (ohne|keine)|ohne (meine|seine|ihre) ... seit
(#|ein paar|mehrere) (tage|tagen) (lang )?(vergessen|nicht genommen)|(mg|stärke) statt|falsche (tabletten|stärke|dosis)
(dosis|dosierung|schema|dosierschema) (* )?(geändert|erhöht|reduziert|halbiert|angepasst|umgestellt)|falsch (gefüllt|gestellt|dosiert)
(auf|von) (# )?(# )?(mg|einheiten|ie) ... (erhöht|erhoeht|hochgesetzt|reduziert|gesenkt|runtergesetzt|halbiert|verdoppelt)
wie (viel*|oft) (* )?(ich|er|sie|man) ... (nehmen|einnehmen|geben) (soll*|darf|muss)
`;

const controlled_substance = `
btm|btm rezept|betäubungsmittel*|opioid*|opiat*|benzo|benzos|benzodiazepin*|suchtgift*
(verloren|gestohlen|geklaut|verlegt) ... (btm rezept|schmerzmittel|schlaftabletten)
(schlaftabletten|schmerzmittel|beruhigungsmittel) ... (verloren|gestohlen|geklaut|vorzeitig)
`;

const prior_auth = `
genehmigung (der|von der|durch die) (krankenkasse|kasse|versicherung)|kostenübernahme*|vorabgenehmigung|(antrag|genehmigung) (abgelehnt|abgelaufen|fehlt)
(krankenkasse|kasse) (hat )?(abgelehnt|genehmigt nicht|lehnt ab)
(krankenkasse|kasse) ... genehmig*
kostengutsprache*|bewilligung ... (abgelaufen|abgelehnt|fehlt|nötig)
(genehmigung|bewilligung|kostenübernahme*) ... nicht (erteilt|da|bewilligt|genehmigt)|genehmigung ... steht noch aus
(warte*|noch keine|ohne) ... (kostenzusage|kostenübernahme|kostenuebernahme|genehmigung der (kasse|krankenkasse))|kostenzusage
`;

const medication_conflict = `
wechselwirkung*|interaktion*|kontraindi*|verträgt sich (nicht )?mit
(zwei|2|verschiedene|mehrere) (ärzte|ärztinnen|fachärzte|apotheken)
(kardiologe|facharzt|psychiater|neurologe|krankenhaus|klinik|zahnarzt) ... (aber|während|und) ... (hausarzt|arzt)
widersprüchlich*|verwechselt
(zusammen mit|gleichzeitig mit|in kombination mit|kombiniert mit|kombinieren mit)
(nehme|bekomme|nimmt|bekommt) (ich |er |sie )?(bereits|schon)
(nimmt|nehme) (glaub ich |wohl |jetzt )?beide|medikationsplan ... (falsch|fehler*|stimmt nicht)
(diclo*|voltaren|ibu*|naproxen|ass|aspirin) + ${AK}
(medikations*|entlassungsbrief|arztbrief) ... steht (aber |doch )?noch
`;

const pregnancy = `
schwanger*|schwangerschaft*|erwarte ein kind|erwartet ein baby
ich stille|stillt|stillen|stillzeit|abpumpen
kinderwunsch|(versuche|versuchen) schwanger zu werden|ivf|kinderwunschbehandlung
ssw|muttermilch|trimester
`;

// prettier-ignore
export const de: LanguageRules = {
  lang: 'de',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    emergency: `
(flasche*|glas|dose|becher) (ist|war) umgekippt|(alle|ganzen) ... (wie|nach) (verordnet|verschrieben)
(schlaganfall*|herzinfarkt*|anaphyla*) ... erkennen|erkennen von *
atmet (nicht )?(richtig |gut )?durch die nase|haut atmet
    `,
    pregnancy: `
schwangerschaftstest*
(geschenk*|gutschein*) ... schwanger*|schwanger* ... ... (babyparty|geschenk*|gutschein*)
(gewicht|wiegen) ... dem stillen|dem stillen (* )?wiegen|stillen (klappt|läuft)|abpumpen ... (füttern|flasche)
(unterlagen|steuer*|quittung*|rechnung*) (für|zur)? (die |meine )?kinderwunsch*
    `,
    prior_auth: `
(muss|müssen) (die )?(krankenkasse|kasse) ... genehmig*|brauch* (ich|man) ... genehmigung
(kosten*|genehmigung) (... (jetzt|nun|endlich|doch) (doch )?|ist |wurde )?(erteilt|bewilligt|genehmigt|da)
die kosten* (für (das |die )?* )?(geschickt|erteilt)
    `,
    medication_conflict: `
apotheken ... ... (vorrätig|lagernd|lieferbar|nachgefragt)
    `,
    controlled_substance: `
betäubungsmitteldoku*|btm doku*|(umgang|erfahrung) mit (btm|betäubungsmittel*)
apotheken ... (sachen|mittel|medikamente) wie * (oder *|und *)?
    `,
    allergy: `
allergi* (gegen|auf)? (katzen|hunde|pollen|hausstaub|gräser|heuschnupfen)
heuschnupfen
(gegen|auf) (katzen|hunde|pollen|hausstaub|gräser) (bin ich )?allergi*|ob (ich|er|sie)? ... allergi* ... (nein|keine)
    `,
    symptoms: `
(mittel|medikament|tabletten|saft|sirup) (gegen|bei) (fieber|husten|schmerzen|kopfschmerzen|durchfall)
hustensaft
angst (vor|dass)
(hund|katze|kater|haustier) (* )?(hat )?(hustet|husten|erbricht|durchfall|fieber|ausschlag|juckreiz)
    `,
  },
  controlled: {
    country: 'DE',
    // generic: national brands and spellings
    names: `
tilidine: tilidin, valoron
oxycodone: oxycodon*, oxygesic, targin, oxycontin
morphine: morphin*, morphium, sevredol, substitol, compensan
fentanyl: durogesic, abstral, instanyl, fentanyl*
hydromorphone: hydromorphon, palladon, hydal
methadone: methadon
levomethadon: l polamidon
buprenorphine: buprenorphin, subutex, suboxone, temgesic, transtec, norspan
tapentadol: palexia
pethidine: pethidin, dolantin
piritramid
methylphenidate: methylphenidat, ritalin, medikinet, concerta, equasym
lisdexamfetamine: lisdexamfetamin, elvanse
amphetamine: dexamfetamin, attentin
modafinil
lorazepam: tavor
diazepam: valium
alprazolam: tafil, xanax
bromazepam: lexotanil
clonazepam: rivotril
oxazepam
lormetazepam: noctamid
flunitrazepam: rohypnol
midazolam: dormicum
zolpidem: stilnox
zopiclone: zopiclon
tramadol: tramal
codeine: codein
dihydrocodeine: dihydrocodein
pregabalin: lyrica
cannabis: dronabinol, sativex
ketamine: ketamin, esketamin, spravato
natriumoxybat: xyrem
    `,
  },
  negation: {
    pre: `
kein|keine|keinen|keinem|keiner|keines|nicht|nie|niemals|nicht mehr|ohne|weder
noch nie|nichts|nein
    `,
    post: `
(habe|hatte|hat|haben|bekomme|bekam|merke|merkte|spüre|gehabt) (ich|er|sie|wir)? (zum glück )?(nicht|keine|kein|keinen|nie|nichts)
(ist|war) (mir|ihm|ihr) (nicht|kaum)|(hat|habe|hatte) * (keine|keinen|kein)|(längst|lange) nicht mehr|keine bekannt
keine (bekannt|bekannten)? $|nicht bekannt|nein $
    `,
    pseudo: `
nicht (sicher|nur|besser|gut|ganz|weg|mehr als|wusste)|weiß (ich )?nicht|(als|seit) (letzte*|vorige*) (woche|monat)
seit (der|dem|den|anfang|mitte|ende)? (letzte*|vorige*|vergangene*) (woche|monat)
(geht|gehen|will) nicht (weg|besser)|keine (ahnung|besserung)|ohne (rezept|termin|probleme)
nicht (mehr )?(richtig )?(ansprechbar|wach zu bekommen|aufzuwecken|wach)|wacht nicht|reagiert nicht
(kann|konnte|kriegt|kriege|bekomme|bekommt) ... (nicht|kaum|keine) (mehr )?(atmen|luft|schlafen)
hört nicht auf|geht (mir|ihm|ihr) nicht gut
(ich|er|sie) kann nicht mehr
schläft immer wieder weg
    `,
  },
  terminators: `
aber|jedoch|außer|ausser|allerdings|trotzdem|sondern|während|weil|denn|doch
jetzt|nun|und (jetzt|seit|heute|gestern|ich|er|sie|mein|meine|es|dann|ihr|ihre|sein|seine|wir|unser|unsere)
  `,
  historical: `
letztes jahr|vergangenes jahr|vor (# |vielen |einigen |mehreren |ein paar )?(jahren|jahr)
vor langer zeit|als kind|als (ich|er|sie) (klein|jung|ein kind|schwanger) war
früher (hatte|habe|war|nahm|hat|einmal)|damals|in der vergangenheit|in meiner kindheit
vorgeschichte
lange her|(letzte|letzten|vorige|vorigen|vergangenen) (woche|monat)
  `,
  resolved: `
(ist|sind|war|waren) (übrigens |zum glück )?(jetzt |inzwischen |mittlerweile |längst |schon )?(von selbst )?(wieder |ganz |komplett |völlig )?(weg|vorbei|verschwunden|abgeheilt|besser|verheilt)
wieder (weg|gut|besser)|verschwunden|abgeklungen|(geht|ging) (es )?(jetzt )?(wieder )?besser
geht (es )?(ihm|ihr|mir|uns) (inzwischen |jetzt )?(wieder )?gut
  `,
  hypothetical: `
wenn|falls|was wenn|in notfällen|im notfall|bei notfällen|bei (einem )?notfall|bei (akuter|akuten|akutem|plötzlicher)|was ist wenn|im falle
für den fall|um zu vermeiden|vorbeugend|(risiko|gefahr) (für|von|einer)|angst (vor|dass)
eventuell*|sollte (ich|er|sie) ... bekommen
  `,
  discontinued: `
(nehme|nimmt|nehmen|brauche|braucht) ... (nicht mehr|kein ... mehr)|nicht mehr
(kein|keine|keinen) ... mehr|(abgesetzt|abgebrochen|aufgehört|ausgeschlichen)
nicht mehr (nötig|benötigt)|(frühere|alte) (medikamente|medikation)
ohne rezept|diskreter versand|(jetzt )?(kaufen|bestellen)
  `,
  questionStart: `
was|welche|welcher|welches|wie|wieviel|wieso|warum|wann|wo|wofür|wozu
(kann|darf|soll|muss|sollte|könnte|ist|sind|hat|haben|gibt|wirkt|hilft|macht|wird) (ich|man|er|sie|es|das|mein|meine|wir|der|die|dies)
  `,
  questionCue: `
(ich )?(möchte|würde|wollte) gerne? (wissen|fragen)|ich frage mich|(können|könnten) sie (mir )?(sagen|raten)
eine frage|frage (zu|zum|zur|bezüglich|wegen)|bitte um (rat|auskunft)|nicht sicher (ob|wie|was)
  `,
  experience: `
ich (habe|hatte|bin|war|fühle|bekomme|bekam|kann|merke)|habe ich|bin ich|wird mir
(er|sie) (hat|hatte|ist|war|bekommt|bekam|fühlt|kann)|(mein|meine) * (hat|ist|hatte|war|bekommt|bekam|fühlt|kann)
(mein|meine|sein|seine|ihr|ihre) (gesicht|lippen|zunge|hals|haut|bauch|kopf|brust|bein|arm|augen)|seit
ist (das|es) (normal|gefährlich|eine nebenwirkung|schlimm)|gestern|heute
  `,
  clinical: `
(darf|kann|soll|muss|sollte) (ich|man|er|sie|wir|mein *) ... (nehmen|einnehmen|geben|trinken|kombinieren|absetzen|teilen|stillen|fahren)
ist (es|das) (sicher|gefährlich|ok|okay|in ordnung|normal|schädlich|ein problem) (wenn|mit|während|zu|bei)?
wie (viel|viele|lange|oft|schnell)|wieviel|welche (dosis|dosierung|stärke)
(mit|und|nach|vor|zu) (alkohol|wein|bier|grapefruit|kaffee|milch|dem essen|essen|mahlzeit*)|nüchtern
wofür (ist|sind)|wozu (ist|dient)|was (ist|macht|bewirkt) *|wie wirkt
aufbewahr*|kühlschrank|haltbar*|abgelaufen
statt|anstelle|ersetzen|generik*|unterschied zwischen|(verursachen|auslösen)
  `,
  admin: `
folgerezept|vorrätig|lager|verfügbar|lieferbar|abholen|fertig|liefer*|versand|preis|kostet
kosten|bezahlen|rechnung|zuzahlung|geöffnet|öffnungszeit*|bestell*|termin|adresse
  `,
  medicineWords: `
medikament*|arznei*|tablette*|pille*|kapsel*|dosis|antibiotik*|impfung|spritze|salbe|tropfen
pflaster|insulin|schmerzmittel|(es|sie|das|die) (nehmen|einnehmen|geben|schlucken)
  `,
  inUse: `
nehme|nimmt|genommen|eingenommen|nahm|seit|nach|angefangen|begonnen|verschrieben
  `,
  indication: `
gegen (meine|mein|seine|ihre|die|den)?|für (meine|mein|die|den)?
  `,
  notHelping: `
(hilft|half|wirkt|wirkte) (nicht|kaum)|keine (wirkung|besserung)|immer noch|gegen (eine|die) (infektion|lungenentzündung)
  `,
};
