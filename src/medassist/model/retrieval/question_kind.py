"""What an everyday question asks about, and which page sentences answer that: how a disease is caught, what
causes it, or who can have it.

The closing quotes (and an abstention's quotes) were the first relevant sentences of the best page, in its order:
a page opens with what the condition is, so "can u only get norovirus on cruise ships" was answered with
"Noroviruses are a group of related viruses." while the page's "You can also get it if you touch a contaminated
surface." went unshown, and "can girls be colour blind or is it just boys" with "Most of the time, color blindness
is genetic." next to "Blue-yellow color vision defects affect males and females equally." A question of one of
these kinds now has a sentence of its kind quoted first (`FaithfulnessCheck`); a question of no kind ("what is
lupus"), and a page with no sentence of the kind, keep the page's order.

Kinds are read from words, not learned: a myth is often asked as a statement with a tag ("zika only spread by
mosquito yes?"), and the words naming the route or the cause are what it turns on.
"""

from __future__ import annotations

import re

# How it is caught: "can u catch west nile off another person", "is ebola airborne", "is it contagious",
# "can my kids get pinworms from our dog", "is mrsa only something u get in hospital".
_ASKS_ROUTE = re.compile(
    r"\b(catch\w*|caught|contagious|infectious|spread\w*|transmit\w*|airborne|pass(?:ed|es)? (?:it )?(?:on|to)|"
    r"get(?:ting)?(?: \w+){0,3} (?:from|off|in|on) (?!time\b))", re.I)
# What causes it: "do kids stutter cos of bad parenting", "what causes gout", "did i get crohns from eating
# junk food or stress", "is haemochromatosis from eatin too much red meat"; a myth that it comes of one thing only
# ("pancreatitis only happens to heavy drinkers right": the pages answer with its other causes).
_ASKS_CAUSE = re.compile(
    r"\b(caus\w*|cos of|coz of|cuz of|because of|due to|why (?:do|does|did|am|is|are)|reason|"
    r"from (?:eat\w*|drink\w*|stress|too much|having|being|not)|(?:only|just) (?:happens?|occurs?) (?:to|in)|"
    # ... or a cause told as a clause: "says its cos i sat cross legged", "reckons its ONLY coz he skips breakfast",
    # "is it because i ...": "cos of" alone missed these, so their answers closed on the page's opening, not the
    # page's word on the cause (session 48, development key facts)
    r"(?:it'?s|it is|that'?s|thats|is it|was it)(?: \w+)? (?:cos|coz|cuz|because|bc))\b",
    re.I)
# Who can have it: "can girls be colour blind or is it just boys", "can guys get trich or is it only a girl
# thing", "adults cant get it", "can men get breast cancer".
# Ages are groups too (session 49): "can teenagers get cardiomyopathy or is that an old persons thing" asked who can have
# it, and its page's "Cardiomyopathy can affect people of all ages." went unquoted (fresh7, development).
_GROUP = (r"(?:girls?|boys?|guys?|men|women|males?|females?|adults?|grown.?ups?|kids?|children|teens?|teenagers?|"
          r"adolescents?|babies|elderly|(?:old|older|young|younger) (?:people|persons?|folks?|adults?|ones?))")
_ASKS_WHO = re.compile(rf"\b(?:only|just)(?: an?)?(?: \w+)? {_GROUP}\b|\bcan(?:'?t|not)? {_GROUP} (?:get|be|have|catch)\b|"
                       rf"\b{_GROUP} (?:can'?t|cannot|can also|also|too)\b|\b{_GROUP}'?s? (?:thing|disease|illness)\b", re.I)

