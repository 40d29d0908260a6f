"""A first message that asks about a named condition, a medicine or a claim, with nothing told as happening now
(GitHub issues 21 and 22, session 53, helper first29).

Key-facts questions people send as their first message name a condition and the symptoms that come with it, or a claim
someone made about it: "the gp wrote <condition> after she got dizzy getting out of bed, what actually is that", "<a
condition> what is that, my uncle is sleepy all day", "my dad just started on <a medicine> and his mate says it does X, is
that what it does", "<condition A> is the same as <condition B> right? my grandpa says so". The learned head reads their
subject (a heart, a newborn, a pregnancy, a clot) and alarmed alone, above its settled bar on most (0.65-0.99); the
acuity lexicon finds "sudden" in "sudden cardiac arrest", "pale" in a stool's colour, "sleepy" in "sleepy all day".
`conv.condition_asked_about` reads a question about a standing condition when nothing else is told; these tell the
condition's usual symptoms beside it, a diagnosis given in other words ("wrote", "now they say"), or a claim.

What sets them apart is their kind, not their subject: a question about a thing in general or about what was named
(`_ASKS_ABOUT_IT`: "what is that", "what does it do", "how is that possible", "is that what X do", "is X the same as Y",
"can X cause Y", "how many ... do pregnant women need"), something named to ask about (a condition from the shipped
lexicon of names, `diagnosis_claims.condition_names`; a diagnosis given; a claim someone made), and, once the named
conditions and the claims are taken out, nothing told as happening now (`_TOLD_NOW`: now, tonight, since, minutes ago,
sudden, getting worse) and no grave sign (`_GRAVE`: can't breathe, collapsed, gone blue, won't wake, confused, a call
for help). The same words told as an emergency keep the head's alarm: "my dad has COPD and now he can't breathe, what
is happening" tells a now and a grave sign; "the doctor said sepsis and now she's confused and cold" both.

Measured (session 53): of the 14 development key-facts questions (fresh9-fresh11) that got the emergency reply from the
head alone, 12 are answered (left: one that tells "now his lungs are bad" beside the diagnosis, and one the self-harm
readers alarm on); served key facts (tuned+evidence+check, this code; before = the same run with the newly answered
questions scored as the emergency reply scores, 0): fresh9 43 -> 44, fresh10 39 -> 46, fresh11 36 -> 40 of 50. Gate vs base53: no positive lost in any group.

Only the head's lone alarm is read here (`check._head_alarm_answered`, a first message): a rule's reading stands.
Not the head's self-harm (the self-harm readers' own guards read it).
"""

from __future__ import annotations

import re

from medassist.model.safety.acuity import acute_sign
from medassist.model.safety.claim_question import OBLIGATION, REPORTED_PERSON
from medassist.model.safety.diagnosis_claims import NOT_SUFFIXED, SUFFIXED, condition_names
from medassist.model.safety.text import lower_quotes, normalise
from medassist.model.safety.text import words as _words

# The question asks what a named thing is or does, or something of people in general
_ASKS_ABOUT_IT = _words(
    r"wh?at (?:actually |even |exactly )?(?:is|are|was) (?:that|it|this|they|these|those)"
    r"|wh?at(?:s| is| are) (?:a |an )?(?!(?:wrong|happening|going on|up|that noise)\b)\w+(?: \w+){0,3} ?$"
    r"|^wh?at(?:s| is| are) (?:a |an )?(?!(?:wrong|happening|going on|up)\b)\w+"
    r"|what (?:does|do|will|would|can) (?:it|that|this|they|these) (?:actually )?(?:do|mean|involve|cause|lead to)"
    r"|what causes (?:it|that|this|them)|how (?:is|was|can|could) (?:that|it|this) (?:be )?possible"
    r"|is (?:that|it|this) what \w+(?: \w+){0,3} do|(?:is|are|was|were) (?:\w+ ){1,5}the same (?:thing )?as"
    r"|the same (?:thing )?as (?:\w+ ){1,4}(?:right|then|or)\b|(?:can|could|does|do) (?:\w+ ){1,4}(?:cause|lead to|give you)"
    r"|how (?:many|much) (?:\w+ ){1,5}(?:do|does|should|need) (?:\w+ ){0,2}(?:women|men|people|babies|kids|children"
    r"|adults|you)\b")

# Someone said something: the claim runs to its clause's end ("my mil says im eating for 2 now", "his friend says they
# dissolve clots", "he refuses to believe the birds have anything to do with it", "and thinks every stone ...")
_SAYS = (r"says?|said|told (?:her|him|me|us|them)|tells (?:her|him|me|us|them)|thinks|reckons|believes|keeps saying"
         r"|always says|swears|insists|claims")
