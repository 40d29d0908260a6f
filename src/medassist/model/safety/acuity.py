"""Acuity: whether a message says how bad, how sudden or how dangerous its trouble is (GitHub issue 21, twelfth
round).

The learned head reads what a message is about: "my chest feels tight after that cold, just annoying" and "tight
chest like someone sitting on it and i feel sick" are both about a chest. Its emergency bar is low (0.157) so that
an emergency told in an everyday voice is caught, and everyday mild messages cleared it by their body words alone
(14-25% of each round's fresh everyday set). What sets the understated emergencies apart is not their subject but
a sign of acuity: a severity ("worst", "crushing"), an onset ("out of nowhere"), something that will not stop or is
spreading, a sign seen in the person (blue, grey, clammy, floppy, muddled, droopy, not making sense), breathing
told by what it stops ("can't finish a sentence"), blood by its amount or where it comes from, an injury or a thing
swallowed, a plan, or a person at higher risk (a baby of weeks, a pregnancy, blood thinners, type 1, an allergy).
`check._read_red_flags` asks for one of these when the head alone would alarm on a message that opens a
conversation (or stands alone) below its settled bar.

The lexicon names signs, not body parts: "chest", "blood", "breath", "heart", "numb", "dizzy" and "sick" are the
words mild messages share with emergencies, so none counts alone. A cue that is denied ("no numbness", "not
drowsy") does not count.
"""

from __future__ import annotations

import re

from medassist.model.safety.text import normalise
from medassist.model.safety.text import words as _words
from medassist.model.safety.triage import _negated

_WHOSE = r"(?:my|his|her|their|your|the|a|our)"
_CANT = r"(?:can't|can not|couldn't|unable to|won't|isn't able to)"

# How bad, how sudden, what does not stop or gets worse, and what is seen in the person or in their breathing: the signs
# that say the trouble is acute whoever has it (the parts after these name who is at risk and what happened).
# A thing named by its colour, not a person's colour ("blue light glasses", "a blue badge", "a blue bin"): what
# follows "blue" when it is no sign (session 52, conv28; a neutral follow-up's "do blue light glasses actually do
# anything" was a sign of acuity and a risk cue that let the head's reading of the conversation alarm)
# Not the reliever inhaler ("the blue inhaler", "the blue one"): reaching for it again and again is how an asthma attack
# is told (the older blocks' "used my blue inhaler 10 times and its not helping" rests on it)
BLUE_THING = (r"(?! (?:light|lights|screen|screens|badge|tooth|ray|cheese|whale|sky|eyes|eyed|bin|cross|peter|monday|tit"
              r"|tits|bottle|bottles|pen|pens|car|shirt|top|dress|team|moon)\b)")
