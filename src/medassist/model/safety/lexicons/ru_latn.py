"""Russian typed in Latin letters ("muzh ne mozhet dyshat"), as people do on a phone without a
Cyrillic keyboard. The spellings vary (zh/j, kh/h, sh/sch, y/i, ya/ia): each stem is written with
its common variants. Every sign holds a Russian word that is not an English one, so an English
message is not read as Russian; an apostrophe (the soft sign, "noch'yu") is a space after normalising
(see the package docstring)."""

# A message that mixes transliterated words with Cyrillic ones ("iz nosa кровь идёт ne ostanavlivaetsya", a phone that
# switches keyboards; session 53) is read here with its Cyrillic in these Latin spellings: neither lexicon reads the whole
# sign otherwise. `normalise` has folded "ё" to "е" and dropped the signs' accents.
ROMANISE = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
                          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
                          "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                          "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})

G = r"(?:\S+ ){0,3}"
W = r"(?:\S+ ){0,10}"  # a clause
NE = r"(?:ne|nie)"
PILLS = r"(?:tabl|tablet|tabletk|tabletok|lekarstv|pilul|kolyos|koles|snotvorn|fenazepam)"
SOMEONE = r"(?:on|ona|muzh|muj|zhena|jena|syn|doch|dochka|papa|mama|ded|dedushka|babushka|brat|sestra|rebenok|rebyonok)"

# what a shock did, and what a body frozen shows (session 48)
AFTER_SHOCK = r"(?:upal|upala|bez soznan|ne dyshit|serdc|serdts|ozhog|obozhzh|ne reagir|sudorog|poteryal)"
FROZEN = r"(?:ledyan|ledian|zamerz|pereohlazhd|perekhlazhd|okochenel)"
AFTER_COLD = r"(?:nesyot chush|nesot chush|neset chush|bredit|zagovarivaetsya|ne drozhit|perestal drozhat|ne reagir|bez soznan|ne otvechaet)"

