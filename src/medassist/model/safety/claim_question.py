"""A claim someone made is not something happening now (GitHub issue 21, round 17).

Everyday consumer questions bring the people around the writer in with what they said: "my boy gets carsick on every
trip, his grandad says its all in his head and he should toughen up", "theres black mould in the bathroom, my landlord
says mould is totally harmless", "my dads consultant mentioned palliative care for his lung condition, my mum thinks it
means hes dying soon". The learned head reads the claim's words too (a head, toughening up, harm, dying) and gave such
a first message the emergency reply by its score alone (bleeding_trauma, poisoning_overdose, cardiac); the acuity
lexicon finds "dying" in the claim. `belief_question.py` answers a claim asked about with no person of the writer's in
it; these name one ("my boy", "my dad"), so what the writer tells must be read apart from what someone else claimed.

`alarm_rests_on_a_claim`: the head's lone alarm on a first message is read again on the message without the claims
someone made ("X says/reckons/thinks/keeps saying <claim>", to the end of its clause); it counts only when what the
writer tells, without them, still alarms as the whole would have had to (a sign of acuity or the settled bar). A claim
that is a report through its sayer ("my nan says her chest feels funny", "he says he cant breathe") is no claim: it
stays. Nor does it apply when the writer asks whether to get help now, tells a time now, or words a plan or despair.
Real emergencies told beside a relative's claim keep their alarm on what the writer tells ("my mum says its nothing but
my dads chest hurts and his arm has gone numb": the rest scores 0.8 alone).

`asked_after_the_fact`: a first message told wholly in the past that asks whether what was done was right ("my mate
fainted at a gig, we got her to sit up and stand straight away, was that right"): the episode is over and its first aid
is asked about. Anything told in the present ("she's still", "isnt waking", "now"), a time just before or a call for
help keeps the head's word.

Measured (session 42, helper everyday18): key-facts development splits, emergency replies fresh3 6 -> 2 of 50 (left: a
curtain over the vision since this morning, and a rules alarm on a stroke's aphasia), fresh4 3 -> 2, fresh5 3 -> 1 (left:
a rules alarm), dev4/fresh/fresh2/validation 0 -> 0; everyday_questions_dev18 validation 4 -> 2 of 31 everyday, 13 -> 13
of 15 emergencies; count_sets (messages, conversations, dev, languages, meaning, myths) no emergency lost, no false
alarm changed.
"""

from __future__ import annotations

import re

from medassist.model.safety import conversation_state as conv
from medassist.model.safety.acuity import acute
from medassist.model.safety.belief_question import HAPPENING
from medassist.model.safety.frames import CALLS_FOR_HELP
from medassist.model.safety.text import lower_quotes, normalise
from medassist.model.safety.text import words as _words

