// Nederlandse regels. Syntaxis: zie ./types.ts. Nieuwe zinnen achteraan een lijst toevoegen.
import type { LanguageRules } from './types';

const SUF =
  '(erg |heel |zeer |super )?(suf|suffig|slaperig|versuft|bewusteloos|verward|slap) ' +
  '| (niet|nauwelijks|moeilijk) wakker (te krijgen|te maken|worden) | wordt niet wakker | reageert (niet|nauwelijks)' +
  '| niet (meer )?aanspreekbaar | buiten bewustzijn | flauwgevallen';
const PIL = '(pil|pillen|pilletje*|tablet*|medicijn*|medicatie|capsule*|dosis|doses|pleister*|drank)';

const emergency = `
(pijn|druk|drukkend gevoel|beklemmend gevoel|benauwd gevoel) op (de|mijn|zijn|haar) borst | pijn in (de|mijn|zijn|haar) borst | borstpijn
hartaanval | hartinfarct
(kan|kon|kunnen) ... (niet|nauwelijks|bijna niet) (meer )?(ademen|ademhalen|adem halen|lucht krijgen) | (krijg|krijgt|kreeg|kregen) (geen|nauwelijks|bijna geen) (lucht|adem)
ademnood | (erg|heel|zeer|ontzettend|vreselijk) benauwd | stikt | (dreigt|dreig) te stikken | naar adem (happen|snakken)
keel (zit|gaat|knijpt) (dicht|toe) | keel (zwelt|is gezwollen|wordt dik)
(gezicht|lippen|lip|tong|keel|ogen|oogleden|mond) (is |zijn |wordt |worden |werd |werden )?(opgezwollen|gezwollen|dik|dikker|zwelt|zwellen|op aan het zwellen)
zwelling (van|in|aan|rond) (het|de|mijn|zijn|haar) (gezicht|lippen|tong|keel|mond|ogen)
anafyla* | quincke* | (allergische|anafylactische) shock
(overdosis|te veel (pillen|tabletten|medicijnen) (ingenomen|genomen|geslikt)) + (${SUF})
(dubbele dosis|twee keer (ingenomen|genomen|gegeven)|dubbele (hoeveelheid|portie)) + (${SUF})
zelfmoord* | suicid* | (wil|wilt|willen) (niet meer leven|dood) | (wil|wilt) ... dood | dood (wil|wilt|willen) | aan doodgaan | een (eind|einde) aan (mijn|zijn|haar) leven | levensmoe | mezelf ... (aandoen|van kant maken) | (mezelf|zichzelf) (iets|wat) (aan *|aandoe*|aangedaan) | (doe|doet) (ik|hij|ze)? (mezelf|zichzelf) (iets|wat) aan
(hele|volle|complete) (doos|strip|pot|potje|verpakking) ... (ingenomen|genomen|geslikt|leeg*|opgegeten|ingeslikt|doorgeslikt)
bewusteloos | buiten bewustzijn | niet (meer )?aanspreekbaar | flauwgevallen | in elkaar gezakt | (is|was) onwel geworden
(een|epileptische|epileptisch) (soort )?(aanval|insult|toeval) | stuip* | convulsie* | trekkingen
(een|had|heeft|kreeg|krijgt) (een )?beroerte | herseninfarct | hersenbloeding | (een|had|heeft|kreeg) tia | scheve mond | hangende (mondhoek|mond) | (praat|spreekt) (onduidelijk|raar|met een dubbele tong|wartaal) | dubbele tong | (arm|been) (is )?verlamd
(zoon|dochter|kind|kindje|baby|peuter|kleuter|kleinkind|kleinzoon|kleindochter|hond) ... (ingeslikt|doorgeslikt|opgegeten|gegeten|gevonden|leeggedronken|opgedronken|gedronken|in (zijn|haar) mond) ... (${PIL}|strip|stroop|fles|flesje|doos)
(zoon*|dochter*|kind|kindje|baby|peuter|kleuter|kleinkind|hond) ... (${PIL}|strip|stroop|fles|flesje|doos|methadon) ... (ingeslikt|doorgeslikt|opgegeten|gevonden|leeggedronken|opgedronken|gedronken|gesnoept)
112 (gebeld|bellen) | (ambulance|112) (gebeld|komt|is onderweg|bellen)
(bloed|bloedt) (opgehoest|ophoesten|overgeven|spugen|braken) | (spuugt|spuug|hoest|braakt) bloed | bloeding (stopt|houdt) niet op | (stopt|houdt) niet op met bloeden
(lippen|gezicht|vingers|huid) (zijn |is |worden |wordt |ziet |zien )?blauw | blauw (aanlopen|aangelopen|aanloopt)
ernstige allergische reactie | vergiftigingen informatiecentrum | nvic
(reageert|reageerde) (nauwelijks|bijna niet|amper|niet meer) | (bijna|nauwelijks|haast|niet) (niet )?wakker (te krijgen|te maken)? | wordt niet (meer )?wakker | reageert (niet|nergens) (meer )?op | krijg (hem|haar) (bijna|haast|nauwelijks) niet wakker | niet meer (goed )?aanspreekbaar
(ademt|ademhaling) (is |gaat )?(heel |erg |zo )?(langzaam|oppervlakkig|nauwelijks|raar|moeizaam|traag|amper)
(kan|kon) ... (arm|been|linkerarm|rechterarm|hand) ... niet (meer )?(optillen|bewegen|heffen|gebruiken) | (arm|linkerarm|rechterarm|been|hand) (is |voelt )?(ook )?(helemaal |ineens )?(slap|krachteloos|verlamd|gevoelloos)
(pijn|druk|drukkend gevoel|beklemmend gevoel) op (mn|m n|me) borst | (pijn|druk) (straalt|trekt) (uit )?naar (mijn|zijn|haar|de) (kaak|arm|linkerarm)
stijve nek + koorts
paarse (vlekjes|vlekken|puntjes) | vlekjes die niet wegdrukken
(hoofd|achterhoofd) ... gevallen + (suf|versuft|verward|overgeven|braken|slaperig)
(genomen|ingenomen|geslikt|ingeslikt) ... ## (pil*|tablet*|paracetamol|capsule*) | ## (pil*|tablet*|paracetamol|capsule*) ... (genomen|ingenomen|geslikt|ingeslikt)
(mond|mondhoek|gezicht) ... scheef | hangt ... scheef | (praat|spreekt) (hij|zij|ze)? (heel |erg |ineens )?(onduidelijk|raar|vreemd|verward)
(een )?einde aan (mijn|zijn|haar) leven (maken|wil maken) | er een (eind|einde) aan (maken|wil maken) | (wil|wilt) niet meer leven | zelfmoord*
piep* (bij|tijdens) ... adem* | (ineens|opeens) (heel )?(benauwd|verward) | krijg* (moeilijk|slecht) lucht | hapt naar (adem|lucht) | (gezicht|lippen|tong) ... (opgezwollen|voelt dik)
te schokken | (olifant|steken) (in|op) (mijn|de) borst | olifant (die )?op | (hangt|zakt) aan een kant | zie* het ... (niet|ni|nie) meer zitten | wil er (gewoon )?niet meer zijn
(batterij*|knoopcel*|schoonmaak*|wasmiddel*|bleek*) ... (ingeslikt|gedronken) | beter af ... zonder (mij|me|hem|haar) | ergste hoofdpijn | (bloedt|bloedneus) ... (stopt|houdt) niet | vlek* ... niet weg* ... drukt
(twee|2) keer ... (genomen|ingenomen) + (${SUF})
(ogen|oogjes) (draai*|rol*) (weg|omhoog) | (ogen|oogjes) weggedraaid | armen en benen (trokken|schokten)
(nauwelijks|amper|slecht|bijna niet) (meer )?aanspreekbaar | (hij|ze|zij|moeder|vader) zakt (steeds|telkens) weg | niet meer goed wakker
snak* naar (adem|lucht) | pupillen ... speldenknop* | (hij|ze|papa|mama|vader|moeder) (is|wordt|ziet) (er )?(helemaal )?blauw
(spaart|spaar|sparen|gespaard|opgespaard) ... (mijn|zijn|haar|m n) (${PIL}|slaappil*) | ${PIL} (spaart|spaar|sparen|gespaard|opgespaard|opspaart|op te sparen)
om (nooit|niet) meer wakker te worden | (wil|wou) (nooit|niet) meer wakker worden $ | dodelijke (dosis|hoeveelheid) | hoeveel ... (dodelijk|fataal)
ik (wil|wou) (gewoon )?niet meer $ | (alle|al mijn) ${PIL} ... (op tafel|op een rij) | (van|voor) (de|het|een) (brug|flat|dak|trein) ... springen
(kant|linkerkant|rechterkant) van * (gezicht|lichaam) ... (doof|gevoelloos|hangt) | (gezicht|mond|mondhoek) (hangt|zakt) | hangt (zijn|haar|mijn|de) (mond|mondhoek)
(linker*|rechter*|mond|tong) (wil|wilt|wilde) (niet|nie|ni) | (arm|linker*|rechter*) (valt|zakt) (steeds )?(naar beneden|omlaag) | praat alsof (hij|ze|ik) (dronken|gedronken)
(pijn|druk|beklemming) (midden )?(op|in) (m n|*) borst
(straalt|trekt|doortrekt|uitstraalt) (door |uit )?naar ... (kaak|linkerarm) + borst
(bloedneus|bloeding|wond) ... niet (meer )?(te )?(ophoudt|ophouden|stopt|stoppen) | blijft (maar )?bloeden
(marevan|sintrom|warfarine|xarelto|eliquis|bloedverdunner*) + (bloed in ... (plas|urine|ontlasting)|zwarte (ontlasting|poep)|bloedt ... de hele tijd)
(hypo|gespoten|(suiker|glucose) (is )?(heel |erg |te )?laag|(niet|niks|niets) gegeten) + (in de war|verward|onsamenhangend|herkent (mij|me|ons) niet|(amper|nauwelijks) antwoord)
(zoon*|dochter*|kind*|klein*|baby|peuter) ... (aan|in) ... (${PIL}|strip|doos*|medicijn*) ... gezeten
(ingenomen|geslikt|ingeslikt|opgegeten) ... (hele|volle) (doos|strip|pot|verpakking)
(zwelt|zwol) ... (tong|keel|lip|lippen|gezicht|mond)
## gram + (paracetamol|dafalgan|panadol)
bang (dat|om) ... (mezelf|mijzelf|zichzelf|hemzelf|haarzelf) ... (aandoe*|aan te doen|aan doe|aangedaan|van kant)
bang (dat|om) ... (een eind*|een einde) aan ... (maak|maakt|maken|te maken)|bang (dat|om) ... (zelfmoord|suicide)
(lippen|mond) ... (blauw|blauwig|blauwachtig|grauw|grijs|paars) | (blauw|grauw|paars) (rond|om) ... (mond|lippen)
(grauw*|asgrauw|lijkbleek|doodsbleek) + (klam*|zweterig|bezweet|het zweet|zweet (heel |zo )?(erg|enorm|als|door))
(koud|ijskoud) en (klam|zweterig|bezweet) | klam en koud
(praat|spreekt) (hij|ze|zij)? (ineens |opeens )?(onzin|nonsens|warrig|met (een )?(dikke|zware) tong) | lalt
chemo* + (heeft (nu |hoge )?koorts|# (# )?(graden|koorts)|koorts van|rilt|rillingen)
((sorry|spijt) ... (voor|van) alles|beter zo voor iedereen|afscheidsbrief*) + (slaappil*|lege|gespaard|opgespaard)
koffiedik + (overgegeven|overgeven|braak*|gebraakt|spu*|gespuugd|kots*)
niet (meer |goed )?te wekken | krijg* (hem|haar|ze) (bijna |amper )?niet (echt |goed |meer )?wakker
(methotrexa*|mtx) + ((elke|iedere) dag|dagelijks) (genomen|ingenomen|gegeven|geslikt|in plaats van)
alle (vakjes|zakjes) ... (leeggegeten|leeg gegeten|opgegeten|in een keer)
keel ... (dichtgeknepen|dichtgesnoerd|toegeknepen|dichtgedrukt)
(kreun*|fluit*) ... (elke|iedere) adem* | (reutel*|borrel*) ... adem* | adem* ... (reutel*|rochel*|borrel*)
lege (doordrukstrips|strips|doosjes|blisters) + (${SUF}|mompel*|ijskoud|op de (grond|vloer))
((ontlasting|stoelgang|poep) ... (zwart|pikzwart|teer*)|zwarte (ontlasting|stoelgang|poep)) + (weggezakt|flauw*|onderuit|bloedverdunner*|xarelto|eliquis)
ademt (niet|niet meer|bijna niet meer)|(is )?gestopt met ademen|geen ademhaling
(al|alle) (mijn|zijn|haar) (slaappillen|pillen|tabletten|medicijnen) ... (gespaard|opgespaard|verzameld|klaargelegd)
(maak|maakt) (ik|hij|ze|zij) er (een )?(eind|einde) aan|er (een )?(eind|einde) aan (maken|te maken)
`;

