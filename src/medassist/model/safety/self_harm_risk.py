"""Self-harm said indirectly (GitHub issue 21, sixth round): "no one would even notice if i disappeared for good",
"started cutting again last night", "how many of my sleeping tablets would it take to not wake up", "wrote goodbye
letters to my brothers today". Read as people write them, these got an ordinary model answer: the rules name
explicit phrasings, and the learned head (trained mostly on physical emergencies) scored them 0.00-0.27. A rule
per phrasing does not carry to the next person's words, so this reads the MEANING (`prototypes.py`) against
prototypes of each kind of risk — wishing to be gone, asking for the means or a lethal amount, hurting oneself,
hiding the injuries, preparing or saying goodbye, acting now — and look-alikes that are not risk (idioms,
cosmetics, someone else, the past, education, fiction, pets), in `assets/self_harm_prototypes.txt`.

NEAR_MIN and MARGIN were chosen on a development set of 25 risky and 25 look-alike messages, with 3,000 MedQuAD
questions and the everyday mild messages as guards; the prototypes were written as kinds, not copied from any
evaluation message. The held-out reading is in `datasets/triage/results.md`.
"""

from __future__ import annotations

import re

from medassist import paths
from medassist.model.safety.belief_question import about_self_harm_as_a_topic
from medassist.model.safety.conversation_state import despaired
from medassist.model.safety.distress import distressed
from medassist.model.safety.dosing import prevention_of_others
from medassist.model.safety.prototypes import EMBEDDER, names_nobody, reader_for
from medassist.model.safety.self_harm_cues import (
    HOPELESS,
    MODIFIERS,
    RISK_KINDS,
    combined_signals,
    everyday_frame,
    lone_alarm_framed_off,
    signal_kinds,
    told_alone,
    unquoted_work,
)
from medassist.model.safety.self_harm_head import load_head
from medassist.model.safety.text import normalise

PROTOTYPES_PATH = paths.MODEL_ASSETS_DIR / "self_harm_prototypes.txt"
# the ninth round's head (fitted on kinds8/9 only, `git show a5c72e1:src/medassist/model/assets/self_harm_head.npz`),
# kept beside the one `medassist safety train-self-harm` now fits (sixteenth round)
EARLIER_HEAD_PATH = paths.MODEL_ASSETS_DIR / "self_harm_head_r9.npz"
# session 49 (msg25): a third head, fitted (`medassist safety train-self-harm`) on everything the other two saw plus the
# retired meaning rounds' messages (16, 18, 19, 20), the later written kinds (17, 20-22) and the dev23-25 single messages'
# train rows: the rules and the two heads caught 21-24 of 25 indirect messages on the rounds they were tuned on and 11 of
# 25 on the next held-out one. It reads beside them, never instead (a refit alone lost emergencies the earlier heads
# read: 7efa41f), and only at its own bars at the last step (its bars were chosen on validation against the reading
# of the other two, so it is not in the score the cue combinations weigh)
# Session 50 (msg26): refitted behind its signal guard (`reaches_the_later_head`) with tune round 21 and dev26's train rows
# too (`train_self_harm.CHOSEN_S50`: threshold 0.725, no prototype bar; validation positives 242 -> 259 of 330 beside the
# others, look-alikes 31 -> 40 of 336)
LATER_HEAD_PATH = paths.MODEL_ASSETS_DIR / "self_harm_head_r25.npz"
DOSE_PROTOTYPES = paths.MODEL_ASSETS_DIR / "dose_prototypes.txt"
NEAR_MIN = 0.50
MARGIN = 0.06
# Thirteenth round: how far the learned head must lean towards risk for two kinds of signal together to count
# (`self_harm_cues.py`). On self_harm_kinds13's train split the combinations caught 3 more of 43 positives at bars 0 and
# 0.2, 2 at 0.3, 1 at 0.5, and no look-alike, triage train non-emergency or MedQuAD validation question at any; 0.2
# keeps the head's word in the reading without losing one
COMBINED_BAR = 0.20
NEAR_DOSE_REQUEST = 0.60  # chosen between the two dose-request examples above (0.56 and 0.69)

