"""Belief questions: a claim asked about as true or false, with nothing happening now (GitHub issue 21, thirteenth
round).

"my nan says you should bundle a baby with a fever up, is that true", "people who talk about suicide never do it
right", "isnt a mini stroke just nothing": the learned head reads their subject (a baby's fever, suicide, a stroke),
and the acuity lexicon finds its words in the claim itself ("overdose", "kill themselves", a baby), so the head's
lone alarm counted and a person asking for education got the emergency reply (key-facts question sets: 6-7 of 50).
What sets them apart is the frame, not the topic: a claim attributed to someone ("my nan says", "people say",
"heard that"), asked about as true, a myth or "really" so, or stated with a tag question ("... right", "innit",
"dont they"), about people in general ("you", "someone", "babies") with no person of the writer's and no time.

The same wording opens real emergencies ("my nan says you dont go to a&e for this but my baby is 5 weeks and burning
up", "is it true you shouldnt let him sleep, he hit his head an hour ago"): a message that also tells a present
situation (the writer or a person of theirs outside the attribution, a he/she, or a time: now, tonight, an hour
ago, just ate) is not a belief question only, and the head's alarm counts as before.
`check._read_red_flags` drops the head's lone alarm on a conversation's first message that `only_a_belief_question`.
"""

from __future__ import annotations

import re

from medassist.model.safety.acuity import acute
from medassist.model.safety.text import lower_quotes
from medassist.model.safety.text import words as _words

_APOS = "'?"  # people type "isnt", "dont", "cant" as often as "isn't"
_PEOPLE = (
    r"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|mum|mom|mam|mother|dad|father"
    r"|auntie|aunty|aunt|uncle|sister|brother|bro|sis|bf|gf|boyfriend|girlfriend|husband|wife|partner|friend|mate|mates"
    r"|teacher|coach|boss|colleague|neighbour|neighbor|doctor|gp|midwife|nurse|flatmate|cousin|pharmacist"
    r"|mother in law|mother-in-law|father in law|father-in-law|in laws|family|parents|fam|bestie|pal"
)
_SAYING = (
    r"says|said|reckons|reckoned|swears|swore|told me|tells me|thinks|thought|claims|keeps saying|always says"
    r"|always said|used to say|insists|believes"
)

# who said it: "my nan says", "my mum always said", "people say", "i heard", "someone told me" (removed before the
# present-situation guard reads the message: the attribution's "my" is not a person of the writer's in trouble)
_ATTRIBUTION = _words(
    rf"(?:my|me|our) (?:\w+ )?(?:{_PEOPLE})(?: \w+)? (?:{_SAYING})"
    rf"|(?:people|they|everyone|everybody|someone|somebody|folk|folks|some say|the internet|google|tiktok|facebook)"
    rf" (?:say|says|said|told me|reckon|reckons|claim|claims|think|keep saying)"
    rf"|i(?:{_APOS}ve| have)? (?:always )?(?:heard|read|was told|been told|thought|think|wonder|know|mean|guess|saw)"
    rf"|^\s*(?:heard|read|was told)|(?:is|was) (?:he|she) right|(?:he|she) (?:{_SAYING})"
)

