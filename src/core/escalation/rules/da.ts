// Danske regler. Syntaks: se ./types.ts (store/små bogstaver og accenter tæller ikke;
// æ ø å kan også skrives ae oe aa). Tilføj nye sætninger sidst i en liste.
import type { LanguageRules } from './types';

const SLOEV =
  '(meget |helt |voldsomt )?(døsig|sløv|omtåget|bevidstløs|forvirret|slap) ' +
  '| (kan|kunne) ikke (vække|vaagne) (ham|hende|dem)? | vågner ikke | reagerer ikke | ikke til at vække | besvime*';
const PILLER = '(pille*|tablet*|medicin*|kapsle*|dosis|doser|plaster*|piller)';

const emergency = `
(smerte*|ondt|trykken|tryk|spænding*) (i|for|midt i) (brystet|brystkassen) | brystsmerte* | hjertesmerte*
hjerteanfald | blodprop i hjertet | hjertestop
(kan|kunne) ... ikke (få) (luft|vejret) | (kan|kunne) ... ikke (trække) vejret | (får|fik) ikke (nok )?luft | (kan|kunne) ikke ånde
åndenød | vejrtrækningsbesvær | (svært|besvær) ved at (trække vejret|få luft) | kvæles | ved at blive kvalt | snapper efter (vejret|luft)
(hals|halsen|svælg|svælget) (snører sig sammen|lukker (sig )?(i|til)|er hævet|hæver|svulmer)
(ansigt|ansigtet|læbe|læber|læberne|læben|tunge|tungen|hals|halsen|øjne|øjnene|øjenlåg|mund|munden) (er |bliver |blev |begynder at )?(hævet|hævede|hæver|hovent|hoven|hovne|svulmer|svulmet|opsvulmet)
hævelse (i|af|omkring) (ansigtet|læberne|halsen|tungen|munden|øjnene)
anafylaksi | anafylaktisk* | quincke* | allergisk chok
(overdosis|(taget|tog|fået|fik|slugt|givet) (alt )?for mange|for mange (piller|tabletter)|for meget medicin) + (${SLOEV})
(dobbelt dosis|dobbeltdosis|(taget|tog|givet|gav|fået|fik) ... (2|to|3|tre) gange|dobbelt så meget) + (${SLOEV})
selvmord* | suicid* | (vil|ville) (ikke leve|dø) | (tage|tog|taget) (mit|sit|hans|hendes) (eget )?liv | gøre en ende på (det|mit liv) | livstræt | skade mig selv
(hele|en hel|fuld) (pakke|pakken|æske|æsken|glas|glasset|strip|bøtte) ... (taget|slugt|spist)
bevidstløs | besvimet | (er )?faldet om | reagerer ikke | ikke kontaktbar | uden bevidsthed
(kan|kunne) ikke (vække) (ham|hende|dem) | vågner ikke | (er )?ikke til at vække
krampeanfald | kramper i hele kroppen | epileptisk anfald | (får|fik|har) (et )?anfald | krampetrækning*
slagtilfælde | blodprop i hjernen | hjerneblødning | skæv mund | hængende mundvig | (taler|snakker) (helt |meget )?(sløret|utydeligt|mærkeligt) | snøvl* | sløret tale | utydelig tale | (arm|ben) (er )?lammet
(søn|datter|barn|barnet|baby|babyen|dreng|pige|barnebarn|hund) (har |havde )?(slugt|spist|taget|fået fat i) ... ${PILLER}
${PILLER} ... (slugt|spist) af (min|vores)? (søn|datter|barn|baby)
(søn|datter|barn|barnet|baby|dreng|pige|barnebarn) ... (har |havde )?(drukket|slugt|spist) ... (hele (flasken|glasset|pakken)|mange (piller|tabletter))
(ringet|ringede|skal vi ringe|skal jeg ringe|tilkaldt|kaldt på) (til |efter )?(en )?(112|1813|ambulance*|alarmcentral*) | ambulancen (er på vej|kommer)
(hoster|hostede|hostet|kaster|kastede|kastet) (lidt |noget )?blod (op)? | (kaster|kastede|kastet) op med blod | blod i opkast | (blødning*|næseblod) (der |som )?(ikke vil stoppe|stopper ikke|ikke stopper) | (stærk|kraftig|voldsom) blødning
(læber|læberne|ansigtet|fingre|fingrene|huden) (er |bliver |blev |er blevet )?(lidt |helt )?(blå|grå|blålige) | blå om (læberne|munden)
alvorlig allergisk reaktion | giftlinjen
(svær|svært|svaer) at (vække|få kontakt med) | (reagerer|reagere) (næsten|knap|stort set) ikke | (næsten|knap) ikke (vågen|til at vække|kontaktbar)
(trækker|traekker) vejret (meget |helt )?(langsomt|overfladisk|dårligt|mærkeligt)
(søn|datter|barn|barnet|baby|barnebarn|hund) ... (fundet|drukket|åbnet|i munden) ... (pille*|tablet*|medicin*|plaster*|strip|saft|mikstur|flaske|æske)
(vil|ville) ... (dø|ikke leve mere) | tanker om at (dø|tage mit liv) | skade (mig|sig) selv
(kan|kunne) (pludselig )?ikke (finde ordene|tale ordentligt|løfte (sin|min|hans|hendes) arm) | (arm|ben|hånd) (er )?(helt )?(slap|lammet|kraftesløs|følelsesløs)
stiv nakke + feber
(lilla|blå) (pletter|prikker) der ikke forsvinder
(slået|slog) (hovedet|sit hoved) + (døsig|sløv|forvirret|kaster op)
(taget|tog|slugt|spist) (ca|cirka|omkring|over|vel|nok)? ## (stk|pille*|piller|tablet*|panodil|pamol|paracetamol|ipren) | mangler (der )?(ca )?## (stk|piller|tabletter)
(søn|datter|barn|barnet|baby|barnebarn) ... (har |havde )?(spist|slugt|drukket) (af|nogle|mange|en hel|hele)
kramper i (flere|#|et par) minutter | (haft|fået|fik) kramper
(hiver|gisper) efter (vejret|luft) | (svært|besvær) ved at få (vejret|luft) | (ansigt*|læbe*|tunge*) (er )?helt (hæve*|hoven*|tyk*) | pludselig* (meget )?(forvirret|sløv)
kramper og (det )?stopper ikke | (trykkende|knugende|strammer) ... (brystet|venstre arm|kæbe*) | hænger i (den ene|venstre|højre) side
pludselig* ... ikke (løfte|bevæge) ... (armen|benet) | (taget|slugt) hele (pakken|æsken|glasset) | (slugt|drukket) ... (batteri*|knapcelle*|opvaskemid*|vaskemid*|klorin)
orker ikke (mere $|livet|at leve) | bedre uden mig | (bløder|blødt|blødet|næseblod) ... (stopper ikke|(i )?(over|mere end) (en|#|halvanden) time*) | (udslæt|pletter|prikker) ... (ikke forsvinder|forsvinder ikke|ikke blegner|blegner ikke) ... (trykker|tryk*|glas*) | værste hovedpine
(har|havde|haft|fået|får|fik) (# |flere |endnu et )anfald | ikke (kommet|kommer|vågnet) til (sig selv|bevidsthed)
(trække*|trak|rykke*|spjætte*|slår|slog) (i|med)? (arme og ben|armene og benene) | (armene og benene|arme og ben) (trækker|rykker|spjætter|slår)
øjne* (rullede|ruller|rullet|vendte|vender) (op|tilbage|rundt) | (han|hun|barnet) er ikke til at få kontakt med
(svarer|reagerer) (ikke|næsten ikke|knap|ikke rigtig) (rigtig |ordentligt |ordentlig )?(når|selvom) (jeg|vi|man) (taler|snakker|siger|kalder|rusker) | (svarer|taler|snakker) (bare |kun )?(mumlende|usammenhængende)
(ligger|lå|liggende) ... og (svarer|reagerer) (ikke|knap|næsten ikke)
mundvig* (hænger|hang|falder) | smiler (helt |lidt )?skævt | savler (i|ud af) den ene side | (snakker|taler) som om (han|hun) (er )?(fuld|beruset)
(kan|kunne) (pludselig )?(ikke|ik) (løfte|lofte|bevæge|holde*) ... (højre|hojre|venstre|den ene) (arm|ben|hånd|hand) | taber ... (højre|hojre|venstre) (hånd|hand)
(lammet|følelsesløs|slap|kraftesløs) i (den ene|højre|hojre|venstre) side | krampede | livløs
(kan|kunne) (næsten|knap) (ikke )?(tale|snakke) + (astma*|åndenød|luft|vejret|inhalator*|ventolin*|hvæs*)
(hæver|svulmer) (op )?(mit|min|mine|hans|hendes|hele)? (ansigt*|læbe*|læber*|tunge*|hals*|mund*) | (strammer|snører|lukker) (sig )?(i|om) (halsen|svælget)
kaffegrums* + (opkast*|kast*|brækk*)
((sort|sorte|tjære*) ... (afføring|lort|stol*)|(afføring|lort) ... (sort|tjære*)) + (blodfortyndende|marevan|warfarin|eliquis|xarelto|pradaxa|lixiana|besvime*)
(insulin*|diabet*|sukkersyg*|blodsukker*|føling) + ((sveder|svedig|klam|bleg) ... (forvirret|mærkelig|sløv|omtåget)|volapyk|svarer forkert|ved ikke hvor (han|hun) er|(ikke (svare|sige|huske)|ved ikke) (på )?hvad (han|hun) hedder)
slippe (for|væk fra) (det hele|livet) | (ikke|aldrig) (at )?vågne* (op )?igen
(ribben*|brystkassen|huden) ... (trækker|trak|suges) (sig )?ind
(panodil*|pamol*|paracetamol*|pinex*) + (## (om|pr|i) (dagen|døgnet)|gulsot|(øjne*|huden) ... (gul|gule|gullig*))
bange (for|for at) ... (skade|noget) (på|ved) (mig|sig) selv|bange (for|for at) ... (tager|tage) (mit|sit) (eget )?liv|bange (for|for at) ... (selvmord|slå mig selv ihjel|slaa mig selv ihjel)
(falder|faldt) (hen|i søvn|væk) midt i (en |sine )?(sætning*|samtale*) | (bobler|boblede|gurgler|rallende|hiver) ... (trækker|trak) vejret
(rykker|rykkede|spjætter|spjættede) (i|med) hele kroppen | (skum|fråde) (om|ud af|fra) munden | lyserødt skum
side af (hans |hendes |mit )?(ansigt*|mund*) (hænger|falder) | (arm*|ben|benet|hånd*) (vil|ville) ikke (som|lystre|adlyde) | mund* (føles|føltes|er|blev) (tung|skæv)
(hals*|svælg*) ... (snører|snørede) sig sammen | (grå|hvid|gusten) og (kold|klam|iskold) | (kold|klam) og (grå|hvid|gusten)
(ligger|lå|sidder|sad) (han |hun )?og (vrøvler|vrøvlede|fantaserer) | i vildelse | (vejret|vejrtrækning*|ånder) (er )?(meget )?hurtig* og overfladisk*
marmore* + (feber|kulderyst*|sløv|slap)
(methotrexat*|metotrexat*) + (hver dag|dagligt) ... i stedet for
mangler ... (stk|stykker|piller|tabletter) + (søn|datter|barn*|baby*|dreng*|pige*|børn*|tvilling*) + (${SLOEV}|kast* op)
(trækker|traekker) ikke (længere )?vejret|(ånder|aander) ikke|(holdt|stoppet) (op )?med at (trække|traekke) vejret
(hoster|hostede) (han|hun|jeg|de)? blod (op)?|(hænger|haenger) (hans|hendes|min|mors|fars)? (mundvig*|ansigt*)
(tager|tage) (jeg|han|hun) (mit|sit) (eget )?liv
`;