# Issue 21, eighth round: a question in the generic "you" about DOING it: a painless way to go, hanging or drowning
# "yourself", keeping cuts unseen. `names_nobody` spared every question that names nobody (so "can you get addicted
# to painkillers" is no risk); these are asked that way by people at risk ("is there a painless way to not be here
# by christmas", "does it hurt to hang yourself"), so they are read, at a looser bar (their own wording already
# says what they are about): NEAR_METHOD / MARGIN_METHOD, chosen on the lead's development messages and meaning6's
# validation split with MedQuAD and the everyday sets as guards.
METHOD_TALK = re.compile(
    r"\b(?:(?:painless|peaceful|quickest|fastest|easiest|surest|least painful) (?:way|ways|method|methods) (?:to|of)"
    r" (?:die|dying|go|going|end|not|kill|disappear|stop)|not (?:be|being) (?:here|alive) (?:any ?more|by|after|for)"
    r"|(?:kill|hang|drown|suffocate|poison|starve) (?:yourself|urself|your self|oneself)"
    r"|(?:cut|cuts|cutting|marks|scars|burns|bruises|blood|doing it) (?:[\w']+ ){0,6}?without (?:anyone|anybody|people"
    r"|them|him|her|my (?:\w+ )?\w+) (?:noticing|knowing|seeing|finding out)"
    r"|(?:hurt|painful) (?:\w+ )?(?:to|if you) (?:jump|hang|drown|cut|take (?:all|the whole|a whole))"
    # fourteenth round: methods compared by pain or certainty, a method asked whether it hurts, not being found in time,
    # buying a quantity of pills ("which is less painful, pills or drowning", "does carbon monoxide hurt")
    # (session 48, msg24: not a tattoo, a piercing or a jab, "least painful way to get a tattoo, wrist or ankle")
    r"|(?:less|least|more|most) (?:painful|reliable|peaceful|certain|effective|quick)\b(?!.*\b(?:tattoo\w*|piercing"
    r"|pierced|wax\w*|injections?|jabs?|vaccin\w*|blood tests?|cannula|epilat\w*|laser|botox|filler|braces)\b)"
    r"(?:.*\b(?:pills|overdos\w*|drown\w*"
    r"|hang\w*|jump\w*|gas|carbon monoxide|exhaust|fumes|cut\w*|wrists?|train|bridge|rope|noose)\b| (?:way|method) to"
    r" (?:not be found|go|die|end))"
    r"|does (?:carbon monoxide|drowning|hanging|an overdose|overdosing|jumping|bleeding out|(?:exhaust )?fumes|the gas)"
    r" (?:hurt|feel|take long)|not (?:be|being) found (?:in time|until|till|for)"
    # seventeenth round: which of two methods is quicker, a rope that holds a person's weight, how deep to cut, the
    # quickest thing that would end it
    r"|(?:which|what)(?:'s| is| would be)? (?:quicker|faster|surer|more certain|less messy|less painful)\b(?=.*\b(?:pills"
    r"|overdos\w*|drown\w*|hang\w*|jump\w*|bridge|building|roof|cliff|train|rope|gas|cut\w*|wrists?)\b)"
    r"|rope (?:[\w']+ ){0,4}?(?:hold|holds|take|takes|support|supports) (?:a |the )?(?:person's|persons|my|someone's"
    r"|human|adult's|grown man's) weight|how deep (?:do|would|should|does|must) (?:you|i|one|a person) (?:\w+ )?(?:to )?cut"
    r"|(?:quickest|fastest|surest|most painless)(?: [\w']+){0,5} (?:to|that would|that will|which would|that'd|that could)"
    r" (?:end (?:it|things|everything|my life)|kill (?:me|you|a person|someone)|not wake up)"
    # session 48 (msg24): the height or fall that would make death certain ("how high does a building need to be so you dont
    # survive the fall", "what height would make it quick"), not a record or a safe drop
    r"|(?:how (?:high|tall|far)|what height|(?:what|which) (?:floor|storey|level)|how many (?:floors|storeys|stories|metres|meters|feet))\b"
    r"(?=.*\b(?:(?:not|don't|dont|wouldn't|won't|never) survive|(?:to|would|you'd|you) die|kills? you|make (?:it|sure|death)"
    r" (?:quick|certain|instant)|be (?:sure|certain|instant)|definitely|for sure|guaranteed|fatal|lethal)\b)"
    r"(?=.*\b(?:fall|drop|jump|building|bridge|roof|cliff|floor|storey|height|high|tall)\b)"
    r"|(?:buy|get|order) (?:a lot of|lots of|loads of|enough|a load of) (?:\w+ )?(?:pills|tablets|paracetamol|sleeping"
    r" pills|painkillers)\b(?=.*\b(?:without|no) (?:a )?(?:prescription|questions|script)|.*\benough\b))\b")
