"""Emergency lexicons for the languages MedAssist does not answer in (issue 21).

One module per language (`es.py`, `hi_latn.py`, ...), each with the same four names:

* `SIGNS`: category -> regexes for an acute event in the words people use when it is happening
  ("no puedo respirar", "se trago las pastillas"). A sign is an emergency on its own.
* `CONDITIONS`: category -> regexes that only name a condition ("infarto", "AVC"). An educational
  question names it too, so it counts only with a `CUES` match (a real person, now, help) and no
  `EDUCATIONAL` match ("que causa un derrame cerebral").
* `CUES`, `EDUCATIONAL`: one regex each.
* `PAST` (optional): a time that puts a named condition in the past ("el año pasado", "vor zwei
  Jahren"): "my father had a heart attack last year, can he fly?" is a question, not an emergency.
  It guards the `CONDITIONS` as `EDUCATIONAL` does; a `SIGNS` match stays an emergency.
* `FRAMED` (optional): a message framed as coursework ("es para un curso de primeros auxilios"):
  neither its signs nor its conditions count, as the English frames read "for my nursing exam".
* `GUARDS` (optional): category -> regexes that take that category's signs back (others still count):
  a course taken "como dijo el doctor" is not an overdose of "todas las pastillas", and ideation told as
  long past with the present well ("hace años pensaba en matarme, ahora estoy bien con terapia") is not a
  crisis, as the English rules read "as the doctor said" and "used to ... now I'm fine".
* `PREFIX` (optional): what may be glued to the front of any word (Arabic's "و", "ال").
* `SCRIPT` (optional, default "latin"): a lexicon only reads text with letters of its script, so an
  English message costs the Latin lexicons only.

Patterns are written without accents and in lower case; text and patterns go through the same
`normalise` (accents, Turkish dotless i, Arabic letter variants, Devanagari nukta), so "respiro",
"respiró" and "RESPIRO" are one spelling. Every pattern is anchored at the start of a word (words
are separated by single spaces after normalising, and the text starts with one: a pattern begins
with the space, which also lets the regex engine jump from space to space; `\\b` is not used
because Python's `\\w` does not cover Devanagari vowel signs) and is free at its end, so a stem
matches its endings.
Categories are the English rules' names, so the same crisis and poison lines follow.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from medassist.model.safety.language import ENGLISH
from medassist.model.safety.lexicons import grid, indirect, kinds, questions, spoken, stance
from medassist.model.safety.lexicons.prefilter import any_of

# Module name -> the language tag a match reports ("hi-Latn": Hindi written in Latin letters).
MODULES = {"es": "es", "pt": "pt", "fr": "fr", "de": "de", "it": "it", "ru": "ru", "ar": "ar", "hi": "hi",
           "hi_latn": "hi-Latn", "id": "id", "tr": "tr", "ru_latn": "ru", "ar_latn": "ar"}
# ru_latn, ar_latn: Russian and Arabic typed in Latin letters

# Letters NFKD does not split, Arabic letter variants people use interchangeably, and Arabic-Indic and
# Persian digits ("حرارته ٣٩"), which the patterns' "3[89]" would not read.
_FOLD = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "ё": "е",
                       "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                       "ـ": "", "ँ": "ं", "़": "",
                       **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}})


def _fold(text: str, *, punctuation: bool) -> str:
    """Accents and other combining marks dropped except in Devanagari (where they are
    vowels), letter variants folded; with `punctuation`, punctuation and symbols become spaces."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        cat = unicodedata.category(ch)
        if cat == "Mn" and not (out and 0x0900 <= ord(out[-1]) < 0x0980):
            continue
        out.append(" " if punctuation and cat[0] in "PSZC" else ch)
    return "".join(out).translate(_FOLD)