const adverse_reaction = `
bijwerking* | bijwerk* | bijverschijnsel*
(allergische |heftige |vreemde |rare )?reactie* (op|van|na|door)
(reageer|reageert|reageerde|reageren) (slecht |heftig )?op
sinds (ik|hij|zij|ze|we)? ... (begonnen|gestart|ben begonnen|ben gestart|overgestapt|gewisseld) (met|op)?
sinds (de|het|die|dat|mijn|zijn|haar|ik|hij|zij) (nieuwe )?(${PIL}|kuur|antibiotica|prik|vaccin*|injectie|creme|inhalator|puffer|behandeling)
(na|sinds) (het )?(innemen|slikken|gebruiken|starten|begin) | na (de|het|mijn) (prik|vaccin|vaccinatie|eerste (dosis|tablet|pil|prik))
(word|wordt|werd|ben|is) (ik |hij |zij |ze )?(erg |heel )?(misselijk|duizelig|suf|moe|ziek|slaperig|draaierig) van
(krijg|krijgt|kreeg|heb|heeft|had) (er |ik |hij |zij |ze )?(last|hoofdpijn|uitslag|buikpijn|diarree|jeuk|klachten|bultjes|spierpijn|maagpijn) van
(de|deze|die|dat|het|mijn|zijn|haar|nieuwe) (${PIL}|kuur|antibiotica|prik|vaccin|creme) (maakt|maken|geeft|geven|veroorzaakt|veroorzaken|bevalt|bevallen) (me|mij|hem|haar|niet)
(kan|zou|komt) (dit|het|dat) (komen|liggen|zijn) (door|aan|van) | komt (dit|het|dat) (door|van)
ontwenningsverschijnselen | afkickverschijnselen
eerste (dosis|tablet|capsule|pil|prik)
(genomen|gekregen|geslikt) ... geleden + nu
(zo|echt) (misselijk|duizelig|suf) van | van (de|die) nieuwe ${PIL} (krijg|word) | verdraag ... (niet|slecht)
sinds (ik|hij|zij|ze|we) ... (slik|slikt|gebruik|gebruikt|neem|neemt|krijg|krijgt|smeer|smeert)
sinds (de|het|die|mijn|zijn|haar) (nieuwe|andere|vervangende) (merk|doos*|middel|soort|verpakking|generiek*|bloeddruk*|cholesterol*|plaspil*|slaappil*)
`;