SIGNS = {
    "breathing": (rf"{NE} (?:mozhet|mojet|mozet|mogu|mozhem|mojem)\S* (?:\S+ )?(?:dyshat|dishat|vdohnut|vdokhnut)",
                  rf"{NE} (?:dyshit|dishit|dyshet)", r"(?:zadyha|zadykha|zadiha)", r"nechem dyshat",
                  r"(?:guby|gubi|lico|litso|lizo)\S* (?:\S+ )?(?:sinie|siniye|sineyut|sineet|posinel)", r"posinel"),
    "unconscious": (r"(?:poteryal|poteral|poterial)\S* soznan", r"bez soznan",
                    rf"{NE} (?:reagiruet|otvechaet|otvechayet|prihodit v sebya|prikhodit v sebya|prosypaetsya|ochnetsya)"),
    "overdose": (rf"(?:vypil|vipil|vypila|vipila|proglotil|proglotila|naglotal|nagloatal|sela|sel|sjel|syel)\S* {G}(?:vse|vsyu|vsiu|celuyu|tseluyu|pachku|upakovku|\d+)\S* {G}{PILLS}",
                  rf"(?:naglotal|naglotalas|naglotalsya)\S* {G}{PILLS}", r"peredoz"),
    "poisoning": (r"(?:otravil|otravlen)", r"(?:vypil|vipil|vypila|vipila|glotnul|glotnula|proglotil|proglotila)\S* (?:\S+ ){0,2}(?:uksus|belizn|hlork|khlork|otbelivat|benzin|kislot|shchelo|sheloch|kerosin|aceton|atseton|domestos|yad |batareik|batareyk)"),
    "bleeding": (rf"krov\S* {G}{NE} (?:ostanavl|ostanovit|prekrash)",
                 # a nosebleed told at length before its not stopping ("krov iz nosa idet uzhe chas i ne ostanavlivaetsya")
                 rf"(?:krov\S* (?:\S+ )?iz nosa|nos\S* (?:\S+ )?krov)\S* {W}{NE} (?:ostanavl|ostanovit|prekrash|unima)", r"(?:hleshet|khleshchet|hleshchet|khleshet|hlyshet|hlestat)",
                 r"(?:silnoe|silnoye|silno) krovotech", r"krovotechenie", r"(?:ochen )?mnogo krovi", r"luzha krovi"),
    "cardiac": (rf"(?:bolit|bol|davit|jmet|zhmet|szhimaet|jzhet|zhzhet|pechet)\S* {G}(?:grud|serdc|serdts|serdtse)\S* {W}(?:ruk|chelyust|pot|potn|bledn|zadyha)",
                r"holodnyi pot|kholodnyy pot|holodny pot|holodnyj pot", r"ostanovka serdca|ostanovka serdtsa"),
    "stroke": (r"(?:perekosilo|perekosil|perekoshen)", rf"(?:ruka|noga)\S* {G}{NE} (?:podnimaetsya|dvigaetsya|slushaetsya)",
               r"rech\S* (?:\S+ )?(?:nevnyatn|sputan|zapleta)", r"yazyk zapleta|iazyk zapleta|jazyk zapleta",
               rf"{NE} (?:mozhet|mojet|mozet) (?:govorit|podnyat|poshevelit)"),
    "choking": (r"(?:podavil|podavilsya|podavilas|poperhnul|poperkhnul)", r"zastryal\S* v gorle|zastrial\S* v gorle"),
    "anaphylaxis": (rf"(?:opuhaet|opukhaet|otekaet|raspuhl|opuhl|opukhl|otek|otyok)\S* {G}(?:gorlo|yazyk|iazyk|guby|gubi|lico|litso)",
                    rf"(?:gorlo|yazyk|guby|gubi|lico|litso)\S* {G}(?:opuhaet|opukhaet|otekaet|raspuh|opuh|opukh|otek|szhima|zakryva)",
                    r"anafilak", r"otek kvinke|otyok kvinke"),
    "seizure": (r"(?:sudorogi|sudoroga|sudorogah|sudorogakh)\S* (?:\S+ ){0,3}(?:uzhe|ujhe|ne prohod|ne prekrash|\d+)", r"b etsya v sudorog|bietsya v sudorog|betsya v sudorog",
                r"pena (?:izo|u) rta"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:kryshe|krysha|kryshi|mostu|moste|balkon|okn|etazh)\S* (?:\S+ ){0,8}(?:prygnu|sprygnu|sbroshus|broshus|vyprygnu|shagnu|prygnut|sprygnut|sbrositsya|brositsya|vyprygnut)(?= )",
                  # ... the verb first, as the Cyrillic lexicon reads it ("v subbotu prygnu s mosta"; session 53): not
                  # "prygnul" (he jumped)
                  r"(?:prygnu|sprygnu|sbroshus|broshus|vyprygnu|prygnut|sprygnut|sbrositsya|brositsya|vyprygnut)(?= ) (?:\S+ ){0,2}"
                  r"(?:s|so|iz|pod)(?= ) (?:\S+ )?(?:krysh|most|balkon|okn|mnogoetazhk|obryv|poezd)",
                  r"pokonchit s soboi|pokonchit s soboy|pokonchit s soboj", r"(?:ne hochu|ne khochu|ne hochu bolshe|ne khochu bolshe) zhit",
                  r"(?:ubyu|ubiu|ub yu) sebya|ubyu sebia", r"(?:ujdu|uidu|uydu) iz zhizni", r"(?:hochu|khochu) umeret",
                  r"proshchaln|proschaln|proshaln", r"(?:povesh|povesit)", r"(?:vskroyu|vskryt|vskrit) ven",
                  r"(?:segodnya|segodnia|noch yu|nochyu|nochiu|zavtra) (?:\S+ )?(?:vse |vsyo )?(?:zakonchu|pokonchu)"),
    "obstetric": (rf"(?:beremenn|nedel)\S* {W}(?:krovotech|krov|krovit|pupovin)", r"pupovin\S* (?:\S+ ){0,3}(?:vypala|vidna|snaruzhi)"),
    "infant_child": (rf"(?:malysh|mladen|novorozhden|grudnichok)\S* (?:\S+ ){{0,2}}(?:\d{{1,2}}|odin|dva|tri) (?:dn|den|nedel)\S* {W}(?:temperat|zhar|jar|3[89]|40)",),
    "sepsis_meningitis": (rf"(?:sheya|sheyu|sheia|zatylok)\S* {G}{NE} (?:gnetsya|sgibaetsya)\S* {W}(?:temperat|zhar|syp|sip|pyatn)",
                          # the fever told first (session 48)
                          rf"(?:temperat|zhar|3[89]|40)\S* {W}(?:sheya|sheyu|sheia|zatylok)\S* {G}{NE} (?:gnetsya|sgibaetsya)"),
    "diabetic": (rf"(?:diabet)\S* {W}(?:{NE} (?:reagiruet|otvechaet|prosypaetsya|ponimaet)|bez soznan|sudorog)",
                 r"sahar (?:\S+ ){0,2}(?:upal|[12](?:[.,]\d)?(?!\S))|sakhar (?:\S+ ){0,2}upal"),
    "burns": (rf"(?:kipyatk|kipiatk|kipyatok|kipiatok|kipyashch|kipiashch)\S* {W}(?:ozhog|puzyr|volyr|voldyr|kozh|obzheg|obvaril)",
              r"(?:obvaril|obvarila|obzhegsya|obozhglas)\S* (?:\S+ ){0,3}(?:vse|vsyu|ves|lico|litso|grud|silno)"),
    # session 48 (the Cyrillic lexicon's kinds this one lacked: a shock, a blow to the head, hypothermia, a venomous
    # bite, carbon monoxide), each with what makes it grave
    "electric_shock": (rf"(?:udaril|shibanul|dolbanul|stuknul|ubil)\S* tokom\S* {W}{AFTER_SHOCK}",
                       rf"tokom (?:\S+ )?(?:udaril|shibanul|dolbanul|stuknul)\S* {W}{AFTER_SHOCK}", r"elektrotravm"),
    "head_injury": (rf"(?:udarilsya|udarilas|udarilsia|stuknulsya|stuknulas|upal|upala|ushibsya|ushiblas)\S* (?:\S+ ){{0,4}}golov\S* {W}"
                    r"(?:vyrvalo|vyrval|rvet|rvota|toshnit|sonn|sonliv|ne prosypa|bez soznan|poteryal|zasypaet|ne pomnit)",),
    "hypothermia": (rf"{FROZEN}\S* {W}{AFTER_COLD}", rf"{AFTER_COLD}\S* {W}{FROZEN}"),
    # a heatstroke: hours in the sun or the heat, with the sweating stopped or the mind gone (session 53, `languages_dev25.jsonl`)
    "heat_stroke": (rf"(?:solncepek|solntsepek|zhar|zhare|peregrel|teplov|solnechn)\S* {W}(?:{NE} (?:poteet|potet|potel|potee)"
                    r"|nesyot bred|neset bred|nesot bred|bredit|nesyot chush|neset chush|zagovarivaetsya|poteryal soznan)",),
    "drowning": (r"(?:utonul|tonet|zahlebnul|zakhlebnul)", r"(?:vytashchili|vytaschili|vitashili|dostali)\S* (?:\S+ ){0,3}iz (?:vody|vodi|basseyna|reki)"),
}
# a venomous bite and carbon monoxide, read with the household poisons above (session 48)
VENOM_AND_CO = (r"(?:zme[iyeu]|zmey|gadyuk|gadiuk|skorpion)\S* (?:\S+ ){0,3}(?:ukus|uzhali|ujali)",
                  r"(?:ukusil|ukusila|uzhalil|uzhalila|ujalil|ujalila)\S* (?:\S+ ){0,3}(?:zme[iyeu]|zmey|gadyuk|gadiuk|skorpion)",
                  rf"(?:ugorel|ugarn)\S* {W}(?:golov|toshn|rvet|vyal|sonn|obmorok|ne prosypa)")
