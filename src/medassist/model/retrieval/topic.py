"""The pages about what was asked: a retrieved page whose title names nothing the question names gives
no evidence sentence (`select_evidence`: none in the prompt, none quoted) when another retrieved page's
title does; the faithfulness check still finds support in every page.

Embedding search ranks by overall meaning, so "can you get hiv from kissing someone" found the page on
mononucleosis ("sometimes called the kissing disease") second, and its sentence "The virus spreads through
saliva" was quoted under an HIV question. A MedQuAD page's title ("What is (are) HIV/AIDS and Infections
?") names its subject; a page is kept when its title shares a subject word with the question (longer
words compared by their first `STEM` letters, so "hereditary"/"heredity" and "infection"/"infections"
match; a short word only as itself, so "hyper" is not "hyperinsulinism").
When no title shares one ("does sugar make kids hyper" finds glucose-galactose malabsorption and
hyperinsulinism), every page may give evidence: the faithfulness check still judges every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medassist.model.retrieval.passage import Passage

STEM = 5
_WORD = re.compile(r"[a-z0-9]+")
# Words of questions and of MedQuAD's title templates that name no subject ("What are the symptoms of
# ...", "How to prevent ...", "Do you have information about ..."), and everyday words for people.
_GENERIC = frozenset("""
what whats which when where who whom whose why how is are was were be been being am do does did done
can could should would will shall may might must have has had get gets got getting catch caught give
the a an and or of for to from in on at by with without about into after before during between than
it its this that these those there their them they you your yours my mine me we our i he she his her him
any some much many more most very too also just only not no yes if so as
ok okay safe bad good normal best way ways thing things someone something anyone people person
symptom symptoms sign signs cause causes caused causing treat treats treatment treatments treated
prevent prevention preventing diagnose diagnosed diagnosis outlook research information inherited
genetic genetics changes change related affected type types stage stages risk risks factor factors
effect effects side long last lasts take taking took make makes made help helps need needs
child children kid kids baby babies adult adults women woman men man teen teens older elderly
""".split())


def subject_words(text: str) -> set[str]:
    """The words of `text` that can name a subject: a long word by its first `STEM` letters, a short one
    whole."""
    return {w if len(w) <= STEM else w[:STEM] + "~" for w in _WORD.findall(text.lower())
            if len(w) >= 3 and w not in _GENERIC}


def on_topic(question: str, passages: Sequence[Passage]) -> list[Passage]:
    """The passages whose titles share a subject word with `question`, best first; all of them when
    none does (or the question names nothing)."""
    asked = subject_words(question)
    kept = [p for p in passages if asked & subject_words(p.question)]
    return kept or list(passages)
