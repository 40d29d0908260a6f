"""A number told as the answer to a measure asked about just before: "what's a normal heart rate" -> "mine is 180 and i
feel like i'm going to pass out". Read alone, the follow-up names no measure, and read with the question it is a
general question; read as "my heart rate is 180 and ..." the vital-sign rules see it (session 45, the lead's probe: it
got an ordinary answer). Only for reading: the stored message is the person's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# each measure a number can be the value of, and the words that name it
MEASURES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rf"\b(?:{words})\b", re.I)) for name, words in (
    ("heart rate", r"heart ?rate|pulse|bpm|heartbeat"),
    ("blood sugar", r"blood sugars?|blood glucose|glucose|sugar levels?|sugars"),
    ("temperature", r"temp|temps|temperature|fever"),
    ("oxygen", r"oxygen|sats|saturations?|spo2|o2"),
    ("blood pressure", r"blood pressure|bp"),
))
# "mine is 180", "his was 38.5", "it's 2.1", "hers just hit 40": the owner's word and a number soon after
_OWNER = re.compile(r"\b(?:(mine|his|hers|theirs|it)(?= (?:is|was|are|were|s|just|went|hit|keeps|reads|says|now|at|only)"
                    r"\b(?: \w+){0,3}? \d)|(its|it's)(?=(?: \w+){0,3}? \d))", re.I)
_POSSESSIVE = {"mine": "my", "his": "his", "hers": "her", "theirs": "their", "it": "the", "its": "the", "it's": "the"}


def _measure(text: str) -> str | None:
    named = [name for name, words in MEASURES if words.search(text)]
    return named[0] if len(named) == 1 else None


def with_measure(text: str, earlier: Sequence[str]) -> str:
    """`text` with its owner's word read as the measure the last earlier message named ("mine is 180" ->
    "my heart rate is 180"); unchanged when it names a measure itself, has no such word, or the last earlier message
    names none or several."""
    if not earlier or _measure(text) or not (owner := _OWNER.search(text)):
        return text
    measure = _measure(earlier[-1])
    if measure is None:
        return text
    word = (owner.group(1) or owner.group(2)).lower()
    spoken = f"{_POSSESSIVE[word]} {measure}" + (" is" if word in ("its", "it's") else "")
    return text[:owner.start()] + spoken + text[owner.end():]
