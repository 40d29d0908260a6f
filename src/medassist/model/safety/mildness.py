"""A learned mildness reader that may overrule the triage head's emergency (GitHub issue 21, ninth round).

Why: everyday mild messages with a grave-sounding word ("my knee gave way on the stairs, bit swollen", "baby's had a
runny nose and 37.8 since yesterday", "period cramps so bad i nearly fainted in class lol") got the emergency reply,
nearly always from the learned triage head (`learned.py`), which reads what a message is about (a knee, a baby, a
faint) more than whether anything is wrong now. Eight rounds of hand-made gates (settled, idioms, thin, short) fixed
each set's misses and did not carry to the next set's text. This reader is one direction in the same unit MiniLM
embedding the check already computed for the head (no new model, one dot product): a class-weighted logistic
regression fitted (`medassist safety train-mildness`) on everyday mild messages against real emergencies, many of
them written in the same everyday voice, so it learns how mild a message sounds rather than its subject.

What it may do, and what it never does: it may overrule an emergency that the head ALONE gave to a single message
(`check._read_red_flags`). Never a rules alarm (the rules have spoken before the head is asked), never a message
with a clear sign of danger of its own (`clear_danger`: not breathing, a seizure, a rash that does not fade, chest
pain, blood that will not stop, pills or a chemical swallowed, words of despair or self-harm ...), and the self-harm
readers and the conversation's context still read an overruled message afterwards. Its bar is chosen on the
validation split so that no validation emergency (single messages, conversation turns, meaning6's indirect
self-harm) is overruled; `meta` records the counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.conversation_state import self_harm_cue
from medassist.model.safety.text import normalise

HEAD_PATH = paths.MODEL_ASSETS_DIR / "mildness_head.npz"
FEATURES = "minilm-unit/mildness-v1"  # bump when the features change: an old head is refused


# A clear sign of danger, named in the message itself: with one, the head's emergency stands however mild the voice
# ("lol" beside "throat feels tight"). Narrower than the head's danger cues on purpose: "swollen", "fainted",
# "threw up" and "38.2" are in most everyday mild messages, and are exactly what the reader must weigh.
CLEAR_DANGER = re.compile(r"\b(?:" + "|".join((
    # breathing, colour, consciousness
    r"not breathing|stopped breathing|can'?t (?:\w+ )?breathe?|cant (?:\w+ )?breathe?|struggling to breathe"
    r"|short of breath|breathless|gasping|wheez\w*|sucking in|blue (?:lips|face)|lips? (?:look |are |gone )?(?:\w+ )?blue"
    r"|grey and|gray and|clammy|unconscious|unresponsive|not responding|won'?t wake|can'?t wake|not waking"
    r"|(?<!nearly )(?<!almost )(?:passed out|collapsed)|floppy|limp|drowsy|confused|not making sense"
    r"|catch (?:my|his|her|their) breath|breathing through a straw|smoke|soot|fire",
    # seizures, strokes, the heart
    r"seiz\w*|fitting|convuls\w*|droop\w*|one side|slurr\w*|talkin[g']? funny|can'?t (?:lift|move|speak|talk|feel)"
    r"|chest (?:pain|feels tight|tight\w*|pressure|hurt\w*)|crushing|(?:left|right) arm and|into (?:my|his|her) (?:left )?arm"
    r"|face (?:is |looks |gone )?(?:not straight|crooked|wonky|lopsided)|can'?t (?:say|find) (?:\w+ )?words",
    # rashes, necks, light; allergy
    r"doesn'?t fade|does not fade|won'?t fade|not fading|purple rash|stiff neck|neck (?:is )?stiff|light hurts"
    r"|throat (?:feels |is |gone )?(?:tight|clos\w*|swell\w*)|(?:lips?|tongue) (?:n |and |are |is )?(?:\w+ )?swell\w*"
    r"|epi ?pens?|bruise[- ]?like|red (?:lines|streaks)|high (?:fever|temp\w*)|shaking chills|rigors",
    # blood
    r"won'?t stop bleeding|wont stop bleeding|not stopping|spurting|gushing|pouring|soaked|lots? of blood|loads of blood"
    r"|(?:vomit\w*|threw up|throwing up|coughing up|coughed up|spitting up|puking) (?:\w+ )?blood|coffee ground\w*"
    r"|black (?:poo|poop|stools?)|tarry|a lot of blood|wont stop|won'?t stop|stabbed|stab wound|(?:got|been) shot"
    r"|(?:bleeding|blood) everywhere",
    # self-harm, an overdose, poison
    r"suicid\w*|kill (?:my|him|her)sel\w*|end it|want to die|wanna die|not be here|cut (?:myself|deeper|my (?:arm|wrist|thigh)s?)"
    r"|self ?harm\w*|(?:never|not|don'?t want to) wake up|sleep forever|not be around|hurt(?:ing)? myself|punch\w* (?:walls?|myself)"
    r"|overdos\w*|took (?:like |about |around )?(?:\d+|ten|twenty|thirty|fifty|a (?:packet|box|bottle)|all)"
    r"|(?:ate|swallowed|drank|drunk|got into|chewed|licked)\b.{0,30}\b(?:pills|tablets|capsules?|meds|medicine|bleach"
    r"|detergent|dishwasher|washing (?:liquid|powder|pod)|pods?|chemicals?|batter\w*|magnets?|anti ?freeze|pesticide|weed ?killer)"
    r"|poison\w*",
    # a baby, a pregnancy, a head injury
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight) (?:weeks?|wks?|days?) old|newborn|haven'?t felt (?:the )?baby"
    r"|not (?:felt|feeling) (?:the )?baby|baby (?:hasn'?t|has not|isn'?t|not) mov\w*|waters? (?:broke|broken)"
    r"|hit (?:his|her|my|their) head and|asking what day|doesn'?t know where|don'?t know where i am"
    # early pregnancy with pain or bleeding, a fever after a birth (not a pregnant woman's leg cramps)
    r"|pregnan\w*\b(?:(?!\b(?:leg|legs|calf|foot|feet)\b).){0,40}\b(?:bleed\w*|spotting|cramp\w*)"
    r"|(?:\d+|[a-z]+ty) (?:weeks?|wks?)\b.{0,80}\b(?:bleed\w*|spotting|gush\w*)|bump\b.{0,40}\b(?:hard|bleed\w*)"
    r"|won'?t ease|not easing|isn'?t easing"
    r"|(?:given|gave) birth|postpartum|after (?:the|my) (?:birth|c-?section)",
)) + r")")


def clear_danger(text: str) -> bool:
    """The message names a clear sign of danger (CLEAR_DANGER) or a word of despair or of a plan
    (`conversation_state.self_harm_cue`): the reader never overrules it."""
    return bool(CLEAR_DANGER.search(normalise(text))) or self_harm_cue(text)


@dataclass(frozen=True)
class MildnessHead:
    """P(everyday mild) = sigmoid(w . unit(embedding) + b); the head's emergency is overruled at `bar` or above."""

    w: np.ndarray  # (384,)
    b: float
    bar: float
    embedder: str  # the embedder it was fitted on; another one's vectors mean nothing to it

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        v = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        return 1.0 / (1.0 + np.exp(-np.clip(v @ self.w + np.float32(self.b), -40, 40)))

    def save(self, path: Path, meta: dict) -> None:
        from medassist.io import atomic_path

        with atomic_path(path) as tmp, open(tmp, "wb") as f:
            np.savez(f, w=self.w.astype(np.float16), b=np.float32(self.b), bar=np.float32(self.bar),
                     embedder=np.array(self.embedder), features=np.array(FEATURES),
                     meta=np.array(json.dumps(meta, sort_keys=True)))


