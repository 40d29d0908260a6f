"""Requests for an individual prescription or dose. They still get general information, plus a
referral: a language model must not pick a medicine or a dose for a particular person."""

from __future__ import annotations

import re

from medassist.model.safety.prefilter import RuleList
from medassist.model.safety.text import normalise

_AGE = r"(?:a )?\d+ ?(?:year|yr|month|mth|week|wk|kg|lb|pound)s?(?: old)?"
_WHO = rf"(?:i|we|he|she|they|me|us|him|her|them|my (?:\w+ )?\w+|{_AGE})"
_MEASURE = (r"(?:\w+ )?(?:blood pressure|bp|cholesterol|stress|weight|risk|blood sugars?|sugars?|sugar levels?|heart rate"
            r"|bmi|temperature|temp|fever|anxiety|levels?)\b")
_GIVE = r"(?:take|give|have|use|inject|double|increase|up|raise|lower|stop|skip|mix|combine)"
# what "stop my ..." stops when it is no medicine (issue 21, eighth round: "how do i stop my panic attacks" got the
# dose notice)
_COMPLAINT = (r"(?:\w+ )?(?:panic attacks?|anxiety attacks?|headaches?|migraines?|nosebleeds?|nose bleeds?|snoring"
              r"|cravings?|hiccups|nightmares|hot flushes|hot flashes|night sweats|sweating|acne|spots|cough\w*"
              r"|itch\w*|heartburn|reflux|cramps?|hair (?:falling|loss)|nails? biting|teeth grinding)\b")

# "stop the kids catching nits", "stop my dog giving the kids fleas", "stop him from biting his nails": stopping someone
# doing something is prevention, not stopping a medicine (session 43). Not "stop my son taking his ritalin" (a
# medicine's own verbs) nor a word that only ends like one ("stop it during the holidays").
# Nor doing oneself or another harm ("stop my brother from killing himself" asks about a risk).
_PREVENTING = (r"(?: \w+(?:'s)?){1,3}? (?:from )?(?!taking\b|using\b|injecting\b|during\b|morning\b|evening\b"
               r"|\w*thing\b|bring\b|spring\b|string\b|killing\b|hurting\b|harming\b|cutting\b|ending\b"
               r"|overdosing\b|jumping\b|hanging\b|dying\b|starving\b|drowning\b)\w+ing\b")
# Keeping someone else from doing or catching something: "how do we stop the kids catching nits off each other",
# "keep the baby from rolling off" (not "stop me", "stop myself").
PREVENTION = re.compile(rf"\b(?:stop|stopping|prevent|preventing|keep|keeping)(?! (?:me|myself|i|us|ourselves)\b)"
                        rf"{_PREVENTING}")


def prevention_of_others(text: str) -> bool:
    """A question about keeping someone else (or something) from doing or catching something: prevention, neither a
    medicine stopped nor the writer's own risk (session 43)."""
    return bool(PREVENTION.search(normalise(text)))

# a medicine by name (the common endings of generic names) or by kind ("adol": tramadol, panadol; session 50)
_MEDICINE = (r"\w+(?:cillin|mycin|pril|olol|statin|pine|zole|line|pam|lam|done|ide|one|ine|ate|rin|xin|mab|tyline|oxetine"
             r"|adol|azepam|profen|amol|codamol|formin|triptan|tide)|antibiotics?|meds|medication|medicine|tablets?|pills?"
             r"|painkillers?|antidepressants?|steroids?|insulin|inhaler|sertraline|citalopram|lithium|warfarin"
             r"|the pill|my pill")

