"""Spanish emergency lexicon (see the package docstring for the four names)."""

G = r"(?:\S+ ){0,3}"  # up to three words in between
PILLS = r"(?:pastill|pildor|comprimid|tabletas|capsulas|medicin|medicament|remedio)"

SIGNS = {
    "cardiac": (rf"(?:me duele|dolor|duele|opresion) {G}pecho {G}{G}(?:brazo|mandibula|sud|sient)",
                r"dolor (?:muy )?(?:fuerte|intenso|horrible|opresivo|terrible) (?:en el |de |del )?pecho",
                r"me (?:duele|aprieta) (?:mucho |muchisimo |fuerte )?el pecho", r"paro cardi"),
    "stroke": (rf"(?:cara|boca) {G}(?:caida|torcida|chueca|paralizada|de lado)",
               rf"se (?:le |me )?(?:cayo|cae|torcio|tuerce|paralizo|durmio) {G}(?:cara|boca)",
               rf"no (?:puede|puedo) (?:hablar|mover {G}(?:brazo|pierna|lado|mano))",
               r"(?:habla|hablando) (?:raro|extran|trabad|arrastrando|mal de repente)"),
    "choking": (r"(?:se esta |esta |se )?(?:ahogando|atragant)", r"se (?:ahoga|ahogo) con"),
    "breathing": (r"no (?:puedo|puede|podemos|pueden|consigo) respirar", r"no (?:respira|esta respirando)",
                  r"(?:me|le) (?:cuesta|falta) (?:mucho )?(?:respirar|el aire|aire)",
                  r"dificultad (?:para|al) respirar", r"(?:me|se) (?:ahogo|ahoga)"),
    "anaphylaxis": (rf"(?:garganta|lengua|labio|cara) {G}(?:se (?:me |le )?)?(?:cierra|cerrando|hinch|inflam)",
                    rf"se (?:me |le )?(?:esta |estan )?(?:cerrando|hinchando|inflamando|hinchan|cierra) {G}"
                    r"(?:garganta|lengua|labio|cara)", r"reaccion alergica (?:fuerte|grave|seria)", r"anafila"),
    "bleeding": (r"no (?:para|deja|se detiene|paro|dejo) de sangrar",
                 r"sangr\S* (?:mucho|muchisimo|sin parar|a chorros|demasiado|bastante)",
                 r"(?:mucha|muchisima|demasiada) sangre", r"hemorragia", r"perdiendo (?:mucha )?sangre",
                 r"desangr"),
    "overdose": (rf"(?:me |se )?(?:tome|tomo|trague|trago|bebi|bebio|comi|comio) {G}\d+ {PILLS}",
                 rf"(?:me |se )?(?:tome|tomo|trague|trago|comio) {G}(?:todas|un monton de|muchas|la caja)"
                 rf" {G}{PILLS}", rf"se (?:trago|tomo|comio) {G}{PILLS}", r"sobredosis"),
    "poisoning": (r"(?:se )?(?:tomo|bebio|trago|tome|bebi) (?:\S+ ){0,2}(?:lejia|cloro|veneno|limpiador|detergente"
                  r"|insecticida|raticida|gasolina|queroseno|soda caustica|amoniaco|matarratas)",
                  r"envenen", r"intoxicad"),
    "self_harm": (r"(?:me quiero|quiero|voy a|me voy a|pienso) (?:matar|suicid|quitar la vida)",
                  r"(?:no quiero|ya no quiero) (?:seguir )?vivir", r"quitarme la vida",
                  r"(?:cortarme|me voy a cortar) las venas", r"acabar con (?:todo|mi vida)"),
    "seizure": (rf"(?:esta|lleva|sigue|estan) {G}convulsion", r"convulsiona", r"convulsiones? (?:que )?no",
                rf"(?:ataque|crisis) (?:de epilepsia|epileptic) {G}no (?:para|se pasa|termina)"),
    "unconscious": (r"(?:se )?desmay\S* y no", r"inconsciente", r"perdio el (?:conocimiento|sentido)",
                    r"no (?:responde|reacciona|despierta|se despierta)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"ataque (?:al|del) corazon"),
    "stroke": (r"derrame", r"ictus", r"embolia"),
    "seizure": (r"convulsiones", r"convulsionando", r"epilepsia"),
    "unconscious": (r"desmay",),
}
CUES = (r"(?:mi|mis|le) ", r"se (?:le|me|esta)", r"esta ", r"estoy", r"tengo", r"tiene", r"ahora", r"ayuda", r"urgente",
        r"rapido", r"creo", r"socorro", r"auxilio")
EDUCATIONAL = (r"que (?:es|son|causa|provoca|significa)", r"cuales son", r"sintomas de", r"causas de",
               r"como (?:se )?(?:previene|evitar|prevenir)", r"por que (?:da|pasa|ocurre)")