_SIGNS = (
    # how bad
    r"worst(?! (?:day|week|hangover))|severe\w*|agony|agonising|agonizing|unbearable|excruciating|crushing|splitting|like a bang|thunderclap"
    r"|like (?:someone|somebody|an elephant|a weight|a brick) (?:is |was |'s )?(?:sitting|standing|pressing|sat|stood|on)"
    # how sudden, and what does not stop or spreads
    r"|sudden\w*|out of nowhere|all of a sudden|out of the blue|came on (?:like|fast|quick\w*|in)"
    r"|won't (?:stop|slow|settle|relax|go down|fade|wake|come round|respond|feed|answer)"
    r"|won't go(?! (?:in|near|back|on|out))|not (?:stopping|slowing|fading)|doesn't fade|don't fade|isn't fading|non stop (?:bleeding|fitting|shaking)"
    r"|can't stop (?:the )?(?:bleeding|shaking|fitting|vomiting|being sick|throwing up|coughing)"
    r"|getting worse|worse and worse|more and more|spreading|keeps? (?:being sick|vomiting|throwing up|passing out)"
    r"|(?:\d+|two|three|four|five) times (?:now|already|in)"
    # what is seen in the person
    # (session 52, conv28: not the colour of a thing, "do blue light glasses actually do anything", "the blue inhaler")
    rf"|blue{BLUE_THING}|bluish|blueish|grey|gray|greyish|pale|clammy|mottled|blotchy|funny colou?r|sweat\w*|purple (?:spots?|rash"
    r"|blotch\w*|marks?)|unconscious|unresponsive|not responding|passed out|passing out|collaps\w*|faint\w*"
    r"|(?:can't|won't|hard to|not|isn't) (?:\w+ )?wak\w*|(?<!grow )(?<!grew )(?<!grown )(?<!growing )(?<!snap )(?<!snapped )out of it|(?:not|isn't|isnt|wasn't|aren't) (?:making (?:any )?sense|herself|himself|themselves)"
    r"|confus\w*|muddled|drowsy|floppy|limp|sleepy|dozing|slurr\w*|droop\w*|lopsided|wonky|one side|sided"
    r"|(?:talking|speaking|words?) (?:\w+ )?(?:funny|strange|weird|wrong|nonsense|gibberish|coming out wrong)"
    r"|nonsense|what day it is|what day|acting drunk|pupils?|bulging|high pitched|no wet nappy|dry nappies"
    rf"|{_CANT} (?:\w+ )?(?:lift|move|feel (?:his|her|my|their) \w+|talk|speak|see|stand|walk|swallow|hold|breathe"
    r"|catch (?:my|his|her|their) breath|lie flat|get a (?:full )?sentence|finish a sentence|say|keep (?:\w+ )?down)"
    r"|struggling to breathe|hard to breathe|gasp\w*|sucking in|pulling in|whistling|crowing|grunting|few words"
    r"|(?:two|2|three|3) words|can only (?:get|say|speak|talk|manage)|tiny breaths|breathing (?:really |very |so )?(?:fast|heavy|noisy|shallow|slow|weird|funny|loud|strange)"
    r"|throat (?:\w+ )?(?:tight\w*|clos\w*|swell\w*|weird)|tongue (?:\w+ )?(?:thick|swell\w*)"
    r"|(?:lips?|eyes|face) (?:\w+ )?(?:swell\w*|tingl\w*|puff\w*)|swelling up|hives|stridor"
    # thirteenth round: breathing or speech given out, a choking child gone silent, a mind gone vacant
    r"|struggling to (?:talk|speak|breathe|stay awake|swallow|get (?:his|her|their|my) words out)|couple of words"
    r"|(?:can't|cannot|can not|couldn't) make (?:a|any) (?:sound|noise)|working (?:\w+ )?hard to breathe"
    r"|(?:not|isn't|isnt) (?:really )?with it|talking (?:rubbish|gibberish)|gibberish|vacant|seeing things"
    r"|(?:can't|cannot) (?:rouse|keep (?:\w+ )?awake)|hard to (?:wake|rouse)|(?:still )?(?:hasn't|has not|not) woken"
)
ACUITY = _words(
    _SIGNS +
    # blood by its amount or its source
    r"|pouring|gushing|spurting|squirting|soaked|soaking|filling (?:pads?|the toilet)|filled the toilet"
    r"|(?:lots|loads|a lot|so much|very much|quite a lot|many|a load) of (?:blood|clots)|blood is many"
    r"|(?:cough\w*|vomit\w*|throw\w* up|threw up|puk\w*|spit\w*|being sick|sick) (?:up )?(?:\w+ ){0,3}blood\w*"
    r"|blood in (?:\w+ )?(?:vomit|sick|poo|stools?|wee|pee|urine)|black (?:poo|poop|stools?)|tarry|like tar"
    r"|coffee grounds?|bright red|passing blood|back passage"
    # an injury, a thing swallowed or drunk
    rf"|(?:hit|banged|bashed|smash\w*|knocked) {_WHOSE} head|head injury|fell (?:off|down|from)|knocked (?:off|out)"
    r"|stab\w*|(?<!vitamin k )(?<!flu )(?<!covid )(?<!tetanus )(?<!booster )(?<!b12 )(?<!allergy )shot|hit by|crash\w*|can see (?:\w+ )?(?:bone|fat|white)|half off|not moving"
    r"|deep (?:cut|wound|gash|one)|(?:is|looks|it's|very|really|quite|too) deep"
    rf"|took (?:like |about |around |maybe )?(?:\d+|ten|twenty|all|a whole|the whole|loads|a load|too many)"
    r"|too many (?:tablets|pills|meds|things)|swallowed|drank (?:some|a|the|nearly|from|what)|a load of|most of|some of (?:my|his|her|the) (?:\w+ )?(?:tablets|pills|meds)|twice by mistake"
    r"|got (?:hold of|into) (?:my|the|his|her)|missing|overdos\w*|battery|batteries|bleach|antifreeze|methadone"
    r"|dishwasher tablet|detergent|weed killer|(?<!food )poison\w*"
    # a burn by its size or depth, fumes that make several people ill at once
    r"|chip pan|boiling (?:water|oil|fat)|leathery|charred|skin (?:is )?(?:\w+ )?(?:white|peeling off|coming off|hanging)"
    r"|(?:big|large|huge) (?:area|burns?)|all over (?:my|his|her|their) (?:chest|face|back|arms|legs|body)"
    r"|yellow flame|carbon monoxide|fumes|gas (?:leak|smell|heater|fire|hob)|(?:all|both) (?:\w+ )?of us"
    r"|so (?:have|has|do|does) (?:i|we|my \w+)"
    r"|whole (?:family|house\w*)|every(?:one|body) (?:in the house|at home|here)|since (?:we|i) (?:put|turned|switched|lit) (?:the )?(?:heating|heater|boiler|fire|stove|generator)"
    # a plan
    r"|kill(?!ing me|ed me)\w*|suicid\w*|die(?! of)|dying(?! (?:to|for|of))|end (?:it|my life|things)|finish my life|goodbyes?|note|rope|belt around|bridge"
    r"|(?:gonna|going to|gna|will|wanna|want to|about to|finna|i'll|i'm) (?:\w+ )?[o0]d(?:ing|in)?\b"  # "gonna OD tonight"
    r"|roof|ledge|tonight's the night|doing it tonight|lined up|better for everyone|not be here|not here anymore"
    r"|went (?:too|to) far|cut (?:\w+ )?(?:deeper|too deep|really bad)|sorted my stuff|given (?:the|my) \w+ to"
    # a person at higher risk
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|wks?) old|newborn"
    r"|(?:[1-3]|one|two|three) months? old|[1-3] month|pregnan\w*|\d+ weeks(?! ago)|waters? (?:went|broke|gone)"
    r"|cord|baby (?:hasn't|has not|isn't|hasnt) (?:\w+ )?(?:moved|moving|kick\w*)|blood thinners?|warfarin"
    r"|clopidogrel|apixaban|rivaroxaban|after (?:my|his|her|the) (?:op|surgery|operation)|c section|caesarean"
    r"|on the pill|type 1|diabetic|insulin|ketones?|sugar (?:is |of |was )?[0-3](?:\.\d)?|epilep\w*|allergic|allergy"
    r"|epi ?pen|anaphyla\w*|copd|inhaler"
    # fever with its danger signs, a fit
    # (a temperature, not a count of years, people or things: "after 40 odd years", "in her 40s", "38 weeks"; session 49)
    r"|(?:3[89]|4[0-2])(?:\.\d)?(?! ?(?:odd |or so |plus |ish )?(?:years?|yrs?|y o|yo|decades?|weeks?|wks?|months?|mins?|minutes?"
    r"|hours?|hrs?|days?|kg|kgs|kilos?|lbs?|pounds|stone|mg|ml|cm|mm|miles|km|percent|people|times|quid|tablets|pills)\b)"
    r"|high (?:fever|temp\w*)|burning up|boiling|stiff neck|neck (?:is )?stiff"
    r"|light (?:is )?hurt\w*|hates the light|seiz\w*|fit|fits|fitting|convuls\w*|eyes (?:are )?rolling|foam\w*"
    r"|shaking (?:all|on the floor)"
    # pain that travels as a heart's does
    rf"|(?:going|spreading|goes|radiat\w*|down|into) (?:in)?(?:to )?{_WHOSE} (?:left )?(?:arm|jaw|shoulders?|back)"
    r"|left arm|between (?:\w+ )?shoulders")


