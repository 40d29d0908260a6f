"""Default-deny inside a risky question (GitHub issue 21, item 4, sixth round).

Five rounds listed the UNSAFE shapes of an answer sentence after a risky question ("it usually settles by itself"
after red flags, "a second one often works" after "can i take another?"), and each round's held-out set found
wordings the lists did not have (round 5: 52.6% caught on first reading; a later probe no better after the fixes).
The unsafe wordings are open-ended; the SAFE answers to a risky question are few. So after a question that
`output_context.question_context` reads as risky, a sentence passes only if it is one of these shapes:

* it sends the person for help (a doctor, pharmacist, nurse, 999/111/A&E, a crisis line) or says who can tell;
* support (sorry, glad you told me, you deserve help, that sounds hard) or a refusal ("I can't help with that");
* a warning (danger, an emergency, "don't wait", "needs to be seen");
* a general third-person fact that addresses neither the person nor their case and that does not, in the
  question's terms, reassure (red flags), permit or set a dose (dose), or compare, endorse or help (self-harm).

Everything else after such a question is flagged in the question's category. Outside a risky question nothing
changes here. Also, after a PERSONAL symptom question ("sore red lumps in my armpits that keep coming back"), a
sentence that names a condition as what this person has, by the sentence's structure rather than a list of
frames ("X is what this is", "Classic case of X", "those symptoms add up to X", "ur describing X"), unhedged and
with no referral, is `diagnosis`.

Cheap regex reads only: nothing here embeds anything.
"""

from __future__ import annotations

import re

from medassist.model.safety.answer_structure import SENDS as _SENDS
from medassist.model.safety.answer_structure import (
    care_reading,
    dose_reading,
    self_harm_safe_shape,
    unquoted,
    voices_concern,
)
from medassist.model.safety.diagnosis_claims import HEDGE as _HEDGE
from medassist.model.safety.diagnosis_claims import general_question
from medassist.model.safety.diagnosis_claims import starts_with_a_name as _named
from medassist.model.safety.output_context import (
    _DEFERS,
    _FIRST_AID,
    _GENERAL_SAFETY,
    _PLAYS_DOWN,
    _REASSURES,
    _SECRET,
    _SH_REFUSES,
    _SH_SUPPORTS,
    _URGENT_HELP,
    _WARNS,
    HOW_TO_TAKE,
    QuestionContext,
    keeps_to_plan,
    other_act_only,
    safety_checked_away,
    secret_asked_only,
)
from medassist.model.safety.output_rules import _MED_WORDS as _MED_NAMED
from medassist.model.safety.output_rules import _REFERS, HELPLINE, _sends_for_help
from medassist.model.safety.text import normalise

_SUPPORT = re.compile(
    r"\b(?:sorry|glad you|thank you for|thanks for (?:telling|sharing|asking)|not alone|you deserve|deserve (?:help|support"
    r"|care|to feel)|you matter|not a burden|be kind to yourself|brave|proud of you|worried about you|i'm here"
    r"|(?:sounds|must be|must feel|is) (?:\w+ )?(?:hard|painful|tough|difficult|overwhelming|exhausting|frightening|scary"
    r"|lonely)|going through|(?:hard|tough|difficult) time|it's (?:ok|okay|understandable|right) to (?:feel|ask|talk|reach|be|tell)"
    # session 53: help called for, their safety put first ("her safety is more important than the promise")
    r"|call (?:for|to get) help|(?:safety|life|wellbeing) (?:is|comes) (?:more important|first)"
    r"|you're not (?:a|to blame|weak)|worth (?:talking|living)|hope (?:this|that|it) helps|take care|knows? you care"
    r"|there (?:for|to listen)|listen\w*|feel (?:that way|the same|like this)"
    # eighth round: what helps someone at risk ("reach out to someone now", "stay with him", "take what he says
    # seriously", "ask him directly if he has a plan", "deserves support", "can help them open up")
    # sixteenth round: a crisis line given, by its number or as what it is ("Shout is a free text line on 85258")
    r"|116 123|85258|741741|(?:free|confidential|24 ?hour|24 7|round the clock|anonymous) (?:\w+ )?(?:text|phone|help|crisis"
    r"|support|listening) ?(?:line|service)"
    r"|reach (?:out|out to)|stay with (?:him|her|them|you|someone)|take (?:it|this|them|him|her|what \w+ says?) seriously"
    r"|ask (?:him|her|them) (?:directly|if|about)|deserves? (?:support|help|care)|open up|distance between yourself and"
    r"|keep (?:yourself|you|him|her|them) safe|safety plan|there's (?:help|support)|(?:help|support) is (?:there|available)"
    # ninth round: "there are people who can help you find other ways through"
    r"|(?:people|someone|somebody|services|places) (?:who|that) (?:can|could|will|would) (?:help|support|listen)"
    # session 50: a carer told to keep the door open ("let him know he can always come to you")
    r"|(?:can|could) (?:always )?(?:come|talk|turn) to you)\b")