# One pattern per way of asking; all need a particular person (me, my son, a 2 year old).
DOSE_REQUEST = tuple(re.compile(p) for p in (
    rf"\bhow (?:much|many) (?:\w+ ){{0,5}}?(?:should|can|could|do|shall|must|may) {_WHO} (?:safely )?{_GIVE}\b",
    rf"\b(?:what|which) (?:dose|dosage|amount|strength|mg|milligrams) (?:\w+ ){{0,5}}?(?:should|can|do|shall|must|may) {_WHO}\b",
    rf"\b(?:can|should|could|may|is it (?:ok|okay|safe) (?:for|to|if)) {_WHO} (?:to )?{_GIVE} (?:\w+ ){{0,4}}?"
    r"(?:\d+|double|more|another|extra|two|three|higher|lower|mg|dose|doses|pills?|tablets?|with)\b",
    r"\b(?:prescribe|prescription for) (?:me|my|him|her|us|them)\b",
    r"\b(?:can|could|will|would) you (?:please )?(?:prescribe|write (?:me )?a prescription|give me a prescription)\b",
    # "my prescription" asks about the dose, not a pharmacy errand ("how do i order my prescription through the app",
    # "can my husband collect my prescription", "carry my prescription meds in hand luggage"; thirteenth round)
    r"\b(?<!order )(?<!collect )(?<!pick up )(?<!renew )(?<!refill )(?<!repeat )(?<!give me )(?<!carry )(?<!send )"
    r"(?:my|his|her|their|our) (?:dose|dosage|doses|prescription)\b(?! (?:meds|medicines|medication|tablets|pills)? ?"
    r"(?:in|through|from|online|on the app|at the|to the|delivered|ready)\b)",
    rf"\b(?:dose|dosage|doses|how much|how many|mg) (?:\w+ ){{0,5}}?for (?:me|my \w+|him|her|{_WHO})\b",
    r"\bwhat (?:medicine|medication|drug|antibiotic|pill|painkiller)s? (?:\w+ )?(?:should|can|do) (?:i|we|he|she|my \w+) (?:take|use|get|give)\b",
    r"\bi (?:weigh|am \d+|'m \d+)\b.*\b(?:dose|dosage|how much|how many|mg)\b",
    # Issue 12: the most someone may take ("max paracetamol i can have", "the most nurofen my 7 year
    # old can have"), a dose for an age ("piriton dose 2 yr old"), "how many tablets he can take",
    # and raising one's own dose ("should i go up to 100").
    rf"\b(?:max|maximum|most|highest|upper limit)\b(?: \w+){{0,5}}? {_WHO} (?:can|could|should|may|am allowed to"
    r"|is allowed to) (?:safely )?(?:take|have|give|use|eat)\b",
    rf"\b(?:max|maximum|highest) (?:\w+ ){{0,3}}?(?:for (?:me|my \w+|him|her|{_AGE})|i can)\b",
    rf"\b(?:dose|dosage)\b(?: of)?(?: \w+)?(?: for)? {_AGE}",
    rf"\bhow (?:much|many) (?:\w+ ){{0,5}}?{_WHO} (?:can|could|should|may) (?:safely )?{_GIVE}\b",
    rf"\b(?:should|could|can) {_WHO} (?:go|move) up to\b",
    # Issue 21: casual phrasing. A missed or late dose, doubling up, stopping or skipping early,
    # changing a prescribed dose, a child's dose by weight.
    r"\b(?:forgot|forgotten|forget|missed|miss|skipped|skip|late with|late taking|had) (?:\w+ ){0,3}?(?:my|his|her|their"
    r"|a|the|one|\d+|two|yesterday's|this morning's|last night's|tonight's|morning|evening)? ?(?:\w+ )?(?:dose|doses"
    r"|pill|pills|tablets?|meds|medication|medicine|insulin|injection|jab)\b.*\b(?:take|have|give|double|both|two|2"
    r"|now|later|tonight|tomorrow|today|wait|do i|what do|extra|catch up|up)\b",
    # eighth round: a medicine named, then "stop it?" ("mebeverine doesnt seem to do anything for my ibs, stop it?")
    r"\b(?:\w+(?:cillin|mycin|pril|olol|statin|pine|zole|line|pam|done|ide|one|ine|ate|rin|xin|mab)|tablets?|pills?"
    r"|meds|medication|medicine|inhaler|injections?|patch(?:es)?)\b.*\b(?:stop|quit|come off|ditch|drop|bin) (?:it|them"
    r"|taking (?:it|them)|the lot)\W*$",
    r"\b(?:take|taking|have|give) (?:\w+ ){0,2}?(?:two|2|both|double|extra|another|an extra|three|3|twice)\b.*\b(?:forgot"
    r"|missed|skipped|late|since i|cos i|coz i|because i)\b",
    r"\bdouble (?:up|dose|doses|my|his|her|it|the dose)\b|\bdouble up\b|\b(?:is )?double dose\b",
    # session 49, the lead's probe: a change of one's own dose told as meant, not asked ("dr said 1 tablet of
    # amlodipine but im thinking of doubling it": the head read it as an overdose). Only verbs that change a dose:
    # "thinking of taking all my ..." is no dose question
    r"\b(?:thinking (?:of|about)|thinkin (?:of|bout)|gonna|going to|want to|wanna|planning (?:on|to)|tempted to"
    r"|might) (?:just )?(?:double|doubling|halve|halving|up|upping|increase|increasing|lower|lowering|bump|bumping)"
    r" (?:it|them|my|his|her|the dose|the dosage)\b",
    rf"\b(?:can|should|could|do|may|is it (?:ok|okay|safe|fine) (?:for|to|if)|ok to|okay to) {_WHO}? ?(?:to )?(?:just )?"
    rf"(?:stop(?!{_PREVENTING})|quit|come off|skip|finish|halve|cut|switch|change|drop|lower|up|increase|restart|go off"
    r"|miss)"
    # "lower my": a dose, unless what is lowered is a measure, not a medicine ("how can i lower my cholesterol
    # naturally", "how do i lower my stress levels"; issue 21, sixth round)
    rf"(?: \w+){{0,4}}? (?:(?:my|his|her|their|the)(?! {_MEASURE}| {_COMPLAINT})|taking|these|them|it|dose|doses|tablets?|pills?|meds|medication"
    r"|antibiotics?|antidepressants?|course|steroids?|statins?|insulin|inhaler|\w+(?:cillin|mycin|pril|olol|statin"
    r"|pine|zole|line|pam|done|ide|one|ine|ate|in)\b)",
    r"\b(?:bump|push|put|raise|up|increase|go|take) (?:my|his|her|the|it) (?:\w+ ){0,2}?(?:up|down) to \d+",
    r"\b(?:need|have) to finish (?:the|my|his|her) (?:antibiotics?|course|tablets|pills)\b",
    r"\b(?:feel|feels|feeling) (?:fine|better|ok|okay|good)\b.*\b(?:stop|finish|quit|come off)\b",
    r"\b(?:stop|stopped|quit) (?:\w+ ){0,3}?(?:early|cold turkey)\b",
    r"\b(?:cut|halve|split) (?:\w+ ){0,2}?(?:pills?|tablets?|dose|it|them) (?:in half|in two|down)\b",
    r"\b(?:can|should|could|do|may) (?:i|he|she|we|they|my \w+) (?:\w+ ){0,2}?(?:take|have|give|taking) (?:\w+ ){0,3}?"
    r"(?:more often|less often|instead of|every other day|at night instead|with (?:\w+ ){0,3}?(?:food|drinks?|beers?"
    r"|wine|alcohol)|all (?:in )?(?:one go|at once|together)|close together|together)\b",
    r"\b(?:forgot|forgotten|missed|skipped) (?:to take |taking )?(?:my|his|her|their|a|the|yesterday's|this morning's"
    r"|last night's) (?:\w+ ){0,2}?\w+\b.*\b(?:take|have|give|double|both|two|2|now|later|tonight|tomorrow|today|wait"
    r"|extra|catch up)\b",
    r"\bcan (?:i|he|she|we) (?:just )?(?:stop|quit|come off)(?: it| them| taking (?:it|them))?$",
    r"\b(?:want|wanna|going|trying) to (?:come off|stop|quit) (?:my|his|her|the)\b",
    r"\b\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b.*\b(?:how much|how many|dose|ml|mg)\b",
    r"\b(?:late|missed|forgot|skipped)\b.*\bcan (?:i|he|she|we) (?:still )?(?:take|have|give)\b",
    r"\b(?:can|should|could) (?:i|he|she|we) (?:take|have|give) (?:\w+ )?\d+ ?(?:mg|mcg|ml|g|tablets?|pills?)\b",
    r"\b(?:instead of|rather than) (?:\d+|one|two|1|2)\b.*\b(?:take|have)\b|\bcan i (?:do|take|have) (?:\d+|three"
    r"|two)\b",
    r"\b(?:weighs?|weighing|is|he's|she's|im|i'm|i am) (?:about |around |only |nearly )?\d+(?:\.\d)? ?(?:kg|kgs|kilos?"
    r"|lbs?|pounds|stone)\b.*\b(?:how much|how many|dose|ml|mg|tablets?|can (?:he|she|i|they) (?:have|take))\b",
    r"\b(?:how much|how many|what dose|right amount)\b.*\b(?:for|of) (?:a |my |an )?(?:\d+ ?(?:kg|kgs|kilos?|lbs?)"
    r"|\d+ ?(?:month|year|yr|week)s? old|\d+ ?yo)\b",
    r"\b(?:how much|how many)\b.*\b\d+ ?(?:kg|kgs|kilos?|lbs?)\b",
    r"\b(?:can|should) (?:i|we) give (?:my|our|him|her|them|a) (?:\w+ ){0,3}?(?:\w+ )?(?:calpol|nurofen|paracetamol"
    r"|ibuprofen|piriton|medicine|tablet|half|a whole|some)\b",
    r"\b(?:can|could) (?:my|our) (?:\w+ ){0,3}?(?:have|take) (?:a|an|half|some|the|his|her)\b",
    r"\b(?:give|take|have) (?:him|her|them|me) (?:two|2|both|double|extra)\b",
    r"\b(?:take|have) (?:my|the) missed (?:dose|one|pill)\b|\bmissed (?:dose|a dose|one)\b",
    r"\b(?:can|could|should) i (?:take|have) (?:another|more|an extra|extra|two|2|3|three)\b",
    r"\b(?:more|extra) (?:\w+ )?(?:than|then) (?:the doctor|the dr|my doctor|prescribed|it says)\b",
    # Thirteenth round, casual phrasing: an own dose taken twice or too much ("used his pen twice this week by
    # mistake"), drink or a drug on top of one's medicine ("is it chill to smoke weed on sertraline"), coming off
    # one's medicine ("how do i come off my co-codamol")
    rf"\b(?:took|taken|used|had|did|injected|gave|given|swallowed|done) (?:my|his|her|their|our|me|the|this morning's"
    rf"|tonight's) (?:\w+ ){{0,2}}?(?:{_MEDICINE}|pen|jab|injection|dose|patch|puffs?) (?:\w+ ){{0,3}}?(?:twice|two times"
    rf"|double|by mistake|by accident)\b|\b(?:too many|too much|double) (?:of )?(?:my|his|her|their|our) (?:{_MEDICINE})\b",
    rf"^(?=.*\b(?:i|i'm|i've|i'll|my|me|we|our|his|her|he's|she's|is it (?:\w+ )?(?:ok|okay|safe|fine|chill|alright|bad"
    rf"|cool|dangerous) to)\b).*?\b(?:drink|drinking|a drink|drinks|booze|alcohol|pints?|a pint|beers?|a beer|wine|a glass|shots|vodka|dram|weed"
    # (session 50: cans and bevvies, "while i'm on ...", co-codamol written "co codamol" once normalised)
    rf"|cans|a can|bevvies|bevvy|smoke|smoking|vape|vaping|a joint|edibles|coffee|caffeine|grapefruit)\b(?: \w+){{0,4}}?"
    rf" (?:on|with|while on|whilst on|while taking|whilst taking|when on|when taking|(?:while|whilst|when|as|since|and"
    rf"|cos|coz|because|if) (?:i'm|i am|he's|she's|he is|she is|we're|they're) (?:still )?(?:on|taking))"
    rf" (?:my |me |his |her |the |these |this |them\b|it\b)?(?:co )?(?:{_MEDICINE})",
    rf"\bhow (?:do|can|should|would|could) (?:i|we|he|she) (?:safely |slowly )?(?:come off|get off|wean (?:myself |him"
    rf" |her )?off|taper(?: off)?|reduce|cut down) (?:of )?(?:my|his|her|these|those|them|it|the (?:dose|tablets|pills"
    rf"|meds|{_MEDICINE}))\b",
    # Session 50 (dose26), casual phrasing the rules above missed on the tune rounds. A dose taken again by mistake, told
    # with "it" ("i'm on warfarin and took it twice by accident"): the medicine is named before it
    rf"^(?=.*\b(?:{_MEDICINE}|dose)\b).*\b(?:took|taken|used|had|injected|given|gave (?:him|her|them)) (?:it|them|my dose"
    r"|the dose) (?:\w+ ){0,2}?(?:twice|two times|double|again)\b",
    # crushing, chewing, opening or splitting one's tablets ("can i crush her slow release ones into yogurt", "ok for him
    # to split them"), with a medicine named in the message
    rf"^(?=.*\b(?:tablets?|pills?|capsules?|caps|meds|medicine|medication|{_MEDICINE})\b).*\b(?:can|could|should|may"
    r"|ok|okay|safe|fine|alright|allowed) (?:\w+ ){0,3}?(?:crush|grind|chew|dissolve|open|snap|break|split|halve|cut)"
    r"(?: up| open)? (?:my|his|her|their|our|the|these|those|them|it|a|one|\w+'s)\b",
    # when to take one's doses around a journey or a change of routine ("how do i move my insulin times with the time
    # difference")
    r"\bhow (?:do|should|can|would|could|shall) (?:i|we|he|she|they) (?:\w+ )?(?:move|shift|adjust|change|time|space"
    r"|spread|switch|fit|juggle|plan|manage|handle) (?:my|his|her|their|our|the) (?:\w+ ){0,2}?(?:insulin|doses?"
    r"|dosage|tablets?|pills?|meds|medicines?|medication|injections?|jabs?|inhalers?|antibiotics?|antidepressants?"
    r"|steroids?|statins?|painkillers?|\w+(?:cillin|mycin|pril|olol"
    r"|statin|zole|formin|oxetine|triptan|profen|amol|azepam)|warfarin|sertraline|citalopram|thyroxine|levothyroxine"
    r"|lithium|metformin)\b",
    # one's own medicine first, then whether another goes with it, in the word order of many Englishes ("my warfarin
    # can take together with panadol or not")
    rf"\b(?:my|his|her|their|our) (?:\w+ )?(?:{_MEDICINE}) (?:can|could|ok|okay|safe|also|still) (?:i |we |he |she )?"
    r"(?:to )?(?:take|eat|have|mix|use|go)(?: together| also)? (?:with|and)\b",
))
_DOSE_REQUEST_SCAN = RuleList(DOSE_REQUEST)

