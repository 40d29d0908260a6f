"""Questions about one's OWN medicine, by their meaning (GitHub issue 21, item 5). The dose rules (`dosing.py`)
name phrasings; written as people write them, 12 of 25 such questions got no referral in the sixth round ("can i
borrow my husbands blood pressure tablets till i get mine", "took an extra sertraline by accident, should i skip
tomorrows", "can i have a glass of wine on my antibiotics tonight").

Tenth round: the sixth round's nearest-prototype reader gave each later round's fresh questions the notice less often
(21, 18, 16 of 25 in rounds 7-9); the learned own-medicine head (`dose_head.py`, fitted and chosen on validation by
`medassist safety train-dose`) reads them instead, beside the same guard: a question that names nobody ("what is
metformin for") is about a medicine in general (`prototypes.names_nobody`). On validation the head alone gave the
notice to more own-medicine questions than the prototype reader or both together, with no more general questions,
non-emergencies or MedQuAD questions given it. The held-out reading is in `datasets/triage/results.md`.
"""

from __future__ import annotations

import re

from medassist.model.retrieval.embedder import embedder_name
from medassist.model.safety.dose_head import load_head
from medassist.model.safety.frames import without_study_reason
from medassist.model.safety.prototypes import names_nobody
from medassist.model.safety.text import normalise

# Session 48 (msg24; the lead's probes "cutting my own hair tonight", "gonna end things with my boyfriend tonight" got the
# dose notice): what is cut, stopped or ended is named and is no medicine: hair or nails at home, a relationship, a
# subscription, a job, a journey. The head read the verbs a dose question uses ("cut", "stop", "end", "tonight")
NOT_A_MEDICINE = re.compile(
    r"\b(?:(?:cut|cutting|trim|trimming|dye|dyeing|bleach|bleaching|shave|shaving|wax|waxing|style|styling) (?:my |our |his"
    r" |her |the )?(?:own )?(?:\w+ )?(?:hair|fringe|bangs|nails|toenails|beard|eyebrows|brows|lashes|legs)"
    r"|(?:end|ending|call|calling|break|breaking|finish|finishing) (?:it|things|off) (?:off )?with (?:my |him\b|her\b|them\b)"
    r"|(?:cancel|cancelling|canceling|quit|quitting) (?:my |the )?(?:\w+ )?(?:subscription|membership|gym|job|contract|plan)"
    r"|(?:be|being|i'll be|ill be) (?:\w+ )?on (?:the|a) (?:train|plane|flight|bus|ferry|coach)"
    # (session 50, tune round 21: "whats the proper way to get rid of old tablets, can i flush them") medicines got rid
    # of: old, expired or left over ones thrown out are not taken
    r"|(?:get rid of|getting rid of|dispose of|disposing of|disposal of|throw (?:away|out)|throwing (?:away|out)|flush"
    r"|flushing|bin|binning|recycle|recycling) (?:\w+ ){0,3}?(?:old|expired|out of date|leftover|left over|unused|spare"
    r"|unwanted) (?:\w+ )?(?:tablets|pills|meds|medicines|medication|inhalers|antibiotics|painkillers|ones|lot)"
    # (session 53, msg29, tune rounds 19 and 20: "can you tell me the number for the samaritans", "wha injection dem mi need
    # fi go" before a year abroad) a phone number or a helpline asked; the jabs a journey needs asked
    r"|phone number|telephone number|helpline|hotline|the number for"
    r"|^(?=.*\b(?:abroad|travel\w*|trip|holiday|gap year|backpacking)\b)(?=.*\b(?:which|what|wha|wat) (?:\w+ )?(?:jabs?"
    r"|vaccin\w*|injections?|immuni[sz]ations?|shots)\b(?: \w+){0,4}? (?:need|needed|get|have)\b))\b")