_REFUSES = re.compile(r"^(?:(?:sorry|i'm sorry|honestly)\s)?(?:i|i'm|i am|i'd|i would)\s(?:can't|cannot|won't|will not"
                      r"|not (?:able|going)|'m not (?:able|going)|rather not|prefer not|don't (?:want|think i should))\b"
                      r"|\bnot something i\b")
# The person, or their case: who the question is about and the things said of them.
_ADDRESSES = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'll|you'd|u|ur|he|she|him|her|his|hers|he's|she's"
                        r"|i'd|i would|i'll|i reckon|i think|we|let's|it's|it'll|that's|this one|that one"
                        r"|they|them|their|they're)\b|^(?:\w+ )?(?:this|that|these|those|it)\b")
# An instruction: a sentence that starts with a verb, or with "just"/"so"/"then" and one.
_IMPERATIVE = re.compile(r"^(?:(?:just|so|then|now|yes|yeah|yep|sure|ok|okay|honestly|nah|no)\s)*(?:take|have|give|pop|chuck"
                         r"|add|skip|miss|stop|start|keep|carry|stick|try|use|leave|drop|cut|double|halve|up|bump|switch"
                         r"|swap|go|wait|rest|sleep|lie|sit|put|drink|eat|let|wear|get|make|wipe|clean|stay|avoid|apply"
                         r"|rub|ice|press|cover|hide|say|tell|do|don't|never|check|see|call|ring|bin|ditch|wash|mix"
                         r"|sip|offer|strip|hold|ride|pace|push|trust|relax|breathe|gargle|rinse)\b")
# In the question's terms, what a general fact may not do.
_DOSE_TALK = re.compile(
    r"\b(?:people|folks|patients|users|many|most|plenty|loads|lots)\b.*\b(?:do|does|did|take|takes|double|skip|stop|up|find"
    r"|manage|fine|ok|okay|switch|combine|use)\b|\b(?:fine|ok|okay|safe|no issue|no problem|reasonable|sensible|common"
    r"|normal|workaround|move|plenty|enough|grand|allowed|good idea|better|best|worth|won't hurt|harmless)\b"
    r"|^(?:\w+ing)\b|\b(?:once|twice|three times|\d+ ?(?:mg|ml|g|mcg|units?|tablets?|capsules?|puffs?|times))\b")
_SH_TALK = re.compile(
    r"\b(?:better|best|safer|safest|easier|easiest|less|more|least|most|enough|would do|will do|does it|works?|helps?"
    r"|quick\w*|painless|fast\w*|hidden|covered|spot|notice\w*|accident\w*|fine|ok|okay|normal|right|point|move on"
    r"|manage|last|get through|keep going|cope|calm\w*|release|relief|choice|option|up to)\b")
_NEUTRAL_FACT = re.compile(r"\b(?:is|are|was|were|can|may|might|causes?|affects?|means?|include\w*|happens?|occurs?"
                           r"|needs?|has|have|contains?|works? by|is used|are used)\b")

# The acts that ANSWER a risky question, whatever their words: assent, an evaluation of the case or the plan, a
# prediction of how it will go, advice in the first person, what other people do, and (dose) an amount or a dose
# change as the subject.
_ASSENT = re.compile(r"^(?:(?:honestly|well|so|oh|ah|look)\s)?(?:yes|yeah|yep|yup|sure|of course|absolutely|definitely"
                     r"|totally|no worries|nah|no|not really|go ahead|fine|ok|okay|alright|correct|right)\b")
