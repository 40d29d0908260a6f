"""What a sentence claims about a condition — that it spreads, can be cured, is inherited, causes something, can
be prevented, is harmful, helps — and whether it says so or denies it; and whether an answer's claim is one the
evidence says the opposite of.

The faithfulness check finds a sentence's support by embedding closeness, and a sentence asserting what the
evidence denies sits close to the denial: "Shingles is a viral infection that can spread from person to person."
passed beside the page's "You can't catch shingles from someone who has it." (0.75). The two use different words
for one claim, and the check's negation rule compares only the closest sentence's words. Here a claim is read as
its predicate's group (catch, spread, contagious, transmitted are one claim about transmission; "incurable" is
"cure" denied, "harmless" is "harmful" denied), its polarity (a negation just before the predicate word, or an
antonym), and its content words (what it is about: "shingles"; "antibiotics", "colds").

An answer's claim contradicts an evidence claim of the same group and the other polarity when the denial's
content is all in the assertion: the evidence denies at least what the answer asserts ("You can't catch shingles
..." {shingles} against "Shingles ... can spread" {shingles, viral, infection}), or the answer denies what the
evidence asserts. A denial narrower than the assertion is no contradiction ("Hepatitis B is not spread through
casual contact" {hepatitis, casual, contact} against "Hepatitis B spreads through blood"). The question's subject
may be left implicit by the answer ("The virus spreads through contact with the rash" does not deny or assert
"shingles"), and an answer naming another condition than the denial ("You can catch chickenpox from someone with
shingles") is about that one. An evidence claim of the answer's own polarity that shares as much with it as the
contradicting one wins: the pages say both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from medassist.model.medical_terms import ORGANS, medical_terms, term_keys, word_key

# Each group: the words asserting the claim, and the words denying it (antonyms).
_BODY = "|".join(sorted(ORGANS | {"body", "parts", "part", "areas", "area", "organs", "organ", "tissues", "tissue",
                                  "blood", "lymph", "limbs", "arms", "legs", "face", "trunk", "other"}))
_GROUPS: dict[str, tuple[re.Pattern, re.Pattern | None]] = {
    # how a disease is caught; "spread" inside the body ("spread to the lungs", "to other parts") is not catching
    "transmission": (re.compile(
        r"\b(?:catch(?:es|ing)?|caught|contagious|communicable|transmi(?:t|ts|tted|tting|ssion|ssible)|"
        r"infectious(?! (?:disease|agent|diseases|agents)\b)|"
        rf"spread(?:s|ing)?(?! (?:to|into|throughout|in|within) (?:the |your |his |her |their |its |other |nearby |"
        rf"many |distant )*(?:{_BODY})\b| through (?:the |your )?(?:body|bloodstream|lymph)))\b", re.I),
        re.compile(r"\bnon-?(?:contagious|communicable|infectious)\b", re.I)),
    "cure": (re.compile(r"\bcur(?:e|es|ed|able|ing)\b", re.I), re.compile(r"\bincurable\b", re.I)),
    "prevention": (re.compile(r"\bprevent(?:s|ed|able|ing|ion)?\b", re.I), re.compile(r"\bunpreventable\b", re.I)),
    "inheritance": (re.compile(r"\b(?:inherit(?:s|ed|ing|ance)?|hereditary|heritable|runs? in (?:the )?famil(?:y|ies)|"
                               r"passed down)\b", re.I), None),
    "causation": (re.compile(r"\b(?:caus(?:e|es|ed|ing)|leads? to|trigger(?:s|ed)?|results? in)\b", re.I), None),
    "harm": (re.compile(r"\b(?:harmful|dangerous|unsafe|toxic|deadly|fatal|lethal|life-threatening|serious)\b", re.I),
             re.compile(r"\b(?:safe|harmless|benign)\b", re.I)),
    "normal": (re.compile(r"\b(?:normal|natural|inevitable)\b", re.I), re.compile(r"\babnormal\b", re.I)),
    "benefit": (re.compile(r"\b(?:helps?|helped|helpful|effective|works?|useful|beneficial)\b", re.I),
                re.compile(r"\b(?:useless|ineffective|unhelpful)\b", re.I)),
}
# A negation denies the predicate word it comes just before, with only these words between ("can't catch", "is
# not contagious", "there is no known cure", "cannot be cured", "do not usually help"); "people who don't get
# vaccinated can catch it" asserts.
_NEGATION = re.compile(r"^(?:no|not|never|cannot|nothing|none|neither|nor)$|n't$")
_BETWEEN = frozenset("""be been being is are was were a an the any known real really usually generally typically
always easily directly actually possible to able one get got getting become becomes it they you from""".split())
NEGATION_REACH = 3  # words from the cue to the predicate word
# A denial covers every predicate of an "or" list: "Bedbugs don't transmit or spread diseases." denies spreading as
# much as transmitting, but "spread" has "transmit or" before it, and the clause read as both saying and denying the
# claim (so as neither): "Bedbugs can spread diseases to other people." passed beside it. The word before "or"/"nor"
# is the first predicate (one word: "don't cause or spread", "is not contagious or infectious").
_OR = frozenset({"or", "nor"})
# Hedges say neither: "rarely spreads", "not always caused by", "is unlikely to".
_HEDGE = re.compile(r"\b(?:rarely|seldom|unlikely|not always|not all|not every|not necessarily|not only|"
                    r"may or may not)\b", re.I)
_CLAUSE = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s|\b(?:but|although|though|while|whereas|however|unless|except)\b",
                     re.I)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words that name no content: function words, the predicates' own frames, everyday words for people and things.
_FILLER = frozenset("""the and for are was were been being has have had does did doing not can could may might will
would should must shall also only just very more most much many some any all each every other others another such
than then that this these those there their them they its it's you your yours our ours his her him she who whom
whose which what when where why how with without from into onto upon about above below over under after before
during between through via within while because since until unless whether into out off per yes yeah no nope
one ones people person persons someone somebody anyone anybody everyone something anything everything nothing
thing things way ways lot lots kind type sort part often usually sometimes always never generally typically
commonly mostly mainly really actually certain several different various possible likely able get gets got getting
make makes made take takes took go goes went come comes came give gives gave put known called include includes
including like well still even however therefore thus though although both either neither nor good bad okay
true real myth right wrong fine best better worse worst
""".split())


@dataclass(frozen=True)
class Claim:
    group: str
    asserted: bool  # False: denied
    content: frozenset[str]  # word keys of what the clause is about (medical_terms.word_key)
    conditions: frozenset[str]  # the condition names the clause names, as word keys


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def _content(clause: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """Word keys of a clause's content: its words outside the predicate words' spans, less filler and negation."""
    kept = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(clause))
    return frozenset(word_key(w) for w in _tokens(kept)
                     if len(w) >= 3 and w not in _FILLER and not _NEGATION.search(w))


def _negated_before(clause: str, start: int) -> bool:
    """Whether a negation cue comes just before the predicate word at `start` (see _BETWEEN)."""
    before = _tokens(clause[:start])
    if len(before) >= 2 and before[-1] in _OR:  # "don't transmit or [spread]": read from the first predicate
        before = before[:-2]
    for k, w in enumerate(reversed(before[-(NEGATION_REACH + 1):])):
        if _NEGATION.search(w):
            return True
        if w not in _BETWEEN or k >= NEGATION_REACH:
            return False
    return False


def claims(sentence: str) -> list[Claim]:
    """The claims `sentence` makes, clause by clause; none for a question, a hedged clause, or a clause whose
    predicate is both said and denied."""
    if sentence.rstrip().endswith("?"):
        return []
    out: list[Claim] = []
    for clause in _CLAUSE.split(sentence):
        if not clause.strip() or _HEDGE.search(clause):
            continue
        found: dict[str, set[bool]] = {}
        spans: list[tuple[int, int]] = []
        for group, (says, denies) in _GROUPS.items():
            for m in says.finditer(clause):
                found.setdefault(group, set()).add(not _negated_before(clause, m.start()))
                spans.append(m.span())
            for m in denies.finditer(clause) if denies is not None else ():
                found.setdefault(group, set()).add(_negated_before(clause, m.start()))
                spans.append(m.span())
        if not found:
            continue
        content = _content(clause, spans)
        conditions = frozenset(k for t in medical_terms(clause, frozenset({"condition"})) for k in term_keys(t))
        out += [Claim(group, polarity.pop(), content, conditions)
                for group, polarity in found.items() if len(polarity) == 1]
    return out


def _within(small: frozenset[str], big: frozenset[str]) -> bool:
    """Every key of `small` is one of `big`'s, or one is the other's start (a key is a word's first letters)."""
    return all(any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) for b in big)
               for a in small)


