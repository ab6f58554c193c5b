// Règles en français. Syntaxe des phrases : voir ./types.ts. Ajouter les nouvelles phrases en fin de liste.
import type { LanguageRules } from './types';

const ENDORMI =
  '(tres |trop |super )?(somnolent*|endormi*|inconscient*|confus|confuse|mou|molle) ' +
  '| (ne|n) (se reveille|se reveillait|reagit|repond) (pas|plus) | (impossible|difficile|du mal) (de|a) (le|la|l) reveiller' +
  '| (narrive|n arrive|arrive) pas a (le|la|l) reveiller | perdu connaissance | dans les vapes' +
  '| (tient|tiens) (plus|pas) debout | coeur (qui )?(ralenti*|bat ... lent*) | vois jaune';
const U = '(mg|µg|mcg|ml|ui|g|microgramme*|milligramme*|unite*)';
const CACHETS = '(comprime*|cachet*|pilule*|gelule*|medicament*|medocs|dose*|patch*|sachet*)';

const emergency = `
(douleur*|mal|serrement|oppression|pression|poids) (a|dans|sur|au niveau de) (la|ma|sa) (poitrine|cage thoracique) | douleur* thoraci* | oppression thoraci*
crise cardiaque | infarctus
(n|ne) (arrive|arrivent|peux|peut|parviens|parvient) (pas|plus|presque pas) (a )?respirer | (narrive|jarrive) (pas|plus) a respirer | (je|il|elle|on)? (peux|peut) (pas|plus) respirer
(du mal|difficulte*|peine|de la peine) a respirer | difficult* respiratoire* | (j|je|il|elle|s)? etouffe* | suffoqu* | (respire|respirer) (tres )?mal | manque d air
(gorge|trachee) (qui )?(se ferme|se serre|serree|gonfle*|enfle*) | (gorge|langue) (qui )?(gonfle|enfle)
(visage|levre|levres|langue|gorge|paupieres|yeux|bouche|figure) (qui |a |ont |est |sont |commence a |commencent a )?(gonfle*|enfle*|boursoufle*|tumefie*)
(gonflement|oedeme|enflure) (du|de la|des|de mon|de ma|de mes|de son|de sa|de ses) (visage|levre|levres|langue|gorge|bouche|figure|paupieres)
(oedeme) de quincke | quincke | anaphyla* | choc (anaphylactique|allergique)
(surdose|surdosage|overdose|trop de (comprimes|cachets|pilules|medicaments)|trop pris) + (${ENDORMI})
(double dose|dose double|deux fois la dose|dose en trop|deux doses|pris deux fois|(pris|fait|donne) ... # fois) + (${ENDORMI})
suicid* | (me|se) (tuer|suicider|foutre en l air|faire du mal) | (en finir|mettre fin a (mes|ses) jours) | envie de (mourir|tout avaler|en finir) | (veux|veut|voulait|voulais|voudrait) mourir | plus envie de vivre | idees noires
(avale|pris|prit) (toute|tout) (la boite|le tube|la plaquette|le flacon|le pilulier|ses|mes) 
inconscient* | perdu connaissance | (s est|se sont|s etait) (effondre*|evanoui*|ecroule*|ecrase*) | ne reagit (pas|plus) | ne repond plus
(ne|n) se reveille (pas|plus) | (ne|n) (reussis|reussit|arrive|arrivons) (pas|plus) a (le|la) reveiller | impossible de (le|la) reveiller
convulsion* | convulse | crise d epilepsie | crise epileptique | crise convulsive | (fait|fais|a fait) une crise (d epilepsie|convulsive)
avc | accident vasculaire | attaque cerebrale | (bouche|visage) (de travers|tordu*|qui tombe|paralyse*|deforme*) | (parle|parlait) (mal|bizarrement|de facon confuse) | (difficulte*|trouble*) (a parler|de la parole|d elocution)
(fils|fille|enfant|bebe|petit|petite|gamin|gamine|petit fils|petite fille|chien) ... (a |vient d )?(avale*|mange*|croque*|pris|trouve|ouvert|bu|mis dans la bouche) ... (${CACHETS}|sirop|flacon|plaquette|pilulier|boite)
(appel*|appele|appeler|composer|faites le) (le )?(15|112|samu|pompiers|urgences) | samu | (ambulance|pompiers) (est|sont|arrive*)
(crache|vomit|vomis|vomi|tousse) du sang | (saigne|saignement) (qui ne s arrete pas|abondant*|important*|beaucoup|enormement|abondamment)| hemorragie
reaction allergique (grave|severe|importante) | centre antipoison
(ne|n) (repond|reagit) (presque|quasiment|a peine) plus | difficile (a|de) (le |la )?reveiller | du mal a garder les yeux ouverts | (tres|trop) endormi*
(respire|respiration) (tres |trop )?(lentement|lente|faiblement|bizarrement|difficilement)
(levres|visage|doigts|peau) ... (bleu*|violet*|gris*) | (devient|devenu|devenue) (bleu|bleue|violet)
(parle|parlait) (bizarre|bizarrement|mal|difficilement) | (melange*|cherche*|mache*) (les|ses|mes) mots | (mots|paroles) (ne )?(me |lui )?(viennent|sortent) (pas|plus|mal) | (n )?arrive plus a (tenir|lever|bouger) ... (bras|main|jambe|tasse|verre)
nuque raide + fievre
taches (violettes|pourpres|violacees) | purpura
(plaquette|boite) entiere ... (avale*|pris) | (avale*|pris) (une|la) (plaquette|boite) entiere
(pris|avale|avalé) ## (comprime*|cachet*|gelule*|doliprane|dafalgan|efferalgan|paracetamol|pilules)
(pris|prise|avale) ... (par erreur|de trop|en trop) + (${ENDORMI})
siffl* (en|quand) ... respir* | (reprendre|cherche) son (souffle|air) | devient (tout )?bleu* | (levres|visage) tout* gonfle* | est incoherent*
mal a (le|la) reveiller | (repond|reagit) pas quand on | secousses dans tout | (serre|brule) dans la poitrine | (bouche|visage) ... tombe* d un cote | plus bouger (le|son) bras
(avale*|pris) toute sa (boite|plaquette) | (avale*|bu|boit|but) ... (pile bouton|javel|lessive|deboucheur|destop|caustique|antigel|white spirit) | (peux|peut) plus de vivre | marre de (vivre|la vie) | mieux sans moi
pire (mal de tete )?de (ma|sa) vie | saign* ... ne s arrete* pas | taches ... disparaissent pas quand
(etau|barre|poids|serrement|pression|douleur*) (forte |intense )?(a|au|dans|sur|au niveau de|au niveau du) (la|le|ma|sa)? (poitrine|thorax)
(serre*|ecrase*) (la|ma|sa|le) (poitrine|thorax) | (irradi*|descend*) ... bras gauche | (il|elle|bebe) (ne |n )?respire (plus|a peine)
(il|elle|bebe) (est|devient|devenu*) (tout|toute) (bleu|bleue|violet*) | (bleu*|violet*) (des|aux|autour des) (levres|doigts)
(vomi*|crach*|touss*|jtouss*|jvomi*) ... (sang|caillot*|marc de cafe) | marc de cafe | comme du goudron | saign* ... (sans arret|arrete pas|depuis (plus d )?(une|#) heure*)
(enfant*|bebe|fils|fille|gamin*|# ans) + (a|vient d) (avale|mange|croque|bu) (un|une|des|du|#|tout*|la|le|les|mes)? (de |d )?(mes|ma|mon|la|le|les)? (${CACHETS}|sirop|flacon|plaquette)
yeux revulse*
(trembl*|tressaut*|secou*|convuls*) (de|dans) tout (le|son|sa|mon) corps + (repond*|reagi*|connaissance|sans (lui |me )?repondre)
(veux|veut|voulais|jveux|envie de) (plus|ne plus|plus jamais) (etre la|exister|vivre|me reveiller)
(dormir|endormir|endors) et (ne )?(plus|jamais) (jamais )?(me|se)? reveiller | (avale*|pris) ... toute une (plaquette|boite)
(pris ma decision|enfin (tranquille|en paix)) + (tout ce qu il faut|ce soir|cette nuit)
(levre*|langue|paupiere*|bouche) ... (enorme|enormes|double* de volume)
(qui|il|elle) (fait|a fait) un choc | choc (apres|suite a) ... (injection|piqure|vaccin*)
(hypo|hypoglyc*|glycemie|insuline|diabet*) + ((est|devient) (tout |toute |tellement |tres )?(confus|confuse|somnolent*)|incoherent*|inconscient*|(pas de|aucun) sens|sent (l |le )?(acetone|dissolvant)|reconnait (plus|pas))
(arriv*|ariv*|jarriv*|reussi*|parvien*) (pas|pa|plus|plu) a (le|la|l|les)? reveil*
pupille* ... (epingle|minuscule*|dilate*) + (${ENDORMI}|ronfl*|rendor*|secous*|agite*)
(secou*|pince*) ... ouvr* (a peine|juste|pas) les yeux
(moitie|cote) (gauche|droit*) ... (visage|figure|corps|bouche) (qui |est |a )?(fourmill*|engourdi*|insensible*|paralys*|tombe*)
(main|bras) (gauche|droit*) (qui )?(lache|lachent|paralys*|inerte*|ne (tient|repond) plus)
(cogne*|tape*|heurte*) (la|sa|ma|le|son) (tete|front) + (somnol*|vomi*|confus*|xarelto|eliquis|anticoag*)
(fils|fille|enfant*|bebe|petit*|gamin*) + il manque* ... ${CACHETS} + (${ENDORMI})
(bras gauche|epaule gauche) + machoire
voix (qui )?(change*|s eteint|bizarre|etouff*|modifi*) + allerg*
(enceinte|grossesse) + ((mal|maux) (de|a la) tete|migraine*) + (etoiles|eclairs|mouches|flash*|phosphene*)
(voi*|vision) (tout )?(en )?jaune + (digox*|hemigox*|coeur|pouls)
tout le monde (sera|va etre) (tranquille|debarrasse*|soulage*|mieux sans)
(la|le|l) (ai |a )?(trouve*|retrouve*|vois) (couche*|allonge*|etendu*|inanime*) | (il|elle) (est|etait) (couche*|allonge*|etendu*)? (par terre|au sol)
(il|elle|y) (repond|reagit) (plus|pu) ($|du tout)
(ne|n) respire (plus|pas|presque plus|presque pas|quasiment plus)|(a|as) arrete de respirer|arret respiratoire
`;