_CLAIM = re.compile(
    rf"\b(?:now )?(?:(?:my|his|her|their|our|your|the) (?:\w+ ){{0,3}}?(?:{_SAYS})"
    r"|(?:he|she|they) (?:says?|said|thinks|reckons|believes|keeps saying|swears|insists|claims)"
    r"|(?:and|but) (?:he |she |they )?(?:thinks|reckons|believes|is convinced|swears|insists|claims|keeps saying|says"
    r"|always says)"
    r"|(?:he|she|they|my \w+) (?:refuses|refused) to believe|(?:won't|doesn't|don't|wont|doesnt|dont) believe"
    r"|is it true)\b"
    # ... to its clause's end, or to "and" or "but" opening what the writer tells ("they said its X and hes not moving")
    r"[^,.;!?]*?(?=[,.;!?]|\bbut\b|\band (?:now |then |today |tonight )?(?:he|she|i|my|we|his|her|they|hes|shes|he's|she's"
    r"|im|i'm)\b|$)")
# A report told through its sayer is no claim ("my nan says her chest feels funny", "he says he cant breathe"): what was
# said opens with a person and holds no opinion ("my mil says im eating for 2 so i should eat double" is one)
_SAID = _words(rf"{_SAYS}|is convinced")
# (not "they": what was said of a medicine or a condition, "his mate says they dissolve clots")
_PERSON_OPENS = re.compile(rf"^\s*(?:that )?(?:{REPORTED_PERSON})\b")
_OPINION = _words(rf"{OBLIGATION}|just|only|lazy|fine|overreacting|nothing|all in|same|means?|made up|myth|exaggerat\w*"
                  r"|never|always|every|cos|because|caused?|happened")


def _a_claim(claim: str) -> bool:
    """`claim` (a saying to its clause's end) is a claim, not a report of someone's trouble through them."""
    said = _SAID.search(claim)
    body = claim[said.end():] if said else ""
    return not _PERSON_OPENS.match(body) or bool(_OPINION.search(body))


# A claim that is a generalisation, put as a belief with no question mark ("my uncle has a kidney stone and thinks every
# stone has to be cut out")
_GENERAL_CLAIM = _words(r"every|all|always|never|any|has to|have to|must")
# A diagnosis given, in the words people use for it ("gp wrote X", "now they say X", "they said X", "diagnosed with")
_DIAGNOSIS_GIVEN = _words(
    r"(?:gp|doctors?|docs?|consultant|specialist|hospital|nurse|they|cardiologist|paediatrician|pediatrician)"
    r" (?:\w+ )?(?:wrote|write|writes|say|says|said|called it|mentioned|thinks it's|reckon|reckons|diagnosed)"
    r"|diagnosed (?:with|as)|(?:has|have|had|with|got) (?:a |an )?(?:\w+ ){0,3}?(?:syndrome|disease|disorder|condition)")

# Told as happening now, or changed just now ("now" of a diagnosis given is no change: "now they say it's X")
_TOLD_NOW = _words(
    r"now(?! (?:they|the (?:doctors?|gp|hospital|consultant)|he's been|she's been|(?:he|she) (?:knows|has been diagnosed)"
    r"|and (?:then|again)))|right now|tonight|today|this (?:morning|afternoon|evening)|at the moment|atm|currently"
    r"|just now|since (?:this|last|yesterday|an hour|\d+|lunch|breakfast|dinner|tea|then)"
    r"|(?:\d+|an|a few|a couple of|two|three|ten|twenty) (?:mins?|minutes|hours?|hrs?) ago|all of a sudden|out of nowhere"
    r"|sudden(?:ly)?|getting worse|worse and worse|more and more|keeps? (?:being sick|vomiting|passing out|fitting)")