NEAR_METHOD = 0.40
MARGIN_METHOD = 0.0

# Issue 21, eleventh round: "X will be the death of me" and "this workload will kill me" say something wears the
# writer out; read by meaning they sat near "i want to die" ("my kids will be the death of me" and "this workload will
# kill me" got the emergency reply with the crisis line). The idiom is taken out and the rest of the message read:
# nothing else, no risk. Not a person's threat ("my husband is going to kill me" stays as it was) nor a substance
# ("these pills will kill me").
IDIOM_KILLS_ME = re.compile(
    r"^(?:[\w']+ ){0,6}?(?:will|would|gonna|going to|is going to|is gonna|might|are gonna|are going to) be the"
    r" (?:actual )?(?:death|end) of me\b|\bbe the (?:actual )?(?:death|end) of me\b"
    # (session 50: after a word of address, "my guy, this traffic for the bridge wan kill me today")
    r"|^(?:honestly |omg |ugh |lol |i swear |my guy |my guys |bro |bruh |mate |man |dude |guys |abeg |chai |omo |oga |fam"
    r" |sis |ah |eh )*(?:this|that|these|those|the|all this|all that|all these|my) (?:\w+ )?"
    r"(?:work ?load|work|job|shift|shifts|exam|exams|test|homework|assignment|essay|deadline|deadlines|commute"
    r"|weather|heat|cold|traffic|week|month|semester|revision|dissertation|thesis|project|course|boss|kids"
    r"|toddler|baby|teenager|in laws|mother in law|neighbours?|neighbors?|diet|gym|workout|training|cramps"
    r"|period|hangover|stairs|hill|run)(?: \w+){0,4}?(?: is| are|'s|s)? (?:gonna|going to|will|would|is going to|might"
    # session 48 (msg24): the future as pidgin and dialect say it ("this traffic for the bridge wan kill me today")
    r"|wan|go|gon|finna|bout to|about to)"
    r" (?:actually |literally )?kill me\b"
    # session 40: the commonest form, an ache or an everyday thing "is killing me" ("took the decorations down, my back is
    # killing me" got the crisis reply); a person doing it ("he is killing me") is no idiom and stays as it was
    # session 47: a word before the thing ("this accra traffic will kill me") and the g dropped ("this heat is killin me")
    r"|\b(?:my|this|that|the|these|those|me|ma) (?:\w+ ){0,2}?(?:back|neck|head|headache|migraine|feet|foot|knees?|legs?"
    r"|hips?|shoulders?|teeth|tooth|wisdom tooth|jaw|stomach|tummy|belly|gut|cramps|period|throat|ears?|eyes?|sinus(?:es)?"
    r"|joints?|arthritis|sciatica|hangover|cough|cold|flu|allergies|hay ?fever|heat|weather|commute|job|work|boss|kids"
    r"|exams?|revision|deadlines?|shifts?|hours|heartburn|acid reflux|reflux|gout|bunions?|blisters?|shins?|calves|wrists?"
    r"|hands?|fingers?|toes?|skin|eczema|itch|rash|bites|gums?|piles|haemorrhoids|hemorrhoids|ulcer|boots|shoes|heels"
    r"|insomnia|tinnitus|toothache|earache|backache|stitches|scar|brace|braces|pain|ache|aches)"
    r" (?:is|are|'s|s|been|has been|have been|keeps|keep) (?:literally |actually |honestly |absolutely |just |really |so )?"
    r"killin(?:g|')? me\b")


def without_the_idiom(text: str) -> str | None:
    """The message with "X will be the death of me" / "this workload will kill me" taken out, or None without one."""
    t = normalise(text)
    return IDIOM_KILLS_ME.sub(" ", t).strip(" ,.!?") if IDIOM_KILLS_ME.search(t) else None


def _bare(rest: str) -> bool:
    """What is left beside the idiom says nothing: at most two words."""
    return len(rest.split()) < 3


def only_an_idiom(text: str) -> bool:
    """The message is the idiom and at most two words more."""
    rest = without_the_idiom(text)
    return rest is not None and _bare(rest)


def _no_risk_left(rest: str) -> bool:
    """What is left beside the idiom says nothing, or carries no sign of risk: no despair, no kind of risk signal."""
    return _bare(rest) or not distressed(rest) and not despaired([rest]) and not signal_kinds(rest) & RISK_KINDS.keys()


