"""Faithfulness check: every sentence of an answer is checked against the evidence before it is shown.

A 135M-parameter model writes fluent sentences the NIH pages do not say ("Yes, children can catch
shingles from their parents"). Each complete sentence (streamed answers included: the repetition
guard releases whole sentences, and a sentence is held until it is judged) gets one of:

* keep    — supported: its closest evidence sentence (cosine of MiniLM embeddings, the retrieval
            model) is close enough, and they agree on negation; its numbers occur in the evidence;
            nearly all its key terms (long content words) occur in the evidence or the question, and
            every organ, condition and drug it names does (medical_terms.py); no evidence sentence
            says the opposite of its claim in other words ("can spread" against "You can't catch
            shingles", claim_polarity.py: the denial is quoted in its place); a claim restricted to one
            thing ("only women") is restricted so by the evidence (exclusive_claims.py).
* replace — not supported, but a sentence of the pages the evidence is about is on its topic: that
            sentence is shown instead, quoted and cited ("…" [2]); each is quoted at most once.
* drop    — not supported and nothing close to replace it with.

Advice to see a clinician or call emergency services is kept without being counted either way.
When the first three sentences are unsupported (or all there are), the evidence quoted in their place
is the answer if it is about the question (ANSWER_QUOTE_SCORE); otherwise the answer is not given at
all: "I can't give a reliable answer to that; here is what the NIH pages say: …" with quoted evidence,
and generation is cancelled. Counts (never text) are kept for the store and the log.

Thresholds were chosen on the MedQuAD validation split (scripts/calibrate_faithfulness.py): see the
numbers next to them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from medassist.model.claim_polarity import ClaimEvidence, names_subject
from medassist.model.exclusive_claims import ExclusiveEvidence
from medassist.model.group_claims import contradicts_or_unsupported, group_claims
from medassist.model.medical_terms import new_medical_terms, word_keys
from medassist.model.repetition import sentence_ends
from medassist.model.retrieval.evidence import Evidence, cited_numbers, format_evidence_sources, number_of
from medassist.model.retrieval.overview import overview_condition
from medassist.model.retrieval.question_kind import answers_kind, asked_kinds, asks_aspect

log = logging.getLogger(__name__)

# Cosine between an answer sentence and its closest evidence/passage sentence, chosen on the validation
# split (scripts/calibrate_faithfulness.py, 150 questions, evidence from the train split): true
# reference sentences reach 0.50 in 86% of cases, sentences about another question in 6% (Youden's
# best, 0.47: 90% / 10%; 0.55: 80% / 2%). The whole check at 0.50 keeps 62% of the true sentences
# (the others: 14% too far from this evidence, 11% terms the evidence lacks, 10% negation differs
# from the closest sentence), 4% of the off-topic ones and 6% of true sentences negated ("is" -> "is
# not"): it prefers quoting the pages to passing a claim it cannot match.
SUPPORT_THRESHOLD = 0.50
RELATED_THRESHOLD = 0.35  # below this the closest evidence is off-topic: drop rather than replace
MAX_NEW_TERM_SHARE = 0.5  # key terms absent from evidence and question, as a share of key terms
FRAGMENT_WORDS = 4  # list items this short are judged by their words
# A sentence naming an organ, a condition or a drug that neither the question nor any retrieved sentence names
# (model/medical_terms.py: "A diet high in fat can damage your liver." after a question about a heart stent) is
# unsupported unless it is this close to an evidence sentence.
NEW_TERM_SUPPORT = 0.8
# Unsupported sentences before anything was shown -> abstain. Three, not two (session 46): a small model's third
# sentence is often the first the pages support, and the quotes that replaced the first two then have company; the
# same raw answers replayed (with ANSWER_QUOTE_SCORE 0.55), abstained: fresh2 11 -> 7 of 51, fresh3 19 -> 12 of 50,
# fresh4 8 -> 4 of 50, dev4 3 -> 0 of 43, fresh 3 -> 2 of 39, validation 3 -> 3 of 96; key facts and misconceptions
# unchanged or one better on each, supported rate unchanged.
ABSTAIN_AFTER = 3
ABSTAIN_QUOTES = 3  # as many as ADD_QUOTES, for the same reason (below)
# A 135M model's answer is often right but thin ("Constipation can be caused by a variety of factors.").
# Every answer the check lets through ends with up to this many relevant sentences of the pages (best page
# first, in the page's order: a page opens with its answer) it has not already quoted or restated, quoted
# and cited. Key-facts validation split, the same answers replayed: the key fact is stated in 77.1% of
# them, with two closing quotes in 87.5% (one: 83.3%). Taking them from the pages' sentences in page order
# instead of the four numbered in the prompt (mostly restated by then; round 7): MedQuAD validation ROUGE-L
# 21.59 -> 22.34 with replacements from the pages too, key facts 86 -> 88 of 96, misconceptions 0.
# Three, not two (session 42): on everyday questions about new conditions the page sentence stating the fact is
# usually among the evidence but not among a page's first two relevant sentences (a myth question's closest
# sentences restate the myth's words; ordering by similarity or by the question's telling words was no better).
# Development answers replayed (the same raw answers): key facts validation 90 -> 92 of 96, fresh2 39 -> 40/51,
# fresh3 23 -> 26/50, fresh4 32 -> 36/50, fresh5 24 -> 29/50, dev4 30 -> 36/43, misconceptions unchanged; a fourth
# quote added 0-1 more per split and ~12 words per answer.
ADD_QUOTES = 3
ADD_PREFIX = "From the NIH pages:"
RESTATED = 0.85  # an evidence sentence this close to a shown sentence says nothing new
ABSTAIN_PREFIX = "I can't give a reliable answer to that; here is what the NIH pages say:"
# An abstention quotes only evidence about the question: sentences at least this similar to it. On
# the key-facts validation questions (all answerable from MedQuAD) the best evidence sentence scores
# 0.58 at the 5th percentile; off-topic messages ("can I double up on my sertraline", "what's the
# weather tomorrow") find nothing above 0.43, and quoting their nearest pages would be noise.
QUOTE_MIN_SCORE = 0.45
# A question asking how a disease is caught, what causes it or who has it (retrieval/question_kind.py) gets the
# closest sentence of the pages saying so quoted first, from a lower similarity than other quotes: the page is
# about what was asked and the sentence says the kind asked, but the question's other words (cruise ships, bad
# parenting) pull its similarity down ("The problem seems to run in families." 0.26 for "do kids stutter cos of
# bad parenting or nerves"). Replayed on key-facts validation: 88 -> 89 of 96 key facts with one such quote from
# 0.25 or 0.3, 87 with two; fresh2 (development): 0.25 one more than 0.3.
KIND_QUOTES = 1
KIND_QUOTE_MIN_SCORE = 0.25
# An abstention that found no sentence about the question (QUOTE_MIN_SCORE) said only "the NIH pages I have don't
# cover it", even when a retrieved page's title names what was asked: an everyday myth's wording ("...cos my nan
# said so") sits far from every page sentence. Then the closest sentence of a page whose title shares a subject
# word with the question (retrieval/topic.py) is quoted, from NAMED_PAGE_QUOTE_MIN_SCORE: the page is about what was
# asked. Off-topic messages ("what's the weather tomorrow") name no page and still get NOTHING_RELEVANT.
NAMED_PAGE_QUOTE_MIN_SCORE = 0.3
# A yes/no question's own words name what is in doubt ("do u always need antibiotics for bronchitis", "falling over is
# just part of gettin old right"), and a myth is answered by the page's denial: the denying sentence that uses most
# of its telling words ("Antibiotics usually aren't prescribed for acute bronchitis.", "But aging alone doesn't make
# people fall.") is quoted next, whatever its order on the page (CLAIM_QUOTES of them, from KIND_QUOTE_MIN_SCORE). A
# word most of the pages' sentences use (the condition's name) tells nothing: only words used by at most
# CLAIM_WORD_SHARE of the quotable sentences count. Only denials: ranking every sentence by the question's words
# put "Preventing pneumonia is always better than treating it." ahead of "Vaccines are available to prevent
# pneumococcal pneumonia and the flu." for "can pneumonia be prevented" (validation).
CLAIM_QUOTES = 1
CLAIM_WORD_SHARE = 0.5
# ... and the words that frame a myth rather than name it ("pancreatitis only happens to heavy drinkers right"
# ranked "It happens when digestive enzymes start digesting the pancreas itself." first by "happens").
_CLAIM_FRAME = frozenset("""happen happens happened mean means meant thing things real really just even still always
actually basically true right nowadays anymore""".split())
# Evidence sentences that state nothing are never quoted: a page's question ("How is Landau-Kleffner
# syndrome diagnosed?"), a heading or list opener with no full stop ("Complications of High Blood
# Pressure", "Signs of bladder problems include"), a list of further resources ("These resources address
# the diagnosis or management of ..."). Validation abstentions quoted all three as "what the pages say".
_NOT_A_STATEMENT = re.compile(r"^(these|other) resources\b|\bresources (address|from medlineplus)\b|"
                              r"^_|_{3}", re.I)  # ... or a quiz's blank to fill in ("____ Im older than 65.")
# A sentence opening with one of these turns round the one before it on its page (`FaithfulnessCheck._turned`).
_TURN = re.compile(r"\s*(?:however|but|yet|nevertheless|nonetheless|in fact|actually|still)\b", re.I)
HEADING_WORDS = 8  # a heading or a list's opener is short; a longer line without a full stop is a statement
# ... unless it ends as a list's opener does, whatever its length: "The signs and symptoms of childhood
# nephrotic syndrome may include", "The four key signs of restless legs syndrome (RLS) are:" (quoted alone
# on validation, their lists cut off by the sentence splitter).
_LIST_OPENER = re.compile(r"(:|\b(include|includes|including|are|is|have|has|such as|following))$", re.I)
# An answer that opens with two unsupported sentences is given as the evidence quoted in their place
# (and whatever supported text follows) when one of those quotes is about the question: at least this
# similar to it. Abstaining there hid the pages' own answer behind "I can't give a reliable answer"
# ("does high blood pressure have symptoms" -> "Most people with high blood pressure do not have
# symptoms." [1]). Validation replays: MedQuAD abstained 19 -> 12 of 200 (0.55: 9, 0.45: 6), key facts
# 15 -> 6 of 96, key facts stated 85 both ways, misconceptions 0; 0.6 is above the 5th percentile
# (0.58) of the best evidence for answerable questions, so a quote this close is on the question. 0.55 since session
# 46, with ABSTAIN_AFTER 3: everyday questions word a myth far from the page ("thats just a cold tho isnt it"), so the
# page's answer to them sits at 0.55-0.6 (see ABSTAIN_AFTER for the replays).
ANSWER_QUOTE_SCORE = 0.55
# Relative floors (`FaithfulnessCheck.__init__`), issue 22 round 23. On the development key-facts rounds most lost facts
# were in a page sentence about the question that no quote showed: "Eliminate or minimize contact with rodents" (0.45)
# or "Animal bites rarely are life-threatening, but if they become infected ..." (0.44) for chatty questions whose
# best on-subject sentence scores below QUOTE_MIN_SCORE, and answers abstained from although the quote replacing
# their opening was the page's best sentence for the question (0.50 < ANSWER_QUOTE_SCORE). Replayed on the same raw
# answers (scripts/replay_checks.py, the seven tune splits): see datasets/keyfacts/results.md, round 23.
RELATIVE_QUOTE_MARGIN = 0.05
RELATIVE_QUOTE_FLOOR = 0.25  # = KIND_QUOTE_MIN_SCORE: below it a sentence is rarely about the question
RELATIVE_ANSWER_FLOOR = 0.4
# A condition's overview page ("What is (are) X ?", "Do you have information about X") opens by saying what X is, and
# that is often the fact an everyday question turns on: "what happens in it" about TTP ("In TTP, blood clots form in
# small blood vessels throughout the body.", the overview's second sentence), "stiff person syndrome, what is that?"
# ("SPS is characterized by fluctuating muscle rigidity ..."), "can we catch it" about sepsis ("It happens when your
# body has an overwhelming immune response to a bacterial infection."), "essential tremor ... just parkinsons by another
# name" ("... is the most common form of abnormal tremor."). Their words sit far from the question's (0.28-0.55), and
# the closing quotes follow the best page, often a narrower one (treatments, inheritance, outlook), so the overview's
# opening went unshown (key facts fresh7 and fresh10, development, session 51). Where a page found is the overview of
# what the question names, and the question asks for no narrower aspect (question_kind.asks_aspect: MedQuAD's "What are
# the symptoms of X?" wants its symptoms page, and replaying the opening there cost ROUGE-L), its first OPENING_QUOTES
# statements (from RELATIVE_QUOTE_FLOOR) open the closing quotes, in addition to ADD_QUOTES: put in their place they
# pushed out a page's answer to what was asked (fresh7 2 facts lost, fresh9 1), and with four quotes in all validation
# lost 2. The same raw answers replayed: key facts fresh10 38 -> 40, fresh7 43 -> 45 of 50, fresh8, fresh9 and
# validation unchanged, misconceptions and abstentions unchanged; MedQuAD validation ROUGE-L 22.20 -> 22.23 (without
# the aspect rule 22.04, paired -0.16: "What are the symptoms of X?" lost most).
OPENING_QUOTES = 2
# The closing picks follow the pages' order, and the page's sentence closest to the question can come after three that
# open the page: it is quoted after them when it is closer than every quote shown (`FaithfulnessCheck._with_closest`;
# CLOSEST_QUOTES of them), where the question asks no narrower aspect. Session 53, the same raw answers replayed: see
# datasets/keyfacts/results.md, round 24.
CLOSEST_QUOTES = 1
NOTHING_RELEVANT = ("I can't give a reliable answer to that, and the NIH pages I have don't cover it. "
                    "A doctor or pharmacist can help with questions about your own health.")

# A page denies a myth in other words too: "Chocolate and greasy foods are often blamed, but there is little evidence
# that foods have much effect on acne", "Another common myth is that dirty skin causes acne". Read as negations, the
# answer's "Teenagers who eat too much chocolate and greasy foods are at risk for acne." meets a denial (dev22-tune),
# and a sentence calling something a myth ("Blood clots on planes are a myth.") is a denial the pages must make.
_NEGATION = re.compile(r"\b(no|not|never|none|cannot|can't|don't|doesn't|isn't|aren't|won't|wasn't|"
                       r"weren't|shouldn't|neither|nor|without|unlikely|rarely|myths?|little (?:or no )?evidence)\b|"
                       r"n't\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[a-z][a-z-]+")
_CITE = re.compile(r"\s*\[\d{1,2}(?:\s*,\s*\d{1,2})*\]")
_ADVICE = re.compile(r"\b(doctor|clinician|physician|health ?care (provider|professional|team)|pharmacist|"
                     r"emergency (services|room|number)|911|medical (advice|attention|help))\b", re.I)
_STOP = frozenset("""about above after again against because before being below between could
during either every having other should their there these those through under until where which while
would people person usually often common commonly called include includes including however also
important information answer question certain different several things something someone
""".split())
KEY_TERM_MIN_CHARS = 6
# A yes/no question names the claim in doubt ("is asthma contagious", "can copd be cured"): an answer
# sentence that uses a word of the question is supported only if some evidence sentence uses that word
# with the same polarity. "Asthma is contagious" repeats the question, not the pages (which never say
# "contagious"); "Yes, COPD can be cured" meets only "there is no cure" (words compared by their first
# ASKED_PREFIX letters). Key-facts validation: misconceptions 3 -> 0 of 96. A sentence using several
# of the question's words needs them together on one page, and three-letter names count ("hiv", "flu"):
# "Yes, you can get HIV from kissing" was kept on a page about mono ("the kissing disease") and one about
# how HIV spreads, neither of which says it. (Requiring them in one sentence also refused right answers
# whose page says them in two: "Yes, obesity increases the risk of heart disease".)
_YES_NO = re.compile(r"\s*(is|are|am|can|could|does|do|did|will|would|should|was|were|has|have)\b", re.I)
# ... wherever the yes/no clause stands: after what the person says first ("cat scratch fever, is that a real
# thing or a myth", "my neighbour is having leprosy, can we catch it just by touching him?"), or a statement with
# a tag asking whether it is so ("zika only spread by mosquito yes?", "strep throat is just a virus that goes away
# by itself yeah?", "falling over is just part of gettin old right").
_YES_NO_CLAUSE = re.compile(r"(?:^|[,;:.!?]|\b(?:and|but|so|or)\b)\s*(?:is|are|am|can|could|does|do|did|will|would|"
                            r"should|was|were|has|have)\b", re.I)
# A tag may be any auxiliary denied and a pronoun ("... helps you sleep better doesnt it", "we'd smell radon if it was
# in our basement wouldnt we? its an old house", "... are basically the same thing arent they").
_NEG_TAG = (r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|wo|ai)n'?t "
            r"(?:it|they|we|you|i|he|she|that|there)")
_YES_NO_TAG = re.compile(rf"\b(?:yes|yeah|yh|right|true|innit|{_NEG_TAG}|or not|ah|eh|no)\W*$", re.I)
# ... or with the tag before a further remark ("low blood pressure is always a good thing right, the lower the
# better"): a tag word that closes a clause (a comma, or a question mark, follows it).
_YES_NO_TAG_CLAUSE = re.compile(rf"\b(?:yeah|yh|right|true|innit|{_NEG_TAG}|or not)\s*[,?]", re.I)
# ... or a belief someone holds, reported for the pages to settle ("my bf says blood clots on planes are a myth", "my
# coach says its ONLY cos i dont eat enough bananas", "my mum reckons its a spider bite"): the claim is as much in doubt
# as one asked with "is" (fresh3 and fresh4 hold 25 such messages with no yes/no clause; "Blood clots on planes are a
# myth." was kept as said by the pages, which never call them a myth). A clinician's word reports a finding, not a
# belief ("doctor says my son has scoliosis").
_REPORTED = re.compile(r"\b(?:says?|said|saying|reckons?|reckoned|thinks?|claims?|swears?|insists?|believes?|"
                       r"told (?:me|us|him|her|them))\b", re.I)
_CLINICIAN = re.compile(r"\b(?:doc|docs|doctor|doctors|dr|gp|nurse|midwife|dentist|consultant|specialist|surgeon|"
                        r"pharmacist|chemist|physio|optician|vet|paediatrician|pediatrician)\W+(?:\w+\W+)?$", re.I)
_QUESTION_WORDS = frozenset("what when where which does have with from your that this they there their".split())
ASKED_PREFIX = 4  # the shortest word of a question that can name the claim (three letters: see _asked_word)
# A word is compared by its first ASKED_KEY letters: four let unrelated words meet ("contagious" and "control",
# "contribute", "contain" are all "cont"), so "Yes, scleroderma is contagious" counted as said by the pages,
# which say "cont..." only in other words; six keep a word's family ("contagious"/"contagion", "inherited"/
# "inheritance", "diabetes"/"diabetic") and part unrelated ones ("contag" vs "contac", "contro").
ASKED_KEY = 6
_YES_OR_NO = re.compile(r"\s*(yes|no)\b", re.I)
_SHORT_STOP = frozenset("""you can get the and for are how why who was his her its any all too use one two out
day see way man men old new own got had has did not but yes may let put say she him our off far few now ago
per via bad big lot try end due etc ive doe sex eat""".split())


# What causes a condition and how it is caught are the claims people act on, and a small model fills
# them in plausibly: "You can catch malaria by drinking from infected water sources", "Athlete's foot is
# caused by a fungus called Candida" sit close to the pages' sentences and share most of their terms. The
# words naming the cause or the route (after "caused by", "spread through", "catch ... by") must all come
# from the evidence or the question.
_CLAIM_SLOT = re.compile(
    r"\b(?:caused by|causes? (?:of \w+(?: \w+){0,3} )?(?:is|are)|due to|results? from|"
    r"(?:spread|spreads|passed|transmitted|caught|catch|get|gets|contract|contracted)"
    r"(?: \w+){0,3}? (?:by|through|via|from))\s+([^.;:!?]+)", re.I)
_SLOT_GENERIC = frozenset("""from with into onto than that this such very more most many much some someone other
others another also like them they their thing things kind kinds type types sort often usually mostly mainly
main several certain different various person people someone's part parts form forms your called
variety factors reasons number range combination things""".split())


# How a disease is caught is held to more: the route's words must all be in one evidence sentence that
# itself tells how it spreads ("TB is spread through the blood" sat next to "TB spreads through the air
# when a person with TB ... coughs" on pages that mention blood tests; every word was in the pool).
_ROUTE_SLOT = re.compile(r"\b(?:spread|spreads|passed|transmitted|caught|catch|get|gets|contract|contracted)"
                         r"(?: \w+){0,3}? (?:by|through|via|from)\s+([^.;:!?]+)", re.I)
_ROUTE_WORD = re.compile(r"\b(spread|pass|transmi|catch|caught|contract|contagious)\w*", re.I)


# What a condition is, said as a category ("Aplastic anaemia is a type of blood cancer.", after "is aplastic anaemia a
# kind of blood cancer"): the words naming the category must all be in one evidence sentence that itself names a
# category ("Aplastic anemia is a type of anemia.", "... is a rare but serious blood disorder."), not gathered from
# sentences that say "blood" and "cancer" about other things. The question's words count for nothing here: a
# myth asked as "is X a kind of Y" names Y itself.
_CATEGORY_SLOT = re.compile(r"\b(?:is|are)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:type|kind|form|sort)s?\s+of\s+([^.;:!?]+)", re.I)
_CATEGORY_CUE = re.compile(r"\b(?:type|kind|form|sort|group|class)s?\s+of\b|\b(?:is|are)\s+(?:a|an)\b", re.I)


# Where a page gives a condition's other names: in brackets or after "also called" in its opening ("Tubal ligation
# (getting your "tubes tied") is ...", "Paget's disease of bone, also called osteitis deformans, ...").
_ALIAS = re.compile(r"\(([^()]{2,60})\)|\b(?:also|sometimes|commonly|often) (?:called|known as|referred to as) ([^,.;:()]{2,60})",
                    re.I)
ALIAS_CHARS = 200  # a page's opening: where it says what it is and what else it is called


def page_aliases(answer: str) -> str:
    """The other names a page's opening gives what it is about, joined by spaces ("" when it gives none)."""
    return " ".join(a or b for a, b in _ALIAS.findall(answer[:ALIAS_CHARS]))