const allergy = `
allergi* | alergi* | allergisch* | overgevoelig*
(kan|kon|verdraag|verdraagt|verdroeg) (niet|slecht|geen) (tegen )?(penicilline|amoxicilline|aspirine|codeine|ibuprofen|pleisters|jodium|nsaid*|ontstekingsremmers)
intolerantie | anafyla*
quincke (oedeem|oedeem)|quinckeoedeem|angio oedeem|angio-oedeem|anafylactisch*
latexallerg* | notenallerg* | koemelk* | melkallerg* | melkeiwit* | lactoseallerg* | glutenallerg* | nikkelallerg* | pleisterallerg* | jodiumallerg* | penicillineallerg* | medicijnallerg* | intolerant*
waar (ik|hij|zij|ze|mijn *) (heel |erg |zo )?(heftig|slecht|allergisch|sterk) op reage*
`;

const symptoms = `
koorts | (heb|heeft|had|hebben) (wat )?verhoging | # graden
huiduitslag | (rode|jeukende|vlekkerige|rare|erge|veel) uitslag | (heb|heeft|had|kreeg|krijg|krijgt|kregen) (ik |hij |zij |ze )?(last van |ook |wat |een |veel )?uitslag | uitslag (op|over|aan) (mijn|zijn|haar|de|het) | uitslag (gekregen|sinds|door) | rode (vlekken|plekken|bultjes) | bultjes | netelroos | galbulten | jeuk | jeukt | blaren | vervelling
overgeven | overgegeven | braken | brak | spugen | gespuugd | kotsen | misselijk*
diarree | diaree | dunne ontlasting | aan de dunne
duizelig* | draaierig | licht in (het|mijn) hoofd | flauw (gevallen|voelen|worden) | wee gevoel
hoofdpijn | migraine | barstende hoofdpijn
(erg|veel|heel|zeer|vreselijk*|ondraaglijk*|hevig*|enorm*|ontzettend*) (pijn|veel pijn|zeer) | (pijn|zeer) (in|aan) (mijn|zijn|haar|de)
buikpijn | rugpijn | keelpijn | oorpijn | kiespijn | spierpijn | gewrichtspijn | maagpijn | krampen | maagkrampen
(wordt|worden|word|werd|gaat|gaan) (steeds |alleen maar )?erger | verergert | verslechter* | (niet|geen) (beter|verbetering|beterschap) | gaat niet over | gaan niet over | wil niet (over|weg)
hoest* | piepende ademhaling | kortademig* | benauwd*
gezwollen | opgezwollen | zwelling | dikke (enkels|benen|voeten|handen) | opzwellen | (enkels|benen|voeten|handen) (zijn |worden |werden )?(erg |heel )?dik*
hartkloppingen | hartritmestoornis | hart (gaat tekeer|slaat over|bonkt|klopt snel|racet)
bloeding* | bloedt | blauwe plekken | bloedneus | bloed in (de|mijn|zijn|haar)? (urine|ontlasting|plas|poep)
(wazig|dubbel) (zien|zicht) | zie (wazig|dubbel)
verward* | in de war | gedesorienteerd
slapeloos* | (kan|kon) (niet|slecht) (meer )?slapen | slaap (slecht|niet)
(voel|voelt|voelde) (me|mij|zich|hij|zij|ze)? (niet goed|niet lekker|ziek|beroerd|slap|raar|ellendig|zwak) | niet lekker | ziek (geworden|worden)
ontsteking | ontstoken | infectie | blaasontsteking | pus
(ben|is) gevallen | (lelijk|hard) gevallen
(erg|heel|extreem|ontzettend|zo) (moe|vermoeid|suf) | uitgeput
obstipatie | verstopt | opgeblazen gevoel | brandend maagzuur | zuurbranden | reflux
(elke|met de) dag erger
(ogen|oog|huid|lippen) (zijn |is |wordt )?(erg |zo )?(rood|branderig|geirriteerd) | branderig* | (rode|geirriteerde) (ogen|oog)
(slaap|slaapt|sliep) (bijna |haast |amper |heel |zo )?(niet|slecht|nauwelijks|amper) | (heel |zo )?(onrustig|rusteloos|opgefokt)
(is|ben) (hij|zij|ze)? (zichzelf|mezelf) niet | zo ken ik (hem|haar|mezelf) (helemaal )?niet
(enkels|benen|voeten|handen|hand|voet|been|enkel|knie|oogleden) (zijn |is |worden |wordt )?(nu |zo |erg |heel |wat )?(dik|dikker|opgezet|rood) (geworden|en (rood|warm|dik))? | schoenen passen ... niet meer
(plek*|vlek*|wond*|bult*|zwelling|uitslag) ... (groter|erger|roder|rooier|dikker) (geworden|worden|wordt)
(pus|etter|etterig*|ettert) | (geel|groen|gelig) vocht | rode (vlekjes|plekjes|puntjes) | onder de (rode )?(vlekjes|vlekken|bultjes|bulten|uitslag)
nachtzweet* | (nacht|nachts) ... (zweten|zweet) | waterdun* | (steeds|de hele dag) naar de (wc|toilet)
(brandt|pijn) (het )?achter (mijn|het|zijn|haar) borstbeen | (pijn|klachten|hoest|jeuk|uitslag) (is|zijn) (veel |nog )?erger geworden | zieker geworden | steeds (meer|ergere|heviger) (pijn|hoofdpijn|benauwd*)
`;