const adverse_reaction = `
effet* (secondaire*|indesirable*|indesirables|secondaires) | effet* sec | effet* 2ndaire*
(reaction|reactions) (allergique )?(a|au|aux|apres|avec|depuis) 
(reagi|reagit|reagis) (mal )?(a|au|aux)
depuis (que )?(j ai|il a|elle a|je|il|elle)? (commence|debute|pris|prends|prend|change|augmente|suis sous|est sous)
depuis (le|la|les|ce|cette|ces|mon|ma|mes|son|sa|ses|l) (nouveau |nouvelle |nouveaux )?(traitement|${CACHETS}|antibiotique*|vaccin*|injection*|piqure|ordonnance|creme|inhalateur)
(apres|depuis) (avoir pris|la prise|la premiere prise|ma premiere dose|le vaccin|la piqure|l injection|avoir commence)
(me|lui|leur) (donne|donnent|a donne|ont donne|fait|font|a fait) (des|de la|du|mal|une|un)? (nausee*|vertige*|boutons|eruption|plaques|mal au ventre|mal a la tete|diarrhee*|demangeaison*|tourner la tete|vomir|malaise*)
(ce|ces|le|les|mon|ma|mes|son|sa|nouveau|nouvelle) (${CACHETS}|traitement|antibiotique*|vaccin|creme|piqure) (me|lui|leur)? (rend|rendent|donne|donnent|provoque*|cause*|fait|font|ne passe pas|ne passent pas)
(est ce que|est ce|serait ce|ca pourrait|cela pourrait|pourrait ce) (etre|venir|du|due|lie) (du|de|a|au|aux|un|une|l)
(supporte|tolere) (pas|mal|plus) (le|la|les|ce|cette|ces|mon|ma|mes)
syndrome de sevrage | symptome* de sevrage
premiere (dose|prise|gelule|piqure|injection)
(pris|prise|fait) ... il y a (# minutes|une heure|une demi heure|# heures) + maintenant
depuis que (je suis|il est) passe* | (traitement|${CACHETS}) ne (me|lui) (reussit|convient) pas
depuis (que|qu) (je|j|il|elle|on)? (le|la|les|l|en) (prend*|prenn*|utilise*|met|mets|applique*|ai pris|a pris|ai commence|a commence) (j ai|jai|j|il a|elle a|je suis|il est|elle est|je fais|il fait|elle fait|je me|il se|elle se)
depuis (que|qu) (le|la|mon|ma|son|sa|l) (medecin|docteur|dr|generaliste|specialiste|cardio*|rhumato*|psychiatre|neuro*|endocrino*|gyneco*|pneumo*|dermato*|diabetologue|urologue|gastro*|dentiste|hopital) (m a|lui a|a|l a|les a) (augmente*|change*|mis|prescrit|ajoute*|double*|passe*|remplace*)
(ca|cela|ce) (peut|peuvent|pourraient) (venir|provenir) (de la $|de ca|du (medicament|traitement|melange)|des (medicaments|traitements|deux)|de (mon|son|sa|ma|ce|cet|cette|l) (${CACHETS}|traitement|antibiotique*|vaccin|pilule|nouveau|nouvelle))
est ce que c est (lie|liee|lies|du|due|a cause) | c est (lie|liee|du|due) (a|au|aux) (l|la|le|ce|cet|cette|mon|ma|son|sa)? (${CACHETS}|traitement|antibiotique*|vaccin|pilule)
(c est|est ce|est ce que c est) normal (avec|au debut|apres|sous|quand on prend) | (demande|demandais|demandons) si (c est|ce serait|ca vient) (ca|lui|elle|lie|a cause)
(${CACHETS}|traitement|antibiotique|vaccin) (peut|peuvent|pourrait|pourraient) (donner|provoquer|causer|faire) (ca|cela|ce genre|ce type)
(transaminases|enzymes (du foie|hepatiques)|bilan hepatique|cpk|creatinine) ... (# fois la normale|trop (haut*|eleve*)|augmente*|eleve*|perturbe*|anormal*) + (commence|debute|sous|depuis|prends|prend)
`;

