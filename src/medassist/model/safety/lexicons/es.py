"""Spanish emergency lexicon: Spain, Mexico, Argentina and the rest of Latin America (see the
package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"  # up to three words in between
W = r"(?:\S+ ){0,10}"  # a clause
PILLS = (r"(?:pastill|pildor|comprimid|tabletas|capsulas|medicin|medicament|remedio|paracetamol|ibuprofeno|clonazepam"
         r"|rivotril|alprazolam|tafil|diazepam|valium|benzo|antidepresiv|somnifer|tramadol|insulina|aspirina|diclofenaco)")
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)
POISON = (r"(?:lejia|lavandina|cloro|clorox|veneno|limpiador|detergente|insecticida|raticida|gasolina|nafta|queroseno"
          r"|soda caustica|amoniaco|matarratas|destapa|diablo rojo|aguarras|thinner|tiner|baygon|raid|plaguicida"
          r"|herbicida|glifosato|paraquat|pesticida|fabuloso|pinol|acido muriatico|salfuman|quitasarro|jabon de (?:la )?(?:lavadora|ropa|trastes|platos)|suavizante|capsula de detergente)")
SWALLOWED = r"(?:tomo|tome|tomaste|bebio|bebi|trago|trague|comio|comi|ingirio|ingerio|chupo|tomaron|se echo)"
BABY = r"(?:bebe|bebes|recien nacido|recien nacida|neonato|bebito|bebita|nene|nena|guagua|chiquito|chiquita)"
FEVER = r"(?<!sin )(?<!no tiene )(?<!nada de )(?:fiebre|calentura|temperatura|ardiendo|hirviendo|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:sudad|sudando|palid|sudor frio)\S* {W}(?:aprieta|oprime|presiona|duele|dolor)\S* (?:\S+ ){{0,3}}pecho", rf"(?:aprieta|oprime|presiona)\S* (?:\S+ ){{0,2}}(?:el )?pecho\S* {W}(?:sudad|sudando|palid|sudor|brazo|falta el aire)", rf"(?:me duele|dolor|duele|opresion)\S* {G}pecho {G}{G}(?:brazo|mandibula|sud|sient)",
                r"dolor (?:muy )?(?:fuerte|intenso|horrible|opresivo|terrible) (?:en el |de |del )?pecho",
                r"me (?:duele|aprieta) (?:mucho |muchisimo |fuerte )?el pecho(?! (?:\S+ )?(?:cuando|al|de tanto) (?:toso|toser|estornudo|estornudar|respiro hondo))", r"paro cardi",
                # pain or pressure in the chest that spreads, with sweat or no air
                rf"(?:presion|peso|opresion|apret\S*|dolor|ardor)\S* {G}pecho {W}(?:brazo|mandibula|quijada|espalda|sudor"
                r"|sudand|sudad|falta el aire|me falta|ahog)",
                r"(?:se me|se le|me|le) (?:baja|corre|va|pasa|irradia) al brazo", r"infartando",
                rf"(?:dolor|duele|presion|opresion|aprieta)\S* {G}pecho {W}(?:sudand|sudad|sudor|palid|gris|frio|falta el aire|me ahogo|mareo|desmay)",
                rf"(?:pesa|pesado|pesadez|oprime|aprieta)\S* (?:\S+ ){{0,2}}pecho {W}(?:brazo|sud|sudor|palid)", r"(?:elefante|piedra|peso) (?:\S+ ){0,2}(?:en|sobre) (?:el|mi) pecho"),
    "stroke": (rf"(?:cara|boca)\S* {G}(?:caida|torcida|chueca|paralizada|de lado|dormida|colgada)",
               rf"se (?:le |me )?(?:cayo|cae|torcio|tuerce|paralizo|durmio|chuec|chueq)\S* {G}(?:cara|boca)",
               rf"no (?:puede|puedo) (?:hablar|mover {G}(?:brazo|pierna|lado|mano))",
               r"(?:habla|hablando) (?:raro|extran|trabad|arrastrando|mal de repente|incoherente|chistoso|como borracho)",
               r"no se le entiende", r"(?:lado|mitad)\S* (?:\S+ ){0,3}(?:dormid|paralizad|sin fuerza|entumid)",
               r"se (?:le|me) (?:traba|enreda) la lengua",
                r"(?:se me|se le) (?:durmio|adormecio|entumio|paralizo)\S* (?:\S+ ){0,2}(?:mitad|lado)", r"(?:mitad|lado) de (?:la|su|mi) (?:cara|cuerpo)\S* (?:\S+ ){0,3}(?:dormid|no (?:la |lo )?(?:siento|siente|mueve))", r"brazo (?:\S+ ){0,3}(?:no (?:lo |la )?(?:siento|siente|puede mover|responde)|sin fuerza|colgando)", r"de repente no (?:puede|puedo) (?:hablar|caminar|ver)"),
    "choking": (r"(?:se esta |esta |se )?(?:ahogando|atragant)", r"se (?:ahoga|ahogo) con",
                r"(?:se )?(?:atoro|atoró|atorad|atoran)", r"(?:atorad|trabad|atascad)\S* en (?:la )?garganta",
                r"se le fue por el otro lado"),
    "breathing": (r"no (?:puedo|puede|podemos|pueden|consigo) respirar", r"no (?:respira|esta respirando)",
                  r"(?:me|le) (?:cuesta|falta) (?:mucho )?(?:respirar|el aire|aire)",
                  r"dificultad (?:para|al) respirar", r"(?<! casi )(?:me|se) (?:ahogo|ahoga)",
                  r"no (?:me |le )?(?:jala|entra|llega|pasa) (?:el )?aire", r"no (?:puede|puedo) jalar aire",
                  r"(?:se esta poniendo|se puso|esta|labios)\S* (?:\S+ )?(?:morad|azul)",
                  r"inhalador no (?:le |me )?(?:hace|sirve|funciona|ayuda)", r"ya no respira",
                r"(?:ronca|silba|hace ruido)\S* (?:\S+ ){0,2}al respirar", r"se le hunden las costillas",
                r"(?:se me|se le) (?:esta )?(?:yendo|va|fue) el aire"),
    "anaphylaxis": (rf"(?:garganta|lengua|labio|cara|ojos|parpados)\S* {G}(?:se (?:me |le )?)?(?:cierra|cerrando|hinch|inflam|enorme|gigante)",
                    rf"se (?:me |le )?(?:esta |estan )?(?:cerr|cierr|hinch|inflam)\S* {G}"
                    r"(?:garganta|lengua|labio|cara|ojos)", r"reaccion alergica (?:fuerte|grave|seria)", r"anafila",
                    r"(?:le|me) silba el pecho"),
    "bleeding": (r"no (?:para|deja|se detiene|paro|dejo|se para) de sangrar",
                 r"sangr\S* (?:mucho|muchisimo|sin parar|a chorros|demasiado|bastante|un monton|como loco)",
                 r"(?:mucha|muchisima|demasiada) sangre", r"perdiendo (?:mucha )?sangre",
                 r"desangr", r"sangre a (?:chorro|borbotones)", r"chorro de sangre", r"charco de sangre",
                 r"no (?:se )?(?:le |me )?(?:para|detiene|corta) la sangre", r"(?:la )?sangre (?:\S+ )?no (?:se )?(?:le |me )?(?:para|detiene|corta|quita|deja de salir)", r"sangre por todos lados",
                 r"(?:apunalad|acuchillad|baleado|balead|le dispararon|herida de bala)"),
    "overdose": (rf"(?:me |se )?(?:tome|tomo|trague|trago|bebi|bebio|comi|comio)\S* {G}\d+ {PILLS}",
                 rf"(?:me |se )?(?:tome|tomo|trague|trago|comio)\S* {G}(?:todas|un monton de|muchas|la caja)"
                 rf" {G}{PILLS}", rf"se (?:trago|tomo|comio)\S* {G}{PILLS}", r"sobredosis",
                 rf"{SWALLOWED} {G}(?:blister|caja|frasco|bote|tira|paquete|cajita|plancha|tableta)s? (?:\S+ )?"
                 rf"(?:entero|entera|completo|completa|de (?:\S+ )?{PILLS})",  # not "media caja de chocolates"
                 r"(?:blister|caja|frasco|bote|tira|paquete|cajita|plancha) (?:entero|entera|completo|completa)",
                 rf"{SWALLOWED} (?:todo|todos|todas) (?:el |los |las |mis |sus )?{PILLS}",
                r"(?:tomo|tomé|tome|bebio|trago) (?:\S+ ){0,2}(?:frasco|bote|botella) (?:\S+ ){0,3}(?:jarabe|gotas)",
                r"(?:todas|todos) (?:las |los |mis )?(?:pastillas|pildoras|medicinas|remedios) (?:que (?:tenia|habia|tengo|hay)|de la casa)", rf"{SWALLOWED} (?:\S+ ){{0,2}}(?:jarabe|frasco|bote|botella) (?:\S+ ){{0,4}}(?:entero|entera|completo|completa)"),
    "poisoning": (rf"(?:se )?{SWALLOWED} (?:\S+ ){{0,3}}{POISON}", r"envenen", r"intoxicad",
                r"(?:trago|trague|se trago|comio|se comio)\S* (?:\S+ ){0,2}(?:pila|bateria|iman)", rf"{SWALLOWED} (?:\S+ ){{0,3}}(?:jabon de trastes|lavatrastes|lavaplatos|destapador|keroseno|kerosen|petroleo|anticongelante|alcohol de (?:quemar|farmacia))"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:azotea|techo|tejado|terraza|puente|edificio|balcon|ventana|acantilado|barranco|risco|piso \d+|\d+ pisos|vias del tren)\S* (?:\S+ ){0,8}(?:voy a|me voy a|quiero|pienso|estoy por|a punto de|ahorita|ya) (?:\S+ )?(?:saltar(?! (?:la|el|las|los|una|un|mi|a la) )|tirarme|tirar(?! (?:la|el|las|los|una|un|mi) )|aventarme|aventar|lanzarme|lanzar|arrojarme|arrojar|brincar)", r"(?:voy a|me voy a|quiero|pienso|estoy por|a punto de) (?:\S+ )?(?:saltar(?! (?:la|el|las|los|una|un|mi|a la) )|tirarme|tirar(?! (?:la|el|las|los|una|un|mi) )|aventarme|aventar|lanzarme|lanzar|arrojarme|arrojar|brincar) (?:\S+ ){0,3}(?:azotea|techo|tejado|terraza|puente|edificio|balcon|ventana|acantilado|barranco|risco|piso \d+|vias del tren)",
                  r"(?:esta noche|hoy|manana|ya) me voy para siempre", r"(?:ya )?me (?:despedi|estoy despidiendo) de (?:todos|todo el mundo|mi familia)", rf"(?:esta noche|hoy|cuando se duerman|cuando se vayan|ahorita) {W}me (?:las|los) (?:tomo|trago|bebo|meto) (?:todas|todos)",
                  r"me (?:las|los) (?:tomo|trago|bebo|meto) (?:todas|todos) (?:\S+ ){0,2}(?:y listo|y ya|de una vez|de un jalon|esta noche|hoy)",
                  r"(?:me voy|irme|me ire|despedirme|me despido) de este mundo", r"(?:me quiero|quiero|voy a|me voy a|pienso) (?:matar|suicid|quitar la vida|morir(?! de (?:la |el )?(?:verguenza|pena|risa|hambre|sueno|calor|frio|amor|aburrimiento|ganas|cansancio|envidia)))",
                  r"(?:no quiero|ya no quiero) (?:seguir )?vivir", r"quitarme la vida",
                  r"(?:cortarme|me voy a cortar) las venas", r"(?:me|se) (?:corte|corto|raje|rajo|abri|abrio) (?:las venas|las munecas)", r"acabar con (?:todo|mi vida)",
                  r"(?:hoy|esta noche|manana|ya) me mato", r"matarme", r"suicidarme", r"(?:me|se) (?:quiere )?suicid(?:o|a|ar)", r"quiero morir(?:me)?(?! de (?:la |el )?(?:verguenza|pena|risa|hambre|sueno|calor|frio|amor|aburrimiento|ganas|cansancio|envidia))",
                  r"(?:carta|cartas|mensaje|mensajes) de despedida", r"(?:les|le) deje (?:una )?carta",
                  r"(?:guardadas|guarde|juntando|junte|juntado|acumulando|acumule|ahorrando)\S* (?:\S+ )?(?:pastillas|pildoras|medicinas)",
                  rf"{PILLS}\S* (?:\S+ )?(?:guardadas|juntadas|juntas|listas|contadas|preparadas|ahorradas)", r"hoy es el dia",
                  r"no (?:tengo|hay|le veo|encuentro) (?:ninguna )?(?:razon|razones|motivo|motivos|sentido) (?:para|de) (?:vivir|seguir)",
                  r"ya no quiero (?:estar aqui|seguir|existir|despertar)", r"(?:terminar|acabar) con (?:todo|esto|mi vida)",
                  r"me quiero (?:desaparecer|ir para siempre)", r"(?:me voy a|voy a|me quiero) (?:tirar|aventar|lanzar)(?:me)? (?:del|de un|de una|desde|al|a las) (?:puente|edificio|techo|azotea|tren|metro|vias|balcon|ventana)", r"tirarme (?:del|de un|al|a las)",
                r"me (?:aviento|tiro|lanzo|arrojo) (?:del|de un|de una|desde el|desde la|al|a las) (?:puente|edificio|techo|azotea|balcon|vias|metro|tren|acantilado)",
                r"(?:todo|ya lo tengo|lo tengo todo)\S* (?:\S+ )?planead", r"quiero desaparecer", r"(?:cansad[oa]|hart[oa]) de vivir", r"(?:compre|consegui|tengo) (?:una )?(?:soga|cuerda) (?:para|pa)", r"(?:me voy a|voy a) (?:tomar|tragar) todas (?:las )?(?:pastillas|pildoras)", r"me (?:las|los) (?:voy a|vo a|pienso|quiero) (?:tomar|tragar) (?:todas|todos)(?! (?:como|segun|cada|durante|hasta|con comida))", r"perdonenme por todo",
                r"(?:manana|pronto|para manana|esta noche) (?:\S+ ){0,2}ya no (?:voy a |vo a )?(?:estar|existir)(?! (?:en|para) (?:la|el|casa|clase|mi|mis|tu) (?!mundo|vida))", r"ya no voy a estar (?:aqui|mas|para)", r"(?:adios|chau|chao) a todos", r"nadie (?:me )?va a extranar", r"no le (?:encuentro|veo) sentido a (?:nada|la vida|vivir|seguir)"),
    "seizure": (rf"(?:esta|lleva|sigue|estan)\S* {G}convulsion", r"convulsiona", r"no (?:para|deja) de (?:temblar|sacudirse|convulsionar)(?! (?:de|por) (?:frio|miedo|nervios))", r"convulsiones? (?:que )?no",
                rf"(?:ataque|crisis) (?:de epilepsia|epileptic)\S* {G}no (?:para|se pasa|termina)",
                r"ojos en blanco", r"espuma (?:por|en) la boca", r"echando espuma",
                r"(?:temblando|sacudiendo|sacudiendose|retorciendose)\S* (?:\S+ ){0,3}(?:no (?:me |nos )?responde|ojos|espuma)",
                r"ojos (?:\S+ ){0,2}(?:para arriba|pa arriba|volteados|virados)"),
    "unconscious": (r"(?:se )?desmay\S* y no", r"inconsciente", r"perdio el (?:conocimiento|sentido)",
                    r"no (?:me |nos |le )?(?:responde|reacciona|despierta|se despierta|contesta)",
                    r"no (?:lo |la )?(?:podemos|puedo|pude|pudimos) despertar", r"no (?:vuelve|volvio|ha vuelto|reacciona) en si", r"desmayad", r"se desvanecio",
                    r"(?:tirado|tirada) en el (?:piso|suelo)",
                r"(?:tirado|tirada)\S* (?:\S+ ){0,3}(?:no se mueve|no responde)", r"no se mueve (?:\S+ ){0,2}(?:ni|no) (?:responde|respira)"),
    "obstetric": (rf"(?:embarazada|semanas|meses de embarazo|embarazo)\S* {W}(?:sangr|sangre|cordon|convuls|no se mueve|no lo siento)",
                  rf"(?:sangr\S*|sangre)\S* {W}(?:embarazada|semanas de embarazo|embarazo)",
                  r"cordon (?:\S+ ){0,3}(?:afuera|salio|asoma|se ve|colgando)", r"(?:veo|se ve|sale|salio|asoma)\S* (?:\S+ ){0,2}cordon",
                r"(?:siento|toco|sale|salio|cuelga) (?:\S+ ){0,2}(?:el )?cordon"),
    "infant_child": (rf"{BABY} (?:\S+ ){{0,5}}(?:como de trapo|flojit|aguadit|guang|sin fuerza|no reacciona|morad|azul|no se despierta)",
                     rf"(?:{BABY}|hijo|hija)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|un|una|dos|tres) (?:dias|semanas|semana)|(?:[0-3]|un|dos|tres) (?:mes|meses))\S* {W}{FEVER}",
                     rf"{FEVER} {W}(?:{BABY}|hijo|hija)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|un|una|dos|tres) (?:dias|semanas|semana)|(?:[0-3]|un|dos|tres) (?:mes|meses))",
                rf"{BABY} (?:\S+ ){{0,2}}(?:tiene|con) (?:(?:\d{{1,2}}|un|una|dos|tres) (?:dias|semanas|semana)|(?:[0-3]|un|dos|tres) (?:mes|meses))\S* {W}{FEVER}"),
    "sepsis_meningitis": (rf"(?:cuello|nuca)\S* (?:\S+ ){{0,2}}(?:tieso|rigid|duro)\S* {W}(?:fiebre|calentura|manch)",
                          r"(?:fiebre|calentura)\S* (?:\S+ ){0,8}(?:cuello|nuca)\S* (?:\S+ ){0,2}(?:tieso|rigid|duro)",
                          r"manch\S* (?:\S+ ){0,6}no (?:se )?(?:quitan|quita|desaparecen|borran|van|blanquean)\S* (?:\S+ ){0,3}"
                          r"(?:apret|presion|vaso)",
                rf"{FEVER}\S* {W}(?:manch|punt|ronch)\S* (?:\S+ ){{0,2}}(?:morad|violet|oscur|negr|purpur)", rf"(?:manch|punt|ronch)\S* (?:\S+ ){{0,2}}(?:morad|violet|oscur|negr|purpur)\S* {W}{FEVER}"),
    "diabetic": (r"(?:azucar|glucosa|glicemia|glucemia)\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)",
                 rf"diabetic[oa]s? {W}(?:no reacciona|no responde|inconsciente|confundid|no despierta|desmay|convuls)",
                 r"(?:se le bajo|bajon de) (?:el |la )?(?:azucar|glucosa)",
                rf"diabetic[oa]s? {W}(?:sudor frio|sudando frio|temblando|tembloros|incoherente)"),
    "head_injury": (r"(?:golpe|golpeo|pego|cayo|caida)\S* (?:\S+ ){0,5}cabeza (?:\S+ ){0,8}(?:vomit|confundid|no despierta|desmay"
                    r"|inconsciente|sangr|convuls|somnolient|no responde)",
                r"(?:madrazo|chingadazo|golpazo|trancazo|porrazo|costalazo|se dio un golpe) (?:\S+ ){0,8}(?:vomit|no reacciona|inconsciente|desmay|no responde|convuls|confundid)"),
    "burns": (rf"(?:hirv|caldo|aceite|cafe|sopa|agua caliente)\S* {W}(?:pel|levant|despeg|cae|cay|salio)\S* (?:\S+ ){{0,2}}(?:piel|pellejo)",
              rf"(?:hirv|caldo|aceite|cafe|sopa|agua caliente)\S* {W}(?:piel|pellejo)\S* (?:\S+ ){{0,2}}(?:pel|levant|despeg|cae|cay|salio)",
              r"quem\S* (?:\S+ ){0,4}(?:toda|todo|la cara|el pecho|grave|ampollas grandes)",
              r"quemadura (?:grande|grave|seria|de tercer|enorme|muy fea)", r"(?:aceite|agua) hirviendo"),
    "drowning": (r"(?:ahogo|ahogando|ahogado|ahogada) en (?:la |el )?(?:piscina|alberca|pileta|mar|rio|agua|tina|lago|playa)",
                 r"(?:sacamos|saque|sacaron)\S* (?:\S+ ){0,3}(?:del agua|del mar|de la (?:piscina|alberca|pileta)|del rio|del lago)", r"casi se ahog"),
    "electric_shock": (r"electrocut(?:ad|o(?!\S)|arse|aron|ar(?!\S))",  # a shock counts with what it did: "un toque chiquito, estoy bien" does not
                       rf"(?:dio|da|pego)\S* (?:la |una |un )?(?:corriente|descarga|toque|choque|calambre)\S* {W}(?:tirad|cay|desmay|inconsciente|no respira|respira raro|no despierta|no responde|no se mueve|quemad|convuls|pecho|corazon|fuerte)",
                       rf"(?:descarga|choque|toque) electric\S* {W}(?:tirad|cay|desmay|inconsciente|no respira|respira raro|no despierta|no responde|no se mueve|quemad|convuls|pecho|corazon|fuerte)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"ataque (?:al|del) corazon"),
    "stroke": (r"derrame", r"ictus", r"embolia"),
    "bleeding": (r"hemorragia",),  # named: a past ulcer bleed is asked about (fourteenth round)
    "seizure": (r"convulsiones", r"convulsionando", r"epilepsia"),
    "unconscious": (r"desmay",),
    "diabetic": (r"hipoglucemia", r"hipoglicemia", r"coma diabetico"),
}
CUES = (r"(?:mi|mis|le) ", r"se (?:le|me|esta)", r"esta ", r"estoy", r"tengo", r"tiene", r"ahora", r"ayuda", r"urgente",
        r"rapido", r"creo", r"socorro", r"auxilio")
EDUCATIONAL = (r"que (?:es|son|causa|provoca|significa)", r"cuales son", r"sintomas de", r"causas de",
               r"como (?:se )?(?:previene|evitar|prevenir)", r"por que (?:da|pasa|ocurre)")
PAST = (r"(?:(?:el|la) )?(?:ano|mes|semana) pasad", r"hace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|unos|unas|varios|muchos) (?:anos|ano|meses|mes|semanas)",
        r"(?:en|desde) (?:19|20)\d\d", r"de (?:nino|nina|chico|chica|joven)",
        r"de (?:chiquit|pequen)\S*", r"hace (?:anos|mucho tiempo)")  # ("de chiquito", undated years; session 50)
FRAMED = (r"(?:curso|clase|examen|tarea|taller) de primeros auxilios", r"(?:es )?para (?:un|una|el|la|mi) (?:curso|clase|examen|tarea|trabajo|exposicion|novela|cuento)")
# A course taken as prescribed is no overdose of "all the pills"; ideation told as past with the present well is no crisis.
GUARDS = {
    "overdose": (r"como (?:\S+ ){0,2}(?:dijo|indico|receto|mando|dice|indica|manda|recomendo) (?:el |la |mi )?(?:doctor|doctora|medico|medica|receta|farmaceutic)",
                 r"segun (?:la )?(?:receta|indicacion|prescripcion)", r"(?:termine|complete|acabe) (?:el |mi )?tratamiento"),
    "self_harm": (rf"(?:hace (?:\S+ )?(?:anos|tiempo)|en el pasado|de (?:joven|adolescente)) {W}(?:ahora|hoy|ya) (?:\S+ )?(?:estoy|me siento|ando|vivo) (?:\S+ )?(?:bien|mejor|tranquil)",),
}
