"""Requests for an individual prescription or dose. They still get general information, plus a
referral: a language model must not pick a medicine or a dose for a particular person."""

from __future__ import annotations

import re

from medassist.model.safety.text import normalise

_AGE = r"(?:a )?\d+ ?(?:year|yr|month|mth|week|wk|kg|lb|pound)s?(?: old)?"
_WHO = rf"(?:i|we|he|she|they|me|us|him|her|them|my (?:\w+ )?\w+|{_AGE})"
_GIVE = r"(?:take|give|have|use|inject|double|increase|up|raise|lower|stop|skip|mix|combine)"

# One pattern per way of asking; all need a particular person (me, my son, a 2 year old).
DOSE_REQUEST = tuple(re.compile(p) for p in (
    rf"\bhow (?:much|many) (?:\w+ ){{0,5}}?(?:should|can|could|do|shall|must|may) {_WHO} (?:safely )?{_GIVE}\b",
    rf"\b(?:what|which) (?:dose|dosage|amount|strength|mg|milligrams) (?:\w+ ){{0,5}}?(?:should|can|do|shall|must|may) {_WHO}\b",
    rf"\b(?:can|should|could|may|is it (?:ok|okay|safe) (?:for|to|if)) {_WHO} (?:to )?{_GIVE} (?:\w+ ){{0,4}}?"
    r"(?:\d+|double|more|another|extra|two|three|higher|lower|mg|dose|doses|pills?|tablets?|with)\b",
    r"\b(?:prescribe|prescription for) (?:me|my|him|her|us|them)\b",
    r"\b(?:can|could|will|would) you (?:please )?(?:prescribe|write (?:me )?a prescription|give me a prescription)\b",
    r"\b(?:my|his|her|their|our) (?:dose|dosage|doses|prescription)\b",
    rf"\b(?:dose|dosage|doses|how much|how many|mg) (?:\w+ ){{0,5}}?for (?:me|my \w+|him|her|{_WHO})\b",
    r"\bwhat (?:medicine|medication|drug|antibiotic|pill|painkiller)s? (?:\w+ )?(?:should|can|do) (?:i|we|he|she|my \w+) (?:take|use|get|give)\b",
    r"\bi (?:weigh|am \d+|'m \d+)\b.*\b(?:dose|dosage|how much|how many|mg)\b",
    # Issue 12: the most someone may take ("max paracetamol i can have", "the most nurofen my 7 year
    # old can have"), a dose for an age ("piriton dose 2 yr old"), "how many tablets he can take",
    # and raising one's own dose ("should i go up to 100").
    rf"\b(?:max|maximum|most|highest|upper limit)\b(?: \w+){{0,5}}? {_WHO} (?:can|could|should|may|am allowed to"
    r"|is allowed to) (?:safely )?(?:take|have|give|use|eat)\b",
    rf"\b(?:max|maximum|highest) (?:\w+ ){{0,3}}?(?:for (?:me|my \w+|him|her|{_AGE})|i can)\b",
    rf"\b(?:dose|dosage)\b(?: of)?(?: \w+)?(?: for)? {_AGE}",
    rf"\bhow (?:much|many) (?:\w+ ){{0,5}}?{_WHO} (?:can|could|should|may) (?:safely )?{_GIVE}\b",
    rf"\b(?:should|could|can) {_WHO} (?:go|move) up to\b",
))


def is_dose_request(text: str) -> bool:
    t = normalise(text)
    return any(p.search(t) for p in DOSE_REQUEST)
