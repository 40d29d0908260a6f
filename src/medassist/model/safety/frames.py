"""Frames that make a red-flag message something other than an emergency now (GitHub issue 21):
fiction, training and first-aid coursework, a clearly dated past event (someone else's past care
included), and a pet as the one at risk. All read already-normalised text (`text.normalise`).

The cues are narrow on purpose: a frame switches a red flag off, so a word that could just as well
be part of a real emergency ("class", "game", "story" of what happened) is not one.
"""

from __future__ import annotations

import re

# Fiction: something watched, read, played or written.
FICTION = re.compile(
    r"\b(?:tv (?:show|drama|series)|on tv|(?:the|a|that) (?:show|series|episode|film|movie|sitcom|soap|drama)"
    r"|hospital drama|grey'?s anatomy|netflix|in (?:the|a|my|this) (?:film|movie|novel|book|story|game|video game"
    r"|script|screenplay|scene|play|comic|manga|anime|fanfic)|(?:my|the|a|his|her) (?:character|villain|hero"
    r"|protagonist|main character)|(?:short )?story where|(?:writing|wrote|write) (?:a|my|the) (?:short )?(?:story|novel|book"
    r"|script|screenplay|scene|fanfic|chapter)|screenplay|fan ?fic\w*|dnd|d and d|roleplay|role play"
    r"|act \d|in the plot|(?:watching|watched|reading) (?:\w+ ){0,3}(?:show|series|film|movie|episode|book|drama"
    r"|anatomy))\b"
    # issue 21, second round: screen and page genres, games by kind, fan works and roleplay
    r"|\b(?:k ?drama|c ?drama|anime|manga|cartoon|sitcom|soap opera|documentary|webtoon|wattpad|fanfic|fan fiction"
    r"|(?:video|computer|zombie|horror|shooter|survival|mobile|online|vr|rpg|hospital|surgeon|surgery|doctor)"
    r" (?:game|sim|simulator)|(?:rp|roleplay) (?:server|scene|channel)|my oc|our oc|(?:my|the) (?:sim|avatar)"
    r"|(?:season|series|episode|ep|chapter|ch) \d+|(?:in|on) (?:gta|minecraft|fortnite|roblox|call of duty|the sims"
    r"|skyrim|elden ring|resident evil|the last of us)|playing (?:\w+ ){0,3}(?:game|sim|simulator)"
    r"|(?:binging|bingeing|rewatching|rewatched|re watching)|(?:watching|watched|binge watching|reading|read) (?:\w+ ){0,3}(?:anime|manga|kdrama|k drama"
    r"|documentary|cartoon|video|clip|tiktok|youtube)|(?:that|a|the) skit|pretend(?:s|ing)? to)\b"
    # issue 21, third round: "that scene in the bear", "the guy in the new marvel film"
    r"|\b(?:that|the|this|a) scene\b|\b(?:the|a|that|this) (?:\w+ ){1,3}(?:film|movie|series|episode|sitcom|anime"
    r"|manga|novel|comic|cartoon|documentary)\b")
# Issue 21, third round: asking whether something is realistic is what people ask of what they
# watched, read or played, whatever its title ("in squid game a guy gets shot and keeps walking, is
# that realistic", "the queen bleeds to death giving birth, could that happen nowadays"). It frames
# the message as fiction only when nobody of the writer's own is in it (see `triage.framing`).
REALITY_CHECK = re.compile(
    r"\b(?:irl|in real life|realistic\w*|(?:medically |even |that |it )accurate|is (?:that|it|this) (?:even |actually"
    r" |really )?(?:real|realistic|possible|a (?:real )?thing|true|accurate)|(?:could|can|would|does|do|did) (?:that"
    r"|this|it|they|you|people|doctors|paramedics|someone|a person|anyone) (?:\w+ )?(?:really|actually|even)"
    r" (?:happen|work|do|survive|die|bleed|bring|save|live|look)|could (?:that|this|it) (?:\w+ )?happen|nowadays"
    r"|for real life)\b")
# Training: a course, an exam question, teaching others, a practice scenario.
TRAINING = re.compile(
    r"\b(?:first aid (?:course|class|exam|training|refresher|question)|(?:cpr|bls|als|lifeguard|defib\w*|epi ?pen)"
    r" (?:course|class|training)|(?:course|training|refresher|assessment|placement|revising|revision) (?:tomorrow|today"
    r"|question|scenario)|practice scenario|training scenario|(?:doing|on|taking|did) (?:my|a|our|the) (?:\w+ )?"
    r"(?:course|training|refresher)|(?:nursing|medical|paramedic|midwifery|first aid) (?:student|placement|exam)"
    r"|student here|first aider|(?:training|teaching|train) (?:the|our|new|my) (?:staff|teachers|team|class|colleagues"
    r"|students)|how do we train|for my (?:\w+ )?(?:exam|assessment|course|training))\b")