ACUTE_SIGN = _words(_SIGNS)


def acute(text: str) -> bool:
    """The message carries a sign of acuity (ACUITY) that it does not deny."""
    t = normalise(text)
    return any(not _negated(t, m.start()) for m in ACUITY.finditer(t))


def acute_sign(text: str) -> bool:
    """The message carries a sign that its trouble is acute (how bad, how sudden, getting worse, what is seen in the
    person or their breathing), not denied: what a follow-up adds when it tells an emergency going on ("its getting
    worse", "she still won't wake", "now he's clammy"). Not who is at risk ("she's 10 weeks", "he's diabetic") nor
    what happened ("she fell"): a neutral follow-up tells those (thirteenth round)."""
    t = normalise(text)
    return any(not _negated(t, m.start()) for m in ACUTE_SIGN.finditer(t))


# Session 47 (msg23): a child's fever told with the child well ("my 10 month old has a fever of 38 and is teething, still
# eating and playing"), and a sting or bite told by its local reaction alone ("stung by a wasp, it's red and itchy around
# the sting"). The head reads their subject (an infant's fever, a sting) at 0.64-0.90, above its settled bar, and a
# temperature of 38 is a sign of acuity above. What the writer sees in the person is what tells them apart: eating,
# feeding and playing as usual, or a reaction only where the sting is. Each is read only with nothing else beside it:
# no baby under three months, no temperature of 39 or more, no sign of acuity, no rash, vomiting, breathing trouble or
# days of fever; no allergy, no reaction beyond the site, no sting in the mouth or the throat, no swarm.
_TEMPERATURE = re.compile(r"\b(?:3[5-9]|4[0-3]|9\d|1[01]\d)(?:\.\d+)?\b")
_FEVER = re.compile(r"\b(?:fever\w*|temp|temps|temperature|warm|hot|feverish|high ?ish|running a (?:bit of a )?temp)\b")
_WELL_CHILD = re.compile(
    r"\b(?:eating|feeding|drinking|playing|smiling|giggling|laughing|babbling|crawling|chatty|chatting|running around"
    r"|bouncing around|watching (?:tv|telly|cartoons)|happy|herself|himself|his usual self|her usual self|normal self)\b")