const dosing = `
(vergeten|overgeslagen|gemist|vergat|vergeet) (om )?(te nemen|in te nemen|te geven|te gebruiken|mijn|zijn|haar|de|een|een keer)? ${PIL}
${PIL} (vergeten|overgeslagen|gemist)
vergeten (in te nemen|te nemen|te geven|te spuiten)
dubbele (dosis|dosering|hoeveelheid) | twee keer (ingenomen|genomen|gegeven|geslikt) | (per ongeluk|perongeluk|abusievelijk) | te veel (ingenomen|genomen|gegeven|geslikt|pillen|tabletten) | teveel (ingenomen|genomen|gegeven|geslikt)
(andere|nieuwe|verkeerde|hogere|lagere|juiste|goede|gewijzigde) (dosis|dosering|sterkte)
(dosis|dosering|sterkte) (is |werd |wordt )?(veranderd|verhoogd|verlaagd|aangepast|gewijzigd|verdubbeld|gehalveerd|anders)
(verhogen|verlagen|aanpassen|halveren|verdubbelen|afbouwen) (van )?(de|mijn|zijn|haar) (dosis|dosering)
hoeveel ... (mag|moet|kan|mogen|moeten) ... (innemen|nemen|geven|gebruiken|slikken) | (weet|weten) ... niet (meer )?(zeker )?(hoeveel|hoe vaak|welke dosis)
(etiket|bijsluiter|doosje|label|sticker|apotheek) (zegt|vermeldt|staat) ... (maar|terwijl|anders) | (arts|dokter|huisarts|specialist) (zegt|zei|heeft gezegd) ... (anders|maar)
overdosis
zonder (mijn|zijn|haar) ... (sinds|al) | (dosis|dosissen|doses|pil|pillen|tablet) (gemist|overgeslagen) | (al|sinds) # dagen (geen|zonder)
(twee|2) keer ... (genomen|ingenomen|gegeven|gespoten) | dubbel (genomen|ingenomen|gespoten) | weet niet (meer )?of (ik|hij|zij) ... (genomen|ingenomen) | vergeten ... (in te nemen|te spuiten) | # mg in plaats van
van # (#)? (mg )?naar # (#)? mg | van (2x|3x) (per dag )?naar
allebei ... (dosis|${PIL}) ... gegeven
(verlaagd|verhoogd|opgehoogd|gehalveerd|afgebouwd|verdubbeld) + (mg|microgram|tablet*|pil*|capsule*|dosis|dosering|daags|per dag)
(nieuw*|aangepast*|gewijzigd*) dose* | dose* (is |werd )?(aangepast|gewijzigd|veranderd)
((halve|hele|anderhalve) (tablet*|pil*)?|# (tablet*|pil*)) (in plaats van|ipv|i p v)
(etiket|doosje|label|sticker|app|bijsluiter|brief|ontslagbrief|zakje) ... (staat|stond|zegt) ... (x|1x|2x|3x|tablet*|pil*|capsule*|puf*|mg) (per|daags)
(etiket|doosje|label|sticker|bijsluiter) ... (staat|stond) + ((arts|dokter|huisarts|specialist|cardioloog|psychiater|longarts|internist) (zei|zegt|vertelde)|begrepen van de|brief van de)
van (* )?# (#)? (mg |microgram |eenheden |tablet* )?naar # (#)? (mg|microgram|mcg|eenheden|tablet*|pil*) | # van # (mg )?(nemen|innemen|slikken|geven)
afbouw* | af te bouwen | (doormidden|door midden|in tweeen|in stukken) (knippen|breken|delen|geknipt|gebroken)
(in plaats van|ipv) ((#|eens) (1x|2x|x|keer|per|tablet*|pil*|capsule*|puf*|mg|$)|1x|2x|3x|halve|een halve)
(elke|iedere) (dag|ochtend|avond) ... (in plaats van|ipv)
(elke|iedere) (dag|ochtend|avond) + (wekelijks|1x per week|week (mag|mocht|moet|hoort))
extra (tablet*|pil*|pillen|dosis|doses|puf*|keer|capsule*|zakje*|pleister*|insuline|eenheden) ... (genomen|ingenomen|gegeven|geslikt|gespoten|geplakt|gepakt|moeten plakken)
(max|maximaal|maximum) hoeveel | hoeveel ... (max|maximaal|maximum)
alsnog (nemen|innemen|geven|spuiten) | (moet|mag) (ik|hij|zij|ze) (hem|haar|het|ze|die|deze) (nu |dan )?(nog|alsnog) (nemen|innemen|geven|spuiten)
zonder (het )?van elkaar (af )?(te )?weten | ${PIL} (dus |al |nog )?niet (gehad|genomen|ingenomen)
(omlaag|omhoog|lager|hoger) (bijstellen|bijgesteld|zetten|aanpassen) | (mag|kan) (dat|het) (ook )?vaker $ | vaker (nemen|geven|gebruiken|innemen|spuiten)
(moet|mag) (ik|hij|zij|ze) (nu |voortaan |dan )?(meer|minder|een halve|halve) (${PIL}|nemen|innemen|slikken|spuiten) | (voortaan|vanaf nu|vanaf morgen) (#|een halve|halve) (${PIL}|x|mg)
(nog )?meer (pufjes|puffen|tabletten|pillen|druppels) (geven|nemen)
te (hoge|lage) (dosis|dosering|sterkte) | (dosis|dosering|sterkte) (is |was )?te (hoog|laag)
`;