def category_words(plain: str) -> list[str]:
    """The content words of the category `plain` puts a condition in (empty when it names none)."""
    words: list[str] = []
    for m in _CATEGORY_SLOT.finditer(plain):
        words += [w for w in _WORD.findall(m.group(1).lower())
                  if len(w) >= 4 and w not in _STOP and w not in _SLOT_GENERIC]
    return words


def route_words(plain: str) -> list[str]:
    """The content words naming how a disease is caught in `plain` (empty when it names no route)."""
    words: list[str] = []
    for m in _ROUTE_SLOT.finditer(plain):
        words += [w for w in _WORD.findall(m.group(1).lower())
                  if len(w) >= 4 and w not in _STOP and w not in _SLOT_GENERIC]
    return words


def claim_slot_words(plain: str) -> list[str]:
    """The content words naming a cause or a route of infection in `plain` (empty when it names none)."""
    words: list[str] = []
    for m in _CLAIM_SLOT.finditer(plain):
        words += [w for w in _WORD.findall(m.group(1).lower())
                  if len(w) >= 4 and w not in _STOP and w not in _SLOT_GENERIC]
    return words


# Words calling something safe are one claim to the yes/no rule: a myth is asked as "aspirin is fine for him", "a tiny
# bit is ok", "its totally harmless", and a small model answers in another of them ("In general, aspirin is safe for
# children with flu." kept on pages that call aspirin a risk factor and never call it safe or fine: fresh7, the one
# misconception of that round). Read as one key, the answer's "safe" needs a page sentence saying safe, fine or
# harmless undenied; "harmless" read alone met "harm" by its start (`_uses`), the opposite claim.
_SAFE_WORDS = frozenset({"safe", "fine", "ok", "okay", "alright", "harmless"})
SAFE_KEY = "safe"
# ... and so are the words calling it dangerous (session 49): "is mitral valve prolapse dangerous" was answered "MVP is a
# serious condition that can lead to serious complications." and kept beside pages that never call it serious or
# dangerous (fresh8, development; its overview page says it mostly causes no problems). Read as one key with "harm",
# the answer's "serious" needs a page sentence calling it harmful, serious or dangerous with the same polarity.
_HARM_WORDS = frozenset({"dangerous", "serious", "harmful", "deadly", "lethal", "fatal", "life-threatening", "risky",
                         "hazardous"})
