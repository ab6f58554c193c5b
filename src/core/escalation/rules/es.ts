// Reglas en español. Sintaxis: ver ./types.ts (mayúsculas y acentos no importan).
// Añadir frases nuevas al final de cada lista.
import type { LanguageRules } from './types';

const SOMNOLIENTO =
  '(muy |super |demasiado )?(somnolient*|adormilad*|dormid*|inconsciente|confundid*|desorientad*) ' +
  '| (no|apenas) (se )?(despierta|reacciona|responde|contesta|espabila) | no (puedo|podemos|consigo) (despertar|despertarlo|despertarla)' +
  ' | no se tiene en pie | (habla|abla) (raro|trabad*)';
const PASTILLAS = '(pastilla*|comprimido*|pildora*|medicamento*|medicina*|capsula*|dosis|parche*|sobres)';

const AC =
  '(sintrom|warfarin*|acenocumarol|xarelto|eliquis|pradaxa|lixiana|anticoagula*|apixaban|rivaroxaban|pastilla* (de|para) la sangre)';

const INFO =
  '((charla*|taller*|curso*|folleto*|cartel*|jornada*) (o * )?(sobre|de|del)|(contener|contiene) (datos|informacion))';

const emergency = `
dolor (en el|de|del) pecho|dolor toracico|(opresion|presion) (en el|del) pecho|me duele el pecho
infarto|ataque (al|de) corazon
(no|apenas|casi no) (puedo|puede|podia|podemos) respirar|me (ahogo|asfixio)|se (ahoga|asfixia)|dificultad (para|al) respirar|falta (de )?aire|no me entra (el )?aire
(garganta) (se (me|le) )?(cierra|hincha|esta hinchada|cerrada)
(cara|labio|labios|lengua|garganta|ojos|parpados|boca) (se (me|le) )?(esta |estan |se )?(hinchad*|hincha*|inflamad*)
hinchazon (de|en) (la|los|el|mi|su|sus|mis) (cara|labios|lengua|garganta|boca|ojos)
(hinchando|hinchan|hincho|hinchado|hinchada|inflamando|inflamado) (los|la|el|mis|sus|mi|su)? (labios|cara|lengua|garganta|ojos|parpados|boca)
anafila*|quincke|shock (anafilactico|alergico)
(sobredosis|demasiadas (pastillas|dosis)|tomo demasiad*) + (${SOMNOLIENTO})
(dosis doble|doble dosis|dos veces la dosis|tomado dos veces) + (${SOMNOLIENTO})
suicid*|quitarme la vida|(no quiero|ya no quiero) vivir|(quiero|queria) (morir|morirme)|acabar con (todo|mi vida)|hacerme dano
(toda|la caja|todo el bote|el blister|todas las) ... (pastillas|comprimidos)? (tomad*|tragad*|tomo|trago)
inconsciente|desmayad*|se desmayo|perdio el conocimiento|perdido el conocimiento|no (reacciona|responde)
no (se )?despierta|no (puedo|podemos|consigo) (despertar|despertarlo|despertarla)
convulsi*|ataque epileptico|crisis epileptica|(le dio|tuvo|tiene) un ataque
ictus|derrame cerebral|infarto cerebral|boca torcida|cara (torcida|caida)|(habla|hablaba) (raro|arrastrando|mal)|no puede hablar|(brazo|pierna) paralizad*
(hijo|hija|nino|nina|bebe|nieto|nieta|perro) (se )?(ha )?(tragado|comido|tomado|trago|comio) ... ${PASTILLAS}
(llamado|llame|llamamos|llamo|llamar) (al|a la|a una)? (112|061|911|ambulancia|urgencias)|la ambulancia (viene|esta en camino)
(tose|tosiendo|vomita|vomitando) sangre|sangrado (que no para|abundante|muy fuerte)|hemorragia
(labios|cara|dedos|piel) (se (me|le) )?(estan |esta |ponen |pone )?(un poco |medio )?(azul*|morad*|gris*)
reaccion alergica (grave|fuerte|severa)|toxicologia|informacion toxicologica
dolor ... (en el|del) pecho|(se me va|se le va|baja) (al|hacia el) (brazo|cuello|mandibula)
(casi|apenas) no (responde|reacciona|se despierta)|(respira|respiracion) (muy )?(lento|lenta|despacio|despacito|superficial|con pausas)
(hijo|hija|nino|nina|bebe|nieto|nieta|perro) ... (encontrado|encontro|bebido|bebio|abierto) ... (pastilla*|comprimido*|medicamento*|parche*|jarabe|frasco|caja)
(quiere|queria|quiero) (morir|morirse|morirme)|no (quiere|quiero) vivir|(hacerse|hacerme) dano
(no puede|no podia) (hablar bien|mover el brazo|levantar el brazo)|(brazo|pierna) (sin fuerza|dormido|paralizado)
rigidez de nuca + fiebre
cuello rigido + fiebre
manchas (moradas|violetas) que no desaparecen
(tomado|tomo|tragado|trago) ## (pastilla*|comprimido*|paracetamol|gelocatil|ibuprofeno)
(quitarme|quitarse) la vida|acabar con todo|(no quiero|no quiere) (vivir|seguir viviendo)|suicid*
(me|le|nos) cuesta (mucho )?respirar|respira (muy )?(rapido|deprisa|con dificultad)|se (le )?hunden las costillas|lengua (muy )?(gorda|hinchad*)
(ronchas|urticaria|habones) (por|en) todo el cuerpo + (mare*|respir*|desmay*|hinch*|garganta)
(dice|habla|murmura|balbucea) ((cosas|palabras)? (sin sentido|incoherencias)|(cosas|palabras) (sueltas|que no tiene* sentido))|no nos reconoce|no reconoce a nadie|no (hay|habia|hubo) (manera|forma) de despertar*|(bebe|nino|nina) (esta )?(muy )?(flojo|flojito|flojita|floja|como un trapo)|(brazo|pierna) (muy )?(flojo|floja)
(opresion|presion|peso|pinchazo*) (muy )?(fuerte )?(en el|del) pecho|(tomado|tome|tragado|trague|trago|se tomo) (toda la caja|todo el bote|todo el blister|todas (las|mis|sus) (pastillas|comprimidos) (de|(para|que (me|le) quedaban ...) (la |los )?(dormir|nervios|ansiedad)))
(tragado|trago|bebido|bebio|comido|comio|chupado) (un |una |el |la |algo de )?(pila|pilas|bateria|iman|lejia|detergente|lavavajillas|amoniaco)
(juntado|juntando|acumulado|acumulando) ... (pastillas|comprimidos)|quiero desaparecer|(estarian|estaria) mejor sin mi|matarme|posos de cafe
((heces|caca|vientre|deposicion*) (muy )?(negr*|como alquitran)|alquitran) + ${AC}
((no puede|no puedo) (doblar|mover|bajar) (el cuello|la barbilla)|cuello (muy )?(duro|tieso)) + fiebre
peor dolor de cabeza|(de repente|de golpe) ... dolor de cabeza (horrible|brutal|terrible|muy fuerte)
(me|le|te) (duele|dolia|aprieta|oprime|pesa|quema) (mucho )?el pecho|pecho como (una losa|un peso|una piedra)
(nitroglicerina|cafinitrina|solinitrina|debajo de la lengua) + (y nada|no (le |me )?(hace|hizo|ha hecho) (nada|efecto))
(hijo|hija|nino|nina|bebe|nieto|nieta|peque|crio|cria|perro) ... (tragado|comido|trago|comio|chupado) ... ${PASTILLAS}
ojos en blanco + (tembl*|sacud*|espuma|suelo|convuls*|rigid*|no responde)
(echa|echando|echaba) espuma|espuma por la boca|(temblando|sacudiendose|convulsionando) ... en el suelo|en el suelo ... (temblando|sacudiendose)
(ataques|crisis|convulsiones) (seguid*|uno tras otro|sin parar)|sin (despertar*|volver en si) entre
no (quiero|queria|quiere) (seguir|estar) (aqui|viv*)|(hoy|esta noche) (es|sera) (el dia|la noche) $|no (despertar*|volver a despertar*) (nunca )?mas|dosis (letal|mortal)
no (aguanto|puedo|soporto) mas + (lo )?(tengo|tiene) (todo )?(pensado|planeado|decidido)
(golpe*|se dio|se ha dado|se pego|cayo|caido) (con |en |contra |de )?(la )?(cabeza|nuca) + (${AC}|vomit*|muy dormid*|adormilad*|no sabe (en )?que dia)
${AC} ... (sangr*|hemorragia) + (no (para|se (me |le )?(para|corta))|sin parar|sigue (sangrando|saliendo))
(sangra|sangrando|sangrado|sangre) ... (no (para|se (me |le )?(para|corta))|sin parar)|no (para|deja) de sangrar
(insulina|azucar|glucosa|hipoglucemia|diabetic*) + (como borrach*|no se tiene en pie|no contesta bien|(sudor*|sudando) ... (y|muy) confu*|no (me|nos) (reconoc*|conociera)|no (me |le )?habla claro)
(manchas|manchitas|puntitos|petequias) ... no (se )?(van|quitan|borran|desaparecen) ... (apret*|presion*|vaso)
se (le|me) (ha )?(torcido|torcio|tuerce|caido|cayo) (la boca|la cara)|no se (le|me) entiende (nada|al hablar)
miedo ... (hacerme|hacerse|me haga|se haga|hacerle) dano|miedo ... (quitarme|quitarse|me quite|se quite) la vida|miedo ... (suicid*|matarme|me mate|se mate)
(duel*|dolor|sube|baja|irradia*|hormigue*) ... (brazo izquierdo|mandibula) + (sud*|empapad*|gris*)
(cara|boca|sonrisa) (se (le|me) )?(ve|ha|queda|quedo|esta)? (quedado )?(como|medio)? (torcid*|tuerce|chuec*|caid*|colgando)|(cuelga|caid*|torcid*) (el labio|la boca|(un |el )?lado (de la )?(boca|cara))
no (encuentra|le salen) las palabras|palabras (revueltas|mezcladas|trabadas)|arrastra* las palabras|(brazo|pierna|lado) (derech*|izquierd*) ... (muert*|no (lo |la )?(puede )?(levanta*|mueve|mover))
falta* ... (pastilla*|comprimido*|caja|blister|bote|parche*) + (muy dormid*|no (se )?(despierta|reacciona)|pestillo|encerrad*)
((tomad*|tomo|trag*) ... de golpe|todo doble|dos de todo) + (${SOMNOLIENTO})
(se tomo|me tome|se trago|tomado|tragado) # (cajas|botes|blisters)|metotrexato (todos los dias|cada dia|a diario|diario)
((manchas|petequias) (moradas|violetas)|quimio*) + (fiebre|tirit*|escalofrio*)
(dolor de cabeza|duele la cabeza|cefalea|migrana*) + peor (que|de|dolor|migrana) ... vida
(digoxina|lanacordin) + (amarill*|halos)
no respira|(ya|casi) no respira|(dejo|ha dejado|dejado) de respirar|paro respiratorio
(me|se|te) (voy|va|vas|van) a (quitar la vida|matar|suicidar)
`;

