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
from medassist.model.safety.triage import _negated


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern})\b")


_WHOSE = r"(?:my|his|her|their|your|the|a|our)"
_CANT = r"(?:can't|can not|couldn't|unable to|won't|isn't able to)"

# How bad, how sudden, what does not stop or gets worse, and what is seen in the person or in their breathing: the signs
# that say the trouble is acute whoever has it (the parts after these name who is at risk and what happened).
_SIGNS = (
    # how bad
    r"worst(?! (?:day|week|hangover))|severe\w*|agony|agonising|agonizing|unbearable|excruciating|crushing|splitting|like a bang|thunderclap"
    r"|like (?:someone|somebody|an elephant|a weight|a brick) (?:is )?(?:sitting|standing|pressing|on)"
    # how sudden, and what does not stop or spreads
    r"|sudden\w*|out of nowhere|all of a sudden|out of the blue|came on (?:like|fast|quick\w*|in)"
    r"|won't (?:stop|slow|settle|relax|go down|fade|wake|come round|respond|feed|answer)"
    r"|won't go(?! (?:in|near|back|on|out))|not (?:stopping|slowing|fading)|doesn't fade|don't fade|isn't fading|non stop (?:bleeding|fitting|shaking)"
    r"|can't stop (?:the )?(?:bleeding|shaking|fitting|vomiting|being sick|throwing up|coughing)"
    r"|getting worse|worse and worse|more and more|spreading|keeps? (?:being sick|vomiting|throwing up|passing out)"
    r"|(?:\d+|two|three|four|five) times (?:now|already|in)"
    # what is seen in the person
    r"|blue|bluish|blueish|grey|gray|greyish|pale|clammy|mottled|blotchy|funny colou?r|sweat\w*|purple (?:spots?|rash"
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
    r"|stab\w*|shot|hit by|crash\w*|can see (?:\w+ )?(?:bone|fat|white)|half off|not moving"
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
    r"|kill(?!ing me|ed me)\w*|suicid\w*|die(?! of)|dying(?! (?:to|for|of))|end (?:it|my life|things)|finish my life|goodbye|note|rope|belt around|bridge"
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
    r"|(?:3[89]|4[0-2])(?:\.\d)?|high (?:fever|temp\w*)|burning up|boiling|stiff neck|neck (?:is )?stiff"
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
