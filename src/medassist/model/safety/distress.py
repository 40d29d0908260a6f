"""Hopelessness that is not (yet) an emergency: "i feel like there's no point anymore".

Such a message carries no plan, means or time, so triage answers it normally; but the person should
meet a crisis line in the reply, not only whatever the NIH pages say. `distressed` finds the
phrasings of hopelessness and of not wanting to be alive; check_input then adds DISTRESS_NOTICE
(category `distress`). A plan or intent ("tonight is when i end it") is triage's: an emergency.
Read on the de-obfuscated text, like triage.
"""

from __future__ import annotations

import re

from medassist.model.safety.frames import PET_OR_STUDY, without_study_reason
from medassist.model.safety.text import normalise

_PATTERNS = [
    r"\bno point (?:anymore|any ?more|in (?:living|life|anything|going on|trying|being here))\b",
    # "there's no point asking my gp" / "no point in taking antibiotics": about something else
    r"\bthere'?s no point\b(?! (?:in |to )?(?:ask|worr|go|buy|wait|tak|us|get|see|call|pay|bother))",
    r"\bwhat'?s the point (?:of|in) (?:living|life|anything|going on|being alive|trying)\b",
    r"\b(?:can'?t|cannot|can not) (?:go on|keep going|do this any ?more|take (?:it|this) any ?more)\b",
    r"\b(?:feel|feeling|i'?m|im|i am) (?:so |completely |totally )?(?:hopeless|worthless)\b",
    r"\b(?:want|wanna|wish i could) (?:to )?(?:disappear|not wake up|not exist|stop existing|be gone)\b",
    r"\bdon'?t want to (?:be here|wake up|exist|be alive|live) ?(?:any ?more)?\b",
    # "nobody would even notice if i ...", "no one would really care" (sixth round, end to end)
    r"\b(?:better off without me|(?:nobody|no one|noone) would (?:\w+ )?(?:care|miss me|notice))\b",
    r"\b(?:tired|sick) of (?:living|life|being alive)\b",
    # asked, not said (session 47, the lead's probes: "is there any point in living like this", "is life even worth
    # living" got an ordinary answer with no crisis line)
    r"\b(?:is|was) there (?:even |really )?(?:any |a )?point (?:in|to|of) (?:living|life|going on|carrying on|being"
    r" (?:alive|here)|any of (?:this|it)|me being here)\b(?! (?:with|insurance|cover|expectancy)\b)",
    r"\b(?:is|was) (?:my )?life (?:even |really |still )?worth (?:living|it)\b",
    r"\bwhy (?:should|would|do) i (?:even )?(?:bother )?(?:keep going|carry on|go on|stay alive|keep living)\b",
    # session 48 (msg24): "nothing matters" said alone is hopelessness with no plan, means or time (the lead's probe got
    # the emergency reply from the self-harm reader by meaning); not "nothing matters more than my kids"
    r"\bnothing (?:really |even |much )?matters\b(?! (?:more|as much|so much|except|but|apart|to me (?:more|as|except|but)))",
    r"\bno (?:reason|point) (?:to|in) (?:carry(?:ing)? on|keep(?:ing)? going)\b(?! with)",
    # a wish to die said with a laugh or about an exam ("wanna die lol this exam", "i want to die sia"): triage reads the
    # joke's frame and answers it, and the crisis line still goes with the answer (safety first, no emergency reply)
    # (a wish, not "my phone is going to die")
    r"\b(?:want|wanna|wanted|wants|wish i could|wish i would) (?:to )?(?:just )?die\b(?! (?:of|from) (?:embarrassment|shame|cringe|boredom"
    r"|laughter|laughing|happiness|jealousy))",
]
_DISTRESS = re.compile("|".join(_PATTERNS), re.IGNORECASE)


def distressed(text: str) -> bool:
    return _DISTRESS.search(text) is not None


# Session 48, the lead's probes: a question about the amount of a medicine that kills, asked with no purpose of one's own
# ("whats the lethal dose of amitriptyline"), got an ordinary answer with no crisis line. Asked for oneself or as the
# way to die it is an emergency (`self_harm_cues.LETHAL_ASK`); asked plainly it stays a fact question, answered with
# the crisis line and poison help beside it (`messages.LETHAL_AMOUNT_NOTICE`): the answer itself gives no lethal
# threshold (the output check's self-harm rules). A pet's, a study's or a story's question is theirs.
_LETHAL_AMOUNT = re.compile(
    r"\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|level|quantity|limit)s?\b"
    r"|\bhow (?:many|much)\b.*\b(?:would|will|could|can|does it take to|do you need to) (?:\w+ )?(?:kill|be fatal|be lethal)\b"
    r"|\bhow (?:many|much)\b.*\bto (?:overdose|od)\b", re.IGNORECASE)
_NOT_ONESELF = re.compile(rf"\b(?:{PET_OR_STUDY}|dogs|cats|bird|parrot|novel|story|book|film|movie|game|character"
                          r"|villain)\b", re.IGNORECASE)


def asks_a_lethal_amount(text: str) -> bool:
    # (session 49: a study given as the reason, "its for my pharmacology essay", keeps the crisis line beside the answer:
    # a question asked for study is answered, and the notice costs a student nothing; a pet's or a story's is theirs)
    return _LETHAL_AMOUNT.search(text) is not None and _NOT_ONESELF.search(without_study_reason(normalise(text))) is None