HARM_KEY = "harm"


# An age limit is a claim of its own: "am i too old to sign up as an organ donor" was answered "You are too old to sign up
# as an organ donor." and kept (fresh4, development), as "old" is too common a word to name a claim ("my 5 yr old") and
# the pages' "People of all ages ... can be organ donors" denies it in other words. Read as one word ("tooold"), the
# phrase names the claim: an answer asserting it needs a page sentence asserting it ("never too old" denies it).
_AGE_LIMIT = re.compile(r"\btoo (old|young)\b", re.I)


def _claim_words(text: str) -> list[str]:
    """The words of `text` as the yes/no rule reads them (`_AGE_LIMIT` phrases as one word)."""
    return _WORD.findall(_AGE_LIMIT.sub(r"too\1", text.lower()))


def _asked_key(w: str) -> str:
    """A word as the yes/no rule compares it: an ending and a doubled last letter off, then its first
    ASKED_KEY letters ("hugging" -> "hug", "cured" -> "cur"; `_uses` matches "cur" with "cure"); a word calling
    something safe is SAFE_KEY (_SAFE_WORDS), one calling it dangerous HARM_KEY (_HARM_WORDS)."""
    if w in _SAFE_WORDS:
        return SAFE_KEY
    if w in _HARM_WORDS:
        return HARM_KEY
    for ending in ("ing", "ed", "es", "s"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[:-len(ending)]
            break
    if len(w) >= 4 and w[-1] == w[-2]:
        w = w[:-1]
    return w[:ASKED_KEY]


def yes_no_question(question: str) -> bool:
    """Whether `question` asks whether a claim is so (the claim the yes/no rule holds answers to)."""
    return bool(_YES_NO.match(question) or _YES_NO_CLAUSE.search(question) or _YES_NO_TAG.search(question)
                or _YES_NO_TAG_CLAUSE.search(question) or reports_belief(question))


def reports_belief(question: str) -> bool:
    """Whether `question` reports what someone other than a clinician says or believes (see _REPORTED)."""
    return any(not _CLINICIAN.search(question[:m.start()]) for m in _REPORTED.finditer(question))


def _uses(keys: set[str], key: str) -> bool:
    """Whether a sentence with these word keys uses the word `key` ("When you hug someone who has HIV,
    you can get the virus" uses the question's "hugging"; one key may be the other's start)."""
    return key in keys or any(k.startswith(key) or key.startswith(k) for k in keys if min(len(k), len(key)) >= 3)


def _asked_word(w: str) -> bool:
    """A word of a yes/no question that can name the claim in doubt."""
    if w in _SAFE_WORDS:  # "ok" is short, and "fine" names the claim as "safe" does
        return True
    if len(w) >= ASKED_PREFIX:
        return w not in _STOP and w not in _QUESTION_WORDS
    return len(w) == 3 and w not in _SHORT_STOP
# The closest evidence sentence decides negation only when it is clearly the closest: "The table below
# lists the symptoms" was refused because its nearest neighbour happened to say "should not have
# muscle weakness". An evidence sentence of the answer's polarity within this margin of the closest
# supports it as well (validation: MedQuAD abstentions 9.5% -> 7.5%, key facts 13 -> 10 of 96 abstained).
NEGATION_MARGIN = 0.05
# What a negation denies: the first content word after "not"/"no" ("does not produce tears" denies
# "produce"; "do not have symptoms" denies "symptoms"; "doesn't have enough fluid" denies "enough").
# The two sentences disagree only when the other one says that word: "Dry eye is caused by a lack of
# tears" paraphrases "the eye does not produce tears properly" and "your body loses too much fluid"
# paraphrases "your body doesn't have enough fluid", but "High blood pressure can cause symptoms"
# contradicts "Most people ... do not have symptoms". Validation: key facts abstained 16 -> 15 of 96.
NEGATION_SCOPE = 1  # content words read after the cue (3 read "doesn't have enough fluid" as denying "fluid")
_OR_WORDS = frozenset({"or", "nor"})
_SCOPE_SKIP = frozenset("""have has had be been being is are was were a an the any always usually often
really very so to it they this that get gets got make makes do does did much many""".split())
STEM = 5  # "hereditary"/"heredity", "infection"/"infected": compare word openings


def _denied_words(text: str) -> list[str]:
    """The word keys each negation in `text` denies (its first NEGATION_SCOPE content words, and the word an "or" or
    "nor" joins to the last of them: "Bedbugs don't transmit or spread diseases." denies "spread" too, so "Bedbugs
    can spread diseases." disputes it)."""
    denied: list[str] = []
    for m in _NEGATION.finditer(text):
        words = [w for w in _WORD.findall(text[m.end():].lower())
                 if w not in _SCOPE_SKIP and (len(w) >= 3 or w in _OR_WORDS)]
        scope = [k for k, w in enumerate(words) if w not in _OR_WORDS][:NEGATION_SCOPE]
        if scope and scope[-1] + 2 < len(words) and words[scope[-1] + 1] in _OR_WORDS:
            scope.append(scope[-1] + 2)
        denied += [_asked_key(words[k]) for k in scope]
    return denied


def negation_disputed(answer: str, evidence: str) -> bool:
    """Whether an answer sentence disagrees with its closest evidence sentence of the other polarity. A
    negated answer always does: its denial is a claim of its own ("Mild proteinuria is usually not a
    problem", "stones form if they are not removed by surgery" sat next to sentences that never say so).
    A plain answer does when it says a word the evidence denies."""
    if _negated(answer):
        return True
    keys = {_asked_key(w) for w in _WORD.findall(answer.lower()) if len(w) >= 3}
    return any(_uses(keys, d) for d in _denied_words(evidence))


def plain_sentence(sentence: str) -> str:
    """The sentence as it is embedded: citation marks out, stripped. The output check embeds the same
    text through the same cache (`encode`), so an answer sentence is embedded once."""
    return _CITE.sub("", sentence).strip()


def _said_key(sentence: str) -> str:
    """A sentence's words only: "Shingles is very common." and “Shingles is very common.” [4] match."""
    return " ".join(_WORD.findall(plain_sentence(sentence).lower()))


def key_terms(text: str) -> set[str]:
    return {w[:STEM + 2] for w in _WORD.findall(text.lower()) if len(w) >= KEY_TERM_MIN_CHARS and w not in _STOP}


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(text.lower()) if len(w) >= 3}


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def quotable(text: str) -> bool:
    """Whether an evidence sentence states something (see _NOT_A_STATEMENT). A list's items ("nervousness
    or irritability - fatigue - ...") often end without a full stop and are quotable."""
    text = text.rstrip().rstrip("\"'\u201d)")
    if text.endswith("?") or _NOT_A_STATEMENT.search(text):
        return False
    if text.endswith((".", "!")) or " - " in text:
        return True
    return len(text.split()) > HEADING_WORDS and not _LIST_OPENER.search(text)