_A = "'?"  # "its", "hes", "dont" as often as "it's"
# who says it: a person of the writer's or of someone's, a professional, or people in general
_PEOPLE = (
    r"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|mum|mom|mam|mother|dad|father"
    r"|auntie|aunty|aunt|uncle|sister|brother|bro|sis|bf|gf|boyfriend|girlfriend|husband|wife|partner|friend|mate|mates"
    r"|teacher|coach|boss|colleague|neighbour|neighbor|doctor|doc|gp|midwife|nurse|flatmate|housemate|roommate|cousin"
    r"|pharmacist|consultant|specialist|surgeon|dentist|optician|physio|landlord|landlady|health visitor|trainer"
    r"|in laws?|mother in law|father in law|sister in law|brother in law|mil|fil|family|parents|fam|bestie|pal|son"
    r"|daughter|kid|kids|wifey|hubby|other half|sister'?s \w+|brother'?s \w+|friend'?s \w+|mate'?s \w+|mum'?s \w+"
    r"|dad'?s \w+|everyone at \w+|people at \w+|lads|girls|guys"
)
_SAYING = (
    r"says|said|saying|reckons|reckoned|swears|swore|(?:told|tells|telling) (?:me|us|him|her|them|everyone|everybody)"
    r"|thinks|thought|claims|claimed|insists|insisted|believes|reckon|think|say|keeps? (?:on )?(?:saying|telling"
    r" (?:me|us|him|her|them|everyone)|insisting)|(?:always|still|just) (?:says|said|tells me|reckons)|used to say"
    r"|is convinced|was convinced|mentioned|goes"
)
_SAYER = (
    # anyone with a possessive ("my ex", "our dentist", "his pe teacher"), a person named bare ("husband says"), or
    # people in general
    # (session 48, msg24: not a clause the writer goes on with, "transferred my savings to my brother and told him not to
    # ask why": "and" is no sayer)
    rf"(?:(?:my|me|our|his|her|their|the|ma) (?:\w+ ){{0,2}}?(?!(?:and|then|but|so|or)\b)\w+|(?:{_PEOPLE})|(?:he|she|they)"
    rf"|people|everyone|everybody|someone|somebody|folk|folks|the internet|google|tiktok|facebook)"
    rf"(?: (?:\w+ )?(?:just|always|still|even|now|also|literally|honestly|keeps? on))? (?:{_SAYING})"
)
# a report told through the one who says it: a person's own trouble ("says her chest feels funny", "says he cant
# breathe", "told me she took them all"), unless what follows the person is an opinion ("says he will grow out of it",
# "says i should be worried", "says my 14 month old should be potty trained")
# (`condition_question` reads its claims' reports with the same person, less "they": a claim there is about a thing)
REPORTED_PERSON = r"he|she|her|his|him|i|i'?m|im|my|me|we|our|us|hes|shes|he'?s|she'?s|it hurts"
_PERSON = rf"(?:{REPORTED_PERSON}|they|their|them)"
# what someone should or must do: an opinion, whoever it is of
OBLIGATION = r"should|shouldn'?t|must|needs? to|has to|have to|ought"
_OPINION = (
    rf"(?:will|'?ll|would|{OBLIGATION}|could|might|can'?t get"
    r"|(?:is|'?s|am|'?m|are|'?re) (?:just |only |totally |perfectly |completely )?(?:fine|ok|okay|overreacting"
    r"|being (?:dramatic|silly|lazy|soft|a baby)|making (?:it|this) up|putting it on|attention seeking|too young|too old"
    r"|not old enough|old enough|going through a phase|a hypochondriac)|grows?|gets? (?:it|that|them) from)"
)
_OPINION_OPENS = re.compile(rf"^ (?:that )?{_PERSON}\b(?: \w+){{0,3}}? {_OPINION}\b")
_PERSON_OPENS = re.compile(rf"^ (?:that )?{_PERSON}\b")
# a verb of opinion: what follows is what the sayer thinks, even of a person ("reckons hes got thin blood"), unless it
# tells something happening to them ("thinks shes having a stroke")
_OPINION_VERB = _words(r"reckons?|reckoned|thinks?|thought|believes|claims|claimed|swears|swore|insists|insisted"
                       r"|is convinced|was convinced")
# the claim: after the saying (and "that"), up to the end of its clause (a full stop, a question mark, a comma, a
# semicolon or "but", where the writer's own words begin again)
_CLAIM = re.compile(rf"\b(?P<sayer>{_SAYER})\b(?P<claim>(?: (?!but\b)[^\s.,;!?]+)+)[.,;!?]*")


def _a_claim(match: re.Match) -> bool:
    """The saying is a claim, not a report of the trouble of the one who says it or of another person."""
    claim = match.group("claim")
    # what the one who says it tells is happening ("she says the lights hurt", "thinks the baby is having a fit") is
    # a report, whoever it is about
    if HAPPENING.search(claim):
        return False
    if not _PERSON_OPENS.match(claim) or _OPINION_OPENS.match(claim):
        return True
    return bool(_OPINION_VERB.search(match.group("sayer"))) and not acute(claim)


# a help asked for now: the emergency number, a&e, an ambulance, "should i call", "what do i do"
_HELP_NOW = _words(
    r"a ?&? ?e|a and e|emergency|ambulance|hospital|999|911|112|111|call (?:someone|somebody|an?|the)"
    r"|should (?:i|we) (?:call|ring|phone|go|take)|go in|now|right now|tonight|at the moment|atm|currently"
)
# a risk to someone's life by their own hand, in a claim ("says she'll kill herself", "keeps saying hed be better off
# gone", "says she wants to die")
_OWN_HAND = _words(
    r"kill\w*|suicid\w*|(?:want|wants|wanna|going) to die|end (?:it|things|(?:his|her|their|my) life)|better off"
    r"|not (?:be )?here|off (?:himself|herself|themselves|myself)|hurt (?:himself|herself|themselves|myself)|harm\w*"
    r"|cut\w*|overdos\w*|jump\w*|pills|tablets|goodbye|no point|can'?t (?:go on|do this|take)|give up|disappear"
)
# retrospective: whether what was done was right
_AFTER_THE_FACT = _words(
    r"(?:was|were) (?:that|this|it|we|i|they) (?:the )?(?:right|wrong|ok|okay|correct|bad|the right thing|a mistake)"
    r"|did (?:we|i|they|he|she) do (?:the )?(?:right|wrong|ok|okay|it right|the right thing|anything wrong)"
    r"|(?:should|shouldn'?t) (?:we|i|they) have|was it (?:ok|okay|right|wrong|bad|safe) to|were we right"
)
# told in the present: a state now, what goes on, what someone cannot or will not do
_PRESENT = _words(
    rf"is|isn{_A}t|isnt|are|aren{_A}t|arent|am|i'm|im|he's|hes|she's|shes|they're|theyre|it's|its|still|now|currently"
    rf"|keeps?|won{_A}t|wont|can{_A}t|cant|cannot|doesn{_A}t|doesnt|don{_A}t|dont|has|have|hasn{_A}t|hasnt|looks?"
    rf"|seems?|feels?|getting|going|coming|ago|today|tonight|this (?:morning|afternoon|evening)"
)