const adverse_reaction = `
bivirkning* | bivirk*
(allergisk |voldsom |mærkelig )?reaktion* (på|efter|fra|af)
(reagere*|reagerede) (dårligt |voldsomt )?(på)
siden (jeg|han|hun|vi|de)? ... (begyndte|startede|skiftede|er begyndt|er startet)
siden (den|det|de|min|mit|mine|hans|hendes) (nye )?(${PILLER}|kur|kuren|penicillin*|antibiotika|vaccine*|indsprøjtning|stik|creme|inhalator|behandling)
(efter|siden) (at )?(jeg |han |hun )?(tog|tage|har taget|startede|begyndte|fik) | efter (vaccinen|stikket|indsprøjtningen|første dosis|den første)
(bliver|blev|er) (jeg |han |hun )?(helt )?(dårlig|svimmel|sløv|træt|syg|kvalm|døsig) af
(får|fik|har|havde) (jeg |han |hun )?(hovedpine|udslæt|mavepine|diarré|kløe|ondt|kvalme|muskelsmerter) af
(den|det|de|denne|dette|disse|min|mit|mine|nye) (${PILLER}|kur|penicillin*|antibiotika|vaccine|creme) (giver|gav|gør|gjorde|får) (mig|ham|hende)
(kan|kunne) (det|dette|den) (skyldes|komme af|komme fra|være en bivirkning)
abstinens* | abstinenssymptomer
(efter|siden) (penicillin*|antibiotika*|medicinen|pillerne|tabletterne|kuren|vaccinen|stikket|den nye medicin)
(tåler|tålte) (ikke|dårligt) (den|det|de|min|mit|mine)
første (dosis|tablet|pille|kapsel|indsprøjtning)
(taget|tog|fik) ... (siden|for # minutter) + nu
(efter|siden) (de|den)? nye ${PILLER} | giver mig (hovedpine|kvalme|ondt|udslæt) | (dårligt|skidt) (med|af) (den|de) nye
siden (lægen|i|de|hun|han|sygehuset) (satte|gav|skiftede|ordinerede) (mig|ham|hende) (på|over på|over til|det nye|den nye|de nye) | siden (lægen|hun|han) (satte|skruede) (dosis*|dosen|den|dem) (op|ned)
(mareridt|nedtrykt|humørsvingninger|hjertebanken|svedeture|hedeture|muskelsmerter|ømme muskler|tynd mave|uro|rastløs) af (dem|den|det|pillerne|medicinen|tabletterne|sprøjten|plastrene|kuren)
(har|har nu) (givet|gjort) (mig|ham|hende) (tynd mave|kvalme|hovedpine|ondt|udslæt|svimmel|dårlig|søvnløs|træt)
`;

