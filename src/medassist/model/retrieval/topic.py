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

How deadly something is, or how much of it is taken, names no subject either: "what is a lethal dose" found the pages
on poisoning, Amish lethal microcephaly and multiple pterygium syndrome lethal type, and only the two sharing
"lethal" gave evidence, so the abstention quoted "Amish lethal microcephaly is a disorder in which infants are born
with a very small head" (0.27, quotable under the floors that follow a named page). In MedQuAD's titles "lethal" and
"fatal" only grade a rare condition's name and "dose" never occurs, so severity and amount words are generic here.

A title can share a word by chance while the page the search ranks first, far ahead, is the one about what was
asked under another name: "winter blues aint a real thing" found the page on seasonal affective disorder first
(0.44) and those on Baraitser-Winter syndrome and winter weather emergencies next (0.34, 0.33), and only the
latter two gave evidence. The first page stays when it leads every title-sharing page by TOPIC_LEAD or more
(the search's own margin, not a list of names). On key-facts validation, fresh2 and dev4-tune this keeps 3 more
first pages (0.094, 0.103, 0.139 ahead) and none at a lead below 0.05.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medassist.model.retrieval.passage import Passage

STEM = 5
TOPIC_LEAD = 0.09  # cosine lead of the first page over every title-sharing page that keeps it on topic
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
lethal fatal deadly dose doses dosage dosages overdose overdoses
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
    if not kept:
        return list(passages)
    first = passages[0]
    if first not in kept and first.score >= max(p.score for p in kept) + TOPIC_LEAD:
        kept.insert(0, first)
    return kept