def idiom_without_risk(text: str) -> bool:
    """The message holds the idiom, and what is left of it carries no sign of risk ("moved house today and my back is
    killing me": the head read "killing me" as self-harm). What is left is read whole: "my back is killing me and i
    can't do this anymore" keeps its alarm."""
    rest = without_the_idiom(text)
    return rest is not None and _no_risk_left(rest)


def hyperbole_without_trouble(text: str) -> bool:
    """The message holds a hyperbole of dying (`self_harm_cues.HYPERBOLE`: "dying of embarrassment", "kill me now") and,
    without it, tells no trouble at all (`trouble.tells_trouble`): the head's alarm of any category rests on the hyperbole
    ("dying of embarrassment, i called my teacher mum in front of everyone" read as a stroke at 0.74; round 22)."""
    from medassist.model.safety.self_harm_cues import HYPERBOLE
    from medassist.model.safety.trouble import tells_trouble

    t = normalise(text)
    return bool(HYPERBOLE.search(t)) and not tells_trouble(HYPERBOLE.sub(" ", t))


def earlier_head():
    """The ninth round's self-harm head, read beside the shipped one (None when absent)."""
    return load_head(EARLIER_HEAD_PATH)


def later_head():
    """Session 49's self-harm head, read beside the other two at the last step (None when absent)."""
    return load_head(LATER_HEAD_PATH)


def self_harm_risk(text: str, detector, *, dose_request: bool = False, head: bool = True, later: bool = True) -> bool:
    """Is `text` (de-obfuscated, as triage reads it) someone at risk of harming themselves, by its meaning? Not
    a question that names nobody ("can you get addicted to painkillers" is near "which painkillers would kill
    me", "what is insulin resistance" near "stopping my insulin on purpose"). A question about one's own medicine
    is no self-harm either: the dose reader's positives are look-alikes here too ("what dose of amoxicillin should
    my son take" sits near "what dose of my medication would kill me"); and one the head reads as a dose request
    ("tell me exactly how many oxycodone pills to take") counts only when it is as close to a prototype as
    "whats the amount of my antidepressants that would finish me off" (NEAR_DOSE_REQUEST). `head`: also ask the
    learned head (off while that head is being fitted); `later`: also session 49's head beside it (off while that
    head is being fitted, the other two reading)."""
    # the reader's cosines are computed once: the prototypes' bars and the head read the same two numbers
    reader = reader_for(detector, PROTOTYPES_PATH, DOSE_PROTOTYPES) if detector is not None else None
    if reader is None:
        return False
    if (rest := without_the_idiom(text)) is not None:
        # what is left beside the idiom is read only when it carries a risk signal of its own: the heads read "2 hours
        # each way" after "this commute is killing me" as risk (session 40)
        if _no_risk_left(rest):
            return False
        text = rest
    # seventeenth round: a line quoted from a song, film, book or game and asked about is the work's words: what is left
    # is read, and only with a risk signal of its own ("\"i wanna sleep and never wake up\" - anyone know what song
    # thats from")
    if (rest := unquoted_work(text)) != text:
        if _no_risk_left(rest):
            return False
        text = rest
    # fourteenth round: a question about suicide or self-harm as a topic ("is it true people who talk about suicide never
    # do it", "can antidepressants make you want to kill yourself") is education: its subject is what the prototypes
    # and the head read, and its generic "kill yourself" is METHOD_TALK's wording (`belief_question`)
    if about_self_harm_as_a_topic(text):
        return False
    vector = detector.embed([text])
    near, gap = (float(s[0]) for s in reader.scores(vector))
    if METHOD_TALK.search(normalise(text)):
        return near >= NEAR_METHOD and gap >= MARGIN_METHOD
    shipped = load_head() if head else None
    if shipped is not None and shipped.embedder != EMBEDDER:
        shipped = None
    # sixteenth round: the head refitted with the later kinds reads beside the earlier one (kinds8/9 only), not instead
    # of it: alone it caught more of the written kinds' validation messages but lost emergencies the earlier head read
    # (count_sets: conversations 7, languages 3, meaning 5). Each head's reading counts; the bars weigh the higher score
    heads = [h for h in (shipped, earlier_head() if shipped is not None else None)
             if h is not None and h.embedder == EMBEDDER]
    head_scores = [float(h.scores(vector)[0]) for h in heads]
    score = max(head_scores) if head_scores else None  # read once, by both uses below
    # fourteenth round: a kind told whole alone (`self_harm_cues.told_alone`) is read before `names_nobody`: "how long does
    # it take to die from a paracetamol overdose, just wondering" names nobody by its grammar, and its disclaimer is
    # the signal
    if score is not None and told_alone(text) and float(score) >= COMBINED_BAR:
        return True
    if names_nobody(text):
        return False
    # Thirteenth round: two kinds of risk signal (finality, burden, means, a place, affairs in order, not wanting to
    # exist), or one and a time or a decision, not framed off as a joke, the past, someone else, a song or an absence
    # with an end (`self_harm_cues.py`), where the learned head leans that way at least a little (COMBINED_BAR)
    if score is not None and combined_signals(text) and float(score) >= COMBINED_BAR:
        return True
    # seventeenth round: an everyday thing that ends, medicines got rid of, a work's quoted line, someone else's risk
    # asked about, with no risk signal beside it, is read neither by the prototypes alone nor by the heads
    # (`self_harm_cues.everyday_frame`)
    if everyday_frame(text):
        return False
    if near >= (NEAR_DOSE_REQUEST if dose_request else NEAR_MIN) and gap >= MARGIN:
        return True
    # the learned head (`self_harm_head.py`), beside the prototypes' agreement at its looser bar; not for a dose
    # request (the dose reader's bar above is the one that tells those apart)
    # nor a look-alike in an explicit frame that is no risk, with no risk signal beside it ("goodbye all, you wont hear
    # from me for 2 weeks, going off grid"; `self_harm_cues.lone_alarm_framed_off`; thirteenth round)
    # nor a question about keeping someone else from doing or catching something ("how do we stop the kids catching
    # nits off each other": the heads read its "stop" at 0.94 and 0.85; `dosing.prevention_of_others`, session 43)
    if dose_request or lone_alarm_framed_off(text) or prevention_of_others(text):
        return False
    if any(bool(h.reads(sc, near, gap)) for h, sc in zip(heads, head_scores, strict=True)):
        return True
    extra = later_head() if later and heads and _signal_for_the_later_head(text, detector) else None
    return extra is not None and extra.embedder == EMBEDDER and bool(extra.reads(extra.scores(vector)[0], near, gap))