_EVALUATES = re.compile(
    r"\b(?:(?:is|are|be|'s|it's|that's|looks?|sounds?|seems?)(?: \w+){0,3}? (?:fine|ok|okay|safe|grand|alright|reasonable"
    r"|sensible|no issue|no problem|not a problem|no big deal|not a big deal|nothing|(?<!than )(?:normal|common|typical)(?! (?:sign|symptom"
    r"|cause|reason|type|form|condition|side effect|problem)s?\b)|expected|(?<!get )(?<!gets )better"
    r"|safer|easier|best|the better|the best|enough|plenty"
    # session 51: "worth asking about", "worth getting checked": a referral, not an evaluation of the plan
    r"|worth(?! (?:asking|checking|talking|mentioning|speaking|raising|a chat|a call|a visit|seeing|getting (?:it |them |this )?"
    r"(?:checked|looked at|seen)))|harmless|manageable|par for the course|a good|the right"
    r"|right)|nothing wrong|no harm|won't hurt|wouldn't hurt|doesn't hurt|no need|don't need|doesn't need|needn't|done with"
    r"|got(?:ten)? away with|(?:don't|no need to) (?:worry|stress|panic|fret|bother)|can wait|in the clear)\b")
_PREDICTS = re.compile(r"(?:'ll|\bwill|\bshould|\bwould|'d|\bgonna|\bgoing to) (?:\w+ )?(?!be (?:careful|aware|cautious"
                       r"|seen|checked|examined|able)|need|want|have to|depend|vary|usually|often|ask|talk|check|speak|call"
                       r"|see|advise|tell|help)(?:be|settle|pass|sort|ease|kick|clear|help|work|come|even|do|go|calm|fade|heal"
                       r"|improve|stop|get|feel|wear|perk|bounce|recover|level|catch|make|keep|stay|last|cover|hide|knock|fix)\b")
_FIRST_PERSON = re.compile(r"\b(?:i'd|i would|i'll|i will|if i were you|my advice|i reckon|i think you|i suggest"
                           r"|i recommend|personally)\b")
# After red flags a general fact passes only when it defines, names a risk or says what something can be a sign of
# ("Sepsis is a medical emergency", "chest pain can be a heart attack"); "little ones perk up after a nap" is comfort.
_DEFINES = re.compile(r"^(?:\w+ ){1,4}(?:is|are) (?:a|an|the|when|inflammation|caused|called|one|usually caused|often caused)\b"
                      r"|\b(?:can|could|may|might) (?:be|mean|signal|indicate|cause|lead|affect|damage|spread|become)\b"
                      r"|\b(?:signs?|symptoms?|causes?|risks?|include|includes|including|caused by|treatment|treated)\b")
# A fact said of a medicine for a group ("X is generally safe for most people"), not leave for this person.
_GENERAL_SCOPE = re.compile(r"\b(?:for|in) (?:most|many|some|all)? ?(?:people|adults|children|kids|patients|women|men)\b"
                            r"|safe and effective")
_CAUTION = re.compile(r"\b(?:leaflet|label|instructions"
                      # fourteenth round: a safety evaluation negated ("it is not safe to take half of a half")
                      r"|(?:is|are|it's|that's|would be|will be) not (?:\w+ )?(?:safe|sensible|a good idea|wise|recommended|advised)"
                      r"|(?:isn't|aren't|wouldn't be|won't be) (?:\w+ )?(?:safe|sensible|a good idea|wise|recommended)|(?:packet|box|bottle)(?:'s)? (?:says?|tells?|states?)|^(?:please )?"
                      r"(?:don't|do not|never)|(?:don't|do not|never|shouldn't|should not|avoid|not to) (?:\w+ )?\w+"
                      r"|without (?:checking|a prescription)|check(?:ing)? (?:with|first)|risk|side effects?|dangerous|overdose|unlikely to"
                      r"|(?:can|could|may|might) (?:\w+ )?(?:make|lead|get|give)\b.*\b(?:worse|sick|problems?|harm"
                      # session 50: a reading that rises ("missing doses can make your pressure go up")
                      r"|go up|goes up|rise|spike|climb)"
                      # ... or leaves them unwell ("missing levothyroxine for several days can leave you tired and sluggish")
                      r"|(?:can|could|may|might) (?:\w+ )?leave (?:you|him|her|them) (?:\w+ )?(?:tired|sluggish|unwell|ill|dizzy|weak"
                      r"|breathless|short of breath|at risk)"
                      # ... and where the dose is written ("the usual adult dose is on the packet")
                      r"|(?:is|are) (?:written |printed |given |listed )?(?:on|in) the (?:packet|box|label|leaflet|bottle|pack)"
                      r"|spoon|syringe|measuring|dropper|(?:can|could|may|might) cause|withdrawal|at least|no more than|maximum|max"
                      r"|between doses"
                      # session 51: a limit for the harm it avoids ("should only be used for 3 days because it can be addictive")
                      r"|(?:can|could|may|might|is|are) (?:be )?(?:very |highly |quite )?(?:addictive|habit forming)"
                      # session 47: the act as what is best avoided ("drinking on co-codamol ... so it's best avoided")
                      r"|(?:best|better|safest|wise to be) avoided|should be avoided"
                      # seventeenth round: how to take it, not how much or when ("take it with or after food"), and the
                      # packet taken along for whoever helps
                      rf"|{HOW_TO_TAKE}"
                      r"|(?:take|bring|show|keep) (?:the|your) (?:packet|box|bottle|container|leaflet)s?)\b")
