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


# conv23: "dead" as "very" before a word of how good or bad something is ("his sleep is dead awful", "dead tired", "dead
# easy"): no death, no trouble of its own (the head read a night-shift worker's poor sleep as cardiac, 0.68)
_DEAD_AS_VERY = re.compile(r"\bdead (?=(?:awful|tired|good|bad|easy|hard|boring|funny|slow|quiet|busy|serious|lucky|sure"
                           r"|nice|chuffed|keen|excited|rough|knackered|beat|jealous|proud|posh|expensive|cheap|handy"
                           r"|simple|strict|loud|annoying|common|normal|rubbish|poor|late|early)\b)")


def tells_trouble(text: str) -> bool:
    """The message names a symptom, a sign, an injury, a thing swallowed, a danger, despair or a plan, or asks for help
    (any of the cue lists), or its words are disguised or another language's (the head's to read). False for a
    message that tells only who someone is, how they live, where, or what is in their house."""
    from medassist.model.safety import other_languages

    if DISGUISED.search(text) or other_languages.foreign(text):
        return True
    # (a sign told as over, "my fever went down", is no trouble of its own: `conv.ENDED`)
    t = conv.ENDED.sub(" ", _DEAD_AS_VERY.sub("", normalise(text)))
    return bool(SYMPTOM.search(t) or GRAVE_CUE.search(t) or MILD_CUE.search(t) or conv.RISK.search(t)
                or conv.self_harm_cue(text)) or acute(text)


# conv23 (the lead's probe: "my 10 month old has a fever of 38 and is teething, still eating and playing" alarmed as a
# child's emergency, 0.78): a child of six months or more (a margin past NICE's red flag for any fever, under three
# months, `triage._INFANT_AGE`; NICE's amber for three to six months is 39 C) with a temperature below 39 C (102.2 F),
# teething or a cold beside it and nothing else wrong, is a mild fever. Its age, its temperature and teething are taken
# out, and what is left must tell no trouble at all. (Its twin for a first message, `acuity.fever_in_a_well_child`,
# reads the child by how they are, eating or playing; both are asked in `check._head_alarm_answered`.)
_CHILD_AGE = re.compile(r"\b(?:(?:[6-9]|1\d|2[0-3]) (?:months?|mnths?|mths?|mos?)(?: old)?|(?:[1-9]|1[0-2]) (?:years?|yrs?)"
                        r"(?: old)?|(?:six|seven|eight|nine|ten|eleven) months?(?: old)?"
                        r"|(?:one|two|three|four|five|six) years?(?: old)?"
                        r"|toddler|preschooler)\b")
_LOW_FEVER = re.compile(r"\b(?:(?:a |slight |low |low grade |mild )*(?:fever|temp|temperature)(?: of| is| was|'s| at| around"
                        r"| about)*(?: a)? )?(?:3[78](?:[.,]\d{1,2})?|99(?:[.,]\d)?|10[01](?:[.,]\d)?|102(?:[.,][0-2])?)"
                        r"(?: ?(?:c|f|degrees?|deg|celsius|fahrenheit))?\b|\b(?:a |slight |low |low grade |mild )*"
                        r"(?:fever|temp|temperature)\b")
_HIGH = re.compile(r"\b(?:39|4[0-2]|10[3-9])(?:[.,]\d)?\b")
_MILD_COMPANY = re.compile(r"\b(?:teething|cutting (?:\w+ ){0,2}?teeth|teeth (?:coming|through)|molars?|(?:a |bit of a )?"
                           r"(?:cold|runny nose|snotty nose|snuffles|sniffles|stuffy nose)|calpol|nurofen|paracetamol"
                           r"|ibuprofen|tylenol|motrin)\b")


def mild_fever_only(text: str) -> bool:
    """A child of six months or more (by age, or "toddler") with a temperature below 39 C and nothing else wrong told: no
    other symptom, sign, acuity, despair or plan once the age, the temperature and teething or a cold are taken out."""
    t = normalise(text)
    if not _CHILD_AGE.search(t) or not _LOW_FEVER.search(t) or _HIGH.search(t):
        return False
    rest = _MILD_COMPANY.sub(" ", _LOW_FEVER.sub(" ", _CHILD_AGE.sub(" ", t)))
    return not (tells_trouble(rest) or acute(rest))