# the claim asked about as true or false, a myth, "really" so, or stated with a tag question at the end
_FRAME = re.compile(
    rf"\b(?:is|isn{_APOS}t|was) (?:it|that|this|there) (?:actually |really |even )?(?:true|tru|a myth|right|correct|real"
    rf"|accurate|a thing|just a myth)\b"
    rf"|\btrue\s*(?:\?|or\b|$)|\bmyths?\b|old wives{_APOS}? tales?|misconception|scaremongering|made up|overblown"
    rf"|\b(?:does|do|can|could|is|are|will|would|should) (?:\S+ ){{1,7}}(?:really|actually)\b"
    rf"|\beveryone knows\b|\bsaw (?:it|this|that) on\b|\ba real thing\b|\bor (?:is (?:it|that) )?(?:only|just) (?:a )?\w+"
    rf"|^\s*is (?:\S+ ){{1,4}}just\b"
    rf"|^\s*isn{_APOS}t (?:\S+ ){{1,4}}just\b"
    rf"|\b(?:right|innit|isn{_APOS}t it|aren{_APOS}t they|don{_APOS}t they|doesn{_APOS}t it|don{_APOS}t you|do you"
    rf"|can you|won{_APOS}t it|wont it|is it|are they|isn{_APOS}t he|isn{_APOS}t she|true|yeah|ain{_APOS}t it|ain{_APOS}t they"
    # session 49: "we'd smell it if there was carbon monoxide in the house wouldnt we"
    rf"|wouldn{_APOS}t (?:we|it|you|they|i)|shouldn{_APOS}t (?:we|it|i|you)|couldn{_APOS}t (?:we|it|you)|wouldn{_APOS}t there"
    rf"|isn{_APOS}t there)\s*[?!.]*\s*$"
    # the writer's own claim put as one they expect agreed ("surely after 40 odd years its too long ago to hurt him")
    rf"|^\s*(?:(?:but|and|so|ok|okay|i mean)\s+)?surely\b|, surely\b"
    # a saying counts as the frame when what was said is a claim, not the sayer's own trouble ("my nan says her chest
    # feels funny, shes 84" is a report told through her)
    rf"|(?:{_ATTRIBUTION.pattern})(?! (?:that )?(?:he|she|her|his|him|they|their|i|i{_APOS}m|im|my|me|we|our|it hurts)\b)"
)

# the writer or a person of theirs, once the attribution is gone ("my baby is 5 weeks", "i took 20", "mine is
# black", "hes fitting"); "is he right" about the one who said it was removed with the attribution
_PERSON_OF_THE_WRITERS = _words(
    rf"i|i{_APOS}m|im|i{_APOS}ve|ive|i{_APOS}d|i{_APOS}ll|me|my|mine|myself|we|we{_APOS}re|our|us"
    rf"|he|she|he{_APOS}s|she{_APOS}s|hes|shes|him|his|her|hers"
)
# a time that puts the trouble now or just before ("right now", "tonight", "an hour ago", "for 40 mins", "just ate")
_NOW = _words(
    r"now(?! and (?:then|again))|right now|tonight|today|this (?:morning|afternoon|evening)|at the moment|atm|ago|since (?:this|last|yesterday"
    r"|\d+|lunch|breakfast|dinner|tea)|for (?:the (?:last|past) )?(?:\d+|an?|one|two|three|ten|twenty|thirty|forty)"
    r" ?(?:mins?|minutes|hours?|hrs?|days?)"
    r"|just (?:\w+ed|ate|drank|took|fell|swallowed|threw|bit|went|got|had|cut|hit|woke|broke|came|stung)"
)


# what is happening to that person: an ongoing state or act ("is fitting", "keeps being sick", "can't breathe",
# "wont wake"), or an event told in the past ("ate", "fell", "took 20") - not a condition they have ("my aunt has
# cirrhosis, she must be a big drinker" is a belief about a person, read as before by the head's other gates)
HAPPENING = _words(
    rf"(?:is|are|s|was|were|keeps?|kept|been|started|gone|going|am|i{_APOS}m|im) \w+ing|\w+ing (?:up|out|again)"
    # (someone refusing to go near them is no trouble of theirs: "my aunt wont hug him cos she thinks its catching"; session 49)
    rf"|can{_APOS}t|cannot|(?:won{_APOS}t|wont)(?! (?:hug|kiss|visit|share|go near|come near|sit near|believe|listen))"
    rf"|isn{_APOS}t|hasn{_APOS}t|haven{_APOS}t|not (?:breathing|waking|responding"
    rf"|moving|talking|making sense)|ate|eaten|drank|drunk|took|taken|fell|fallen|swallowed|collapsed|cut|hit|bit"
    rf"|threw up|passed out|fainted|stopped|woke|went|used|tried|wrote|texted|banged|broke|stung|bumped|choked"
    rf"|swelling|swollen|bleeding|burning up|floppy|blue|grey|gray|pale|drowsy|confused|dizzy|faint|sick"
    rf"|feels?|feeling|felt|hurts?|hurting|aches?|aching|pains?|funny|weird|unwell|poorly"
)


def belief_frame(text: str) -> bool:
    """The message asks whether a claim is true (attributed, "is it true", "a myth", "really", a tag question)."""
    return bool(_FRAME.search(lower_quotes(text)))