def without_claims(text: str) -> tuple[str, list[str]]:
    """`text` without the claims someone made in it, and the claims taken out."""
    claims: list[str] = []

    def cut(match: re.Match) -> str:
        if _a_claim(match):
            claims.append(match.group(0))
            return " "
        return match.group(0)

    rest = _CLAIM.sub(cut, lower_quotes(text))
    return " ".join(rest.split()), claims


def _told_by_the_writer(rest: str) -> bool:
    """What is left says something: at least four words."""
    words = normalise(rest).split()
    return len(words) >= 4


def alarm_rests_on_a_claim(text: str, detector) -> bool:
    """The head's lone alarm on `text` (a first message) rests on the claims someone made in it: without them, what the
    writer tells neither carries a sign of acuity nor scores the head's settled bar, or tells only how the trouble
    usually is (`habitual_only`). False with no claim, with too
    little told beside it, with a call for help or a time now, or with despair or a plan anywhere."""
    if detector is None:
        return False
    rest = told_without_claims(text)
    if rest is None:
        return False
    # what is told is how the trouble usually is ("our daughter bruises easily", "barely eats"): no episode now
    if habitual_only(rest):
        return True
    verdict = detector.assess([rest])[0]
    return not (verdict.emergency and (acute(rest) or verdict.emergency_score >= detector.head.settled_threshold))


def told_without_claims(text: str) -> str | None:
    """What the writer tells in `text` once the claims someone made are taken out, or None when there is no claim,
    too little is told beside it, the writer asks for help or tells a time now, or a claim or the message words a
    risk to someone's life by their own hand (a friend "keeps saying she'll kill herself" is told, not claimed)."""
    rest, claims = without_claims(text)
    if not claims or not _told_by_the_writer(rest) or _HELP_NOW.search(normalise(text)) \
            or conv.self_harm_cue(text) or any(_OWN_HAND.search(normalise(c)) for c in claims):
        return None
    return rest


def asked_after_the_fact(text: str) -> bool:
    """A message told wholly in the past that asks whether what was done was right: nothing told now, no call for help,
    no time just before."""
    t = normalise(text)
    match = _AFTER_THE_FACT.search(t)
    if not match:
        return False
    told = t[:match.start()] + " " + t[match.end():]
    return not (_PRESENT.search(told) or CALLS_FOR_HELP.search(t) or _HELP_NOW.search(t)
                or conv.self_harm_cue(text))


# the trouble told as how it usually is, not as an episode: how often it comes, how easily, for how long
_HABITUAL = _words(
    r"every (?:time|day|night|morning|evening|week|month|year|trip|winter|summer|spring|autumn|match|game|period|meal"
    r"|single (?:time|day|night))|whenever|always|all the time|most (?:days|nights|mornings|evenings|of the time)"
    r"|sometimes|often|regularly|now and (?:then|again)|on and off|off and on|from time to time|occasionally"
    r"|(?:bruises?|bleeds?|tires?|cries|gets? tired|catch(?:es)? (?:colds?|everything)) easily|barely (?:eats|sleeps"
    r"|drinks)|hardly (?:eats|sleeps|drinks)|for (?:years|ages|months|a while|a long time|(?:\d+|a few|a couple of|two"
    r"|three|several) (?:years|months))|since (?:he|she|i|they) (?:was|were) (?:little|a baby|born|young|small|a kid)"
    r"|all (?:my|his|her|their) life|as long as (?:i|we) can remember|(?:has|have|had|got) (?:a )?(?:long[- ]term|chronic)"
)


def habitual_only(text: str) -> bool:
    """The message tells its trouble as how it usually is (how often, how easily, for how long), with no sign of acuity,
    no time now, no call for help and no word of despair or a plan."""
    t = normalise(text)
    told = _HABITUAL.sub(" ", t)  # "now and then" is no "now"
    return bool(_HABITUAL.search(t)) and not (acute(text) or _HELP_NOW.search(told) or CALLS_FOR_HELP.search(told)
                                              or conv.self_harm_cue(text))
