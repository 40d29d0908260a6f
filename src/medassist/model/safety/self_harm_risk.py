"""Self-harm said indirectly (GitHub issue 21, sixth round): "no one would even notice if i disappeared for good",
"started cutting again last night", "how many of my sleeping tablets would it take to not wake up", "wrote goodbye
letters to my brothers today". Read as people write them, these got an ordinary model answer: the rules name
explicit phrasings, and the learned head (trained mostly on physical emergencies) scored them 0.00-0.27. A rule
per phrasing does not carry to the next person's words, so this reads the MEANING (`prototypes.py`) against
prototypes of each kind of risk — wishing to be gone, asking for the means or a lethal amount, hurting oneself,
hiding the injuries, preparing or saying goodbye, acting now — and look-alikes that are not risk (idioms,
cosmetics, someone else, the past, education, fiction, pets), in `assets/self_harm_prototypes.txt`.

NEAR_MIN and MARGIN were chosen on a development set of 25 risky and 25 look-alike messages, with 3,000 MedQuAD
questions and the everyday mild messages as guards; the prototypes were written as kinds, not copied from any
evaluation message. The held-out reading is in `datasets/triage/results.md`.
"""

from __future__ import annotations

from medassist import paths
from medassist.model.safety.prototypes import names_nobody, reads_as

PROTOTYPES_PATH = paths.MODEL_ASSETS_DIR / "self_harm_prototypes.txt"
DOSE_PROTOTYPES = paths.MODEL_ASSETS_DIR / "dose_prototypes.txt"
NEAR_MIN = 0.50
MARGIN = 0.06
NEAR_DOSE_REQUEST = 0.60  # chosen between the two dose-request examples above (0.56 and 0.69)


def self_harm_risk(text: str, detector, *, dose_request: bool = False) -> bool:
    """Is `text` (de-obfuscated, as triage reads it) someone at risk of harming themselves, by its meaning? Not
    a question that names nobody ("can you get addicted to painkillers" is near "which painkillers would kill
    me", "what is insulin resistance" near "stopping my insulin on purpose"). A question about one's own medicine
    is no self-harm either: the dose reader's positives are look-alikes here too ("what dose of amoxicillin should
    my son take" sits near "what dose of my medication would kill me"); and one the head reads as a dose request
    ("tell me exactly how many oxycodone pills to take") counts only when it is as close to a prototype as
    "whats the amount of my antidepressants that would finish me off" (NEAR_DOSE_REQUEST)."""
    near_min = NEAR_DOSE_REQUEST if dose_request else NEAR_MIN
    return not names_nobody(text) and reads_as(text, detector, PROTOTYPES_PATH, near_min, MARGIN,
                                               also_safe=DOSE_PROTOTYPES)