# A story told about the past, with no question about now ("i stopped my antibiotics early once years ago and got
# really ill, never again"): no dose request (thirteenth round)
_PAST_STORY = re.compile(r"\b(?:years ago|ages ago|used to|when i was (?:a|younger|little|\d+)|back in|last year|once years"
                         r"|a while back|back then)\b")
_ASKING = re.compile(r"\?|\b(?:can|could|should|shall|do|does|did|is|are|am|will|would|may|how|what|when|which|why"
                     r"|whats|what's|ok|okay|safe|alright)\b (?:\w+ )?(?:i|we|he|she|they|it|my|me|you|to|if|this|that)\b")


def is_dose_request(text: str) -> bool:
    t = normalise(text)
    if _PAST_STORY.search(t) and not _ASKING.search(text.lower()):
        return False
    # session 51: the dose-request patterns that cannot match `t` left out (`prefilter`; two or three calls a message)
    return any(p.search(t) for p in _DOSE_REQUEST_SCAN.candidates(t))


# The words a dose question uses of its own medicine: the medicine, the time a dose is due, a refill ("my insulin pen ran
# out, can i skip tonight's dose and get more tomorrow"). The conversation's reader of plans (`conversation_state.PLAN`:
# a time, pills, tablets, a medicine by name) reads them as a plan's; `check` looks for a plan in what is left (session 47).
_DOSE_OWN_WORDS = re.compile(
    rf"\b(?:(?:tonight|tomorrow|today|this (?:morning|evening|afternoon)|yesterday|this week)(?:'s|s)? (?:\w+ )?"
    rf"(?:dose|doses|dosage|injection|jab|shot|puffs?|{_MEDICINE})"
    r"|(?:get|getting|pick up|picking up|collect|collecting|order|ordering|refill|repeat|more|new) (?:\w+ ){0,3}?"
    r"(?:tomorrow|tonight|this weekend)"
    rf"|{_MEDICINE})\b")