def tells_present_situation(text: str) -> bool:
    """The message tells something happening to the writer or a person of theirs, or puts it in a time now."""
    from medassist.model.safety.conversation_state import STANDING_CONDITION  # a cycle: imported here

    t = lower_quotes(text)
    rest = _CLAIMED.sub(" , ", t)
    if _NOW.search(rest):
        return True
    # (a standing condition, "my son has a peanut allergy", is who the person is, not something happening to them:
    # `conv.STANDING_CONDITION`, as the head's gates read it)
    return bool(_PERSON_OF_THE_WRITERS.search(rest)) and (bool(HAPPENING.search(rest))
                                                         or acute(STANDING_CONDITION.sub(" , ", rest)))


# Session 49 (fa25): what was claimed is the claim, not what is happening. "my son has a peanut allergy, my mum says a tiny
# bit now and then will get him used to it" told a present situation by the claim's own "him" and "used"; a claim that
# opens with a person of the writer's ("my nan says her chest feels funny") is no belief frame (`_FRAME`) and keeps its
# words. The claim runs to its clause's end, or to "but" or "and" opening what the writer tells ("my mum says its just
# teething but shes floppy"). A supposition of the writer's ("if there was carbon monoxide in the house") is no present
# situation either.
_CLAIMED = re.compile(
    # (nor one that opens with the sayer as "shes"/"hes", what they say they are doing: "my friend says shes going to
    # kill herself, she has a knife"; the session's gate lost it)
    rf"(?:{_ATTRIBUTION.pattern})(?: that)?(?! (?:he|she|her|his|him|they|their|i|i{_APOS}m|im|my|me|we|our|shes|hes"
    rf"|she{_APOS}s|he{_APOS}s|theyre|they{_APOS}re|theyll|they{_APOS}ll|shell|she{_APOS}ll|hell|he{_APOS}ll)\b)"
    rf"[^,.;!?]*?(?=[,.;!?]|\bbut\b|\band (?:now |then |today )?(?:he|she|i|my|we|his|her|they)\b|$)"
    rf"|\bif there (?:was|were|is|'s|s) [^,.;!?]*?(?=[,.;!?]|\bbut\b|$)"
    rf"|\bsurely\b[^,.;!?]*?(?=[,.;!?]|\bbut\b|$)")


def only_a_belief_question(text: str) -> bool:
    """A claim asked about as true or false, with no present situation of the writer's: education, not an
    emergency now. The head's lone alarm on it does not count (`check._read_red_flags`)."""
    return belief_frame(text) and not tells_present_situation(text)