SIGNS["poisoning"] += VENOM_AND_CO

CONDITIONS = {
    "cardiac": (r"infarkt", r"serdechnyi pristup|serdechnyy pristup"),
    "stroke": (r"insult(?! me| him| her| you| them)",),
    "seizure": (r"epilepsi", r"sudorog"),
}
# Russian words only: English "u" ("u r") and "moy" are not cues here
CUES = (rf"u {SOMEONE}\S*", r"u menya", r"seichas|seychas|sejchas|sechas", r"pomogite", r"srochno", r"kazhetsya|kajetsya|kazhetsa",
        r"(?:moi|moy|moya|moia|moego|moei|moej) ")
EDUCATIONAL = (r"chto takoe|shto takoe", r"simptom", r"priznaki", r"prichin", r"kak (?:predotvratit|izbezhat|raspoznat|uznat)",
               r"pochemu")
PAST = (r"(?:\d+|god|dva|tri|neskolko|paru) (?:let|goda|god|mesyac\S*|mesiac\S*|nedel\S*) nazad", r"(?:v )?proshl\S* (?:godu|mesyace|nedele)",
        r"v detstve", r"(?:v|s) (?:19|20)\d\d")
# an information question or a supposition with no now ("kak ponyat chto ukusila gadyuka? prosto interesno", "chto
# delat esli..."): the Cyrillic lexicon has its frames in `questions` and `stance`, this one had none (session 48)
FRAMED = (r"prosto (?:interesno|sprashivayu|sprashivaiu|lyubopytno)", r"chisto teoretichesk", r"kak (?:ponyat|poniat|uznat|otlichit)",
          r"chto (?:delat|delayut|nado delat) (?:\S+ )?(?:esli|kogda)")
# A near-drowning, a shock or a fit months or years ago is a history ("brat v proshlom godu chut ne utonul, teper boitsya
# vody"), as `kinds.every_sign_guards` and `stance.history` read it in the Cyrillic lexicon; unless a now is told.
_HISTORY = rf"(?<=^ )(?!(?:.* )?(?:seichas|seychas|sejchas|sechas|pomogite|srochno))(?:.* )?(?:{'|'.join(PAST)})"
GUARDS = {category: (_HISTORY,) for category in ("drowning", "electric_shock", "seizure", "stroke", "cardiac")}