# Session 53 (msg29; the lead's probe "killing it at the gym, how much protein should i eat" had the notice, and tune
# round 20's "how much water should i drink when its 34 degrees" had it from the triage head's dose reading): an amount
# of food or drink asked, to be eaten or drunk, not taken; not of alcohol, and not beside something the writer is on or
# takes it with ("im on lithium, how much water should i drink" is a question about the medicine). Read against both the
# own-medicine head and the triage head's dose reading (`check`), unlike NOT_A_MEDICINE, whose journeys ("i'll be on
# the train when my dose is due") the triage head's reading keeps. Only of a food or a drink named as one (a nutrient, water,
# a food): a medicine eaten is still a dose ("how many tums can i eat in one go", messages.jsonl's dosing-d076)
AN_AMOUNT_TO_EAT = re.compile(
    r"^(?!.*\b(?:(?:i'm|im|i am|he's|she's|he is|she is|they're|been|while|whilst) on|taking|(?:on|with|after) (?:my|his|her"
    r"|their|the|these|those) (?:\w+ )?(?:meds|medication|medicine|tablets|pills|dose|antibiotics|painkillers))\b)"
    r"(?=.*\bhow (?:much|many) (?:\w+ )?(?:protein|water|fluids?|calories|carbs|carbohydrates?|fibre|fiber|sugar|salt|fat"
    r"|caffeine|coffee|tea|juice|milk|fruit|veg|vegetables|eggs?|meat|fish|food|snacks?|sweets|chocolate) (?:\w+ ){0,2}?"
    r"(?:should|can|could|do|must|shall|to|would) (?:i |we |you |he |she |they |my \w+ )?(?:be )?(?:eat|eating|drink"
    r"|drinking)\b)")


def asks_an_amount_to_eat(text: str) -> bool:
    """`AN_AMOUNT_TO_EAT` in `text` (normalised)."""
    return bool(AN_AMOUNT_TO_EAT.search(normalise(text)))


# Session 53 (msg29; the lead's probe: "shes 3 months" after "my baby has a cold" had the notice): a follow-up that only
# tells someone's age asks nothing itself; what it answers is in the message before it, so the two are read together
# (the head read "shes 3 months" alone as a dose question about a baby, 0.9; with the cold before it, not)
ONLY_AN_AGE = re.compile(
    r"^(?:(?:she|he|they|it|baby|the baby|my (?:\w+ )?\w+)(?:'s| is| are| was)? )?(?:only |just |about |around |nearly |almost"
    r" |turned |turning )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: and a half)?"
    r"(?: ?(?:months?|mths?|mos?|weeks?|wks?|years?|yrs?|days?|y))?(?: old)?$")


def read_with_the_message_before(text: str, earlier: list[str]) -> str:
    """`text`, or the message before it and `text` together when `text` only tells an age (`ONLY_AN_AGE`)."""
    return f"{earlier[-1]}. {text}" if earlier and ONLY_AN_AGE.search(normalise(text)) else text


def asks_about_own_medicine(text: str, detector) -> bool:
    """Does `text` ask what to do with the writer's (or their child's) own medicine or dose, by its meaning? False
    without a detector, without the shipped head, or with an embedder other than the head's (tests' stand-ins)."""
    head = load_head()
    if detector is None or head is None or embedder_name(detector.embedder) != head.embedder or names_nobody(text) \
            or NOT_A_MEDICINE.search(normalise(text)) or asks_an_amount_to_eat(text):
        return False
    return bool(head.scores(detector.embed([text]))[0] >= head.threshold)


# Session 50 (dose26; GitHub issue 21 item 5): look-alikes of a dose question that still got the referral notice on the
# tune rounds 18-21, from the rules ("my mum's gp put her amlodipine up to 10mg last month ... what does amlodipine
# actually do?") or the heads ("how does a doctor work out a kid's medicine dose", "grapefruit an some tablet nuh mix?
# jus curious"). Each asks about medicines in general, or tells a change that is settled and then asks what a medicine
# is: nobody's dose is still to decide. Read on the message's clauses (normalising drops the punctuation that ends them).
_CLAUSES = re.compile(r"[?.!;\n]+|,\s+|\s+-+\s+")
_QUESTION_OPENER = re.compile(r"^(?:so |and |but |also |ok |okay |then )?(?:what|whats|what's|how|hows|why|when|where"
                              r"|which|who|can|could|should|shall|would|will|do|does|did|is|are|am|may|any|wat|wha)\b")