const allergy = `
allerg* | alerg*
(intolerance|intolerant|intolerante|hypersensibilite|sensible) (a|au|aux)
(ne|n) (supporte|tolere) (pas|plus) (la|le|les|l) (penicilline*|amoxicilline|aspirine|codeine|sulfamides|ains|ibuprofene|latex)
anaphyla*
(oedeme|œdeme|oedème|œdème) de quincke|angio (oedeme|œdeme)|angioedeme|urticaire (geante|generalisee) (avec|apres|sous|a cause)
(ne|n) (supporte|tolere|digere) (pas|plus|mal) (la|le|les|l) (lactose|gluten|iode|arachide*|soja|excipient*|sulfite*|gelatine|colorant*)
`;

const symptoms = `
fievre | fievreux | fievreuse | (de la |forte |beaucoup de )temperature | # (de fievre|degres)
eruption* | boutons | plaques rouges | urticaire | demangeaison* | (ca) gratte | cloques | peau qui pele
vomi* | nausee* | envie de vomir | mal au coeur | haut le coeur
diarrhee* | diarhee* | la courante
vertige* | etourdi* | tete qui tourne | (la )?tete me tourne | malaise* | evanoui* | tombe dans les pommes
mal (a) la tete | maux de tete | migraine* | cephalee*
(tres|trop|vraiment|beaucoup|forte|fortes|terrible*|atroce*|insupportable*) (mal|douleur*) | (douleur*|mal) (tres|trop|vraiment) (fort*|intense*)
(mal|douleur*) (au|a la|aux|dans le|dans la|dans les) (ventre|dos|estomac|jambe*|bras|poitrine|gorge|oreille*|dent*|articulation*|muscles) | (ca) (me )?fait mal
(empire|s aggrave|aggrave*|de pire en pire|va plus mal|vont plus mal) | (pas|aucune) (d )?amelioration | (ne|n) (va|vont|passe|passent) pas mieux | (ne|n) passe (pas|toujours pas)
tousse | toux | respiration sifflante | essouffl* | souffle court
gonfle* | enfle* | gonflement | oedeme*
palpitations | coeur qui (bat|s emballe) (vite|fort|trop vite)? | tachycardie | coeur qui s emballe
saigne* | saignement* | hematome* | (des|plein de) bleus | sang dans (les|mes|ses) (urines|selles)
vision (floue|trouble|double) | vois (flou|double|trouble)
confus | confuse | desoriente*
insomnie* | (n arrive|narrive) (pas|plus) a dormir | (ne|n) dors (pas|plus) | (peux|peut) (pas|plus) dormir
(je|il|elle) (me|se)? sens (pas bien|mal|tres mal|faible|bizarre|patraque)| pas bien du tout | (ne|n) me sens pas bien | (ne|n) se sent pas bien | (je suis|il est|elle est) (malade|patraque|faible)
mal au ventre | maux de ventre | crampes | ballonn* | constip* | brulures d estomac | reflux
infection | infecte* | pus
(je suis|il est|elle est) tombe* | (fait|fais) une chute
fatigue* (extreme|intense|tout le temps) | (tres|super|trop) fatigue* | epuise*
(fait|fais|font|faisait) des cauchemars | brul* (quand|en) ... (pipi|urin*) | brulure* urinaire*
`;

