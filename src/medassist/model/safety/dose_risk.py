"""Questions about one's OWN medicine, by their meaning (GitHub issue 21, item 5, sixth round). The dose rules
(`dosing.py`) name phrasings; written as people write them, 12 of 25 such questions got no referral ("can i
borrow my husbands blood pressure tablets till i get mine", "took an extra sertraline by accident, should i skip
tomorrows", "can i have a glass of wine on my antibiotics tonight"). This reads the meaning (`prototypes.py`)
against prototypes of each kind — a missed, extra or changed dose, stopping, timing, crushing, someone else's or
leftover medicine, combining medicines or alcohol, a child's dose, running out, conflicting instructions — and
look-alikes about medicines in general or health without a medicine (`assets/dose_prototypes.txt`).

NEAR_MIN and MARGIN were chosen on a development set of 25 such questions and 25 look-alikes, with 3,000 MedQuAD
questions and the everyday mild messages as guards (a referral on "is it okay to take paracetamol with my blood
pressure tablets?" is right; on "should i still rest?" it is a false one). The held-out reading is in
`datasets/triage/results.md`.
"""

from __future__ import annotations

from medassist import paths
from medassist.model.safety.prototypes import names_nobody, reads_as

PROTOTYPES_PATH = paths.MODEL_ASSETS_DIR / "dose_prototypes.txt"
NEAR_MIN = 0.40
MARGIN = 0.06


def asks_about_own_medicine(text: str, detector) -> bool:
    """Does `text` ask what to do with the writer's (or their child's) own medicine or dose, by its meaning?"""
    return not names_nobody(text) and reads_as(text, detector, PROTOTYPES_PATH, NEAR_MIN, MARGIN)