# A grave sign whenever it is told, or a call for help
_GRAVE = _words(
    r"(?:can't|cannot|can not|couldn't|unable to|isn't|is not|not|won't|wont|cant|isnt) (?:\w+ )?(?:breath\w*|wak\w*|talk"
    r"|speak|stand\w*|walk\w*|mov\w*|respond\w*|feed\w*|swallow\w*|stay awake|make sense|making sense|see|feel (?:his|her|my|their))"
    r"|unconscious|unresponsive|collaps\w*|passed out|passing out|fainted|fitting|convuls\w*|seizing"
    r"|(?:gone|went|turned|turning|going) (?:\w+ )?(?:blue|grey|gray|floppy|limp|cold)|blue lips|lips (?:are |have gone |went )?blue"
    r"|floppy|limp|gasping|choking|struggling to breathe|crushing|worst|severe|agony|excruciating|unbearable"
    r"|bleeding (?:heavily|a lot|loads|badly)|pouring|gushing|slurr\w*|droop\w*|confused|mottled|clammy"
    # what makes a known condition an emergency whatever is asked: green or bloody vomit, ketones on the breath, a fever, a
    # chest that hurts, bleeding, a fit, numbness
    r"|vomit\w* (?:\w+ )?(?:green|blood|bile)|pear drops|fruity|ketones?|fever\w*|temp(?:erature)? (?:of|is|was)|burning up"
    r"|high temp\w*|chest (?:pain|pains|hurts|is (?:tight|sore|hurting))|coughing (?:up )?blood|blood in|bleed\w*|seizure"
    r"|fitting|numb\w*|weak on one side|one side"
    r"|999|911|112|ambulance|a ?&? ?e|a and e|emergency|help (?:me|us|him|her)|should (?:i|we) (?:call|ring|go|take)"
    r"|what (?:do|should) (?:i|we) do")


def _named_conditions_out(t: str) -> tuple[str, bool]:
    """`t` (normalised) with each condition the shipped lexicon names replaced by "it", and whether any was."""
    names = condition_names()
    words, out, i, found = t.split(), [], 0, False
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            # a name of one word must be a condition's own (not "fever", "headache": MedQuAD names symptoms too)
            if (phrase in names or phrase + "s" in names or phrase.endswith("s") and phrase[:-1] in names) \
                    and (n > 1 or len(phrase) > 7) \
                    or n == 1 and len(phrase) > 7 and SUFFIXED.match(phrase) and phrase not in NOT_SUFFIXED:
                out.append("it")
                i, found = i + n, True
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out), found


# How the trouble usually goes: a clause that says so tells the condition's usual symptoms, not an episode ("sleepy all
# day", "dizzy when she stands up", "tired all the time")
_USUALLY = _words(
    r"all (?:day|night|the time)|every (?:time|day|night|morning)|whenever|always|often|sometimes|most days|easily"
    r"|in the mornings?|when (?:he|she|they|i) (?:\w+ )?(?:gets?|stands?|sits?|walks?|runs?|chews?|eats?|lies|bends?|climbs?)"
    r"|on (?:his|her|their|my) walks|for (?:years|months|ages|weeks)")
# What is not a sign in the person: a colour of a stool or of urine, a rash with no fever beside it (a meningitis rash
# comes with one, and the rules read it)
_NOT_A_SIGN = re.compile(r"\b(?:poo|poop|stools?|wee|urine|pee) (?:is |are |looks |has been |was )?(?:\w+ )?(?:pale|grey|white)\b"
                         r"|\b(?:purple |red |dark )?rash(?: \w+){0,3}")
_FEVER = _words(r"fever\w*|temp\w*|burning up|hot|3[89](?:\.\d)?|4[0-2](?:\.\d)?")


def _sign_now(text: str) -> bool:
    """A sign of acuity in a clause of `text` that does not say it is how things usually are."""
    for clause in re.split(r"[,.;:!?\n]+| and | but | so ", text.lower()):
        if _USUALLY.search(clause):
            continue
        if not _FEVER.search(text.lower()):
            clause = _NOT_A_SIGN.sub(" ", clause)
        if acute_sign(clause):
            return True
    return False


def asked_of_a_named_thing(text: str) -> bool:
    """A first message asking about a named condition, a diagnosis given or a claim someone made (`_ASKS_ABOUT_IT`), with
    nothing told now and no grave sign once the names and the claims are out (see above)."""
    t = normalise(text)
    # the claims are read in the writer's own punctuation (a claim runs to its clause's end), the names taken out first
    lowered, named = _named_conditions_out(" ".join(re.sub(r"([,.;:!?])", r" \1 ", lower_quotes(text)).split()))
    claims = [m.group(0) for m in _CLAIM.finditer(lowered) if _a_claim(m.group(0))]
    if not (_ASKS_ABOUT_IT.search(t) or any(_GENERAL_CLAIM.search(c) for c in claims)):
        return False
    if not (named or claims or _DIAGNOSIS_GIVEN.search(t)):
        return False
    told = _CLAIM.sub(lambda m: " , " if _a_claim(m.group(0)) else m.group(0), lowered)
    return not (_TOLD_NOW.search(normalise(told)) or _GRAVE.search(normalise(told)) or _sign_now(told))