const allergy = `
allergi* | allergisk* | alergi* | overfølsom*
(tåler|tålte|kan ikke tåle) (ikke )?(penicillin|amoxicillin|aspirin|kodein|ibuprofen|plaster|jod|nsaid*|gigtpiller)
intolerance | anafylaksi
latexallergi* | jordnøddeallergi* | nøddeallergi* | peanutallergi* | penicillinallergi* | sulfaallergi*
medicinallergi* | lægemiddelallergi* | mælkeallergi* | fødevareallergi* | nikkelallergi* | jodallergi*
quinckes (ødem|odem)|quincke ødem|angioødem|angioodem|anafylaktisk*
komælksallergi* | mælkeproteinallergi* | æggeallergi* | ægallergi* | kontaktallergi* | plasterallergi* | laktoseintoleran* | glutenintoleran* | cøliaki
(tåler|tålte|tåle) (egentlig |overhovedet |slet )?ikke (laktose|lactose|gluten|uldfedt|lanolin|farvestof*|konserveringsmid*|latex|æg|jod|nikkel|den slags|sulfa*|parfume) | ikke (tåler|tålte|kan tåle) (laktose|lactose|gluten|uldfedt|lanolin|farvestof*|konserveringsmid*|latex|æg|jod|nikkel|den slags|sulfa*|parfume)
(nældefeber|astmaanfald|plamager|kløe i munden|hævede (øjne|læber|øjenlåg)) ... af (det|den|dem|æg|nødder|penicillin*|magnyl|ipren|ibuprofen|aspirin|ferro*|jern*|medicinen|pillerne|tabletterne|plaster*)
(reagerer|reagerede|reagere) (voldsomt |kraftigt |allergisk |dårligt )?på (latex|plaster*|limen|jod|nikkel|penicillin*|sulfa*|uldfedt|lanolin|konserveringsmid*|farvestof*)
`;