def question_subject(question: str) -> frozenset[str]:
    """The word keys of what `question` is about: its content words less the predicates' words ("can you catch
    shingles from someone who has it" -> {"shing"}; "is butter good on a burn" -> {"butte", "burn"})."""
    return _content(question, [m.span() for says, denies in _GROUPS.values() for p in (says, denies)
                               if p is not None for m in p.finditer(question)])


def names_subject(subject: frozenset[str], text: str) -> bool:
    """Whether `text` uses a word of `subject` (question_subject)."""
    keys = _content(text, [])
    return any(_within(frozenset({k}), keys) for k in subject)


class ClaimEvidence:
    """The claims of the evidence sentences (their index in the pool), to find an answer claim the evidence says
    the opposite of. `titles[i]` is the subject of sentence i's page (its title), read for a claim whose clause
    names nothing ("It is not contagious."); `question` names the subject an answer may leave implicit."""

    def __init__(self, sentences: Sequence[str], titles: Sequence[str], question: str):
        self.subject = question_subject(question)
        self.claims: list[tuple[int, Claim]] = []
        for i, (text, title) in enumerate(zip(sentences, titles, strict=True)):
            for c in claims(text):
                if not c.content:  # "It is not contagious.": about its page's subject
                    c = Claim(c.group, c.asserted, _content(title, []), c.conditions)
                if c.content:
                    self.claims.append((i, c))

    def contradicted(self, sentence: str) -> int | None:
        """The index of the evidence sentence whose claim `sentence` contradicts (the one sharing most with it),
        or None when none does or one of its own polarity shares as much."""
        best: tuple[int, int] | None = None  # (shared, index)
        for a in claims(sentence):
            content = a.content or self.subject  # "No, it isn't contagious.": about what was asked
            agree = 0
            for i, e in self.claims:
                if e.group != a.group:
                    continue
                shared = len(e.content & content)
                if e.asserted == a.asserted:
                    agree = max(agree, shared)
                    continue
                denial, assertion = (e, content) if not e.asserted else (Claim(a.group, False, content, a.conditions),
                                                                         e.content)
                # the question's subject the answer leaves implicit is not asked of it
                core = denial.content - (self.subject - content) if not e.asserted else denial.content
                if not core or not _within(core, assertion):
                    continue
                if a.asserted and not _within(a.conditions, e.content | e.conditions):  # about another condition
                    continue
                if best is None or len(core) > best[0]:
                    best = (len(core), i)
            if best is not None and agree >= best[0]:
                best = None
            if best is not None:
                return best[1]
        return None
