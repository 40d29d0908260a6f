"""An emergency of the writer's own told after a general or hypothetical frame (GitHub issue 21, fifteenth round).

"what if a baby stops breathing? mine has gone blue and floppy", "hypothetically how long do you have after a heart
attack starts? asking because ive had crushing chest pain for 30 minutes and my arm is numb": the frame ("what if",
"hypothetically", a question about someone in general) covers only its own clause. A later clause whose subject is
the writer or a person of the writer's own ("mine", "my dad", "i", "ive"), told in the present ("has gone", "is
numb", "ive had ... for 30 minutes") and naming a red flag, is an emergency told as real, and the frame does not
take it off, nor do its words of habit or past ("is that always a stroke? my mum's face has dropped"): the clause
is read on its own by the rules (`triage.triage`), with "mine"/"ours" standing for the person the frame named. Read
by the rules' framing (`triage.framing`, `triage.framed_as_fiction`), by `triage.triage` and by
`knowledge_question.asked_in_general` (so by the head's lone alarm and the context reader too).

What stays a frame: nothing of the writer's own in a later clause ("what if a baby stops breathing? asking for a first
aid course"), one clause only ("hypothetically if someone had crushing chest pain what should they do"), a later
clause that itself supposes ("my son has asthma, what do i do if he can't breathe") or is over ("mine did once, years
ago": the rules' own reading of the clause, past and habit included, decides), and a story named as one.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A clause told of the writer or a person of the writer's own: its subject and a verb told in the present or
# present perfect ("mine has gone", "ive had", "my arm is", "my dad is bleeding", "ours just did"). The rules'
# text has no punctuation left (`text.normalise`), so the subject and its verb mark where the clause begins.
_TOLD_NOW = (r"has|have|is|are|just|keeps|keep|still|now|suddenly|can't|won't|isn't|hasn't|haven't|doesn't|don't|aren't"
             r"|started|went|turned|looks|seems")
_OWN_CLAUSE = re.compile(
    r"\b(?:(?:i'm|i've|we're|we've|mine's|ours's)\b"
    r"|(?:mine|ours|i|we|(?:my|our) (?:[\w']+ ){0,2}?[\w']+)"
    rf"(?= (?:am|'s|{_TOLD_NOW}|been|gone|got|feel|feels|turning|is now|has now)\b))")
# Session 44: a clause told of "he", "she" or "they" in the present ("what if she stops breathing, she is not breathing
# now", "what if he stops breathing? hes gone blue and floppy"): the frame supposed it of someone the writer knows, and
# this clause tells it. Not where the frame's person is someone indefinite ("what do you do if someone collapses and
# they're not breathing": the pronoun is that someone, still supposed).
_PRONOUN_CLAUSE = re.compile(rf"\b(?:he's|she's|they're|they've|hes|shes|theyre|theyve|(?:he|she|they) (?:{_TOLD_NOW})\b)")
_INDEFINITE_PERSON = re.compile(r"\b(?:a|an|any|some|someone|somebody|anyone|anybody|a person|the person|people|one"
                                r"|someones|someone's|somebody's|your|you)\b")
# Where such a clause ends: a supposition or a question that opens the next one.
_CLAUSE_END = re.compile(r"\b(?:if|what if|when|whenever|in case|incase|suppose|supposing|imagine|hypothetical\w*"
                         r"|what|how|should|is it|is that|could it|can it)\b")
# A supposition just before the subject ("what if my baby stops breathing", "in case my dad"): the frame's own clause.
# (sixteenth round: the subject may be the second of two joined by "and" / "or": "what would happen if the dog and my
# toddler both got into the antifreeze" supposes it of both)
_SUPPOSED_BEFORE = re.compile(r"\b(?:if|what if|when|whenever|in case|incase|suppose|supposing|imagine|say|once"
                              r"|until|unless|before|after)(?: (?:\w+ ){0,1}?)?(?: (?:the |a |an |my |our |his |her "
                              r"|their )?[\w']+ (?:and|or|n|&))?\s*$")
# The reason for asking, a course or a story: no telling.
_PURPOSE = re.compile(r"\b(?:course|class|exam|quiz|training|scenario|certificate|module|essay|homework|assignment"
                      r"|story|novel|book|film|movie|show|game|character|script|scene)\b")
# "mine has", "ours is": the possessive alone stands for the person the frame named.
_POSSESSIVE = re.compile(r"\b(?:mine|ours)\b")
_depth = 0


def _person_named(text: str) -> str | None:
    """The last person the frame named ("a baby", "your child", "someone's dad"), for "mine" or "ours" after it."""
    from medassist.model.safety.triage import PERSON  # triage reads this module

    found = re.findall(rf"\b{PERSON}\b", text)
    return found[-1] if found else None


def own_emergency_told(text: str) -> bool:
    """`text` tells, after a first clause of its own, an emergency of the writer's own in the present."""
    return own_emergency(text) is not None


@lru_cache(maxsize=4096)  # a pure function of the text; framing and triage read it several times a message
def own_emergency(text: str) -> str | None:
    """The red-flag category of the writer's own emergency told in the present after a first clause, or None."""
    global _depth
    if _depth:
        return None
    from medassist.model.safety.text import normalise
    from medassist.model.safety.triage import framing, triage  # triage reads this module

    t = normalise(text)
    _depth += 1
    try:
        clauses = [(m, False) for m in _OWN_CLAUSE.finditer(t)] + [(m, True) for m in _PRONOUN_CLAUSE.finditer(t)]
        for m, pronoun in sorted(clauses, key=lambda c: c[0].start()):
            before = t[:m.start()].strip()
            # only after a frame: the words before it ask in general or suppose ("at 16 i collapsed and my heart
            # stopped, i've got an icd now" is a dated past, no frame, and its clauses are not read apart)
            if not before or _SUPPOSED_BEFORE.search(before) or not framing(before).general:
                continue
            if pronoun and _INDEFINITE_PERSON.search(before):
                continue
            end = _CLAUSE_END.search(t, m.end())
            clause = t[m.start():end.start() if end else len(t)].strip()
            if _PURPOSE.search(clause):
                continue
            if _POSSESSIVE.search(clause):
                person = _person_named(before)
                if person:
                    clause = _POSSESSIVE.sub(f"my {person}", clause)
            category = triage(clause)
            if category is not None:
                return category
        return None
    finally:
        _depth -= 1
