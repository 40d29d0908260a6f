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
        (re.compile(r" ((?:و|ف)?(?:ما|مش|مو|ماني|مانو|ماهو|ماهي)) (?:عم|قاعد|قاعده|جالس|جالسه|عمال|عماله) "), r" \1 "),
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