# A past event said with its date or as a subordinate past clause: "in 2019", "3 years ago",
# "when my grandad had his stroke", "last term". Outranks a plain "ambulance" or "help" in the same
# message (they then belong to the past too), never an acute cue (see ACUTE_NOW).
EXPLICIT_PAST = re.compile(
    r"\b(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|ten|a few|a couple of|couple|few) (?:days?|weeks?"
    r"|wks?|months?|mths?|years?|yrs?) (?:ago|back)|last (?:year|yr|month|mth|week|wk|term|spring|summer|autumn|fall"
    r"|winter|christmas|xmas|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|years ago|yrs ago"
    # issue 21, third round: slang and short dates ("a while back", "in feb", "back in year 9")
    r"|a while (?:back|ago)|ages ago|in (?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)|back when"
    r"|back in (?:year|yr|school|uni|college|high school|the day|the \d0s|\d0s)|as a (?:child|kid|baby|teen|teenager"
    r"|newborn)"
    r"|when (?:my \w+|he|she|they|i|we) (?:had|was|were|got|went|collapsed|fitted|fainted|overdosed|reacted)"
    r"|(?:was|were) (?:in|admitted to) (?:the )?(?:hospital|icu|nicu)|back in (?:19|20)\d\d"
    r"|after (?:my|his|her|our|their) (?:\w+ )?was born|(?:needed|had) a transfusion"
    # "overdosed at a festival once", "had a fit at school once" (not "once more", "once a day")
    # "had a heart attack at 45" (an age, not a clock time: 13-99, no ":30", no unit after it)
    r"|(?:had|was|were|got|went|took|did) (?:\w+ ){0,5}?at (?:age )?(?:1[3-9]|[2-9]\d)\b(?![:.]\d| ?(?:mins?|minutes"
    r"|hours?|hrs?|%|degrees|days?|weeks?|months?|o'clock|pm|am)\b)"
    r"|in may\b(?! be)"
    r"|(?:\w+ed|had|was|were|took|got) (?:\w+ ){0,5}?once(?! (?:more|again|a|an|daily|every|in a while)))\b")
# Someone else's care, already given: "the ambulance took him in", "they gave her charcoal". With a
# past event in the message it dates it as EXPLICIT_PAST does (never beside an acute cue).
CARE_GIVEN = re.compile(
    r"\b(?:they|the (?:doctors?|docs?|hospital|paramedics?|ambulance(?: crew)?|crew|nurses?|er|a e|a and e|gp|surgeons?"
    r"|team)|paramedics|doctors|nurses) (?:gave|took|did|put|said|told|kept|admitted|diagnosed|pumped|glued|stitched"
    r"|scanned|treated|sent|ran|found|removed|fitted|operated|prescribed|restarted|revived|resuscitated|shocked"
    r"|intubated|ventilated|monitored|started|called)\b")
# Issue 21, third round: an episode told in the past simple ("my sister had sepsis from a uti", "my
# dad had a cardiac arrest at the gym") followed by a question about its aftermath (will she have
# brain damage, how do we stop it happening again, should he see an allergist): someone's past care,
# unless anything in it is acute now or calls for help (see `past_episode`).
EPISODE = re.compile(
    r"\b(?:my (?:\w+ ){0,2}?\w+|he|she|they|we|i) (?:had|suffered|went into|was in) (?:a |an |his |her |their |my )?"
    r"(?:\w+ ){0,3}?(?:heart attack|cardiac arrest|stroke|bleed|haemorrhage|hemorrhage|seizure|fit|convulsion|reaction"
    r"|sepsis|overdose|coma|anaphyla\w*|clot|pe|dvt|collapse|asthma attack|hypo|dka|accident|fall|miscarriage)\b")
AFTERMATH = re.compile(
    r"\b(?:will (?:he|she|they|i|we|it) (?:have|need|get|lose|recover|happen|come back|always|ever|be able|be on)"
    r"|(?:could|can|will) (?:it|that|this) (?:happen|come back)|happen(?:ing|s)? again|come back|stop it|prevent\w*"
    r"|avoid|in (?:the )?future|long term|recover\w*|side effects?|chances of|risk of|see an? \w+ist|follow up"
    r"|thank (?:them|him|her)|how long (?:do|does|will|until|before)|is that (?:normal|painful|common|standard)"
    r"|what (?:else )?should (?:he|she|they|we|i) (?:avoid|eat|do now)|diet|exercise|drive|driving|fly|flying"
    r"|go back to|back to (?:work|school)|what (?:was|is) that for|what's that for|whats that for|why did they)\b")
CALLS_FOR_HELP = re.compile(r"\b(?:just|help|hurry|asap|911|999|112|on (?:the|its|their|his|her) way|coming|waiting for"
                            r"|what do i do|what should i do|what do we do)\b")