# A letter typed three times or more ("ayudaaa", "nooo respira", "saaans", "الحقونييي"): at the end of a
# word, emphasis over one letter; inside one, kept as two, as Hindi in Latin letters doubles its long
# vowels ("saans", "khoon") and Italian its consonants ("petto"). One pass that takes each whole run and then looks
# at what follows it: a lookahead inside the pattern made the engine retry the run from every letter (20,000 of one
# letter before another took 20 s).
_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")


def _shortened(run: re.Match[str]) -> str:
    return run[1] if run.string.startswith(" ", run.end()) else run[1] * 2


# A word that mixes Cyrillic and Latin letters ("нa рaзжижaющих", a keyboard's or an obfuscator's look-alikes): its Latin
# letters that look like Cyrillic ones are read as those (session 53, `languages_dev29.jsonl`), so the Cyrillic lexicon
# reads the word. A word of one script is left alone: "sepsis" beside Russian stays Latin.
_LATIN_LETTER, _CYRILLIC_LETTER = re.compile(r"[a-z]"), re.compile(r"[\u0400-\u04ff]")
_MIXED_SCRIPTS = re.compile(r" [\u0400-\u04ff]+ ")  # a whole Cyrillic word ...
_LATIN_WORD = re.compile(r" [a-z]{2,} ")  # ... and a whole Latin one
_CYRILLIC_LOOKALIKE = str.maketrans("aeopcxykmtbh", "аеорсхукмтвн")


def _lookalikes_read(folded: str) -> str:
    """`folded` with each word that mixes Cyrillic and Latin letters in Cyrillic ones (word by word, not one regex: a
    pattern with a gap on each side of both letters backtracks on a long word)."""
    if not (_LATIN_LETTER.search(folded) and _CYRILLIC_LETTER.search(folded)):
        return folded
    return " ".join(word.translate(_CYRILLIC_LOOKALIKE) if _LATIN_LETTER.search(word) and _CYRILLIC_LETTER.search(word)
                    else word for word in folded.split(" "))


def normalise(text: str) -> str:
    """Lower case, `_fold` with punctuation to spaces, drawn-out letters shortened, a word of mixed Cyrillic and Latin
    letters in Cyrillic ones; single spaces, one at each end."""
    folded = " " + " ".join(_fold(text.lower(), punctuation=True).split()) + " "
    folded = _lookalikes_read(folded)
    return _DRAWN_OUT.sub(_shortened, folded)


SCRIPTS = {"latin": re.compile(r"[a-z]"), "cyrillic": re.compile(r"[\u0400-\u04ff]"),
           "arabic": re.compile(r"[\u0600-\u06ff]"), "devanagari": re.compile(r"[\u0900-\u097f]")}


# Signs that tell how bad it is, not what it is: a message that also holds a sign of a kind is named by that kind
# (session 41: "comi camarao e minha garganta ta fechando ... falta de ar" was `breathing` for the lexicon's order,
# "tomo las pastillas y no despierta" `unconscious`, without the poison and crisis lines). The emergency is the same.
GENERIC = frozenset({"breathing", "unconscious"})


