"""Regional and spoken word forms read as the standard words the lexicon's patterns are written in (issue 21, round 18).

A lexicon's patterns are written in the standard language, but people write as they speak: Bavarian or Austrian German
("er schnauft nimma", "i ko ned", "bluat"), Neapolitan or Sicilian Italian ("nun respira cchiù", "'o sanghe", "'o
picciriddu"). Rather than a spoken variant beside every pattern, the message is read by the lexicon of its language with
these whole words put in their standard form first, so every sign, template and condition reads them. Only whole words,
only for that language's lexicon: "i" is "ich" to the German lexicon alone (to the Italian one it is "the").
Words are folded as the lexicons fold (no accents, lower case, punctuation a space).
"""

from __future__ import annotations

import re

SPOKEN = {
    "de": {
        "ned": "nicht", "net": "nicht", "nimma": "nicht mehr", "nimmer": "nicht mehr", "nix": "nichts", "is": "ist",
        "hod": "hat", "hot": "hat", "hob": "hab", "ko": "kann", "koa": "kein", "koane": "keine", "i": "ich",
        "mei": "mein", "mia": "mir", "bluat": "blut", "bluad": "blut", "bluatet": "blutet", "schnauft": "atmet",
        "schnaufn": "atmen", "schnaufa": "atmen", "umgfalln": "umgefallen", "umgfoin": "umgefallen",
        "gfalln": "gefallen", "gschluckt": "geschluckt", "gnumma": "genommen", "gnommen": "genommen",
        "gessn": "gegessen", "drunka": "getrunken", "trunka": "getrunken", "bua": "sohn", "buam": "sohn",
        "kopfweh": "kopfschmerzen", "brustweh": "brustschmerzen", "grad": "gerade", "jetz": "jetzt", "etz": "jetzt",
        # Austrian and Bavarian participles without "ge-" ("is umkippt", "hot brochn"), "si" for "sich" (session 44)
        "umkippt": "umgekippt", "umkippn": "umgekippt", "zsammbrocha": "zusammengebrochen", "zammbrochen": "zusammengebrochen",
        "zsammbrochen": "zusammengebrochen", "brochn": "erbrochen", "gspiebn": "erbrochen", "gspieben": "erbrochen",
        "gspibn": "erbrochen", "speibt": "erbricht", "si": "sich", "gschnittn": "geschnitten",
        # Swiss German: "nümme" ("nüme" is also "only": left), "nöd"/"nid", "cha", "het"/"hät", "isch", "Chind", "Bluet", "schnuufe", "umgheit"
        "numme": "nicht mehr", "nod": "nicht", "nid": "nicht", "cha": "kann", "chan": "kann",
        "het": "hat", "hed": "hat", "isch": "ist", "chind": "kind", "chliine": "kleine", "chli": "klein",
        "bluet": "blut", "bluetet": "blutet", "schnuuft": "atmet", "schnuufet": "atmet", "schnuufe": "atmen",
        "umgheit": "umgefallen", "gheit": "gefallen", "uf": "auf", "ufwache": "aufwachen",
        # Bavarian "Gsicht", "gschwoin", "gstochn", "kriagt" (session 49)
        "gsicht": "gesicht", "gsichtshalfte": "gesichtshalfte", "gschwoin": "geschwollen", "gschwolln": "geschwollen",
        "gstochn": "gestochen", "kriagt": "kriegt", "redt": "redet",
        # northern and chat German dropping the last letter ("atmet nich", "reagiert nich", "hats ihn umgehaun", "heut
        # morgen"; session 52, `languages_dev28.jsonl`): the patterns hold "nicht", "umgehauen", "heute"
        "nich": "nicht", "nit": "nicht", "umgehaun": "umgehauen", "angehaun": "angehauen", "umghaut": "umgehauen",
        "heut": "heute", "bissl": "bisschen", "bisserl": "bisschen",
    },
    "it": {
        "nun": "non", "nunn": "non", "nu": "non", "cchiu": "piu", "chiu": "piu", "sanghe": "sangue", "sangu": "sangue",
        "piettu": "petto", "pietto": "petto", "core": "cuore", "capa": "testa", "mo": "ora",
        "criaturo": "bambino", "criatura": "bambino", "picciriddu": "bambino", "picciridda": "bambino",
        "piccirillo": "bambino", "piccerillo": "bambino", "guagliuncello": "bambino", "vummecato": "vomitato",
        "vummeca": "vomita", "vummitato": "vomitato", "svinuto": "svenuto", "sveniuto": "svenuto",
        "rispira": "respira", "rispirari": "respirare", "respirari": "respirare", "sbattutu": "sbattuto",
        "caruto": "caduto", "carutu": "caduto", "mussu": "bocca", "vucca": "bocca",
        # Sicilian simple past and participles of drinking and swallowing ("si bivìu a candeggina", round 22)
        "biviu": "bevve", "viviu": "bevve", "vippi": "bevve", "bivutu": "bevuto", "vivutu": "bevuto",
        "agliuttiu": "inghiotti", "ammuccau": "inghiotti", "candiggina": "candeggina",
        # chat Italian's "nn" for "non" ("nn respira", "nn trema più", "nn ho vomitato"; session 52): a negation the
        # patterns, the denials and the guards all read as "non"
        "nn": "non",
    },
    # Hinglish shorthand and spellings as typed on WhatsApp ("h" for "hai", "rha", "gya", "bhot", "behos"; session 47)
    "hi-Latn": {
        "h": "hai", "hn": "hain", "rha": "raha", "rhi": "rahi", "rhe": "rahe", "rhaa": "raha",
        "gya": "gaya", "gyi": "gayi", "gye": "gaye", "gyaa": "gaya", "gai": "gayi", "gae": "gaye",
        "bhot": "bahut", "bht": "bahut", "bohot": "bahut", "bahot": "bahut", "boht": "bahut", "bohut": "bahut",
        "nhi": "nahi", "nai": "nahi", "ni": "nahi", "nahee": "nahi", "nhin": "nahi", "nahiin": "nahi",
        "kr": "kar", "kro": "karo", "krna": "karna", "krke": "karke", "krte": "karte", "krta": "karta", "krti": "karti",
        "pta": "pata", "mjhe": "mujhe", "mje": "mujhe", "muje": "mujhe", "mujhko": "mujhe", "mko": "mujhe",
        "behos": "behosh", "beosh": "behosh", "behoosh": "behosh", "bhosh": "behosh", "behoshi": "behosh",
        "khun": "khoon", "khuun": "khoon", "kun": "khoon", "drd": "dard", "ulty": "ulti", "ultee": "ulti",
        "jldi": "jaldi", "jaldii": "jaldi", "plz": "please", "pls": "please", "sans": "saans", "saas": "saans",
        "sass": "saans", "sas": "saans", "shwas": "saans", "swaas": "saans", "jina": "jeena", "jeeni": "jeena",
        # the English noun with the Hindi verb, as Hinglish is typed ("blood ruk nahi raha", "vomiting ho rahi", "face pe
        # swelling", "chest me pain"; session 54): read as the Hindi word the patterns are written with, so every sign and
        # template reads both. Not a noun that is a sign on its own in Hindi ("behosh"): an English message's "fainted once
        # when i gave blood" would be read as one
        "blood": "khoon", "vomit": "ulti", "vomiting": "ulti", "vomits": "ulti", "pain": "dard", "swelling": "sujan",
        "swollen": "sooja", "dizzy": "chakkar", "dizziness": "chakkar", "response": "jawab", "fever": "bukhar", "breathe": "saans", "breath": "saans", "sanse": "saans", "saanse": "saans",
        "kuchh": "kuch", "bukar": "bukhar", "bukhaar": "bukhar",
    },
    # Chat shorthand (session 53, tune round 24: "ahora q tengo q llevar", "si qqn saigne", "decidi q hj e o dia"): the
    # patterns, the histories' "tengo que" and the frames' "quelqu un" are written in full
    "es": {"q": "que", "xq": "porque", "pq": "porque", "porq": "porque", "tmb": "tambien", "tb": "tambien"},
    "pt": {"q": "que", "hj": "hoje", "vc": "voce", "pq": "porque", "tb": "tambem", "tbm": "tambem", "mto": "muito",
           "n": "nao"},
    "fr": {"qqn": "quelqu un", "qqun": "quelqu un", "qqch": "quelque chose", "pk": "pourquoi", "pcq": "parce que",
           # ... the elided word typed without its apostrophe ("jarrive pas a respirer", "il sest effondre", "ca sarrete
           # pas"), and SMS spellings (session 54): the patterns hold the words apart
           "jai": "j ai", "jarrive": "j arrive", "jarrivais": "j arrivais", "jetouffe": "j etouffe", "jsuis": "je suis",
           "jsui": "je suis", "chui": "je suis", "chuis": "je suis", "jpeux": "je peux", "jpeu": "je peux", "jvais": "je vais",
           "jsais": "je sais", "jsp": "je sais pas", "sest": "s est", "cest": "c est", "sarrete": "s arrete",
           "setouffe": "s etouffe", "setrangle": "s etrangle", "sevanoui": "s evanoui", "sevanouie": "s evanouie",
           "seffondre": "s effondre", "secroule": "s ecroule", "lai": "l ai", "jle": "je le", "jla": "je la",
           "bcp": "beaucoup", "tt": "tout", "ds": "dans", "ke": "que", "ki": "qui", "koi": "quoi",
           "mtn": "maintenant", "mnt": "maintenant", "tjr": "toujours", "tjrs": "toujours", "vrmt": "vraiment"},
    # Colloquial Russian (session 53, `languages_dev29.jsonl`): a fall said "навернулся", "грохнулся", "шлёпнулся", the head
    # "башка", "щас" for "сейчас", and the diminutives people write of a child or a grandparent ("температурка", "носик",
    # "головка", "таблеточки"); the patterns hold the standard words
    "ru": {
        "навернулся": "упал", "навернулась": "упала", "грохнулся": "упал", "грохнулась": "упала", "шлепнулся": "упал",
        "шлепнулась": "упала", "брякнулся": "упал", "брякнулась": "упала", "бахнулся": "упал", "бахнулась": "упала",
        "башка": "голова", "башки": "головы", "башке": "голове", "башку": "голову", "башкои": "головои",
        "бошка": "голова", "бошку": "голову", "бошкои": "головои", "щас": "сейчас", "ща": "сейчас", "счас": "сейчас",
        "температурка": "температура", "температурку": "температуру", "температурки": "температуры",
        "носик": "нос", "носика": "носа", "головка": "голова", "головку": "голову",
        "головкои": "головои", "животик": "живот", "животика": "живота", "ротик": "рот", "ротика": "рта",
        "глазки": "глаза", "ручки": "руки", "ножки": "ноги", "таблеточки": "таблетки", "таблеточек": "таблеток",
        "таблеточку": "таблетку",
        # chat Russian (session 54): "норм" and "ничё" ("всё норм", "ничё не помогает"), "оч", "ваще"
        "норм": "нормально", "нормас": "нормально", "ниче": "ничего", "оч": "очень", "ваще": "вообще", "щя": "сейчас",
    },
    "tr": {
        "bi": "bir", "dk": "dakika", "dak": "dakika", "bisey": "bir sey", "bisi": "bir sey", "biseyler": "bir seyler",
        "naptim": "ne yaptim", "napcam": "ne yapacagim", "napiyim": "ne yapayim", "napim": "ne yapayim",
    },
}
# Spoken grammar read in the standard form (round 22), where a word list cannot say it: Egyptian and Maghrebi Arabic negate
# a verb with "ما ... ش" around it ("ماقدرش يهضر", "ما بقاتش", "مابيتنفسش", "ماغاديش نبقى"), read as "ما" and the verb, as
# Gulf and Levantine write it and the patterns are written; and Levantine "عم", Gulf "قاعد" (the progressive) after a
# negation ("ما عم يقدر ياخد نفسو", "مش قاعد يتنفس") are dropped, as the patterns' "ما يقدر" does not hold them.
GRAMMAR = {
    "ar": (
        (re.compile(r" (و|ف)?ما ?(\S{2,}?)ش(?= )"), r" \1ما \2"),
        (re.compile(r" (و|ف)?مب(\S{2,}?)ش(?= )"), r" \1ما ب\2"),
        (re.compile(r" ((?:و|ف)?(?:ما|مش|مو|ماني|مانو|ماهو|ماهي)) (?:عم|قاعد|قاعده|جالس|جالسه|عمال|عماله|دا|دايم) "), r" \1 "),
        # Levantine "can't" is "ما فيه/فيها/فيني" before the verb ("ما فيها تحكي", "ما فيني اتنفس"), read as "ما يقدر",
        # the form the patterns are written in; a verb must follow ("ما في حدا" is "there is no one"; session 47)
        (re.compile(r" ((?:و|ف)?(?:ما|مش|مو)) (?:فيه|فيها|فيني|فيو|فينا|فيهم|فيك|فيكي)(?= (?:ي|ت|ا|ن)\S{2,} )"), r" \1 يقدر"),
        # Maghrebi present "ك" before the person after a negation ("ما كيجاوبش" -> "ما كيجاوب" -> "ما يجاوب"); not
        # elsewhere: "كيف", "كتير" begin so
        (re.compile(r" ((?:و|ف)?(?:ما|مش|مو)) (?:(?:بقا|بقى|بقات|عاد|زال) )?ك((?:ي|ت|ن)\S{2,})"), r" \1 \2"),
    ),
    # Hinglish as typed on a phone: the emphatic "hi"/"bhi" between a verb and its negation ("jeena hi nahi",
    # "saans bhi nahi aa rahi") is left out, as the patterns' "jeena nahi" does not hold it (session 47)
    "hi-Latn": (
        (re.compile(r" (?:hi|bhi) (nahi|nahin|nhi|nai|na|ni) "), r" \1 "),
    ),
    # Colloquial Turkish: the present "-iyo(r)" without its r ("kasiliyo", "tutmuyo", "nefes alamiyom", "bilmiyoz") and
    # the future cut short ("bitircem", "yapcam", "gelcez"), read in the written forms the patterns hold ("kasiliyor",
    # "bitirecegim"); the stem before a cut future ends in a consonant ("atlayacam" is left as written; session 47)
    "tr": (
        (re.compile(r" (\S+?[iu])yo(?= )"), r" \1yor"),
        (re.compile(r" (\S+?[iu])yom(?= )"), r" \1yorum"),
        (re.compile(r" (\S+?[iu])yoz(?= )"), r" \1yoruz"),
        (re.compile(r" (\S+?[iu])yon(?= )"), r" \1yorsun"),
        (re.compile(r" (\S+?[iu])yolar(?= )"), r" \1yorlar"),
        (re.compile(r" (\S+?[iu])yodu(?= )"), r" \1yordu"),
        (re.compile(r" (\S+?[iu])yomus(?= )"), r" \1yormus"),
        (re.compile(r" (\S+?[^aeiou\s])[iu]?c([ae])m(?= )"), r" \1\2c\2gim"),
        (re.compile(r" (\S+?[^aeiou\s])[iu]?c([ae])z(?= )"), r" \1\2c\2giz"),
    ),
}
_SPOKEN = {language: re.compile(" (" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")(?= )")
           for language, words in SPOKEN.items()}


def standard(normalised: str, language: str) -> str:
    """`normalised` (the lexicons' `normalise`) with the `language`'s spoken word forms in their standard form."""
    for grammar, standard_form in GRAMMAR.get(language, ()):
        normalised = grammar.sub(standard_form, normalised)
    pattern = _SPOKEN.get(language)
    if pattern is None:
        return normalised
    words = SPOKEN[language]
    return pattern.sub(lambda m: " " + words[m.group(1)], normalised)  # the space after is not consumed: "i ko ned"