# someone of the writer's own, the writer, or "you" (a generic "you" is often one's own question)
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|our|us|he|he's|his|him|she|she's|her|they|they're|their|them"
    r"|you|you're|your|son|daughter|kid|kids|baby|child|toddler|husband|wife|partner|boyfriend|girlfriend|mum|mom|mam"
    r"|mama|mummy|dad|papa|daddy|nan|nana|gran|granny|grandma|grand\w+|friend|brother|sister|boy|girl|wifey|hubby"
    r"|missus|auntie|aunt|uncle|cousin)\b")
# people in general, and the writer's place rather than a person ("a kid's", "kids", "everybody for my area")
_NOBODY_IN_PARTICULAR = re.compile(
    r"\b(?:a|an|any|some|most|other|every) (?:\w+ )?(?:kid|child|baby|toddler|adult|person|patient|teen|teenager|woman"
    r"|man|doctor|gp|nurse|pharmacist)(?:'s|s)?\b|\b(?:kids|children|babies|adults|people|patients|folks)\b"
    r"|\b(?:my|our) (?:area|country|town|city|village|neighbourhood|neighborhood|side|place|school|uni|office|work|church"
    r"|community|culture|family doctor)\b")
# what a dose question asks of a dose; a question that names one of these is about a dose, not a medicine in general
_DOSE_ASKED = re.compile(r"\b(?:dose|doses|dosage|mg|ml|mcg|how much|how many|how often|double|extra|skip|miss|missed"
                         r"|stop|stopping|take|taking|took|give|giving|crush|split|halve|safe|ok|okay|alright|dangerous"
                         r"|drink|drinking|alcohol)\b")
# the reason for asking, said as no one's own: curiosity, generality, a belief heard, a professional's job
_IN_GENERAL = re.compile(
    r"\b(?:in general|generally|just curious|jus curious|curious|out of curiosity|just wondering|as a fact|general"
    r" question|in theory|hypothetically|is it true|is that true|everybody (?:says|say|talk|talks|dey)|people (?:say|says)"
    r"|(?:a|the) myth)\b"
    r"|^(?:how|why|what|when) (?:do|does|did|is|are|would|will|can) (?:a |the )?(?:doctors?|gps?|pharmacists?|nurses?"
    # (session 54, dev30: the impersonal "they" of those who prescribe, "how do they work out kids medicine doses, its for
    # my nursing assignment"; _PERSONAL read "they" as someone of the writer's own)
    r"|chemists?|prescribers?|they) (?:\w+ ){0,2}?(?:work out|decide|choose|calculate|know|check|pick|set|figure|dose|do)\b")
# a change told as settled: in the past, by a professional, or with its outcome
_SETTLED = re.compile(
    r"\b(?:last (?:week|month|year|time|spring|summer|autumn|winter)|(?:a|one|two|three|few|couple of|\d+) (?:days?"
    r"|weeks?|months?|years?) ago|years ago|ages ago|back in|in (?:19|20)\d\d|already|it worked|all (?:fine|good|ok|okay"
    r"|sorted)|sorted (?:it|out|that)|no problems?|(?:working|worked|doing|done|went|gone) (?:really |totally )?(?:fine"
    r"|well|ok|okay|good|great))\b")
_PROFESSIONAL_DID = re.compile(
    r"\b(?:gp|gp's|doctor|doctor's|doc|dr|nurse|pharmacist|pharmacist's|chemist|consultant|specialist|surgery|clinic"
    r"|hospital)(?: \w+){0,2}? (?:put|changed|upped|lowered|raised|increased|reduced|dropped|switched|wrote|gave|sorted"
    r"|started|moved|prescribed|swapped|set up|made up)\b")
# a plan, an ask of one's own, or a trouble now: a dose question whatever else it says
_OWN_NOW = re.compile(
    r"\b(?:gonna|going to|thinking (?:of|about)|want to|wanna|planning|tempted|might|can i|could i|should i|do i|shall i"
    r"|will i|is it (?:ok|okay|safe|fine|alright) (?:for|to|if)|but|however|feel|feeling|feels|felt|side effects?"
    r"|dizzy|sick|worse|pain|hurts?|bleeding|rash|swollen|not working|doesn't work|stopped working|by mistake|by accident"
    r"|accidentally|just took|tonight|today|this (?:morning|evening)"
    # a mistake with someone's medicine is no settled change ("the pharmacist gave her the wrong strength")
    r"|wrong|mistake|error|mix ?up|mixed up|too (?:much|many|strong|high)|what happens|what now|what do we do)\b")