const adverse_reaction = `
efecto* (secundario*|adverso*)|efectos 2rios
(reaccion|reacciones) (alergica )?(a|al|con|despues de|tras|por)
(reaccione|reacciono|reaccionado) (mal )?(a|al|con)
desde (que )?(empece|empezo|empezamos|comence|comenzo|tomo|tomando|cambie|cambio|inicie)
desde (la|el|las|los|mi|mis|su|sus|este|esta|esa) (nueva |nuevo )?(${PASTILLAS}|tratamiento|antibiotico*|vacuna|inyeccion|crema|inhalador)
(despues de|tras|luego de) (tomar|tomarla|tomarlo|empezar|la vacuna|la inyeccion|la primera dosis)
sindrome de abstinencia|sintomas de abstinencia
no (me )?(sienta|sientan) bien
primera (dosis|pastilla|capsula|inyeccion)|(tomado|tome|tomo) ... hace (media hora|una hora|# minutos|# horas)
desde (que|q) (me|le|nos|se) (la |lo )?(dais|dan|dieron|disteis|cambia*|pus*|pon*|receta*|manda*|subi*|baj*|tomo|toma)
`;

const allergy = `
alergi*|alergic*|hipersensib*
intoleran* (a|al)?|no (tolero|tolera|soporto) (la|el)? (penicilina|amoxicilina|aspirina|codeina|ibuprofeno|latex|yodo)
anafila*
edema de quincke|angioedema|anafila*|choque anafilactico|shock anafilactico
`;