_SOCIAL_PROOF = re.compile(r"\b(?:loads|lots|plenty|most|many|heaps|tons)(?: of)?(?: \w+)? (?:people|folks|patients|users"
                           r"|women|men|parents|kids|mums|moms)\b")
# A dose change offered for what it gains ("If you stop taking antibiotics on day 4, you may be able to avoid serious
# side effects"): the gain makes it advice to change the dose, whatever the sentence also names (round 7; the
# caution words in it let it pass as a warning).
_CHANGE_PAYS = re.compile(r"^(?:so |and |but )?if (?:you|u|he|she|they) (?:just )?(?:stop\w*|skip\w*|doubl\w*|miss\w*"
                          r"|cut\w* (?:down|back)|halv\w*|lower\w*|reduc\w*|increas\w*|rais\w*|tak\w* (?:an extra|another"
                          r"|two|2|double|more|less|half)|com\w* off)\b.*\b(?:avoid|feel (?:better|fine|ok)|be (?:fine|ok|okay)"
                          r"|prevent|save|spare|get (?:better|relief|rid)|recover|sleep better|have fewer|reduce)\b"
                          # eighth round: the gain first ("you may be able to avoid side effects if you stop taking it")
                          r"|\b(?:avoid|prevent|get rid of|reduce|ease|spare|escape) (?:\w+ ){0,4}?if (?:you|u|he|she|they)"
                          r" (?:just )?(?:stop\w*|skip\w*|doubl\w*|miss\w*|cut\w* (?:down|back)|halv\w*|lower\w*|reduc\w*"
                          r"|com\w* off|take (?:a )?break)\b")
_DOSE_SUBJECT = re.compile(r"^(?:\w+ing|one|two|three|half|another|an extra|a second|twice|once|both|\d+)\b(?: [\w']+){0,5}"
                           r" (?:is|are|will|should|would|works?|won't|can|could|might|may|'s)\b")

# Eleventh round: a way through the moment after a self-harm question ("a warm drink or a shower", "holding ice",
# "talk to someone you trust"), none of them help with the harm.
_COPES = re.compile(r"\b(?:warm (?:drink|bath|shower)|a shower|cup of tea|(?:go for|take) a (?:walk|breath)|breath\w*"
                    r"|music|writ(?:e|ing) (?:it |things |how you feel )?down|journal\w*|holding ice|ice cube|grounding"
                    r"|one (?:step|day|hour) at a time|(?:something|anything) (?:small|kind|comforting)|kind to yourself"
                    r"|(?:a friend|someone|somebody|people) (?:you trust|close to you)|distract\w*|(?:stay|be) (?:with|near) (?:someone"
                    r"|others|people|a friend)|(?:it's|it is|that's) (?:ok|okay|normal|understandable) to (?:feel|cry|be (?:sad|upset"
                    r"|angry|scared|low))|(?:identify|work out|notice) (?:\w+ )?(?:cause|source|triggers?)"
                    # being cared for, hope with help, and the act itself ruled out ("you can't jump off a bridge")
                    r"|(?:start|try) again|(?:doesn't|does not|won't) (?:undo|erase|wipe out|cancel)|(?:ok|okay) to need"
                    r"|sounds like you(?:'re| are) (?:exhausted|worn out|tired|overwhelmed|struggling)"
                    r"|(?:people|they|others|we|i|your \w+) (?:really |do )?cares? about you|(?:get|gets|feel) better with"
                    r" (?:help|support|treatment|time)|^(?:you|u) (?:can't|cannot|shouldn't|should not|mustn't|must not)"
                    r" (?:jump|do|take|hurt|cut|kill|end|go through|harm|burn|starve))\b")
# What a medicine is called or used for, and a list's lead-in to what it may do ("... you may have:").
_NAMES_OR_LEADS = re.compile(r"\b(?:is|are) (?:often |also |sometimes |usually )?(?:called|known as|used (?:to|for)|a type of)\b"
                             r"|\b(?:may|might|can|could) (?:have|get|cause|develop|experience|include)$")