# ... and the time a dose is to be taken, said after the verb ("can he take double tonight to make up for it", "can i
# just double the puffs tonight": PLAN's "tonight" read as a plan's time made the head's lone overdose alarm stand; tune
# round 18, 21; session 50). Never where all of them or the lot is taken: that is a plan's means
_DOSE_TIME = re.compile(r"\b(?:take|have|give|double|use|inject|skip|catch up|do)(?: \w+){0,3}? (?:tonight|tomorrow"
                        r"|today|this (?:morning|evening|afternoon))\b")
# ... and tablets too big to swallow ("her tablets too big to swallow, can i crush them": PLAN's "swallow" is a means)
_HARD_TO_SWALLOW = re.compile(r"\b(?:too (?:big|large|hard)|hard|difficult|trouble|struggles?|struggling|can't|cannot"
                              r"|unable|won't) (?:to )?swallow(?:ing)?\b")
_ALL_OF_THEM = re.compile(r"\b(?:all|everything|lot|whole|every|entire|rest)\b")


def without_dose_words(text: str) -> str:
    """`text` normalised, without the words a dose question uses of its own medicine (_DOSE_OWN_WORDS) and the time it
    is to be taken (_DOSE_TIME), or a tablet too big to swallow (_HARD_TO_SWALLOW)."""
    t = _HARD_TO_SWALLOW.sub(" ", _DOSE_OWN_WORDS.sub(" ", normalise(text)))
    t = _DOSE_TIME.sub(lambda m: m.group(0) if _ALL_OF_THEM.search(m.group(0)) else " ", t)
    return re.sub(r"\s+", " ", t).strip()