@dataclass(frozen=True)
class Lexicon:
    language: str
    script: re.Pattern
    signs: tuple[tuple[str, re.Pattern], ...]
    conditions: tuple[tuple[str, re.Pattern], ...]
    cues: re.Pattern
    educational: re.Pattern
    any_sign: re.Pattern  # every sign in one pattern (`prefilter.any_of`): one pass over a message that has none
    framed: re.Pattern | None = None
    guards: tuple[tuple[str, re.Pattern], ...] = ()
    # `grid.signs`: signs of the templates every language shares, taken back by an educational question or a past
    template_signs: tuple[tuple[str, re.Pattern], ...] = ()
    template_guards: tuple[tuple[str, re.Pattern], ...] = ()
    any_template: re.Pattern | None = None  # every template sign in one pattern, as `any_sign`  # `grid.guards`: what takes a template's sign back
    now_fine: re.Pattern | None = None  # `kinds.NOW_FINE`: over now ("jetzt wieder gut"): a named condition does not count
    questions: re.Pattern | None = None  # `EDUCATIONAL` alone: what takes back a template of `kinds.RECENT` (its past is its guard)
    general: re.Pattern | None = None  # `questions.frame`: an information question with no one's own and no now (in `framed` too)
    # `stance.denied_before` / `denied_after`: a sign said to be absent beside it ("keine atemnot", "dard nahi hai")
    deny_before: re.Pattern | None = None
    deny_after: re.Pattern | None = None
    deny_within: re.Pattern | None = None  # `stance.denied_within`: a template's first part denied before its second
    own_negation: re.Pattern | None = None  # `stance.own_negation`: a match that starts with the sign's own negation
    # `stance.idioms`: a condition named in an idiom ("krieg ich nen herzinfarkt" at a price), which takes a condition back
    # as well as a sign (the other guards read signs only: a cough beside "herzinfarkt" is no muscle pain)
    idioms: tuple[tuple[str, re.Pattern], ...] = ()
    # `ROMANISE` (ru_latn): another script's letters in this lexicon's, read in a message that mixes the two scripts
    romanise: dict[int, str] | None = None

    def text_of(self, normalised: str) -> str:
        """`normalised` as this lexicon reads it: with `romanise`, a message that holds words of both scripts has its
        other script's words in this one's letters ("кровь идет ne ostanavlivaetsya"); any other message as it is."""
        if self.romanise and _MIXED_SCRIPTS.search(normalised) and _LATIN_WORD.search(normalised):
            return normalised.translate(self.romanise)
        return normalised

    def _affirmed(self, pattern: re.Pattern, normalised: str) -> bool:
        """`pattern` matches somewhere in `normalised` with no negation of being or having beside the match
        (`stance.py`): "no tengo dolor de pecho ni me falta el aire" names two signs, both absent. A negation inside
        the match is the sign's own ("no respira", "nefesi yok") and is not read here."""
        pos = 0
        while match := pattern.search(normalised, pos):
            own = self.own_negation and self.own_negation.search(match.group(0))
            if not (self.deny_before and not own and self.deny_before.search(normalised[:match.start()] + " ")
                    or self.deny_after and self.deny_after.search(normalised[normalised.rfind(" ", 0, match.end() - 1):])
                    or self.deny_within and self.deny_within.search(match.group(0))):
                return True
            pos = match.start() + 1
        return False

    def _guarded(self, category: str, normalised: str) -> bool:
        return any(c == category and pattern.search(normalised) for c, pattern in self.guards)

    def emergency(self, normalised: str, conditions: bool = True, templates: bool = True,
                  taken: set[str] | None = None, skip: frozenset[str] = frozenset(),
                  denied: set[str] | None = None) -> str | None:
        """The category of the first sign (of the first one of a kind when a `GENERIC` sign came first), else (with
        `conditions`) of a condition named with a cue
        in a message that is not an educational question; None when nothing matches or the message
        is coursework. `taken` collects the categories whose sign matched but was taken back (a guard, a negation beside
        it, a question, a past; `denied` collects the negated apart); `skip`: categories another lexicon took back, not
        read here. Spoken word forms of the
        language are read in their standard form (`spoken.py`: "er schnauft nimma")."""
        normalised = spoken.standard(normalised, self.language)
        if self.framed and self.framed.search(normalised):
            return None
        generic = None  # a generic sign's category, kept while a more specific sign may follow
        if self.any_sign.search(normalised):
            for category, pattern in self.signs:
                if category in skip or not pattern.search(normalised):
                    continue
                if not self._affirmed(pattern, normalised):
                    _add(category, taken, denied)
                    continue
                if not self._guarded(category, normalised):
                    if category not in GENERIC:
                        return category
                    generic = generic or category
                elif taken is not None:
                    taken.add(category)
        # the templates are not read in a message the detector calls English: an English message would pay for them
        if templates and self.any_template and self.any_template.search(normalised):
            for category, pattern in self.template_signs:
                if category in skip or not pattern.search(normalised):
                    continue
                if not self._affirmed(pattern, normalised):
                    _add(category, taken, denied)
                    continue
                asked = self.questions if category in kinds.RECENT and self.questions else self.educational
                if not asked.search(normalised) and not self._guarded(category, normalised) \
                        and not any(c == category and guard.search(normalised) for c, guard in self.template_guards):
                    if category not in GENERIC:
                        return category
                    generic = generic or category
                elif taken is not None:
                    taken.add(category)
        if generic:
            return generic
        if conditions and self.cues.search(normalised) and not self.educational.search(normalised) \
                and not (self.now_fine and self.now_fine.search(normalised)):
            for category, pattern in self.conditions:
                if category not in skip and pattern.search(normalised) \
                        and not any(c == category and idiom.search(normalised) for c, idiom in self.idioms):
                    if self._affirmed(pattern, normalised):
                        return category
                    _add(category, taken, denied)
        return None


