"""Load the whole safety layer at start-up, not on the first person's message.

The layer builds its parts on first use: the other languages' lexicons compile some thousand regexes (about 7 s on a
2-core CPU), the learned heads and MiniLM load, the language detector loads its model. A server that left this to
the first message made that person wait 10-15 s for an answer (measured on an fp32 AMD EPYC; `bench/concurrent_chat.py`
counted it into its one-person row). `warm_up` runs the checks once on a few messages that reach every part: an
English question, a follow-up read with the one before it, a dose question, a message in another language, and an
answer's sentences through the output check.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

# (message, the messages before it): each reaches parts the others may not.
WARM_MESSAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("what helps a sore throat", ()),
    ("and is it contagious", ("what helps a sore throat",)),
    ("can i take two of my tablets if i missed one", ()),
    ("me duele la cabeza desde ayer, que puedo tomar", ()),
)
WARM_ANSWER = ("Rest and drink plenty of fluids.", "See a doctor if it lasts more than a week.")


def warm_up() -> float:
    """Run the input and output checks once on `WARM_MESSAGES` and `WARM_ANSWER`; the seconds it took."""
    from medassist.model.safety import diagnosis_claims, frame_head, obfuscation, self_harm_risk
    from medassist.model.safety.check import check_input
    from medassist.model.safety.output_check import output_checker

    t0 = time.perf_counter()
    for text, recent in WARM_MESSAGES:
        check_input(text, recent=recent)
    checker = output_checker()
    checker.check_many(WARM_ANSWER, question=WARM_MESSAGES[0][0])
    if (estimate := getattr(checker.embedder, "estimate", None)) is not None:
        estimate([WARM_ANSWER[0]])  # the int8 weights packed, and beside bf16 whether the estimate pays measured
    for load in (frame_head.load_head, diagnosis_claims.condition_names, diagnosis_claims.vocabulary_words,
                 obfuscation.stems, self_harm_risk.later_head):  # rarer messages' parts
        load()
    seconds = time.perf_counter() - t0
    log.info("safety checks loaded in %.1fs", seconds)  # no message text: these are ours, but logs carry none
    return seconds
