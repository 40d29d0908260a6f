"""A condition's overview page joins the pages the search found about it.

MedQuAD answers each condition under several questions: what it is, what causes it, who is at risk, how to
prevent, diagnose and treat it, its outlook. The search ranks these by the whole question's meaning, so a myth asked
about a condition's nature finds its narrower pages and not the page saying what it is: "is mitral valve prolapse
dangerous" found who is at risk, how to prevent it and how to diagnose it, but not "Most of the time, MVP doesn't
cause any problems."; "my auntie reckons essential tremor is just parkinsons by another name" found its outlook,
inheritance and treatments, not "It is distinguished from tremor that results from ... Parkinson disease"; "my nan
says she just needs stronger glasses" found low vision's symptoms, causes and risks, not "Low vision means that even
with regular glasses ... people find everyday tasks difficult to do" (key facts fresh7 and fresh8, development).

When the best page is one of a condition's narrower pages (its title is a MedQuAD question template naming the
condition) and no page found is that condition's overview ("What is (are) X ?", "Do you have information about X"),
the overview closest to the question is added after the best page: its sentences compete for the numbered evidence
and the quotes like any other page's (the prompt still holds N_EVIDENCE sentences). A best page that is an overview,
whose title follows no template, or whose condition the question does not name, adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# MedQuAD's question templates, each naming the condition in its one group.
_NARROW = [re.compile(p, re.I) for p in (
    r"^what causes (.+?)\s*\?$",
    r"^what are the symptoms of (.+?)\s*\?$",
    r"^what are the signs and symptoms of (.+?)\s*\?$",
    r"^who is at risk for (.+?)\?\s*\?$",
    r"^how to prevent (.+?)\s*\?$",
    r"^how to diagnose (.+?)\s*\?$",
    r"^what are the treatments for (.+?)\s*\?$",
    r"^what is the outlook for (.+?)\s*\?$",
    r"^is (.+?) inherited\s*\?$",
    r"^what are the genetic changes related to (.+?)\s*\?$",
    r"^how many people are affected by (.+?)\s*\?$",
    r"^what are the complications of (.+?)\s*\?$",
    r"^what are the stages of (.+?)\s*\?$",
    r"^what research \(or clinical trials\) is being done for (.+?)\s*\?$",
)]
_OVERVIEW = [re.compile(p, re.I) for p in (r"^what is \(are\) (.+?)\s*\?$", r"^do you have information about (.+?)\s*\??$")]


def _name(text: str) -> str:
    return " ".join(text.lower().split())


def narrow_condition(title: str) -> str | None:
    """The condition a narrower template page names ("What causes Gout ?" -> "gout"), or None."""
    title = " ".join(title.split())
    for p in _NARROW:
        if m := p.match(title):
            return _name(m.group(1))
    return None


def overview_condition(title: str) -> str | None:
    """The condition an overview page names ("What is (are) Gout ?" -> "gout"), or None."""
    title = " ".join(title.split())
    for p in _OVERVIEW:
        if m := p.match(title):
            return _name(m.group(1))
    return None


class Overviews:
    """Record indices of each condition's overview pages (the records' titles)."""

    def __init__(self, titles: Sequence[str]):
        self.pages: dict[str, list[int]] = {}
        for i, title in enumerate(titles):
            name = overview_condition(title)
            if name:
                self.pages.setdefault(name, []).append(i)

    def missing(self, titles: Sequence[str], query: str | None = None) -> list[int]:
        """The overview records of the condition the first title names, when it is a narrower page and none of
        `titles` is an overview of that condition; else none. With `query`, only when the query names that condition
        (a word of its name, topic.py): a question the best page only happens to be nearest ("how much tylenol is
        a lethal dose" finds a headache's treatments) gets no second page about that condition."""
        from medassist.model.retrieval.topic import subject_words

        if not titles:
            return []
        name = narrow_condition(titles[0])
        if name is None or any(overview_condition(t) == name for t in titles):
            return []
        if query is not None and not subject_words(query) & subject_words(name):
            return []
        return self.pages.get(name, [])