def _add(category: str, *sets: set[str] | None) -> None:
    for found in sets:
        if found is not None:
            found.add(category)


def _compile(pattern: str, prefix: str = "", clitics: str = "") -> re.Pattern:
    # not lower-cased: patterns are written in lower case, and "\\S".lower() would be "\\s"
    return re.compile(" " + _fold(prefix, punctuation=False) + "(?:" + _fold(_inner(pattern, clitics), punctuation=False)
                      + ")")


# A word that starts after a space, or after a gap of words ("(?:\\S+ ){0,3}", "(?:.* )?"), inside a pattern.
_WORD_AFTER_SPACE = re.compile(r" (?=[(\u0600-\u06ff])")
_WORD_AFTER_GAP = re.compile(r" \)(?:\{\d*,?\d*\}|[?*+])?")
_LOOKBEHIND = re.compile(r"(\(\?<[=!][^()]*\))")


def _inner(pattern: str, clitics: str) -> str:
    """`pattern` with the language's `CLITICS` (Arabic's "و", "ف", "ب", "ل", "ال", written joined to the next word) allowed
    before every word inside it, not only its first (`PREFIX`): "وجع بصدري ... لكتفي", "وجمعت الحبوب" are read by
    patterns written "صدر", "كتف", "حبوب" (session 44). Unchanged without `clitics`."""
    if not clitics:
        return pattern
    parts = _LOOKBEHIND.split(pattern)  # a look-behind stays as written: it must keep its fixed width
    for i in range(0, len(parts), 2):
        parts[i] = _WORD_AFTER_GAP.sub(lambda m: m.group(0) + clitics, _WORD_AFTER_SPACE.sub(" " + clitics, parts[i]))
    return "".join(parts)


