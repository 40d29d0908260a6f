"""The output check's reading of CONTEXT (GitHub issue 21, item 4): an answer sentence that is safe on its own
can be unsafe after its question. "It usually settles by itself" is right after "sore throat for 2 days" and
wrong after "my 5 week old is 38.4"; "a second one often works" is a fact after "do triptans work?" and a dose
instruction after "can i take another one?"; "long sleeves usually do the job" is fashion advice until the
question was how to hide cuts.

`question_context` reads the person's question ONCE per answer (the input triage's own readers: `triage`, its
red-flag lexicon and framing, `dosing.is_dose_request`, `distress.distressed`, the output rules' question
patterns), and `context_category` reads one sentence (and the answer's previous sentence) against it:

* red flags in the question: reassurance, a benign cause, home care or a treatment that "should help",
  with no sending for help in it, is `discourage_care`;
* a personal dose question: permission ("that is fine", "yes"), an amount, or "works just as well" /
  "you no longer need it", with no pharmacist, doctor or label in it, is `dose_instruction`;
* a question about hurting oneself (a method, an amount, hiding it, permission): practical help, a method's
  details, concealment or permission, with no support or crisis help in it, is `self_harm`;
* a question asking what one has: a bare unhedged naming ("She has oral thrush.") is `diagnosis`;
* a sentence that leans on the previous one ("So this is...", "Most of them are...") is read with it.

Cheap regex reads only: nothing here embeds anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from medassist.model.safety.distress import distressed
from medassist.model.safety.dosing import is_dose_request
from medassist.model.safety.output_rules import (
    _DIAGNOSIS_QUESTION,
    _DOSE_QUESTION,
    _HEDGED,
    _MED_WORDS,
    _REFERS,
    _SELF_HARM_QUESTION,
    _sends_for_help,
    question_red_flag,
    rule_category,
)
from medassist.model.safety.text import normalise
from medassist.model.safety.triage import _negated, framing, triage


@dataclass(frozen=True)
class QuestionContext:
    """What the person's question makes of an answer sentence (all False: nothing, a mild question)."""

    red_flag: bool = False  # symptoms that need care now (the input triage's categories and red-flag words)
    dose: bool = False  # a dose question about a particular person
    self_harm: bool = False  # about hurting, starving or killing oneself, or hiding it
    diagnosis: bool = False  # asks what the person (or their child) has

    @property
    def any(self) -> bool:
        return self.red_flag or self.dose or self.self_harm or self.diagnosis


NO_CONTEXT = QuestionContext()

# The question's red flags the triage's single categories leave to combinations ("purple spots that dont
# fade", "bleeding quite a lot" in pregnancy, a swallowed magnet, "sucking in under his ribs").
_MORE_RED_FLAGS = re.compile(
    r"\b(?:purple|spots that (?:don't|do not) fade|swallowed (?:a |an |some )?(?:magnet|battery|batteries|button)"
    r"|pregnant\b.*\b(?:bleed\w*|flashing|puffy|swollen)|(?:bleed\w*|flashing lights)\b.*\bpregnan\w*"
    r"|sucking in|ribs? (?:sucking|pulling)|breathing (?:really |very |so )?fast|collapsed|tearing"
    r"|threw up (?:\w+ ){0,3}blood|blood\b.*\b(?:vomit\w*|sick|threw up)|(?:weak|numb)\b.*\b(?:words|speech|talk\w*)"
    r"|(?:throwing up|thrown up|vomit\w*|being sick|coughing)\b.*\bblood\b"
    r"|words came out wrong|(?:poo|poop|stools?) (?:is |are |was |has been )?(?:black|tarry|bloody))\b")
_SELF_HARM_Q = re.compile(
    r"\b(?:kill (?:me|myself)|to die|want to die|overdos\w*|self harm\w*|(?:my|the) (?:cuts|scars|marks|blades?|razors?)"
    r"|razor blades?|blades|burn myself|starv\w+ (?:myself|me)|without (?:eating|food)\b.*\b(?:pass out|faint|collapse)"
    r"|not wake up|end it"
    r"|ending it|hurting myself|hurt myself|cutting)\b")
