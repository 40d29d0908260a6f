"""Everyday words for what the NIH pages name otherwise, for the text retrieval searches with: "can u catch a
cold from goin outside with wet hair" found the page on cold urticaria (a cold is "the common cold" there),
"get rid of our cat cos of toxo" the one on toxocariasis, "is leakin a bit of pee when i sneeze" a page on
germs in sneezes before urinary incontinence; "fart", "preggo", "piles" are words MedQuAD never uses.

Only the searched text changes (as with spelling.py): the person's message, its record and the model's prompt
keep their words. Each entry is a word or phrase MedQuAD's titles never use, so a page's own question searches
as before.
"""

from __future__ import annotations

import re

_LAY = [
    (r"\b(catch|catching|caught|get|getting|got|have|having|has|had) a cold\b", r"\1 a common cold"),
    (r"\btoxo\b", "toxoplasmosis"),
    (r"\bpee(?:ing)?\b", "urine"),
    (r"\bfart(?:s|ed)?\b", "pass gas"),
    (r"\bfarting\b", "passing gas"),
    (r"\bpoo(?:p|ps|s)?\b", "stool"),
    (r"\bpiles\b", "hemorrhoids"),
    (r"\bpregg(?:o|ers|y|ie)\b", "pregnant"),
    (r"\b(?:puk(?:e|es|ed|ing)|barf(?:s|ed|ing)?|throw(?:s|ing)? up|threw up)\b", "vomiting"),
    (r"\b(?:zits?|pimples?)\b", "acne"),
    (r"\bchemo\b", "chemotherapy"),
    (r"\ba-?fib\b", "atrial fibrillation"),
    (r"\bhep ([abce])\b", r"hepatitis \1"),
    (r"\b(?:stds?|stis?)\b", "sexually transmitted diseases"),
    (r"\bthe runs\b", "diarrhea"),
    (r"\btumm(?:y|ies)\b", "stomach"),
]
_COMPILED = [(re.compile(pattern, re.I), name) for pattern, name in _LAY]


def medical_names(text: str) -> str:
    """`text` with each everyday word of the list replaced by the pages' name for it."""
    for pattern, name in _COMPILED:
        text = pattern.sub(name, text)
    return text