def _load(module: str) -> Lexicon:
    m = importlib.import_module(f"{__name__}.{module}")
    for table in (m.SIGNS, m.CONDITIONS, getattr(m, "GUARDS", {})):  # a one-pattern "(r'x')" is a string: its letters would all match
        assert all(isinstance(p, tuple) for p in table.values()), module
    prefix = getattr(m, "PREFIX", "")
    clitics = getattr(m, "CLITICS", "")

    def compiled(pattern: str, prefix: str) -> re.Pattern:
        """A sign, a condition or a cue: read with the language's clitics before every word (its guards, questions
        and frames are not widened)."""
        return _compile(pattern, prefix, clitics)

    templates = {c: p for c, p in _merged(grid.signs(module, vars(m)), kinds.signs(module, vars(m), *_pain(module)),
                                           indirect.signs(module)).items() if p}
    template_guards = _merged({c: (p,) for c, p in grid.guards(module).items()},
                              {c: (p,) for c, p in kinds.guards(module).items()})
    # coursework, "what do I do if someone...", and an information question asked with no one of one's own (round 18)
    # ... and a supposition, a question out of curiosity or a story, with no now (`stance.supposed`, round 21)
    # ... and a near miss told laughing ("casi me desmayo cuando vi la factura jaja"), a pet taken to the vet
    # (`stance.laughed_off`, `stance.about_a_pet`, session 50)
    general = (*questions.frame(module), *stance.supposed(module), *stance.laughed_off(module), *stance.about_a_pet(module))
    framed = (*getattr(m, "FRAMED", ()), *kinds.frames(module), *general)
    return Lexicon(MODULES[module], SCRIPTS[getattr(m, "SCRIPT", "latin")],
                   tuple((c, compiled("|".join(p), prefix)) for c, p in m.SIGNS.items()),
                   tuple((c, compiled("|".join(p), prefix)) for c, p in m.CONDITIONS.items()),
                   compiled("|".join(m.CUES), prefix),
                   _compile("|".join(m.EDUCATIONAL + getattr(m, "PAST", ()) + kinds.asked(module)), prefix),
                   any_of([_fold(prefix, punctuation=False) + "(?:" + _fold(_inner(p, clitics), punctuation=False) + ")"
                           for patterns in m.SIGNS.values() for p in patterns]),
                   _compile("|".join(framed), prefix) if framed else None,
                   tuple((c, _compile("|".join(p), prefix)) for c, p in getattr(m, "GUARDS", {}).items())
                   + tuple((c, _compile(p, prefix)) for c, p in grid.every_sign_guards(module).items())
                   + tuple((c, _compile(p, prefix)) for c, p in kinds.every_sign_guards(module).items())
                   + tuple((c, _compile(p, prefix)) for c, p in stance.history(module).items())
                   + tuple((c, _compile(p, prefix)) for c, p in stance.idioms(module).items()),
                   tuple((c, compiled("|".join(p), prefix)) for c, p in templates.items()),
                   tuple((c, _compile("|".join(p), prefix)) for c, p in template_guards.items()),
                   any_of([_fold(prefix, punctuation=False) + "(?:" + _fold(_inner(p, clitics), punctuation=False) + ")"
                           for patterns in templates.values() for p in patterns]) if templates else None,
                   _compile(kinds.NOW_FINE[module], prefix) if module in kinds.NOW_FINE else None,
                   _compile("|".join(m.EDUCATIONAL + kinds.asked(module)), prefix),
                   _compile("|".join(general), prefix) if general else None,
                   *(re.compile(_fold(p, punctuation=False)) if p else None
                     for p in (stance.denied_before(module), stance.denied_after(module), stance.denied_within(module),
                               stance.own_negation(module))),
                   tuple((c, _compile(p, prefix)) for c, p in stance.idioms(module).items()),
                   getattr(m, "ROMANISE", None))