def _asks(clause: str, raw: str) -> bool:
    return raw.rstrip().endswith("?") or bool(_QUESTION_OPENER.match(clause))


def asked_of_medicines_in_general(text: str) -> bool:
    """A look-alike of a dose question: it asks about medicines in general (a reason for asking that is no one's own:
    curiosity, "in general", a belief heard, coursework, how a professional does it, and no one of the writer's own in
    it), or it tells a change to someone's medicine as settled (in the past, by a professional, working well) and asks
    nothing of a dose, only what a medicine is or does, or nothing at all. Never with a plan, an ask of one's own or a
    trouble told now (`_OWN_NOW`)."""
    t = normalise(text)
    if _OWN_NOW.search(t):
        return False
    raws = [c for c in re.split(r"(?<=[?.!;\n])|,\s+|\s+-+\s+", text) if c.strip()]
    clauses = [(normalise(r), r) for r in raws]
    clauses = [(c, r) for c, r in clauses if c]
    asked = [c for c, r in clauses if _asks(c, r)]
    rest = _NOBODY_IN_PARTICULAR.sub(" ", without_study_reason(t))
    if (_IN_GENERAL.search(t) or without_study_reason(t) != t) and not _PERSONAL.search(_IN_GENERAL.sub(" ", rest)):
        return True
    settled = _SETTLED.search(t) or _PROFESSIONAL_DID.search(t)
    general = all(not _PERSONAL.search(_NOBODY_IN_PARTICULAR.sub(" ", c)) and not _DOSE_ASKED.search(c) for c in asked)
    return bool(settled) and general and (bool(asked) or bool(_PROFESSIONAL_DID.search(t)))


# Session 53 (msg29; the lead's probe: "he ate a prawn cracker and now wants more, is msg bad for kids" got the poisoning
# emergency from the head): what was swallowed is a food, named by what it is (a snack, a meal, a sweet), and the message
# asks whether something in it is bad or safe for children, with nothing wrong told beside the eating. Swallowing a
# thing that is no food ("a battery", "a tablet") or any sign told ("now his lips are swelling") keeps the head's alarm.
_FOOD = (
    r"(?:crackers?|crisps|chips|biscuits?|cookies?|sweets?|candy|chocolates?|cake|cakes|noodles|rice|curry|pizza|sandwich"
    r"|sandwiches|takeaway|chinese|indian|soup|yoghurt|yogurt|cheese|fruit|popcorn|ice cream|ice lolly|lolly|lollies|snacks?"
    r"|dinner|lunch|breakfast|tea|meal|burger|nuggets|chicken|sausages?|toast|cereal|pasta|jelly|gummies|pudding|dessert"
    r"|ketchup|sauce|gravy|stock cube|ramen|spring rolls?)"
)
FOOD_EATEN = re.compile(
    rf"\b(?:ate|eaten|eating|eats|had|has had|tried|trying|finished|loved|scoffed|wolfed) (?:a |an |some |the |his |her |their"
    rf" |my |our |two |three |\d+ )?(?:bit of |bite of |few |couple of |whole )?(?:\w+ ){{0,2}}?{_FOOD}\b")
_BAD_FOR_KIDS = re.compile(
    r"\b(?:is|are|isn't|can|could) (?:\w+ ){1,3}?(?:bad|safe|ok|okay|alright|harmful|dangerous|unhealthy|healthy|poisonous"
    r"|toxic) (?:for|to give) (?:kids|children|babies|toddlers|little ones|a child|a toddler|a baby|him|her|them)\b")


def food_eaten_asked(text: str) -> bool:
    """A food eaten (`FOOD_EATEN`) and whether something in it is bad for children asked (`_BAD_FOR_KIDS`), nothing
    wrong told once the eating is taken out (`trouble.tells_trouble`)."""
    # (imported here: trouble reads the triage cue lists, whose modules import this one's peers)
    from medassist.model.safety.trouble import tells_trouble

    t = normalise(text)
    return bool(FOOD_EATEN.search(t) and _BAD_FOR_KIDS.search(t)) and not tells_trouble(FOOD_EATEN.sub(" ", t))