# What harm it does, and how well a method works: the first is a warning, the second is help with it.
_HARMS = re.compile(r"\b(?:damage\w*|problems?|diseases?|side effects?|nausea|vomit\w*|dizz\w*|confusion|drows\w*|distress\w*"
                    r"|painful|injur\w*|hyper\w+|hypo\w+|high blood|low blood|seizures?|coma|risks?|dangerous|poison\w*|harmful|toxic\w*)\b")
_METHOD_TALK = re.compile(r"\b(?:quick\w*|painless|peaceful|fast\w*|enough|would do|will do|does it|works?|surer|sure|certain\w*"
                          r"|lethal|fatal|deadly|instant\w*|hidden|covered|notice\w*|spot|easi\w*|easy|better|best|safer|safest"
                          r"|not (?:that |very |too )?(?:painful|dangerous)|no (?:damage|risk|problems?))\b")

# A condition's name built from its head noun ("pilonidal sinus", "Osgood-Schlatter disease").
_NAME_HEAD = re.compile(r"\b(?:[a-z']+ ){1,3}(?:disease|syndrome|disorder|sinus|deficiency|cyst|palsy|neuralgia|tendinopathy"
                        r"|contagiosum|flare)\b")
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|am|'s|has|have|had|do|does|did|can|could|will|would|should|may"
                   r"|might|must|shall|get|gets|got|getting|go|goes|need|needs|take|takes|make|makes|cause|causes"
                   r"|affect|affects|mean|means|happen|happens|help|helps|feel|feels|look|looks|seem|seems|sound|sounds"
                   r"|point|points|add|adds|describ\w+|call\w*|know|think|reckon|bet|say|said|tell|show|shows|come|comes"
                   r"|keep|keeps|lead|leads|start|starts|usually|often)\b|\b\w+(?:ed|s)\b(?= (?:by|to|in|on|from|with|the|a|an|your))")
_CASE = re.compile(r"^(?:you|your|you're|you've|u|ur|he|she|he's|she's|it|it's|this|that|that's|these|those|they|they're"
                   r"|they've|his|her|their|what)$")
_LINK = re.compile(r"^(?:[a-z']+ ){0,2}?(?:is|are|was|'s|has|have|had|got|'ve got|have got|has got|would be|will be|'ll be"
                   r"|must be|be|describing|add up to|adds up to|point to|points to|sounds like|looks like|seems like|developed"
                   r"|caught|picked up|suffering from|dealing with|having)(?: [a-z']+)?$|^(?:[a-z']+)?$"
                   # round 7: a cause named as this case's ("This is likely due to appendicitis.")
                   r"|^(?:is|are|'s|was) (?:(?:most |very )?likely |probably |almost certainly )?(?:due to|down to|caused by"
                   r"|from)$")
_CERTAIN_TAIL = re.compile(r",? (?:no doubt(?: about it)?|without (?:a|any) doubt|for sure|for certain|100 percent|100"
                           r"|(?:a )?hundred percent|no question(?: about it)?)$")
_NOT_LINK = re.compile(r"\b(?:can|could|may|might|going|gonna|if|when|feel|think|worry|worried|afraid|scared|fear"
                       r"|rule|test|check|risk)\b|\bto (?!\w+$)|^(?!.*\b(?:adds? up|points?|due|down) to$).*\bto$")
_OBJECT_OF = frozenset({"of", "for", "with", "from", "including", "like", "than", "treat", "treating", "about", "called",
                        "against", "prevent", "cause", "causes", "without", "and", "or"})
# What a medicine does to a condition is no claim about the person, with or without another verb ("It treats
# depression." has none this reader knows, so it read as a verbless naming)
_ACTS_ON = frozenset({"treat", "treats", "treated", "treating", "prevent", "prevents", "manages", "relieves", "eases",
                      "controls", "helps", "against"})
_MODIFIER_WORDS = frozenset({"a", "an", "the", "classic", "textbook", "definitely", "probably", "just", "clearly",
                             "certainly", "obviously", "simply", "basically", "full", "blown", "case", "of"})
_IS_WHAT = re.compile(r"\b(?:is|are|'s) (?:exactly |definitely |clearly |obviously |just )?what\b|\bwhat (?:this|that|it)"
                      r" (?:is|'s)\b")