def _merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Category -> the patterns of every table, in table order (the templates of `grid`, then of `kinds`)."""
    out: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for category, patterns in table.items():
            out[category] = out.get(category, ()) + tuple(patterns)
    return out


def _pain(module: str) -> tuple[str, str]:
    """The language's words for a pain and for the chest (`grid`'s), which `kinds` reads with breathlessness."""
    return (grid.PAIN[module], grid.CHEST[module]) if module in grid.PAIN else ("", "")


@cache
def lexicons() -> tuple[Lexicon, ...]:
    return tuple(_load(name) for name in MODULES)


def find_emergency(text: str, prefer: str | None = None) -> tuple[str, str] | None:
    """(language, category) of the first lexicon that finds an emergency in `text`, else None.
    The `prefer`red language's lexicon is tried first (Spanish and Portuguese share words). When it
    reads the message as a question or a past event, a condition or a template the others read does not count
    either: "papa ko 5 saal pehle stroke hua tha" is not taken by Indonesian's "stroke" and "papa". A category it
    reads and takes back (a little blood vomited, "un poquito") is not read by the others (French's "vomi" and "sang"
    in the Spanish), and its framing ("was mache ich, wenn jemand...") frames the message for all. The templates
    (`grid`) are not read in a message the detector calls English (`prefer` "en"): they would only add to its cost."""
    normalised = normalise(text)
    conditions, templates = True, prefer != ENGLISH
    taken: set[str] = set()
    for lexicon in sorted(lexicons(), key=lambda lexicon: lexicon.language != prefer):
        if not lexicon.script.search(normalised):
            continue
        own = lexicon.language == prefer
        read = lexicon.text_of(normalised)
        if category := lexicon.emergency(read, conditions, templates=templates, taken=taken if own else None,
                                         skip=frozenset(taken)):
            return lexicon.language, category
        if own and lexicon.framed and lexicon.framed.search(read):
            return None  # coursework or a "what do I do if someone..." in the message's own language
        if own and lexicon.educational.search(read):
            # nor do the others' templates, whose words a neighbour shares ("vomito sangre el año pasado": French's
            # "vomi" and "sang" read the Spanish; fourteenth round)
            conditions = templates = False
    return None


def reads(text: str, language: str, category: str) -> bool:
    """The `language`'s lexicon reads an emergency of `category` in `text`, whatever category it names the message by
    ("ritagliato i polsi, il sangue non si ferma": `bleeding` first, and `self_harm` too)."""
    normalised = normalise(text)
    for lexicon in lexicons():
        if lexicon.language == language and lexicon.script.search(normalised):
            others = frozenset(c for c, _ in (*lexicon.signs, *lexicon.template_signs, *lexicon.conditions) if c != category)
            if lexicon.emergency(lexicon.text_of(normalised), skip=others) == category:
                return True
    return False


def denied_only(text: str, language: str) -> bool:
    """The `language`'s own lexicon reads no emergency in `text`, and a sign in it only said to be absent ("keine
    brustschmerzen, keine atemnot, nur herzklopfen"; `stance.py`)."""
    normalised = normalise(text)
    for lexicon in lexicons():
        if lexicon.language == language and lexicon.script.search(normalised):
            denied: set[str] = set()
            if lexicon.emergency(normalised, denied=denied) is None and denied:
                return True
    return False


@cache
def _not_now() -> tuple[tuple[str, re.Pattern], ...]:
    """(language, pattern) of each module's `stance.not_now`."""
    out = []
    for module, language in MODULES.items():
        m = importlib.import_module(f"{__name__}.{module}")
        if patterns := stance.not_now(module, getattr(m, "PAST", ())):
            out.append((language, _compile("|".join(patterns), getattr(m, "PREFIX", ""))))
    return tuple(out)


def told_not_now(text: str, language: str) -> bool:
    """The `language` reads `text` as an everyday hyperbole ("die hitze bringt mich um") or as told of a dated past with
    no now ("ma soeur a fait un choc anaphylactique l'annee derniere, elle doit toujours avoir son stylo?"; `stance`)."""
    normalised = normalise(text)
    return any(lang == language and pattern.search(normalised) for lang, pattern in _not_now())


def asked_in_general(text: str, language: str) -> bool:
    """The `language`'s own lexicon reads `text` as an information question about an emergency asked with no one of the
    writer's own and no now (`questions.py`: "que sintomas tiene un infarto?")."""
    normalised = normalise(text)
    return any(lexicon.language == language and lexicon.general and lexicon.script.search(normalised)
               and lexicon.general.search(normalised) for lexicon in lexicons())


def asked_or_framed(text: str, language: str) -> bool:
    """The `language`'s own lexicon reads `text` as a question, a past event (`EDUCATIONAL`, `PAST`) or a frame
    (coursework, a story, "what do I do if someone…"; `FRAMED`)."""
    normalised = normalise(text)
    return any(lexicon.language == language and lexicon.script.search(normalised)
               and (lexicon.educational.search(normalised) or lexicon.framed and lexicon.framed.search(normalised))
               for lexicon in lexicons())