const symptoms = `
fiebre|(tengo|tiene|tenia) (algo de )?(temperatura|febricula)|# grados
sarpullido|erupcion|ronchas|urticaria|picor|me pica|manchas rojas
vomit*|nauseas|ganas de vomitar|diarrea|mareo*|mareado*|mareada*|vertigo*|desmayo
dolor de cabeza|migrana*|(mucho|muchisimo|fuerte|intenso|insoportable) dolor|dolor (muy )?(fuerte|intenso|insoportable)
dolor de (barriga|estomago|tripa|espalda|garganta|oido|muelas)|calambres
(cada vez|estoy|esta|me siento|se siente|me encuentro|se encuentra) peor|empeor*|no mejora|sin mejoria
tos|tosiendo|pitidos|hinchad*|hinchazon|palpitaciones|taquicardia
sangrado|sangra|moratones|moretones|hemorragia nasal
(me|se) (siento|encuentro|siente|encuentra) (mal|fatal|muy mal|debil)|no me (siento|encuentro) bien
no (para|paro|deja|dejo) de (vomitar|devolver|toser|sangrar|temblar|rascar*)
(me|le|te|nos) (duele*|dolia*|dolio)
se (me |le |te )?(hincha*|inflama*)
`;

const dosing = `
(olvide|olvido|olvidado|se me olvido|se me paso|salte|saltado) (tomar |darle |la |el |mi |una |un )?${PASTILLAS}
(olvide|olvido|olvidado|se me olvido) (tomar|darle|ponerme)
dosis doble|doble dosis|(tomado|tomo|tome|dado|di) dos veces|por (error|equivocacion|accidente)|(demasiadas|demasiada) (pastillas|dosis)|tomado de mas
(otra|nueva|distinta|diferente|mala|equivocada|correcta|mayor|menor) (dosis|dosificacion|posologia)
cuant* (pastillas|comprimidos|dosis|veces) ... (tomar|tomo|debo|puedo|darle)|no (se|estoy segur*) (cuant*|la dosis)
sobredosis
(lleva|llevo) ... dias sin|sin (tomar|tomarse) (el|la|su|mi|sus|mis) ... desde
(mg|miligramos) en (vez|lugar) de|(pastillas|medicamento|dosis) (equivocad*|incorrect*)
(cambiado|cambiaron|cambio|subido|subieron|subio|bajado|bajaron|aumentado|aumento|reducido|redujo|ajustado|ajusto) (la |el |mi |su )?(dosis|pauta|de # (mg )?a #)
no (se|sab*|entiend*|entendi|tengo claro|(me |le )?(queda|quedo) claro|(estoy|esta) segur*) (bien )?(de )?(si|cuant*|cuando|como|cual) ... (tomar*|darle|quitar*|media pastilla|medio comprimido|tres cuartos|un cuarto|dosis|pauta)
`;