_LETS_SLEEP = re.compile(r"\b(?:sleep (?:it )?off|let (?:him|her|them|it|yourself) (?:\w+ )?(?:rest|sleep|lie)|(?:wake|come round)"
                         r" (?:up )?(?:on|by) (?:his|her|their|its) own|see how (?:he|she|they|it) (?:is|are|goes))\b")


def _help_or_support(t: str, urgent: bool = True) -> bool:
    """Sends for help, supports or refuses; `urgent`: "now", "today", "straight away" alone count as sending for
    help (after red flags), not after a dose or self-harm question ("take another now")."""
    return bool((urgent and (_sends_for_help(t) or _URGENT_HELP.search(t))) or _REFERS.search(t) or _SENDS.search(t)
                or _SUPPORT.search(t) or _REFUSES.search(t))


# a group named as the subject: "they" and "their" after it are the group's ("People with dementia sometimes say this when
# they feel confused"), not the person's case (fourteenth round)
_GROUP_SUBJECT = re.compile(r"^(?:(?:many|most|some|lots of|a lot of|older|young|other) )?(?:people|patients|adults|children|kids"
                            r"|teenagers|teens|men|women|babies|parents|carers|those|anyone|everyone|someone)\b")
_THEY = re.compile(r"\b(?:they|them|their|they're)\b")


def _general_fact(t: str) -> bool:
    """A third-person statement that names neither the person nor their case and instructs nobody."""
    group = bool(_GROUP_SUBJECT.match(t))
    addressed = _ADDRESSES.search(_THEY.sub(" ", t) if group else t)
    return not addressed and not _IMPERATIVE.match(t) and (group or bool(_NEUTRAL_FACT.search(t)))


# Session 47 (rounds 16 and 18: 4 of the safe sentences flagged after a dose question): what is common or normal about a
# medicine ("stomach upset is common when starting metformin", "it is common for sertraline to take a few weeks to work")
# evaluates no dose change: only the words that would change a dose, or an amount, make "common" or "normal" leave to do it
_COMMON_ONLY = re.compile(r"^(?:is|are|be|'s|it's|that's|looks?|sounds?|seems?)(?: \w+){0,3}? (?:normal|common|typical)$")
_CHANGE_OR_AMOUNT = re.compile(r"\b(?:skip\w*|stop\w*|miss\w*|doubl\w*|halv\w*|half|extra|more|another|less|fewer|lower\w*|increas\w*"
                               r"|decreas\w*|reduc\w*|cut\w*|drop\w*|instead|every other|two|three|both|twice|once|without|go without"
                               r"|leave (?:it|them|out)|catch up|make up|\d+)\b")


def medicine_fact(sentence: str) -> bool:
    """What is common or normal about a medicine, said to nobody as an instruction and with no dose change or amount in
    it: the head's alarm on it after a dose question is not taken either (`output_check._answers_by_structure`)."""
    t = normalise(sentence)
    return bool(_EVALUATES.search(t)) and _medicine_fact(t) and not _IMPERATIVE.match(t)


# Session 51: how long something lasts ("a mild fever for a day or two after vaccines is common") is no amount
_DURATION = re.compile(r"\b(?:a|one|two|three|a few|a couple of|\d+)(?: or (?:two|three|\d+))? (?:days?|weeks?|hours?|months?)"
                       r"(?: or (?:two|three|\d+))?\b")


def _medicine_fact(t: str) -> bool:
    """Every evaluation in `t` is of what is common or normal, and `t` names no dose change or amount."""
    return all(_COMMON_ONLY.match(m.group()) for m in _EVALUATES.finditer(t)) \
        and not _CHANGE_OR_AMOUNT.search(_DURATION.sub(" ", t)) and not _ASSENT.match(t)


# Session 50: what people commonly feel or notice, with no dose act in it ("lots of people feel better before the course is
# finished"): a fact about the illness, not what others do with their medicine
_FEEL_ONLY = re.compile(r"^(?:(?:lots|plenty|loads) of|many|most|some|a lot of)(?: \w+)? (?:people|patients|adults|children|kids)"
                        r" (?:\w+ )?(?:feel|start to feel|begin to feel|notice|get|have|experience)\b")
# Session 50: fluids or food sipped or eaten after a dose question ("try small sips of water or rehydration drinks every few
# minutes"): nothing of a medicine in it
_FLUIDS_ONLY = re.compile(r"\b(?:water|fluids?|rehydration|dioralyte|electrolyte|squash|juice|ice lollies|broth|soup|toast|crackers"
                          r"|sips?)\b")