const controlled_substance = `
opiaat | opiaten | opioid* | benzo | benzos | benzodiazepine* | opiumwet* | (verdovend|verdovende) middel* | opiumrecept
(kwijt|gestolen|verloren) ... (pijnstillers|slaappillen|slaapmiddel*|adhd medicatie)
(slaappil*|pijnstillers) ... (kwijt|gestolen) | fentanylpl* | morfinepl*
`;

const prior_auth = `
machtiging* | artsenverklaring | voorafgaande toestemming | toestemming (van|door) (de|mijn) (zorgverzekeraar|verzekeraar|verzekering)
(machtiging|aanvraag|vergoeding) (is |werd )?(afgewezen|geweigerd|verlopen|nog niet (binnen|rond|goedgekeurd))
(geen|verlopen|afgewezen) (machtiging|artsenverklaring)
(aanvraag|attest|terugbetaling) ... (geweigerd|afgewezen|niet goedgekeurd)
(attest|machtiging|akkoord|toestemming) (van|door) de adviserend* (arts|geneesheer)|hoofdstuk (iv|4)|(attest|machtiging|terugbetaling) ... (vervallen|verlopen|niet verlengd|loopt af)
(verzeker*|zorgverzeker*|mutualiteit*|ziekenfonds) ... (afgewezen|geweigerd|afgekeurd) | (afgewezen|geweigerd|afgekeurd) (door|bij) (de|mijn) (verzeker*|zorgverzeker*|mutualiteit)
`;

