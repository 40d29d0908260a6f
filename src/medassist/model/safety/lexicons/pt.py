"""Portuguese emergency lexicon (Brazil and Portugal spellings and chat: "ta", "to", "n", "q"; see
the package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
W = r"(?:\S+ ){0,10}"  # a clause
NOT = r"(?:nao|n|nem)"

# Not being here tomorrow, said of oneself for good ("amanha nao vou mais estar aqui"): not of a place or a task
# ("... aqui no escritorio", "... aqui em casa pra cuidar dela"), which the writer only leaves (session 43).
HERE_FOR_GOOD = r"(?! (?:no|na|nos|nas|em|de|do|da) \w)(?! (?:pra|para|pro) (?!ninguem|voces|vcs|sempre)\w)"
PILLS = (r"(?:comprimid|remedio|xanax|pilula|capsula|medicament|cartela|paracetamol|dipirona|rivotril|clonazepam|diazepam"
         r"|alprazolam|ibuprofeno|benzo|antidepressiv|tramadol|insulina|tylenol|calmante)")
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)
POISON = (r"(?:agua sanitaria|cloro|veneno|desinfetante|detergente|soda caustica|chumbinho|inseticida|gasolina|querosene"
          r"|alvejante|candida|lixivia|raticida|mata rato|creolina|pinho sol|diabo verde|acido muriatico|agrotoxico"
          r"|herbicida|pesticida|thinner|tiner|removedor|baygon)")
SWALLOWED = r"(?:tomou|tomei|bebeu|bebi|engoliu|engoli|comeu|comi|ingeriu|ingeri)"
BABY = r"(?:bebe|bebezinho|bebezinha|recem nascid|nenem|neném|nene)"
FEVER = r"(?<!sem )(?<!nao tem )(?:febre|temperatura|queimando|pelando|fervendo|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"dor {G}(?:no )?peito {G}{G}(?:braco|suand|suor|mandibula)",
                r"dor (?:muito )?(?:forte|intensa|horrivel|apertando) no peito",
                r"(?:meu )?peito (?:ta |esta )?(?:doendo|apertando) (?:muito|demais)", r"parada cardiaca",
                rf"(?:aperto|pressao|peso|dor|queimacao|ardor)\S* {G}peito {W}(?:braco|mandibula|queixo|costas|suand|suor"
                r"|falta de ar|sem ar)", r"(?:vai|desce|corre|irradia) (?:pro|para o|ate o) braco", r"infartando",
                rf"(?:dor|doendo|aperto|pressao|apertando)\S* {G}peito {W}(?:suand|suor|a suar|palid|cinza|cinzent|frio|falta de ar|sem ar|tont|desmai|transpir)",
                r"(?:elefante|peso|pedra) (?:\S+ ){0,2}(?:em cima do|no|sobre o) (?:meu )?peito"),
    "stroke": (r"(?:boca|rosto|cara)\S* (?:\S+ ){0,2}(?:caiu|caida|torta|torto|entortou|repuxad|paralisad|pendend|despencou)", r"(?:caiu|entortou|repuxou|paralisou|despencou) (?:\S+ ){0,2}(?:boca|rosto|cara)", rf"(?:rosto|cara|boca)\S* {G}(?:torto|torta|caid|paralisad|de lado|dormente|entortou)",
               rf"{NOT} (?:consegue|consigo) (?:falar|mexer {G}(?:braco|perna|lado|mao))",
               rf"{NOT} (?:mexe|move)\S* {G}(?:braco|perna|lado)",
               r"(?:fala|falando) (?:enrolad|estranh|embolad|arrastad|sem sentido|esquisit)",
               r"(?:lado|metade)\S* (?:\S+ ){0,3}(?:dormente|paralisad|sem forca|adormecid)", r"entortou a boca",
                r"(?:metade|lado)\S* (?:\S+ ){0,2}(?:rosto|cara|corpo)\S* (?:\S+ ){0,3}(?:dormente|adormecid|paralisad|caid)", r"braco (?:\S+ ){0,3}(?:nao (?:sinto|sente|mexe|levanta)|sem forca|caido|mole)", rf"{NOT} (?:consegue|consigo) (?:levantar|erguer) (?:o |a |os )?(?:braco|perna)", r"de repente (?:nao|n) (?:consegue|consigo) (?:falar|andar|ver)",
                r"(?:boca|rosto|cara) (?:\S+ )?(?:mole|caida|torta|torto) (?:de um lado|dum lado|pra um lado|para um lado)"),
    "choking": (r"engasg", r"(?:entalad|entalou|preso na garganta|presa na garganta)"),
    "breathing": (r"(?:ta|esta|estou|to) a respirar (?:muito )?mal", r"respirando (?:muito )?mal", r"(?:arroxead|roxinh)",
                  rf"{NOT} (?:consigo|consegue|to conseguindo|esta conseguindo|ta conseguindo|estou a conseguir) respirar",
                  rf"{NOT} (?:respira|esta respirando|ta respirando|esta a respirar)", r"falta de ar",
                  r"dificil respirar", r"dificuldade (?:pra|para|em|a|de) respirar", r"(?:puxando|a puxar|afundando|a afundar|repuxando)\S* (?:\S+ )?(?:as )?costelas", r"sufoca",
                  rf"{NOT} (?:to |estou |ta |esta )?(?:conseguindo |consigo |consegue )?puxar (?:o )?ar",
                  r"(?:ficando|ficou|esta|ta|labios|boca)\S* (?:\S+ )?(?:roxo|roxa|azul|azulad)",
                  r"bombinha (?:\S+ )?(?:nao|n) (?:ta |esta )?(?:funcionando|resolve|adianta|ajuda)", r"sem ar",
                r"(?:chiando|roncando|fazendo barulho)\S* (?:\S+ ){0,2}(?:pra|para|ao) respirar"),
    "anaphylaxis": (r"(?:garganta|goela)\S* (?:\S+ )?(?:apertad|apertando|a apertar|a fechar|fechad|a inchar)",
                    rf"(?:garganta|lingua|labio|rosto|cara|olho|beico|boca)\S* {G}(?:fechando|inch|fechou|a fechar|enorme|gigante)",
                    rf"(?:inchou|inchando|fechando)\S* {G}(?:garganta|lingua|labio|rosto|cara|olho|boca)",
                    r"reacao alergica (?:forte|grave|seria)", r"anafila", r"choque anafil", r"edema de glote"),
    "bleeding": (r"sangue (?:\S+ ){0,2}(?:aos jatos|em jatos|esguich)",
                 r"(?:catanada|facada|navalhada|golpe de faca|golpe de machete)", r"sangue (?:\S+ ){0,3}(?:a sair|saindo|sai|a jorrar|a escorrer) (?:muito|demais|sem parar|bue)",
                 r"(?:sangue|sangramento) (?:nao|n) (?:para|estanca)", r"(?:nao|n) para de sangrar",
                 r"sangrando (?:muito|demais|sem parar|bastante|horrores)", r"(?:muito|muita) sangue",
                 r"perdendo (?:muito )?sangue", r"(?:jorrando|jorra|esguichando|espirrando)\S* (?:\S+ )?sangue", r"a (?:jorrar|esguichar) (?:\S+ )?sangue",
                 r"sangue (?:jorrando|esguichando|pra todo lado|por todo lado)", r"poca de sangue",
                 r"(?:esfaquead|baleado|baleada|levou um tiro|levou uma facada)",
                 rf"sangue {W}(?:nao|n) (?:estanca|para de (?:sair|escorrer|jorrar))",
                 r"(?:saindo|sai|escorrendo|perdendo) (?:muito |mt |mto )?sangue (?:pra caramba|pra caralho|a rodo|demais|horrores|sem parar)"),
    "overdose": (rf"{SWALLOWED} {G}(?:\d+|duas|tres|varias) (?:caixas|cartelas|frascos|embalagens)",
                 rf"(?:tomei|tomou|engoli|engoliu|bebi|bebeu)\S* {G}\d+ {PILLS}",
                 rf"(?:tomei|tomou|engoli|engoliu)\S* {G}(?:todos|todas|a cartela|a caixa|um monte)\S* {G}{PILLS}",
                 rf"engoliu {G}{PILLS}", r"(?:tive|teve|deu|fez|tomou) (?:uma )?overdose", r"superdosagem",
                 rf"{SWALLOWED} {G}(?:cartela|caixa|frasco|vidro|embalagem)s? (?:\S+ )?(?:inteir|tod|complet)",
                 r"(?:cartela|caixa|frasco|vidro) (?:inteir|toda|todo|complet)", rf"{SWALLOWED} {G}(?:todos|todas)\S* {G}{PILLS}",
                r"(?:tomou|tomei|bebeu|bebi) (?:\S+ ){0,3}(?:vidro|frasco) (?:\S+ ){0,3}(?:xarope|gotas|inteiro|todo)",
                r"(?:todos|todas) (?:os |as |meus |minhas )?(?:remedios|comprimidos|pilulas) (?:que (?:tinha|tenho|havia)|da casa|de casa)"),
    "poisoning": (rf"{SWALLOWED} (?:\S+ ){{0,3}}{POISON}", r"envenen", r"intoxicad",
                r"(?:engoliu|engoli|comeu)\S* (?:\S+ ){0,2}(?:pilha|bateria|baterinha|ima)", rf"{SWALLOWED} (?:\S+ ){{0,3}}(?:desentupidor|diabo verde|sabao|lava louca|detergente|querosene|removedor|alcool|amaciante|veneno de rato|sanitario)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:telhado|laje|terraco|ponte|predio|edificio|viaduto|sacada|varanda|janela|penhasco|andar \d+|\d+ andares|trilhos)\S* (?:\S+ ){0,8}(?:vou|quero|to pra|tou pra|estou pra|prestes a|agora|ja) (?:\S+ )?(?:pular(?! (?:o|a|os|as|um|uma|corda) )|me jogar|jogar(?! (?:o|a|os|as|um|uma|bola|fora) )|saltar(?! (?:o|a|os|as|um|uma) )|me atirar|atirar)", r"(?:vou|quero|to pra|tou pra|estou pra|prestes a) (?:\S+ )?(?:pular(?! (?:o|a|os|as|um|uma|corda) )|me jogar|jogar(?! (?:o|a|os|as|um|uma|bola|fora) )|saltar(?! (?:o|a|os|as|um|uma) )|me atirar|atirar) (?:\S+ ){0,3}(?:telhado|laje|terraco|ponte|predio|edificio|viaduto|sacada|varanda|janela|penhasco|andar \d+|trilhos)",
                  r"(?:comprei|peguei|arrumei|consegui|tenho) (?:\S+ ){0,2}(?:veneno|chumbinho|corda)\S* (?:\S+ ){0,6}(?:vou|pra|para) (?:tomar|beber|usar|me matar|acabar)", r"(?<!posso )(?<!pode )(?<!devo )(?:tomo|tomar|engulo|engolir|tomarei) (?:elas |eles )?(?:todas|todos|tudo) (?:\S+ )?(?:de uma vez|de uma so vez|hoje|hj|esta noite|essa noite|a noite|de noite)",
                  rf"(?:escrevi|deixei) (?:uma |um )?(?:carta|bilhete) {W}(?:ja decidi|decidi|adeus|me perdoa|nao vou estar|nao estarei)",
                  rf"amanha (?:eu )?(?:ja )?nao (?:vou )?(?:mais )?(?:estar|estarei|existir) (?:mais|aqui){HERE_FOR_GOOD}",
                  rf"{PILLS}\S* (?:\S+ )?(?:prontos|prontas|separad|juntad|guardad)\S* {W}(?:hoje|hj|esta noite|essa noite|adeus|me perdoem|perdao)",
                  r"(?:quero|vou) me matar", r"(?:quero|vou|penso em) (?:me )?suicid",
                  rf"{NOT} (?:quero|aguento) mais viver", r"tirar (?:a )?minha (?:propria )?vida",
                  r"acabar com (?:tudo|minha vida|isso)", r"cortar os pulsos", r"(?:vou|quero) matar me", r"(?:penso em|pensando em|vontade de) me matar",
                  r"quero morrer", r"(?:carta|cartas|mensagem) de despedida", rf"{NOT} quero mais (?:estar aqui|existir|acordar)",
                  r"(?:guardei|juntei|juntando|guardando|acumulei)\S* (?:\S+ )?(?:remedios|comprimidos|pilulas)",
                  rf"{NOT} (?:tenho|vejo|ha) (?:mais )?(?:motivo|razao|sentido) (?:pra|para) viver",
                  r"(?:hoje|essa noite|esta noite) (?:eu )?(?:acabo|termino|vou acabar) com tudo", r"me jogar d",
                r"quero sumir", r"(?:me enforcar|enforcar me|me enforco)", r"(?:comprei|arrumei|consegui|peguei|guardei) (?:\S+ ){0,3}(?:veneno|chumbinho|corda|comprimidos|remedios) (?:\S+ ){0,2}(?:pra|para) mim", r"(?:ninguem|nunca mais) (?:\S+ )?(?:me )?(?:vai|vao|ira) (?:me )?(?:ver|voltar a ver) mais", r"(?:nao|n) me (?:vao|vai|vais|voces vao) ver mais", r"(?:ja )?(?:separei|guardei|juntei)\S* (?:\S+ )?(?:os |as |uns |umas )?(?:comprimidos|remedios|pilulas|cartelas)", r"(?:cansad[oa]) de viver", r"(?:tudo|ja esta tudo|ta tudo) planejad", r"(?:comprei|arrumei|tenho) (?:uma )?corda (?:pra|para)", r"(?:me jogar|pular|saltar|me atirar|atirar me) (?:da|de uma|do|de um|pela|para a) (?:ponte|predio|janela|viaduto|linha)", r"(?:vou|quero) tomar todos os (?:comprimidos|remedios)",
                rf"amanha (?:\S+ ){{0,2}}(?:ja )?(?:nao|n) (?:vou )?(?:mais )?(?:estar|existir) (?:mais|aqui){HERE_FOR_GOOD}", r"(?:ninguem|nenhum) vai sentir (?:a )?(?:minha )?falta", r"(?:adeus|tchau) (?:a )?todos"),
    # a fit lasting minutes, or not stopping ("ta a ter um ataque ha mais de cinco minutos", session 49)
    "seizure": (r"convulsionando", rf"(?:ataque|crise)(?! de (?:riso|choro|ansiedade|panico|tosse|nervos|asma))\S* {W}(?:ha|faz) mais de (?:\d+|cinco|dez) min",
                rf"(?:ataque|crise)(?! de (?:riso|choro|ansiedade|panico|tosse|nervos|asma))\S* {W}(?:nao|n) para de (?:tremer|se debater)", r"(?:corpo|corpinho|corpito) (?:\S+ ){0,3}(?:duro|rigido|teso)\S* (?:\S+ ){0,3}(?:trem|a tremer|a estrebuchar|olhos|baba|espuma)", rf"(?:tendo|teve|ta com|esta com)\S* {G}convuls\S* {G}(?:nao|n) para",
                r"convuls\S* (?:faz|ha|tem) \d+", r"ataque epileptico (?:que )?(?:nao|n) para",
                r"(?:se debatendo|se tremendo|tremendo todo|tremendo toda) ", r"(?:boca|baba) espuma", r"espumando",
                r"olhos (?:revirad|virad|em branco|para cima|pra cima)", r"revirando os olhos",
                r"(?:a ter|tendo|teve|deu|dar)\S* (?:um |uma )?(?:ataque|crise|treco)\S* (?:\S+ ){0,4}(?:trem|olhos|espum|debat|baba)", r"(?:ta|esta|teve) (?:tendo )?(?:uma )?convulsao"),
    "unconscious": (r"desmaiou e (?:nao|n)", r"(?:caido|caida|estendido|estendida)\S* (?:\S+ ){0,5}(?:nao|n) (?:se )?(?:mexe|responde|reage|fala|acorda)", r"(?:nao|n) (?:volta|voltou|recupera|recuperou) (?:a si|os sentidos|a consciencia)", r"desacordad", r"inconsciente", r"(?:nao|n) (?:me |nos )?(?:responde|reage|acorda)",
                    r"perdeu (?:a )?consciencia", r"apagou e (?:nao|n)", r"desmaiad", rf"{NOT} (?:consigo|conseguimos) acordar",
                r"(?:caido|caida)\S* (?:\S+ ){0,3}(?:nao se mexe|nao responde|nao reage)", r"(?:nao|n) se mexe (?:\S+ ){0,2}(?:nem|nao) (?:responde|respira)"),
    "obstetric": (rf"(?:depois do parto|pos parto|apos o parto|acabou de ter o bebe|acabei de ter o bebe)\S* {W}(?:sangr|sangue|hemorrag)",
                  rf"(?:gravida|semanas|meses de gestacao|gestante|gravidez)\S* {W}(?:sangr|sangue|cordao|convuls|nao mexe|parou de mexer)",
                  rf"(?:sangr\S*|sangue)\S* {W}(?:gravida|gravidez|gestante|semanas de gestacao)",
                  r"(?:vendo|saindo|saiu|aparecendo)\S* (?:\S+ ){0,2}cordao", r"cordao (?:\S+ ){0,3}(?:pra fora|saindo|saiu)",
                r"(?:sinto|sentindo|toquei|saindo|pendurad) (?:\S+ ){0,2}(?:o )?cordao"),
    "infant_child": (rf"{BABY} (?:\S+ ){{0,5}}(?:molinh|molenga|mole |sem forca|nao reage|roxinh|roxo|nao acorda)",
                     # a sunken soft spot with a baby who does not feed, moans or is floppy (dehydration; session 48)
                     rf"moleira (?:\S+ ){{0,2}}(?:afundad|funda(?!\S)|murch)\S* {W}(?:nao (?:\S+ )?mam|gemend|molinh|mole(?!\S)|sonolent|nao acorda)",
                     rf"(?:nao (?:\S+ )?mam|gemend|molinh|mole(?!\S)|sonolent|nao acorda)\S* {W}moleira (?:\S+ ){{0,2}}(?:afundad|funda(?!\S)|murch)",
                     rf"(?:{BABY}|filho|filha)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|um|uma|dois|duas|tres) (?:dias|semanas|semana)|(?:[0-3]|um|dois|tres) (?:mes|meses))\S* {W}{FEVER}",
                     rf"{FEVER} {W}(?:{BABY}|filho|filha)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|um|uma|dois|duas|tres) (?:dias|semanas|semana)|(?:[0-3]|um|dois|tres) (?:mes|meses))",
                rf"{BABY} (?:\S+ ){{0,2}}(?:tem|com) (?:(?:\d{{1,2}}|um|uma|dois|duas|tres) (?:dias|semanas|semana)|(?:[0-3]|um|dois|tres) (?:mes|meses))\S* {W}{FEVER}"),
    "sepsis_meningitis": (rf"(?:pescoco|nuca)\S* (?:\S+ ){{0,2}}(?:dur|rigid|travad)\S* {W}(?:febre|mancha)",
                          r"febre (?:\S+ ){0,8}(?:pescoco|nuca)\S* (?:\S+ ){0,2}(?:dur|rigid|travad)",
                          r"manch\S* (?:\S+ ){0,6}(?:nao|n) (?:some|somem|desaparece|desaparecem|sai|saem|clareia)\S* (?:\S+ ){0,3}"
                          r"(?:apert|pression|copo)",
                rf"{FEVER}\S* {W}(?:manch|pint|bolinh)\S* (?:\S+ ){{0,2}}(?:rox|violet|escur|pret)", rf"(?:manch|pint)\S* (?:\S+ ){{0,2}}(?:rox|violet|escur|pret)\S* {W}{FEVER}"),
    "diabetic": (r"(?:glicose|glicemia|acucar|hgt|dextro)\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)",
                 rf"diabetic[oa]s? {W}(?:nao reage|nao responde|inconsciente|desacordad|confus|nao acorda|desmai|convuls)",
                 r"(?:hipoglicemia|baixou o acucar|acucar baixou|glicose baixou)\S* (?:\S+ ){0,4}(?:nao|desmai|desacordad|confus)",
                rf"diabetic[oa]s? {W}(?:suando frio|suor frio|tremendo|sem sentido|confus|estranh)"),
    "head_injury": (r"(?:bateu|bati|caiu|queda|pancada)\S* (?:\S+ ){0,5}cabeca (?:\S+ ){0,8}(?:vomit|confus|nao acorda|desmai"
                    r"|inconsciente|sangr|convuls|sonolent|nao responde)",),
    "burns": (r"queim\S* (?:\S+ ){0,4}(?:inteir|todo|toda|o rosto|a cara|o peito|grave|feio)",
              r"queimadura (?:grande|grave|seria|de terceiro|feia)", r"(?:oleo|agua) fervendo", r"(?:oleo|agua) a ferver",
              # a hot pan or liquid spilled on a body, and a burn with the skin blistering or peeling
              r"(?:panela|frigideira|oleo|azeite|agua quente|cha quente|sopa quente)\S* (?:\S+ ){0,4}(?:caiu|derramou|virou|entornou)\S* "
              r"(?:\S+ ){0,2}(?:em cima d|na perna|no braco|na mao|no peito|na barriga|no rosto|na cara|no corpo|nas costas|no pe)",
              r"queim\S* (?:\S+ ){0,3}(?:muito|demais|feio)\S* (?:\S+ ){0,4}(?:bolh|pele (?:solt|sain|descasc))"),
    "drowning": (r"(?:afogou|afogando|afogad) ", r"(?:tiramos|tirei|tiraram)\S* (?:\S+ ){0,3}da (?:agua|piscina)", r"quase se afog"),
    "electric_shock": (r"eletrocut", r"electrocut(?:ad|ou|ar)",  # a shock counts with what it did: "levei um choquinho, to bem" does not
                       rf"(?:levou|tomou|apanhou|levei|tomei)\S* (?:um )?(?:choque|descarga)\S* {W}(?:caiu|cai|desmai|desacordad|inconsciente|nao acorda|nao respira|respira estranh|nao responde|nao se mexe|queimad|convuls|peito|coracao|forte)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"ataque cardiaco", r"ataque do coracao", r"enfarte"),
    "stroke": (r"avc", r"derrame"),
    "bleeding": (r"hemorragia",),  # named: a past bleed is asked about (fourteenth round)
    "seizure": (r"convuls", r"epilepsia", r"(?:crise|ataque) epil"),
    "unconscious": (r"desmai",),
    "diabetic": (r"hipoglicemia", r"coma diabetico"),
}
CUES = (r"(?:meu|minha|meus|minhas|ele|ela) ", r"(?:ta|esta|estou) ", r"tendo", r"agora", r"socorro",
        r"ajuda", r"urgente", r"rapido", r"acho")
EDUCATIONAL = (r"o que (?:e|sao|causa|provoca)", r"quais (?:sao )?os", r"sintomas de", r"causas d",
               r"como (?:prevenir|evitar)", r"por que (?:da|acontece)")
PAST = (r"faz (?:\d+|um|uma|dois|duas|tres|uns|umas|varios|muitos) (?:anos|ano|meses|mes|semanas)", r"(?:(?:o|a|no|na) )?(?:ano|mes|semana) passad", r"ha (?:\d+|um|uma|dois|duas|tres|uns|umas|varios|muitos) (?:anos|ano|meses|mes|semanas)",
        r"(?:\d+|um|uma|dois|duas|tres) (?:anos|meses|semanas) atras", r"(?:em|desde) (?:19|20)\d\d", r"quando (?:era|eu era) crianca",
        r"(?:faz|ha) (?:anos|muito tempo)", r"anos atras")  # undated too ("teve uma overdose faz anos"; session 50)
FRAMED = (r"(?:curso|aula|prova|trabalho) de primeiros socorros", r"(?:e |eh )?(?:pra|para) (?:um|uma|o|a|meu|minha) (?:curso|aula|prova|trabalho|seminario|novela|livro|historia)",
          r"trabalho (?:da|de) (?:escola|faculdade)")
# A course taken as prescribed is no overdose of "all the pills".
GUARDS = {
    # a limb gone purple is a bruise ("bati o joelho e ta roxo")
    "breathing": (r"(?:joelho|perna|braco|coxa|canela|pe(?= )|dedo|olho|unha|tornozelo|hematoma)\S* (?:\S+ ){0,3}(?:roxo|roxa)"
                  r"(?!.* (?:respir|sufoc|engasg|falta de ar|sem ar))",),
    "overdose": (r"(?:como|conforme) (?:\S+ ){0,2}(?:a receita|receitado|prescrito|prescreveu|o medico (?:mandou|disse|passou))",),
}