@cache
def load_head(path: Path = HEAD_PATH) -> MildnessHead | None:
    """The shipped reader, or None when there is none or it was fitted on other features (then nothing is overruled)."""
    if not Path(path).is_file():
        return None
    with np.load(path, allow_pickle=False) as z:
        if str(z["features"]) != FEATURES:
            return None
        return MildnessHead(z["w"].astype(np.float32), float(z["b"]), float(z["bar"]), str(z["embedder"]))


def overrules(text: str, detector, head: MildnessHead | None = None) -> bool:
    """The head's emergency on single message `text` is overruled: it reads as everyday mild at the bar and names no
    clear danger. Not the head's category: it names self-harm or an overdose for a jammed finger or a hangover, so
    self-harm is kept by the cues (`clear_danger`), by the bar (chosen above meaning6's indirect self-harm), and by
    the self-harm readers, which still read an overruled message. `detector` is the check's (its embedding of `text`
    is already cached); without one, or without a shipped reader, nothing is overruled."""
    head = head or load_head()
    if head is None or detector is None or clear_danger(text):
        return False
    from medassist.model.retrieval.embedder import embedder_name

    if embedder_name(detector.embedder) != head.embedder:
        return False
    return bool(head.scores(detector.embed([text]))[0] >= head.bar)