const medication_conflict = `
wisselwerking* | interactie | interacties | contra indicatie* | contraindicatie* | gaat (niet )?samen met | (mag|kan) (niet )?samen
(twee|2|verschillende|meerdere) (artsen|dokters|huisartsen|specialisten|voorschrijvers|apotheken)
(andere|nieuwe|tweede) (arts|dokter|huisarts|specialist|cardioloog|psychiater|tandarts|ziekenhuis|voorschrijver) (heeft )?(ook )?(voorgeschreven|gegeven|veranderd|gestopt|erbij gegeven)
(cardioloog|specialist|psychiater|neuroloog|ziekenhuis|tandarts|internist|longarts) ... (maar|terwijl|en) ... (huisarts|dokter)
tegenstrijdig* | klopt niet | komt niet overeen | verschil (tussen|in) | door elkaar (gehaald|gegeven|gekregen)
(samen met|tegelijk met|tegelijkertijd met|in combinatie met|gecombineerd met|combineren met)
(dubbel|dezelfde) (medicijn|medicatie|werkzame stof)
(slik|gebruik|neem|krijg) (ik |hij |zij )?al | al (jaren )?(op|aan de)
naast mijn (${PIL}|bloedverdunner*) | van de huisarts (heb|krijg) ik (ook|al) | klopt ... niet met elkaar
(psychiater|cardioloog|specialist|reumatoloog|neuroloog) ... voorgeschreven + huisarts ... (ook|al) ... (gegeven|voorgeschreven)
(naproxen|ibuprofen|diclofenac|nurofen|voltaren|ontstekingsremmer*|nsaid*|aspirine|ascal) + (xarelto|eliquis|pradaxa|apixaban|rivaroxaban|dabigatran|acenocoumarol|sintrom|fenprocoumon|bloedverdunner*)
(allebei|beide|alle twee) (hetzelfde|dezelfde) ... (voorgeschreven|gegeven) | (twee|2) (doosjes|dozen) ... (andere|verschillende) (naam|namen)
(welke|welk) (lijst|overzicht|versie) (klopt|juist is|geldt) | (staat|staan) * * (er )?(twee keer|dubbel) (op|in)
(moest|moet|zou) (stoppen|ophouden) ... (weer|opnieuw) (heeft |had |is )?(voorgeschreven|gegeven|gekregen|begonnen)
medicatieoverzicht ... (ander*|klopt niet|niet (meer )?(klopt|juist|correct)|verschil*)
(allebei|beide|alle twee) (blijven )?(nemen|slikken|gebruiken|innemen|geven)
van de (huisarts|huisdokter|dokter) (en|maar|plus) ... van de (cardioloog|specialist|psychiater|neuroloog|internist|longarts|reumatoloog|orthopeed|uroloog|ziekenhuis|kine|pijnarts)
(allebei|beide|elk) (iets|wat) anders | (zeggen|zeiden) (iets|wat) anders
(allebei|beide|alle twee) (nog )?(bedoeld|nodig|de bedoeling)
(rol|baxter*|zakje*|medicijnrol|medicatierol|weekdoos) ... (zit|zitten|staat|staan) (er )?nog (steeds|gewoon|altijd)
(overzicht|medicatieoverzicht|lijst|ontslagbrief) + (zijn|waren) niet (hetzelfde|gelijk)
(neem|neemt|slik|slikt) (ik|hij|zij)? (ze|die) (gewoon |dan )?(allebei|beide) | (die|dat) (neemt|slikt|neem|slik|gebruikt) (ze|hij|ik) ook
daarnaast ... (nemen|innemen|gebruiken|slikken) | (erbij|bij) (nemen|innemen|gebruiken|slikken)
tegelijk* (nemen|innemen|gebruiken|geven|slikken) | (kan|mag) (dat|dit|het|ze) (wel )?samen (of|$) | samengaa*
(nemen|gebruiken|innemen|slikken|geven|combineren) (als|terwijl) (ik|hij|zij|ze|je) (al |ook )?(de|mijn|zijn|haar)? * (slik|slikt|gebruik|gebruikt|neem|neemt)
(werkt|werken) (mijn|de|haar|het) (pil|anticonceptie*|ring|prikpil) (nog|wel|dan|minder)
simvastatine + (atorvastatine|rosuvastatine|pravastatine)
`;

const pregnancy = `
zwanger* | in verwachting | zwangerschap*
borstvoeding | (geef|geeft|geven) (de )?borst | kolven | lactatie | voeden
kinderwens | (proberen|probeer|proberen om|willen) zwanger (te )?worden | ivf | vruchtbaarheids*
borstvoedende | (voed|voedt) (ik|zij|ze)? (nog )?zelf | (geef|geeft) (nog |ook )?(de )?borst
`;