const dosing = `
(oublie|oubli|oubliee|saute|rate|manque) (de prendre )?(un|une|mon|ma|mes|le|la|sa|son|deux|#|l)? (dose|prise|comprime|cachet|pilule|gelule|injection|piqure|patch)
(oublie|oubli) de (prendre|lui donner|donner|faire) 
(double dose|dose double|deux fois la dose|dose en trop|deux doses|pris deux fois|prise deux fois|donne deux fois|en trop|double la dose|double ma dose|doubler la dose)
(mauvaise|bonne|nouvelle|autre) (dose|posologie|dosage) | (dose|posologie|dosage) (different*|modifie*|change*|augmente*|diminue*|baisse*|double*)
(augmente*|diminue*|baisse*|change*|modifie*|adapte*|double*|divise*) (la|ma|sa) (dose|posologie|dosage)
combien (de comprimes|de cachets|de gelules|de fois|je dois|dois je|faut il|il faut|en prendre|puis je|je peux) | quelle (dose|posologie|quantite) | (pas sur|pas sure|pas certain|pas certaine) (de la|de sa|de ma) (dose|posologie)
(la boite|l etiquette|la notice|l ordonnance|le pharmacien|le medecin|le docteur) (dit|indique|dis|disait|a dit) ... (mais|alors que|autre chose)
surdos* | overdose | (pris|prise|donne) (trop|plus que prevu|plus que la dose)
(par erreur|par accident|par megarde|sans faire expres) | (erreur|confusion) de (dose|medicament|comprime)
sans (prendre|traitement|son|sa|ses|mon|ma|mes) ... depuis | (oublie|oubli) (mon|ma|mes|son|sa|ses) ... (ce matin|hier|ce soir|ce midi)
pris ... (deux|2) fois | sais plus si (j ai|il a) pris | # mg au lieu | (saute|oublie) # jours | comprime* au lieu (de|d) # | (reduis|diminue*|baisse*|passe*|descend*|augmente*|monte*) ... a # (comprime*|gelule*|goutte*|${U})
# ${U} ... (alors que|au lieu|tandis que|et non|pas du) ... # ${U}
au lieu (de|d) (#|un demi|la moitie) (entier*|comprime*|cachet*|gelule*|fois)
(coupe*|casse*) (mes |les )?(${CACHETS} )?en (deux|2)
(sais|sait|savons|savent|savais) (plus|pas) (trop |bien |vraiment |exactement )?(lequel|laquelle|combien|quelle dose|quel dosage) (je|j|il|elle|on)? (dois|doit|faut|devait)? (en |lui |le |la |les )?(pren*|prend*|donn*|mettre|met|mets|faire|fais|fait|injecte*) | # ${U} ... (et|mais|alors que) ... (ecrit|note|marque|indique) #
# (${CACHETS}|unite*|bouffee*|goutte*|gomme*|suppo*|${U}|par jour) ... au lieu (de|d) (#|attendre) | au lieu (d|de) attendre
(sauter|saute|sautee) (la|une|sa|ma|celle|celui|le|les) (dose|prise|${CACHETS}|de demain|du soir|du matin|suivante|prochaine)
(je|il|elle|on) (lui |en )?(prend|prends|donne|fais|fait|met|mets|injecte) combien
(redonne*|remettre|remets|reprendre|reprends) (une|un) (autre |deuxieme |seconde |nouvelle )?(dose|comprime*|cachet*|gelule*|sachet*|suppo*|bouffee*|injection|patch)
(ne|n) (savait|savais|savions|savaient) pas ... (donne|redonne|mis|remis|pris|fait|colle) | (fait|mis|donne|injecte|colle) (sa|son|ma|mon|la|le|l) * (deux|2) fois | (fait|fais|injecte*) (deux|2) fois (son|sa|ma|mon|la|le|l)
`;

const controlled_substance = `
stupefiant* | ordonnance securisee | assimiles stupefiants | opioide* | opiace* | morphinique* | benzodiazepine* | benzo | benzos | psychotrope*
(perdu|vole|volee|egare|oublie) ... (ordonnance securisee|ordonnance de stupefiants)
(vole*|perdu*) ... (antidouleur*|somnifere*)
`;