# The sentences that answer each kind.
_ANSWERS = {
    "route": re.compile(
        r"\b(spread\w*(?! (?:to|into|throughout) (?:the |other |your |nearby |many )*(?:organs?|parts?|arms?|legs?|"
        r"body|trunk|brain|lungs?|bones?|skin|lymph|tissues?|areas?|upper|lower|blood))|"
        r"transmit\w*(?! (?:nerve )?(?:signals?|impulses?|messages?))|contagious|catch|caught|pass(?:ed|es)? (?:on|from|to|between)|person to person|"
        r"through (?:contact|the air|sex\w*|food|water|blood|saliva|bites?)|contact with|contaminated|"
        r"(?:get|gets|getting) (?:it|infected|the (?:infection|virus|disease))|(?:get|gets|getting|got)(?: \w+){1,3} from|infected (?:\w+ )?(?:mosquito|tick|"
        r"animal|person|people|partner|food|water)|bites? (?:of|from|by)|bitten by|\w+ bites? you)\b", re.I),
    "cause": re.compile(
        # "genes", "genetic...", never "general" ("... not significantly different from that of the general population"
        # was quoted first as the cause of a pterygium); what a person was exposed to names a cause or a risk ("Long term
        # exposure to ultraviolet light has been associated with causing this condition.", key facts fresh11,
        # development), where "causing" alone is as often an effect ("unless it is causing irritation")
        r"\b(caused|exposure to|causes? of|(?:the|a|common|main|exact|known|usual) causes?|due to|results? (?:from|of)|"
        r"genes?|genetic\w*|inherit\w*|runs? in (?:the )?famil\w*|risk factors?|"
        r"unknown|not (?:fully )?(?:known|understood)|isn'?t (?:fully )?(?:known|understood)|trigger\w*)\b", re.I),
    "who": re.compile(r"\b(males?|females?|men|women|boys?|girls?|adults?|children|anyone|any age|all ages|every age|"
                      r"teen\w*|adolescen\w*|elderly|both)\b", re.I),
}
_ASKS = {"route": _ASKS_ROUTE, "cause": _ASKS_CAUSE, "who": _ASKS_WHO}


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds ("route", "cause", "who") `question` asks about; empty when it asks none of them."""
    return frozenset(kind for kind, asks in _ASKS.items() if asks.search(question))


def answers_kind(sentence: str, kinds: frozenset[str]) -> bool:
    """Whether `sentence` says something of one of `kinds` (how it is caught, what causes it, who has it)."""
    return any(_ANSWERS[kind].search(sentence) for kind in kinds)


# A question asking for one of a condition's narrower aspects: MedQuAD answers each under its own page ("What are the
# symptoms of X ?", "What are the treatments for X ?", "How many people are affected by X ?"), and a question asking one
# of them wants that page's answer, not what the condition is. Everyday questions name the aspect in the same words
# ("what causes peripheral neuropathy", "can it be cured", "how do they test for it").
_ASKS_ASPECT = re.compile(
    r"\b(symptoms?|signs?|treat\w*|cur(?:e|es|ed|able)|therap\w*|medicines?|medications?|drugs?|surgery|diagnos\w*|"
    r"tests?|testing|screen\w*|prevent\w*|avoid\w*|inherit\w*|genetic\w*|genes?|hereditary|how many|how common|"
    r"affected|outlook|prognosis|life expectancy|research|clinical trials?|caus\w*|risks?|complications?|stages?|"
    r"what (?:to|should|can) (?:i |we |you )?do)\b", re.I)


# ... but not where the person tells a diagnosis already made ("what is keratoconus? my 19 yo son was just diagnosed with
# it", "... got diagnosed last week"): that says what they were told, not what they ask.
_TOLD_DIAGNOSIS = re.compile(r"\b(?:(?:was|were|been|being|got|get|gets|just|recently|newly|now) diagnosed|"
                             r"diagnosed (?:with|as)\b)", re.I)
_NAME_WORD = re.compile(r"[a-z0-9]+")


def asks_aspect(question: str, subject: str = "") -> bool:
    """Whether `question` asks for a narrower aspect of a condition (its symptoms, causes, treatment, tests, prevention,
    inheritance, numbers affected, outlook, research, risks, complications or stages) rather than what it is.

    `subject` names what the question is about (an overview page's condition): an aspect word that is part of that
    name asks no aspect ("what is newborn screening" about Newborn Screening, "is it drug abuse if ..." about
    Prescription Drug Abuse, "what is genetic counselling"); nor does a diagnosis the person reports (_TOLD_DIAGNOSIS)."""
    text = _TOLD_DIAGNOSIS.sub(" ", question)
    name = _name_words(subject)
    return any(not _name_words(m.group(0)) <= name for m in _ASKS_ASPECT.finditer(text))


def _name_words(text: str) -> set[str]:
    """The words of `text`, lower case, a plural's "s" off ("tests" is "test")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _NAME_WORD.findall(text.lower())}
