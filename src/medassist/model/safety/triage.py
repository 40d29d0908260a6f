"""Emergency triage: is someone describing a red flag that is happening NOW?

Two kinds of rule per category, both plain regexes over normalised text (see `text.normalise`):

* `signs` describe an acute event in the words people use when it is happening ("can't breathe",
  "face drooping", "took 30 pills", "want to kill myself"). A sign is an emergency unless the message
  is framed as a general or hypothetical question with nobody real in it ("what causes slurred
  speech", "what to do if someone is choking"), or the event is clearly over or habitual.
* `conditions` only name the condition ("heart attack", "stroke", "overdose"). Naming it is what an
  educational question does too, so it counts only together with a real person AND a present-tense
  or urgency cue ("my dad is having a stroke", "i think i'm having a heart attack right now").

A match preceded by a negation ("no chest pain", "i'm not suicidal") is ignored. The rules err on
the side of showing the emergency message: a needless referral costs a re-phrased question, a
missed emergency costs far more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medassist.model.safety.acute_change import acute_change_in_older_person
from medassist.model.safety.frames import (
    ACCIDENT,
    ACUTE_NOW,
    EXPLICIT_PAST,
    IMAGINED,
    MEANT,
    REAL_NOW,
    WHILE_ILL_AFTER,
    as_audience,
    asks_if_real,
    explicit_past,
    fiction_or_training,
    says_real,
    story_told,
    supposed_worry,
)
from medassist.model.safety.own_emergency import own_emergency, own_emergency_told
from medassist.model.safety.prefilter import rule_list
from medassist.model.safety.reading_scope import per_scope
from medassist.model.safety.text import normalise

# --- shared cues -------------------------------------------------------------------------------
PERSON = (r"(?:dad|father|daddy|mom|mum|mommy|mummy|mother|mama|papa|wife|husband|son|daughter|kid|kids|child"
          r"|baby|infant|toddler|newborn|boy|girl|friend|bf|gf|boyfriend|girlfriend|partner|brother|bro|sister"
          r"|sis|grandma|grandpa|grandmother|grandfather|granny|nan|nana|uncle|aunt|auntie|cousin|nephew|niece"
          r"|roommate|flatmate|coworker|colleague|neighbou?r|fiance|fiancee|parent|parents|spouse|teen|teenager"
          r"|grandson|granddaughter|stepdad|stepmom|stepmother|stepfather|patient|buddy|mate|boss)")
BODY = (r"(?:chest|head|face|arm|arms|leg|legs|hand|throat|lips?|tongue|heart|mouth|speech|neck|stomach"
        r"|wrist|wrists|side|body|vision|eyes?)")

# "ours is", "mine has": a person (or body) of the writer's told of by the possessive alone.
_OURS = (r"\b(?:ours|mine)(?:'s| is| was| has| had| just| keeps| seems| looks| feels| won't| can't| isn't| hasn't"
         r"| started| got)\b")
# How many days, weeks or months old a child is, in figures or words (the ages below and `_INFANT_AGE`)
_AGE_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a child named by its age, "my 3 week old" (session 49, fa25's probe: "my 3 week old has a temp of 38, what does that
# mean" was read as a general question, nobody's)
_AGED_CHILD = rf"\b(?:my|our) {_AGE_COUNT} ?(?:days?|weeks?|wks?|months?|mths?|mnths?|years?|yrs?|yr|y) ?old\b"
# ... and under three months, the age whose fever is a red flag (`infant_child`): such a baby's trouble asked about
# is the writer's own, not a general question (an older child's, "my 8 month old has a nappy rash", stays as read)
_OWN_INFANT = rf"\b(?:my|our) (?:{_AGE_COUNT} ?(?:days?|weeks?|wks?)|(?:1|2|one|two) ?(?:months?|mths?|mnths?)) ?old\b"
# A real person in the conversation: the writer, someone they name, or someone with them.
PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'll|i'd|me|myself|we|we're|us)\b"
    rf"|\b(?:my|our) (?:\w+ ){{0,2}}?(?:{PERSON}|{BODY})\b|{_OWN_INFANT}"
    r"|\b(?:he|she|they|he's|she's|they're|him|her|his|them)\b"
    r"|\b(?:this|the|a) (?:man|woman|guy|lady|person|kid|child|baby|boy|girl) (?:here|next to me|in front of me)\b"
    r"|\b(?:someone|somebody) (?:here|near me|next to me)\b"
    # one of the writer's by "ours" or "mine" ("what's a normal temp for a newborn? ours is 3 weeks old and it's 38.4";
    # fourteenth round): the question's general wording then asks about that child
    rf"|{_OURS}"
)
# Present tense or urgency: it is happening now.
NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|atm|tonight|this (?:morning|evening|afternoon)"
    r"|just (?:now|happened|started|collapsed|took|swallowed|drank|fell)"
    r"|(?:a few |few |\d+ |ten |five |twenty )?(?:seconds?|minutes?|mins?|hours?|hrs?) ago"
    r"|suddenly|all of a sudden|out of nowhere|help|hurry|asap|emergency|911|999|112|ambulance"
    r"|won't stop|keeps? (?:getting|going|seizing|shaking|bleeding|vomiting)"
    r"|(?:is|are|am|i'm|he's|she's|they're|we're|it's) (?:having|experiencing|going into|getting|turning"
    r"|bleeding|choking|seizing|shaking|convulsing|throwing up|vomiting|losing|not|in)"
    r"|having (?:a |an )?(?:heart attack|stroke|seizure|fit|allergic reaction|anaphylactic|asthma attack)"
    r"|(?:hurts|hurting|aches|aching|pounding|squeezing|crushing|is killing me|really bad|so bad)"
    r"|i (?:have|got|think i|think i'm|feel)|(?:he|she|they) (?:has|have|got))\b"
)
# Said of a general or hypothetical person, or as a request for knowledge.
EDUCATIONAL = re.compile(
    r"^(?:what|what's|whats|how|how's|why|which|when|who|where|is|are|can|could|does|do|did|should|would"
    r"|will|explain|describe|define|list|tell me|name|compare)\b(?!')"  # "can't breathe" asks nothing
    r"|\b(?:symptoms?|signs?|warning signs|causes?|caused|risk factors?|risks?|diagnos\w*|treat\w*|prevent\w*"
    r"|difference between|what is|what are|meaning|mean|definition|statistics|how common|how long|recovery"
    r"|prognosis|outlook|learn|learning|know about|question|questions|school|class|essay|research|exam"
    r"|in general|generally|first aid|curious|wondering"
    r"|module|assignment|revision|coursework|homework|lecture|textbook|quiz|student)\b"
)
HYPOTHETICAL = re.compile(
    r"\b(?:if|when|whenever|in case) (?:someone|somebody|a person|people|you|your|a child|a kid|a baby|one"
    r"|the person|an adult|a patient|a friend|an elderly)\b"
    r"|\bwhat happens (?:if|when)\b|\bcan you die\b|\bhypothetical\w*\b|\bhow would (?:i|you) know\b"
)
# A hypothetical person ("if someone is choking and they're pregnant...") whose pronouns would
# otherwise read as a real person in the conversation.
GENERIC_SUBJECT = re.compile(
    r"\b(?:if|when|whenever|in case) (?:someone|somebody|a person|people|a child|a kid|a baby|the person|an adult"
    r"|a patient|an elderly)\b")
OWN_PERSON = re.compile(
    rf"\b(?:my|our) (?:\w+ ){{0,2}}?(?:{PERSON}|{BODY})\b|{_OURS}"
    rf"|{_AGED_CHILD}"
    r"|\b(?:i'm|i am|i can't|i have|i've|i feel|i took|i think|we're|we have|we've)\b")
# Over, or habitual: not an emergency now (unless a NOW cue says otherwise).
PAST_OR_HABITUAL = re.compile(
    # (not a time something has gone on since: "the baby hasn't moved since yesterday", "crushing chest pain since last
    # night" are still going on; session 50, the lead's probe)
    r"\b(?<!since )(?<!from )(?:yesterday|last (?:year|month|week|night|time)|(?:days?|weeks?|months?|years?) ago|in the past"
    r"|history of|used to|recovered|recovering|survived|every (?:day|night|month|week|time|morning)"
    r"|usually|always|often|sometimes|regularly|for (?:years|months|weeks)|periods?|menstrua\w*|chronic"
    r"|after (?:his|her|my|their) (?:heart attack|stroke|seizure|overdose)"
    # a dated or aged past: "in january", "in 2019", "as a child", "at 18 months", "she's 5 now"
    r"|in (?:19|20)\d\d|in (?:january|february|march|april|june|july|august|september|october|november|december)"
    r"|as a (?:child|kid|baby|toddler|teen|teenager)|when (?:i|he|she|they) (?:was|were) (?:a |\d)"
    r"|at \d+ (?:months?|years?)\b(?! ago)|(?:i'm|he's|she's|they're) \d+ now|years back|in recovery"
    r"|since (?:the|his|her|my|their) (?:heart attack|stroke|seizure|overdose|operation|surgery))\b"
)
STRONG_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|just (?:now|happened|started|collapsed|took|swallowed|drank)"
    r"|(?:seconds?|minutes?|mins?|hours?|hrs?) ago|suddenly|help|hurry|asap|911|999|112|ambulance"
    r"|(?:is|are|am|i'm|he's|she's|they're) (?:having|experiencing|going into|choking|seizing|bleeding"
    # ... soaking pads or passing clots now, whenever the birth was (session 45, the lead's probe)
    r"|not breathing|turning|soaking|passing clots|losing (?:a lot of |so much )?blood))\b"
)
# "now" that describes how things stand after a past event, not an event happening now:
# "she's 5 now", "is in recovery now", "now he's on keppra", "now she gets tired".
SETTLED_NOW = re.compile(
    r"\b(?:(?:i'm|he's|she's|they're|is|are|am) (?:\d+|fine|ok|okay|well|better|stable|healthy|in recovery|in rehab"
    r"|on the mend|recovering|clean"
    r"|sober|home|back home|recovered|good|great|doing (?:well|fine|great|good|ok|okay|better)|out of hospital) now"
    # "what exercise is safe for me now", "is it ok for him to fly now": a question about from here on
    r"|(?:safe|ok|okay|allowed) (?:for (?:me|him|her|them|us) )?(?:to \w+ )?now"
    # session 49 (conv25): a long time "ago now" is how long past it is ("thats a long time ago now"; tune round 20's
    # past overdose alarmed by that "now"); not a date then what happens now ("op 10 days ago, now sudden chest pain")
    r"|(?:long (?:time )?|ages |years |yrs |donkey's years |a while )ago now\b(?! (?:\w+ )?(?:sudden|suddenly|i'm|im|i am"
    r"|he's|she's|it's|my|his|her|and|but))"
    # "how do we stop it happening again", "could it come back again": a question about the future
    r"|(?:stop|prevent|avoid|chances? of|risk of|could|will|would|can|does|might) (?:\w+ ){0,2}?(?:happen\w*"
    r"|com\w* back) again"
    r"|now (?:i'm|he's|she's|they're|he is|she is|i am) (?:on|taking|fine|ok|okay|well|better|stable|healthy)"
    r"|now (?:he|she|i|they) (?:gets?|takes?|uses?|has to|have to|needs?)"
    # "what diet should he follow now": a question about what to do from here on
    r"|(?:should|can|could|do|does|will|would|must|shall) (?:\w+ ){0,4}?now"
    # issue 21, fourth round: well again told without a subject ("doing way better now", "all good
    # now"), "now she's home", "on blood thinners now", and a question about doing something again
    # ("should i get checked again", "can he drive again")
    r"|(?:doing|feeling|feel|feels|been|all|much|way|so much|loads|lots|heaps|is|are|am|i'm|he's|she's|they're"
    r"|we're) (?:\w+ ){0,2}?(?:better|fine|well|good|great|ok|okay|alright|recovered|stable|healthy|home|clean|sober) now"
    r"|now (?:i'm|he's|she's|they're|he is|she is|i am|we're) (?:\w+ )?(?:home|back|out|recovering|recovered|doing"
    r"|discharged|walking|talking|eating|fine|ok|okay|well|better)"
    r"|on (?:blood thinners|(?:\w+ ){1,3}?(?:tablets|meds|medication|medicine|pills)|medication|meds|tablets|insulin|warfarin"
    r"|statins?|steroids|antibiotics|an inhaler|epilepsy meds) now"
    # issue 21, eleventh round: a device or aid had since ("i've got an icd now", "he has a pacemaker now")
    r"|(?:got|have|has|had|with|wear|wears|carry|carries) (?:a |an |his |her |my |their )?(?:\w+ )?(?:icd|pacemaker|stents?"
    r"|defib\w*|epi ?pens?|inhaler|hearing aid|shunt|port|cast|scars?|walking stick|wheelchair|cpap|monitor) now"
    r"|(?:should|can|could|will|would|might|may|is it (?:safe|ok|okay) to) (?:i|he|she|they|we|you|it|that|this"
    r"|my \w+) (?:\w+ ){0,3}?again"
    # "what tests would they have done": a question's auxiliary, not what someone has now
    r"|(?:would|could|should|will|might|must|did|do|does) (?:he|she|they|i|you|we) (?:have|has|got)"
    # "needed an emergency caesarean": the kind of operation, not a call for help
    r"|emergency (?:c section|caesarean|section|surgery|op|operation|appendectomy|admission|appointment|contraception"
    r"|dentist|vet)"
    # issue 21, fifth round: care going on ("seeing camhs now", "under the cardiologist now") and life
    # going on ("back at work now", "back driving now")
    r"|(?:seeing|under|with|being seen by|referred to|talking to) (?:a |an |the |his |her |their |my )?(?:\w+ )?"
    r"(?:counsell?or|therapist|camhs|psych\w*|gp|specialist|physio\w*|cardiologist|neurologist|consultant|team"
    r"|doctor|nurse|clinic|service|counselling|therapy) now"
    r"|(?:back (?:at|to) (?:work|school|uni|college|nursery|the gym)|back (?:driving|running|walking|working"
    r"|training|cycling|swimming)) (?:again )?now"
    # session 49, the lead's probe: a duration of weeks or more since ("she's been in rehab 3 months now" after "my nan
    # had a stroke" got the stroke emergency): how long things have stood, not an event happening now
    r"|(?:\d+|a|an|a few|few|several|a couple of|couple of|two|three|four|five|six) (?:weeks?|months?|years?) now)\b")
# "help" as an ordinary verb ("how can we help his speech", "would it help") is no cry for help.
HELP_VERB = re.compile(r"\b(can|could|to|will|would|does|do|did|may|might|should|i|we|you|they|it|that|this|which)"
                       r" help(?:s|ed|ing)?\b")


# Issue 21, twelfth round: a bare "now" after a past the message dates is how things stand since ("she took an
# overdose when she was 16, years ago now, she's a nurse these days", "had her first seizure in october, she's on
# keppra now") unless what follows the date names a red flag or something acute ("had a stroke in 2019 and now her
# face is drooping", "... and now he's having one"). Eleven rounds listed such aftermaths one phrase at a time
# (SETTLED_NOW above) and new wordings kept slipping past; what is told after the date decides instead.
_BARE_NOW = re.compile(r"\b(?:right now|now|currently|at the moment|atm|these days|nowadays)\b")


def _aftermath_nows_out(t: str) -> str:
    """`t` with the bare "now"s after its first dated past taken out when nothing after its last one names a red
    flag (a sign or a condition), a risk cue ("sick", "vomiting") or an acute cue other than those "now"s; else `t`
    as it is."""
    dates = list(EXPLICIT_PAST.finditer(t))
    if not dates:
        return t
    from medassist.model.safety.conversation_state import RISK  # the risk cues (that module reads this one)

    after = _BARE_NOW.sub(" ", t[dates[-1].end():])
    if ACUTE_NOW.search(after) or RISK.search(after) \
            or any(p.search(after) for flag in RED_FLAGS for p in flag.patterns):
        return t
    first = dates[0].start()
    return t[:first] + _BARE_NOW.sub(" ", t[first:])


@per_scope  # read once per message (reading_scope.py; session 51: called again on the same text)
def _as_urgency(t: str) -> str:
    """The text the urgency cues read: settled "now"s (and the bare ones of a dated past's aftermath) and verb
    "help"s taken out."""
    return HELP_VERB.sub(r"\1 assist", _aftermath_nows_out(SETTLED_NOW.sub(" ", t)))


NEGATORS = {"not", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "without",
            "denies", "deny", "nor", "neither", "haven't", "hasn't", "hadn't", "won't", "no"}
NEGATION_WINDOW = 3  # words before a match that can negate it ("i do not have chest pain")
NOT_NEGATING_NEXT = {"stop", "stopped", "quit"}  # "won't stop seizing" is not a negation
# Urgency on its own ("severe allergic reaction help") makes a named condition an emergency.
ACUTE_CONFUSION = "acute_confusion"  # the category of an older person's acute change (`acute_change.py`)
URGENT = re.compile(r"\b(?:help|hurry|asap|911|999|112|ambulance|emergency|dying)\b")


@dataclass(frozen=True)
class RedFlag:
    category: str
    signs: tuple[str, ...]
    conditions: tuple[str, ...] = ()
    # the sign's cause is told as past by nature (a flight, an operation, a crash, a stomach bug) while the sign itself
    # is told now: a past in the message does not make it over when the present is said too (`SAID_NOW`)
    cause_told_past: bool = False
    # ... and the words that tell the sign now beside such a past, where they are the sign's own and not `SAID_NOW`'s
    # ("gave birth 3 days ago and soaking a pad every hour": the soaking is now)
    told_now: str = ""

    def __post_init__(self):
        object.__setattr__(self, "_now", re.compile(rf"\b(?:{self.told_now})\b") if self.told_now else None)
        object.__setattr__(self, "_signs", tuple(re.compile(rf"\b(?:{p})\b") for p in self.signs))
        object.__setattr__(self, "_conditions", tuple(re.compile(rf"\b(?:{p})\b") for p in self.conditions))

    @property
    def patterns(self) -> tuple[re.Pattern, ...]:
        """Its signs' and its conditions' patterns: every wording that names this red flag."""
        return (*self._signs, *self._conditions)


# A baby under three months by its age: days or weeks, or one or two months (tenth round: "my 2 month old has a temp
# of 38 but is otherwise fine" was the head's alone); a fever by word, number or feel, not when denied ("no fever").
_INFANT_AGE = (rf"(?:(?:{_AGE_COUNT} (?:days?|weeks?|wks?)"
               r"|(?:1|2|one|two) (?:months?|mnths?|mos?)) old"
               # the age said without "old" (twelfth round, the lead's probe: "our baby is 5 weeks and has a temp"),
               # not a pregnancy's weeks or a time ago
               r"|(?:baby|newborn|bub|bubba|little one|son|daughter|he|she)(?:'s| is| s| just turned| turned) (?:only |just )?"
               rf"{_AGE_COUNT} (?:days?|weeks?|wks?)"
               r"(?! (?:pregnant|along|ago|early|late|prem\w*|gestation|overdue))\b)")
# Pregnancy's red flags (the "obstetric" rule below)
_PREGNANT = (r"(?:pregnant|pregnancy|preggo|preggers|expecting|(?:\d{1,2}|twenty|thirty) ?(?:weeks?|wks?|w) (?:pregnant|along"
             r"|gone))")
_EARLIER_PREGNANCY = (r"(?:(?:last|first|previous|other|earlier|older|\w+'s) pregnanc\w*|when i was pregnant"
                      r"|when (?:she|my \w+) was pregnant|(?:pregnant|pregnancy) with (?:my|her) (?:first|eldest|son|daughter"
                      r"|older|other))")
_PREGNANCY_BLEED = (r"(?:bleed\w*|bled|blood (?:clots|loss|everywhere|coming out|in my (?:pants|knickers|underwear))"
                    r"|losing blood|lost (?:a lot of |some )?blood|passing clots|clots)(?! (?:gums?|from (?:my|her) (?:gums?"
                    r"|nose)))")
# A birth (session 53: heavy bleeding after it, below)
_BIRTH = (r"(?:gave birth|given birth|giving birth|had (?:my|the|our|her|his) (?:\w+ )?(?:baby|babies|son|daughter|boy|girl|twins)"
          r"|postpartum|post partum|after (?:the|my|her) (?:birth|delivery|labou?r|c ?section|section|caesarean)"
          r"|since (?:the|my|her) (?:birth|delivery|c ?section)|delivered|c ?section|caesarean|cesarean)")
_EARLIER_BIRTH = (r"(?:with (?:my|her) (?:first|last|older|eldest|other|previous|second)|(?:last|first|previous|earlier|other)"
                  r" (?:pregnanc\w*|birth|baby|delivery)|years ago|year ago|when (?:i|she|my \w+) gave birth|in (?:19|20)\d\d"
                  r"|student|course|exam|essay|lecture|textbook|what are the signs)")
_HEAVY_AFTER_BIRTH = (r"(?:soak\w* (?:through )?(?:a |the |my |her |one |\d+ )?(?:\w+ )?(?:pads?|towels?|sheets?|bed)"
                      r"|(?:filling|filled|going through|gone through|went through|changing|bleeding through) (?:a |one |the |my |her |\d+ )?"
                      r"(?:\w+ )?(?:pads?|towels?)(?! (?:a|per|every|each) (?:day|night))"
                      r"|(?:a|one|1) pad (?:an|every|each|per|in an?|in under an?|in less than an?) (?:half )?hour"
                      r"|clots? (?:the size of|as big as|bigger than|size of|like)|(?:big|huge|massive|large|golf ?ball|fist|plum|lemon)"
                      r" (?:sized )?clots|(?:bleeding|blood) (?:is |keeps |has )?(?:\w+ )?(?:gushing|pouring|pumping|won't stop|not stopping)"
                      r"|gush\w* (?:of )?blood|bleeding (?:\w+ )?(?:heavily|really heavy|heavy again|very heavy|so heavy|loads|a lot)"
                      r"|heavy bleeding (?:again|now|today|tonight|all of a sudden|suddenly))")
_BLEEDING_NOW = r"soaking|filling|going through|changing|gushing|pouring|pumping|bleeding|today|tonight|this morning|since"
# Several people at once, the same symptoms, and a burning appliance or relief away from home (carbon monoxide, below)
_SEVERAL = (r"(?:all|both) (?:\w+ ){0,2}of us|(?:the )?whole (?:family|house|household|flat)|every(?:one|body) (?:in|at|here)"
            r"|we (?:all|both|each)|(?:all|both) (?:the |my |our )?(?:kids|children|boys|girls|twins)|(?:both|all) (?:\w+ )?(?:kids|children)"
            r"|(?:my |our )?parents (?:are )?both|(?:me|i) and (?:my |the |our )?\w+(?: and (?:my |the |our )?\w+)? (?:all|both)"
            r"|so (?:have|has|do|does|am|is) (?:i|we|my \w+|the \w+)|(?:\w+ )?and (?:me|i|the kids|the children) (?:all |both )?"
            r"(?:have|had|got|are|keep|woke|feel)|three of us|four of us|five of us|two of us"
            r"|\w+ and (?:my |the |our )?\w+(?: and (?:my |the |our )?\w+)? (?:all|both) (?:have|had|got|are|keep|kept|woke|feel|felt)")
_SHARED_SYMPTOM = (r"(?:headaches?|head ?aches?|heads? (?:hurt|hurting|pounding|banging)|banging heads?|dizz\w*|light ?headed"
                   r"|(?:feel|feels|feeling|felt|being|been) sick|nause\w*|vomit\w*|throwing up|drowsy|sleepy|confus\w*|faint\w*"
                   r"|breathless)")
_CO_SOURCE = (r"boiler|heater|heating|gas fire|fire (?:was |is )?on|log ?burner|wood ?burner|multi ?fuel|stove|generator"
              r"|fireplace|flue|chimney|paraffin|bbq|barbecue|charcoal|car (?:\w+ )?in the garage|engine running|exhaust"
              r"|yellow flame|carbon monoxide|fumes|(?:better|fine|ok|okay) (?:\w+ ){0,2}(?:when|once|after) (?:we|they|i|he|she)"
              r" (?:\w+ )?(?:go|get|got|went|are|were|leave|left|step|stepped) (?:out|outside|away)"
              r"|(?:better|fine|ok|okay) (?:\w+ )?(?:at work|at school|outside|out of the house|away from (?:the )?(?:house|home|flat))")
_CO_NOW = r"have|has|are|is|keep|keeps|feel|feels|feeling|been|since|today|tonight|this morning|woke|won't|wont"
# bleeding that is no sign of the pregnancy's trouble: gums, a nose, piles
_NOT_THE_WOMB = r"(?:gums?|nose ?bleeds?|nose|piles|haemorrhoids|hemorrhoids)\b"
# the womb's own signs, which a named bleed from the gums or the nose does not rule out
_NOT_THE_WOMB_NAMED = re.compile(rf"\b{_NOT_THE_WOMB}")
_THE_WOMB = re.compile(r"\b(?:vagina\w*|down there|down below|pads?|spotting|clots?|cramp\w*|waters?|contraction\w*|belly"
                       r"|stomach|tummy|abdom\w*|womb|uterus|bump|baby (?:\w+ )?(?:mov|kick)\w*)\b")


def bleeding_not_from_the_womb(text: str) -> bool:
    """A pregnancy's bleeding told from the gums, the nose or piles, with none of the womb's own signs beside it ("pregnant
    and my gums are bleeding when i brush"): the rules' pregnancy bleed reads none of these (`_NOT_THE_WOMB`), and the
    head's lone obstetric alarm on them is answered (session 50, the lead's probe)."""
    t = normalise(text)
    return bool(_NOT_THE_WOMB_NAMED.search(t)) and not _THE_WOMB.search(t)


# A pain that moves on from where it started, and what a tooth's or an ear's pain spreads from (the cardiac sign below)
_SPREADING = (r"(?:crushing|pressing|squeezing|pain|ache|aching|pressure|heaviness|it|its|it's) (?:is |now |now is |has )?"
              r"(?:going|gone|spreading|spread|spreads|radiating|radiates|moving|moved|shooting|travelling|traveling|goes"
              r"|crushing|pressing) (?:\w+ )?(?:in ?to|up to|to|down|up|through)")
# a pain brought on by a movement or a posture is the muscles' or a nerve's ("down my arm when i type")
_POSITIONAL = r"when (?:i|he|she|they) (?:type|lift|move|turn|bend|reach|raise|sleep|lie)\b"
_TOOTH_OR_EAR = r"(?:tooth|teeth|toothache|dental|dentist|wisdom|molar|filling|ear|earache|gum|gums|tmj|clench\w*|grind\w*)\b"
_LESS_MOVING = (r"(?:baby|bub|bubba|babys|baby's|little one)\b(?: \w+){0,2}? (?:hasn't|hasnt|has not|hadn't|isn't|isnt"
                r"|is not|not|stopped|hardly|barely|has stopped|not been|hasn't been|hasnt been|isnt really|isn't really)"
                r" (?:\w+ ){0,2}?(?:mov\w*|kick\w*)(?! (?:up|on|out|house|rooms?|into|over|schools?))|(?:haven't|havent|have not|not|can't|cant|cannot|didn't|didnt) (?:\w+ )?"
                r"(?:felt|feel|feeling) (?:the |my |her )?(?:baby|bub|little one|any) ?(?:mov\w*|kick\w*)"
                r"|(?:fewer|less|reduced|no|slower) (?:fetal |foetal |baby )?(?:movements?|kicks?)|(?:movements?|kicks?)"
                r" (?:have |has )?(?:slowed|stopped|reduced|gone quiet)")
_PE_HEAD = r"(?:headache|head ache|head is (?:pounding|splitting|killing))"
_PE_SIGN = (r"(?:blurr\w*|vision|seeing (?:spots|stars|flashing|lights)|flashing lights|spots in front|swollen (?:face|hands"
            r"|feet)|face (?:is |has )?swollen|swelling (?:of|in) (?:my |her )?(?:face|hands)|pain (?:under|below) (?:my |her )?ribs)")
_FEVER = (r"(?<!no )(?<!not a )(?<!without )(?<!without a )(?:fever\w*|temp\w*|3[89](?:\.\d)?|40(?:\.\d)?|burning up"
          r"|feels? (?:really |very |so )?hot)")
# Eighth round: hurting oneself with a tool of self-injury ("burned my arm with a lighter again", "scratched my leg
# with a compass"), not by accident. The output check reads a question with it too (output_context._SELF_HARM_Q).
SELF_INJURY_BY_TOOL = (
    r"(?:cut|cutting|burn\w*|scratch\w*|carv\w*|scrap\w*|stabb?\w*) (?:my ?self|myself|my (?:\w+ )?(?:arms?|legs?"
    r"|wrists?|thighs?|stomach|skin|forearms?))(?: \w+){0,2}? (?:with|using) (?:a |my |the )?(?:lighter|blade"
    r"|razor|compass|knife|scissors|pin|needle|pencil sharpener|sharpener|cigarette|hot spoon)"
    r"(?!.*\b(?:by accident|accidental\w*|by mistake|lighting|cooking|chopping|shaving)\b)")
# Session 47: hurting or cutting oneself in an everyday accident is an injury, not self-harm (`frames.ACCIDENT`, `MEANT`):
# NOT_BY_ACCIDENT follows the words that tell the hurt (an accident told after them, with nothing meant anywhere after);
# _ACCIDENTALLY goes before them (the accident told first: "accidentally cut myself")
NOT_BY_ACCIDENT = rf"(?!(?=.*\b{ACCIDENT}\b)(?!.*\b{MEANT}))"
_ACCIDENTALLY = r"(?<!accidentally )(?<!accidently )(?<!by accident i )(?<!by mistake i )"
_CANT = r"(?:can't|can not|unable to|couldn't)"
_SUBJ = r"(?:i|i'm|he|she|they|he's|she's|they're|we|my \w+(?: \w+)?|the baby|the kid|it|who)"
# Session 50: medicines set out for the days ahead ("the tablets are counted out on my desk for the week"), as a regimen
# is: no means laid out
_REGIMEN = (r"(?!(?: \w+){0,5} (?:for the (?:week|month|fortnight|days? ahead)|into (?:a|my|the) (?:pill ?box|dosette"
            r"|organi[sz]er)|weekly|each day|every day))")
_DRUGS = (r"(?:pills|tablets|capsules|meds|medications?|medicines?|tylenol|paracetamol|acetaminophen|ibuprofen"
          r"|advil|aspirin|xanax|valium|oxy\w*|opioids?|fentanyl|heroin|insulin|sleeping pills|antidepressants"
          r"|benadryl|melatonin|vitamins|iron pills"
          # issue 21, fourth round: more of the medicines people overdose on
          r"|codeine|co codamol|cocodamol|tramadol|morphine|methadone|sertraline|citalopram|fluoxetine|amitriptyline"
          r"|diazepam|zopiclone|propranolol|naproxen|pregabalin|gabapentin|quetiapine|lithium)")
_QUANTITY = (r"(?:like |about |around |maybe |over |almost |nearly )?(?:[1-9]\d+(?! ?(?:mg|mcg|ml|g|units?|iu)\b)|ten|twenty|thirty|forty|fifty|a hundred"
             r"|a bunch of|a lot of|lots of|loads of|too many|too much|a handful of|handful of|a whole bottle of"
             # session 53, the lead's probe ("my girlfriend took a load of paracetamol last night" was answered): the
             # other everyday words for a large amount
             r"|a load of|a ton of|tons of|a heap of|heaps of|a pile of|piles of|a fistful of|fistfuls of|a stack of"
             r"|a (?:shit|shed) ?load of|(?:shit|shed) ?loads of"
             r"|the whole bottle of|the whole bottle|a whole pack of|(?:a|the) whole (?:box|packet|strip|tub) of|an entire bottle of|all (?:of )?(?:my|his|her|the|their)"
             # session 45, the lead's probe ("i took the whole pack of paracetamol 2 hours ago", "2 boxes of
             # paracetamol" got only the dose notice): a whole or entire container of any kind, or several
             r"|(?:a|the|an) (?:whole|entire|full) (?:pack|packet|box|bottle|strip|tub|blister(?: pack)?|sheet|jar|tube|container) of"
             r"|(?:[2-9]|two|three|four|five|six) (?:packs|packets|boxes|bottles|strips|tubs|blisters|blister packs|sheets) of"
             # eleventh round: "just took my whole insulin pen" (not a whole tablet, dose or course instead of half)
             r"|(?:my|his|her|their) (?:whole|entire)(?! (?:tablet|pill|dose|capsule|course|prescription)\b))")
_HOUSEHOLD = (r"(?:bleach|poison|rat poison|antifreeze|detergent|laundry pods?|tide pods?|dishwasher \w+|drain cleaner"
              r"|cleaning \w+|cleaner|pesticide|insecticide|weed ?killer|button batter(?:y|ies)|batter(?:y|ies)"
              r"|lighter fluid|gasoline|petrol|kerosene|wild mushrooms|mushrooms|berries|paint thinner|mothballs?"
              r"|chemicals?|ammonia|windshield fluid|nail polish remover|e ?cig(?:arette)? liquid|vape juice|lye)")

_AMOUNT = (r"(?:[1-9]\d+|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|a hundred|all|the whole|a whole"
           r"|an entire|the entire|that many|these|those|them|the lot|a (?:bottle|pack|box|packet|strip|tub))\b")
_LETHAL_FOR_ME = (
    rf"^(?!.*\b(?:accident\w*|by mistake|mistaken\w*|extra|double\w*|twice|forgot|my (?:dog|cat|puppy|kitten|pet)\b))"
    rf"(?=.*\b(?:{_DRUGS}|pack|packet|bottle|box|strip|tub|doses?|of my)\b)"
    rf"(?:.*\b(?:would|will|could|can|might|is|are)\b (?:\w+ ){{0,3}}?{_AMOUNT}(?: \w+){{0,5}}? (?:kill me|finish me off|be"
    rf" (?:fatal|lethal|deadly) (?:for|to) me|be enough to (?:kill me|die|not wake up|never wake up|end it|do it))"
    rf"|.*\bhow many (?:\w+ ){{0,5}}?(?:would|will|could|to|does it take to|would it take to|do i need to|till|until)"
    rf" (?:\w+ )?(?:kill me|i die|i'd die|not wake up|never wake up|end it)"
    rf"|.*\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|number) (?:of (?:\w+ ){{1,2}})?(?:for me|i (?:would|could)"
    rf" take)|.*\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|number) of my )")
# ... and asked "hypothetically" or "just curious" it is still the writer's own amount (see `framing`)
LETHAL_FOR_ME = re.compile(_LETHAL_FOR_ME)

# Vital signs told as numbers, on normalised text ("220/130" reads "220 130", "88%" reads "88", "41.5" reads "41 5";
# session 45, the lead's probes: "my sats are 88%", "my blood pressure is 220/130 and i have a headache", "my temp is 41.5
# and i feel confused" got answers). Thresholds are the NHS's and NICE's for care now: oxygen 91% or less; 180 or more
# over anything, or 120 or more below, with a symptom of harm to the brain, heart or eyes; 40 C (104 F) or more with
# confusion, drowsiness, a stiff neck, a rash or a fit.
_READS = r"(?: (?:is|are|was|were|at|of|reading|reads|says|shows|just|went|gone|up|down|dropped|to|only|now|like|around|about|over))*"
_OXYGEN_LOW = (r"(?:sats|saturations?|oxygen(?: levels?| saturation| sats?)?|o2(?: sats?| levels?)?|spo2|pulse ?ox\w*)"
               rf"{_READS} (?:[5-8]\d|9[01])\b(?! (?:years?|yrs?|kg|lbs?|mg|bpm|litres?|liters?))")
_BP_CRISIS = rf"(?:blood pressure|bp){_READS} (?:(?:1[89]\d|2\d\d) \d{{2,3}}|\d{{2,3}} (?:1[2-9]\d))\b"
_BP_HARM = (r"(?:headache|head is pounding|chest|vision|blurr\w*|can't see|confus\w*|breath\w*|numb\w*|weak\w*"
            r"|nose ?bleed|vomit\w*|throwing up|dizzy|slurr\w*)")
_HIGH_FEVER = (rf"(?:temp\w*|fever){_READS} (?:4[0-4]|10[4-9])(?: \d)?(?: ?(?:degrees|c|f))?\b")
_FEVER_HARM = (r"(?:confus\w*|drowsy|won't wake|can't wake|hard to wake|stiff neck|rash|floppy|delirious|not making sense"
               r"|seiz\w*|fitting|hallucinat\w*)")

# breathlessness told with effort ("out of breath on the stairs") is not the clot's sign
_CHEST_OR_BREATH = (r"(?:chest (?:pain|pains|hurts?|hurting|tight\w*)|pain (?:in|on) (?:my|his|her|the) chest"
                    r"|short(?:ness)? of breath|breathless|out of breath|can't (?:breathe|catch (?:my|his|her) breath)"
                    r"|struggling to breathe|hurts? (?:to|when (?:i|he|she|you)) breath\w*)"
                    r"(?! (?:\w+ ){0,2}?(?:on|going up|climbing|after|when (?:i |he |she )?(?:walk|run|climb|go up)\w*)"
                    r" (?:the )?(?:stairs|hills?|walks?|runs?|running|exercis\w*|gym|jog\w*|football|sport))")
# a calf or leg swollen, red or hot (a clot's signs), not one that only aches (a run, a cramp)
_CLOT_LEG = (r"(?:(?:calf|calves|leg|legs|thigh)(?:'s| is| are| has| looks| feels| went| gone)? (?:\w+ ){0,2}?(?:swollen"
             r"|swelling|swelled|puffy|puffed up|red|hot|warm)|(?:swollen|swelling|puffy|red|hot) (?:\w+ )?(?:calf|calves|leg"
             r"|thigh))")
_BLOW = (r"(?:car crash|crash\w*|collision|accident|came off|fell off|thrown off|knocked off|tackled?|kicked (?:in|by)"
         r"|hit by|run over|handlebars?|punched)")
_BELLY_PAIN = (r"(?:(?:belly|stomach|tummy|abdomen|abdominal|side|ribs|left shoulder)(?:'s| is)? (?:\w+ ){0,2}?(?:hurts?|hurting"
               r"|pain\w*|sore|swollen|rigid|hard|tender)|(?:pain|hurts?|hurting) (?:\w+ ){0,2}?(?:in|on) (?:my|his|her|the)"
               r" (?:belly|stomach|tummy|abdomen|side))")
_SHOCK = (r"(?:light ?headed|dizzy|faint\w*|pale|clammy|cold and sweaty|passing out|passed out|heart (?:is )?racing"
          r"|confused|grey|gray)")

# the present said of a sign ("my calf is swollen", "it's moving up", "hurts more and more"): beside a past cause
SAID_NOW = re.compile(r"\b(?:is|are|am|i'm|it's|he's|she's|they're|keeps?|now|still|getting worse|more and more"
                      r"|worse and worse|right now|at the moment|can't)\b")

# Session 48 (msg24): "end things with my boyfriend", "ending it with her tonight": a "with" that names no means is the
# other side of a break-up or a contract, not the writer's life ("gonna end it with the pills i saved" keeps its reading)
BREAK_UP = (r"(?! (?:\w+ )?with (?!(?:[\w']+ ){0,3}?(?:pills|tablets|meds|medication|rope|noose|knife|blade|razor|gun|rifle"
            r"|vodka|alcohol|overdose|car|train|bridge|jump)\b))")

# What water or electricity did to someone, in both of their red flags below (session 48)
_OUT_OF_IT = r"not moving|isn't moving|unconscious|not breathing|isn't breathing|won't wake|can't wake|limp|confused"

_WENT_DOWN = (r"(?:went down|gone down|dropped (?:to the (?:floor|ground)|like a stone)|fell (?:down|to the (?:floor|ground))"
              r"|hit the (?:deck|floor|ground)|slumped|crumpled|keeled over|fell over)")

RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag("self_harm", signs=(
        r"(?:kill|harm|hang|shoot|drown|poison|starve) (?:my ?self|myself)",
        # session 48 (msg24): the same act in other verbs ("i am finishing myself this week", "gonna end myself")
        r"(?:finish|finishing|end|ending|off|offing|top|topping|unalive|unaliving) (?:my ?self|myself)\b(?! (?:a |an |some |off "
        r"(?:a|an|the|my)|with (?:a|an) (?:drink|coffee|tea|bath|nap|snack|treat|shower|walk|beer|wine)))",
        _ACCIDENTALLY + r"(?:hurt|cut) (?:my ?self|myself)" + NOT_BY_ACCIDENT,
        r"(?:want|wanna|need|going|gonna|plan\w*|ready|decided|thinking about|think about|tempted) (?:to )?"
        r"(?:die(?! (?:of|from) (?:embarrassment|shame|cringe|boredom|laughter|laughing|happiness|jealousy))"
        r"|end (?:it|it all|things|my life)" + BREAK_UP + r"|commit suicide|take my (?:own )?life|not (?:be here|exist|wake up))",
        r"(?:end|ending|take|taking) my (?:own )?life",
        r"suicidal|kms",
        r"(?:jump|jumping) (?:off|from|in front of) (?:a |the |my )?(?:bridge|building|roof|cliff|train|car|balcony)",
        # a poison meant to be drunk ("i want to drink bleach", "my husband beats me, i want to drink the pesticide": the
        # first got an answer, the second the dose notice; session 46, the lead's and out22's probes)
        r"(?:want|wanna|going|gonna|planning|plan|thinking (?:about|of)|about|tempted|ready|decided|urge) (?:to )?(?:just )?"
        r"(?:drink|drinking|swallow|swallowing|down|downing|chug|chugging)(?: some| the| a bottle of| a cup of| a glass of| all the)?"
        r" (?:bleach|rat poison|poison|antifreeze|detergent|drain cleaner|pesticide|insecticide|weed ?killer|lighter fluid"
        r"|petrol|gasoline|kerosene|paint thinner|ammonia|lye|nail polish remover|paraquat|cleaning (?:fluid|products?|stuff))",
        # a crash meant, as a thought that keeps coming or a wish ("i keep thinking about driving into a wall on the
        # motorway"; session 46, the lead's probe), not a day's annoyance ("this traffic makes me want to drive into a wall")
        r"(?:keep|kept|been|keeps|always|constantly) (?:\w+ )?(?:thinking|think|fantasi\w*|dreaming) (?:about|of) (?:just )?"
        r"(?:driving|crashing|steering|swerving|veering|walking|stepping) (?:my car |the car |off )?(?:into|in front of|off)"
        r" (?:a |the |an )?(?:\w+ )?(?:wall|tree|bridge|lorry|truck|bus|train|traffic|oncoming|cliff|river|barrier|road)",
        # a crash meant, as a wish, a plan or a thought of the writer's own ("if i drive off the bridge on the way home no
        # one would even notice", "i could crash the car on purpose and it would look like an accident"; session 47, the
        # lead's probes: distress and a bleeding reply), not a drive over a bridge or into the lake district
        r"(?:if i|what if i|i could|i might|i should|i'll|ill|i will|i wanna|i want to|tempted to|urge to|gonna|going to)"
        r" (?:just )?(?:drive|drove|steer|steered|swerve|swerved|crash|crashed|plough|ploughed)(?: my car| the car| it)?"
        r" (?:off (?:a |the )?(?:\w+ )?(?:bridge|cliff|pier|edge|flyover|overpass)|(?:into|in front of) (?:a |the |an )?"
        r"(?:\w+ )?(?:wall|tree|lorry|truck|bus|train|oncoming|river|lake|sea|quarry|barrier|canal)(?! district| side\b))",
        r"(?:crash\w*|driv\w*|drove|steer\w*|swerv\w*) (?:my |the )?car (?:\w+ ){0,3}?on purpose"
        r"|(?:make|made|makes) it (?:look|seem) like an accident",
        r"(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:\w+ )?(?:pills|meds|tablets)|end it all|ending it all",
        # "ending it" needs a time or nothing after it: "ending it with him" is a break-up
        r"ending (?:it|things|everything)" + BREAK_UP + r" (?:all )?(?:tonight|today|now|soon|this week|for good)"
        r"|(?:i'm|im|i am|i'll|ill|i will) ending (?:it|things|everything)$",
        r"(?:pills|meds|tablets) (?:\w+ )?(?:saved|stockpiled|hoarded|ready)",
        r"(?:slit|slitting|slashed|cut open) (?:my|his|her|their) wrists?",
        r"i (?:just |have |'ve )?cut (?:both )?my wrists?\b" + NOT_BY_ACCIDENT,
        r"wish (?:i|he|she) (?:was|were|could be) dead|wish (?:i|he|she) (?:could|would) (?:just )?die|feel like dying",
        r"(?:don't|do not|dont) want to (?:live|be alive|be here|wake up|exist|go on)",
        # (session 52: not while an illness goes round, `frames.WHILE_ILL_AFTER`)
        r"better off (?:dead|without me" + WHILE_ILL_AFTER + ")",
        # session 52 (msg28, tune round 23): the slang verb said of the writer's own act to come ("unaliving tn fr", "gonna
        # unalive"), not of someone or something named after it ("my character unalives himself" is a story's)
        r"(?:^|i'm |im |i am |gonna |going to |about to |finna |tryna |i'll |ill |i will |wanna |want to )unaliv(?:e|ing)\b"
        r"(?! (?:him|her|them|the|a|an|this|that|his|your|these|those|my (?!self))\b)",
        r"no (?:reason|point) (?:to|in) (?:live|living|go on|going on)",
        r"(?:goodbye|suicide) (?:note|letter)",
        r"(?:i'm|i am|i've been|i keep|been) self ?harming",
        r"(?:i'm|i am|i've been|i keep|been) cutting (?:my ?self|myself|my (?:arms?|legs?|wrists?))" + NOT_BY_ACCIDENT,
        # veiled: "sleep and never wake up", "i just want it to be over", "the pills are lined up"
        r"(?:sleep|go to sleep) and (?:never|not) wake up|never wake up again",
        r"(?:want|wanted|need) (?:it|this|everything) (?:all )?to (?:be over|end)",
        # (session 50: not counted out for the week or into a pill box, as a regimen is: `_REGIMEN`)
        r"(?:pills|tablets|meds) (?:\w+ ){0,2}(?:lined up|counted out)" + _REGIMEN
        + r"|counted (?:them|the pills|the tablets) out",
        r"tonight is the night",
        # seventh round: a whole supply as the plan ("im taking the lot when my shift ends"), and a goodbye from
        # the top or edge of a height ("im at the top of the quarry. bye")
        r"(?:i'm|im|i am|gonna|going to|i'll|ill|i will|about to) (?:just )?(?:take|taking|swallow\w*|down\w*|neck\w*)"
        r" (?:the lot|them all|all of them|every (?:last )?(?:one|pill|tablet))\b(?! (?:to|with|for|out|home|back|in|on)\b)",
        SELF_INJURY_BY_TOOL,
        # exhaust fumes in a closed space as the means
        r"(?:engine|car|motor)(?:'s| is)? (?:\w+ ){0,2}?(?:running|on)\b.{0,40}\b(?:garage|shut|closed)\b"
        r"|\bhose (?:\w+ ){0,3}(?:exhaust|tailpipe)|(?:exhaust|tailpipe) (?:\w+ ){0,3}(?:into|through|in) (?:the |my )?"
        r"(?:car|window)",
        r"(?:at|on) the (?:top|edge) of (?:the |a |this )?(?:\w+ )?(?:quarry|cliff|bridge|roof|car park|multi ?stor\w*"
        r"|building|tower|dam|viaduct|tower block|flats)\b.{0,40}\b(?:bye(?! for now)|goodbye|farewell|love you all|sorry)\b",
        r"(?:thinking|think|thought|considering|contemplating|planning) (?:about |of )?(?:suicide|killing myself"
        r"|ending (?:it|it all|my life)|taking my (?:own )?life)",
        # issue 21: the means ready, or standing at the edge
        r"(?:rope|noose|knife|blade|razor|gun) (?:is |are )?(?:\w+ )?(?:ready|tied|set up|in my hand|loaded)",
        r"(?:standing|sitting|stood|i'm|i am) (?:on|at) (?:the )?(?:edge|ledge|roof|top) of (?:the |a )?(?:roof|bridge"
        r"|building|cliff|car park|multi storey)|(?:standing|sitting) on (?:the |a )?(?:ledge|edge of the roof|bridge"
        r" railing|railing)",
        r"(?:tonight|today|tomorrow)(?:'s| is)? (?:when|the day|the night) i (?:end it|finish it|do it|kill myself|die)",
        # issue 21, fifth round: on the railway, and any medicine set out
        r"(?:sat|sitting|standing|stood|lying|laying|lay|waiting|kneeling|i'm|i am) (?:\w+ )?on (?:the )?(?:(?:train"
        r"|railway|rail|tram) (?:tracks?|lines?)|tracks|railway|level crossing)",
        rf"{_DRUGS} (?:\w+ ){{0,8}}?(?:lined up|counted out|laid out)" + _REGIMEN,
        # issue 21, eleventh round: whether an amount would kill the writer ("would 20 paracetamol kill me",
        # "hypothetically would 30 of my sleeping pills be enough to not wake up", "whats the lethal dose of
        # paracetamol for me") got only the dose notice: asking the lethality of one's own dose is read as risk,
        # whatever frames the question; an accident ("i took 2 extra by mistake, will it kill me") or one or two
        # tablets is a dose worry, read by the dose rules
        _LETHAL_FOR_ME,
    )),
    RedFlag("overdose", signs=(
        rf"(?:took|taken|swallowed|ate|downed|popped|had|injected) {_QUANTITY} (?:\w+ ){{0,3}}?{_DRUGS}",
        # A bare count ("i took 30"): ten or more of something that is not a unit of time or dose.
        r"(?:took|taken|swallowed|downed|popped) (?:like |about |around |maybe )?[1-9]\d+"
        r"(?! (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|steps|mg|mcg|ml|units?|iu|g)\b)",
        # (session 52, tune round 21: not a drink or a food said to be overdosed on, "overdosed on coffee before my night
        # shift": a figure of too much; caffeine pills or tablets stay the rule's)
        r"overdos(?:ed|ing)(?! on (?:coffee|tea|sugar|chocolate|sweets|candy|cake|carbs|junk food|pizza|crisps|cheese"
        r"|netflix|tv|telly|sun|sunshine|love|work|revision)\b)|od'd|i od|(?:he|she|they) od",
        # what was left of a container, taken at once ("she took the rest of the bottle an hour ago"; session 45, the
        # lead's probe), not the end of a course ("took the rest of the pack as prescribed")
        r"(?:took|taken|swallowed|downed|necked|popped) (?:all )?(?:the rest|what was left|whatever was left|what's left)"
        r" of (?:the|my|his|her|their|a) (?:bottle|pack|packet|box|strip|tub|blister(?: pack)?)\b"
        r"(?!.*\b(?:course|prescribed|as (?:told|directed|advised)|finish\w*|antibiotics?)\b)",
        rf"(?:swallowed|ate|eaten|got into|chewed) (?:some|a few|the|a|an|\w+'?s) (?:\w+ )?{_DRUGS}",
        # not a night's drinking ("drank too much at the work do", "had too much to drink"; eighth round)
        r"(?:took|taken|had|drank|used|injected) (?:way )?too (?:much|many)(?! (?:to drink|at|last night|wine|beer|booze"
        r"|alcohol|vodka|prosecco|coffee|caffeine|sugar|food|chocolate|cake|fun|sun)\b)",
        r"(?:took|taken) (?:\w+ )?(?:double|triple) (?:the |my |his |her )?(?:dose|insulin)",
    ), conditions=(r"overdos\w*",)),
    RedFlag("poisoning", signs=(
        rf"(?:drank|drunk|swallowed|ate|eaten|ingested|inhaled|breathed in|got into|drinking|eating|licked|chewed"
        rf"|bit into|sprayed) (?:\w+ ){{0,3}}?{_HOUSEHOLD}",
        r"carbon monoxide (?:alarm|detector) (?:is |keeps )?(?:going off|beeping|went off)",
        r"(?:bitten|bit|stung) by (?:a |an )?(?:snake|rattlesnake|scorpion|black widow|brown recluse|spider)",
        r"snake ?bite",
    ), conditions=(r"(?<!food )poison\w*", r"carbon monoxide")),
    RedFlag("cardiac", signs=(
        r"crushing (?:chest )?pain|chest (?:is )?(?:crushing|being crushed|being squeezed)",
        # a pain or a crushing that spreads into the jaw, an arm or a shoulder told with a sweat, sickness or lost breath
        # and no chest named ("had indigestion all evening, now its crushing into my jaw and im sweating buckets": the
        # head alone read it, as an overdose; session 50, the lead's probe); not a tooth's or an ear's pain
        rf"^(?!.*\b(?:{_TOOTH_OR_EAR}|{_POSITIONAL})).*\b{_SPREADING} (?:\w+ )?(?:my|his|her|their|the) (?:left )?(?:jaw|arm|shoulder)s?\b.*"
        r"\b(?<!no )(?<!not )(?<!without )(?:sweat\w*|clammy|nause\w*|vomit\w*|throw\w* up|breathless|short of breath"
        r"|out of breath|faint\w*)",
        r"(?:chest|heart) (?:pain|pains|hurts?|hurting|tight\w*|pressure)\b.*\b(?:breath\w*|breathe|air"
        r"|left arm|my arm|his arm|her arm|jaw|sweat\w*|clammy|faint\w*|dizzy)",
        r"(?:short(?:ness)? of breath|breathless|out of breath|can't breathe|can't catch (?:my|his|her) breath)\b.*"
        r"\b(?:chest|heart) (?:pain|pains|hurts?|hurting|tight\w*|pressure)",
        rf"{_SUBJ} (?:is |am |'s |are )?(?:having|had) (?:a |an )?heart attack",
        r"(?:think|thinks|feels like|feel like) (?:i'm|i am|he's|he is|she's|she is|they're|my \w+ is|it's|i'm)? ?"
        r"(?:having )?(?:a )?heart attack",
        r"heart attack,? i (?:think|reckon)|heart (?:stopped|has stopped|is stopping)|no pulse|(?:can't|can not) (?:find|feel) (?:a |his |her )?pulse",
        rf"{_BP_CRISIS}.*\b{_BP_HARM}|{_BP_HARM}\b.*\b{_BP_CRISIS}",
        # a heart rate far out of range with fainting, dizziness, chest pain or breathlessness ("my pulse is 180 and i
        # feel dizzy"; session 45, the lead's probe): 150 or more, or 40 or less, told as a number
        r"(?:heart ?rate|pulse|hr|heart (?:is )?(?:racing|pounding|beating)(?: at)?|heartbeat) (?:\w+ ){0,4}?(?:1[5-9]\d|2[0-4]\d"
        r"|[23]\d)(?! ?(?:years?|yrs?|days?|mins?|minutes|seconds|secs|steps|kg|lbs?|cm|mg|%))\b.*\b(?:faint\w*|pass(?:ing)?"
        r" out|black(?:ing)? out|dizzy|light ?headed|chest|breath\w*|collaps\w*)",
    # (ninth round: a chest that hurts when one coughs, sneezes, laughs or twists is the wall of it, not the heart;
    # breathing in is left to the rules, as a clot hurts then)
    ), conditions=(r"heart attack", r"chest pains?", r"chest (?:hurts?|hurting|tight\w*|pressure)(?! (?:\w+ )?(?:when|if"
                   r"|after|from) (?:i |he |she |they |you )?(?:cough|sneez|laugh|twist|press|lift|stretch)\w*)",
                   r"cardiac arrest")),
    RedFlag("stroke", signs=(
        r"(?:face|mouth|smile|lip) (?:is |looks |went |has gone |started )?(?:all )?(?:drooping|droopy|droops|drooped"
        r"|lopsided|crooked|uneven|sagging|numb)",
        r"(?:drooping|droopy|sagging|crooked) (?:face|mouth|smile)",
        # a face that has "dropped" or "fallen" is a stroke sign only on one side ("his face dropped" alone is a
        # look of disappointment)
        r"(?:face|mouth|smile) (?:has |'s |is |just |kind of |kinda )?(?:dropped|fallen|slipped|gone down) (?:on |down )"
        r"(?:one|the (?:left|right)|1) side",
        rf"{_CANT} (?:lift|raise|move|feel|use) (?:my|his|her|their|one|the|either|a|their) (?:\w+ )?(?:arm|leg|hand|side)",
        r"(?:one side|half|left side|right side) (?:of )?(?:my|his|her|their|the|\w+'?s)? ?(?:face|body)? ?(?:is |went |feels |has )?"
        r"(?:numb|weak|paralyzed|paralysed|dead|limp|drooping|not working|dropped|fallen|slipped)",
        r"(?:slurred|slurring) (?:his |her |my |their )?(?:speech|words|talking)|(?:speech|words|talking) (?:is |are |sounds? )?"
        r"(?:slurred|slurring|garbled|jumbled)|slurring",
        rf"(?:{_CANT}|suddenly can't|cannot) (?:talk|speak|get (?:the|my|his|her) words out|see out of)",
        rf"{_SUBJ} (?:is |am |'s |are )?having (?:a )?stroke",
        r"worst headache (?:of|in) (?:my|his|her|their) life|thunderclap headache"
        r"|sudden (?:severe|terrible|excruciating|very bad|splitting) headache",
        r"(?:think|thinks) (?:i'm|i am|he's|he is|she's|she is|my \w+ is)? ?having (?:a )?stroke",
    ), conditions=(r"stroke", r"mini ?stroke", r"tia")),
    RedFlag("breathing", signs=(
        rf"{_CANT} (?:breathe|breath|breathing|get (?:any )?air|catch (?:my|his|her|their) breath)",
        r"(?:not|stopped|stop|isn't|aren't|wasn't|quit) breathing",
        r"gasping (?:for (?:air|breath))?|turning blue|(?:lips|face|skin) (?:are |is |went |turning )?(?:blue|grey|gray)",
        # session 44: blue and floppy at any age ("he's gone blue and floppy"; only a baby's was read before)
        r"(?:gone|turned|went|go|goes|is|'s) (?:all )?(?:blue|grey|gray) and (?:floppy|limp|lifeless)"
        r"|(?:floppy|limp|lifeless) and (?:blue|grey|gray)",
        r"inhaler (?:is not|isn't|not|doesn't|does not|won't) (?:working|helping)",
        r"(?:struggling|fighting) (?:to|for) (?:breathe|breath|air)",
        _OXYGEN_LOW,
    ), conditions=(r"asthma attack", r"severe asthma", r"respiratory arrest")),
    RedFlag("choking", signs=(
        r"(?:is|'s|i'm|am|are|he's|she's|they're|baby|kid|child|son|daughter) chok(?:ing|in)|chok(?:ing|in) on",
        # session 49 (conv25): something stuck and the colour going, or the back blows not shifting it ("a bit of apple
        # stuck and he's going purple", "back blows aren't shifting it"); what is seen, not the word choking
        r"\b(?:stuck|lodged)\b(?: [\w']+){0,8}? (?:going|gone|turning|turned|went) (?:blue|purple|grey|gray)",
        r"back (?:blows|slaps|thumps)(?: [\w']+){0,3}? (?:are not|aren't|arent|not|haven't|havent|didn't|didnt|don't|dont|won't|wont)"
        r" (?:\w+ )?(?:working|work|worked|shifting|shift|shifted|helping|help|helped|moving|dislodg\w*)",
        # not a pill that "feels stuck" after swallowing it dry (eighth round)
        r"(?<!feels )(?<!feel )(?<!felt )(?<!feels like it's )(?<!feels like its )(?<!feels like it is )"
        r"(?:stuck|lodged) in (?:his|her|my|their|the baby's) (?:throat|airway|windpipe)",
    )),
    RedFlag("unconscious", signs=(
        # (session 53: not the writer flopping onto a sofa or a bed, "i collapsed on the sofa after a 12 hour shift")
        r"passed out|(?<!\bi )collapsed|i collapsed(?! (?:on|onto|into) (?:the |my |a )?(?:sofa|couch|settee|bed|armchair|chair)"
        r"(?: \w+){0,3} (?:after|when i got|as soon as|once i))|blacked out|unconscious|unresponsive|not responding|non ?responsive"
        # someone collapsing now ("a man collapses in front of me"), not a tent or a lung
        rf"|(?:{PERSON}|he|she|they|i|someone|somebody|a (?:man|woman|guy|lady|girl|boy|kid|child|person|runner|player))"
        r" (?:just |suddenly |has |keeps |is |'s )?(?:collapses|collapsing)"
        r"|(?:won't|will not|doesn't|isn't|can't|couldn't|cant) (?:wake(?: him| her| them)? up|respond|responding|waking)"
        r"|(?:can't|cannot|couldn't) (?:wake|rouse) (?:him|her|them|my \w+)"
        # a collapse in everyday words, and one with no answer after it ("my grandad keeled over in the garden and isn't
        # answering", "went down in the queue and wasn't responding"; conv22's probes got answers)
        r"|keeled over(?! (?:\w+ )?(?:laughing|with laughter|from laughing))"
        rf"|(?:{PERSON}|grandad|granddad|gran|mother in law|father in law|he|she|they|someone|somebody|a (?:man|woman|guy"
        rf"|lady|person)|i) (?:\w+ )?{_WENT_DOWN}\b.*\b(?:isn't|wasn't|aren't|weren't|not|won't|doesn't|didn't|can't) (?:\w+ )?(?:responding|respond"
        r"|answering|answer|waking|talking|breathing)"
        # session 48 (msg24): not woken since a knock-out, told now ("got knocked out and hasn't come round", "she's still
        # out cold"), not a visit ("hasn't come round since christmas") nor a change of mind ("come round to the idea")
        r"|(?:hasn't|has not|haven't|have not|isn't|is not|still not|not yet|won't|didn't|did not) (?:\w+ )?(?:come|coming"
        r"|came) (?:round|around|to)\b(?! (?:to|for|since|here|there|at|in|on|my|our|your|his|her|the|a|an|it|this|that"
        r"|see|visit|dinner|tea|lunch|much|often|any ?more|the idea)\b)"
        r"|(?:is|'s|still|he's|she's|they're|are) (?:\w+ )?out cold",
    ), conditions=(r"fainted|fainting",)),
    # Session 48, the lead's probes: the other languages' lexicons had water and electricity, English had neither ("he got
    # electrocuted fixing the plug and isnt moving", "my friend is drowning in the river help" got ordinary answers). A
    # shock counts with what it did (a tingle off the car door is none); drowning is someone in the water now, or pulled
    # out with a sign (not "drowning in work").
    RedFlag("drowning", signs=(
        # someone told as drowning now, not a likeness ("i feel like im drowning"), a question of signs or a game
        rf"(?<!like )(?<!signs )(?<!sign )(?<!if )(?<!when )(?<!whether )(?:(?:my |our |the |a |his |her )?{PERSON}|he|she"
        r"|they|someone|somebody|(?:a|the) (?:man|woman|kid|boy|girl|person|swimmer|lad|guy|surfer)|i|i'm|we|we're)"
        r" (?:is |'s |are |'re |am )?(?:\w+ )?drowning\b(?! in (?:work|debt|paperwork|emails?|homework|assignments?"
        r"|bills|stress|tears|sorrow|grief|admin|deadlines|laundry|washing|orders|messages|notifications|marking|essays?"
        r"|exams?|revision|coursework|love|sweat|sauce|gravy|ketchup)\b)",
        r"(?:nearly|almost|half) drowned\b.*\b(?:cough\w*|sleepy|drowsy|confused|breath\w*|vomit\w*|throwing up|sick|blue"
        r"|grey|gray|limp|floppy|pale|just now|today|tonight|this (?:morning|afternoon|evening)|an hour ago|earlier)",
        r"(?:pulled|dragged|got|fished|lifted|carried) (?:him|her|them|my \w+|the \w+|\w+) (?:\w+ )?out of (?:the |a )?(?:water|pool"
        rf"|lake|sea|river|canal|bath|bathtub|tub|pond|loch|quarry|reservoir|surf|waves)\b.*\b(?:{_OUT_OF_IT}|blue|grey|gray"
        r"|coughing|sleepy|drowsy|breathing (?:funny|weird|oddly|strange\w*|fast|badly|noisily)|throwing up|vomiting|frothing)",
    )),
    RedFlag("electric_shock", signs=(
        r"(?:electrocuted|electric shock|shock (?:off|from) (?:the |a )?(?:mains|socket|plug|wire|wires|cable|fence|power line"
        r"|live wire|outlet|fuse ?box|light switch|cooker|oven)|(?:touched|grabbed|hit) (?:a |the )?(?:live wire|power line"
        rf"|overhead line|third rail))\b.*\b(?:{_OUT_OF_IT}|is not moving|burn\w*|chest|heart|collapsed|fell|fallen|fitting"
        r"|seizing|not responding|isn't responding|thrown|knocked (?:out|back|off)|numb|can't feel|blacked out)",
    )),
    RedFlag("seizure", signs=(
        r"(?:is|are|'s|keeps?|started|been|he's|she's|i'm) (?:having (?:a )?(?:seizure|seizures|fit|convulsion"
        r"|convulsions)|seizing|convulsing|fitting|shaking uncontrollably|jerking)",
        r"seizure (?:won't|will not|hasn't|has not|isn't|doesn't|is not) (?:stop\w*|ending)",
        r"seizure (?:for|lasting|has lasted|lasted|going on for) (?:over |more than |about |almost )?(?:\d+|five|ten) ?min\w*",
        r"seizing|convulsing",
    ), conditions=(r"seizures?", r"convulsions?", r"epileptic fit")),
    RedFlag("bleeding", signs=(
        r"(?:bleeding|blood) (?:\w+ ){0,2}(?:won't|will not|doesn't|does not|isn't|can't|can not) stop",
        # the same said the other way round ("cut my hand chopping veg, deep and won't stop bleeding"; session 47, the
        # lead's probe: only the head read it, as self-harm), not gums that bleed when brushed
        r"(?<!gums )(?:won't|will not|doesn't|does not|can't|cannot|can not|couldn't) stop (?:the )?bleeding"
        r"(?! (?:when|after|if) (?:i |she |he |they )?(?:brush|floss))",
        r"(?:bleeding|bleed\w*) (?:heavily|a lot|so much|badly|everywhere|profusely|out|like crazy|through)",
        r"(?:heavy|severe|massive|uncontrolled|uncontrollable|lots of|so much|a lot of) (?:bleeding|blood)",
        r"(?:spurting|gushing|pouring|squirting) (?:out )?(?:blood)?|blood (?:is )?(?:spurting|gushing|pouring|squirting|everywhere)",
        r"(?:coughing|vomiting|throwing|puking) up (?:\w+ )?blood|(?:vomiting|throwing up) (?:\w+ )?blood",
        r"(?:deep|big|bad) (?:cut|wound|gash)",
        # soaking a pad an hour or faster, or clots the size of a golf ball: the threshold midwives and the NHS give for
        # bleeding after a birth or a miscarriage, or a period, that needs care now ("i gave birth 3 days ago and im
        # soaking a pad every 20 minutes"; session 45, the lead's probe)
        r"(?:soak\w*|bleed\w* through|going through|gone through|filling|filled|changing) (?:\w+ ){0,2}?(?:pads?|sanitary"
        r" (?:pads?|towels?)|maxi ?pads?|tampons?)(?: \w+){0,2}? (?:every|each|in|within|per|an|in less than|under)"
        r" (?:\d+ |few |couple of |half an? |an? |one |two |ten |twenty |thirty |fifteen )?(?:mins?|minutes|hours?|hrs?|hr)\b",
        r"clots? (?:\w+ ){0,3}?(?:the size of|as big as|bigger than|size of) (?:a |an )?(?:golf ?ball|plum|lemon|fist|orange"
        r"|egg|tennis ball)s?",
        # an open fracture (twelfth round, the lead's probe: "bone sticking out of his arm" got an answer)
        r"bone (?:\w+ ){0,3}(?:poking|sticking|coming) (?:out|through)|(?:poking|sticking) (?:out )?(?:of|through) (?:the|his|her|my) skin",
        # "shot" as the injury, not the injection ("do i need a tetanus shot"; tenth round)
        # (session 49: "the vitamin k shot", "her b12 shot", "his allergy shot" too)
        r"(?:stabbed|impaled|(?<!tetanus )(?<!booster )(?<!vaccine )(?<!flu )(?<!covid )(?<!a )(?<!the )(?<!my )(?<!vitamin k )"
        r"(?<!b12 )(?<!allergy )(?<!hep b )(?<!her )(?<!his )(?<!their )(?<!your )shot)",
    )),
    RedFlag("anaphylaxis", signs=(
        # "my throat's getting tight after a wasp sting" (session 46, the lead's probe) got an answer
        r"throat(?:'s)? (?:is |feels |keeps |getting |going |gone |becoming |starting to |started to |(?:is )?now )*"
        r"(?:\w+ and )?(?:closing|swelling|swollen|swell|tight\w*|closing up|close up|closing over)"
        # a strained voice's tightness, told with its cause ("from shouting at the match")
        r"(?! (?:\w+ )?(?:from|after) (?:all )?(?:the )?(?:shouting|singing|yelling|screaming|talking|crying|coughing|cheering))",
        r"(?:tongue|lips?|face|mouth|eyes)(?:'s)? (?:is |are |feels? |started |keeps )?(?:swelling|swollen|puffing up|blowing up)",
        r"(?:allergic reaction|reacting|anaphyla\w*)\b.*\b(?:breath\w*|throat|swell\w*|hives|wheez\w*|dizzy|faint\w*)",
        # not the pen asked about for later ("will she need an epipen from now on?"; conv22's probe)
        r"(?:used|gave|giving|need|needs|using) (?:\w+ )?(?:epi ?pen|epinephrine|adrenaline)(?! (?:\w+ ){0,2}?(?:from now on"
        r"|in (?:the )?future|going forward|for school|at school|at nursery|prescribed|on prescription|in (?:his|her|my|their)"
        r" bag|just in case|for next time))",
        r"(?:going into|gone into|went into|(?:is|am|are|i'm|he's|she's|they're) (?:in|going into)) anaphyla\w*"
        r"|anaphylactic shock",
        # tenth round: a sting with fainting or collapse, in either order ("welts everywhere fainting after hornet got
        # me"): the head alone read it, and a refit trained on everyday stings read it as mild
        r"(?:stung|sting|stings|hornet|wasp|bee)\b.*\b(?:faint\w*|passed out|passing out|collaps\w*)"
        r"|(?:faint\w*|passed out|passing out|collaps\w*)\b.*\b(?:stung|hornet|wasp|bee)\b",
    ), conditions=(r"anaphyla\w*", r"allergic reaction", r"severe allergy")),
    RedFlag("head_injury", signs=(
        r"(?:hit|banged|bumped|smashed|cracked) (?:his|her|my|their|the baby's|its) head\b.*\b(?:vomit\w*|throwing up|confused"
        r"|passed out|unconscious|seizure|won't wake|sleepy|drowsy|bleeding)",
        r"(?:fell|fall|fallen) (?:\w+ ){0,4}(?:head)\b.*\b(?:vomit\w*|throwing up|confused|passed out|unconscious|won't wake)",
        # blood or clear fluid from an ear after a blow or a fall: a sign of a skull fracture (session 45, the lead's probe:
        # "blood coming from my ear after falling off my bike" got an answer)
        r"(?:blood|bleeding|fluid|clear fluid|watery fluid) (?:\w+ ){0,3}?(?:from|out of|in) (?:\w+ )?ears?\b.*\b(?:fell|fall\w*"
        r"|hit|banged|bumped|crash\w*|knocked|accident|blow|came off)|(?:fell|fall\w*|hit|banged|bumped|crash\w*|knocked"
        r"|accident|came off)\b.*\b(?:blood|bleeding|fluid) (?:\w+ ){0,3}?(?:from|out of|in) (?:\w+ )?ears?\b",
    ), conditions=(r"concussion", r"head injury")),
    # Issue 12: categories the first rules did not have (the learned head covers their other wordings).
    RedFlag("gi_bleed", signs=(
        r"(?:vomit\w*|threw up|throwing up|thrown up|puk\w*|brought up|bringing up|sick) (?:\w+ ){0,4}coffee ?grounds?",
        r"(?:black|tarry|tar like|maroon) (?:\w+ ){0,3}(?:stools?|poo|poop)\b.*\b(?:faint\w*|dizz\w*|weak|pale"
        r"|passed out|collaps\w*|lightheaded)",
        r"(?:faint\w*|dizz\w*|weak|pale|passed out|collaps\w*|lightheaded)\b.*\b(?:black|tarry|tar like|maroon)"
        r" (?:\w+ ){0,3}(?:stools?|poo|poop)",
    )),
    # Session 49 (fa25's and the lead's probes): English had no rule for pregnancy's red flags, and the head reads them
    # only when told bare ("im 30 weeks pregnant and bleeding" alarmed, "im pregnant and bleeding, what does that mean"
    # and "32 weeks pregnant and the baby hasnt moved today, is that normal" were answered). The NHS's: bleeding in
    # pregnancy, a baby moving less or not at all, a bad headache with sight changes or sudden swelling
    # (pre-eclampsia). Not bleeding gums or a nosebleed, nor an earlier pregnancy
    RedFlag("obstetric", signs=(
        rf"^(?!.*\b(?:{_EARLIER_PREGNANCY}|{_NOT_THE_WOMB}))"
        rf".*(?:{_PREGNANT}\b.*\b{_PREGNANCY_BLEED}|{_PREGNANCY_BLEED}\b.*\b{_PREGNANT})\b",
        rf"^(?!.*\b{_EARLIER_PREGNANCY}).*(?:{_PREGNANT}\b.*\b(?:{_LESS_MOVING})|(?:{_LESS_MOVING})\b.*\b{_PREGNANT})\b",
        # ... the weeks told with no "pregnant" ("i'm 34 weeks and the baby hasn't moved since yesterday"; session 50,
        # the lead's probe): beside a baby that moves less, whoever's weeks they are, it is an emergency
        rf"^(?!.*\b{_EARLIER_PREGNANCY})(?:|.*\b(?:i'm|im|i am|she's|shes|she is|at|now) )(?:[1-4]\d|twenty|thirty)(?:\+\d)?"
        rf" ?(?:weeks?|wks?|w)\b(?! (?:into|in|at|of|post|after|since|ago|old)\b).*\b(?:{_LESS_MOVING})",
        rf"^(?!.*\b{_EARLIER_PREGNANCY}).*{_PREGNANT}\b.*\b(?:{_PE_HEAD}\b.*\b{_PE_SIGN}|{_PE_SIGN}\b.*\b{_PE_HEAD})\b",
    )),
    # Session 53 (first29): heavy bleeding after a birth, told with the birth's date ("gave birth 3 days ago and soaking a
    # pad every hour", "c section last week and today it's bleeding heavily again"). The pregnancy rule above reads a
    # pregnancy, not a birth, and the date framed the message as a past that is over, so the present bleed got an answer.
    # A pad soaked in an hour or less, clots the size of a plum or bigger, bleeding that gushes or is heavy again: the
    # NHS's signs of a postpartum haemorrhage (call 999). Not an earlier birth's bleed ("with my first", "years ago",
    # "when i gave birth to ...") nor a question of what is normal told with no amount
    RedFlag("obstetric", signs=(
        rf"^(?!.*\b(?:{_EARLIER_BIRTH}))(?:.*\b)?{_BIRTH}\b.*\b{_HEAVY_AFTER_BIRTH}",
        rf"^(?!.*\b(?:{_EARLIER_BIRTH}))(?:.*\b)?{_HEAVY_AFTER_BIRTH}\b.*\b{_BIRTH}",
    ), cause_told_past=True, told_now=_BLEEDING_NOW),
    # Session 53 (first29): carbon monoxide told as a household pattern: several people with the same symptoms (a headache,
    # dizziness, sickness, sleepiness) beside a burning appliance, or better out of the house ("since the boiler was fixed
    # the whole family has headaches and feels dizzy, the dog is sleepy too"). No one word names it, and the appliance's
    # repair read as care given for something over. A cold or a hangover shared names no appliance
    RedFlag("poisoning", signs=(
        rf"^(?=.*\b(?:{_CO_SOURCE})\b)(?:.*\b)?(?:{_SEVERAL})\b.*\b(?:{_SHARED_SYMPTOM})",
        rf"^(?=.*\b(?:{_CO_SOURCE})\b)(?:.*\b)?(?:{_SHARED_SYMPTOM})\b.*\b(?:{_SEVERAL})",
    ), cause_told_past=True, told_now=_CO_NOW),
    RedFlag("infant_child", signs=(  # a fever in a baby a few days or weeks old (under three months: NICE's red flag)
        rf"{_INFANT_AGE}\b.*\b{_FEVER}",
        rf"{_FEVER}\b.*\b{_INFANT_AGE}",
        r"(?:newborn|new born)\b.*\b(?:fever\w*|temp\w*|3[89](?:\.\d)?|burning up|feels? (?:really |very )?hot)",
        # a floppy (limp) baby or small child: "my baby is floppy" alone got an ordinary answer
        r"(?:baby|babies|newborn|infant|toddler|little one|lo)(?:'s)? (?:is |seems |looks |feels |has gone |went |gone "
        r"|has been |keeps going |is going )?(?:\w+ ){0,2}?(?:floppy|limp)\b|(?:floppy|limp) (?:baby|newborn|infant|toddler)",
    )),
    RedFlag("sepsis_meningitis", signs=(  # a rash that does not fade under pressure, with a fever
        r"(?:rash|spots?|marks?|dots?)\b(?: \w+){0,4} (?:doesn't|does not|won't|will not|isn't|not|didn't) "
        r"(?:fade|go away|blanch|disappear)\w* (?:\w+ ){0,2}(?:under|with|when (?:i |you )?press\w*|pressing)",
        r"(?:spots?|rash|dots?|marks?) (?:\w+ ){0,2}(?:like|look(?:s|ing)? like) (?:\w+ ){0,2}bruis\w*\b.*"
        r"\b(?<!no )(?<!without )(?<!without a )(?:fever\w*|temp\w*|3[89](?:\.\d)?|burning up|hot)"
        r"|(?:fever\w*|temp\w*|3[89](?:\.\d)?|burning up)\b.*\b(?:spots?|rash|dots?|marks?) (?:\w+ ){0,2}(?:like|look(?:s|ing)? like)"
        r" (?:\w+ ){0,2}bruis\w*",
        rf"{_HIGH_FEVER}.*\b{_FEVER_HARM}|{_FEVER_HARM}\b.*\b{_HIGH_FEVER}",
        # a baby's soft spot bulging: raised pressure in the head, meningitis among its causes (NICE; session 45, the
        # lead's probe: "my baby has a bulging soft spot and keeps vomiting" got an answer)
        r"bulging (?:\w+ )?(?:soft spot|fontanelle|fontanel)|(?:soft spot|fontanelle|fontanel) (?:on (?:his|her|their|the) head )?"
        r"(?:is |has |looks |seems |feels )?(?:really |very |a bit )?(?:bulging|swollen|raised|puffed up|puffy|tense)",
    )),
    # Session 46 (the lead's probes): a clot in the lung told by its signs, not its name ("sharp pain in my chest when i
    # breathe in and my left calf is swollen, flew back from australia yesterday" got an answer): chest pain or
    # breathlessness beside a swollen, red or hot calf or leg, in either order
    RedFlag("pe_dvt", signs=(
        rf"{_CHEST_OR_BREATH}\b.*\b{_CLOT_LEG}",
        rf"{_CLOT_LEG}\b.*\b{_CHEST_OR_BREATH}",
    ), cause_told_past=True),
    # weakness or numbness climbing from the legs (Guillain-Barre: "my legs went weak and tingly after a stomach bug and
    # now it's moving up to my arms" got an answer; it can reach the breathing muscles within hours)
    RedFlag("neuro_weakness", signs=(
        r"(?:weak\w*|numb\w*|tingl\w*|pins and needles|paralys\w*|can't feel)\b(?: \S+){0,12}? (?:moving|spreading|creeping"
        r"|going|travelling|traveling|working its way|climbing|rising) up (?:to |into |towards? )?(?:my |his |her |their |the )?"
        r"(?:arms?|chest|body|hands?|thighs?|waist|hips?|tummy|stomach|belly|face|trunk)\b",
    ), cause_told_past=True),
    # belly pain after a blow (a crash, a fall from a bike or a horse, a tackle) with signs of blood loss: bleeding
    # inside ("i was in a car crash, feel fine but my belly hurts more and more and im light headed" got an answer)
    RedFlag("bleeding", signs=(
        rf"{_BLOW}\b.*\b{_BELLY_PAIN}\b.*\b{_SHOCK}",
        rf"{_BLOW}\b.*\b{_SHOCK}\b.*\b{_BELLY_PAIN}",
    ), cause_told_past=True),
    RedFlag("diabetic", signs=(  # severe hypoglycaemia by the number, ketoacidosis by ketones and vomiting
        r"(?:sugar|sugars|glucose|bg|bm|reading|meter|monitor) (?:\w+ ){0,3}?(?:is |of |at |was |reads |says |shows )?"
        r"(?:[0-2]\.\d|[12]|lo)\b(?! ?(?:spoons?|teaspoons?|cubes?|hours?|days?|weeks?|times))",
        r"ketones? (?:\w+ ){0,3}?(?:[3-9](?:\.\d)?|high|off the chart\w*)\b.*\b(?:vomit\w*|sick|puk\w*|breath\w*)",
        r"(?:vomit\w*|sick|puk\w*)\b.*\bketones? (?:\w+ ){0,3}?(?:[3-9](?:\.\d)?|high|off the chart\w*)",
    )),
)


# "it's not like i want to hurt myself", "not that i'd ever end it": a denial that leads a clause
# further back than the three-word window reaches.
DENIAL_LEAD = re.compile(r"\b(?:not|never) (?:like|that|as if) (?:i|i'd|i'm|i'll|he|she|they|we)\b(?: \w+){0,3} $")


def _negated(text: str, start: int) -> bool:
    if DENIAL_LEAD.search(" ".join(text[:start].split()[-7:]) + " "):
        return True
    before = text[:start].split()[-NEGATION_WINDOW:]
    if before and before[-1] == "no":
        return True
    for i, word in enumerate(before):
        following = before[i + 1] if i + 1 < len(before) else ""
        if word in NEGATORS and word != "no" and following not in NOT_NEGATING_NEXT:
            return True
    return False


def _hits(patterns: tuple[re.Pattern, ...], text: str) -> bool:
    # session 50: only the patterns that can match `text` are searched (`prefilter`: the red flags' signs about 2.4x faster)
    return any(not _negated(text, m.start()) for p in rule_list(patterns).candidates(text) for m in p.finditer(text))


@dataclass(frozen=True)
class Framing:
    """How a message is framed, whatever it is about: a real person in it, an event happening now,
    a general or hypothetical question, an event that is over or habitual."""

    personal: bool
    strong_now: bool
    general: bool
    over: bool


def _asked_in_general(t: str) -> bool:
    from medassist.model.safety.knowledge_question import asked_in_general  # it reads this module's signs

    return asked_in_general(t)


@per_scope  # read once per message (reading_scope.py)
def framing(t: str) -> Framing:
    """The framing of already-normalised text `t`."""
    personal = bool(PERSONAL.search(t))
    urgency = _as_urgency(t)
    strong_now = bool(STRONG_NOW.search(urgency))
    general = bool(EDUCATIONAL.search(t) or HYPOTHETICAL.search(t)) and not personal
    general = general or bool(GENERIC_SUBJECT.search(t) and not OWN_PERSON.search(t) and not strong_now)
    # a supposition the message itself says is real ("what if someone has chest pain ... asking for me, its
    # happening") is told, not supposed (tenth round)
    general = general and not says_real(t)
    # issue 21: fiction and training questions are asked about nobody real, whoever they name
    general = general or framed_as_fiction(t)
    # ... and so is a knowledge or first-aid question about someone in general ("if someone is choking what do i do?
    # asking so i know": the writer asks, nobody is choking; fourteenth round, `knowledge_question.py`)
    general = general or _asked_in_general(t)
    # whether an amount would kill the writer is asked of their own amount, "hypothetically" or not (eleventh round)
    general = general and not LETHAL_FOR_ME.search(t)
    # a general or hypothetical frame covers only its own clause: the writer's own emergency told after it in the
    # present is real ("what if a baby stops breathing? mine has gone blue and floppy"; fifteenth round)
    general = general and not (own_emergency_told(t) and not story_told(t))
    # a dated past ("in 2019", "when my grandad had his stroke") is over even with an "ambulance" in it
    over = bool(PAST_OR_HABITUAL.search(t)) and not strong_now \
        or explicit_past(t, urgency)
    return Framing(personal, strong_now, general, over)


def unreal(t: str) -> bool:
    """Asked whether something is realistic, about nobody of the writer's own: fiction by its
    question (issue 21, third round), whatever the show, book or game is called."""
    return asks_if_real(t) and not OWN_PERSON.search(t)


_WRITER_AT_WORK = re.compile(r"\b(?:i'm|i am|we're|we are) (?:\w+ )?(?:reading|writing|watching|playing|drafting"
                             r"|rewatching|binging|doing|working on|making|plotting|running|dming"
                             # fourteenth round: what the audience or the makers of a work do ("the audiobook i'm
                             # listening to has a bit where the old man collapses and isn't breathing")
                             r"|listening to|directing|narrating|editing|drawing|animating|rehearsing|performing"
                             r"|acting in|staging|casting|recording|streaming|translating)\b"
                             # "my sister has me watching ...": who chose the show is in no danger (fifth round)
                             r"|\b(?:(?:my|our) (?:\w+ )?\w+ )?(?:has|have|had|got|making|made|make) (?:me|us)"
                             r" (?:watching|watch|reading|read|playing|play|hooked on|listening to|binge)\b")


# The writer watching, reading or playing as the scene of a real event: "we were watching a film and my boyfriend
# started jerking..." (fourteenth round): what follows happened to a person of the writer's own, not in the film.
_REAL_SCENE = re.compile(
    r"\b(?:we|i)(?:'re| are| were| was|'m| am)? (?:\w+ )?(?:watching|rewatching|reading|playing|streaming|gaming|binging"
    r"|at the (?:cinema|theatre|theater|movies|pictures))\b(?: \w+){0,8}? (?:and|when|then|while|but) (?:suddenly "
    rf"|all of a sudden |just |then )?(?:my|our) (?:\w+ )?{PERSON}\b")


def _real_scene(t: str) -> bool:
    """The writer's watching or playing is the scene, and a red-flag sign is told after a person of theirs in it."""
    return any(_hits(flag._signs, t[m.end():]) for m in _REAL_SCENE.finditer(t) for flag in RED_FLAGS)


@per_scope  # read once per message (reading_scope.py; session 51: called again on the same text)
def framed_as_fiction(t: str) -> bool:
    """Fiction, training, a supposition or a realism question, and not the writer's own person in
    danger now beside it ("rewatching er and my own chest is crushing right now"), nor a real event the writer's
    watching or playing was only the scene of (`_real_scene`)."""
    if not (fiction_or_training(t) or unreal(t)) or says_real(t) or _real_scene(t):
        return False
    # the writer's own emergency told in the present after a supposition (fifteenth round, `own_emergency.py`)
    if own_emergency_told(t) and not story_told(t):
        return False
    # a worry opened by "what if" after words that tell no trouble (session 44, `frames.supposed_worry`): what the
    # supposition holds ("... and can't get up") is supposed, not told now
    if supposed_worry(t):
        return True
    # what a dream held is not happening (issue 21, sixth round), its "999" included (eleventh round: the urgency of
    # the whole message, dream and all, read "i kept trying to ring 999" in a dream as a call now)
    # (session 50, conv26: nor a second condition the question itself sets, "could i give her sugar or is that dangerous
    # if she can't swallow": its "can't" is supposed too, tune round 21's hypothetical alarmed as unconsciousness)
    urgency = _as_urgency(_ASKED_CONDITION.sub(" ", IMAGINED.sub(" ", t)))
    strong_now = bool(STRONG_NOW.search(urgency))
    # the writer reading, writing or playing it is no person in danger (issue 21, fourth round)
    # nor is the writer as its audience or author ("my heart was pounding"; ninth round)
    present = as_audience(_WRITER_AT_WORK.sub(" ", t))
    return not ((strong_now or ACUTE_NOW.search(urgency)) and (OWN_PERSON.search(present) or _AT_THE_EVENT.search(t)))


# A condition the question sets on what it asks ("is that dangerous if she can't swallow", "is it ok if he won't wake for
# his feed"), up to the clause's end: what it holds is asked about, not told
_ASKED_CONDITION = re.compile(r"\b(?:is (?:that|it|this) |would (?:that|it) be )(?:\w+ )?(?:dangerous|bad|ok|okay|safe|serious"
                              r"|a problem|an issue|harmful|risky) if [^,.?!;]*")


# Someone really there while a game, show or play goes on: a player at the table, a kid in the audience (tenth round:
# "at the pantomime and a kid in the audience is choking and turning blue", "my warlock's player just collapsed at the
# table" got an ordinary answer as fiction)
_AT_THE_EVENT = re.compile(
    r"\b(?:one of (?:the|our|my) (?:players|audience|crowd|kids|actors|cast|dancers|singers|spectators)"
    r"|(?:a|the|some|this) (?:kid|child|man|woman|guy|lady|boy|girl|person|bloke|player|actor|dancer|singer|fan)"
    r" (?:in|from|at|near) the (?:audience|crowd|front row|cast|table|stands|row)"
    r"|(?:someone|somebody) (?:in|at) the (?:audience|crowd|table|stands)|\w+'s player\b|(?:the|our) (?:dm|gm)\b"
    # session 53 (the lead's probe, after conv29 found a fit on a course answered): someone at the course itself, or
    # its trainer struck down, is a real person there ("a kid on the course just had a fit and its not stopping")
    r"|(?:a|the|one of the|another|this|some|one) (?:\w+ )?(?:kid|child|man|woman|guy|lady|boy|girl|person|bloke|lad"
    r"|student|trainee|classmate|learner|participant|delegate|mum|dad|parent|nurse|colleague|member)s? (?:on|in|at|from)"
    r" (?:the|my|our|this) (?:\w+ ){0,2}?(?:course|class|training|session|workshop|lesson|exam)\b"
    r"|(?:the|our|my) (?:instructor|trainer|tutor|examiner|assessor|teacher|course leader) (?:has |is |just |has just )?"
    r"(?:collapsed|fainted|passed out|gone down|went down|stopped breathing|(?:is |isnt |isn't |is not )?not breathing"
    r"|isnt breathing|isn't breathing|having a (?:fit|seizure|heart attack|stroke)|had a (?:fit|seizure|heart attack"
    r"|stroke)|choking|unconscious|unresponsive))")


# A ward or team named after a condition is a place, no claim of it ("we're in the stroke unit now
# getting scanned"; issue 21, fourth round).
WARD = re.compile(r"\b(?:stroke|cardiac|heart|burns?|trauma|maternity|labou?r|respiratory|fracture|seizure|epilepsy"
                  r"|diabetes|diabetic) (?:unit|ward|centre|center|clinic|team|nurses?|specialists?|consultant)s?\b")


@per_scope  # session 51: the input check's triage of the question and the output check's (`question_context`) read once
def triage(text: str) -> str | None:
    """The red-flag category of an emergency happening now, or None."""
    # "gonna die" as a figure of speech about a nuisance is read as the rest of the message (session 49, conv25:
    # `self_harm_cues.dying_as_a_figure`)
    from medassist.model.safety.self_harm_cues import dying_as_a_figure

    t = WARD.sub(" ward ", dying_as_a_figure(text) or normalise(text))
    # "it's not really lyrics, i'm sat on the tracks": the denial is of the story, not of what follows
    # (it would otherwise negate the next words; issue 21, fifth round)
    t = REAL_NOW.sub(" it is real ", t)
    return _triage_read(t)


@per_scope  # session 51: the question as the input check spells it and as the output check does often read the same here
def _triage_read(t: str) -> str | None:
    """`triage` of its text once normalised, a ward and a denial of the story read."""
    f = framing(t)
    for flag in RED_FLAGS:
        if _hits(flag._signs, t) and not f.general and (not f.over or flag.cause_told_past and (
                SAID_NOW.search(t) or flag._now is not None and flag._now.search(t))):
            return flag.category
        if flag._conditions and not f.over and _hits(flag._conditions, t):
            if f.personal and not f.general and NOW.search(_as_urgency(t)) \
                    and (f.strong_now or not EDUCATIONAL.search(t)):
                return flag.category
            if URGENT.search(_as_urgency(t)) and not f.general:
                return flag.category
    # an overdose taken within the last day is an emergency however the person feels and however past it is told
    # ("took 20 paracetamol last night, feel fine now": paracetamol harms the liver a day or more later, when the
    # antidote works less; session 45, the lead's probe), unless care has already seen it ("the hospital sorted her
    # out"); a story or a supposition stays one
    if not f.general and _hits(_OVERDOSE._signs, t) and RECENT_DOSE.search(t) and not CARE_RECEIVED.search(t):
        return _OVERDOSE.category
    # an older person's mind or body changed, told as new (thirteenth round: "my grandad's just gone really quiet and
    # isnt making sense" named no red flag); its own reading of onset and of the past stands for `f.over`, which reads
    # the contrast it rests on ("she's usually sharp", "was fine yesterday") as a habit or a past
    if not f.general and acute_change_in_older_person(t):
        return ACUTE_CONFUSION
    # the writer's own emergency told after a frame: the frame's words ("is that always a stroke") neither suppose it
    # nor make it a habit or a past; the clause is read on its own (fifteenth round, `own_emergency.py`)
    if not story_told(t):
        return own_emergency(t)
    return None


_OVERDOSE = next(flag for flag in RED_FLAGS if flag.category == "overdose")
_FUMES = next(flag for flag in RED_FLAGS if flag.category == "poisoning" and flag.told_now)


def household_fumes(text: str) -> bool:
    """Several people with the same symptoms beside a burning appliance (the carbon monoxide rule above): feeling better
    out of the house is one of its signs, not the end of it."""
    return _hits(_FUMES._signs, normalise(text))
RECENT_DOSE = re.compile(r"\b(?:last night|this morning|this afternoon|this evening|earlier(?: today| on)?|today|tonight"
                         r"|yesterday|(?:an|a few|a couple of|couple|few|\d+|one|two|three|four|five|six) (?:hours?|hrs?)"
                         r" ago)\b")
# care that has seen it, told as done: not a question about going ("do i need to go to a&e")
CARE_RECEIVED = re.compile(
    r"\b(?:(?:went|been|go(?:ne|t)|was|were|taken|rushed|admitted) (?:to |into )?(?:the |a )?(?:hospital|a e|a and e"
    r"|er|emergency room|ed|urgent care|icu)|(?:hospital|doctors?|docs?|paramedics|ambulance crew|nurses?|they|gp|a e"
    r"|er|poison (?:control|centre|center)|111) (?:\w+ )?(?:sorted|treated|checked|gave|said|discharged|sent|pumped|kept"
    r"|monitored|told)|(?:was|were|got|been) (?:treated|checked|discharged|monitored|seen)|antidote|on a drip|the drip)\b")


def denied_only(text: str) -> bool:
    """Red-flag words are present, and every one of them is denied ("i'm not suicidal", "no chest
    pain"): the message itself says the emergency is not happening."""
    t = normalise(text)
    found = False
    for flag in RED_FLAGS:
        for p in flag.patterns:
            for m in p.finditer(t):
                if not _negated(t, m.start()):
                    return False
                found = True
    return found
