"""Whether a message tells any trouble at all: a symptom, a risk or a sign (GitHub issue 21, session 43).

The learned head reads what a message is about, and some subjects sit close to emergencies in its space however
little the message says: an older person living alone ("my da is 78 and lives on his own up in the highlands" ->
a stroke, 0.79), a thing in the house ("theres black mould in the bathroom, landlord says its harmless" -> breathing,
0.70), a toddler's habits ("still refuses to poo on the potty" -> a child's emergency, 0.94). Above its settled bar
the acuity gate (`acuity.py`) let such alarms through. An emergency told in words is told by what is wrong: a
symptom, something seen in the person, an injury, a thing swallowed, a plan, despair, a danger in the air. A message
that names none of these tells no emergency of its own, whatever it is about, and the head's reading of its subject
alone is not enough (`check._head_alarm_answered`).

The lexicon is wide on purpose (one plain symptom word is enough, "sick", "sore", "lump", "unwell", and every cue the
other gates use: `acuity.ACUITY`, `learned.GRAVE_CUE` and `MILD_CUE`, `conversation_state.RISK`, `DESPAIR`, `PLAN`);
what it leaves out are subjects: people, ages, places, houses, food, habits, body parts named with nothing wrong.
A disguised word ("w0nt wake") and another language are the head's to read (as in `learned.thin`).
"""

from __future__ import annotations

import re

from medassist.model.safety import conversation_state as conv
from medassist.model.safety.acuity import acute
from medassist.model.safety.learned import DISGUISED, GRAVE_CUE, MILD_CUE
from medassist.model.safety.text import normalise

# Plain symptoms and troubles the other cue lists leave out because they are mild: here one is enough.
SYMPTOM = re.compile(
    r"\b(?:unwell|ill|illness|poorly|symptoms?|sore\w*|lumps?|bumps?|bruis\w*|itch\w*|nause\w*|queasy|cramp\w*"
    r"|spasms?|tingl\w*|pins and needles|numbness|lethargic|listless|feverish|chills|shiver\w*|diarrh\w*"
    r"|constipat\w*|cuts?|gash\w*|grazed?|scald\w*|blister\w*|wound\w*|injur\w*|broke(?:n)?|fractur\w*|sprain\w*"
    r"|dislocat\w*|tripped|slipped|(?:fall|falls|falling)(?! asleep| pregnant| behind| in love| out with)|bang\w*|knock\w*|bitten|bite|bites|stung|stings?|wheez\w*"
    r"|cough\w*|spots?|blotch\w*|redness|palpitat\w*|flutter\w*|pounding|throbbing|thumping|racing|irregular"
    r"|not (?:himself|herself|themselves|myself|right|well|eating|drinking|feeding|moving|answering|responding)"
    r"|off (?:colou?r|his food|her food)|(?:hasn't|has not|haven't|hasnt|havent) (?:eaten|drunk|fed|peed|weed|moved)"
    r"|nappies|woozy|lightheaded|light headed|spinning|blurr\w*|double vision|deaf|ringing"
    r"|stiff\w*|ache\w*|aching|hurt\w*|pain\w*|agony|bleed\w*|blood\w*|swell\w*|swollen|vomit\w*|puk\w*|sick"
    r"|fever\w*|temp\w*|rash\w*|burn\w*|dizz\w*|faint\w*|weak\w*|breath\w*|chok\w*|gag\w*|chest|heart"
    r"|swallow\w*|drank|drunk|ate|eaten|ingest\w*|overdos\w*|pills?|tablets?|meds|medicine"
    r"|on the (?:floor|ground)|(?:won't|can't|cannot|couldn't) get up|gone (?:quiet|silent|still|cold|white|stiff)"
    r"|cold to (?:the )?touch|smoke|fumes?|gas|carbon monoxide|scared|frightened|panic\w*|help (?:me|us|him|her)"
    r"|need help|please help|send help|emergency|ambulance|999|911|112|a&e|the er|urgent\w*|asap|hurry"
    # what a function lost or a body does wrong, said in everyday words
    r"|(?:can't|cant|cannot|couldn't|unable to) (?:\w+ ){0,2}(?:raise|lift|move|feel|get|hold|stand|walk|talk|speak"
    r"|see|hear|breathe|swallow|wake|stay|keep|focus|remember|grip)|lost (?:the |my |his |her |their )?(?:sight|vision"
    r"|hearing|feeling|use|consciousness)|jumbled|garbled|tremors?|trembl\w*|twitch\w*|jerk\w*|unsteady|wobbl\w*|clos\w* up|air|shock\w*|dry"
    r"|(?:feel\w*|felt|look\w*|seem\w*) (?:\w+ )?(?:terrible|awful|horrible|dreadful|rough|like death|wrong)|cracked|(?:felt|feel|feeling) (?:\w+ ){0,2}(?:move|moving|kick\w*)|wet napp(?:y|ies)"
    # a medicine taken wrongly
    r"|by mistake|mistak\w*|accident\w*|instead of|wrong (?:dose|medicine|meds|tablets?|pills?)|double dose|extra dose)\b")


def tells_trouble(text: str) -> bool:
    """The message names a symptom, a sign, an injury, a thing swallowed, a danger, despair or a plan, or asks for help
    (any of the cue lists), or its words are disguised or another language's (the head's to read). False for a
    message that tells only who someone is, how they live, where, or what is in their house."""
    from medassist.model.safety import other_languages

    if DISGUISED.search(text) or other_languages.foreign(text):
        return True
    t = normalise(text)
    return bool(SYMPTOM.search(t) or GRAVE_CUE.search(t) or MILD_CUE.search(t) or conv.RISK.search(t)
                or conv.self_harm_cue(text)) or acute(text)