_CARE_Q = re.compile(r"\b(?:how (?:do i|to|can i) (?:tell|stop|get help)|want to stop|trying to stop|tell my)\b")


def _red_flag(q: str, category: str | None, general: bool) -> bool:
    """Symptoms that need care now (a wish to die is the self-harm reading's, not a symptom to refer);
    `category` and `general`: the question's `triage` and `framing(...).general`."""
    if category not in (None, "self_harm"):
        return True
    if general:
        return False
    unnegated = " ".join(w for i, w in enumerate(q.split()) if not _negated(q, len(" ".join(q.split()[:i]))))
    return question_red_flag(unnegated) or bool(_MORE_RED_FLAGS.search(q))


@lru_cache(maxsize=256)
def question_context(question: str) -> QuestionContext:
    """The question's risks, read once per answer (cached: the streaming check asks per released batch)."""
    q = normalise(question)
    if not q:
        return NO_CONTEXT
    category, general = triage(q), framing(q).general
    self_harm = (category in ("self_harm", "overdose") or bool(_SELF_HARM_QUESTION.search(q))
                 or bool(_SELF_HARM_Q.search(q)) or distressed(q))
    # a personal dose question: the input's dose-request reader, or a dose change of a named medicine by "i/my"
    dose = is_dose_request(question) or bool(_DOSE_QUESTION.search(q) and _MED_WORDS.search(q)
                                             and re.search(r"\b(?:i|my|i'm|me)\b", q) and not general)
    return QuestionContext(red_flag=_red_flag(q, category, general), dose=dose, self_harm=self_harm,
                           diagnosis=bool(_DIAGNOSIS_QUESTION.search(q) or re.search(
                               r"\b(?:what is it|what's (?:wrong|going on)|whats (?:wrong|going on)"
                               r"|what (?:could|can) it be)\b", q)))


# --- sentences ------------------------------------------------------------------------------------------
# Help now: a sentence that sends the person for it is never reassurance, whatever else it says.
_URGENT_HELP = re.compile(
    r"\b(?:999|911|112|111|a e|a&e|ambulance|emergency|urgent\w*|straight away|right away|immediately|now|today"
    r"|(?:doctor|gp|nurse|pharmacist|midwife|he or she|they) can (?:help|tell|check|advise)"
    r"|call (?:your |a |the )?(?:gp|doctor|midwife|111|999)|get (?:\w+ )?(?:checked|seen|help)|needs? (?:to be )?"
    r"(?:checked|seen|a doctor|checking|medical)|see a (?:doctor|gp)|go to (?:the )?(?:hospital|a e|gp))\b")
# Reassurance, a benign cause, waiting, home care, a treatment said to work.
_REASSURES = re.compile(
    r"\b(?:(?:is|are|be|considered|quite|perfectly|completely|generally|usually|often|very|totally) (?:quite |very )?"
    r"(?:normal|expected|harmless|common)(?! (?:sign|symptom|cause|reason)s?\b)"
    r"|nothing (?:to worry|to be (?:concerned|worried)|serious)|not (?:serious|worrying|dangerous|a concern)"
    r"|(?:should|will|would|usually|normally|often|tends? to|tend to|can) (?:\w+ ){0,2}?(?:bring (?:it|them|the \w+) down"
    r"|(?:pass|settle|heal|ease|help|work|clear|sort)(?:s|es|ed)?|go(?:es)? down|wears? off|come back up|be fine"
    r"|take the edge off|gets? better)"
    r"|(?:helps?|works?|heals?|passes|settles|eases|clears?) (?:well|within|in|by|on)|gets? better|goes away|wears off"
    r"|(?<!most common cause of fever is )(?:usually|often|probably|most likely|normally|just|only) (?:\w+ ){0,3}?"
    r"(?:(?:from|due to|caused by|down to) )?(?:a viral|a virus|viral|indigestion|a knock|low blood sugar"
    r"|something (?:you|he|she) ate|a funny turn|muscles?|a strain|strain|stress|anxiety|tiredness|teething|wind)"
    r"|to do with the (?:muscles?|ribs|stomach)|harmless|funny turn|mention it|next (?:check ?up|appointment)"
    r"|keep an eye|at home|enough to|work(?:s)? well|is (?:quite |very )?common\b$|can be normal|rarely (?:anything|serious"
    r"|a concern)|(?:is|are) the best (?:thing|way|plan|option)|while it (?:settles|passes|heals|eases)"
    r")\b")
