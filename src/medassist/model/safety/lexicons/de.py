"""German emergency lexicon (umlauts fold to a/o/u, and "ae"/"oe"/"ue" spellings are in the patterns;
see the package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
# German writes compounds as one word ("Schlaftabletten", "Chlorreiniger", "Abflussreiniger"): the stems
# of pills and of poisons match anywhere inside a word, not only at its start.
PILLS = (r"(?:\S*(?:tablett|pille|kapsel|medikament)|ibus?(?!\S)|ibuprofen|paracetamol|aspirin|novalgin|diclo\S*|tilidin"
         r"|tramadol|valium|tavor|benzos?(?!\S)|antidepressiva|schlafmittel)")  # session 40: drugs by name
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)
POISON = (r"\S*(?:reiniger|chlor|bleiche|gift|spulmittel|spuelmittel|lauge|benzin|putzmittel|waschmittel|entkalker"
          r"|frostschutz|loesungsmittel|losungsmittel|verdunner|verduenner)\S*")

W = r"(?:\S+ ){0,10}"  # a clause
BABY = r"(?:baby|saugling|neugeboren|kleine |kleiner |bub|butzi)"
FEVER = r"(?<!kein )(?<!keine )(?<!ohne )(?:fieber|temperatur|gluht|glueht|gluhend|gluehend|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:schmerz|stech|druck|drucken|druecken|eng|brenn)\S* {G}(?:brust|herz)\S* {W}(?:arm|kiefer|schwitz|schweiss|ruck|rueck|luft)",
                rf"(?:brust|herz)(?:schmerz|stech|druck|enge)\S* {W}(?:arm|kiefer|schwitz|schweiss|ruck|rueck|luft)",
                r"(?:starke|heftige|extreme|krasse) (?:brustschmerz|schmerzen in der brust|herzschmerz)",
                r"herzstillstand", r"(?:strahlt|zieht|geht)\S* (?:\S+ ){0,3}(?:in den|in den linken|in die|bis in den)\S* (?:\S+ )?(?:arm|kiefer)",
                r"brust (?:\S+ ){0,2}(?:zugeschnurt|zugeschnuert|wie zugeschnurt|eingeklemmt)", r"kalter schweiss",
                rf"(?:schmerz|druck|stech|eng)\S* {G}(?:brust|herz)\S* {W}(?:schwitz|schweiss|blass|grau|luftnot|keine luft|schwindel|ubel|uebel)", rf"(?:brust|herz)(?:schmerz|druck|stech|enge)\S* {W}(?:schwitz|schweiss|blass|grau|luftnot|keine luft)",
                r"(?:elefant|stein|zentner|felsbrocken) (?:\S+ ){0,2}auf (?:der|meiner|seiner|ihrer) brust"),
    "stroke": (rf"(?:gesicht|mund|mundwinkel|gesichtshalfte|gesichtshaelfte)\S* {G}(?:hangt|haengt|schief|gelahmt|gelaehmt|taub)",
               r"kann (?:plotzlich |ploetzlich )?(?:nicht mehr|nicht|kaum) (?:richtig )?(?:sprechen|reden)",
               rf"kann {G}(?:arm|bein|hand|seite)\S* {G}(?:nicht|kaum) (?:mehr )?(?:bewegen|heben)",
               r"(?:redet|spricht)\S* (?:\S+ )?(?:komisch|verwaschen|undeutlich|wirr|lallend|nur noch kauderwelsch)", r"lallt", r"(?:sprechen|reden) (?:\S+ ){0,2}(?:geht|klappt) (?:\S+ )?(?:nicht mehr|kaum|schlecht|nur schwer)",
               r"(?:seite|halfte|haelfte)\S* (?:\S+ ){0,3}(?:gelahmt|gelaehmt|taub|schlaff)", r"(?:arm|bein)\S* (?:\S+ ){0,3}(?:plotzlich|ploetzlich) (?:gelahmt|gelaehmt|taub|schlaff)",
                r"(?:arm|bein|hand)\S* (?:\S+ ){0,3}(?:hangt|haengt)\S* (?:\S+ ){0,2}(?:schlaff|runter|herunter)", r"(?:redet|spricht)\S* (?:\S+ ){0,3}(?:wirr|wirres|unverstandlich|unverstaendlich|kauderwelsch)", r"(?:halbe|eine) (?:gesichtshalfte|gesichtshaelfte|korperhalfte|koerperhaelfte|seite)\S* (?:\S+ ){0,3}(?:taub|gelahmt|gelaehmt|hangt|haengt)", r"plotzlich (?:\S+ ){0,2}(?:nicht mehr )?(?:sprechen|reden|laufen|sehen)"),
    "choking": (r"erstick", r"verschluckt (?:\S+ ){0,5}(?:keine luft|blau|husten|luft)", r"(?:steckt|feststeckt|fest)\S* (?:\S+ ){0,2}(?:im hals|in der luftrohre|in der luftroehre)"),
    "breathing": (r"(?<!hitze )(?<!sport )(?<!joggen )(?<!treppensteigen )(?:krieg|kriege|bekomme|bekommt|kriegt|krieg ich|kriegt er|kriegt sie)\S* (?:\S+ )?(?:keine|kaum|schlecht) luft",
                  r"atmet (?:nicht|kaum|nicht mehr)", r"atemnot", r"kann (?:nicht|kaum) (?:mehr )?atmen", r"keine luft mehr",
                  r"(?:lippen|gesicht|wird|lauft|laeuft)\S* (?:\S+ )?blau", r"(?:spray|asthmaspray|inhalator)\S* (?:\S+ )?(?:hilft|wirkt) (?:nicht|nichts)",
                  r"ringt nach luft", r"japst",
                r"(?:rochelt|roechelt|rocheln|roecheln|pfeift beim atmen|japst)", r"atmet (?:\S+ ){0,2}(?:nicht mehr richtig|komisch|schwer|ganz flach)"),
    "anaphylaxis": (rf"(?:hals|zunge|lippe|gesicht|rachen|augen)\S* {G}(?:schwill|schwell|zu\b|geschwollen|dick)",
                    r"(?:schwillt|schwellen|schwoll)\S* (?:\S+ ){0,3}(?:zu|an)", r"allergische(?:r)? (?:schock|reaktion) ", r"anaphylakti",
                    r"(?:hals|rachen)\S* (?:\S+ )?(?:zu|eng|macht zu)",
                r"(?:dicke|dicken|dicker|geschwollene|geschwollenen)\S* (?:\S+ )?(?:hals|zunge|lippen|gesicht|rachen)"),
    "bleeding": (r"hort nicht auf zu bluten", r"hoert nicht auf zu bluten", r"blutet (?:\S+ )?(?:stark|sehr|total"
                 r"|wie verruckt|wie verrueckt|ohne ende|extrem|heftig|wie sau)", r"(?:viel|sehr viel|uberall|ueberall) blut",
                 r"blutung (?:hort|hoert) nicht", r"blut (?:spritzt|schiesst|sprudelt|lauft und lauft|hort nicht|hoert nicht)",
                 r"(?:blutlache|verblutet)", r"(?:messerstich|niedergestochen|angeschossen|schusswunde)"),
    "overdose": (rf"(?:\d+)\S* {G}{PILLS}\S* {G}(?:genommen|geschluckt|eingenommen)",
                 rf"(?:genommen|geschluckt)\S* {G}\d+ {PILLS}",
                 rf"{PILLS}\S* {G}(?:geschluckt|verschluckt|gegessen)", r"uberdosis", r"ueberdosis",
                 rf"(?:ganze|komplette|volle) (?:packung|schachtel|dose|flasche|blister)\S* (?:\S+ ){{0,3}}(?:{PILLS}|geschluckt|genommen|eingeworfen|reingeworfen|eingeschmissen|reingehauen)",
                 rf"(?:alle|viele|zu viele)\S* {G}{PILLS}\S* {G}(?:geschluckt|genommen|eingeworfen)",
                rf"(?:zu viele|viele|ne menge|eine menge|ganz viele|haufenweise)\S* {G}{PILLS}\S* {G}(?:eingeworfen|geschluckt|genommen|reingehauen)",
                r"(?:ganze|volle) (?:flasche|fläschchen|flaschchen) (?:\S+ ){0,3}(?:hustensaft|tropfen|saft)"),
    "poisoning": (rf"(?:getrunken|geschluckt|gegessen) .*{POISON}", rf"{POISON} (?:\S+ ){{0,2}}(?:getrunken|geschluckt|gegessen|erwischt)",
                  r"vergift",
                r"\S*(?:batterie|knopfzelle|magnet)\S* (?:\S+ ){0,2}(?:verschluckt|geschluckt|gegessen)", r"(?:verschluckt|geschluckt)\S* (?:\S+ ){0,3}\S*(?:batterie|knopfzelle|magnet)", r"(?:spuli|geschirrspulmittel|geschirrspuelmittel|lampenol|lampenoel|grillanzunder|rattengift|tabs|spulmaschinentab)\S* (?:\S+ ){0,2}(?:getrunken|geschluckt|gegessen)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  # session 40: ending it today, goodbye letters or things given away beside not coping any more
                  r"(?:werds|werd es|werde es|mach es|machs|will es) (?:\S+ ){0,2}beenden",
                  r"(?:briefe|abschiedsbriefe|brief|sachen|alles) (?:\S+ ){0,2}(?:geschrieben|verschenkt|geschenkt) (?:\S+ ){0,8}(?:nicht mehr|beenden|schluss|heute nacht|abschied)",
                  r"(?:dach|\S*brucke|\S*bruecke|hochhaus|balkon|fenster|klippe|gleis|\d+ stock)\S* (?:\S+ ){0,8}(?:spring(?:e|en)?(?= )|runterspring|hinunterspring|sturz(?:e|en)? mich|stuerz(?:e|en)? mich|werf(?:e)? mich|lass(?:e)? mich fallen)", r"(?:ich )?(?:spring(?:e)?|werde springen|will springen|sturz(?:e)? mich|stuerz(?:e)? mich|werf(?:e)? mich) (?:\S+ ){0,3}(?:vom|von der|von dem|von einer|aus dem) (?:\S+ )?(?:dach|brucke|bruecke|hochhaus|balkon|fenster|klippe)",
                  r"(?:hab|habe|hat) (?:mich|sich) (?:\S+ )?von (?:allen|euch allen|jedem|meiner familie) verabschiedet", r"(?:nehm|nehme|schluck|schlucke|werf|werfe|hau) (?:ich )?(?:die|sie) (?:\S+ )?alle (?:\S+ )?(?:auf einmal|auf ex|heute nacht|heute abend|heut nacht)",
                  rf"{PILLS}\S* (?:\S+ ){{0,2}}(?:bereit|parat|gesammelt|gehortet)\S* {W}(?:heute|heut|lebt wohl|verzeiht|sorry an alle|tschuss an alle)",
                  r"(?:will|werde|mochte|moechte) mich (?:umbringen|toten|toeten|das leben nehmen)",
                  r"(?:will|mochte|moechte) nicht mehr leben", r"selbstmord", r"suizid", r"mich umbringen",
                  r"(?:allem|meinem leben) ein ende", r"pulsadern", r"(?:mach|mache|machen) (?:ich )?(?:heute |heut )?(?:nacht )?schluss",
                  r"(?:heute|heut|morgen) (?:nacht|abend) (?:ist|is) (?:endgultig |endgueltig )?schluss(?! mit)",
                  r"(?:alles|hab alles|habe alles) (?:\S+ )?(?:geregelt|erledigt|vorbereitet) (?:\S+ ){0,6}(?:schluss|abschied|tabletten|nicht mehr da)",
                  r"will nicht mehr (?:sein|da sein|aufwachen|leben)", r"abschiedsbrief", r"(?:tabletten|pillen|medikamente)\S* (?:\S+ ){0,2}(?:gesammelt|gehortet|gebunkert)",
                  r"(?:gesammelt|gehortet|gebunkert)\S* (?:\S+ ){0,2}(?:tabletten|pillen|medikamente)", r"will sterben",
                  r"(?:kein|keinen) (?:grund|sinn) (?:mehr )?(?:zu leben|zum leben)", r"(?:spring|springe)\S* (?:\S+ ){0,3}(?:brucke|bruecke|dach|zug)",
                  r"ich will nicht mehr", r"(?:bring|bringe) mich (?:\S+ ){0,3}um(?!\S)",
                r"(?:seil|strick)\S* (?:\S+ ){0,3}(?:besorgt|gekauft|bereit|liegt)", r"(?:besorgt|gekauft)\S* (?:\S+ ){0,2}(?:seil|strick)", r"halte (?:das|es) nicht mehr aus (?:\S+ ){0,8}(?:seil|tabletten|schluss|sterben|ende)", r"will (?:einfach )?(?:verschwinden|weg sein)", r"(?:mude|muede) (?:vom|zu) leben", r"(?:alles|es) (?:ist )?geplant", r"(?:spring|springe|springen)\S* (?:\S+ ){0,3}(?:brucke|bruecke|dach|zug|fenster)", r"vor den zug",
                r"morgen (?:\S+ ){0,3}(?:nicht mehr da|nicht mehr hier|nicht mehr am leben)", r"(?:lebt wohl|machts gut|macht s gut) (?:alle|ihr)", r"niemand (?:wird )?mich vermissen"),
    "seizure": (r"krampft", rf"krampfanfall {G}(?:hort|hoert) nicht", r"zuckt am ganzen korper", r"zuckt am ganzen koerper",
                r"epileptische(?:r)? anfall (?:\S+ ){0,3}(?:seit|hort|hoert)", r"(?:schaum|schaumt|schaeumt)\S* (?:\S+ ){0,2}mund",
                r"augen (?:\S+ )?verdreht", r"(?:hat|hatte|bekommt) (?:einen )?(?:krampfanfall|anfall)\S* (?:\S+ ){0,3}(?:reagiert|seit)"),
    "unconscious": (r"bewusstlos", r"reagiert (?:nicht|nicht mehr|kaum)", r"wacht nicht (?:mehr )?auf",
                    r"(?:umgekippt|zusammengebrochen|ohnmachtig|ohnmaechtig|zusammengesackt)\S* (?:\S+ ){0,2}und", r"nicht (?:mehr )?ansprechbar",
                    r"(?:krieg|kriegen|bekomme) (?:ihn|sie) nicht wach", r"zusammengebrochen", r"umgekippt (?:\S+ ){0,3}(?:liegt|reagiert)",
                r"(?:antwortet|reagiert|regt sich) (?:nicht|nicht mehr|kaum)", r"liegt (?:\S+ ){0,3}(?:am|auf dem) boden (?:\S+ ){0,3}(?:antwortet|reagiert|bewegt sich|atmet) nicht", r"kaum (?:noch )?wach"),
    "obstetric": (rf"(?:schwanger|ssw|schwangerschaftswoche)\S* {W}(?:blut|nabelschnur|krampf|bewegt sich nicht)",
                  rf"(?:blute|blutung|blut)\S* {W}(?:schwanger|ssw)", r"nabelschnur (?:\S+ ){0,3}(?:raus|draussen|vor|sichtbar|spur)",
                  r"(?:spur|spuer|seh|sehe)\S* (?:\S+ ){0,2}nabelschnur",
                r"(?:schwanger|ssw)\S* (?:\S+ ){0,8}(?:starke|heftige|viel) (?:blutung|blut)",
                r"(?:spur|spuer|seh|sehe|fuhl|fuehl)\S* (?:\S+ ){0,2}(?:die )?nabelschnur"),
    "infant_child": (rf"{BABY}\S* (?:\S+ ){{0,6}}(?:schlapp|schlaff|apathisch|reagiert nicht|blau|nicht wach)",
                     rf"{BABY}\S* (?:\S+ ){{0,3}}(?:(?:\d{{1,2}}|ein|eine|zwei|drei|vier|funf|fuenf|sechs) (?:tage|wochen|woche)|(?:[0-3]|ein|einen|zwei|drei) (?:monat|monate))\S* {W}{FEVER}",
                     rf"(?:(?:\d{{1,2}}|ein|eine|zwei|drei|vier|funf|fuenf|sechs) (?:tage|wochen|woche)|(?:[0-3]|ein|einen|zwei|drei) (?:monat|monate)) alt {W}{FEVER}",
                     rf"{FEVER} {W}(?:\d|ein|eine|zwei|drei) (?:tage|wochen|woche) alt"),
    "sepsis_meningitis": (rf"(?:nacken|genick)\S* (?:\S+ ){{0,2}}(?:steif|starr)\S* {W}(?:fieber|flecken|ausschlag)",
                          r"fieber (?:\S+ ){0,8}(?:nacken|genick)\S* (?:\S+ ){0,2}(?:steif|starr)", r"nackensteif",
                          r"(?:flecken|ausschlag|punkte)\S* (?:\S+ ){0,6}(?:verschwinden|verschwindet|gehen|geht)\S* (?:\S+ ){0,2}nicht (?:\S+ ){0,3}(?:glas|druck|drucke|druecke)",
                rf"{FEVER}\S* {W}(?:dunkle|lila|violette|blaue|rote|rotlila|schwarze) (?:\S+ )?(?:flecken|punkte|pünktchen|punktchen)", rf"(?:dunkle|lila|violette|blaue|schwarze) (?:\S+ )?(?:flecken|punkte)\S* {W}{FEVER}", r"(?:flecken|punkte|ausschlag)\S* (?:\S+ ){0,6}(?:glastest|glas test|wasserglas) (?:\S+ ){0,3}nicht"),
    "diabetic": (rf"(?:diabet|insulin|typ ?1|unterzuck)\S* {W}(?:wert|werte|messgerat|messgeraet|sensor|libre|zeigt)\S* (?:\S+ ){{0,3}}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)",
                 r"(?:zucker|blutzucker|bz)\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)",
                 rf"diabetiker\S* {W}(?:reagiert nicht|bewusstlos|verwirrt|nicht wach|krampft|umgekippt)",
                 r"(?:unterzucker|unterzuckerung|hypo)\S* (?:\S+ ){0,4}(?:reagiert|bewusstlos|verwirrt|wach)"),
    "head_injury": (rf"kopf\S* {W}(?:geknallt|geprallt|geschlagen|gestossen|aufgeschlagen|gefallen) {W}(?:erbroch|gekotzt|ubergeben|uebergeben|erbricht|bewusstlos|verwirrt)",
                    r"(?:kopf|schadel|schaedel)\S* (?:\S+ ){0,8}(?:erbricht|bricht|kotzt|verwirrt|bewusstlos|reagiert nicht|krampft|schlafrig|schlaefrig|benommen)",
                    r"(?:gefallen|gestoss|gestuerzt|gesturzt|geschlagen)\S* (?:\S+ ){0,5}kopf (?:\S+ ){0,8}(?:erbricht|bricht|verwirrt|bewusstlos|blutet)"),
    "burns": (rf"(?:heiss|kochend|siedend)\S* {W}haut (?:\S+ ){{0,2}}(?:lost|loest|schal|pellt|geht ab|abgeht|blas)",
              r"(?:verbrannt|verbruht|verbrueht|verbrennung)\S* (?:\S+ ){0,4}(?:ganz|ganze|gesicht|brust|schwer|grosse|grossflachig|grossflaechig|dritten)",
              r"(?:schwere|grosse|grossflachige|grossflaechige) (?:verbrennung|verbruhung|verbruehung)", r"(?:kochendes|heisses) (?:wasser|ol|oel)"),
    "drowning": (r"ertrunken", r"ertrinkt", r"(?:aus dem wasser|aus dem pool|aus dem see)\S* (?:\S+ ){0,3}(?:gezogen|geholt)", r"fast ertrunken"),
    "electric_shock": (  # a shock counts with what it did: "nen kleinen schlag, alles ok" does not
                       rf"(?:stromschlag|schlag(?!anfall)|gewischt|elektrisiert|an den strom|an die leitung)\S* {W}(?:bewusstlos|umgekippt|gesturzt|gestuerzt|gefallen|atmet (?:nicht|komisch|kaum)|reagiert nicht|verbrann|krampf|brust|herz|stark|heftig)",
                       # a live wire caught or touched, and what it did ("ne stromleitung erwischt, hats ihn umgehaun";
                       # session 52)
                       rf"(?:strom|leitung|kabel|steckdose)\S* (?:\S+ ){{0,2}}(?:erwischt|angefasst|beruhrt|beruehrt|gepackt|reingefasst|reingelangt)\S* {W}(?:bewusstlos|umgekippt|umgehauen|umgefallen|gesturzt|gestuerzt|atmet (?:nicht|komisch|kaum)|reagiert nicht|krampf|herz)"),
}
CONDITIONS = {
    "cardiac": (r"herzinfarkt", r"infarkt"),
    "stroke": (r"schlaganfall", r"hirnschlag", r"apoplex"),
    "seizure": (r"krampfanfall", r"epilepsie", r"epileptisch"),
    "diabetic": (r"unterzuckerung", r"hypoglyk"),
}
CUES = (r"(?:mein|meine|meinem|meinen|ich|er|sie|hab|habe|hat) ", r"gerade", r"jetzt", r"hilfe", r"schnell",
        r"notfall", r"glaube")
EDUCATIONAL = (r"was (?:ist|sind|verursacht|lost|loest)", r"welche", r"symptome", r"ursachen",
               r"wie (?:erkennt|vorbeugen|verhindert)", r"warum")
PAST = (r"(?:letztes|letzten|vergangenes|vergangenen|vorletztes|vorletzten) (?:jahr|monat|woche|winter|sommer|herbst|fruhling|fruehling)", r"vor (?:\d+|einem|einer|zwei|drei|ein paar|einigen|vielen) (?:jahren|jahr|monaten|monat|wochen)",
        r"(?:im jahr|seit) (?:19|20)\d\d", r"als kind", r"(?:hatte|hat)\S* (?:\S+ ){0,2}(?:mal|damals)")
FRAMED = (r"(?:in|aus) (?:meinem|meiner|einem|einer|dem|der|nem|ner) (?:krimi|roman|geschichte|buch|film|serie|spiel|drehbuch|story|fanfic)", r"erste ?hilfe ?kurs", r"(?:frage )?fur (?:den|einen|meinen|die|eine|meine) (?:kurs|prufung|pruefung|schule|referat|hausarbeit|roman|geschichte)", r"fuer (?:den|einen|meinen|die|eine|meine) (?:kurs|prufung|pruefung|schule|referat|hausarbeit|roman)")
# A course taken as prescribed is no overdose of "all the pills"; ideation told as past with the present well is no crisis.
GUARDS = {
    "overdose": (r"wie (?:\S+ ){0,2}(?:verschrieben|verordnet|vorgeschrieben|angeordnet|der arzt (?:gesagt|meinte))",
                 r"nach (?:\S+ )?(?:rezept|vorschrift|anweisung)"),
    "self_harm": (rf"(?:fruher|frueher|damals|vor (?:\S+ )?jahren|als (?:teenager|jugendlicher)) {W}(?:jetzt|heute|inzwischen|mittlerweile) (?:\S+ ){{0,3}}(?:besser|gut|stabil)",),
}
