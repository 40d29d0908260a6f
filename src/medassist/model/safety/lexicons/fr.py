"""French emergency lexicon, France and Quebec (apostrophes become spaces: "j arrive pas"; see the
package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
W = r"(?:\S+ ){0,10}"  # a clause
PILLS = (r"(?:cachet|comprime|pilule|medoc|medicament|gelule|doliprane|paracetamol|efferalgan|dafalgan|tylenol|advil"
         r"|ibuprofene|xanax|lexomil|somnifere|antidepresseur|benzo|tramadol|insuline)")
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)
POISON = (r"(?:javel|chlore|poison|produit menager|destop|deboucheur|anticalcaire|detartrant|insecticide|mort aux rats|essence|white spirit|soude"
          r"|eau de javel|detergent|lessive|pastille de lave|raticide|pesticide|desherbant|antigel|ammoniaque|acide|eau lourde)")
SWALLOWED = r"(?:pris|avale|bu|mange|ingere|pris)"
BABY = r"(?:bebe|nourrisson|nouveau ne|petit bout|poupon|ti bebe)"
FEVER = r"(?<!sans )(?<!pas de )(?:fievre|temperature|brulant|bouillant|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:douleur|mal)\S* {G}poitrine {G}{G}(?:bras|machoire|transpir|sue)",
                r"(?:douleur|mal) (?:tres )?(?:forte|intense|horrible|atroce) (?:a la|dans la) poitrine",
                r"(?:la )?poitrine (?:qui )?(?:serre|m ecrase|ecrase)", r"arret cardiaque",
                rf"(?:douleur|mal|serre|pression|poids|oppression|brulure|ecrase)\S* {G}(?:poitrine|thorax|coeur)\S* {W}(?:bras"
                r"|machoire|dos|transpir|sue|sueur|respir|souffle)", r"(?:descend|irradie|part) dans (?:le|mon|son) bras",
                r"(?:serre|ecrase|oppresse)\S* (?:\S+ )?(?:la )?poitrine",
                rf"(?:douleur|mal|serre|oppress|pression)\S* {G}(?:poitrine|thorax|coeur)\S* {W}(?:transpir|sue|sueur|pale|gris|blanc|souffle|malaise|vertige|essouffl)",
                r"(?:elephant|enclume|poids|camion) (?:\S+ ){0,2}sur (?:la|ma|sa) poitrine"),
    "stroke": (rf"(?:bouche|visage)\S* {G}(?:de travers|tordu|paralys|tombe|affaisse|croche|engourdi)",
               rf"(?:arrive|peut|peux|parvient) (?:plus|pas) (?:a )?(?:parler|bouger {G}(?:bras|jambe|cote|main))",
               r"parle (?:bizarre|bizarrement|mal|de travers|plus|croche|tout croche|comme saoul)",
               r"(?:cote|moitie)\S* (?:\S+ ){0,3}(?:paralys|engourdi|mort|sans force)", r"(?:bafouille|marmonne)\S* (?:\S+ )?(?:d un coup|soudain)",
               r"(?:ses|les) mots (?:sortent|viennent) (?:pas|plus|mal)",
                r"(?:moitie|cote)\S* (?:\S+ ){0,2}(?:visage|corps|figure)\S* (?:\S+ ){0,3}(?:engourdi|paralys|endormi|tombe|sent plus)", r"(?:arrive|peut|peux) (?:plus|pas) (?:a )?(?:lever|soulever|bouger) (?:le |son |mon |la |sa )?(?:bras|jambe|main)", r"bras (?:\S+ ){0,3}(?:tombe|pend|sans force|mou|sent plus)", r"(?:parle|parlait)\S* (?:\S+ )?bizarrement", r"d un coup (?:\S+ )?(?:peut|arrive) (?:plus|pas) (?:a )?(?:parler|marcher|voir)"),
    "choking": (r"s etouff", r"(?:avale|avaler) de travers", r"fausse route", r"(?:coince|pris|bloque) dans (?:la|sa) gorge",
                r"s (?:est )?(?:etouffe|etrangle)"),
    "breathing": (r"(?:j |j)?(?:arrive|arrivent|peux|peut|parvient) (?:plus|pas) a respirer",
                  r"(?:il |elle |bebe |ne )?respire (?:plus|pas|mal|tres mal|trop mal|super mal|hyper mal|vraiment mal|de plus en plus mal)", r"du mal a respirer",
                  r"manque d air", r"suffoqu", r"etouffe(?! de (?:chaleur|rire|honte))(?! ici)(?! dans)", r"(?:arrive|peux|peut) (?:pas|plus) (?:a )?(?:reprendre|avoir) (?:mon|son|de l )?(?:souffle|air)",
                  r"(?:devient|vire|tourne|levres)\S* (?:\S+ )?(?:bleu|bleue|violet|mauve)", r"ventoline (?:\S+ )?(?:fait|marche) (?:rien|plus|pas)",
                  r"pompe (?:\S+ )?(?:fait|marche) (?:rien|plus|pas)",
                r"(?:tire|creuse)\S* (?:\S+ ){0,3}(?:pour respirer|en respirant|sous les cotes)", r"(?:siffle|rale)\S* (?:\S+ ){0,3}respir", r"respire (?:\S+ )?bizarre",
                r"(?:pu|plus|pas) capable de respirer"),
    "anaphylaxis": (rf"(?:gorge|langue|levre|visage|yeux|paupiere|face)\S* {G}(?:gonfl|enfl|se ferme|serre|ferme)",
                    rf"(?:gonfle|gonflent|enfle|enflent)\S* {G}(?:gorge|langue|levre|visage|yeux)",
                    r"reaction allergique (?:grave|forte|severe)", r"(?:choc|reaction) anaphylactique", r"oedeme de quincke",
                    r"(?:du )?mal a avaler (?:\S+ ){0,5}(?:gonfl|enfl|allerg)",
                r"gonfle de partout", r"(?:reaction allergique|allergie) (?:\S+ ){0,2}(?:enorme|grosse|forte|terrible)"),
    "bleeding": (r"(?:arrete|arrive) (?:pas|plus) (?:de |a )?saign", r"saign\S* (?:enormement|beaucoup|abondamment"
                 r"|sans arret|trop|a flot|comme un malade|ben gros)", r"beaucoup de sang", r"pisse le sang",
                 r"perd (?:beaucoup de |enormement de )?sang", r"sang (?:gicle|pisse|coule a flot|partout)", r"flaque de sang",
                 r"(?:poignarde|coup de couteau|blesse par balle|tire dessus|pris une balle)"),
    "overdose": (rf"(?:pris|avale|bu)\S* {G}\d+ {PILLS}", rf"(?:pris|avale)\S* {G}(?:toute? |tous )(?:la |les )?"
                 rf"(?:boite|plaquette|{PILLS})", rf"a avale {G}{PILLS}", r"(?:fait|fais|faire) une overdose", r"surdose",
                 rf"{SWALLOWED} {G}(?:toute? |tous )(?:la |les |ma |mes |sa |ses )?(?:boite|plaquette|flacon|pot|{PILLS})",
                 rf"(?:boite|plaquette|flacon) (?:entiere|entier|complete)\S* (?:\S+ )?(?:de )?{PILLS}?", r"od (?:aux|de) ",
                rf"(?:pris|avale)\S* (?:\S+ ){{0,2}}(?:plein|beaucoup|trop|une tonne) de {PILLS}",
                r"(?:bu|avale) (?:\S+ ){0,3}(?:flacon|bouteille) (?:\S+ ){0,3}(?:sirop|gouttes|entier|entiere)"),
    "poisoning": (rf"(?:bu|avale|pris|mange|lape|ingere)\S* (?:\S+ ){{0,3}}{POISON}", r"empoisonn", r"intoxiqu",
                r"avale (?:\S+ ){0,2}(?:pile|batterie|aimant)", rf"{SWALLOWED} (?:\S+ ){{0,3}}(?:produit vaisselle|liquide vaisselle|produit (?:de |pour )?(?:(?:le|la|les|l) )?(?:vaisselle|lave|wc|menage|nettoyant)|petrole|kerosene|alcool a bruler|antigel|mort-aux-rats|lave-glace)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:toit|pont|immeuble|batiment|balcon|fenetre|falaise|viaduc|\d+e etage|voie ferree|rails)\S* (?:\S+ ){0,8}(?:je vais|j vais|jvais|vais|je veux|veux|sur le point de|pret a|prete a|maintenant|ce soir) (?:\S+ )?(?:sauter(?! (?:le|la|les|un|une|des|mon|ma|a la) )|me jeter|jeter(?! (?:le|la|les|un|une|des) )|me lancer|me balancer)", r"(?:je vais|j vais|jvais|vais|je veux|veux|sur le point de) (?:\S+ )?(?:sauter(?! (?:le|la|les|un|une|des|mon|ma|a la) )|me jeter|me lancer|me balancer) (?:\S+ ){0,3}(?:toit|pont|immeuble|batiment|balcon|fenetre|falaise|viaduc|etage|voie ferree)",
                  r"(?:je )?les (?:prends|prendrai|avale|avalerai|vais (?:tous |toutes )?(?:prendre|avaler)|gobe) (?:tous|toutes)(?! les)(?! (?:\S+ ){0,2}(?:ensemble|le matin|le soir|les jours|en meme temps))",
                  rf"{PILLS}\S* (?:\S+ )?(?:prets|pretes|prepare|ranges|de cote)\S* {W}(?:ce soir|cette nuit|aujourd hui|adieu|pardon)",
                  r"(?:je )?(?:veux|vais|voudrais) me (?:suicider|tuer|foutre en l air)", r"suicider",
                  r"(?:plus|pas) envie de vivre", r"en finir", r"mettre fin a (?:mes|ma) (?:jours|vie)",
                  r"me taillader les veines", r"me couper les veines", r"veux mourir",
                  r"(?:lettre|lettres|mot|message) d adieu", r"(?:garde|gardes|mis|stocke|accumule|ramasse)\S* (?:\S+ ){0,3}(?:medicaments|cachets"
                  r"|comprimes|pilules|medocs)\S* (?:\S+ ){0,3}(?:cote|pour partir|pour en finir)",
                  r"(?:plus|aucune) (?:de )?raison de vivre", r"veux (?:plus|pas) (?:etre la|exister|me reveiller)",
                  r"(?:ce soir|cette nuit|aujourd hui)\S* (?:\S+ )?(?:je )?(?:pars|part|en finis|me tue)", r"me jeter (?:du|d un|sous)",
                  r"me (?:pendre|flinguer)",
                r"(?:plus|aucune)\S* (?:\S+ )?raison de vivre", r"(?:c est|j ai) decide (?:\S+ ){0,4}(?:ce soir|cette nuit|demain|en finir|partir)", r"veux disparaitre", r"(?:marre|fatigue|fatiguee) de vivre", r"(?:achete|trouve|j ai) (?:une )?corde", r"me jeter (?:\S+ ){0,2}(?:pont|fenetre|immeuble|train|metro)", r"(?:vais|veux) prendre tous (?:mes|les) (?:medicaments|cachets|comprimes)",
                r"demain (?:\S+ ){0,3}(?:serai|sera) (?:plus|pas) la", r"(?:adieu|au revoir) (?:a )?tous", r"personne (?:ne )?va (?:me )?(?:regretter|s en rendre compte)", r"(?:veux|vais) (?:plus|pas) etre la (?:demain|ce soir|bientot)"),
    "seizure": (r"(?:il|elle|bebe|qui|on|en train de) convuls(?:e|er)(?!\S)", r"convulsent", rf"convulsions? {G}(?:depuis|arrete pas|s arrete pas)",
                rf"crise (?:d epilepsie|epileptique|convulsive)\S* {G}(?:arrete pas|s arrete pas|depuis|dure)",
                r"(?:fait|en) (?:une )?crise (?:\S+ ){0,2}(?:convulse|tremble|depuis)", r"yeux (?:revulses|vire|a l envers)",
                r"(?:bave|mousse|ecume)\S* (?:\S+ ){0,2}bouche", r"tremble de partout (?:\S+ ){0,4}(?:repond|reagit)"),
    "unconscious": (r"(?:evanoui|tombe dans les pommes)\S* (?:\S+ ){0,2}(?:et|il|elle)\S* (?:\S+ )?(?:repond|reagit|bouge)"
                    r" (?:plus|pas)", r"inconscient", r"(?:repond|reagit|se reveille|reveille) (?:plus|pas)",
                    r"perdu connaissance", r"(?:arrive|peux|reussis) (?:pas|plus) a (?:le |la )?reveiller", r"sans connaissance",
                    r"(?:effondre|ecroule|tombe raide)", r"(?:s est |a )?(?:perdu|perd) (?:la )?conscience", r"sans reaction",
                r"(?:bouge|respire|repond) (?:plus|pas)\S* (?:\S+ ){0,3}(?:repond|bouge|reagit) (?:plus|pas)", r"(?:bouge|reagit) plus", r"par terre (?:\S+ ){0,3}(?:repond|bouge|reagit) (?:plus|pas)"),
    "obstetric": (rf"(?:enceinte|semaines|mois de grossesse|grossesse)\S* {W}(?:saign|sang|cordon|convuls|bouge plus|bouge pas)",
                  rf"(?:saign\S*|sang)\S* {W}(?:enceinte|grossesse|semaines d amenorrhee)",
                  r"cordon (?:\S+ ){0,3}(?:sort|sorti|depasse|dehors)", r"(?:vois|voit|sort|sorti)\S* (?:\S+ ){0,2}cordon",
                r"(?:sens|sent|touche|senti) (?:\S+ ){0,2}(?:le )?cordon", r"perdu les eaux (?:\S+ ){0,6}cordon"),
    "infant_child": (rf"{BABY} (?:\S+ ){{0,8}}(?:tout mou|toute molle|mou |molle|flasque|sans reaction|reagit plus|bleu|violet)",
                     rf"(?:{BABY}|fils|fille)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|un|une|deux|trois) (?:jours|semaines|semaine)|(?:[0-3]|un|deux|trois) mois)\S* {W}{FEVER}",
                     rf"{BABY}\S* (?:\S+ )?(?:\d{{1,2}}|un|une|deux|trois) (?:jours|semaines|semaine)\S* {W}{FEVER}",
                     rf"{FEVER} {W}(?:{BABY}|fils|fille)\S* (?:\S+ ){{0,2}}de (?:(?:\d{{1,2}}|un|une|deux|trois) (?:jours|semaines|semaine)|(?:[0-3]|un|deux|trois) mois)"),
    "sepsis_meningitis": (rf"(?:nuque|cou)\S* (?:\S+ ){{0,2}}(?:raide|bloque|rigide)\S* {W}(?:fievre|tache|bouton)",
                          r"fievre (?:\S+ ){0,8}(?:nuque|cou)\S* (?:\S+ ){0,2}(?:raide|bloque|rigide)",
                          r"(?:tache|bouton)\S* (?:\S+ ){0,6}(?:partent|part|disparaissent|disparait|s effacent|s efface) (?:pas|plus)\S* (?:\S+ ){0,3}"
                          r"(?:appui|pression|verre|presse)",
                rf"{FEVER}\S* {W}(?:tache|bouton|point)\S* (?:\S+ ){{0,2}}(?:violet|viole|mauve|noir|fonce|pourpre)", rf"(?:tache|bouton|point)\S* (?:\S+ ){{0,2}}(?:violet|mauve|noir|fonce|pourpre)\S* {W}{FEVER}"),
    "diabetic": (r"(?:glycemie|sucre|dextro)\S* (?:\S+ ){0,3}(?:0 \d|[1-4]\d)(?!\S)",
                 rf"diabetique\S* {W}(?:reagit plus|repond plus|inconscient|confus|se reveille pas|evanoui|convuls)",
                 r"(?:hypo|hypoglycemie)\S* (?:\S+ ){0,4}(?:repond|reagit|inconscient|confus|evanoui)",
                rf"diabetique\S* {W}(?:transpir|sueur|tremble|confus|bizarre|incoherent)"),
    "head_injury": (r"(?:cogne|tombe|chute|coup|frappe)\S* (?:\S+ ){0,5}(?:tete|crane)\S* (?:\S+ ){0,8}(?:vomi|confus|se reveille pas|evanoui"
                    r"|inconscient|saign|convuls|somnolent|endormi|repond)",),
    "burns": (r"brul\S* (?:\S+ ){0,4}(?:partout|tout le|toute la|le visage|grave|gravement|au troisieme)",
              r"brulure (?:grave|grande|importante|du troisieme|enorme)", r"(?:huile|eau) bouillante"),
    "drowning": (r"(?:noye|noyade|se noie|noyait)", r"(?:sorti|sortie|repeche|repechee)\S* (?:\S+ ){0,3}(?:de l eau|de la piscine|du lac)",
                r"repech\S* (?:\S+ ){0,4}(?:eau|lac|piscine|mer|riviere|bassin)", r"respire (?:presque|quasi|quasiment) (?:plus|pas)",
                # fallen into the water, and a sign after it ("tombe dans la piscine, on l'a sorti il respire a peine"; session 52)
                r"(?:tombe|tombee)\S* dans (?:la |l |le )?(?:piscine|eau|lac|riviere|mer|bassin|canal)\S* (?:\S+ ){0,10}(?:sorti|respire (?:a peine|mal|plus|pas)|bleu|inconscient)"),
    "electric_shock": (r"(?:s est|se sont|a ete|me suis|t es|s etait|s electrocute) electrocut",
                       # "s'est electrise" with what it did (session 48)
                       rf"(?:s est|me suis|se sont|a ete|s etait) electris\S* {W}(?:tombe|evanoui|inconscient|respire (?:plus|pas|mal|bizarre)"
                       r"|repond (?:plus|pas)|brul|convuls|poitrine|coeur)",  # a shock counts with what it did: "une petite decharge, ca va" does not
                       rf"(?:pris|recu|eu|prend)\S* (?:\S+ )?(?:decharge|choc electrique|coup de jus|le courant|jus)\S* {W}(?:tombe|evanoui|inconscient|respire (?:plus|pas|mal|bizarre)|repond (?:plus|pas)|bouge (?:plus|pas)|brul|convuls|poitrine|coeur|forte|fort)"),
}
CONDITIONS = {
    "cardiac": (r"crise cardiaque", r"infarctus", r"attaque cardiaque", r"crise de coeur"),
    "stroke": (r"avc", r"accident vasculaire"),
    "bleeding": (r"hemorragie",),  # named: a past bleed is asked about (fourteenth round)
    "seizure": (r"convulse", r"convulsions", r"epilepsie", r"crise epileptique"),
    "unconscious": (r"evanoui",),
    "diabetic": (r"hypoglycemie", r"coma diabetique"),
}
CUES = (r"(?:mon|ma|mes|je|j|il|elle) ", r"fait (?:un|une)", r"en train", r"maintenant", r"aide",
        r"urgent", r"vite", r"crois", r"au secours")
EDUCATIONAL = (r"(?:c )?(?:est|qu est) ce qu?(?:e|i) (?:cause|provoque|c est)", r"c est quoi",
               r"quels? (?:sont|est)", r"symptomes d", r"causes? d", r"comment (?:prevenir|eviter)",
               r"pourquoi (?:on|fait)")
PAST = (r"(?:(?:l|le|la) )?(?:an|annee|mois|semaine) (?:passe|derniere|dernier)", r"(?:il )?y a (?:\d+|un|une|deux|trois|quatre|cinq|dix|quelques|plusieurs) (?:ans|an|mois|semaines|annees)",
        r"(?:en|depuis) (?:19|20)\d\d", r"quand (?:il|elle|j) etai")
FRAMED = (r"(?:cours|formation|examen|stage|brevet|diplome|certificat) de (?:premiers secours|secourisme)", r"(?:c est )?pour (?:un|une|mon|ma) (?:expose|cours|examen|devoir|roman|histoire|formation|memoire)")
# A course taken as prescribed is no overdose of "all the pills".
GUARDS = {
    "overdose": (r"comme (?:\S+ ){0,2}(?:prescrit|prescrits|prescrite|prescrites|indique|l ordonnance)", r"selon l ordonnance",
                 r"comme (?:le )?(?:medecin|docteur) (?:l a |me l a )?(?:dit|prescrit)"),
}