const controlled_substance = `
estupefaciente*|receta (oficial )?de estupefacientes|opioide*|opiaceo*|benzodiacepina*|benzos|psicotropo*
(perdido|robado|robaron|extraviado) ... (receta de estupefacientes|calmantes|pastillas para dormir)
receta (retenida|cheque|archivada)
`;

const prior_auth = `
(el|un|sin|falta el|necesita|requiere) visado|visado de inspeccion|autorizacion (previa|del seguro|de la mutua|de la inspeccion)|(homologacion|aprobacion) (previa|de la aseguradora)
(autorizacion|visado) (denegad*|rechazad*|caducad*|vencid*)|(denegaron|rechazaron|rechazo|denego|han (rechazado|denegado)) (me |le |nos )?(la autorizacion|el visado)
(mutua|aseguradora|seguro|isapre|obra social|prepaga|eps) ... no (me |nos |le |lo |la )?(autoriza*|aprueba*)
(autorizacion|visado) ... (no ha llegado|pendiente|en tramite|sin aprobar)
(esperando|espera de|mientras (sale|llega)|pendiente* de) (la |el )?(aprobacion|autorizacion|visado|carta de garantia)
no (nos |me |le )?(han |ha )?(concedi*|aprob*|autoriz*|llegado) (el |la )?(visado|autorizacion)
autorizacion de la (eps|isapre|obra social|prepaga|mutua|aseguradora) ... (vencid*|caducad*|expirad*|rechazad*|denegad*|pendiente|no (ha )?llega*)|(autorizacion|visado) ... (vencid*|caducad*|expirad*)
`;

