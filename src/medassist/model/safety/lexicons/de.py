"""German emergency lexicon (umlauts fold to a/o/u, and "ae"/"oe"/"ue" spellings are in the patterns;
see the package docstring)."""

G = r"(?:\S+ ){0,3}"
# German writes compounds as one word ("Schlaftabletten", "Chlorreiniger", "Abflussreiniger"): the stems
# of pills and of poisons match anywhere inside a word, not only at its start.
PILLS = r"\S*(?:tablett|pille|kapsel|medikament)"
POISON = (r"\S*(?:reiniger|chlor|bleiche|gift|spulmittel|spuelmittel|lauge|benzin|putzmittel|waschmittel|entkalker"
          r"|frostschutz|loesungsmittel|losungsmittel|verdunner|verduenner)\S*")

SIGNS = {
    "cardiac": (rf"(?:schmerz|stech|druck|eng) {G}(?:brust|herz) {G}{G}(?:arm|kiefer|schwitz)",
                rf"(?:brust|herz)(?:schmerz|stech|druck) {G}{G}(?:arm|kiefer|schwitz)",
                r"(?:starke|heftige|extreme|krasse) (?:brustschmerz|schmerzen in der brust|herzschmerz)",
                r"herzstillstand"),
    "stroke": (rf"(?:gesicht|mund|mundwinkel|gesichtshalfte|gesichtshaelfte) {G}(?:hangt|haengt|schief|gelahmt|gelaehmt)",
               r"kann (?:plotzlich |ploetzlich )?(?:nicht mehr|nicht|kaum) (?:richtig )?(?:sprechen|reden)",
               rf"kann {G}(?:arm|bein|hand|seite) {G}(?:nicht|kaum) (?:mehr )?bewegen",
               r"(?:redet|spricht) (?:komisch|verwaschen|undeutlich|wirr|lallend)", r"lallt"),
    "choking": (r"erstick", r"verschluckt (?:\S+ ){0,3}(?:keine luft|blau|husten)"),
    "breathing": (r"(?:krieg|kriege|bekomme|bekommt|kriegt) (?:\S+ )?(?:keine|kaum|schlecht) luft",
                  r"atmet (?:nicht|kaum|nicht mehr)", r"atemnot", r"kann nicht (?:mehr )?atmen"),
    "anaphylaxis": (rf"(?:hals|zunge|lippe|gesicht|rachen) {G}(?:schwill|schwell|zu\b|geschwollen)",
                    r"allergische(?:r)? (?:schock|reaktion) ", r"anaphylakti"),
    "bleeding": (r"hort nicht auf zu bluten", r"hoert nicht auf zu bluten", r"blutet (?:\S+ )?(?:stark|sehr|total"
                 r"|wie verruckt|ohne ende|extrem|heftig)", r"(?:viel|sehr viel) blut", r"blutung (?:hort|hoert) nicht"),
    "overdose": (rf"(?:\d+) {G}{PILLS}\S* {G}(?:genommen|geschluckt|eingenommen)",
                 rf"(?:genommen|geschluckt) {G}\d+ {PILLS}",
                 rf"{PILLS}\S* {G}(?:geschluckt|verschluckt|gegessen)", r"uberdosis", r"ueberdosis"),
    "poisoning": (rf"(?:getrunken|geschluckt) .*{POISON}", rf"{POISON} (?:\S+ ){{0,2}}(?:getrunken|geschluckt)",
                  r"vergift"),
    "self_harm": (r"(?:will|werde|mochte|moechte) mich (?:umbringen|toten|toeten|das leben nehmen)",
                  r"(?:will|mochte|moechte) nicht mehr leben", r"selbstmord", r"suizid", r"mich umbringen",
                  r"(?:allem|meinem leben) ein ende", r"pulsadern"),
    "seizure": (r"krampft", rf"krampfanfall {G}(?:hort|hoert) nicht", r"zuckt am ganzen korper",
                r"epileptische(?:r)? anfall (?:\S+ ){0,3}(?:seit|hort|hoert)"),
    "unconscious": (r"bewusstlos", r"reagiert (?:nicht|nicht mehr|kaum)", r"wacht nicht (?:mehr )?auf",
                    r"(?:umgekippt|zusammengebrochen|ohnmachtig|ohnmaechtig) (?:\S+ ){0,2}und"),
}
CONDITIONS = {
    "cardiac": (r"herzinfarkt", r"infarkt"),
    "stroke": (r"schlaganfall", r"hirnschlag", r"apoplex"),
    "seizure": (r"krampfanfall", r"epilepsie", r"epileptisch"),
}
CUES = (r"(?:mein|meine|meinem|meinen|ich|er|sie|hab|habe|hat) ", r"gerade", r"jetzt", r"hilfe", r"schnell",
        r"notfall", r"glaube")
EDUCATIONAL = (r"was (?:ist|sind|verursacht|lost|loest)", r"welche", r"symptome", r"ursachen",
               r"wie (?:erkennt|vorbeugen|verhindert)", r"warum")