const prior_auth = `
accord prealable | entente prealable | demande d accord prealable | (dap|dap refusee|dap expiree) | autorisation (prealable|de la secu|de la securite sociale|de la mutuelle)
(refus|refuse*|rejet*|expire*) ... (accord|entente|autorisation) (prealable)?
medicament d exception | ordonnance d exception
(l accord|l autorisation) ... (refuse*|rejete*|expire*|pas (ete )?(renouvele*|prolonge*))
(garantie|prise en charge|accord|entente|autorisation) ... ((n|ne) (est|etait) (plus valable|valable que jusqu)|expir*|echu*|arrive* a echeance|prend fin)
(attestation|accord|autorisation|avis) (du|de) medecin conseil ... (expire*|refuse*|pas (ete )?(renouvele*|prolonge*)|en attente|toujours pas)|(il me faut|il lui faut|besoin d) (un|une|l)? (attestation|accord|autorisation|avis) (du|de) medecin conseil|attestation de remboursement ... (expire*|refuse*|pas (ete )?renouvele*|en attente|toujours pas)
accord de prise en charge | (demande|formulaire) de prise en charge ... (refuse*|rejete*|expire*|en attente|pas (ete )?(envoye*|fait*|faite*|remplie*)) | (une|la|ma|sa|votre|sa) dep
(accord|entente|autorisation) prealable ... (n a|n ont|n est|n etait|ne sont|n avait) (jamais|pas|toujours pas) (ete )?(envoye*|fait*|faite*|demande*|recu*|arrive*|transmis*|rempli*|parvenu*|accorde*)
(sans|pas d|pas de|manque l|manque d|manque un|manque une) (accord|entente|autorisation) prealable
(il faut|faut|faudra|necessite|soumis a|besoin de|doit avoir) (l|la|le|un|une)? (accord|autorisation|feu vert) (de la|du|de l|de) (caisse|secu*|securite sociale|mutuelle|mutualite|cpam|assurance*|medecin conseil)
(garantie de prise en charge|(accord|autorisation) (de la|du|de l|de) (caisse|secu*|securite sociale|mutuelle|mutualite|cpam|assurance*|medecin conseil)) + ((toujours|encore) (pas|aucun*|rien|sans)|pas encore|en attente|sans reponse)
`;

const medication_conflict = `
interaction* | interagi* | contre indi* | contreindi* | incompatib*
(deux|2|plusieurs|differents) (medecins|prescripteurs|docteurs|specialistes|pharmacies)
(un autre|autre|nouveau|deuxieme|second) (medecin|docteur|specialiste|cardiologue|psychiatre|dentiste|prescripteur|hopital) (m a |lui a |a )?(aussi |egalement )?(prescrit|donne|change|arrete|ajoute)
(cardiologue|specialiste|psychiatre|neurologue|hopital|dentiste|rhumatologue) ... (mais|alors que|et) ... (generaliste|medecin traitant|mon medecin|docteur)
(contradictoire*|contradiction|ne correspond* pas|se contredisent) | (melange|melanges|confondu) (mes|les|ses) (medicaments|comprimes|boites|traitements)
en meme temps que | en association avec | associe* (a|au|aux) | combine* avec
(puis je|je peux|peut on|est ce que je peux|on peut) (prendre|associer|melanger|combiner) ... (avec|et|en meme temps)
(meme|double) (medicament|principe actif|molecule)
(deja|egalement) (sous|un traitement|prends|prend) | (je|il|elle) (prends|prend) deja
(probleme|compatible*) avec (mon|mes) (traitement|${CACHETS}) | generaliste (m a|lui) (aussi prescrit|donne aussi)
(ordonnance|celle) (du|de mon|de ma)? (cardiologue|rhumato*|specialiste|psychiatre|neurologue) + generaliste + (m a|lui a) (mis|remis) sous
(prend|prends|prenai*|commence|avale) (les|tous les) (deux|2|trois)
(deux|2) (anticoag*|antidepress*|anti inflammatoire*|somnifere*)
pas ((la|le|les) meme*|pareil*) (que|qu) (celle|celui|ceux) (de|du|d) (mon|ma|l|la|le)? (medecin*|generaliste|doc*|dr|specialiste|hopital)
(ibuprofen*|advil|nurofen|aspirine|voltaren*|diclofenac|anti inflammatoire*|ains) + (xarelto|eliquis|pradaxa|sintrom|coumadine|previscan|warfarin*|anticoag*)
(ne|n) (va|vont|irait|se melange*|se marie*|se combine*|fait|font) (pas|jamais|mal) (bon menage|avec|ensemble) | (melange*|melanger) (les|ces|des|de ces) deux | (prendre|donner|associer|melanger|utiliser|avaler|prends|prend) (les|ces) deux (la )?ensemble | (les|ces) deux (la )?ensemble (ca|c est|ce n est|cela|est ce|ce)
(generaliste|medecin traitant) (m a|lui a|a) (mis|prescrit|donne|ajoute|change) ... (et|mais|alors que|puis) (le|la|mon|ma|son|sa|l) (cardio*|rhumato*|specialiste|psychiatre|neuro*|nephro*|endocrino*|gyneco*|pneumo*|dermato*|diabetologue|urologue|gastro*|oncologue|hopital)
chacun (de son cote|de leur cote|m a dit|lui a dit|m a prescrit|lui a prescrit|le sien) | (aucun|ni l un ni l autre) (des deux )?(ne|n) (m a|lui a|nous a) (parle|dit|informe*|prevenu*) ... autre | (ne|n) se sont (pas|jamais) (parle*|concerte*|consulte*|coordonne*)
(deja|aussi|egalement) (prescrit|donne|mis) ... pour la meme (chose|douleur|indication|raison)
(millepertuis|pamplemousse) + (pilule|contracept*|antidepress*|anticoag*|statine*|traitement|medicament*|sous|prends|prend|sertraline|seroplex|deroxat|prozac|zoloft|tahor|zocor|crestor|ciclosporine)
(empech*|annul*|diminu*|reduire|reduit|baisse*|coupe*) (l effet|l efficacite) (de|du|des) | (l|la|le|les) (empecher|empeche*) (de marcher|d agir|de fonctionner) | (pilule|contracept*) (marche|fonctionne|agit|est efficace) (toujours|encore|quand meme)
(ancienne|precedente) ordonnance + (cardio*|specialiste|psychiatre|neuro*|rhumato*|endocrino*|hopital) + (generaliste|medecin traitant)
`;