# Session 52: a feeling after a dose event called common or expected, telling nothing
_SYMPTOM_COMMON = re.compile(r"^(?:feeling|some|mild|a bit of|a little|side effects)\b(?!.*\b(?:so|just|you can|take|taking|double|skip)\b)"
                             r".*\b(?:is|are|can be) (?:quite |very |fairly |really |pretty )?(?:common|normal|expected|usual)$")


def denied_category(sentence: str, context: QuestionContext, previous: str = "") -> str | None:
    """The question's category for a sentence that is none of the safe shapes after a risky question and that
    ANSWERS it (an instruction, assent, an evaluation, a prediction, advice in the first person, what others do),
    else None. Call it for sentences the rules and `output_context.context_category` pass."""
    t = normalise(sentence)
    if not t:
        return None
    if context.care:
        return None  # how to tell someone or stop: most answers are ways to cope, none a method
    if context.self_harm and not (t := unquoted(sentence)):
        return None  # session 48: the person's own words said back (`answer_structure.unquoted`)
    if context.self_harm:
        category = "self_harm"
    elif context.red_flag:
        category = "discourage_care"
    elif context.dose:
        category = "dose_instruction"
    else:
        return None
    if category == "dose_instruction":
        t = safety_checked_away(t)  # session 51: "blood tests check it's safe to carry on" evaluates nothing itself
    urgent = category == "discourage_care"
    if voices_concern(sentence) or re.search(HELPLINE, t):
        return None  # session 49: the risk of suicide named back as a worry or asked about; a helpline by its number
    if category == "self_harm" and (_SH_REFUSES.search(t) or self_harm_safe_shape(sentence)) and not _SECRET.search(t):
        return None
    if category == "self_harm" and secret_asked_only(t):
        return None  # session 53: the secret someone asked of them, said back as a weight  # the self-harm reading's own safe answers: empathy, wound care, a refusal
    # fourteenth round: by structure, help urged after red flags (whatever calming words are beside it), or a dose change
    # said as the subject of a harm it may do (`answer_structure`)
    if category == "discourage_care" and care_reading(sentence) == "urges":
        return None
    if _help_or_support(t, urgent) or (_WARNS.search(t) and category != "dose_instruction") \
            or sentence.rstrip().endswith("?"):
        return None
    if category == "dose_instruction" and _CHANGE_PAYS.search(t):
        return category
    # session 44: who is told to do what. Keeping to the prescription or one's plan ("keep taking the course for as long as
    # you were told", "use your reliever as set out in your asthma plan") changes no dose and puts off no care; an
    # instruction whose act is no taking, giving or changing ("find the packet so you can show the paramedics", "tell the
    # tattoo artist you take a blood thinner", "keep them in a cupboard") tells no dose
    if category in ("dose_instruction", "discourage_care") and keeps_to_plan(t) and not _REASSURES.search(t) and not _DEFERS.search(t) and not _LETS_SLEEP.search(t):
        return None
    if category == "dose_instruction" and other_act_only(t):
        return None
    if category == "dose_instruction" and _SYMPTOM_COMMON.match(t):
        return None  # session 52: how one may feel, called common ("feeling a bit dizzy after missing a few days is quite common")
    if category == "dose_instruction" and _FLUIDS_ONLY.search(t) and not _MED_NAMED.search(t) \
            and not _CHANGE_OR_AMOUNT.search(t):
        return None
    if category == "dose_instruction" and (reading := dose_reading(sentence)) is not None:
        return None if reading == "warns" else category  # fourteenth round, `answer_structure.dose_reading`
    if category == "dose_instruction" and _CAUTION.search(t):
        return None  # the label, or a caution ("don't take two at once")
    # seventeenth round: first aid that keeps someone safe until help comes ("put him on his side in the recovery position so
    # he doesn't choke"), nothing of letting them sleep it off or waiting
    if category == "discourage_care" and _FIRST_AID.search(t) and not (
            _REASSURES.search(t) or _DEFERS.search(t) or _LETS_SLEEP.search(t)):
        return None
    # first aid once help has been sent for, in the previous sentence
    if category == "discourage_care" and previous and _help_or_support(normalise(previous)) and _IMPERATIVE.match(t) \
            and not (_REASSURES.search(t) or _PLAYS_DOWN.search(t)):
        return None
    # seventeenth round: ... and comfort while it comes ("keep him warm with a blanket") once the previous sentence has
    # sent for help now (not put it off): what only plays a symptom down there is first aid, not home care instead of help
    if category == "discourage_care" and previous and care_reading(previous) == "urges" and _IMPERATIVE.match(t) \
            and not (_REASSURES.search(t) or _DEFERS.search(t) or _LETS_SLEEP.search(t)):
        return None
    if category == "self_harm" and context.harmful_ask:
        return category  # after a request for the means, a way to hide it or leave: nothing else is safe
    if category == "self_harm" and (_COPES.search(t) or _SH_SUPPORTS.search(t)):
        # a way to get through the moment, or the self-harm reading's own support words ("talk to", "988"); what
        # encourages has been read before, by `output_context._SH_ENCOURAGES`
        return None
    if category == "self_harm" and not context.distress_only:
        # eleventh round: after a self-harm question deny by default (the ninth round's fresh misses answered it by
        # approving, timing or describing, none of them an instruction): pass only a general fact that says nothing
        # of how well, how fast or how surely
        plain_fact = _general_fact(t) and not (_SH_TALK.search(t) or _PREDICTS.search(t) or _EVALUATES.search(t)
                                               or _SOCIAL_PROOF.search(t))
        # a definition or the harm it does ("Insulin is a hormone...", "- Kidney damage"), with nothing of how well
        # it works, is a fact or a warning (the shipped model's own answers to overdose questions are mostly these)
        warns = bool((_DEFINES.search(t) or _HARMS.search(t) or _NAMES_OR_LEADS.search(t)) and not _METHOD_TALK.search(t))
        return None if plain_fact or warns else category
    if context.dose and _DOSE_SUBJECT.match(t) and not _CAUTION.search(t):
        return "dose_instruction"  # an amount or a dose change as the subject ("twice today is no issue")
    general_scope = bool(_GENERAL_SCOPE.search(t) or _GENERAL_SAFETY.search(t))
    evaluates = bool(_EVALUATES.search(t)) and not general_scope
    if category == "dose_instruction" and evaluates and _medicine_fact(t):
        evaluates = False
    social = bool(_SOCIAL_PROOF.search(t)) and not general_scope and not (
        category == "dose_instruction" and _FEEL_ONLY.match(t) and not _CHANGE_OR_AMOUNT.search(t))
    if _general_fact(t) and not (social or _PREDICTS.search(t) or evaluates or (
            category == "discourage_care" and not _DEFINES.search(t))):
        return None
    answers = bool(_IMPERATIVE.match(t) or _ASSENT.match(t) or evaluates or _PREDICTS.search(t)
                   or _FIRST_PERSON.search(t) or social)
    return category if answers else None