const medication_conflict = `
interacci*|contraindicad*|contraindicacion*|incompatib*
(dos|2|distintos|diferentes|varios) (medicos|doctores|especialistas|farmacias|cardiologos|endocrinos|psiquiatras)
(cardiologo|especialista|psiquiatra|neurologo|hospital|dentista) ... (pero|mientras|y) ... (medico de cabecera|medico de familia|mi medico)
(junto con|a la vez que|al mismo tiempo que|combinad* con|en combinacion con|mezclar con)
ya (tomo|toma|estoy tomando|esta tomando)|(mi|el) medico de cabecera (me )?(sigue|tiene)
(puedo|puede|se puede|es seguro) (tomar*|darle|mezclar|combinar) ... con (el|la|los|las|mi|mis|su|sus)
(tambien|ademas) (le |me )?(recetaron|han recetado|mandaron|pusieron) (otro|otra)|no (consta|aparece|lo tenemos) en (su|el|mi) historial
(tomando*|toma|tomo|tomar|dando*|damos|doy|salen|aparecen|saliendo|figuran) (los dos|ambos)
`;

const pregnancy = `
embarazada|embarazadas|embarazo|embarazos|esperando un bebe|encinta
lactancia|dando el pecho|dar el pecho|amamant*|sacaleches
(intentando|buscando|intentar|buscar) (quedarme embarazada|quedar embarazada|un bebe|el embarazo)|fertilidad|fiv|reproduccion asistida
(dando|doy|da) (el )?pecho|(dar|dando|doy) de mamar|leche materna
(estoy|esta|estaba) de # (semanas|meses)|semanas de (gestacion|embarazo)
`;

