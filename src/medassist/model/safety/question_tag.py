"""A question tag at the end of a message ("..., what is it", "- is that bad?", "what does that mean") adds no risk and
takes none away; triage reads the message without it.

Session 51 (the lead): the learned head read a description with such a tag as a question about a subject. "baby has a
purple rash that doesnt fade and is really floppy" scored 0.90; with ", what is it" after it, 0.23, and the reply was an
ordinary answer. On 145 development emergency messages the rules and the head caught, appending ", what is it" lost 23,
", what does that mean" 24 and " - is that bad?" 39. The tag is taken off only when a description of at least three words
is left: "what is it" alone, or a knowledge question such as "what is sepsis", keeps its own words. Not "is that ok", which mostly asks whether
to do something ("been skipping my pills on weekends, is that ok"), and only for triage: the notices read the question
whole."""

from __future__ import annotations

import re

_TAG = re.compile(
    r"[\s,.;:!?\-–—]+(?:so |and |but |like |pls |please |um |hmm )?"
    r"(?:what(?:'s| is|s) (?:it|this|that|going on|happening|wrong(?: with (?:him|her|them|me|it))?)"
    r"|what (?:could|might) (?:it|this|that) be|what does (?:it|this|that) mean|what do(?:es)? (?:i|we) do(?: now)?"
    r"|what should (?:i|we) do(?: now)?|what now|is (?:it|this|that) (?:bad|serious|normal|dangerous|worrying"
    r"|something|anything)(?: to worry about)?|should (?:i|we) (?:be )?worr(?:y|ied)|do (?:i|we) need to worry"
    r"|any ideas?|help(?: me)?|why|how come)"
    r"[\s?!.]*$")
_WORD = re.compile(r"[a-z0-9']+")


def without_question_tag(text: str) -> str:
    """`text` without a question tag at its end, when what is left still tells something (three words or more)."""
    match = _TAG.search(text.lower())
    if match is None:
        return text
    rest = text[:match.start()]
    return rest if len(_WORD.findall(rest.lower())) >= 3 else text