def _signal_for_the_later_head(text: str, detector) -> bool:
    """The later head reads only a message with at least one kind of risk signal or a time or decision
    (`self_harm_cues.signal_kinds`), and not a question about one's own medicine with no risk kind beside it. Its
    direction alone (no prototype bar) read chat ("ok cool", "yo whats up"), idioms ("i could kill for a nap") and
    own-medicine questions ("can i just bump my sertraline up myself") as risk on the gate (messages 6, meaning dose
    5); hopelessness alone stays distress's (`_hopeless_only`)."""
    kinds = signal_kinds(text)
    if not kinds & (RISK_KINDS.keys() | MODIFIERS.keys()) or _hopeless_only(text):
        return False
    from medassist.model.safety.dose_risk import asks_about_own_medicine

    return bool(kinds & RISK_KINDS.keys()) or not asks_about_own_medicine(text, detector)


def _hopeless_only(text: str) -> bool:
    """Hopelessness with no kind of risk signal or time beside it ("honestly whats the point of any of it"): distress's
    to answer, never the later head's to read (the earlier heads' rule, README, eighth round). Read as self-harm, it
    made the emergency already raised when a plan came next ("engine's on and the garage door is shut"), which then got
    an ordinary answer (test_self_harm_plans)."""
    t = normalise(text)
    hopeless = distressed(text) or bool(HOPELESS.search(t)) or despaired([text])
    return hopeless and not signal_kinds(text) & (RISK_KINDS.keys() | MODIFIERS.keys())


def reaches_the_heads(text: str) -> bool:
    """Whether `self_harm_risk` would ask the heads' own bars about `text` (de-obfuscated) rather than decide before
    them: no idiom of dying, no quoted work, no question about self-harm as a topic, no method talk, someone named, no
    everyday frame, no look-alike framed off, no prevention of others, no hopelessness alone (`_hopeless_only`). The
    later head's trainer counts its reading only on these (dose requests aside, which the caller tells)."""
    if without_the_idiom(text) is not None or unquoted_work(text) != text or about_self_harm_as_a_topic(text):
        return False
    return not (METHOD_TALK.search(normalise(text)) or names_nobody(text) or everyday_frame(text)
                or lone_alarm_framed_off(text) or prevention_of_others(text) or _hopeless_only(text))


def reaches_the_later_head(text: str, detector) -> bool:
    """`reaches_the_heads` and a signal the later head may read beside (`_signal_for_the_later_head`)."""
    return reaches_the_heads(text) and _signal_for_the_later_head(text, detector)