const symptoms = `
feber | (har|havde|fået|fik) (lidt )?(temperatur|feber) | # grader
udslæt* | røde (pletter|prikker) | nældefeber | kløe | klør | blærer | knopper | eksem
kaster op | kastet op | kastede op | opkast* | brækker mig | brækket mig | kvalme | kvalm
diarré | diarrhé | tynd mave | løs mave
svimmel* | svimmelhed | ør i hovedet | besvime* | let i hovedet
hovedpine | migræne
(meget|mange|voldsomme|voldsom|stærke|frygtelige|uudholdelige|slemme) (smerter|ondt) | ondt i (maven|ryggen|halsen|hovedet|brystet|ørerne|øret|benet|armen|musklerne|leddene)
mavepine | mavesmerter | rygsmerter | halsbetændelse | ørepine | tandpine | muskelsmerter | ledsmerter | kramper
(bliver|blev|er blevet|går) (bare |kun )?(værre) | værre end (sidst|før|normalt) | forværr* | (ikke|ingen) (bedre|bedring) | går ikke over | vil ikke gå (væk|over)
hoste* | hoster | hvæsende | åndenød | forpustet | stakåndet
hævet | hævede | hævelse* | hoven | opsvulmet | tykke ankler
hjertebanken | uregelmæssig puls | hjertet (hamrer|slår hurtigt|springer over)
blødning* | bløder | blå mærker | næseblod | blod i (urinen|afføringen|tisset)
(sløret|uskarpt|dobbelt) syn | ser (dobbelt|sløret|uskarpt)
forvirret | forvirring | desorienteret
søvnløs* | (kan|kunne) (ikke|ikk) sove | sover (dårligt|ikke)
(har|havde) det (ikke )?(dårligt|skidt|elendigt|ikke godt) | føler (mig|sig) (dårlig|syg|utilpas|svag|mærkelig|skidt) | utilpas | har det ikke godt
betændelse | betændt | infektion | blærebetændelse | pus
(er|var) faldet | (faldt|falder) (om|ned|og slog)
(meget|ekstremt|utroligt|vildt) (træt|udmattet|sløv) | udmattet
forstoppelse | forstoppet | oppustet | halsbrand | sure opstød
tørstig hele tiden | tisser (hele tiden|konstant|hver time) | ligger vågen (om natten|hele natten|til kl|til #|i timevis) | sveder (helt vildt|voldsomt|meget|om natten)
(svier|svie|brænder|gør ondt) (når|ved at) (jeg|hun|han|man)? (tisser|tisse) | ondt i (lænden|siden|nyrerne|ribbenene|nakken|skulderen|knæet|tanden|øjnene) | føler (mig|sig) (varm|feberhed|febril)
(smerte*|ondt|hoste*|udslæt*|kløe*|vejrtrækning*|feber*|hævelse*|det|den|han|hun|jeg) (er |har )?(blevet|bliver|blev) (meget|lidt|endnu|langt|klart|noget|stadig) værre
`;