@dataclass
class Judgement:
    action: str  # "keep" | "replace" | "drop" | "neutral"
    support: float  # cosine to the closest evidence/passage sentence
    reason: str = ""  # "ok", "similarity", "negation", "number", "terms", "new term", "contradiction", "advice", ...
    replacement: int | None = None  # index into the check's quotable sentences (0-based) for "replace"


@dataclass
class FaithfulnessCounts:
    supported: int = 0
    unsupported: int = 0
    replaced: int = 0
    dropped: int = 0
    neutral: int = 0
    abstained: bool = False

    @property
    def judged(self) -> int:
        return self.supported + self.unsupported

    @property
    def supported_rate(self) -> float | None:
        return self.supported / self.judged if self.judged else None

    def to_dict(self) -> dict:
        return {"supported": self.supported, "unsupported": self.unsupported, "replaced": self.replaced,
                "dropped": self.dropped, "neutral": self.neutral, "abstained": self.abstained}


class FaithfulnessCheck:
    """Judges sentences against one answer's evidence. `encode(list[str])` returns embedding rows
    (the evidence's SentenceVectors.encode: unit rows, cached)."""

    def __init__(self, evidence: Evidence, encode: Callable[[list[str]], np.ndarray], question: str = "", *,
                 support_threshold: float = SUPPORT_THRESHOLD, related_threshold: float = RELATED_THRESHOLD):
        self.evidence = evidence
        self.encode = encode
        self.support_threshold = support_threshold
        self.related_threshold = related_threshold
        self.counts = FaithfulnessCounts()
        self.shown = ""  # the answer text shown so far (for the cited sources)
        pool_text = " ".join(s.text for s in evidence.pool)
        self._known_terms = key_terms(pool_text) | key_terms(question)
        self._known_stems = _stems(pool_text) | _stems(question)
        # the yes/no question's words -> the polarities (negated?) of evidence sentences using them
        self._asked: dict[str, set[bool]] = {}
        if yes_no_question(question):
            # function words are no claim's words: "but" met "butter" by its start (`_uses`), so "Butter can help
            # soothe a burn" counted as said on a page saying "but" and "burn"
            pool = [(e.passage, _negated(e.text), {_asked_key(x) for x in _claim_words(e.text)
                                                   if x not in _SHORT_STOP and x not in _STOP})
                    for e in evidence.pool]
            pages: dict[int, set[str]] = {}
            for page, _, keys in pool:
                pages.setdefault(page, set()).update(keys)
            self._asked_pages = list(pages.values())  # each page's word keys, for "on one page"
            for w in _claim_words(question):
                if _asked_word(w):
                    key = _asked_key(w)
                    self._asked[key] = {negated for _, negated, keys in pool if _uses(keys, key)}
        self._question_stems = _stems(question)
        self._question = question
        self._kinds = asked_kinds(question)  # how it is caught, what causes it, who has it: quoted first
        self._route_stems = [_stems(e.text) for e in evidence.pool
                             if _ROUTE_WORD.search(e.text) or _ROUTE_SLOT.search(e.text)]
        self._category_stems = [_stems(e.text) for e in evidence.pool if _CATEGORY_CUE.search(e.text)]
        self._known_numbers = set(_NUMBER.findall(pool_text + " " + question))
        titles = [evidence.passages[e.passage].question for e in evidence.pool]
        # the medical terms the pages name (medical_terms.py): every word of each retrieved page, not only the
        # sentences read for support ("It can lead to stroke" on a page on atrial fibrillation naming stroke later)
        self._known_term_keys = word_keys(" ".join([question, *(f"{p.question} {p.answer}" for p in evidence.passages)]))
        # what each evidence sentence claims spreads, cures, causes...: a sentence claiming the opposite is refused
        self._claims = ClaimEvidence([e.text for e in evidence.pool], titles, question)
        self._exclusive = ExclusiveEvidence([e.text for e in evidence.pool])  # "only women get it" needs its "only"
        self._group_evidence = [group_claims(e.text) for e in evidence.pool]  # who each sentence ranks
        # What may be quoted: every sentence of the pages the evidence is about, in page order, not only the
        # four numbered in the prompt (which the answer has often restated already). A refused sentence is
        # then replaced by its page's own wording ("The gums are red and swollen, and the jawbone is
        # weakened." -> "In gingivitis, the gums become red and swollen."), and the closing quotes are the
        # best page's opening statements. Evidence built without a pool quotes its numbered sentences.
        if evidence.about and evidence.pool_vectors is not None:
            self._quotes = [evidence.pool[k] for k in evidence.about]
            self._quote_vectors: np.ndarray | None = evidence.pool_vectors[evidence.about]
        else:
            self._quotes, self._quote_vectors = list(evidence.sentences), evidence.vectors
        self._claim_rank = self._claim_ranks(question) if self._asked else {}
        # Where a page's title names what was asked, only sentences about it are quoted: from such a page, or naming
        # it themselves ("is butter good on a burn" was closed with "But you can have GERD without having
        # heartburn." from the heartburn page beside the one on burns). A question whose words no title uses ("uti",
        # "sids" beside "Urinary Tract Infections") quotes any page, as before.
        subject = self._claims.subject
        # A page names it too where its opening gives the everyday name the question used: "my cousin is getting her
        # tubes tied" names no word of "Do you have information about Tubal Ligation", whose opening is "Tubal ligation
        # (getting your "tubes tied") is a type of surgery.", so its "Tubal ligation can sometimes be reversed, but not
        # always." went unquoted while a fallopian-tube cancer page beside it counted as named (fresh9, development).
        page_named = {i: names_subject(subject, f"{p.question} {page_aliases(p.answer)}")
                      for i, p in enumerate(evidence.passages)}
        named = [page_named[q.passage] for q in self._quotes]
        self._on_subject = [n or names_subject(subject, q.text) for n, q in zip(named, self._quotes, strict=True)] \
            if any(named) else [True] * len(self._quotes)
        self._page_named = any(named)
        # An everyday question sits further from every page sentence than a MedQuAD question does (chatty words, a
        # myth's framing), so where a page's title names what was asked the floors for quoting and for letting
        # quotes stand as the answer follow the best on-subject sentence (RELATIVE_QUOTE_MARGIN), never above the
        # fixed ones and never below RELATIVE_QUOTE_FLOOR / RELATIVE_ANSWER_FLOOR. With no page named (an off-topic
        # message) the fixed floors stay: its nearest pages are noise.
        self._quote_floor, self._answer_floor = QUOTE_MIN_SCORE, ANSWER_QUOTE_SCORE
        if any(named):
            best = max((q.score for q, on in zip(self._quotes, self._on_subject, strict=True)
                        if on and quotable(q.text)), default=0.0)
            self._quote_floor = min(QUOTE_MIN_SCORE, max(RELATIVE_QUOTE_FLOOR, best - RELATIVE_QUOTE_MARGIN))
            self._answer_floor = min(ANSWER_QUOTE_SCORE, max(RELATIVE_ANSWER_FLOOR, best - RELATIVE_QUOTE_MARGIN))
        # whether the question asks a narrower aspect than what the condition is: a word of the condition's own name
        # (the first overview page found of what it names) asks none (`asks_aspect`)
        overview = next((overview_condition(p.question) for k, p in enumerate(evidence.passages)
                         if page_named[k] and overview_condition(p.question)), None)
        self._asks_aspect = asks_aspect(question, overview or "")
        self._opening = self._overview_opening(page_named)
        self._quoted: set[int] = set()
        self._kept: list[str] = []  # the model's sentences shown as supported
        self._said: set[str] = set()  # what was shown (sentences and quotes), as _said_key
        self._pending_ws = ""

    def _overview_opening(self, page_named: dict[int, bool]) -> list[int]:
        """The quotable indices of the first OPENING_QUOTES statements of the first overview page found of what the
        question names (`page_named`), those scoring RELATIVE_QUOTE_FLOOR or more; none without such a page, or where
        the question asks a narrower aspect than what that page's condition is (`asks_aspect`: a word of the
        condition's own name, "screening" in "what is newborn screening", asks none)."""
        pages = [k for k, p in enumerate(self.evidence.passages) if page_named[k] and overview_condition(p.question)]
        if not pages or self._asks_aspect:
            return []
        opening = [i for i, q in enumerate(self._quotes) if q.passage == pages[0] and quotable(q.text)][:OPENING_QUOTES]
        return [i for i in opening if self._quotes[i].score >= RELATIVE_QUOTE_FLOOR]

    def _claim_ranks(self, question: str) -> dict[int, int]:
        """Denying quotable sentence index -> how many telling words of the yes/no `question` it uses
        (CLAIM_WORD_SHARE), for the denials that use at least one."""
        keys = [{_asked_key(w) for w in _claim_words(q.text) if len(w) >= 3 and w not in _SHORT_STOP}
                for q in self._quotes]  # not "but" for "butter"
        if not keys:
            return {}
        frame = {_asked_key(w) for w in _CLAIM_FRAME}
        telling = [a for a in self._asked if a not in frame
                   and sum(_uses(k, a) for k in keys) <= CLAIM_WORD_SHARE * len(keys)]
        ranks = {i: sum(_uses(k, a) for a in telling) for i, k in enumerate(keys) if _negated(self._quotes[i].text)}
        return {i: n for i, n in ranks.items() if n}

    # ---- one sentence -------------------------------------------------------------------------
    def judge(self, sentence: str) -> Judgement:
        plain = plain_sentence(sentence)
        if _ADVICE.search(plain) and len(plain.split()) <= 30:
            return Judgement("neutral", 0.0, "advice")
        if plain.endswith("?"):  # a question restated ("How might X be treated?") asserts nothing
            return Judgement("neutral", 0.0, "question")
        pool = self.evidence.pool
        if not pool or self.evidence.pool_vectors is None:
            return Judgement("drop", 0.0, "no evidence")
        words = _WORD.findall(plain.lstrip("-*• ").lower())
        list_item = plain[:1] in "-*•" or not plain.rstrip("\"')\u201d").endswith((".", "!", "?"))
        if len(words) <= FRAGMENT_WORDS and list_item and not _negated(plain):
            # A list item ("- Frequent urination") is too short to match a whole sentence by embedding:
            # it is supported when the evidence uses its words.
            content = [w for w in words if len(w) >= 4]
            if content and all(w[:STEM] in self._known_stems for w in content) and not _NUMBER.search(plain):
                return Judgement("keep", 1.0, "fragment")
        v = np.asarray(self.encode([plain]), dtype=np.float32).reshape(-1)
        sims = self.evidence.pool_vectors @ v
        best = int(np.argmax(sims))
        support = float(sims[best])
        reason = "ok"
        if (denied := self._claims.contradicted(plain)) is not None:
            # "Shingles ... can spread from person to person" against "You can't catch shingles from someone who
            # has it." (claim_polarity.py): the evidence sentence it contradicts is quoted in its place
            return self._fallback(v, support, "contradiction", prefer=denied)
        if support < self.support_threshold:
            reason = "similarity"
        elif _negated(plain) != _negated(pool[best].text) and not self._agrees_nearby(plain, sims, support) \
                and negation_disputed(plain, pool[best].text):
            # "Gout is contagious" embeds next to "Gout is not contagious": the closest sentence is the
            # one it restates or contradicts. (Accepting any agreeing supporter kept 27% of negated
            # true sentences on validation; the closest one only, 6%.)
            reason = "negation"
        elif any(n not in self._known_numbers for n in _NUMBER.findall(plain)):
            reason = "number"
        else:
            terms = key_terms(plain)
            new = [t for t in terms if t not in self._known_terms and t[:STEM] not in self._known_stems]
            if terms and len(new) / len(terms) > MAX_NEW_TERM_SHARE:
                reason = "terms"
            elif support < NEW_TERM_SUPPORT and new_medical_terms(plain, self._known_term_keys):
                reason = "new term"
            elif any(w[:STEM] not in self._known_stems for w in claim_slot_words(plain)) \
                    or not self._route_said(route_words(plain)):
                reason = "claim"
            elif not self._category_said(plain):
                reason = "category"
            elif (ranked := group_claims(plain)) and contradicts_or_unsupported(
                    ranked, self._group_evidence, self._closest_ranking(sims)):
                reason = "comparison"
            elif self._asks_unsupported(plain):
                reason = "asked"
            elif self._exclusive.unsaid(plain):
                reason = "only"
        if reason == "ok":
            return Judgement("keep", support, reason)
        return self._fallback(v, support, reason)

    def _closest_ranking(self, sims: np.ndarray) -> set[tuple[str, int]]:
        """The group claims of the evidence sentence closest to the answer sentence among those that rank
        groups (the one it restates or reverses)."""
        ranking = [i for i, claims in enumerate(self._group_evidence) if claims]
        return self._group_evidence[max(ranking, key=lambda i: sims[i])] if ranking else set()

    def _route_said(self, words: list[str]) -> bool:
        """Whether one evidence sentence about how a disease spreads uses all of `words` (or the question
        does)."""
        words = [w[:STEM] for w in words if w[:STEM] not in self._question_stems]
        return not words or any(set(words) <= stems for stems in self._route_stems)

    def _category_said(self, plain: str) -> bool:
        """Whether one evidence sentence naming a category uses all the words of the category `plain` names (a
        denial, "X is not a kind of Y", is judged as before)."""
        words = {w[:STEM] for w in category_words(plain)}
        return not words or _negated(plain) or any(words <= stems for stems in self._category_stems)

    def _asks_unsupported(self, plain: str) -> bool:
        """`plain` uses a word of the yes/no question that no evidence sentence of its polarity uses."""
        if not self._asked:
            return False
        negated = _negated(plain)
        keys = {_asked_key(w) for w in _claim_words(plain) if _asked_word(w)}
        used = {a for a in self._asked if _uses(keys, a)}
        if any(negated not in self._asked[a] for a in used):
            return True
        if _YES_OR_NO.match(plain):
            # "Yes, asthma can be treated" answers "can asthma be cured": a yes or no also asserts the
            # question's words it leaves out, where the evidence uses them ("there is no cure").
            if any(polarities and negated not in polarities
                   for a, polarities in self._asked.items() if a not in used):
                return True
        if len(used) >= 2:  # all of them on one page: not "kissing" from one and "HIV" from another
            return not any(all(_uses(page, a) for a in used) for page in self._asked_pages)
        return False

    def _agrees_nearby(self, plain: str, sims: np.ndarray, support: float) -> bool:
        """An evidence sentence of the same polarity as `plain` is nearly as close as the closest one."""
        negated = _negated(plain)
        agree = max((float(sims[i]) for i, e in enumerate(self.evidence.pool) if _negated(e.text) == negated),
                    default=0.0)
        return agree >= self.support_threshold and agree >= support - NEGATION_MARGIN

    def _fallback(self, v: np.ndarray, support: float, reason: str, prefer: int | None = None) -> Judgement:
        """Replace by the closest quotable sentence not quoted yet, or drop. With `prefer` (a pool index: the
        evidence sentence a contradiction denies), that sentence or nothing: another would only be near it."""
        if self._quote_vectors is None or not self._quotes:
            return Judgement("drop", support, reason)
        if prefer is not None:
            i = next((i for i, q in enumerate(self._quotes) if q is self.evidence.pool[prefer]), None)
            if i is not None and self._can_quote(i) and not self._restated(i):
                return Judgement("replace", support, reason, replacement=i)
            return Judgement("drop", support, reason)
        sims = self._quote_vectors @ v
        for i in np.argsort(-sims):
            i = int(i)
            if sims[i] < self.related_threshold:
                break
            if self._can_quote(i):
                return Judgement("replace", support, reason, replacement=i)
        return Judgement("drop", support, reason)

    def _restated(self, i: int) -> bool:
        """Whether a sentence shown as supported already says quotable sentence `i` (RESTATED, same polarity):
        "No, you can't catch shingles from someone who has it." before the page's own words."""
        shown = [plain_sentence(s) for s in self._kept if _negated(s) == _negated(self._quotes[i].text)]
        if not shown or self._quote_vectors is None:
            return False
        return float((np.asarray(self.encode(shown), dtype=np.float32) @ self._quote_vectors[i]).max()) >= RESTATED

    def _can_quote(self, i: int) -> bool:
        """Not quoted yet, not said already (pages repeat sentences word for word), a statement, and about the
        question's subject."""
        text = self._quotes[i].text
        return (i not in self._quoted and _said_key(text) not in self._said and quotable(text)
                and self._on_subject[i])

    def quote(self, i: int) -> str:
        """Quotable sentence `i`, quoted and cited (a sentence outside the numbered evidence is numbered
        after it, so the sources list its page), with the page's next sentence when that one turns it round
        (`_turned`)."""
        self._quoted.add(i)
        text = self._quotes[i].text.rstrip()
        self._said.add(_said_key(text))
        out = f"\u201c{text}\u201d [{number_of(self.evidence, self._quotes[i], self._quote_vectors[i])}]"
        return f"{out} {self.quote(i + 1)}" if self._turned(i) else out

    def _turned(self, i: int) -> bool:
        """Whether quotable sentence i + 1 follows sentence i on its page and opens by turning it round ("An alcoholic
        drink before bedtime might make it easier for you to fall asleep." "However, alcohol triggers sleep that tends
        to be lighter than normal."; "In the past, health care providers recommended that people with diverticular
        disease avoid nuts, popcorn, and ... seeds ..." "However, recent data suggest that these foods are not
        harmful."): quoted alone, the first says what the page goes on to correct."""
        if i + 1 >= len(self._quotes) or not _TURN.match(self._quotes[i + 1].text):
            return False
        this, after = self._quotes[i], self._quotes[i + 1]
        pool = self.evidence.pool
        return (after.passage == this.passage and any(p is this for p in pool)
                and next(k for k, p in enumerate(pool) if p is after) == next(k for k, p in enumerate(pool) if p is this) + 1
                and i + 1 not in self._quoted and _said_key(after.text) not in self._said and quotable(after.text))

    def quoted(self, sentence: str) -> bool:
        """Whether `sentence` (a piece of the shown answer, as the output check splits it) is one of the pages'
        sentences this check quoted, word for word: “…” with its citation, after the closing quotes' or an
        abstention's lead-in. A piece cut inside a quote is not one."""
        text = _CITE.sub("", sentence).strip()
        for lead in (ADD_PREFIX, ABSTAIN_PREFIX):
            if text.startswith(lead):
                text = text[len(lead):].strip()
        if len(text) < 2 or text[0] != "\u201c" or text[-1] != "\u201d":
            return False
        inner = text[1:-1].strip()
        return any(self._quotes[i].text.strip() == inner for i in self._quoted)

    def abstention(self) -> str:
        picks = self._pick_quotes(ABSTAIN_QUOTES, self._abstention_quotable) or self._named_page_quote()
        quotes = " ".join(self.quote(i) for i in picks if i not in self._quoted)  # a turn comes with its sentence
        return f"{ABSTAIN_PREFIX} {quotes}" if quotes else NOTHING_RELEVANT

    def _abstention_quotable(self, i: int) -> bool:
        """What an abstention may quote: where no page's title names what was asked, only a sentence that names a
        subject word of the question itself (retrieval/topic.py), or none at all. Its similarity alone let "how much
        tylenol is a lethal dose" be answered with "Patients must take between 25 and 300 milligrams of indomethacin
        daily" (0.48, a headache's treatments page): an abstention says it has no reliable answer, so what it quotes
        must be about what was asked (session 49). A sentence of the kind asked (how it is caught, what causes it, who
        has it: question_kind.py) may still be quoted: "The cause of this condition is not known" answers "my mother
        in law says its cos i sat cross legged" about clubfoot on a page titled talipes equinovarus (fresh7)."""
        from medassist.model.retrieval.topic import subject_words

        if not self._can_quote(i):
            return False
        if self._page_named:
            return True
        asked = subject_words(self._question)
        text = self._quotes[i].text
        return not asked or bool(asked & subject_words(text)) or answers_kind(text, self._kinds)

    def _named_page_quote(self) -> list[int]:
        """The closest quotable sentence (NAMED_PAGE_QUOTE_MIN_SCORE) of a page whose title names a subject of the
        question; none when no page's title does."""
        from medassist.model.retrieval.topic import subject_words

        asked = subject_words(self._question)
        named = [i for i, q in enumerate(self._quotes)
                 if q.score >= NAMED_PAGE_QUOTE_MIN_SCORE and self._can_quote(i)
                 and asked & subject_words(self.evidence.passages[q.passage].question)]
        return sorted(named, key=lambda i: -self._quotes[i].score)[:1]

    def _pick_quotes(self, n: int, eligible: Callable[[int], bool]) -> list[int]:
        """Up to n eligible quotable sentences about the question (QUOTE_MIN_SCORE), in the pages' order (best
        page first), except that a question asking how a disease is caught, what causes it or who has it gets
        the closest sentences saying so first (retrieval/question_kind.py; KIND_QUOTES of them, from
        KIND_QUOTE_MIN_SCORE: the page is about what was asked, and the sentence says the kind asked), and a
        yes/no question the sentence using most of its telling words next (`_claim_ranks`, CLAIM_QUOTES)."""
        scores = [s.score for s in self._quotes]
        order = [i for i in range(len(self._quotes)) if scores[i] >= self._quote_floor and eligible(i)]
        first = self._first_picks(eligible)
        order = first + [i for i in order if i not in first]
        picks: list[int] = []
        keys: set[str] = set()  # a page's sentence repeated word for word is quoted once
        for i in order:
            if len(picks) < n and _said_key(self._quotes[i].text) not in keys:
                picks.append(i)
                keys.add(_said_key(self._quotes[i].text))
        return picks

    def _first_picks(self, eligible: Callable[[int], bool]) -> list[int]:
        """The picks `_pick_quotes` puts before the pages' order: the closest sentence of the kind asked (KIND_QUOTES)
        and a yes/no question's denial using most of its telling words (CLAIM_QUOTES)."""
        scores = [s.score for s in self._quotes]
        first: list[int] = []
        if self._kinds:
            first += sorted((i for i in range(len(self._quotes)) if scores[i] >= KIND_QUOTE_MIN_SCORE
                             and answers_kind(self._quotes[i].text, self._kinds) and eligible(i)),
                            key=lambda i: -scores[i])[:KIND_QUOTES]
        if self._claim_rank:
            first += sorted((i for i in self._claim_rank if scores[i] >= KIND_QUOTE_MIN_SCORE
                             and i not in first and eligible(i)),
                            key=lambda i: (-self._claim_rank[i], -scores[i]))[:CLAIM_QUOTES]
        return first

    def _with_closest(self, picks: list[int], shown: list[int], eligible: Callable[[int], bool]) -> list[int]:
        """`picks` and after them the closest eligible sentence to the question (from the quote floor), when it is
        closer than every quote shown (`shown` and `picks`) and not among them: the picks follow the pages' order, so
        the one sentence that answers what was asked could sit below three that open the page ("Melanoma can occur
        anywhere on the skin." 0.82 for "where on the skin can melanoma show up", behind the overview's opening and three
        of its next sentences at 0.62-0.70; "You get the rash where you have touched an irritant ..." 0.73 behind four at
        0.59-0.68; key facts fresh11 and fresh12, development, session 53). Added, not put in the least close pick's
        place: that place held a fact too ("Engaging in exercises that don't jolt or strain the back ..." for "is bed
        rest good for back pain", validation). Not where the question asks a narrower aspect (`asks_aspect`: its
        symptoms, how many are affected, whether it is inherited): there the picks are the aspect page's answer in its
        order, and the sentence closest by MiniLM is the one naming the condition most ("Other skeletal problems
        associated with X include ..." beside "This condition is detected in an estimated 1 in 36,000 newborns." for
        "How many people are affected by X ?"; in a pick's place MedQuAD validation ROUGE-L paired -0.17 with aspect
        questions, +0.05 without)."""
        if self._asks_aspect:
            return picks
        scores = [q.score for q in self._quotes]
        for _ in range(CLOSEST_QUOTES):
            keys = {_said_key(self._quotes[i].text) for i in [*shown, *picks]}
            candidates = [i for i in range(len(self._quotes)) if i not in picks and i not in shown
                          and scores[i] >= self._quote_floor and eligible(i)
                          and _said_key(self._quotes[i].text) not in keys]
            if not candidates or not picks:
                break
            best = max(candidates, key=lambda i: scores[i])
            if scores[best] <= max(scores[i] for i in [*shown, *picks]):
                break
            picks = [*picks, best]
        return picks

    # ---- a streamed answer --------------------------------------------------------------------
    def filter(self, pieces: Iterator[str], cancel: Callable[[], None] | None = None) -> Iterator[str]:
        """The checked answer from whole-sentence pieces (the repetition guard's output). Nothing is
        shown before its sentence is judged; leaving early closes `pieces`."""
        buf = ""
        held: list[tuple[str, Judgement]] = []  # unsupported sentences before anything was shown
        try:
            for piece in pieces:
                buf += piece
                ends = sentence_ends(buf)
                start = 0
                for end in ends:
                    out = self._step(buf[start:end], held)
                    start = end
                    if out:
                        yield out
                    if self.counts.abstained:
                        if cancel is not None:
                            cancel()
                        return
                buf = buf[start:]
            if buf.strip():
                out = self._step(buf, held)
                if out:
                    yield out
            if held and not self.shown and not self.counts.abstained:
                out = self._release(held) if self._answered_by_quotes(held) else ""
                yield out if self.shown else self._abstain()
            if not self.counts.abstained and (quotes := self._add_quotes()):
                yield quotes
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
            c = self.counts
            log.info("faithfulness: supported=%d unsupported=%d replaced=%d dropped=%d neutral=%d abstained=%s",
                     c.supported, c.unsupported, c.replaced, c.dropped, c.neutral, c.abstained)

    def _step(self, chunk: str, held: list) -> str:
        # The whitespace between sentences (a list item's line break ends the chunk before it) goes
        # with the next sentence shown, so dropped sentences take theirs with them.
        sep = self._pending_ws + chunk[:len(chunk) - len(chunk.lstrip())]
        self._pending_ws = chunk[len(chunk.rstrip()):] if chunk.strip() else sep
        sentence = chunk.strip()
        if not sentence:
            return ""
        if _said_key(sentence) in self._said:  # said already (or quoted): a small model repeats itself
            return ""
        j = self.judge(sentence)
        if j.action == "neutral":
            self.counts.neutral += 1
        elif j.action == "keep":
            self.counts.supported += 1
        else:
            self.counts.unsupported += 1
            if not self.shown:  # hold: an answer that opens unsupported may be abstained from
                held.append((sep, j))
                if len(held) >= ABSTAIN_AFTER:
                    if self._answered_by_quotes(held):
                        out = self._release(held)
                        if self.shown:
                            return out
                    return self._abstain()
                return ""
            return self._emit(sep, self._resolve(j))
        out = self._release(held)
        if _said_key(sentence) in self._said:  # a held sentence's quote just said it
            return out
        if j.action == "keep":
            self._kept.append(sentence)
        self._said.add(_said_key(sentence))
        return out + self._emit(sep, sentence)

    def _release(self, held: list) -> str:
        """The held sentences, each replaced by its quote or dropped."""
        out = "".join(self._emit(s, self._resolve(h)) for s, h in held)
        held.clear()
        return out

    def _answered_by_quotes(self, held: list) -> bool:
        """Whether the evidence quoted in place of the held sentences answers the question: then the answer
        is those quotes (and whatever follows that is supported), not an abstention."""
        return any(j.action == "replace" and j.replacement is not None and self._can_quote(j.replacement)
                   and self._quotes[j.replacement].score >= self._answer_floor for _, j in held)

    def _resolve(self, j: Judgement) -> str:
        if j.action == "replace" and j.replacement is not None and self._can_quote(j.replacement):
            self.counts.replaced += 1
            return self.quote(j.replacement)
        self.counts.dropped += 1
        return ""

    def _emit(self, sep: str, text: str) -> str:
        if not text:
            return ""
        out = (sep if self.shown else "") + text
        if self.shown and not sep:
            out = " " + text
        self.shown += out
        return out

    def _add_quotes(self) -> str:
        """The answer's closing quotes: the first relevant sentences of the pages, best page first and in its
        own order (one of the kind asked first, `_pick_quotes`), that the answer neither quoted nor restated, after the
        opening of the overview page of what was asked (OPENING_QUOTES) where the question asks for no narrower aspect."""
        if self._quote_vectors is None:
            return ""
        shown = [plain_sentence(s) for s in self._kept]
        near = np.zeros(len(self._quotes))
        if shown:
            # A quote restates a shown sentence only when they agree on negation: "Antibiotics usually aren't
            # prescribed for acute bronchitis." sits 0.85+ from the answer's "Antibiotics are used to treat acute
            # bronchitis." and is the correction, not a repeat.
            sims = self._quote_vectors @ np.asarray(self.encode(shown), dtype=np.float32).T
            agree = np.array([[_negated(q.text) == _negated(t) for t in shown] for q in self._quotes], dtype=bool)
            near = np.where(agree, sims, -1.0).max(axis=1)
        # the overview's opening first (OPENING_QUOTES), unless said already in other words, then ADD_QUOTES picks
        # besides it: where the best page is that overview its opening is also where the picks in page order begin, and
        # counted among them it left room for one more sentence of the page, not three ("It happens when bacteria change
        # and become able to resist the effects of an antibiotic.", the overview's fourth sentence, and "There are two
        # main types of OTC pain medicines: acetaminophen (Tylenol) and ... (NSAIDs)." went unshown: key facts fresh9
        # and fresh11, development)
        opening = [i for i in self._opening if near[i] < RESTATED and self._can_quote(i)]
        keys = {_said_key(self._quotes[i].text) for i in opening}

        def eligible(i: int) -> bool:
            return (near[i] < RESTATED and self._can_quote(i) and i not in opening
                    and _said_key(self._quotes[i].text) not in keys)

        picks = opening + self._with_closest(self._pick_quotes(ADD_QUOTES, eligible), opening, eligible)
        if not picks:
            return ""
        # a sentence the page turns round is quoted with its turn (`quote`), so a pick may be quoted already
        return self._emit("\n\n", f"{ADD_PREFIX} " + " ".join(self.quote(i) for i in picks if i not in self._quoted))

    def _abstain(self) -> str:
        self.counts.abstained = True
        self.counts.dropped += self.counts.unsupported - self.counts.replaced - self.counts.dropped
        return self._emit("", self.abstention())  # only called while nothing was shown

    def sources(self) -> str:
        """The pages the shown answer cited (every evidence page when it cited none). An abstention that
        quoted nothing lists none: its pages are the ones it found irrelevant."""
        cited = cited_numbers(self.shown, len(self.evidence.sentences))
        if self.counts.abstained and not cited:
            return ""
        return format_evidence_sources(self.evidence, cited)


def judge_sentence(sentence: str, evidence: Evidence, encode: Callable[[list[str]], np.ndarray],
                   question: str = "") -> Judgement:
    """One completed sentence against the evidence: keep / replace / drop (or neutral advice)."""
    return FaithfulnessCheck(evidence, encode, question).judge(sentence)


def check_text(check: FaithfulnessCheck, text: str) -> str:
    """The checked answer for a whole text (evaluation): what streaming it would show."""
    return "".join(check.filter(iter([text])))