// prettier-ignore
export const es: LanguageRules = {
  lang: 'es',
  triggers: { emergency, adverse_reaction, allergy, symptoms, dosing, controlled_substance, prior_auth, medication_conflict, pregnancy },
  except: {
    medication_conflict: `
con (el |la |las |los )?(comida|comidas|desayuno|cena|leche|agua|zumo|estomago vacio|alimentos)
(ido|fui|pase|llame|pregunte|busque|mire) (a |en |por )?(dos|2|tres|varias) farmacias
(medicos|doctores) ... ... ya (se |lo )?(quedo|esta)? (arregl*|solucion*|resuel*|resolv*)
    `,
    pregnancy: `
prueba* de embarazo|test de embarazo
${INFO} ... ... (embarazo|lactancia)
(cojin|sujetador*|pezonera*|almohada*|discos|bolsa*|ropa|productos|pregunta|casilla) de (la )?(lactancia|embarazo)|(alquil*|precio*|vend*|factura*) ... sacaleches
    `,
    emergency: `
(asociacion|fundacion|federacion|liga|sociedad) ... (epilep*|convuls*|ictus|suicid*|infarto)
(urgencias|emergencias|urgencia) (llamar|marcar) al (112|061|911)
(duele|dolor) (el |los )?(pecho|pechos) ... (mamar|amamant*|lactancia|mastitis)
respira (bien )?por la nariz|piel (no )?respira
    `,
    allergy: `
alergi* (a los|al|a la)? (gatos|perros|polen|acaros|polvo|gramineas)
(control|vigilancia|registro|protocolo*) de (las )?alergi*
${INFO} ... ... alergi*
    `,
    symptoms: `
(jarabe|medicamento|pastillas|algo) (para|contra) (la )?(tos|fiebre|dolor|diarrea)
peor (que|de)
(perr*|gat*|mascota*|el mio|la mia) ... (rascar*|vomit*|diarrea|tos)
    `,
    dosing: `
(cobr*|factur*|recib*|encarg*|pedi|pagad*|cargo) ... por (error|equivocacion)
    `,
    prior_auth: `
ya (nos |me |le |lo )?(han |ha )?(concedi*|aprob*|autoriz*|tenemos|tengo|llego) (el |la )?(visado|autorizacion|carta de garantia)
(visado|autorizacion) (ya )?(esta|fue|ha sido)? (aprobad*|concedid*|renovad*)
    `,
  },
  controlled: {
    country: 'ES',
    // generic: national brands and spellings
    names: `
tramadol: adolonta, zaldiar
fentanyl: fentanilo, durogesic, abstral, actiq, instanyl
oxycodone: oxicodona, oxycontin, oxynorm, targin
morphine: morfina, sevredol, oramorph, mst continus
hydromorphone: hidromorfona, jurnista
methadone: metadona
buprenorphine: buprenorfina, transtec, suboxone
tapentadol: palexia
codeine: codeina
methylphenidate: metilfenidato, rubifen, concerta, medikinet, equasym
lisdexamfetamine: lisdexanfetamina, elvanse
lorazepam: orfidal
alprazolam: trankimazin, xanax, tafil
diazepam: valium
clorazepate: clorazepato, tranxilium
lormetazepam: noctamid, loramet
bromazepam: lexatin
clonazepam: rivotril, ravotril, clonagin
ketazolam
midazolam: dormicum
zolpidem: stilnox
flunitrazepam
pregabalin: pregabalina, lyrica
ketamine: ketamina
cannabis: sativex
oxibato: xyrem
    `,
  },
  negation: {
    pre: `
no|sin|nunca|jamas|ningun|ninguna|ninguno|ni|ya no|tampoco|nada|nada de
    `,
    post: `
(ninguno|ninguna|nada) (conocida|conocido)? $|no $|(no|nunca) (he|ha|hemos|han) (tenido|notado)
    `,
    pseudo: `
no (estoy )?segur*|no (lo )?se
no (solo|solamente|mejora|mejoro|se (me |le )?(pasa|quita|va)|me (siento|encuentro) bien|se (siente|encuentra) bien)
sin (receta|cita|problema*|mejoria)|no (puedo|puede|podia|podemos) (respirar|dormir|despertar*)
no (se )?(despierta|reacciona|responde)|no (me )?(sienta|sientan) bien|no puede hablar|ni idea
no (puedo|puede|aguanto) mas
no (me |le |nos )?(ayuda|ayudan|sirve|funciona|hace efecto)|no (para|paro|deja|dejo) de
no (me|nos|te|le) (reconoce|reconocia|contesta)
desde hace (# |muchos |varios |unos )?(anos|ano|meses|semanas)
    `,
  },
  terminators: `
pero|sin embargo|aunque|excepto|salvo|menos|mientras|porque|ya que|ahora
y (ahora|desde|hoy|ayer|yo|el|ella|mi|me|le|tiene|tengo|tenia|esta|estoy|estaba|ha|he)
  `,
  historical: `
el ano pasado|ano pasado|hace (# |muchos |varios |unos )?(anos|ano)|hace mucho (tiempo)?
de (nino|nina|pequeno|pequena|joven)
cuando (era|estaba) (nino|nina|pequeno|pequena|joven|embarazada)|antes (de|del) (embarazo)
en el pasado|antiguamente|antecedentes|solia
  `,
  resolved: `
(ya|se (me|le)|ha|han) (se (me|le) )?(ha |han )?(pasado|quitado|desaparecido|curado|ido|mejorado)|se (me |le |nos )?(paso|quito|curo|desaparecio|fue)|ya (se (me |le |nos )?)?(pasaron|quitaron|fueron|desaparecieron)
ya (esta|estoy) (bien|mejor|perfectamente)|ya paso|ya no (tengo|tiene)|(estoy|esta) (ya |totalmente |del todo )?recuperad*
  `,
  hypothetical: `
si (me|te|le|yo|tengo|tiene|tomo|toma|mi|el|ella|hay|no|se|aparece|sale|a)|y si|en caso de
por si|en caso de urgencia|para (evitar|prevenir)|(riesgo|peligro) de|miedo (a|de) (que)?
posibles|eventual*|ante (una|un|cualquier)
  `,
  discontinued: `
ya no (tomo|toma|tomamos|uso|usa)|(deje|dejo|dejado|dejamos) de (tomar|usar)
(suspendido|retirado|quitado) (el|la|los|las)?|no ... mas|ya no|antigua medicacion
sin receta|envio discreto|(compra|compre) (ya|online)
  `,
  questionStart: `
que|cual|cuales|como|cuanto|cuanta|cuantos|cuantas|por que|cuando|donde
para que|(puedo|puede|podria|debo|debe|deberia|es|hay|se puede|tengo que|conviene|pasa algo)
  `,
  questionCue: `
(me gustaria|quisiera|queria|quiero) (saber|preguntar|consultar)|me pregunto|(podrian|pueden) (decirme|indicarme)
una (pregunta|consulta|duda)|tengo (una )?(duda|pregunta|consulta)|no (estoy )?segur* (de )?(si|como|que)
  `,
  experience: `
(tengo|tenia|he tenido|estoy|estaba|me siento|me encuentro|noto|me ha salido|me duele|me pica|me da|me dio)
(tiene|tenia|ha tenido|esta|estaba|se siente|le duele)|mi * (tiene|esta|tenia|estaba|ha|se)
(mi|mis|su|sus) (cara|labios|lengua|garganta|piel|barriga|cabeza|pecho|pierna|brazo|ojos)|desde|es (esto )?normal|ayer|hoy
  `,
  clinical: `
(puedo|puede|podria|debo|debe|deberia|se puede|es posible) (seguir |todavia )?(tomar*|usar|dar|darle|beber|combinar|mezclar|dejar|partir|conducir|amamantar)
es (seguro|peligroso|malo|normal|recomendable|compatible|grave) (tomar|con|durante|si|para)?
cuant* (pastillas|comprimidos|dosis|veces|tiempo|mg|debo|puedo)|cada cuanto|(que|cual es la) (dosis|posologia)
(con|y|despues de|antes de) (alcohol|vino|cerveza|una cerveza|pomelo|cafe|leche|comida|las comidas)|en ayunas
para que (sirve|es|se usa)|como (funciona|actua)|que (es|hace) *
conserv*|nevera|caducad*|en vez de|en lugar de|generico*|diferencia entre
(puede|pueden) (causar|provocar|dar)|cuanto tarda*|hacer efecto|(me|le) (tomo|doy) (dos|otra|el|la)
una vez abiert*|cuanto (tiempo )?(dura|duran|aguanta)
  `,
  admin: `
renovar|renovacion|stock|existencias|disponible*|recoger|lista|listo|envio|enviar|entreg*
domicilio|precio|cuesta|pagar|factura|reembolso|seguro|abierto|horario*|pedido|cita|direccion
  `,
  medicineWords: `
medicamento*|medicina*|pastilla*|comprimido*|capsula*|dosis|antibiotico*|vacuna*|inyeccion*
pomada|crema|gotas|colirio*|jarabe|parche*|receta|(tomarlo|tomarla|tomarlos|tomarlas|darle|usarlo|usarla)
  `,
  inUse: `
tomo|toma|tomando|tome|tomado|empece|desde|despues|tras|recetado
  `,
  indication: `
para (el|la|los|las|mi|mis|su|sus)?|contra (el|la|mi|su)?
  `,
  notHelping: `
no (me )?(hace|hizo) (nada|efecto)|no (funciona|ayuda|sirve)|sigo (con|teniendo)|para (una|la) (infeccion|neumonia)|igual que (siempre|antes)
  `,
};