# Fourteenth round: a question about suicide or self-harm AS A TOPIC ("is it true people who talk about suicide never do
# it", "do antidepressants make teens suicidal", "can ssris make you want to kill yourself", "is it bad to say
# 'committed suicide'"): the self-harm reader read its subject, and its generic "kill yourself" is the wording
# `self_harm_risk.METHOD_TALK` reads at a looser bar, so education got the emergency reply. What sets it apart is its
# grammar, as for belief questions: a question, the act named as a subject (a noun, or done by people in general or the
# generic "you"), nobody of the writer's in a present situation, and no ask for a way, an amount or what it feels like
# ("does it hurt to hang yourself", "how many of my pills would it take" stay the reader's).
_SELF_HARM_SUBJECT = _words(
    r"suicid\w*|self[ -]?harm\w*|self[ -]?injur\w*|(?:kill|killing|kills|hurt|hurting|harm|harming) (?:themselves|themself"
    r"|yourself|urself|your self|oneself|himself|herself)|(?:take|taking|takes|took|end|ending) (?:their|your|his|her"
    r"|one'?s) own li(?:fe|ves)|(?:want|wants|wanting) to die|overdos\w*|cutting|died that way|die by suicide"
)
_QUESTION_OPENING = re.compile(
    r"^\s*(?:(?:so|but|and|ok|okay|hey|hi|genuine question|honest question|quick question|random question)[,:]?\s+)?"
    r"(?:is|isn'?t|are|aren'?t|do|does|did|can|could|will|would|should|was|were|why|what|which|who|when|where|how"
    r" (?:common|often|likely|many people|do (?:people|you|i) (?:know|tell|spot|recognise|recognize|help|support|talk)"
    r"|can (?:i|you|we) (?:help|support|tell|spot|know|talk)|should (?:i|we|you) (?:talk|respond|react|help)))\b"
)
# asking for a way, an amount, a place or what it feels like: the reader's to judge, whatever the frame
_ASKS_FOR_MEANS = _words(
    r"how (?:many|much|long|high|deep|far|fast|quick(?:ly)?)|how (?:to|do you|would you|can you|would i|do i|can i)"
    r" (?!help|support|tell|spot|know|talk|recogni[sz]e|respond|react|say|ask|bring|approach|cope|deal)"
    r"|(?:painless|quick|quickest|fastest|easiest|surest|reliable|effective|best|peaceful|least painful|less painful)"
    r" (?:way|ways|method|methods|option)|which (?:is|one is|would be|method|way|pills?)|does (?:it|that) hurt"
    r"|(?:would|will|does|did) (?:it|that|they) (?:take|hurt|work)|enough to|lethal|fatal|where (?:can|do|could|would)"
    r" (?:i|you|someone) (?:get|buy|find|go)|what (?:dose|amount)|not (?:be|being) found|without (?:anyone|anybody)"
    r"|painful|hurt(?:s)? (?:more|less)"
)
# the writer in it: their own thoughts, acts or attempt, or "is it normal to think about it" (asked of oneself)
_WRITER_AT_RISK = _words(
    r"(?:i|i'?m|im|i'?ve|ive|i'?d|id|me|myself) (?:\w+ ){0,3}?(?:suicidal|want(?:ed)? to die|want to kill|kill myself"
    r"|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself|overdos\w*|relaps\w*)|my (?:own )?(?:suicidal|self"
    r"[ -]?harm|cutting|overdose|attempt)|(?:for|about) (?:me|myself)\b"
    r"|(?:is it|it'?s|is that) (?:normal|ok|okay|bad|weird|wrong|common) (?:to|that i|if i) (?:\w+ )?(?:think|feel|want|wish"
    r"|keep|have|get|dream|imagine|plan)"
)


# asked as a question: a question mark, a question's opening, or a claim asked about as true (not a saying alone: "my
# friend says shes going to kill herself" tells, it does not ask)
_ASKED_TRUE = _words(
    rf"(?:is|isn{_APOS}t|was) (?:it|that|this) (?:actually |really |even )?(?:true|a myth|right|correct|accurate)"
    r"|myths?|misconception|true or (?:false|not)"
)
# someone's intent or means now ("shes going to kill herself, she has a knife", "he's threatening to end it"): no topic
_INTENT_NOW = _words(
    r"(?:he|she|they|he'?s|she'?s|hes|shes|they'?re|theyre|my \w+) (?:\w+ ){0,2}?"
    r"(?:going to|gonna|about to|wants? to|wanting to|planning to|plans? to|threaten\w*(?: to)?|trying to|tried to"
    r"|talking about|keeps? saying|said (?:she|he|they)(?:'?d|'?ll| will| would)?) (?:\w+ ){0,2}?(?:kill|hurt|harm|end|die"
    r"|cut|overdose|jump)|(?:has|got|have|had) (?:a |the |some )?(?:knife|gun|rope|blade|razor|pills|tablets|noose)"
)


def about_self_harm_as_a_topic(text: str) -> bool:
    """A question about suicide or self-harm as a subject (a myth, a fact, a word, a warning sign, a medicine's side
    effect), with nobody of the writer's in a present situation, the writer not at risk in it, and no ask for a way, an
    amount or what it feels like."""
    t = lower_quotes(text)
    if not _SELF_HARM_SUBJECT.search(t) or _ASKS_FOR_MEANS.search(t) or _WRITER_AT_RISK.search(t) \
            or _INTENT_NOW.search(t):
        return False
    asked = "?" in t or bool(_QUESTION_OPENING.match(t)) or bool(_ASKED_TRUE.search(t))
    # the subject's own word is what `acute` reads: only a time now, or the writer or a person of theirs to whom
    # something is happening, tells a present situation here
    rest = _ATTRIBUTION.sub(" ", t)
    present = bool(_NOW.search(t)) or (bool(_PERSON_OF_THE_WRITERS.search(rest)) and bool(HAPPENING.search(rest)))
    return asked and not present