const pregnancy = `
enceinte | grossesse | (suis|est) enceinte | attend un bebe | attends un bebe
allaite* | allaitai* | allaitan* | allaitement | (donne|donner) le sein | tire (mon )?lait
(essai*|essay*|projet|envie|desir|vou*|veu*) (de|d)? (tomber enceinte|avoir un (enfant|bebe|autre)|faire un bebe|(un )?bebe) | desir de grossesse | pma | fiv
(semaines|mois) de grossesse
nourri* ... au sein
retard (de|des) regles
`;

// prettier-ignore
export const fr: LanguageRules = {
  lang: 'fr',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    pregnancy: `
    test de grossesse | tests de grossesse | test grossesse
    (location|louer|loue*|facture|prix) (de|d|du|un|le)? (un )?tire lait*
    (le|un|du|ce|votre|mon|au) tire lait* | (arrete*|fini|stoppe*) (d|de) allait*
    (coussin*|soutien* gorge|brassiere*|coussinet*) (d|de) allaitement
    (demande*|coche*|preciser|indiquer) (si|s) (je|j|vous|elle)? (suis|etes|est|etais)? (enceinte|allait*)
    (secret medical|donnees de sante) ... (grossesse|allergie*)
    (ne|n) (allaite*|allaitai*) (plus|pas) $ | tire lait* $
    `,
    allergy: `
    allergi* (aux|au|a la) (chats|chat|chiens|chien|pollens|pollen|acariens|poussiere|poils|graminees)
    allergi* (a|au|aux) (la|l|les)? (paperasse*|administrati*|formulaire*|sport|menage|lundi*)
    (secret medical|donnees de sante) ... (grossesse|allergie*)
    (suivi|surveillance|gestion|signalement|declaration|recueil) (des|de l|de leurs|de ses) allergi* | (suivi|surveillance|signalement|declaration|recueil) (des|de) reactions allergiques et (les )?effets (indesirables|secondaires)
    `,
    symptoms: `
    (sirop|medicament|traitement|comprime*) (pour|contre) la (toux|fievre|douleur|diarrhee)
    fievre de (l|la)
    (je suis|suis) (vraiment |tres )?(confus|confuse)
    (chat*|chien*|chiot|lapin|cheval) ... (vomi*|touss*|toux|diarrhee*|gratt*|fievre)
    `,
    emergency: `en finir avec (ce|cette|ces|mon|mes)
    # fois par | prise* de sang | (apres|avant) (avoir )?pris (son|sa|ses) | (pas|sans|aucun|ni) (de |d |du )?sang
    (ecoute|prevention|ligne) ... suicid* | (du mal|peine|refuse*) (a|de) avaler | avale* ... de travers
    respire (pas |plus )?(bien |tres bien |correctement )?par le nez|peau (ne )?respire`,
    dosing: `# fois par
    (depose*|achete*|factur*|paye*|debite*|livre*) (deux fois )?par erreur | oubli* (mon|ma|mes) (parapluie|sac|telephone|cles|lunettes|veste)
    (overdose|surdose) (de|d) (vos|ces)? (sms|mail*|message*|pub*|notification*|promo*)
    (resultat*|courrier*|document*|analyse*|facture*|dossier*|lettre*|mail*|compte rendu) (a ete |ont ete |est |sont |m a ete |m ont ete )?(envoye*|transmis*|adresse*|recu*|depose*|parti*) par erreur
    cachet (de la|du|de) (pharmacie|medecin|cabinet|docteur|laboratoire|officine) | (tampon|cachet) et (la )?signature | signature et (le )?cachet
    (payer|regler|acheter|commander|facture*|rembourse*) (les |ces )?(deux|2) doses`,
    controlled_substance: `(test*|depistage) ... (cannabis|cocaine|drogue*)
    (ouvrir|consulter|telecharger|acceder a|voir|lien vers) (l|votre|la)? ordonnance securisee`,
    medication_conflict: `(deux|2|autres) pharmacies ... (rupture|stock)`,
    prior_auth: `
    (accepte*|accorde*|approuve*) (la |l )?(demande d )?(accord|entente) prealable | (accord|entente) prealable (a ete |est )?(accepte*|accorde*|approuve*)
    pas (besoin|necessaire) (d|de) (un |une )?(accord|entente|autorisation) prealable | (accord|entente|autorisation) prealable (n est|n etait|ne sera) pas (necessaire|requis*|obligatoire|utile)
    `,
  },
  controlled: {
    country: 'FR',
    names: `
    morphine: skenan, actiskenan, oramorph, moscontin, sevredol
    oxycodone: oxycontin, oxynorm, oxsynia
    fentanyl: durogesic, matrifen, abstral, actiq, instanyl, effentora, pecfent, breakyl
    hydromorphone
    methadone
    buprenorphine: subutex, suboxone, temgesic, orobupre, zubsolv
    tramadol: topalgic, contramal, ixprim, zaldiar, zamudol, monoalgic, orozamudol, takadol, monocrixo
    codeine: codoliprane, dafalgan codeine, efferalgan codeine, lamaline, klipal codeine, prontalgine, neocodion
    tapentadol: palexia
    methylphenidate: ritaline, concerta, medikinet, quasym
    modafinil: modiodal
    clonazepam: rivotril
    zolpidem: stilnox
    zopiclone: imovane
    flunitrazepam: rohypnol
    clorazepate: tranxene
    alprazolam: xanax
    bromazepam: lexomil
    diazepam: valium
    lorazepam: temesta
    oxazepam: seresta
    prazepam: lysanxia
    lormetazepam: noctamide
    ketamine
    pregabalin: pregabaline, lyrica
    oxybate: xyrem
    cannabis: sativex
    loflazepate: victan
    clobazam: urbanyl
    loprazolam: havlane
    nordazepam: nordaz
    nitrazepam: mogadon
    temazepam: normison
    opium: izalgi
    `,
  },
  negation: {
    pre: `
    pas | jamais | aucun | aucune | sans | ni | non | (ne|n) ... plus | plus jamais | pas de | pas d
    nul | nulle | absence de | rien | pas du tout | nie | exclu
    `,
    post: `
    aucun* (connu|connue|connus|connues)? $ | neant | non $ | exclu*
    (n|ne) (en )?(ai|a|avons|ont) (pas|jamais|plus|aucun*) | pas de (probleme|souci)
    (a|au|aux) (rien|aucun*)
    ni l (un|une) ni l autre
    `,
    pseudo: `
    pas (sur|sure|certain|certaine|seulement|que|mieux|d amelioration|bien|terrible|top)
    (ne|n) sais pas | sais pas
    (ne|n) (va|vont|passe|passent|s ameliore|s arrange|marche|fonctionne) (pas|plus|toujours pas)
    pas de mieux
    (ne|n) (arrive|arrivent|peux|peut|parviens|parvient) (pas|plus) (a )?(respirer|dormir|manger|marcher|parler|le reveiller|la reveiller)
    (ne|n) (se reveille|reagit|repond) (pas|plus)
    sans (ordonnance|rendez vous|faute|attendre|delai|tarder)
    (ne|n) (peux|peut|pourrai|pourrais) pas (me|m en|m|s en) passer | pas plus de | ne pas depasser
    (ne|n) me sens pas bien | pas bien du tout | non plus
    autre (ne|n) passe*
(ne|n) (supporte|supportent|tolere|tolerent) (pas|plus)
    (toujours |encore |jamais )?pas (encore |toujours )?(repondu|rappele|rappelee|donne suite)
    `,
  },
  terminators: `
    mais | cependant | toutefois | pourtant | sauf | hormis | excepte | par contre | en revanche
    neanmoins | alors que | tandis que
    et (maintenant|depuis|aujourd hui|hier|la|je|j|il|elle|mon|ma|mes|son|sa) | maintenant | parce que
    car | qui
  `,
  historical: `
    l an dernier | l annee derniere | l an passe | l annee passee
    il y a (#|quelques|plusieurs|des) (ans|annees|an|annee) | il y a (bien )?longtemps | il y a longtemps
    autrefois | dans le passe | par le passe
    (quand|lorsque) (j etais|il etait|elle etait) (enfant|petit|petite|jeune|enceinte|bebe)
    (etant|enfant|petit|petite) enfant | dans mon enfance | dans l enfance | antecedent*
    avant (ma|sa) grossesse | a l epoque
    (avais|avait|avaient) (fait|eu) | (quand|lorsque) (j|il|elle)? (avais|avait) # ans
  `,
  resolved: `
    (c est|c etait|s est|est|sont|c|s) (passe|passee|passes|passees|termine|terminee|fini|finie|gueri|guerie|parti|partie|partis|parties|disparu|disparue|disparus|resorbe*)
    (a|ont) (disparu|cesse|diminue) | (ca|cela|tout) va mieux | (va|vont|allons) mieux | plus rien
    rentre dans l ordre | gueri* | disparu* | (s est|s etait) arrete*
    (va|vont|se porte*) tres bien (maintenant|aujourd hui) | (s est|suis) (bien )?(remis*|retabli*)
  `,
  hypothetical: `
    si (je|j|il|elle|on|nous|vous|mon|ma|mes|son|sa|ses|ca|cela|c|jamais|par hasard|besoin|quelqu un|un patient|votre)
    et si | au cas ou | en cas de | en cas d | pour eviter | pour prevenir | (risque|risques) (de|d)
    (peur|crainte|inquiet|inquiete) (de|d) (faire|avoir|developper) | surveiller | eventuel*
    eventuellement | si jamais
    pour toute urgence | conduite a tenir | (ai|a|as|avez) failli
  `,
  discontinued: `
    (ne|n) (prend|prends|prenons|prenait|prenais|utilise|utilises|prennent) (plus|pas)
    (j ai|il a|elle a|on a|a ete)? (arrete|stoppe|interrompu|suspendu) | arret (du|de la|de l|des)
    (plus|pas) sous | (ne|n) (suis|est) plus sous | ancien* (traitement*|medicament*) | plus besoin
    je (n en|nen) prends plus | (pas|plus) (ete )?prescrit*
    sans ordonnance | livraison discrete | (achetez|commandez) (en ligne)?
    (la|le|l|du|de|mon|ma|sous) * (mais )?(ce n est|c est|ca n a) (pas|rien) (pour ca|a voir|le sujet|la question)
  `,
  questionStart: `
    est ce que | est ce | estce | puis je | pourriez vous | pouvez vous | peut on | peux tu | quel
    quelle | quels | quelles | comment | combien | pourquoi | quand | faut il | dois je | doit on
    y a t il | y a til | serait il | est il | est elle | ai je | je peux | on peut | c est normal
    c est grave | est ce grave | a quoi | qu est ce | que (dois je|faut il|faire|puis je)
  `,
  questionCue: `
    (je )?(voudrais|souhaiterais|aimerais|souhaite|veux) (savoir|avoir votre avis|un conseil|des conseils|vous demander)
    je me demande* | j aimerais savoir | pourriez vous me (dire|conseiller|confirmer|renseigner)
    pouvez vous me (dire|conseiller|confirmer|renseigner)
    besoin (d un conseil|de conseils|de votre avis) | une question | question (sur|concernant|au sujet)
    merci de me (dire|conseiller|confirmer) | (savez vous|sauriez vous) | votre avis
    (pas sur|pas sure) (si|de)
  `,
  experience: `
    (j ai|j avais|j en ai|je suis|je me sens|je sens|je ressens|je fais|je tousse|je vomis|je saigne|je (n|ne) arrive|jai|j suis|j me)
    (il|elle|ils|elles) (a|ont|avait|est|sont|se sent|fait|vomit|tousse|saigne)
    (mon|ma) * (a|est|avait|etait|fait|se sent|vient)
    (mon|ma|mes|son|sa|ses) (visage|levre|levres|langue|gorge|peau|ventre|tete|poitrine|jambe|jambes|bras|dos|yeux|coeur|mains|pieds|chevilles|bouche|corps)
    depuis
    (cette|ces|ce) (eruption|toux|douleur|reaction|plaques|boutons|symptome*|vertiges|nausees|fatigue)
    (est ce|c est|ca|cela) (normal|grave|inquietant|un effet|une reaction|une allergie|lie)
    (me|m) (donne|fait|rend) | hier | aujourd hui | ce matin | cette nuit | ce soir
    me (reussit|convient)
    (ca|cela) (peut|pourrait|pourraient) (venir|provenir) (de|du|des|d)
  `,
  clinical: `
    (puis je|je peux|peut on|on peut|est ce que je peux|est ce qu on peut|peut il|peut elle|pourrais je|dois je|faut il|est ce que je dois) (encore |quand meme |toujours )?(prendre|utiliser|donner|boire|associer|melanger|combiner|ecraser|couper|croquer|arreter|sauter|doubler|continuer|allaiter|conduire|avaler|diluer)
    (est ce|est il|c est|est ce que c est|est elle) (dangereux|grave|risque|bon|mauvais|sans danger|compatible|normal|contre indique|deconseille|conseille|possible) (de|d|pour|avec|pendant|si)?
    combien (de|d|je|dois|faut|en|puis|par) | (pendant )?combien de temps | (a )?quelle frequence | tous les combien
    quelle (dose|posologie|quantite) | (dose|posologie) (maximale|max|recommandee)
    (avec|et|apres|avant) (de l )?(alcool|vin|biere|pamplemousse|cafe|cafeine|lait|repas|nourriture) | a jeun | pendant (le|les) repas
    (a quoi|pour quoi|pourquoi) (sert|servent|ca sert|cela sert) | c est pour quoi | (qu est ce que|c est quoi) (le|la|les|ce|cette|l)
    comment (agit|fonctionne|marche|prendre|utiliser|donner|appliquer|ca marche)
    (conserver|conservation|frigo|refrigerateur|au frais|temperature ambiante|congel*|perime*|date de peremption|date depassee)
    (a la place|au lieu) (de|d|du) | remplacer | substituer | equivalent* | (la meme chose|pareil) que | difference entre
    (est ce que|peut il|peut elle|ca peut|cela peut|risque t il de) (provoquer|donner|causer|faire) 
    (est il|est ce) (addictif|un antibiotique|un anti inflammatoire|un anticoagulant|pareil)
    (interdit|autorise|permis|deconseille) de | (fait|font|peut faire) (dormir|grossir|somnoler|tousser)
    au moment (du|des) repas | avant ou apres | (garder|conserver) combien de temps | apres ouverture
  `,
  admin: `
    renouvel* | stock | en stock | disponible* | disponibilite | recuperer
    passer (le |la |les )?(chercher|prendre) | pret | prete | prets | livr* | envoy* | prix | cout*
    coute* | payer | paiement | facture* | rembours* | mutuelle | carte vitale | ouvert* | horaire*
    ferme* | command* | rendez vous | rdv | reserver | reservation | transferer
    ordonnance (prete|renouvelee) | combien (ca|cela) (coute|fait) | tarif* | adresse
  `,
  medicineWords: `
    medicament* | medoc* | comprime* | cachet* | gelule* | pilule* | dose* | antibiotique* | vaccin* | piqure*
    injection* | creme* | sirop | gouttes | patch* | traitement | ordonnance | (le|la|les|en) (prendre|donner)
  `,
  inUse: `
    prends | prend | prenait | pris | commence | depuis | sous | apres | traitement par | prescrit
  `,
  indication: `
    pour (mon|ma|mes|son|sa|ses|le|la|les)? | contre (le|la|les|mon|ma|mes)?
  `,
  notHelping: `
    (ne|n) (fait|fonctionne|marche|soulage|agit) (rien|pas|plus) | sans (effet|resultat) | toujours (de la|des|mal) | pour (une|un|son|sa) (infection|pneumonie|angine)
  `,
};
