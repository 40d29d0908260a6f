"""Italian emergency lexicon (see the package docstring)."""

G = r"(?:\S+ ){0,3}"
PILLS = r"(?:pastigl|pillol|compress|capsul|medicin|farmac)"

SIGNS = {
    "cardiac": (rf"dolore {G}petto {G}{G}(?:braccio|mandibola|sud)",
                r"(?:dolore|male) (?:molto )?(?:forte|fortissimo|intenso|terribile) al petto",
                r"mi (?:fa|stringe) (?:molto )?(?:male )?(?:il )?petto", r"arresto cardiaco"),
    "stroke": (rf"(?:bocca|faccia|viso) {G}(?:storta|storto|paralizzat|cadente|di lato)",
               r"si e storta (?:la )?(?:bocca|faccia)",
               rf"non (?:riesce|riesco) (?:piu )?(?:a )?(?:parlare|muovere {G}(?:braccio|gamba|lato|mano))",
               rf"non muove {G}(?:braccio|gamba|lato)", r"parla (?:strano|male|in modo strano|biascicando)"),
    "choking": (r"soffoca", r"va di traverso", r"andato di traverso"),
    "breathing": (r"non (?:riesco|riesce|riusciamo) (?:piu )?a respirare", r"non respira",
                  r"respir\S* (?:male|a fatica)", r"fame d aria", r"manca (?:il )?respiro", r"affanno forte"),
    "anaphylaxis": (rf"(?:gola|lingua|labbra|faccia|viso) {G}(?:si chiude|chiudendo|gonf)",
                    rf"(?:si |le )?(?:gonfiano|gonfia|chiude) {G}(?:gola|lingua|labbra)",
                    r"reazione allergica (?:grave|forte)", r"anafila", r"shock anafil"),
    "bleeding": (r"non smette di sanguinare", r"sanguin\S* (?:tantissimo|molto|tanto|senza sosta|troppo)",
                 r"(?:perde|perdendo) (?:tantissimo |molto |tanto )?sangue", r"emorragia", r"(?:tanto|tantissimo) sangue"),
    "overdose": (rf"(?:preso|ingoiato|mandato giu|bevuto) {G}\d+ {PILLS}",
                 rf"(?:preso|ingoiato) {G}(?:tutte|tutta|tutto|la scatola) {G}{PILLS}", rf"ingoiato {G}{PILLS}",
                 r"(?:ha|ho|fatto|avuto) (?:fatto |avuto )?(?:un )?overdose", r"sovradosaggio"),
    "poisoning": (r"(?:bevuto|ingoiato|mandato giu) (?:\S+ ){0,2}(?:candeggina|varechina|ammoniaca|veleno|detersivo"
                  r"|insetticida|topicida|benzina|soda caustica|anticalcare)", r"avvelen", r"intossicat"),
    "self_harm": (r"(?:voglio|vorrei|sto per) (?:uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita)",
                  r"non voglio piu vivere", r"farla finita", r"togliermi la vita", r"suicidarmi", r"mi (?:voglio )?suicido",
                  r"tagliarmi le vene"),
    "seizure": (r"(?:ha|con) (?:le )?convulsioni (?:da|che non)", rf"crisi epilettica {G}(?:non (?:finisce|passa|smette)|da)",
                r"convulsioni da \d+", r"sta convulsando"),
    "unconscious": (r"svenut\S* (?:e )?non", r"incoscient", r"non (?:risponde|reagisce|si sveglia)",
                    r"perso (?:i )?(?:sensi|conoscenza)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"attacco di cuore", r"attacco cardiaco"),
    "stroke": (r"ictus", r"colpo apoplettico"),
    "seizure": (r"convulsion", r"epiless", r"epilett"),
}
CUES = (r"(?:mio|mia|miei|mi|sta|sto|ho|ha|lui|lei) ", r"stia", r"avendo", r"adesso", r"ora ", r"aiuto",
        r"urgente", r"presto", r"credo")
EDUCATIONAL = (r"(?:cos e|che cos e|cosa (?:e|sono|causa|provoca))", r"quali sono", r"sintomi d",
               r"cause d", r"come (?:prevenire|evitare)", r"perche (?:viene|succede)")