const dosing = `
(glemt|glemte|glemmer|sprunget over|sprang over) (at tage |at give )?(en|min|mit|mine|hans|hendes|den|det|to|#)? ${PILLER}
${PILLER} (glemt|sprunget over)
(glemt|glemte) at (tage|give|bruge)
dobbelt dosis | dobbeltdosis | (taget|givet|fået) (den |dem |medicinen )?to gange | (ved en fejl|ved et uheld|fejlagtigt) | for mange (piller|tabletter) | for meget medicin
(anden|ny|forkert|højere|lavere|rigtige|korrekt|ændret) (dosis|dosering|styrke)
(dosis|dosering|doseringen|dosen|styrken) (er |blev )?(ændret|øget|sænket|nedsat|sat op|sat ned|fordoblet|halveret|justeret)
(øge|sænke|nedsætte|ændre|halvere|fordoble|trappe ned) (min|hans|hendes|den) (dosis|dosering)
(hvor mange|hvor meget) ... (må|skal|kan|bør) ... (tage|give|bruge) | (ved|er) ikke sikker på hvor (mange|meget)
(etiketten|pakken|indlægssedlen|æsken|apoteket) (siger|står) ... (men|mens) | (lægen|lægen har) (sagde|siger|har sagt) ... (andet|men)
overdosis
(været|er) uden (min|sin|hans|hendes) ... (siden|i #) | ikke (fået|taget) (min|sin|hans|hendes) ... (siden|i #)
kom til at tage (to|dobbelt|#) | # (mg|piller) i stedet for | ved ikke om (jeg|han|hun) har taget | fra # (#)? (mg )?til # (#)? mg
(står|stod) (der )?(stadig|fortsat|endnu) (det|den|de)? (gamle|gammel) | (stadig|fortsat) ... (gamle|gammel) (dosis|dosering|styrke)
# (tabletter|tablet|piller|pille|mg|mikrogram|enheder)? i stedet for # | # (tabletter|piller|mg|enheder) * i stedet for # | (halv|hel|kvart|en halv) (tablet|pille) (mindre|mere|ekstra)
(dosis|dosen|dosering|doseringen) ... (nedsættes|nedsaettes|øges|oges|ændres|aendres|justeres|halveres|sættes (op|ned)|saettes (op|ned))
(sat|satte|skruet|skruede|skruer) (op|ned) for (min|mit|mine|hans|hendes|den|det|dosis|doseringen) | (har|blev) (sat|skruet) ... (ned|op) efter (blodprøve*|blodprove*|prøvesvar*|provesvar*|målingen|malingen)
(sat|satte|skruet|skruede|trappet|trappede) * (ned|op) (til|på|paa)
(justere*|justering*|regulere*|regulering*) ... (dosis|dosen|doseringen) | (dosis|dosen|doseringen) ... (justere*|justering*|regulere*|regulering*)
(stadig|fortsat) tage (det |den |de )?samme
(satte|skruede|trappede) (lægen|hun|han|de|vi|sygehuset) (dem|den|det|dosis*|dosen|hende|ham|mig) (ned|op)
(skruet|sat|satte|skruede|trappet|øget|sænket|nedsat|hævet) (dosis |dosen |den |dem )?(op |ned )?fra # (mg |mikrogram )?til # | (sat|satte|skruet|gå|gået|trappet|skal|skulle) (hende |ham |mig |den |dem )?(op|ned) (på|til) # (mg|mikrogram|enheder)
kom til at (tage|give) ... (to gange|# gange|dobbelt|i stedet for|for meget|for mange|ekstra)
(glemt|glemte) (helt )?(min|mit|mine|sin|sine|hans|hendes) (p pille*|morgenpille*|aftenpille*|insulin*|sprøjte|medicin|piller|pille|tablet*|dosis|inhalator)
(tage|give|tager|giver) (den |dem )?dobbelt | (skal|må|bør) (jeg|han|hun|vi) (så )?(tage|give) (# (tabletter|piller|af dem|om (morgenen|dagen|aftenen))|dobbelt|begge|en ekstra) ... eller | (tage|give) (den|dem|pillen|tabletten|dosis*)? (nu|alligevel) eller (vente|springe)
springe (den|dem|dosis*|en dosis|næste (dosis|tablet|pille|sprøjte|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|(hans|hendes|sin|sine|min|mine|de) (aftenpille*|morgenpille*|pille*|piller|tablet*|medicin*|vanddrivende|dosis|insulin*|blodtrykspiller)) over
ikke (fået|taget) (nogen|noget|den|dem|dosis*|medicin*|pille*|sine|mine) (i|de sidste) (#|flere) (dage|dag|døgn|uger)
(men|mens) (på )?(etiketten|recepten|æsken|pakken|flasken|sedlen|indlægssedlen) (står|stod|siger) ... (tablet*|pille*|piller|gange|dagligt|om dagen|mg|ml) | på (etiketten|æsken|recepten|pakken|flasken) ... (men|mens) (lægen|hun|han) (sagde|siger|har sagt)
hvor meget ... (må|skal|bør) (han|hun|barnet|babyen|min *|vores *) (få|have)
(han|hun|barnet|drengen|pigen) (har |havde )?(fået|taget|givet) (lidt |alt |nok )?for (meget|mange) (i går|i dag|i nat|i aftes|i morges|$) | (taget|givet|tog|gav|brugt) (lidt |nok )?(flere|mere) end (jeg|han|hun|vi|man) (skulle|måtte|burde)
`;

const controlled_substance = `
opioid* | opiat* | morfinlignende | benzo | benzoer | benzodiazepin* | euforiserende (stoffer|stof|medicin) | afhængighedsskabende | a mærket | dependens
(mistet|tabt|stjålet|glemt) ... (smertestillende|sovepiller|sovemedicin|adhd medicin)
(morfin*|sovepiller) ... (stjålet|mistet)
`;

const prior_auth = `
enkelttilskud | forhåndsgodkendelse | klausuleret tilskud | kronikertilskud | terminaltilskud | udleveringstilladelse | (tilladelse|bevilling) fra (lægemiddelstyrelsen|regionen|kommunen)
(tilskud|ansøgning|bevilling|tilladelse) (er |blev )?(afvist|afslået|udløbet|ikke godkendt|udløber)
(afslag|afslået|udløbet) ... tilskud* | tilskud* ... (udløbet|afslået)
(mangler|manglende|ikke foreligger) ... (forhåndsgodkend*|bevilling|enkelttilskud)
(tilskud*|bevilling*|ansøgning*|helbredstillæg*|enkelttilskud*) ... (under behandling|ikke (er|kommet|fornyet|forlænget|godkendt|bevilget|på plads|noget svar))
(venter|afventer) ... (bevilling*|enkelttilskud*|kronikertilskud*|helbredstillæg*|svar på (ansøgning*|tilskud*))
ikke (søgt|ansøgt|sendt|fået|faaet) ... (tilskud*|bevilling*|ansøgning*|forhåndsgodkend*)
(tilskud*|enkelttilskud*|ansøgning*|bevilling*) + ikke (hørt noget|fået svar|svaret|modtaget svar)
ikke (svaret|givet svar) på (ansøgning*|tilskudsansøgning*)
`;

