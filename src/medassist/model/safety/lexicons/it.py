"""Italian emergency lexicon (see the package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
W = r"(?:\S+ ){0,10}"  # a clause
PILLS = (r"(?:pastigl|pasticc|pillol|compress|capsul|medicin|farmac|tachipirin|paracetamol|oki|moment|brufen|xanax|valium"
         r"|sonnifer|antidepressiv|benzodiazepin|tavor|lexotan|insulina)")
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)
POISON = (r"(?:candeggina|varechina|ammoniaca|veleno|detersivo|insetticida|topicida|benzina|soda caustica|anticalcare"
          r"|idraulico liquido|acido muriatico|diserbante|pesticida|antigelo|trielina|acetone|pastiglie per lavastoviglie|kerosene|cherosene|petrolio)")
SWALLOWED = (r"(?:preso|presa|calato|calata|ingoiato|ingoiata|mandato giu|bevuto|bevuta|mangiato|mangiata|ingerito|ingerita"
             # the simple past, as the South tells it ("si bevve la candeggina", "inghiotti le pastiglie"; the present "ingoio" is not one)
             r"|bevve|bevette|inghiotti|si prese|se la bevve)")
BABY = r"(?:neonat|bimb|bebe|piccolin|lattante)"
FEVER = r"(?<!senza )(?<!niente )(?<!non ha )(?:febbre|temperatura|scotta|bollente|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"dolore {G}petto {G}{G}(?:braccio|mandibola|sud)",
                r"(?:dolore|male) (?:molto )?(?:forte|fortissimo|intenso|terribile) al petto",
                r"mi (?:fa|stringe) (?:molto )?(?:male )?(?:il )?petto", r"arresto cardiaco",
                rf"(?:dolore|male|peso|pressione|oppressione|morsa|stretta|bruciore)\S* {G}(?:petto|torace|cuore)\S* {W}(?:braccio|mandibola"
                r"|schiena|sud|sudore|respir|fiato)", r"(?:prende|scende|va|irradia)\S* (?:\S+ )?(?:al|nel|lungo il) braccio",
                r"sudo freddo", r"sudore freddo",
                rf"(?:dolore|male|peso|stretta|oppressione)\S* {G}(?:petto|torace|cuore)\S* {W}(?:sud|sudore|pallid|grigi|fiato|affanno|giramenti|svien)",
                r"(?:elefante|macigno|masso|peso) (?:\S+ ){0,2}sul petto"),
    "stroke": (rf"(?:bocca|faccia|viso)\S* {G}(?:storta|storto|paralizzat|cadente|di lato|cascante|addormentat)",
               r"si e storta (?:la )?(?:bocca|faccia)", r"(?:si e|gli si e|le si e|si sta) (?:abbassat|storta|storto|paralizzat|cadut)\S* (?:\S+ )?(?:la )?(?:bocca|faccia|palpebra|meta)",
               rf"non (?:riesce|riesco) (?:piu )?(?:a )?(?:parlare|muovere {G}(?:braccio|gamba|lato|mano))",
               rf"non muove {G}(?:braccio|gamba|lato)", r"parla (?:strano|male|in modo strano|biascicando|impastato|a fatica)",
               r"(?:lato|meta)\S* (?:\S+ ){0,3}(?:paralizzat|addormentat|insensibil|senza forza)", r"biascica", r"parole (?:impastate|senza senso)",
                r"(?:mezzo|meta|mezza)\S* (?:\S+ ){0,2}(?:corpo|faccia|viso)\S* (?:\S+ ){0,3}(?:addormentat|paralizzat|insensibil|non (?:lo |la )?sente|non si muove)", r"(?:addormentat|paralizzat|intorpidit)\S* (?:\S+ ){0,2}(?:mezzo|meta|mezza)\S* (?:\S+ )?(?:corpo|faccia|viso)", r"braccio (?:\S+ ){0,3}(?:non (?:lo |la )?(?:sente|muove|alza)|cade|senza forza)", r"non (?:parla|riesce a parlare) (?:piu|all improvviso)", r"(?:all improvviso|di colpo) non (?:parla|riesce)"),
    "choking": (r"soffoca", r"va di traverso", r"andato di traverso", r"(?:strozzat|strozza|strangol)", r"(?:bloccat|incastrat)\S* in gola",
                r"(?:andata|andato)\S* (?:\S+ )?di traverso"),
    "breathing": (r"non (?:riesco|riesce|riusciamo) (?:piu )?a respirare", r"non respira",
                  r"respir\S* (?:male|a fatica|malissimo|a stento|con fatica|sempre peggio)", r"rantol", r"fame d aria", r"manca (?:il |l )?(?:respiro|fiato|aria)", r"non (?:riesce|riesco) a (?:prendere|tirare|riprendere) (?:il )?fiato", r"cianotic", r"affanno forte",
                  r"(?:diventa|diventando|diventato|labbra)\S* (?:\S+ )?(?:blu|viola|cianotic)", r"senza fiato",
                  r"(?:ventolin|spray|inalatore)\S* (?:\S+ )?non (?:fa|funziona|serve)"),
    # ... "la gola chiusa", and swelling all over with the breath short (session 51, tune round 11/14's misses)
    "anaphylaxis": (rf"(?:gola|lingua|labbra|labbro|faccia|viso|occhi)\S* {G}(?:si chiude|chiudendo|gonf)",
                    r"gola (?:\S+ ){0,2}chiusa",  # not "mal di gola e il naso chiuso"
                    r"gonfi\S* tutt\S* (?:\S+ ){0,6}(?:fatica|fa fatica|non riesce) a respirare",
                    rf"(?:si |le |mi )?(?:gonfiano|gonfia|gonfiando|chiude|chiudendo)\S* {G}(?:gola|lingua|labbra|faccia|viso|occhi)",
                    r"reazione allergica (?:grave|forte)", r"anafila", r"shock anafil", r"edema della glottide"),
    "bleeding": (r"sangue (?:\S+ ){0,2}(?:schizza|zampill|sgorga)",
                 r"non smette di sanguinare", r"sanguin\S* (?:tantissimo|molto|tanto|senza sosta|troppo|un sacco|a fiotti)",
                 r"(?:perde|perdendo) (?:tantissimo |molto |tanto )?sangue", r"emorragia", r"(?:tanto|tantissimo) sangue",
                 r"sangue (?:a fiotti|dappertutto|ovunque|non si ferma|che esce)", r"pozza di sangue", r"dissangu",
                 r"(?:accoltellat|pugnalat|sparato|ferita d arma)"),
    "overdose": (rf"(?:preso|ingoiato|mandato giu|bevuto)\S* {G}\d+ {PILLS}",
                 rf"(?:preso|ingoiato)\S* {G}(?:tutte|tutta|tutto|la scatola)\S* {G}{PILLS}", rf"ingoiato {G}{PILLS}",
                 r"(?:ha|ho|fatto|avuto) (?:fatto |avuto )?(?:un )?overdose", r"sovradosaggio",
                 rf"{SWALLOWED} {G}(?:tutta|tutte|tutto|tutti|intera|intero) (?:la |le |il |i )?(?:scatola|confezione|flacone|boccetta|blister|{PILLS})",
                 r"(?:scatola|confezione|flacone|blister) (?:intera|intero)",
                rf"(?:preso|presa|ingoiato|ingoiata)\S* {G}\d+ (?:pasticc|pastigl|pillol|compress|gocce)", rf"(?:preso|presa|ingoiato|ingoiata)\S* {G}(?:tante|troppe|un sacco di) (?:pasticc|{PILLS})",
                r"(?:bevuto|preso|ingoiato)\S* (?:\S+ ){0,3}(?:flacone|boccetta|bottiglia) (?:\S+ ){0,3}(?:sciroppo|gocce|intero|intera)",
                r"(?:bambin|bimb|figli|nipot)\S* (?:\S+ ){0,3}(?:mangiato|ingoiato|preso) (?:\S+ ){0,3}(?:pastigl|pillol|compress|medicin|farmac)"),
    "poisoning": (rf"{SWALLOWED} (?:\S+ ){{0,3}}{POISON}", r"avvelen", r"intossicat",
                r"(?:ingoiato|ingoiata|inghiottit|mangiato|mangiata|mandato giu)\S* (?:\S+ ){0,3}(?:pila|pile|batteri|calamit|magnet)", rf"{SWALLOWED} (?:\S+ ){{0,3}}(?:detersivo per piatti|sgrassatore|cherosene|petrolio|alcol denaturato|antigelo|veleno per topi|pastiglia per lavastoviglie)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:tetto|ponte|palazzo|balcone|finestra|terrazzo|terrazza|scogliera|cavalcavia|binari|\d+ piano)\S* (?:\S+ ){0,8}(?:mi butto|mi lancio|mi getto|buttarmi|lanciarmi|gettarmi|saltare giu|salto giu|mi butterò|mi buttero)", r"(?:sto per|voglio|vado a|adesso|ora|stasera) (?:\S+ )?(?:buttarmi|lanciarmi|gettarmi|mi butto|saltare) (?:\S+ ){0,3}(?:tetto|ponte|palazzo|balcone|finestra|terrazzo|terrazza|scogliera|cavalcavia)",
                  r"me (?:le|li) (?:prendo|ingoio|ingoiero|prendero|mando giu|butto giu|calo) tutt[ei](?! (?:e (?:due|tre|quattro)|insieme|la mattina|la sera|ogni|i giorni))",
                  rf"{PILLS}\S* (?:\S+ )?(?:pront|da parte|raccolt)\S* {W}(?:stanotte|stasera|oggi|addio|scusate|perdonatemi)",
                  r"(?:voglio|vorrei|sto per) (?:uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita|morire)",
                  r"non voglio piu vivere", r"mi (?:voglio|vado ad|vado a|sto per|devo) (?:ammazz|uccid)", r"mi (?:ammazzo|uccido|ammazzero|uccidero)(?!\S)", rf"(?:stasera|stanotte|oggi|adesso|ora|domani) (?:\S+ ){{0,2}}(?:ingoio|prendo|mi prendo|butto giu|mando giu|mi calo) (?:\S+ )?(?:tutte|tutti|tutta|tutto) (?:\S+ )?{PILLS}", rf"(?:lettera|lettere|biglietto|biglietti)\S* {W}(?:domani|stanotte|stasera|presto) non (?:ci )?saro", r"farla finita", r"togliermi la vita", r"suicidarmi", r"mi (?:voglio )?suicido",
                  r"tagliarmi le vene", r"(?:tagliat|tagliato|tagliata)\S* (?:\S+ )?(?:le |i )?(?:vene|polsi)", r"(?:ammazzarmi|uccidermi)", r"(?:lettera|lettere|messaggio) d(?:i )?addio",
                  r"(?:messo da parte|accumulato|conservato|tenuto da parte|raccolto)\S* (?:\S+ ){0,2}(?:pastiglie|pillole|farmaci|medicine)",
                  r"(?:pastiglie|pillole|farmaci)\S* (?:\S+ ){0,2}(?:da parte|accumulat|pronte)", r"non ha (?:piu )?senso vivere",
                  r"nessun (?:motivo|senso) (?:per|di) vivere", r"non ho (?:piu )?(?:nessun |un )?(?:motiv|ragion)\S* (?:per|di) vivere", r"non voglio piu (?:esserci|svegliarmi|stare qui)",
                  r"(?:buttarmi|gettarmi) (?:dal|da un|sotto)", r"(?:stanotte|stasera|oggi)\S* (?:\S+ )?(?:la faccio finita|mi ammazzo|mi uccido)",
                r"(?:mi butto|buttarmi|mi lancio)\S* (?:\S+ ){0,2}(?:dal|da un|sotto|dalla) (?:ponte|palazzo|treno|finestra|balcone|tetto)", r"non ce la faccio piu (?:\S+ ){0,8}(?:mi butto|la faccio finita|morire|ammazzo|uccido|pastiglie)", r"(?:voglio|vorrei) sparire", r"(?:salto|mi butto|mi lancio) (?:giu )?(?:dal|dalla|da un|da una) (?:ponte|palazzo|balcone|tetto|finestra|terrazzo|scogliera|cavalcavia)", r"(?:stanco|stanca) di vivere", r"(?:ho comprato|ho preso|ho trovato) (?:una )?corda", r"(?:e )?tutto (?:gia )?(?:pianificato|deciso|organizzato)",
                r"domani (?:\S+ ){0,3}non (?:ci )?saro piu", r"addio a tutti", r"non mi (?:vedrete|vedrai|rivedrete|rivedrai) piu", r"nessuno sentira la mia mancanza", r"non ha senso andare avanti"),
    "seizure": (r"(?:ha|con) (?:le )?convulsioni (?:da|che non|e non)", rf"crisi epilettica {G}(?:non (?:finisce|passa|smette)|da)",
                r"convulsioni da \d+", r"sta convulsando", r"convulsioni (?:\S+ ){0,3}non (?:si ferma|smette|finisce|passa|risponde)",
                r"(?:schiuma|bava)\S* (?:\S+ ){0,2}bocca", r"occhi (?:\S+ )?(?:rovesciati|all indietro|sbarrati)", r"sta (?:avendo )?(?:una )?crisi",
                r"(?:trema|tremando|scossa|scosse)\S* (?:\S+ ){0,3}(?:occhi (?:girati|rovesciati|al contrario)|non risponde)", r"occhi (?:girati|storti|all insu)"),
    "unconscious": (r"svenut\S* (?:e )?non", r"incoscient", r"non (?:mi |ci )?(?:risponde|reagisce|si sveglia|si riprende)",
                    r"perso (?:i )?(?:sensi|conoscenza)", r"(?:non riesco|non riusciamo) a svegliar", r"(?:crollat|accasciat)\S* (?:a terra|per terra)",
                    r"privo di sensi", r"priva di sensi",
                r"(?:caduto|caduta|steso|stesa)\S* (?:\S+ ){0,4}(?:non risponde|non reagisce|non si muove(?! (?:il|la|lo|i|le|piu il|piu la) ))",
                r"(?:a|per) terra (?:\S+ ){0,2}(?:e )?non (?:si muove|risponde|respira|reagisce)"),
    "obstetric": (rf"(?:incinta|settimane|mesi di gravidanza|gravidanza)\S* {W}(?:sangu|sangue|perdite di sangue|cordone|convuls|non si muove)",
                  rf"(?:sangu\S*|sangue)\S* {W}(?:incinta|gravidanza)", r"cordone (?:\S+ ){0,3}(?:fuori|esce|uscito)",
                  r"(?:vedo|esce|uscito)\S* (?:\S+ ){0,2}cordone",
                r"(?:sento|tocco|esce|pende) (?:\S+ ){0,2}(?:il )?cordone"),
    "infant_child": (rf"{BABY}\S* (?:\S+ ){{0,5}}(?:molle|floscio|flaccid|senza forze|non reagisce|cianotic|blu|non si sveglia)",
                     rf"(?:{BABY}\S*|figlio|figlia)\S* (?:\S+ ){{0,2}}di (?:(?:\d{{1,2}}|un|una|due|tre) (?:giorni|settimane|settimana)|(?:[0-3]|un|due|tre) (?:mese|mesi))\S* {W}{FEVER}",
                     rf"{BABY}\S* (?:\S+ ){{0,2}}di (?:\d{{1,2}}|pochi) giorni\S* {W}{FEVER}",
                     rf"{FEVER} {W}(?:{BABY}\S*|figlio|figlia)\S* (?:\S+ ){{0,2}}di (?:(?:\d{{1,2}}|un|una|due|tre) (?:giorni|settimane|settimana)|(?:[0-3]|un|due|tre) (?:mese|mesi))"),
    "sepsis_meningitis": (rf"(?:collo|nuca)\S* (?:\S+ ){{0,2}}(?:rigid|bloccat|dur)\S* {W}(?:febbre|macchi|puntin)",
                          r"febbre (?:\S+ ){0,8}(?:collo|nuca)\S* (?:\S+ ){0,2}(?:rigid|bloccat|dur)",
                          r"(?:macchi|puntin)\S* (?:\S+ ){0,6}non (?:spariscono|sparisce|scompaiono|scompare|vanno via)\S* (?:\S+ ){0,3}"
                          r"(?:premendo|premo|bicchiere|pressione)",
                          # with a fever, the spots that do not go said without the glass (round 18)
                          rf"{FEVER}\S* {W}(?:macchi|puntin|chiazz)\S* (?:\S+ ){{0,6}}non (?:spariscono|sparisce|scompaiono|scompare|vanno via)",
                rf"{FEVER}\S* {W}(?:macchi|puntin|chiazz)\S* (?:\S+ ){{0,2}}(?:viola|scur|ner|violacee)", rf"(?:macchi|puntin|chiazz)\S* (?:\S+ ){{0,2}}(?:viola|scur|ner|violacee)\S* {W}{FEVER}"),
    "diabetic": (r"(?:glicemia|zucchero|glucosio)\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)",
                 rf"diabetic[oa] {W}(?:non reagisce|non risponde|incoscient|confus|non si sveglia|svenut|convuls|suda freddo|sudore freddo|non ragiona|trema tutt)",
                 r"(?:ipoglicemia|crisi ipoglicemica)\S* (?:\S+ ){0,4}(?:non|svenut|confus|incoscient)"),
    "head_injury": (r"(?:battuto|sbattuto|caduto|caduta|colpo|botta)\S* (?:\S+ ){0,5}(?:testa|capo)\S* (?:\S+ ){0,8}(?:vomit|confus|non si sveglia|svenut"
                    r"|incoscient|sangu|convuls|sonnolent|non risponde)",),
    "burns": (r"ustion\S* (?:\S+ ){0,4}(?:grave|grande|estesa|tutto|tutta|terzo grado|faccia|petto)", r"(?:olio|acqua) bollente",
              r"(?:bruciat|ustionat)\S* (?:\S+ ){0,4}(?:tutto|tutta|faccia|petto|gravemente)"),
    "drowning": (r"annegat", r"annega", r"(?:tirato|tirata|ripescat)\S* fuori dall acqua", r"quasi annegat"),
    "electric_shock": (r"(?:folgorat|fulminat)",  # a shock counts with what it did: "una piccola scossa, sto bene" does not
                       rf"(?:preso|presa|prende)\S* (?:la |una )?(?:scossa|corrente)\S* {W}(?:caduto|caduta|svenut|incoscient|non respira|respira (?:male|strano)|non risponde|non si muove|ustion|bruciat|convuls|petto|cuore|forte)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"attacco di cuore", r"attacco cardiaco"),
    "stroke": (r"ictus", r"colpo apoplettico"),
    "seizure": (r"convulsion", r"epiless", r"epilett"),
    "diabetic": (r"ipoglicemia", r"coma diabetico"),
}
CUES = (r"(?:mio|mia|miei|mi|sta|sto|ho|ha|lui|lei) ", r"stia", r"avendo", r"adesso", r"ora ", r"aiuto",
        r"urgente", r"presto", r"credo")
EDUCATIONAL = (r"(?:cos e|che cos e|cosa (?:e|sono|causa|provoca))", r"quali sono", r"sintomi d",
               r"cause d", r"come (?:prevenire|evitare|si previene)", r"perche (?:viene|succede)")
PAST = (r"(?:(?:l|lo|la|il) )?(?:anno|mese|settimana) (?:scorso|scorsa)", r"(?:\d+|un|una|due|tre|qualche|alcuni|molti) (?:anni|anno|mesi|mese|settimane) fa",
        r"(?:nel|dal) (?:19|20)\d\d", r"da (?:bambino|bambina|piccolo|piccola)",
        r"(?:tempo|anni) fa")  # undated too ("un ictus tempo fa"; session 50)
FRAMED = (r"corso di (?:primo soccorso|pronto soccorso)", r"(?:e )?per (?:un|una|il|la|mio|mia) (?:corso|esame|compito|tesina|ricerca|romanzo|racconto)")
# A course taken as prescribed is no overdose of "all the pills".
GUARDS = {
    "overdose": (r"come (?:da )?(?:ricetta|prescritto|prescrizione)", r"come (?:\S+ ){0,2}(?:ha detto|detto|prescritto|indicato) (?:il |dal )?(?:medico|dottore)"),
}