_ILL_BESIDE = re.compile(
    r"\b(?:rash\w*|spots?|blotch\w*|vomit\w*|sick|throwing up|threw up|breath\w*|wheez\w*|grunt\w*|lethargic|listless"
    r"|floppy|drowsy|sleepy|letharg\w*|won't|wont|isn't|isnt|not (?:eating|feeding|drinking|playing|herself|himself|right)"
    r"|off (?:his|her|their) (?:food|feeds?|milk)|refus\w*|crying (?:non ?stop|constantly|all)|inconsolable|days|week"
    r"|shiver\w*|rigou?rs|mottled|cold (?:hands|feet)|dehydrat\w*|nappy|nappies|diaper\w*|neck|headache|light|seiz\w*"
    r"|fit|fits|fitting|febrile|convuls\w*|jerk\w*|limp\w*|screaming|high pitched|swollen|swelling|bulging|fontanel\w*)\b")
_YOUNG_INFANT = re.compile(
    r"\b(?:newborn|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|wks?) old"
    r"|(?:[0-2]|one|two)(?:\.\d)? (?:months?|mths?|mo) old|[0-2] ?(?:m|mo|mth)o?\b|premature|prem\b)\b")


def fever_in_a_well_child(text: str) -> bool:
    """A fever under 39 (or 102) told with the person eating, feeding or playing as usual, and nothing else beside it
    (see above)."""
    t = normalise(text)
    if not _FEVER.search(t) or _YOUNG_INFANT.search(t) or _ILL_BESIDE.search(t):
        return False
    if any(float(m.group()) >= (102 if float(m.group()) > 50 else 39) for m in _TEMPERATURE.finditer(t)):
        return False
    if not any(not _negated(t, m.start()) for m in _WELL_CHILD.finditer(t)):
        return False
    # the temperature read as a sign of acuity above is the one told: nothing else may be acute
    return not acute(_TEMPERATURE.sub(" ", t))


_STUNG = re.compile(
    r"\b(?:stung|sting|stings|stinging|bitten|bite|bites|bit)\b(?=.*\b(?:wasp|bee|bumble ?bee|hornet|mosquito|mozzie|midge"
    r"|horse ?fly|gnat|ant|ants|nettles?|flea|fleas|bed ?bugs?|spider|insect|bug|something)s?\b)"
    r"|\b(?:wasp|bee|hornet|mosquito|mozzie|midge|horse ?fly|gnat|insect|bug|spider)s? (?:sting|bite)s?\b")
_LOCAL = re.compile(r"\b(?:red|redness|itchy|itch|itches|itching|puffy|swollen|swelling|sore|raised|lump|bump|welt|hot"
                    r"|warm|tender|stings|stinging|hurts|painful)\b")
_BEYOND_THE_SITE = re.compile(
    r"\b(?:allerg\w*|anaphyla\w*|epi ?pen|hives|all over|everywhere|spread\w*|face|lips?|tongue|mouth|throat|eyes?"
    r"|neck|breath\w*|wheez\w*|cough\w*|chest|dizz\w*|faint\w*|sick|vomit\w*|swarm|nest|several|multiple|loads|lots|many"
    r"|dozens?|\d+ times|tick|snake|adder|dog|cat|fever\w*|temp\w*|red line|streak\w*|pus|infect\w*|days|week)\b")


def local_reaction_only(text: str) -> bool:
    """An insect sting or bite told by a reaction only where it is (red, itchy, puffy, sore) and nothing beyond it (see
    above)."""
    t = normalise(text)
    return bool(_STUNG.search(t) and _LOCAL.search(t)) and not _BEYOND_THE_SITE.search(t) and not acute(t)