# Anything said in the present tense ("her lips are blue", "his throat is closing") keeps the
# episode from being over; "is that normal" and "is it painful" ask, they do not describe.
PRESENT_TENSE = re.compile(r"\b(?:is|are|am|i'm|he's|she's|they're|it's|we're|you're|looks|seems|feels|keeps)\b")
_ASKING_ABOUT = re.compile(r"\b(?:is|are) (?:that|it|this|there|they)\b|\b(?:is|are)$")
PAST_EVENT = re.compile(
    r"\b(?:had|was|were|went|got|collapsed|overdosed|fitted|fainted|passed out|reacted|stopped|fell|tried|took)\b")
# What makes a message acute whatever its past: it is happening now.
ACUTE_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|just now|(?:seconds?|minutes?|mins?) ago|again|hurry|asap"
    r"|suddenly|all of a sudden|today|tonight|this (?:morning|afternoon|evening)|since (?:last night|this morning"
    r"|yesterday|lunch\w*)|still"
    r"|(?:is|are|am|i'm|he's|she's|they're|it's) (?:having|not breathing|choking|seizing|bleeding|turning|going"
    r" into|collapsing|unconscious|unresponsive|fitting)"
    r"|worse|worsening|getting|won't|can't|isn't|hasn't|not breathing)\b")
# Pets. A pet in danger needs a vet, and the human emergency number is the wrong place to send it, so
# a red flag about an animal alone gets an ordinary answer with PET_NOTICE (a vet, now) instead of
# the emergency message. A person also at risk in the message keeps the emergency message.
PET_WORDS = (r"dog|dogs|puppy|pup|cat|cats|kitten|rabbit|bunny|hamster|guinea pig|horse|pony|parrot|budgie|bird"
             r"|ferret|tortoise|lizard|pet|pets|gerbil|goldfish|terrier|labrador|spaniel|collie|retriever|poodle"
             r"|beagle|pug|dachshund")
PET = re.compile(rf"\b(?:{PET_WORDS})\b")
_OWNER = re.compile(rf"\b(?:my|our) (?=(?:\w+ )?(?:{PET_WORDS})\b)")
_ASKING = re.compile(r"\b(?:what do i|what should i|should i|can i|do i|i'm worried|i think|i just found|i found)\b")
PERSON_AT_RISK = re.compile(
    r"\b(?:i|i'm|i've|me|my ?self|we)\b"
    r"|\b(?:son|daughter|baby|child|children|kid|kids|toddler|husband|wife|mum|mom|dad|mother|father|brother"
    r"|sister|friend|grandma|grandad|grandpa|grandmother|grandfather|nan|partner|boyfriend|girlfriend|girl|boy"
    r"|man|woman|lady|guy|person|someone|somebody|neighbou?r|child's|baby's|toddler|infant|newborn|teen"
    r"|teenager|student|pupil|worker|patient|people|face|neck|arm|leg|hand)\b")
# Said as a supposition: "say a toddler choked...", "if a friend ever told me...".
SUPPOSED = re.compile(r"^(?:say|suppose|supposing|imagine|hypothetically|what if)\b|\bif (?:\w+ ){0,3}?ever\b")


def fiction_or_training(t: str) -> bool:
    """Fiction, training, or a supposition: about nobody real."""
    return bool(FICTION.search(t) or TRAINING.search(t) or SUPPOSED.search(t))


def asks_if_real(t: str) -> bool:
    """The message asks whether something (seen, read, played) is realistic."""
    return bool(REALITY_CHECK.search(t))


def explicit_past(t: str, urgency_text: str, acute: bool = False) -> bool:
    """A dated or subordinate past, and nothing acute now (`urgency_text`: `t` with settled "now"s
    taken out, see `triage._as_urgency`; `acute`: the rules' own present-tense cues found one)."""
    dated = EXPLICIT_PAST.search(t) or (CARE_GIVEN.search(t) and PAST_EVENT.search(t)) or past_episode(t, urgency_text)
    return bool(dated) and not acute and not ACUTE_NOW.search(urgency_text)


def past_episode(t: str, urgency_text: str) -> bool:
    """A past episode and a question about its aftermath, nothing acute now and no call for help."""
    if not (EPISODE.search(t) and AFTERMATH.search(t)):
        return False
    told = _ASKING_ABOUT.sub(" ", urgency_text)
    return not (ACUTE_NOW.search(urgency_text) or CALLS_FOR_HELP.search(urgency_text) or PRESENT_TENSE.search(told))


def about_a_pet(t: str) -> bool:
    """The one at risk is an animal: a pet is named and no person (the writer or a relative) is."""
    if not PET.search(t):
        return False
    return not PERSON_AT_RISK.search(_ASKING.sub(" ", _OWNER.sub(" ", t)))