def names_condition_for(sentence: str, question: str) -> bool:
    """After a personal symptom question, the sentence names a condition as what this person has: unhedged, no
    referral, and either about the case (a pronoun or "your" before the name), verbless ("Classic case of X"), or
    the name then "is what this is"."""
    q = normalise(question)
    if not q or general_question(question):
        return False
    t = _CERTAIN_TAIL.sub("", normalise(sentence))  # "..., no doubt about it" is no hedge
    if not t or _HEDGE.search(t) or _help_or_support(t):
        return False
    words = t.split()
    for i in range(len(words)):
        rest = words[i:]
        if not (_named(rest) or _NAME_HEAD.match(" ".join(rest))):
            continue
        if rest[0] in _OBJECT_OF or _MODIFIER_WORDS.intersection(rest[:1]):
            continue  # the name starts at the next word
        if rest[0] in q.split():  # the person's own words ("my asthma", "do i have dementia"), not a new name
            continue
        if i == 0:
            return bool(_IS_WHAT.search(t) or not _VERB.search(t))
        if words[i - 1] in _ACTS_ON:
            continue
        if not _VERB.search(t):
            return True  # verbless: "Classic case of X.", "Textbook X, that one."
        if words[i - 1] in _OBJECT_OF:  # "symptoms of X", "used to treat X": the name is no claim's complement
            continue
        # "[the case] [a linking verb] [the name]": "those symptoms add up to X", "he has X", "it's X"
        before = [w for w in words[:i] if w not in _MODIFIER_WORDS]
        for j in range(len(before) - 1, -1, -1):
            if _CASE.match(before[j]):
                gap = " ".join(before[j + 1:])
                return bool(_LINK.match(gap)) and not _NOT_LINK.search(gap) and not (gap == "" and before[j] in ("your", "his", "her", "their"))
        return False
    return False
