"""French emergency lexicon (apostrophes become spaces: "j arrive pas"; see the package docstring)."""

G = r"(?:\S+ ){0,3}"
PILLS = r"(?:cachet|comprime|pilule|medoc|medicament|gelule)"

SIGNS = {
    "cardiac": (rf"(?:douleur|mal) {G}poitrine {G}{G}(?:bras|machoire|transpir|sue)",
                r"(?:douleur|mal) (?:tres )?(?:forte|intense|horrible|atroce) (?:a la|dans la) poitrine",
                r"(?:la )?poitrine (?:qui )?(?:serre|m ecrase|ecrase)", r"arret cardiaque"),
    "stroke": (rf"(?:bouche|visage) {G}(?:de travers|tordu|paralys|tombe|affaisse)",
               rf"(?:arrive|peut|peux|parvient) (?:plus|pas) (?:a )?(?:parler|bouger {G}(?:bras|jambe|cote|main))",
               r"parle (?:bizarre|bizarrement|mal|de travers|plus)"),
    "choking": (r"s etouff", r"(?:avale|avaler) de travers", r"fausse route"),
    "breathing": (r"(?:j )?(?:arrive|arrivent|peux|peut|parvient) (?:plus|pas) a respirer",
                  r"(?:il |elle |bebe |ne )?respire (?:plus|pas|mal)", r"du mal a respirer",
                  r"manque d air", r"suffoqu", r"etouffe"),
    "anaphylaxis": (rf"(?:gorge|langue|levre|visage) {G}(?:gonfl|enfl|se ferme|serre)",
                    r"reaction allergique (?:grave|forte|severe)", r"(?:choc|reaction) anaphylactique", r"oedeme de quincke"),
    "bleeding": (r"(?:arrete|arrive) (?:pas|plus) (?:de |a )?saign", r"saign\S* (?:enormement|beaucoup|abondamment"
                 r"|sans arret|trop|a flot)", r"beaucoup de sang", r"hemorragie", r"pisse le sang",
                 r"perd (?:beaucoup de |enormement de )?sang"),
    "overdose": (rf"(?:pris|avale|bu) {G}\d+ {PILLS}", rf"(?:pris|avale) {G}(?:toute? |tous )(?:la |les )?"
                 rf"(?:boite|plaquette|{PILLS})", rf"a avale {G}{PILLS}", r"(?:fait|fais|faire) une overdose", r"surdose"),
    "poisoning": (r"(?:bu|avale|pris) (?:\S+ ){0,2}(?:javel|eau de javel|chlore|poison|produit menager"
                  r"|destop|deboucheur|insecticide|mort aux rats|essence|white spirit|soude)",
                  r"empoisonn", r"intoxiqu"),
    "self_harm": (r"(?:je )?(?:veux|vais|voudrais) me (?:suicider|tuer|foutre en l air)", r"suicider",
                  r"(?:plus|pas) envie de vivre", r"en finir", r"mettre fin a (?:mes|ma) (?:jours|vie)",
                  r"me taillader les veines", r"me couper les veines"),
    "seizure": (r"convulse", rf"convulsions? {G}(?:depuis|arrete pas|s arrete pas)",
                rf"crise (?:d epilepsie|epileptique|convulsive) {G}(?:arrete pas|s arrete pas|depuis|dure)"),
    "unconscious": (r"(?:evanoui|tombe dans les pommes) (?:\S+ ){0,2}(?:et|il|elle) (?:\S+ )?(?:repond|reagit|bouge)"
                    r" (?:plus|pas)", r"inconscient", r"(?:repond|reagit|se reveille) (?:plus|pas)",
                    r"perdu connaissance"),
}
CONDITIONS = {
    "cardiac": (r"crise cardiaque", r"infarctus", r"attaque cardiaque"),
    "stroke": (r"avc", r"accident vasculaire"),
    "seizure": (r"convulse", r"convulsions", r"epilepsie", r"crise epileptique"),
    "unconscious": (r"evanoui",),
}
CUES = (r"(?:mon|ma|mes|je|j|il|elle) ", r"fait (?:un|une)", r"en train", r"maintenant", r"aide",
        r"urgent", r"vite", r"crois", r"au secours")
EDUCATIONAL = (r"(?:c )?(?:est|qu est) ce qu?(?:e|i) (?:cause|provoque|c est)", r"c est quoi",
               r"quels? (?:sont|est)", r"symptomes d", r"causes? d", r"comment (?:prevenir|eviter)",
               r"pourquoi (?:on|fait)")
