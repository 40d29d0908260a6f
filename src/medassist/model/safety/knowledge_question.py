"""Knowledge and first-aid questions: what to do for someone in general, with nobody at risk now (GitHub issue 21,
fourteenth round).

"if someone is choking what do i do? asking so i know", "how do you know if a person is having a stroke", "whats the
right way to do back blows on a baby thats choking", "what should you do if a resident's face suddenly drooped":
the danger is told of someone in general (an indefinite person, or "you" meaning anyone) inside a clause that
supposes it ("if", "when", "in case", "who is", "that's"), and the rest of the message asks how to recognise or
handle it, or says why it is asked (a course, an exam, "just in case", "so i know", "want to be ready"). The red
flag's own words ("is choking", "suddenly drooped") read as happening now to the rules, to the head on the message
and to the head on the conversation (a question after "revising for my hca interview"), and thirteen rounds named
such frames phrase by phrase (coursework, "what if", "asking for a course").

What sets them apart is who is at risk and when, not the topic: with the supposed clauses taken out, what is left
must name no red-flag sign, nothing happening now and no call for help, no "it's real", and no person of the
writer's own (the writer as a learner, a parent or a childminder asking is no one at risk). A person of the writer's
own may stand in it only as the subject of a preparation ("my partner has epilepsy, what do i do if she has one"):
nothing told of them in the past, nothing going on with them, no sign of acuity. The same wording opens real emergencies ("asking
because my dad is choking right now", "how do you know if it's a heart attack? my husband has crushing chest pain",
"how many compressions before breaths? my baby isnt breathing"): what is left there names the person and the sign,
and the message is read as before.

Self-harm is never read here (the generic "you" is how people at risk ask about their own means: "what happens if
you take 30 paracetamol"), nor is an amount of a medicine or a poison supposed of "you" (`_SECOND_PERSON_RISK`), nor
"you" as the one it happens to ("how much blood can you lose before you pass out": `_YOU_SUFFER`), nor someone at
hand ("there's a man ... in front of me"), nor a message in another language.

Read by the rules' framing (`triage.framing`: a general question, so no sign or condition alarms and the head's
settled bar applies), by `check._head_alarm_answered` (the head's lone alarm on it is answered) and by the context
reader (`check._context_category`: it adds no risk of its own to the messages before it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from medassist.model.safety.acuity import acute_sign
from medassist.model.safety.frames import TRAINING, says_real
from medassist.model.safety.own_emergency import own_emergency_told
from medassist.model.safety.text import normalise

# Someone in general: an indefinite person, a role, or the generic second person.
_ANYONE = (
    r"(?:someone|somebody|anyone|anybody|some one|a person|people|persons|one|you|you're|youre|your|yourself|the person"
    r"|(?:the|a) (?:casualty|victim|patient|resident|client|service user|pupil|student|customer|diner|guest|passenger"
    r"|player|runner|swimmer|climber|diver|cyclist|driver|worker|colleague|stranger|bystander)"
    r"|(?:someone|somebody|a person|a \w+)'s (?:\w+ )?(?:kid|child|baby|son|daughter|friend|partner|mum|dad|face|arm|leg"
    r"|chest|head|throat|lips|tongue)"
    r"|(?:a|an|any|some) (?:\w+ ){0,2}?(?:child|kid|kiddo|baby|babies|infant|toddler|newborn|adult|teen|teenager|man"
    r"|woman|guy|lady|girl|boy|person|elderly|pensioner|older person|old person|friend|patient|resident|casualty"
    r"|victim|dog owner|student|pupil|player|runner|swimmer|climber|diver|cyclist|driver|worker|colleague|stranger)"
    r"|(?:kids|children|babies|toddlers|adults|teenagers|women|men|older people|elderly people))"
)
# A person of the writer's own in a preparation: "if she has one", "in case he ever stops breathing", "when my son
# gets stung" (a supposition told in the present simple, counted only beside "what to do" or the reason for asking)
_PREPARED = re.compile(
    r"\b(?:if|when|whenever|in case|incase|should) (?:he|she|they|it|i|we|(?:my|his|her|their|our) (?:\w+ ){0,2}?\w+)"
    r"(?: (?:ever|ever does|does"
    r"|do|did|should|starts to|start to|begins to))? (?:has|have|gets|get|goes|go|starts|start|stops|stop|chokes|choke"
    r"|collapses|collapse|falls|fall|faints|faint|fits|fit|seizes|seize|reacts|react|eats|eat|swallows|swallow"
    r"|struggles|struggle|turns|turn|needs|need|passes|pass|hits|hit|cuts|cut|burns|burn|bleeds|bleed"
    # (session 54, conv54: the past of a supposition, with "ever" to say so, "if my dad ever collapsed with chest pain";
    # without it, "when my son collapsed" tells what happened)
    r"|ever (?:had|got|went|started|stopped|choked|collapsed|fell|fainted|seized|reacted|swallowed|ate|struggled|turned"
    r"|needed|passed|hit|cut|burnt|burned|bled))\b.*?"
    r"(?=\s*(?:,|$|\b(?:what|whats|what's|how|should|can|could|do|does|would|will|is it|asking|because|bc|cos|coz"
    r"|cause|but|actually|just in case|so i|so we|my|our|i'm|i am|i've|i have|please|thanks)\b(?!')))")
_PREPARING = re.compile(r"\b(?:what (?:to do|(?:do|should|would|can|could|must|shall|will) (?:\w+ ){1,3}?do)"
                        r"|how (?:to|do i|should i|do we|should we|can i|can we) (?:help|handle|deal|react|respond|tell"
                        r"|know))\b")
# A clause that supposes the danger of someone in general: "if someone is choking", "when a person starts fitting",
# "in case a kid swallows", "someone who has fainted", "a baby thats choking", "on someone else". It runs to the end of
# its clause: punctuation, or the words that open the question or the reason after it.
_CLAUSE_END = (r"(?=\s*(?:[?.!,;:()\-]|$|\b(?:what|whats|what's|how|hows|should|shall|can|could|do|does|would|will|is it"
               r"|are you|asking|because|bc|cos|coz|cause|but|actually|just in case|in case|so i|so you|so we|like|my|our"
               r"|i'm|im|i am|i've|i have|please|pls|thanks|thx)\b(?!')))")
# A case as an exam or a course tells it ("patient with crushing chest pain radiating to jaw", "a 60 year old man
# presents with"): read as supposed only beside the reason for asking (`_PURPOSE`).
_VIGNETTE = re.compile(
    r"\b(?:an? |the )?(?:\d+ ?(?:yo|y o|year old|yr old|years old) )?(?:patient|pt|man|woman|male|female|child|boy|girl"
    r"|gentleman|lady|casualty|resident|client|adult|infant|toddler|baby)s? (?:with|presents|presenting|complaining|comes"
    r" in|came in|brought in|admitted|found)\b.*?(?=\s*(?:,|$|\b(?:what|whats|what's|how|should|can|could|do|does|would"
    r"|will|is it|my|our)\b(?!')))")
_SUPPOSED = re.compile(
    rf"\b(?:if|when|whenever|once|in case|incase|say|suppose|supposing|imagine|what if|where|until|while|before"
    rf"|after)(?: (?:ever|ever a|like|say))? {_ANYONE}\b.*?{_CLAUSE_END}"
    rf"|\b{_ANYONE} (?:who|that|thats|that's|which|whos|who's|who is|who has|who's been|having|with)\b.*?{_CLAUSE_END}"
    rf"|\b(?:on|for|to|help|helping|treat|treating|check|checking|move|moving|roll|rolling|put|putting|wake|waking"
    rf"|tell|know|spot) {_ANYONE}(?: else)?\b(?: (?:who|that|thats|that's|which|whos|who's|having|with)\b.*?{_CLAUSE_END})?")
# What asks for knowledge: a question, or the reason for asking.
_ASKS = re.compile(
    r"^(?:(?:ok|okay|so|hi|hey|hello|quick|random|general|silly|dumb|stupid|genuine|serious|honest|q|question"
    r"|qs|one|another|first aid|quiz|exam|course|revision)\b[\s:,\-]*)*(?:what|whats|what's|how|hows|why|which|when"
    r"|where|who|is|isn't|are|can|could|does|do|did|should|would|will|whats|tell me|explain|describe|define|list"
    r"|name|any tips|any advice|tips|advice)\b"
    r"|(?:^|, |and |so |like )(?:what|whats|what's|how|why|which|when|where|is|are|can|could|does|do|should|would"
    r"|will)\b(?!')"
    r"|\b(?:how (?:many|much|long|often|fast|quickly|soon|hard|deep) |what (?:do|does|should|would|can|happens|is|are)"
    r"\b|(?:can|could|should|would|do|does|will) (?:you|one|people|someone|a person)\b"
    r"|what (?:do |should |would |can |could |must |shall )?(?:i|we|you|one|people) (?:should )?do|what to do"
    r"|how to (?:tell|know"
    r"|spot|help|treat|handle|deal)|how (?:do|can|would|should|could) (?:you|i|we|one|people) (?:tell|know|spot)"
    r"|signs? of|symptoms? of|warning signs|is it true|myth or fact|fact or myth|true or false)\b")
_PURPOSE = re.compile(
    r"\b(?:asking (?:so|because|as|cos|coz|bc|cause|for) (?:i|we|i'm|future|my|a|the|work|interest|general|reference)"
    r"|just in case|in case (?:it|this|that) (?:ever )?happens|for (?:future )?reference|so (?:i|we)(?:'m| am| are|'re)?"
    r" (?:know|ready|prepared|can help|know what to do|don't panic|don't freeze)|(?:want|wanna|like|need) to be"
    r" (?:ready|prepared|able to help)|(?:don't|dont|do not) want to (?:freeze|panic|get it wrong)"
    r"|(?:first aid|cpr|bls|lifeguard|paediatric|pediatric|safeguarding|nursing|medical|paramedic|midwifery|hca|carer"
    r"|care) (?:course|class|exam|training|test|quiz|interview|night|module|thing|refresher|question)"
    r"|(?:revising|studying|prepping|preparing|training) for|for (?:a|my|our|the|work|uni|college) (?:\w+ )?(?:course"
    r"|class|exam|quiz|test|interview|module|assessment|essay|training|job)|(?:quiz|exam|course|test|interview)"
    r" question|curious|wondering"
    # what is learned, practised or examined, by its kind ("osce station tomorrow", "health and safety training at
    # work", "case study"): what is left after the supposed clauses must still name no one at risk now
    r"|training|course|class|lesson|lecture|seminar|workshop|module|exam|exams|quiz|osce|station|scenario|case study"
    r"|vignette|homework|assignment|essay|project|coursework|revision|refresher|interview|certificate|cert"
    r"|textbook|syllabus)\b")
# The writer as the one who asks or learns (removed before looking for a person of the writer's own at risk).
_ASKER = re.compile(
    r"\b(?:(?:what|how|when|where|who|which|why)(?: \w+){0,2} (?:do|should|can|could|would|must|shall|will|am) (?:i|we)"
    r"|(?:do|should|can|could|would|must|shall|will|am|did) (?:i|we)|(?:so|if|in case|when) (?:i|we)(?:'m| am| are|'re)?"
    r" (?:know|ready|prepared|can help|can act|don't panic|don't freeze|ever (?:need|have) to)"
    r"|(?:i|we) (?:want|wanna|would like|'d like|need|just want|wanted) to (?:know|learn|understand|check|be (?:ready"
    r"|prepared|able to help))|(?:i|we)(?:'ve| have)? (?:always )?(?:wondered|been wondering|heard|read|was told"
    r"|were told|was taught|were taught)|(?:i|we)(?:'m| am| are|'re) (?:just )?(?:curious|wondering|asking"
    r"|interested|a bit confused|confused|not sure)|(?:i|we) (?:wonder|was wondering|know|forgot|forget|can't remember)"
    r"|(?:i|we)(?:'m| am| are|'re) (?:a|an) (?:new |student |trainee |qualified |volunteer )?(?:\w+ ){0,2}?(?:student"
    r"|nurse|childminder|nanny|teacher|ta|carer|hca|first aider|lifeguard|parent|mum|mom|dad|coach|volunteer|trainee"
    r"|instructor|medic|paramedic|midwife|scout leader|youth worker|babysitter|au pair|pe teacher|swim teacher)"
    r"|(?:i|we)(?:'m| am| are|'re) (?:\w+ )?(?:doing|taking|on|starting|revising|studying|training|prepping|booked on"
    r"|running|teaching|writing|making)|(?:i|we) (?:don't|do not|dont) want to (?:freeze|panic|get it wrong)"
    # the writer as the one who will fetch help in the supposed case ("what is the right first aid until we reach
    # help", "what do i do while we wait for the ambulance"; session 43)
    r"|(?:until|till|before|while|whilst|so) (?:we|i) (?:can )?(?:reach|get|find|wait for|call|ring|phone|get to)"
    r" (?:\w+ ){0,2}?(?:help|hospital|a doctor|the doctor|an ambulance|the ambulance|a&e|paramedics|a medic|rescue)"
    # (session 54, conv54: the wait said without its subject, "while waiting for the ambulance")
    r"|(?:while|whilst) (?:(?:we|i)(?:'re| are| am|'m)? )?waiting (?:for|on)"
    r" (?:\w+ ){0,2}?(?:help|hospital|a doctor|the doctor|an ambulance|the ambulance|a&e|paramedics|a medic|rescue)"
    r"|asking (?:so|because|as|cos|coz|bc|cause) (?:i|we)\w*|(?:can|could|will|would) you (?:tell|explain|remind) me"
    r"|(?:i|we) (?:had|have|got) (?:a|my|our|the) (?:\w+ )?(?:course|class|exam|training|quiz|interview|test)"
    r"|(?:my|our) (?:\w+ ){0,3}?(?:course|class|exam|quiz|instructor|teacher|trainer|work|job|school|uni|college|interview"
    r"|module|assessment|placement|training|first aid|revision|lecturer|tutor|boss|manager|team|group|night|kit))\b")
# A person of the writer's own, or the writer told as in some state (not as the one asking).
_OWN = re.compile(
    r"\b(?:my|our|ours|mine)\b|\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|we|we're|we've|us)\b"
    r"|\b(?:he|she|he's|she's|hes|shes|him|his|her|hers|they're)\b")
# Nothing may be told in the past of a person of the writer's (a preparation supposes; "my son ate peanuts" tells).
# (session 47: not a standing condition's "well controlled", "well managed": "my brother has epilepsy, well controlled,
# what should i do if he has a fit at the party")
_TOLD_PAST = re.compile(r"\b(?:had|was|were|did|got|went|came|ate|drank|took|fell|hit|cut|(?<!a )bit|threw|broke|swallowed"
                        r"|collapsed|fainted|passed|just|ago|yesterday|today|tonight|earlier|(?<!well )\w+ed)\b")
# Something going on with them ("my son is wheezing, what do i do if he stops breathing").
_GOING_ON = re.compile(r"\b(?:is|are|am|'s|'re|i'm|he's|she's|they're|it's|been) (?:\w+ )?\w+ing\b")
# Now, happening, a call for help.
_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|atm|as we speak|happening|going on|minutes? ago|mins? ago|an hour ago"
    r"|hours? ago|seconds? ago|just (?:now|happened|started|collapsed|took|swallowed|drank|ate|fell|stopped|went)"
    r"|suddenly|all of a sudden|help (?:me|us|him|her|them|please)|please help|hurry|asap|urgent"
    r"|(?:called|rang|phoned|on the phone to|on with) (?:911|999|112|000|an ambulance|the ambulance)"
    r"|tonight|this (?:morning|afternoon|evening)|today|won't stop)\b")
# A question about a condition, a sign or a procedure in general: how one tells, what it is, its signs ("how do you do
# the glass test for a meningitis rash", "how do you tell arterial bleeding from venous"); its body words are its
# subject, not anyone's trouble.
_GENERIC_ASK = re.compile(
    r"\b(?:(?:how|what|when|where|why|which) (?:\w+ )?(?:do|does|can|would|should|could|is|are|must) (?:you|one|people"
    r"|someone|somebody|a person|they|doctors|paramedics|first aiders)|signs? (?:of|that|to)|symptoms? of|warning signs"
    r"|difference between|(?:from|vs|versus|or) (?:a |an )?(?:\w+ )?(?:bleed\w*|attack|reaction|fit|seizure|stroke)"
    r"|(?:^|, |and |so )(?:do|does|can|could|should|would|will|must) (?:you|one|people|someone|a person|they)\b"
    r"|what (?:is|are|does|do) (?:a |an |the )?(?:\w+ ){0,2}?(?:look like|mean|stand for|feel like|mean by)"
    r"|is it true|myths?|fact|true or false|old wives)\b")
# Someone at hand: a scene told now, wherever the danger is told ("there's a man with crushing chest pain next to me").
_AT_HAND = re.compile(r"\b(?:in front of (?:me|us)|next to (?:me|us)|beside (?:me|us)|near me|with me (?:now|here)"
                      r"|(?:is|are|he's|she's|they're) (?:right )?here|there's (?:a|an|this|some) (?:\w+ )?(?:man|woman|guy"
                      r"|lady|kid|child|baby|boy|girl|person|bloke|fella|teen|student|pupil|customer|patient))\b")
# Self-harm in any frame, and the writer's own means: never read as a question in general here.
_SELF_HARM = re.compile(
    r"\b(?:suicid\w*|kill\w* (?:my ?self|yourself|urself|oneself|themselves|himself|herself|me)|end (?:it|my life"
    r"|your life|things)|self ?harm\w*|cut\w* (?:my ?self|yourself|myself)|hurt\w* (?:my ?self|yourself|myself)"
    r"|overdos\w*|od|not wake up|never wake up|lethal|fatal|painless|die|dying|want to be dead|be dead|hang\w*"
    r"|noose|jump off|pills lined up)\b")
# An amount of a medicine, a poison or a drug supposed of "you": how people at risk ask about their own means.
# "You" as the one it happens to ("how much blood can you lose before you pass out", "what does it mean when your
# chest hurts"), not as the one who helps ("what do you do if someone collapses"): the writer may be asking about
# themself.
_YOU_SUFFER = re.compile(
    r"\b(?:you|you're|youre|u)(?: (?:are|were|have|had|start|started|keep|get|got|go|feel|begin|can|could|would|will"
    r"|might|actually|really|just|ever|suddenly|then|and|be|being))* (?:lose|losing|lost|bleed\w*|pass(?:ing)? out"
    r"|passed out|faint\w*|die|dying|surviv\w*|last|drown\w*|overdos\w*|collaps\w*|chok\w*|stop breathing|can't"
    r"|cannot|black\w* out|go unconscious|hurt|hurting|ache|numb|dizzy|sick|vomit\w*|throw\w* up|short of breath"
    r"|breathless|wheez\w*|swell\w*|seiz\w*|fit|fitting|on your own)\b"
    r"|\byour (?:\w+ ){0,2}?(?:chest|head|heart|arm|arms|leg|legs|face|throat|lips?|tongue|mouth|speech|vision|eyes?|neck"
    r"|stomach|side|body|breath\w*|pulse|skin|sugar|blood)\b")
# Session 48 (msg24; the lead's probe "me and my mate were arguing - if you get stung by a bee how fast does your throat
# close" alarmed): a question put to settle an argument, a bet or a debate is about a fact, so its generic "you" is anyone,
# not the writer suffering (`_YOU_SUFFER`); what is left must still tell no sign, nobody at risk now and no call for help
_DISPUTE = re.compile(
    r"\b(?:(?:me and (?:my |the )?\w+|(?:my|the) \w+ and (?:i|me)|we|they|my \w+)(?: (?:were|are|was|'re|have been|'ve been"
    r"|had|got|keep|kept))? (?:(?:having|had|in) (?:a|an) (?:\w+ )?)?(?:argu\w*|debat\w*|bet|betting|disagree\w*"
    r"|row|rowing|bickering)"
    r"|(?:settle|end|win|solve) (?:an|a|the|this|our) (?:\w+ )?(?:argument|debate|bet|dispute)|(?:we|they) (?:can't|cannot"
    r"|couldn't) agree|(?:pub quiz|trivia|quiz night))\b")
_SECOND_PERSON_RISK = re.compile(
    r"\b(?:if|when) (?:you|u|one|i)\b.*\b(?:take|took|swallow\w*|drink|drank|ate|eat|have|had|inject\w*|mix\w*)\b.*"
    r"\b(?:\d+|a whole|the whole|all|too many|too much|lots|loads|a lot|a bunch|pack|bottle|box)\b")


def _cut(pattern: re.Pattern, t: str) -> str:
    return re.sub(r"\s+", " ", pattern.sub(" , ", t)).strip()


def supposed_out(t: str) -> str:
    """`t` (normalised) with the clauses that suppose someone in general in danger taken out."""
    return _cut(_SUPPOSED, t)


_STOPS = re.compile(r"[?.!,;:()\n]+|\s-+\s")


def _normalised(text: str) -> str:
    """`text` normalised (`text.normalise`) with its clause ends kept as " , " (a clause that supposes ends there)."""
    return " , ".join(p for p in (normalise(part) for part in _STOPS.split(text)) if p)


@lru_cache(maxsize=4096)  # a pure function of the text, read by framing and the checks several times a message
def asked_in_general(text: str) -> bool:
    """A knowledge or first-aid question about someone in general with nobody at risk now: answered, whatever red flag
    it names (see the module's docstring). `text` as written, or already normalised."""
    t = _normalised(text)
    if not t or says_real(t) or _SELF_HARM.search(t) or _SECOND_PERSON_RISK.search(t) or _AT_HAND.search(t) \
            or _YOU_SUFFER.search(t) and not _DISPUTE.search(t) or own_emergency_told(t):
        return False
    if not (_ASKS.search(text.lower()) or _ASKS.search(t) or _PURPOSE.search(t) or TRAINING.search(t)):
        return False
    rest = supposed_out(t)
    supposed = rest != t
    if _PURPOSE.search(t) or TRAINING.search(t):  # a case told as an exam or a course tells it
        vignette = _cut(_VIGNETTE, rest)
        supposed, rest = supposed or vignette != rest, vignette
    prepared = False
    if _PREPARING.search(t) or _PURPOSE.search(t):  # a supposition of the writer's own person, asked to be ready
        left = _cut(_PREPARED, rest)
        prepared, rest = left != rest, left
    if _names_sign(rest) or _NOW.search(rest):
        return False
    # with the writer as the one asking taken out, a person of the writer's own may stand only as the subject of a
    # preparation: something supposed of them, nothing told of them in the past, no risk, no sign of acuity
    others = _cut(_DISPUTE, _cut(_PURPOSE, _cut(_ASKER, rest)))
    if _OWN.search(others):
        return prepared and not (_TOLD_PAST.search(others) or _GOING_ON.search(others) or acute_sign(others))
    # English only: the frame's words are English, and another language's question is its lexicon's to read
    return (supposed or prepared or bool(_GENERIC_ASK.search(others))) and not _foreign(text)


def _names_sign(t: str) -> bool:
    """A red-flag sign (the rules' signs of any category, not denied) in `t`."""
    from medassist.model.safety.triage import RED_FLAGS, _hits  # the rules read this module's verdict

    return any(_hits(flag._signs, t) for flag in RED_FLAGS)


def _foreign(text: str) -> bool:
    from medassist.model.safety.other_languages import foreign

    return foreign(text)