# Home care told outright ("Drink some water and rest", "Keep her cool", "Stick to plain foods", "Let him lie down").
_HOME_CARE = re.compile(
    r"^(?:(?:yes|so|then|just|now)\s)?(?:drink|rest|have|keep|stick|try|lie|let|put|putting|give|take|eat|sleep|sit|use"
    r"|offer|stay)\b(?! care\b| safe\b)(?!.*\b(?:while you wait|until (?:help|the ambulance|they) arrive))")
_YES = re.compile(r"^(?:yes|yeah|yep|yup|sure|of course|absolutely)\b")

# Dose: permission, an amount, or the medicine no longer needed.
_PERMITS = re.compile(
    r"\b(?:(?:is|are|be|'s|it's|that's) (?:\w+ ){0,2}?(?:fine|ok|okay|safe|sensible|alright|no problem|about right"
    r"|the usual amount|a (?:normal|common|usual) (?:next )?step|a practical option|enough)"
    r"|makes sense|sounds (?:sensible|fine|reasonable|ok|okay)|won't cause (?:any )?problems?|(?:is|are) (?:not|n't) doing much"
    r"|isn't doing much|works? (?:just as )?(?:well|fine)|(?:even|balance) (?:it|things) out|done (?:its|their) job"
    r"|no longer need|(?:will|would|should|usually|often) (?:\w+ )?(?:help\w*|work\w*)|carry on|work the same way"
    r"|find (?:\d+ ?\w*|it) (?:works|is enough)|is enough to)\b")
_AMOUNT = re.compile(r"\b\d+(?: \d+)? ?(?:mg|ml|g|mcg|micrograms?|units?)\b|\b(?:once|twice|three times|four times"
                     r"|\d+ times) a day\b|\bevery \d+ (?:to \d+ )?hours\b|\b(?:two|three|2|3) a day\b")
_DOSE_SAFE = re.compile(r"\b(?:pharmacist|doctor|gp|prescriber|nurse|dentist|leaflet|label|packet|box|instructions"
                        r"|don't|do not|never|without checking|check(?:ing)? (?:with|first)"
                        # a fact about a medicine in general, not leave for this person
                        r"|for (?:most|many|some) (?:people|adults|patients)|safe and effective)\b")
# An amount is an instruction when it is for this person ("for her weight, 7.5 ml"), not "the dose is usually..."
_FOR_THEM = re.compile(r"\b(?:you|your|he|she|him|her|his|they|them|their)\b")

# Self-harm: concealment, a method's details, permission or endorsement.
_SH_COMPLIES = re.compile(
    r"\b(?:cover|covers|hide|hidden|private|out of sight|secret|sleeves|leggings|long shorts|watch strap"
    r"|say (?:you|it was|everything|that)|saying (?:it was|you)|change the subject|nobody (?:will|would)|no one (?:will|would)"
    r"|depends on (?:the|your) (?:strength|weight|dose|liver|tablets|size)|more than (?:a |one |two )?(?:handful|few|packets?"
    r"|tablets|pills)|(?:toxic|dangerous|lethal|deadly|poisonous)\b.*\b(?:if swallowed|large amounts|in large)"
    r"|fewer (?:\w+ )?(?:marks|nerve|scars)|least painful|upper arm|mix (?:it|them) with|on (?:its|their) own is rarely"
    r"|(?:faint|dizzy|pass out)\b.*\b(?:days?|hours?)|your (?:choice|decision|body)|up to you|let(?:ting)? go"
    r"|(?:don't|do not) have to stop|no need to stop|outlet|way to cope|a release|relief|is the answer)\b")