const medication_conflict = `
interaktion* | interagerer | kontraindi* | (må|kan) (ikke )?(tages|kombineres) sammen
(to|2|forskellige|flere) (læger|lægerne|speciallæger|ordinerende|apoteker)
(en anden|anden|ny|en ny) (læge|speciallæge|kardiolog|psykiater|tandlæge|hospital|sygehus) (har )?(også )?(ordineret|givet|ændret|stoppet|udskrevet)
(kardiolog*|speciallæge*|psykiater*|neurolog*|hospital*|sygehus*|tandlæge*) ... (men|mens|og) ... (egen læge|lægen|min læge)
modstridende | passer ikke (sammen)? | stemmer ikke (overens)? | forskel (på|mellem) | blandet sammen
(sammen med|samtidig med|i kombination med|kombineret med|kombinere med)
(samme|dobbelt) (medicin|præparat|aktive stof)
(i forvejen|allerede) (får|tager|bruger) | (får|tager|bruger) (jeg |han |hun )?(i forvejen|allerede) | virker (p piller|p pillerne|pillen) (stadig)?
tage * oven i (min|mit|mine) | (egen læge|lægen) (har )?(også|stadig) (en )?recept | både (min )?egen læge og
(hospital*|sygehus*|speciallæge*|kardiolog*|psykiater*) + men (min |hans |hendes )?egen læge
(en|den ene|det ene|én) (recept )?(fra|af) ... (og|men|mens) (en|den anden|det andet|én) (fra|af)
(lægevagt*|vagtlæge*|skadestue*|speciallæge*|psykiater*|kardiolog*) ... også ... (recept*|ordineret|udskrevet)
(men|mens) ... (medicinliste*|medicinkort*|fmk|dosispose*|dosiskort*) ... (stadig|fortsat)
ikke (må|kan|bør) (tages|kombineres|bruges|gives) sammen | går (det|de) (godt |fint )?sammen
(tage|tager|bruge|give|tages|bruges) (dem|de|begge|* og *) (samtidig|samme dag|på samme tid)
(får|tager|bruger) (også|desuden|i forvejen|allerede) ... (fra|af) (psykiater*|kardiolog*|sygehuset|hospitalet|speciallæge*|øjenlæge*|hudlæge*|neurolog*|egen læge|min læge|lægevagt*|tandlæge*|ambulatoriet)
(stoppet|seponeret|ændret|udskrevet|ordineret|fjernet) ... (mens|men) (sygehuset|hospitalet|lægen|egen læge|min læge|kardiolog*|speciallæge*|psykiater*|ambulatoriet|afdelingen) (skriver|siger|sagde|har skrevet|mener|vil have)
(egen læge|min læge|lægen) (har )?(udskrevet|ordineret|stoppet|givet|sat) ... (mens|men|og) (kardiolog*|speciallæge*|psykiater*|neurolog*|sygehus*|hospital*|ambulatori*|øjenlæge*) ... (sat|udskrevet|ordineret|givet|stoppet|skiftet)
ikke (fjernet|rettet|opdateret|ændret|slettet) ... (i|på|fra) (fmk|medicinkort*|medicinliste*|dosiskort*|listen) | (læges|lægens|sygehusets|hospitalets) liste (siger|viser|står) (der )?(stadig|fortsat)
(også|begge|begge to) (er )?(en |et )?(betablokker*|blodfortyndende|nsaid|ssri|ace hæmmer*|vanddrivende|samme (stof|type|slags|gruppe)) | begge (lægerne|læger) | fra (sygehuset|hospitalet|lægen|egen læge|ambulatoriet) (er|var) ikke ens
`;

const pregnancy = `
gravid* | graviditet* | venter (en )?baby | venter barn
ammer | amning | ammende | at amme | (giver|giv) bryst | malker ud
fertilitetsbehandling | (prøver|forsøger|vil gerne) (at )?blive gravid | ivf | insemination
(prøver|forsøger|håber|planlægger|vil gerne) (på )?(at )?få (et |en )?(barn|baby|børn) | # (uger|måneder) (henne|gravid)
`;

