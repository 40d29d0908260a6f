"""A sentence that says something holds for one thing only — "Only women can get breast cancer.", "Pancreatitis only
happens to heavy drinkers.", "Myasthenia gravis is just being tired." — and whether the evidence says so too.

Many everyday myths are of this shape (one group, one cause, a trivial thing), and a small model echoing one
writes the same words as the page: "Only women can get breast cancer." embeds at 0.82 beside "Although breast
cancer is much more common in women, men can get it too." and shares all its terms. The check keeps such a
sentence only when one evidence sentence restricts the same thing ("only", "just", "solely"... followed, within
its clause, by the word the answer restricts to); a quantity ("only 12 days", "only a few") and a place or time
("just below the ribs") restrict nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medassist.model.medical_terms import word_key

_CUE = re.compile(r"\b(?:only|solely|exclusively|merely|(?:is|are|was|were|'s) (?:just|simply))\b", re.I)
# what follows a cue without restricting to a thing: a quantity, a place or time, a condition ("only if")
_NOT_RESTRICTING = re.compile(
    r"\s*(?:\d|a few|a little|a small|a short|one\b|two\b|few\b|some\b|about\b|around\b|if\b|when\b|after\b|before\b|"
    r"below\b|above\b|under\b|behind\b|like\b|as\b|in rare\b|rarely\b|once\b|twice\b|for (?:a|\d))", re.I)
_NOT_ONLY = re.compile(r"\bnot (?:only|just|simply|merely)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# words between the cue and what it restricts to: verbs of having and happening, articles, modals
_FRAME = frozenset("""a an the be been being is are was were can could may might will would do does did get gets got
getting have has had having happen happens happened happening occur occurs occurred affect affects affected
caused cause causes by from in to of for with people person someone it they you your their his her them""".split())
EXCLUSIVE_READ = 3  # words read after a cue for the first content word


def restricted_to(sentence: str) -> list[str]:
    """The word keys (medical_terms.word_key) of what each restriction in `sentence` restricts to: the first content
    word after the cue ("only women can get" -> "women"; "only happens to heavy drinkers" -> "heavy")."""
    if _NOT_ONLY.search(sentence):
        return []
    out: list[str] = []
    for m in _CUE.finditer(sentence):
        rest = sentence[m.end():]
        if _NOT_RESTRICTING.match(rest):
            continue
        read = _TOKEN.findall(_CLAUSE_END.split(rest, 1)[0].lower())[:EXCLUSIVE_READ + 1]
        content = [w for w in read if w not in _FRAME]
        if content:
            out.append(word_key(content[0]))
    return out


class ExclusiveEvidence:
    """The restrictions the evidence sentences make, to tell whether an answer's restriction is said."""

    def __init__(self, sentences: Sequence[str]):
        self.said = {k for s in sentences for k in restricted_to(s)}

    def unsaid(self, sentence: str) -> bool:
        """Whether `sentence` restricts to something no evidence sentence restricts to."""
        return any(k not in self.said for k in restricted_to(sentence))