// prettier-ignore
export const nl: LanguageRules = {
  lang: 'nl',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    emergency: `
    bijna een (hartaanval|beroerte) | wat een toeval | (herken*|bij|signalen van) (een )?(beroerte|hartaanval)
    (doos|strip|pot*|verpakking) (is|was) (al |bijna )?(leeg|op)
ademt (niet )?(goed |lekker )?door (zijn|haar|de|mijn|z n) neus
    `,
    medication_conflict: `
    (nota|bon|kassabon|factuur|rekening) klopt niet | (haal|ophalen|valt) ... samen met
    (neem|slik|gebruik) (ik )?al (mijn|zijn|haar|de) | al jaren dezelfde
    (risico|voorraad|doos*|strip|pillen|tabletten|medicatie) al op
    de bekende contra indicaties
    `,
    pregnancy: `
    zwangerschapstest* | zwangerschaps test* | (flesvoeding|voeden van)
    voeden
    (voedingskussen*|kussen*) ... borstvoeding | zwangerschap (en )?(bevalling|kraam*)
    (formulier*|vragenlijst*) (vroeg|vraagt|vragen|wil weten) (ze |jullie |u )?of (ik|u|je) zwanger (ben|bent|was|is) (of (ik )?borstvoeding (geef|geeft))?
    `,
    allergy: `
    allergi* (voor|tegen)? (katten|kat|honden|hond|pollen|huisstofmijt|gras|stuifmeel|hooikoorts)
    hooikoorts
    allergi* (voor|tegen)? (berk*|gras*|boom*|bijen|wespen) | (kat*|hond*|pollen*|huisstof*) allergi*
    gevraagd (wordt |werd )?naar (mijn |uw |eventuele )?allergie*
    `,
    symptoms: `
    (middel|drank|medicijn|siroop|pillen|tabletten) (tegen|voor) (de )?(koorts|hoest|pijn|hoofdpijn|diarree)
    verhoging van
    (batterij|accu) ... opgezwollen | hoestdrank* | hoestsiroop*
    (kat|katten|poes|hond|honden|huisdier*) ... (diarree|overgeven|braken|spugen|jeuk*|koorts|hoest*|uitslag|ontst*)
    (hoest*|jeukt|bloedt|braakt) (ik|hij|ze|het)? niet meer
    `,
    prior_auth: `
    geen machtiging nodig
    (machtiging*|artsenverklaring*) ... (is|werd|wordt) (al |inmiddels |nu )?(goedgekeurd|verlengd|toegekend)
    (machtiging*|artsenverklaring*) ... (loopt|geldig|verlengd) (is )?(nog )?(tot|t m)
    (vroeg|vraag*) ... of (er )?(een )?(machtiging*|artsenverklaring*) nodig
    (als|zodra) (de|mijn|die) (machtiging*|artsenverklaring*) (straks )?(verloopt|afloopt)
    (declaratie*|nota|factuur|rekening|betaling) ... (afgewezen|geweigerd|afgekeurd)
    (machtiging*|artsenverklaring*) (is )?geldig (van|vanaf|tot)
    machtiging* (voor |tot )?(automatische |doorlopende )?(incasso|afschrijving*) | incassomachtiging*
    `,
    adverse_reaction: `
    (app|website|herhaalservice) (gebruik|gebruikt)
    `,
    dosing: `
    # keer (per|daags)
    (prijs*|premie|bijdrage|kosten|eigen risico) ... (verhoogd|verlaagd)
    `,
  },
  controlled: {
    country: 'NL',
    names: `
    oxycodone: oxycodon*, oxycontin, oxynorm, targinact
    morphine: morfine, ms contin, oramorph, kapanol, sevredol
    fentanyl: durogesic, abstral, instanyl, effentora, breakyl, pecfent, matrifen, fentanylpleister
    hydromorphone: hydromorfon, palladon
    methadone: methadon
    buprenorphine: buprenorfine, subutex, suboxone, temgesic, transtec, norspan
    tapentadol: palexia
    tramadol: tramal, zaldiar, tramagetic, theradol, tradonal, contramal, dolzam
    codeine: codeïne, dafalgan codeine, paracod, bronchosedal codeine
    methylphenidate: methylfenidaat, ritalin, concerta, medikinet, equasym, rilatine, kinecteen
    amphetamine: dexamfetamine, tentin, amfexa
    lisdexamfetamine: elvanse
    oxazepam: seresta
    diazepam: valium, stesolid
    temazepam: normison
    lorazepam: temesta
    alprazolam: xanax
    bromazepam: lexotanil, lexotan
    lormetazepam: noctamid, loramet
    nitrazepam: mogadon
    clonazepam: rivotril
    flurazepam: staurodorm
    midazolam: dormicum, buccolam
    zolpidem: stilnoct
    zopiclone: zopiclon, imovane
    brotizolam: lendormin
    chlordiazepoxide: chloordiazepoxide
    clorazepate: clorazepaat, tranxene
    prazepam: reapam, lysanxia
    flunitrazepam: rohypnol
    ketamine: esketamine, spravato
    medicinale cannabis: bedrocan, bediol, sativex
    oxybaat: xyrem
    clobazam: frisium
    loprazolam: dormonoct
    nordazepam: nordaz
    pethidine
    piritramide: dipidolor
    `,
  },
  negation: {
    pre: `
    geen | niet | nooit | niet meer | zonder | nog nooit | nergens | niets | niks | geen enkele | noch
    nee | geen last van
    `,
    post: `
    (heb|had|hebben|heeft|kreeg|krijg|krijgt|merk|merkte|voel|voelde|zie|zag|gehad) (ik|hij|zij|ze|we|je|u)? (trouwens )?(er )?(ook )?(niet|geen|nooit|niks|niets)
    geen (bekend|bekende)? $ | niet bekend | (nee|neen) | (zijn|is) (er )?niet | (goedgekeurd|verlengd|toegekend) $
    `,
    pseudo: `
    niet (zeker|alleen|beter|goed|lekker|fijn|helemaal|weg|over|meer dan) | (weet|weten|wist) (het|ik|we|nu|echt)? (nu|echt|eigenlijk)? niet
    (gaat|gaan|ging|wil|willen) niet (over|weg|beter) | geen (idee|verbetering|beterschap)
    zonder (recept|afspraak|problemen) | (kan|kon) niet zonder | niet (meer )?aanspreekbaar
    (kan|kon|kunnen) ... niet (meer )?(ademen|ademhalen|slapen|lopen|praten|eten)
    wordt niet (meer )?wakker | niet wakker | (krijg|krijgt|kreeg) (geen|nauwelijks) (lucht|adem)
    reageert niet | (niet|geen) (goedgekeurd|verlengd|toegekend)
    niet meer (zijn|leven) | geen zin meer | is beter zo
    niet (die|dat|deze|het|de) (andere|ander|nieuwe|oude)
    `,
  },
  terminators: `
    maar | echter | behalve | alleen | wel | toch | ondanks | terwijl | omdat | want | nu | inmiddels
    en (nu|sinds|vandaag|gisteren|ik|hij|zij|ze|mijn|zijn|haar|het|er|toen)
  `,
  historical: `
    vorig jaar | vorige jaar | afgelopen (jaar|winter|zomer|herfst|lente)
    (jaren|jaar|lang|heel lang|een jaar|# jaar|enkele jaren|een tijd) geleden | als kind | als baby
    toen (ik|hij|zij|ze) (klein|jong|kind|een kind|zwanger|baby) was | vroeger | in het verleden
    destijds | voorgeschiedenis | in mijn jeugd | toen der tijd
  `,
  resolved: `
    (is|zijn|was|waren) (nu )?(weer )?(over|weg|verdwenen|voorbij|genezen|beter|verholpen)
    (gaat|gaan|ging) (nu )?(weer )?(beter|goed) | weer (over|weg|goed|beter|normaal) | verdwenen
    hersteld | opgeknapt | over gegaan | overgegaan | weggetrokken
  `,
  hypothetical: `
    als (ik|hij|zij|ze|je|het|mijn|er|u|we|iemand|uw) | wat als | bij spoed
    bij (acute|ernstige|plotselinge|levensbedreigende) (klachten|problemen|verslechtering|situaties) | in geval van nood | stel dat
    indien | mocht (ik|hij|zij|ze|het|er) | voor het geval | in geval van | om te voorkomen
    ter voorkoming | (risico|kans) (op|van) | bang (voor|om|dat) | eventuele | eventueel | letten op
    in (dringende|acute) gevallen | in noodgevallen | (mensen|patienten|iemand) met
  `,
  discontinued: `
    (neem|neemt|gebruik|gebruikt|slik|slikt|nemen|gebruiken) ... (niet meer|geen ... meer)
    (geen|niet) ... meer | niet meer | (gestopt|gestaakt|afgebouwd|stoppen|stop) (met)?
    niet meer (nodig|in gebruik) | (vroegere|oude|eerdere) (medicatie|medicijnen)
    zonder recept | discreet (geleverd|verzonden|bezorgd) | (bestel|koop) (nu|online)
    (verwijder*|schrap*) ... uit (de|het|mijn) (herhaalservice|herhaling|lijst|medicijnrol) | uit (de|het|mijn) (herhaalservice|herhaling) (halen|gehaald|verwijderen|verwijderd|schrappen|geschrapt)
  `,
  questionStart: `
    wat | welke | welk | hoe | hoeveel
    (kan|kun|kunt|mag|moet|moeten|mogen|kunnen|zal|zou|zouden|heeft|hebben|is|zijn|wordt|werkt|helpt|weet|weten) (ik|je|jij|u|hij|zij|ze|het|dit|dat|men|er|mijn|we|jullie|deze|die)
    waarom | wanneer | waar | waarvoor | klopt het | is | zijn er
  `,
  questionCue: `
    (ik )?vraag (me|mij) af | (ik )?(wil|zou) (graag )?(willen )?weten | graag (willen )?weten
    (kunt|kan|kun) (u|je|jullie) (me|mij)? (vertellen|adviseren|laten weten|uitleggen)
    graag (advies|uw advies) | (een|mijn) vraag | vraag (over|omtrent|betreffende|mbt|m b t)
    (weet|weten) (u|jullie) (of|hoe|wat) | advies (over|nodig) | niet zeker (of|hoe|wat)
  `,
  experience: `
    ik (heb|had|ben|voel|voelde|krijg|kreeg|word|werd|kan|merk|merkte|zit|hoest|moet|lig|slik|gebruik)
    heb ik | had ik | ben ik | voel ik | krijg ik
    (hij|zij|ze) (heeft|had|is|was|krijgt|kreeg|voelt|wordt|werd|kan|moet|ligt)
    mijn * (heeft|is|had|was|krijgt|kreeg|voelt|wordt|werd|kan)
    (mijn|zijn|haar) (gezicht|lippen|tong|keel|huid|buik|hoofd|borst|been|benen|arm|armen|rug|ogen|hart|handen|voeten|enkels|mond|lichaam)
    sinds
    (deze|die|dit|dat) (uitslag|hoest|pijn|zwelling|reactie|hoofdpijn|jeuk|klachten|bijwerking*|duizeligheid|misselijkheid)
    is (dit|dat|het) (normaal|erg|een bijwerking|gevaarlijk|ernstig) | (maakt|geeft|gaf) (me|mij)
    gisteren | vandaag | vanochtend | vannacht | vanmorgen | vanavond
    verdraag*
    (hij|zij|ze) (slikt|gebruikt|neemt|slaapt|sliep)
  `,
  clinical: `
    (mag|kan|kun|moet|moeten|mogen|kunnen|zou) (ik|hij|zij|ze|men|je|jij|u|we|mijn *) ... (innemen|nemen|gebruiken|geven|drinken|combineren|slikken|stoppen|overslaan|verdubbelen|doorgaan|breken|fijnmaken|kauwen|autorijden|rijden|halveren|borstvoeding)
    is het (veilig|erg|gevaarlijk|verstandig|goed|normaal|slecht|schadelijk|een probleem|verantwoord|ok|oke) (om|als|met|tijdens|bij|voor)?
    hoeveel (mag|moet|kan|tabletten|pillen|keer|mg|milligram) | hoe (lang|vaak|snel) | om de hoeveel
    welke (dosis|dosering|sterkte) | maximale (dosis|dosering)
    (met|en|na|voor|bij|tijdens) (alcohol|wijn|bier|een biertje|een glas wijn|grapefruit|grapefruitsap|koffie|cafeine|melk|het eten|eten|de maaltijd|maaltijden) | nuchter
    waarvoor (is|dient|zijn|gebruik) | waar (is|dient|zijn) ... voor | wat (is|doet) * (precies)? | hoe werkt | wat doet
    bewaren | bewaard | koelkast | kamertemperatuur | houdbaar* | over de datum | verlopen | invriezen
    in plaats van | vervangen | generiek* | hetzelfde als | verschil tussen | ander merk
    (kan|kunnen) (het|dit|dat|die|deze) ... (veroorzaken|geven|kwaad)
    (is|zijn) (het|dit|deze|die) (verslavend|een antibioticum|een bloedverdunner|hetzelfde)
    (kan|kunnen|geeft|veroorzaakt) * (geven|veroorzaken) | hoe lang (mag|kan|duurt)
  `,
  admin: `
    herhaal* | voorraad | beschikbaar | leverbaar | ophalen | afhalen | klaar | klaarliggen | klaarstaan
    bezorg* | opsturen | verzend* | prijs | kost | kosten | betalen | betaling | factuur | rekening
    vergoed* | eigen risico | open | openingstijden | gesloten | bestel* | afspraak | overzetten
    overschrijven | adres | hoeveel (kost|kosten|betaal)
  `,
  medicineWords: `
    medicijn* | medicatie | geneesmiddel* | pil | pillen | tablet* | capsule* | dosis | antibiotica | kuur | vaccin*
    prik | injectie* | zalf | druppels | drank | pleister* | recept | (het|ze|die|deze|dit) (innemen|nemen|gebruiken|geven|slikken)
    oogdruppel* | neusspray*
    griepprik* | coronaprik* | prikpil
  `,
  inUse: `
    slik | slikt | gebruik | gebruikt | neem | neemt | genomen | begonnen | sinds | na | voorgeschreven | kuur
  `,
  indication: `
    voor (mijn|zijn|haar|de|het)? | tegen (de|mijn|zijn|haar)?
  `,
  notHelping: `
    (helpt|hielp|werkt|werkte) (niet|nauwelijks|weinig) | geen (effect|verbetering) | nog steeds | voor (een|de|mijn) (longontsteking|infectie|blaasontsteking)
  `,
};