// prettier-ignore
export const da: LanguageRules = {
  lang: 'da',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    emergency: `
    selvmordsforebyg* | (genkend*|kend*) (tegn*|symptom*) på * | anfald af (hoste|nysen|latter|gråd|grad|hikke)
(trækker|traekker) (ikke )?vejret (godt |ordentligt )?gennem (næsen|naesen)
    `,
    pregnancy: `
    graviditetstest* | graviditets test*
    (holdt|holder|stoppet|stoppede|stopper|færdig) (op )?med (at )?(amme|amningen)
    (skema*|formular*|spørgeskema*) (spurgte|spurgt|spørger) om (jeg|hun|du) (ammer|er gravid|var gravid|kunne være gravid|kan være gravid)
    `,
    allergy: `
    allergi* (over for|overfor|mod|for)? (katte|kat|hunde|hund|pollen|husstøvmider|græs|birk|høfeber)
    høfeber | allergisæson
    (spurgte|spurgt|spørger) om (jeg|hun|han|du) (er|var) allergisk (over for|overfor|mod) noget
    `,
    symptoms: `
    (middel|medicin|piller|tabletter|mikstur|hostesaft) (mod|for) (feber|hoste|smerter|hovedpine|diarré)
    hostesaft | hostemedicin
    (vores|min|mit|hans|hendes) (hund*|kat|katten|killing*|hvalp*|kanin*|hest*|marsvin*|labrador*) ... (klør|kløe|udslæt*|eksem|kaster op|opkast*|diarré|hoste*)
    `,
    adverse_reaction: `
    træt af (fejl*|jeres (fejl*|service|ventetid*|system*)|ventetid*|at vente)
    `,
    medication_conflict: `
    forskel på (de )?(dyre|billige|dyreste|billigste|pris*|mærke*)
    `,
    dosing: `
    # til # (kr|kroner|dkk)
    `,
    prior_auth: `
    (tilskud*|enkelttilskud*|kronikertilskud*|bevilling*) (til * (* )?)?(er |blev |er blevet )?(nu )?(bevilget|godkendt|forlænget|på plads|i orden|registreret)
    (godkendt|bevilget) (mit|hans|hendes|jeres|et) (enkelttilskud|tilskud|kronikertilskud)
    `,
  },
  controlled: {
    country: 'DK',
    names: `
    oxycodone: oxycodon*, oxycontin, oxynorm, oxynorm*, targin, reltebon
    morphine: morfin, contalgin, oramorph, dolcontin, malfin
    fentanyl: durogesic, matrifen, abstral, instanyl, effentora, breakyl, pecfent, fentanylplaster
    hydromorphone: hydromorfon, palladon
    methadone: metadon
    buprenorphine: buprenorfin, temgesic, norspan, suboxone, subutex, espranor, buvidal, bupensan
    tapentadol: palexia
    tramadol: nobligan, tradolan, dolol, mandolgin
    codeine: kodein, kodimagnyl, pinex forte
    methylphenidate: methylphenidat, ritalin, concerta, medikinet, equasym, motiron, ritalin uno
    lisdexamfetamine: lisdexamfetamin, elvanse
    amphetamine: dexamfetamin, attentin, amfetamin
    modafinil
    diazepam: stesolid, valium, apozepam
    oxazepam: alopam, oxapax
    clonazepam: klonazepam, rivotril
    alprazolam: xanax, xanor, alprox
    lorazepam: temesta, ativan
    nitrazepam: mogadon
    triazolam: halcion
    zopiclone: zopiclon, imozop, imovane, zopiklon
    zolpidem: stilnoct
    flunitrazepam: rohypnol
    klordiazepoxid
    chlordiazepoxide: risolid, librium
    pregabalin: lyrica
    gabapentin: neurontin
    ketamine: ketamin, esketamin
    cannabis: medicinsk cannabis, sativex
    natriumoxybat: xyrem
    pethidine
    ketobemidone: ketobemidon, ketogan
    temazepam
    clobazam: frisium
    `,
  },
  negation: {
    pre: `
    ikke | ingen | intet | aldrig | ikke længere | ikke mere | uden | hverken | ej | nej | ik
    ingen som helst | ikke nogen
    `,
    post: `
    (har|havde|fik|får|mærker|mærkede|oplever|oplevede|haft|set) (jeg|han|hun|vi|de|du)? (heldigvis )?(ikke|aldrig|ingen|intet)
    ingen (kendte)? $ | ikke kendt* | nej $
    `,
    pseudo: `
    ikke (sikker|kun|bare|bedre|godt|helt|rigtig godt|over|væk|mere end) | ved (det |jeg |han |hun |vi |de )?ikke
    (går|gik|vil) ikke (over|væk) | ingen (idé|anelse|bedring) | uden (recept|tid|problemer)
    (kan|kunne) ikke undvære | (kan|kunne) ... ikke (få) (luft|vejret)
    (kan|kunne) ... ikke (trække) vejret | (får|fik) ikke (nok )?luft | reagerer ikke | (vågner) ikke
    (kan|kunne) (næsten )?ikke (vække|sove|tale|snakke|synke) | har det ikke godt | ikke til at vække
    siden (sidste|forrige) (forår|sommer|vinter|efterår|jul|uge|måned|år)
    `,
  },
  terminators: `
    men | dog | bortset fra | undtagen | derimod | alligevel | selvom | mens | fordi | da | som | nu
    til gengæld | og (nu|siden|i dag|i går|jeg|han|hun|min|mit|mine|det|der)
  `,
  historical: `
    sidste år | sidste aar | (sidste|forrige) (forår|sommer|vinter|efterår|jul) | forrige år | for (# |mange |nogle |flere )?(år) siden
    for længe siden | som barn | som lille | da (jeg|han|hun) var (barn|lille|ung|gravid|baby)
    tidligere i livet | i fortiden | dengang | engang for | i min barndom | før i tiden | plejede (at)? | (er|var) vant til
  `,
  resolved: `
    (er|var) (nu |heldigvis )?(væk|gået over|overstået|forsvundet|bedre|helet|ovre) | (er|var) (nu |heldigvis )?(helt )?væk
    gået over | forsvundet | forsvandt helt | gik helt (over|væk) | overstået | har det (nu )?bedre | går bedre | er bedre nu
  `,
  hypothetical: `
    hvis | hvad nu hvis | ved akut* | ved (alvorlig|pludselig|pludselige) | i nødstilfælde
    i tilfælde af | i fald | for at undgå | for at forebygge | (risiko|risikoen) for | bange for at
    eventuelle | eventuelt | skulle (jeg|han|hun) få | (har|får|føler) du
    har (taget imod|behandlet) patienter med
  `,
  discontinued: `
    (tager|bruger|tog|brugte) ... ikke (længere|mere) | ikke (længere|mere)
    (stoppet|stoppede|ophørt|holdt op|trappet ud|seponeret) (med)? | (ingen|ikke) ... (mere|længere)
    ikke (mere )?brug for | (tidligere|gamle) (medicin|medicinliste)
    uden recept | diskret levering | (køb|bestil) (nu|online) | vi udsteder (din )?recept | udsteder (din )?recept (online|uden konsultation)
    (i|fra) (avisen|lokalavisen|nyhederne|radioen|tv)
  `,
  questionStart: `
    hvad | hvilken | hvilke | hvordan | hvor | hvorfor | hvornår | hvornaar
    (kan|må|skal|bør|er|har|vil|gør|virker|hjælper|tåler) (jeg|man|du|i|han|hun|det|den|de|min|mit|mine|vi)
    er det | findes der | passer det
  `,
  questionCue: `
    (jeg )?(vil|ville) gerne (vide|høre|spørge) | jeg (spekulerer|tænker) på
    (kan|vil) (i|du) (fortælle|rådgive|sige|hjælpe mig med) | et spørgsmål
    spørgsmål (om|til|angående|vedrørende|vedr) | gerne (vide|høre|have råd)
    (brug for|har brug for) (råd|rådgivning|vejledning) | ikke sikker på (om|hvordan|hvad)
  `,
  experience: `
    jeg (har|havde|er|var|føler|følte|får|fik|bliver|blev|kan|kunne|mærker|ligger|hoster|kaster)
    har jeg | havde jeg | er jeg | føler jeg | fik jeg
    (han|hun|de) (har|havde|er|var|får|fik|føler|bliver|blev|kan)
    (min|mit|vores) * (har|er|havde|var|får|fik|føler|bliver|blev|kan)
    (mit|min|mine|hans|hendes) (ansigt|læber|tunge|hals|hud|mave|hoved|bryst|ben|arm|arme|ryg|øjne|hjerte|hænder|fødder|ankler|mund|krop)
    siden
    (dette|denne|det her|den her|disse) (udslæt|hoste|smerte|hævelse|reaktion|hovedpine|kløe|symptom*|bivirkning*)
    er (det|dette) (normalt|farligt|en bivirkning|alvorligt) | (giver|gav|gør) mig | i går | i dag
    i morges | i nat | i aften
    (givet|gjort) (mig|ham|hende)
  `,
  clinical: `
    (må|kan|skal|bør|tør) (jeg|man|han|hun|vi|min *) (godt |stadig |gerne )?... (tage|bruge|give|drikke|kombinere|sluge|stoppe|springe|fortsætte|knuse|dele|halvere|amme|køre bil|køre)
    er det (sikkert|farligt|ok|okay|i orden|normalt|skadeligt|et problem|forsvarligt|fint) (at|med|hvis|under|når)?
    hvor (mange|meget|længe|ofte|hurtigt|lang tid) | hvor tit
    hvilken (dosis|dosering|styrke) | maksimal (dosis|dosering)
    (med|og|efter|før|til) (alkohol|vin|øl|en øl|et glas vin|grapefrugt|grapefrugtjuice|kaffe|koffein|mælk|mad|maden|måltid|måltider) | på tom mave | fastende
    hvad (er|bruges) * (til|for) | hvad (er|bruges) * * (til|for) | hvordan virker | hvad gør
    opbevar* | køleskab* | stuetemperatur | holdbar* | udløbet | for gammel | fryse
    i stedet for | erstatte | generisk* | kopipræparat | samme som | forskel på | et andet mærke
    (kan|kunne) (den|det|de|dette) ... (give|forårsage|skyldes)
    (er|er den|er det) (vanedannende|afhængighedsskabende|antibiotika|blodfortyndende|det samme)
    (kan|kunne|giver|gør) * (give|forårsage) | forskel* (på|mellem) | hvor (længe|lang tid) må
  `,
  admin: `
    forny* | recept fornyelse | på lager | lager | tilgængelig | hjem | hente | afhente | klar | lever*
    sende | sendt | pris | koster | betale | betaling | faktura | tilskud | åben | aaben | åbningstid*
    lukket | bestil* | tid hos | booke | adresse | overføre | hvad koster
  `,
  medicineWords: `
    medicin* | penicillin* | pille* | piller | tablet* | kapsel | kapsler | dosis | antibiotika | kur | vaccine*
    indsprøjtning* | salve | creme | dråber | mikstur | plaster* | recept | (den|det|dem|de) (tage|bruge|give|sluge)
  `,
  inUse: `
    tager | tog | taget | bruger | brugt | startede | begyndte | begyndt | startet | siden | efter | får | fået | ordineret
  `,
  indication: `
    for (min|mit|mine|hans|hendes|den|det)? | mod (min|mit|den|det)?
  `,
  notHelping: `
    (hjælper|hjalp|virker|virkede) (ikke|ikke rigtig|næsten ikke) | ingen (effekt|virkning) | stadig | for (en|min) (lungebetændelse|infektion|blærebetændelse)
  `,
};
