"""Questions about one's OWN medicine, by their meaning (GitHub issue 21, item 5). The dose rules (`dosing.py`)
name phrasings; written as people write them, 12 of 25 such questions got no referral in the sixth round ("can i
borrow my husbands blood pressure tablets till i get mine", "took an extra sertraline by accident, should i skip
tomorrows", "can i have a glass of wine on my antibiotics tonight").

Tenth round: the sixth round's nearest-prototype reader gave each later round's fresh questions the notice less often
(21, 18, 16 of 25 in rounds 7-9); the learned own-medicine head (`dose_head.py`, fitted and chosen on validation by
`medassist safety train-dose`) reads them instead, beside the same guard: a question that names nobody ("what is
metformin for") is about a medicine in general (`prototypes.names_nobody`). On validation the head alone gave the
notice to more own-medicine questions than the prototype reader or both together, with no more general questions,
non-emergencies or MedQuAD questions given it. The held-out reading is in `datasets/triage/results.md`.
"""

from __future__ import annotations

import re

from medassist.model.retrieval.embedder import embedder_name
from medassist.model.safety.dose_head import load_head
from medassist.model.safety.prototypes import names_nobody
from medassist.model.safety.text import normalise

# Session 48 (msg24; the lead's probes "cutting my own hair tonight", "gonna end things with my boyfriend tonight" got the
# dose notice): what is cut, stopped or ended is named and is no medicine: hair or nails at home, a relationship, a
# subscription, a job, a journey. The head read the verbs a dose question uses ("cut", "stop", "end", "tonight")
NOT_A_MEDICINE = re.compile(
    r"\b(?:(?:cut|cutting|trim|trimming|dye|dyeing|bleach|bleaching|shave|shaving|wax|waxing|style|styling) (?:my |our |his"
    r" |her |the )?(?:own )?(?:\w+ )?(?:hair|fringe|bangs|nails|toenails|beard|eyebrows|brows|lashes|legs)"
    r"|(?:end|ending|call|calling|break|breaking|finish|finishing) (?:it|things|off) (?:off )?with (?:my |him\b|her\b|them\b)"
    r"|(?:cancel|cancelling|canceling|quit|quitting) (?:my |the )?(?:\w+ )?(?:subscription|membership|gym|job|contract|plan)"
    r"|(?:be|being|i'll be|ill be) (?:\w+ )?on (?:the|a) (?:train|plane|flight|bus|ferry|coach))\b")


def asks_about_own_medicine(text: str, detector) -> bool:
    """Does `text` ask what to do with the writer's (or their child's) own medicine or dose, by its meaning? False
    without a detector, without the shipped head, or with an embedder other than the head's (tests' stand-ins)."""
    head = load_head()
    if detector is None or head is None or embedder_name(detector.embedder) != head.embedder or names_nobody(text) \
            or NOT_A_MEDICINE.search(normalise(text)):
        return False
    return bool(head.scores(detector.embed([text]))[0] >= head.threshold)
