"""Fiction by its MEANING (GitHub issue 21, seventh round). The frames' rules (`frames.FICTION`) name media, genres
and the grammar of plots, and each round's held-out conversations brought fiction in words they did not name: a
story, game, song or dream the rules did not see then made its follow-up ("would he survive that?") an emergency
by its subject. This reads the message and the conversation's earlier ones against prototypes (`prototypes.py`):
messages inside a story, game, show, song, dream or play against messages of someone real in danger now
(`assets/fiction_prototypes.txt`, the train split's turns only). `check._read` asks it only of a message that would
alarm and that `conversation_state.nobody_real_now` finds about nobody real now; a message with the writer's own
person in danger, a call for help or "it's real" is never framed by it.

NEAR_MIN and MARGIN were chosen on the validation split's turns: 34% of the fiction conversations' turns read as
fiction, and of 189 turns of real emergencies 3, all three stories told inside them ("podcast about a murder by
poisoning got me thinking", then "wait not the podcast, my son just drank something..."; that one names the
writer's son, so no frame is carried to it). A looser bar (0.35, no margin) read 54% and also "had the worst
week of my life" before a plan.
"""

from __future__ import annotations

from medassist import paths
from medassist.model.safety.prototypes import reads_as

PROTOTYPES_PATH = paths.MODEL_ASSETS_DIR / "fiction_prototypes.txt"
NEAR_MIN = 0.40
MARGIN = 0.05


def reads_as_fiction(text: str, detector) -> bool:
    """Is `text` (de-obfuscated) told inside a story, game, show, song, dream or play, by its meaning? False without
    the embedding model (the rules then work alone)."""
    return reads_as(text, detector, PROTOTYPES_PATH, NEAR_MIN, MARGIN)
