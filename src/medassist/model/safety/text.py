"""Normalising messy user text so one readable rule matches its many spellings."""

from __future__ import annotations

import re
from functools import lru_cache

# Frequent misspellings in the words the rules look for (lower case, one word each).
TYPOS = {
    "cheast": "chest", "chset": "chest", "chets": "chest", "ches": "chest",
    "breth": "breath", "brethe": "breathe", "brething": "breathing", "breathin": "breathing",
    "breating": "breathing", "beathing": "breathing", "breahting": "breathing", "breathng": "breathing",
    "stroak": "stroke", "strok": "stroke",
    "siezure": "seizure", "seizur": "seizure", "sezure": "seizure", "siezures": "seizures", "siezing": "seizing",
    "unconcious": "unconscious", "unconsious": "unconscious", "unconscous": "unconscious",
    "unresponsiv": "unresponsive", "bleading": "bleeding", "bleedin": "bleeding", "bleding": "bleeding",
    "sucide": "suicide", "suicde": "suicide", "suiside": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "suisidal": "suicidal", "myslef": "myself", "mysef": "myself", "mself": "myself",
    "overdoesd": "overdosed", "overdosd": "overdosed", "overdoes": "overdose",
    "pils": "pills", "pillz": "pills", "tabs": "tablets", "tablts": "tablets",
    "poisen": "poison", "posion": "poison", "poisin": "poison", "bleech": "bleach",
    "anaphalaxis": "anaphylaxis", "anafylaxis": "anaphylaxis", "anaphylaxsis": "anaphylaxis",
    "alergic": "allergic", "swolen": "swollen", "droping": "drooping", "dropping": "drooping",
    "heartattack": "heart attack", "hart": "heart", "attak": "attack", "atack": "attack",
    "collasped": "collapsed", "colapsed": "collapsed", "passd": "passed",
    # Contractions typed without the apostrophe, and chat shorthand.
    "cant": "can't", "cannot": "can't", "wont": "won't", "dont": "don't", "doesnt": "doesn't",
    "isnt": "isn't", "didnt": "didn't", "arent": "aren't", "wasnt": "wasn't", "im": "i'm",
    "ive": "i've", "hes": "he's", "shes": "she's", "theyre": "they're",
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "rn": "right now",
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NOT_WORD = re.compile(r"[^a-z0-9']+")
# "ODd", "ODed" and "OD'd" in capitals are an overdose, not "odd" (session 46, the lead's probe: "ODd on my meds" got
# an answer); read before lower-casing, while the capitals still tell them apart
_CAPS_OD = re.compile(r"\bO\.?D\.?(?:'?e?d|'?D)\b")


def read_capitals(text: str) -> str:
    """What only the capitals tell, spelt out before the text is lower-cased ("ODd" -> "od'd")."""
    return _CAPS_OD.sub("od'd", text)


# The rules normalise the same few texts over and over: one message's check reads its question and each answer
# sentence about 7 times each (2,517 calls for 366 texts on bench/safety_latency.py's answers), about a third of the
# rules' time; the result depends on the text alone.
@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, punctuation to spaces, typos and apostrophe-less
    contractions fixed ("cant" -> "can't", "im" -> "i'm"), single spaces."""
    words = _NOT_WORD.sub(" ", read_capitals(text).lower().translate(_APOSTROPHES)).split()
    return " ".join(TYPOS.get(w.strip("'"), w.strip("'")) for w in words)


def lower_quotes(text: str) -> str:
    """Lower case with curly single quotes straightened and the writer's punctuation kept (the claim readers read a claim
    to its clause's end)."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def words(pattern: str) -> re.Pattern:
    """`pattern`'s alternatives as whole words (the readers' lists of words and phrases)."""
    return re.compile(rf"\b(?:{pattern})\b")