_SH_SUPPORTS = re.compile(
    r"\b(?:sorry|support|not alone|trust|reach out|crisis|samaritans|988|116 123|shout|85258|gp|doctor|counsellor"
    r"|a e|a&e|999|911|brave|glad you|help you|talk to|talking to|tell someone|telling someone|safe)\b")

# Diagnosis: a bare naming after "what is it / do i have".
# The named thing is a short noun phrase ("oral thrush", "a kidney infection, no question"), not a predicate
# ("usually caused by bacteria", "treated with antibiotics"); "it's"/"that's" as written as "it is".
_NAMES = re.compile(r"^(?:so |yes |yep |well )?(?:(?:he|she|they|you|that|this|it|what you have|what she has|what he has)"
                    r"(?: (?:definitely|clearly|just|probably|certainly))? (?:has|have|'ve got|is|are)"
                    r"|(?:he's|she's|that's|it's|you've got|they've got))"
                    r"(?: (?:definitely|clearly|certainly))? (?:a |an )?(?!\w+ed\b|usually|often|always|sometimes|mostly"
                    r"|generally|also|very|quite|more|less|the same)(?:[a-z']+ ){0,4}[a-z']{3,}$")
_PREDICATE = re.compile(r"\b(?:\w+ed|by|with|from|when|if|because|usually|often|sometimes|mostly|generally)\b")
_NOT_NAMING = re.compile(r"\b(?:could|might|may|can|possibly|perhaps|not|sure|hard|difficult|best|important|common|normal|called"
                         r"|sorry|why|good|worth|a sign|a symptom|a cause)\b")
_LEANS_ON_PREVIOUS = re.compile(r"^(?:so|this|that|these|it|they|many of them|most of them|some of them|which)\b")
_CONNECTIVE = re.compile(r"^(?:so|then|well|yep|yeah)\s+")


def context_category(sentence: str, context: QuestionContext, previous: str = "") -> str | None:
    """The category this answer sentence falls into BECAUSE of its question (and previous sentence), or None.
    Call it for sentences the context-free rules pass."""
    t = normalise(sentence)
    if not t:
        return None
    # A connective in front hides a claim from rules anchored at the start ("So you have a bladder infection.")
    if (m := _CONNECTIVE.match(t)) and (found := rule_category(sentence[m.end():].lstrip(" ,"), "")):
        return found
    if previous and _LEANS_ON_PREVIOUS.match(t):
        joined = f"{previous.rstrip()} {sentence.strip()}"
        if not rule_category(previous) and (found := rule_category(joined)):
            return found
    if not context.any:
        return None
    if context.self_harm and _SH_COMPLIES.search(t) and not _SH_SUPPORTS.search(t) and not _sends_for_help(t):
        return "self_harm"
    if context.red_flag and not _URGENT_HELP.search(t) and not _sends_for_help(t) and not _REFERS.search(t) and (
            _REASSURES.search(t) or _HOME_CARE.search(t) or (_YES.search(t) and not context.diagnosis)):
        return "discourage_care"
    if context.dose and not _DOSE_SAFE.search(t) and (
            _PERMITS.search(t) or (_AMOUNT.search(t) and _FOR_THEM.search(t)) or _YES.search(t)):
        return "dose_instruction"
    if context.diagnosis and ((_NAMES.match(t) and not _PREDICATE.search(t)) or (_YES.search(t) and re.search(r"\b(?:that's|that is|it's|it is"
                                                                                r"|sounds like|you have)\b", t))) \
            and not _NOT_NAMING.search(t) and not _HEDGED.search(t):
        return "diagnosis"
    return None
