"""The learned half of emergency triage and dose-request detection (GitHub issue 12).

The regex rules in `triage.py` and `dosing.py` are precise but miss emergencies phrased differently
from their patterns. A small linear head over three kinds of features catches what they miss:

* the all-MiniLM-L6-v2 sentence embedding (the retrieval embedder, `MiniLMEmbedder`): what the
  message is about, whatever its words;
* hashed word unigrams and bigrams of the normalised text: the exact wording ("10 minutes ago",
  "for my exam");
* a few framing cues (a real person, now, past, coursework, hypothetical): whether it is happening.

`check_input` shows the emergency message when the rules OR the head say so. The head ships as a
small `.npz` in `model/assets`, trained and thresholded by `medassist safety train` (training room)
on `datasets/triage/`; `medassist safety eval` measures it. The embedder loads lazily on the first
message; if the embedding model or the head file is missing, `detector()` returns None once with a
logged warning and the rules work alone.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.text import normalise
from medassist.model.safety.text import words as _words
from medassist.model.safety.triage import (
    EDUCATIONAL,
    NEGATORS,
    NOT_NEGATING_NEXT,
    NOW,
    PAST_OR_HABITUAL,
    PERSONAL,
    STRONG_NOW,
    denied_only,
    framing,
)

log = logging.getLogger(__name__)

HEAD_PATH = paths.MODEL_ASSETS_DIR / "triage_head.npz"
FEATURES = "minilm+ngram{dim}+cues/v4"  # bump when the features change: an old head is refused
NGRAM_DIM = 1024
# Session 50 (latency): a text's bar is read only where its emergency score reaches the lowest bar (`Detector._verdicts`);
# False: read for every text, as before (bench/safety_latency.py times both in one run)
READ_BAR_NEAR_ONLY = True


# Framing cues over normalised text: is a real person in it, is it happening now, or is it a past,
# habitual, hypothetical or coursework question? (The head learns how much each one counts.)
CUES: dict[str, re.Pattern] = {
    "question_start": re.compile(
        r"^(?:what|what's|whats|how|how's|why|which|when|who|where|is|are|can|could|does|do|did|should|would"
        r"|will|explain|describe|define|list|tell me|name|compare|summarise|summarize)\b"),
    "personal": PERSONAL,
    "now": NOW,
    "strong_now": STRONG_NOW,
    "educational": EDUCATIONAL,
    "hypothetical": _words(r"if|suppose|supposing|hypothetical\w*|what would|what happens|would it|in case"),
    "past": PAST_OR_HABITUAL,
    "dated_past": _words(
        r"(?:days?|weeks?|months?|years?) ago|last (?:year|month|week|summer|winter|spring|autumn|fall|christmas)"
        r"|in (?:19|20)\d\d|as a (?:child|kid|baby|teenager|teen)|when i was|since then|back then|years back"
        r"|(?:i'm|he's|she's|they're) (?:\d+|fine|ok|okay|well|better|healthy) now|remission"),
    "chronic": _words(
        r"for years|for ages|for months|since (?:birth|childhood)|well controlled|controlled|stable|most days"
        r"|every (?:day|night|morning|month)|long term|always|usually|often|sometimes|chronic|on and off"
        r"|a few times a (?:year|month|week)"),
    "coursework": _words(
        r"exam|essay|revision|revise|assignment|module|lecture|course|placement|rotation|class|school|homework"
        r"|presentation|student|project|textbook|notes|quiz"),
    "generic_person": _words(r"how do you|should you|can you|do you|someone|somebody|a person|people|anyone"),
    "urgent": _words(
        r"help|please|asap|hurry|what do i do|what do we do|what should i do|right now|now|just|minutes? ago"
        r"|an hour ago|hours? ago|since this morning|tonight|this morning|today|still"),
    "acute_onset": _words(
        r"suddenly|sudden|all of a sudden|out of nowhere|started|(?:\d+|ten|twenty|thirty|few) (?:mins?|minutes|hours?)"
        r"|since (?:this morning|last night|lunch|yesterday)"),
    "mild": _words(
        r"mild|mildly|a bit|a little|slight|slightly|minor|lol|lmao|haha|just a|only a|normal|usual|manageable"),
    "reassured": _words(
        r"not suicidal|no thoughts|not in danger|no danger|feel fine|otherwise well|playing normally"
        r"|feeding normally|eating fine|but fine"),
}


CUE_COLUMNS = len(CUES) + 2  # the cues, "ends with ?", length


def cue_features(texts: Sequence[str]) -> np.ndarray:
    rows = []
    for text in texts:
        t = normalise(text)
        row = [1.0 if p.search(t) else 0.0 for p in CUES.values()]
        row.append(1.0 if text.rstrip().endswith("?") else 0.0)
        row.append(min(len(t.split()), 60) / 60)  # length, capped
        rows.append(row)
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), CUE_COLUMNS)


MARKING_NEGATORS = NEGATORS | {"nothing", "none"}
NEGATION_SCOPE = 3  # words after a negator that it marks


def marked_words(text: str) -> list[str]:
    """Normalised words, each of the few after a negator marked ("no chest pain" -> no, ~chest, ~pain):
    a denied symptom is not the symptom."""
    out, scope = [], 0
    words = normalise(text).split()
    for i, word in enumerate(words):
        if word in MARKING_NEGATORS:  # "won't stop seizing" negates nothing
            out.append(word)
            following = words[i + 1] if i + 1 < len(words) else ""
            scope = 0 if following in NOT_NEGATING_NEXT else NEGATION_SCOPE
        elif scope:
            out.append("~" + word)
            scope -= 1
        else:
            out.append(word)
    return out


def ngram_features(texts: Sequence[str], dim: int = NGRAM_DIM) -> np.ndarray:
    """Signed feature hashing (CRC-32: the same on every platform) of the normalised text's word
    unigrams and bigrams (negation-marked), each counted once, rows scaled to unit length."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for i, text in enumerate(texts):
        words = marked_words(text)
        for gram in {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}:
            h = zlib.crc32(gram.encode("utf-8"))
            out[i, h % dim] += 1.0 if (h >> 31) & 1 else -1.0
        norm = float(np.linalg.norm(out[i]))
        if norm > 0:
            out[i] /= norm
    return out


def features(embeddings: np.ndarray, texts: Sequence[str], ngram_dim: int = NGRAM_DIM) -> np.ndarray:
    """The head's input: [embedding | hashed n-grams | cues], one row per text."""
    return np.hstack([np.asarray(embeddings, dtype=np.float32), ngram_features(texts, ngram_dim),
                      cue_features(texts)])


def settled(text: str) -> bool:
    """The rules' reading of the framing says this is not happening now, or that it is mild and
    settling (`mild_settled`): the head's reading must then clear the settled bar (`settled_threshold`)."""
    t = normalise(text)
    f = framing(t)
    return f.general or f.over or denied_only(text) or mild_settled(t) or idiom_only(t)


# Issue 21: everyday mild messages written casually ("small cut on my finger, it's stopped
# bleeding", "stiff neck from sleeping funny", "everything spins when i roll over, only lasts a few
# secs", "my 6yo has a temp but he's playing normally") were read by their subject (a cut, a neck, a
# child) and given the emergency message. A message that says how small, how brief or how benign
# it is, or that the person is otherwise well, must clear the settled bar, as a past or general one
# does; the rules still read it as usual.
MILD_FRAME = _words(
    # it stopped: "it's stopped bleeding", "stopped when i pinched it", "bled a bit then stopped"
    r"(?:it's|it has|it|then|bleeding(?: has)?|nosebleed(?: has)?|bleed(?: has)?) (?:already |now |quickly )?stopped"
    r"(?! (?:breathing|moving|responding|feeding|kicking|eating|drinking|talking))"
    r"|stopped (?:bleeding|now|already|quick\w*|straight away|after)|stopp?ed bleeding"
    # how small: "tiny cut", "small bump", "a little graze", "a bit of a bruise"
    r"|(?:tiny|small|little|minor|wee|slight|superficial) (?:\w+ )?(?:cut|cuts|nick|nicks|graze|grazes|scratch\w*"
    r"|bump|bumps|bruise|bruises|burn|blister|splinter|lump|nosebleed|bleed|bite|bites|sting|spot|spots|rash"
    r"|paper ?cut|headache|temp|temperature|fever|cough|cold|tear|twinge|ache)"
    # a benign cause: "from sleeping funny", "slept on it wrong", "after the gym", "from a bad pillow"
    r"|sle(?:pt|eping) (?:on (?:it|my \w+) )?(?:funny|wrong|weird\w*|awkward\w*|badly|funny on \w+)"
    r"|(?:bad|new|old|wrong) pillow|slept on (?:my|it|the) \w+ (?:wrong|weird|funny)"
    r"|after (?:the gym|leg day|a workout|my workout|football|running|a run|my run|a long (?:drive|day|shift|walk))"
    # a little blood with a benign cause: "bled a tiny bit", "a streak of blood on the paper when i wiped"
    r"|(?:bled|bleeding|bleeds) (?:a )?(?:tiny|little|wee) (?:bit|amount)|(?:tiny|little|wee|small) (?:bit|amount"
    r"|streak|spot|smear|drop|dot)s? of blood|(?:on|in) the (?:toilet |loo )?(?:paper|tissue)|when i wiped?"
    r"|after (?:a )?hard (?:poo|poop|stool)|after straining|piles|ha?emorrhoids"
    # a bad day: "stressful day at work and now a headache", "after a rough day"
    r"|(?:bad|rough|long|stressful|awful|rubbish|crap|terrible) day(?: at work| at school)?|day at work"
    # brief, passing: "only lasts a few secs", "for a second", "goes after a minute", "passes quickly"
    r"|only (?:lasts?|lasted|for) (?:a )?(?:few |couple of )?(?:secs?|seconds?|moments?|mins?|minutes?)"
    r"|for (?:a|one|like a) (?:sec|second|moment|split second)|few secs?"
    r"|(?:goes|went|passes|passed|wears off|wore off|settles|settled) (?:away )?(?:after|in|within|quickly|straight away"
    r"|once|by itself|on its own)"
    # otherwise well: "otherwise fine", "he's playing normally", "eating and drinking fine", "fine now"
    r"|otherwise (?:fine|ok|okay|well|healthy|good|alright|normal|happy)"
    r"|(?:playing|eating|drinking|running around|laughing|bouncing around|watching (?:tv|cartoons)|chatty)"
    r" (?:\w+ )?(?:normally|fine|ok|okay|as normal|like normal|happily)"
    r"|(?:is|he's|she's|i'm|i feel|they're|totally|all|feel|feels|felt) (?:totally |completely |absolutely )?"
    r"(?:fine|ok|okay|alright|normal|grand|good) (?:now|otherwise|after|apart)"
    # issue 21, sixth round: "he's fine and eating", "right as rain", "back to normal", "barely bled"
    r"|(?:he's|she's|they're|i'm) (?:totally |completely )?(?:fine|ok|okay|alright|grand) and (?:\w+ )?(?:eating"
    r"|playing|running|chatting|laughing|watching|asking|back|drinking)"
    r"|right as rain|back to (?:normal|(?:his|her|their|my) (?:usual|normal) self|himself|herself)"
    r"|(?:barely|hardly) (?:any )?(?:blood|bled|bleeding)"
    # issue 21, ninth round: well again by what the person does ("now playing again", "carried on eating"), the thing
    # sneezed or coughed out, and a plain "feel fine" after a slip
    r"|(?:now|back|is|he's|she's|hes|shes|they're) (?:\w+ )?(?:playing|eating|running around|laughing|smiling|chatting"
    r"|feeding|bouncing|giggling) (?:\w+ )?again|carried on (?:eating|playing|feeding|as normal)"
    r"|(?:went|gone|going) (?:straight )?back to (?:eating|playing|feeding|his \w+|her \w+|bouncing|running)"
    r"|sle(?:pt|eping) on the (?:sofa|couch|floor|plane|train|bus)"
    r"|(?:sneezed|coughed|spat|blew|spit) (?:it|them|the \w+) (?:out|back out)"
    r"|(?:i|i'm|im|he|she|they) (?:feel|feels|seem|seems) (?:totally |completely |absolutely )?(?:fine|ok|okay|normal"
    r"|alright)(?! (?:but|except|apart))")


# Signs of danger beside a mild word: "it's stopped bleeding but he's not waking up", "small cut but
# it won't stop", "tiny bump on the head and now she's drowsy and being sick". With any of them the
# mild reading does not count (the open bar stands).
DANGER_BESIDE = _words(
    r"not waking|won't wake|can't wake|not responding|unresponsive|unconscious|passed out|passing out|knocked out"
    r"|collaps\w*|faint\w*|drowsy|confus\w*|floppy|limp|blue|grey|gray|mottled|clammy|not breathing"
    r"|can't breathe|struggling to breathe|short of breath|breathless|gasp\w*|wheez\w*|chok\w*|swelling (?:of|in) "
    r"(?:his|her|my|the) (?:face|lips?|tongue|throat)|throat (?:clos\w*|tight\w*|swell\w*)|lips? swell\w*"
    r"|seiz\w*|fitting|convuls\w*|jerking|won't stop|not stopping|keeps? bleeding|pouring|gushing|spurting"
    r"|soaked|deep|chest (?:pain|tight\w*|pressure)|crushing|worst|severe|agony|unbearable|sudden\w*"
    r"|stopped (?:breathing|moving|responding|feeding|kicking|talking)|heart stopped"
    r"|high (?:fever|temp\w*)|purple|hates (?:the )?light|photophob\w*|won't fade|doesn't fade"
    r"|took (?:\w+[- ])?(?:\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|a (?:packet|box|bottle)|the (?:packet|box|bottle))"
    r"|thunderclap|slurr\w*|droop\w*|one side|numb|can't (?:move|lift|talk|speak|see|feel|stand|walk)"
    r"|vomit\w*|being sick|throwing up|threw up|sick again|black (?:poo|poop|stools?)|tarry|coffee ground\w*"
    r"|blood in (?:his|her|my|the) (?:vomit|sick|wee|pee|urine)|(?:coughing|coughed|throwing|threw|spitting) up blood"
    r"|suicid\w*|kill\w*|die|dying|end it|ending it|no point|can't go on|can't do this|better off|burden"
    r"|hopeless|goodbye|(?:hurt|hurting|harm|harming|cut|cutting) myself|self ?harm\w*|don't want to (?:be|live|wake)"
    r"|disappear|a lot of blood|lots of blood|loads of blood|clots?|overdos\w*|swallowed|took (?:all|a whole|loads)|pills"
    r"|rash (?:that )?(?:doesn't|does not|won't) fade|purple rash|light hurts|stiff neck and|neck (?:is )?stiff and"
    r"|(?:3[89]|4[0-2])(?:\.\d)? and|weeks? old|days? old|wks? old|(?:[1-3]|one|two|three) months? old|newborn"
    r"|pregnan\w*|bleeding from"
    r"|hit (?:his|her|my|their) head|head injury|fell (?:off|down|from) (?:a |the )?(?:ladder|roof|stairs|horse|bike)"
    r"|car (?:crash|accident)|hit by")


def mild_settled(t: str) -> bool:
    """Normalised text `t` says the trouble is small, brief or settling, or the person otherwise
    well, with no sign of danger beside it (see MILD_FRAME, DANGER_BESIDE)."""
    return bool(MILD_FRAME.search(t)) and not DANGER_BESIDE.search(t)


# Issue 21, sixth round: everyday idioms with a grave word ("dying for a wee", "dying to know if",
# "this headache is killing me", "my heart skipped when i saw the bill", "nearly had a heart attack
# when the cat jumped on me") were read by the head by that word. Said as a figure of speech, with no
# sign of danger left once the idiom is set aside, the message must clear the settled bar; the rules
# still read it as usual ("my chest is killing me" is theirs).
IDIOM = _words(
    r"dying (?:to|for) (?:know|try|see|go|get|hear|meet|find out|have|a (?:wee|pee|coffee|drink|nap|cuppa|brew))"
    r"|(?:is|are|was|were|it's|its|they're|theyre|that's|thats) (?:literally |absolutely |actually |honestly )?"
    r"killing me|killing me (?:this|these|today|rn|lol|haha|lmao)|could (?:kill|murder) (?:for )?an?"
    r"|(?:nearly|almost) (?:had|gave me|give me|having) a heart attack|giv\w* me a heart attack"
    r"|heart (?:skipped|sank|dropped|stopped) (?:a beat )?when|(?:nearly|almost) died (?:of|laughing|when)"
    r"|died laughing|dead on my feet|(?:feel|feeling|felt) like death|death warmed up|be the death of me"
    # issue 21, ninth round: "that challenge nearly killed me", "this hangover is gonna end me"
    r"|(?:nearly|almost|literally) (?:killed|ended) me|(?:gonna|going to|about to|will) (?:end|kill|finish) me"
    r"|be the end of me|(?:dying|died|die) of (?:boredom|embarrassment|cringe|laughter|shame)")


# "my chest is killing me", "my side is killing me": a body part that hurts is pain, not a figure of speech
BODY_KILLING = _words(
    r"(?:chest|stomach|tummy|belly|abdomen|side|head|heart|arm|neck|back|leg|throat|tooth|teeth|jaw|ribs?|pelvis"
    r"|groin|eyes?|ears?)s? (?:is|are|was|were) (?:literally |absolutely |actually |honestly )?killing me")


def idiom_only(t: str) -> bool:
    """Normalised text `t` holds a figure of speech with a grave word (IDIOM), no body part that it
    says hurts, and no sign of danger once the idioms are set aside (DANGER_BESIDE, `danger_cue`)."""
    if not IDIOM.search(t) or BODY_KILLING.search(t):
        return False
    rest = IDIOM.sub(" ", t)
    return not DANGER_BESIDE.search(rest) and not danger_cue(rest)


# Issue 21, seventh round: a person who says they are NOT at risk ("I'm not suicidal, I just want to understand
# depression") was read by the head by its subject; the head retrained on the everyday mild messages scored it above
# the settled bar. With no sign of danger once the denial is set aside, it is no emergency on the head's word (the
# rules and the self-harm reader still read it: "i'm not suicidal but i've been cutting again" is theirs).
DENIES_RISK = _words(
    r"(?:i'm|im|i am|i'm really|i'm honestly) not (?:suicidal|going to (?:hurt|kill|harm) myself|in (?:any )?danger"
    r"|at risk|planning (?:anything|to (?:hurt|kill) myself))"
    r"|(?:i'd|i would|i'll|i will|i'm|im) never (?:going to )?(?:hurt|kill|harm) myself"
    r"|no (?:thoughts|intention|intentions|plans?) (?:of|to) (?:suicide|killing myself|hurting myself|harming myself|self harm\w*)")


# what a denial of risk can sit beside and still be risk ("i'm not suicidal but i've been cutting again")
_HARM_BESIDE = _words(r"cut\w*|self harm\w*|sh|hurt\w* myself|harm\w* myself|burn\w* myself|starv\w*|purg\w*"
                      r"|relaps\w*|urges?|plan\w*|note|goodbye|want to die|wish i (?:was|were) dead|disappear")


def denies_risk_only(text: str) -> bool:
    """The message says the writer is not at risk, and nothing beside the denial is a sign of danger."""
    t = normalise(text)
    if not DENIES_RISK.search(t):
        return False
    rest = DENIES_RISK.sub(" ", t)
    return not DANGER_BESIDE.search(rest) and not danger_cue(rest) and not _HARM_BESIDE.search(rest)


# A message of a few words gives the head little to read: "my throat hurts", "baby's got a snuffly
# nose" scored as emergencies by their subject alone (issue 21). Read alone, such a message must
# clear the higher (settled) bar; the rules still read it as usual.
SHORT_WORDS = 10


def short(text: str) -> bool:
    """Too few words for the head's reading alone to be trusted at the open bar. (Sparing short
    messages with a risk cue of their own was tried and lost on validation: 2/8 neutral follow-ups
    alarmed against 1/8.)"""
    return len(text.split()) <= SHORT_WORDS


# Issue 21, third round: read alone, a short message the rules see nothing in is taken from the head
# only when it carries a sign of danger of its own: one grave cue, or two milder ones ("fever rash
# neck stiff"). "baby has a stuffy nose", "sore throat", "my son has a cough at night" carry none and
# the head, which reads what a message is about, scored them as emergencies by their subject (a
# nose, a throat, a baby). A threshold cannot tell them apart: "baby's got a snuffly nose" scores
# 0.92, above the settled bar. Their follow-ups then stayed in the "emergency" the first message made.
GRAVE_CUE = _words(
    r"blue|grey|gray|pale|clammy|sweat\w*|faint\w*|passed out|passing out|collaps\w*|unconscious|unresponsive"
    r"|won't wake|can't wake|not waking|not responding|floppy|limp|drowsy|confus\w*|slurr\w*|droop\w*"
    r"|can't (?:\w+ or )?(?:move|lift|talk|speak|see|feel|breathe|swallow|stand|walk|stop|wake|pee|cough)"
    r"|grabbing|clutching|gripping|seiz\w*|fit|fits|fitting"
    r"|jerking|convuls\w*|blood\w*|bleed\w*|breath\w*|gasp\w*|chok\w*|wheez\w*|crushing|chest|heart|racing|pulse"
    r"|sudden\w*|won't (?:stop|go)|not stopping|kill\w*|die|dying|dead|suicid\w*|unalive|end it|end (?:my|things)"
    r"|finish it|goodbye|rope|knife|blade|razor|gun\w*|shot|stab\w*|wound\w*|bridge|roof|ledge|pills|tablets|meds"
    r"|overdos\w*|od|od'd|swallowed|drank|drunk|ingest\w*|ate|eaten|poison\w*|bleach|hypo|sting|stung|bitten|bite"
    r"|anaphyla\w*|allerg\w*|epi ?pen|swell\w*|swollen|hives|stiff|not fading|doesn't fade|won't fade|purple"
    # a burn, not the burning of a urine infection ("burning when i pee")
    r"|blind\w*|numb|paraly\w*|fell|fallen|head injury|burn\w*(?! (?:when|while|if) (?:i|you|u|she|he|they) (?:wee|pee|urinat))"
    r"|3[89](?:\.\d)?|4[0-2](?:\.\d)?|worst|severe|agony|unbearable|stroke|tonight|pregnan\w*|no point|hopeless|can't go on"
    r"|can't do this|done with|burden|better off|ketones?|coffee ground\w*|tarry|black (?:poo|poop|stools?)|hang\w*|pouring|gushing"
    r"|spurting|deep|came off|crash\w*|accident|hit by|(?:felt|feel|feeling) (?:the )?baby|baby (?:move\w*|moving"
    r"|kick\w*)|movements?|took something|taken something|scream\w*(?! the (?:place|house|roof|walls?) down)"
    # each triage category's own vocabulary, so that a telegraphic report of it keeps the head
    r"|speech|wonky|lopsided|one side|vision|water broke|waters?|cord|placenta|pregnan\w*|contractions?|labou?r"
    r"|miscarr\w*|mottled|light hurts|photophob\w*|asthma|inhaler|sugar|glucose|insulin|diabetic|concussion"
    r"|head (?:injury|hit)|hit (?:his|her|my|their) head|tongue|throat (?:clos\w*|swell\w*|tight\w*)")
MILD_CUE = _words(
    r"rash|fever\w*|temp\w*|pain\w*|hurt\w*|ache\w*|aching|dizz\w*|tight\w*|vomit\w*|throwing up|threw up"
    r"|puk\w*|sick|shak\w*|cough\w*|hot|spreading|worse|weak|pressure|headache|migraine|diarrh\w*"
    # an infant's age is a red flag with a sign of illness (a fever, not feeding), not alone ("hiccups")
    r"|(?:days?|weeks?|wks?) old|newborn")


# A word disguised with digits or symbols ("w0nt", "k!ll", "s*icide"): the cues cannot read it,
# the head can (it was trained on such spellings), so its reading stands.
DISGUISED = re.compile(r"[a-z][0-9@$!*|+]+[a-z]|[a-z][0-9@$!*]+\b(?<!\d{2})", re.IGNORECASE)


def danger_cue(text: str) -> bool:
    """A grave cue, or two milder ones, whatever the message's length."""
    t = normalise(text)
    return bool(GRAVE_CUE.search(t)) or len(MILD_CUE.findall(t)) >= 2


def thin(text: str) -> bool:
    """A short message (`short`) with no grave cue and fewer than two mild ones: the head's reading
    of it alone does not count (the rules, and the conversation read as a whole, still do). Longer
    messages are left to the head: at 11 words a validation emergency the cues do not name was lost
    ("done 10 puffs of ventolin and still cant finish a sentence")."""
    if DISGUISED.search(text):
        return False
    if mild_settled(normalise(text)):  # "tiny cut, stopped bleeding", "stiff neck from sleeping funny"
        return True
    return short(text) and not danger_cue(text)


def pool_messages(vectors: np.ndarray, texts: Sequence[str]) -> np.ndarray:
    """One unit vector for several messages: their embeddings weighted by length, as mean pooling over their tokens
    would (the triage head's conversation reading, and the self-harm head's training conversations)."""
    weights = np.array([max(len(t.split()), 1) for t in texts], dtype=np.float32)
    pooled = (np.asarray(vectors, dtype=np.float32) * weights[:, None]).sum(axis=0)
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


@dataclass
class TriageHead:
    """Three linear heads over `features(...)`: emergency (binary), its category (softmax over the
    triage set's 14 categories) and dose request (binary), with the thresholds chosen on the
    validation split. `meta` records how it was trained (see `medassist safety train`)."""

    emergency_w: np.ndarray  # (d,)
    emergency_b: float
    emergency_threshold: float
    # the higher bar for a message the rules read as settled: a general or hypothetical question,
    # an event that is over or habitual, or red flags it denies ("i'm not suicidal")
    settled_threshold: float
    category_w: np.ndarray  # (k, e): reads the first e columns, the embedding
    category_b: np.ndarray  # (k,)
    categories: tuple[str, ...]
    dose_w: np.ndarray  # (d,)
    dose_b: float
    dose_threshold: float
    meta: dict
    # the bar for a short message (`short`), chosen on validation like the others; None in a head
    # trained before it existed (then the open bar)
    short_threshold: float | None = None

    @property
    def ngram_dim(self) -> int:
        return int(self.meta["ngram_dim"])

    def emergency_scores(self, X: np.ndarray) -> np.ndarray:
        return sigmoid(X @ self.emergency_w + self.emergency_b)

    def dose_scores(self, X: np.ndarray) -> np.ndarray:
        return sigmoid(X @ self.dose_w + self.dose_b)

    def category_of(self, X: np.ndarray) -> list[str]:
        logits = X[:, :self.category_w.shape[1]] @ self.category_w.T + self.category_b
        return [self.categories[i] for i in np.argmax(logits, axis=1)]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:  # float16 weights: the file stays small, the scores barely move
            np.savez_compressed(
                f, emergency_w=self.emergency_w.astype(np.float16), emergency_b=np.float32(self.emergency_b),
                emergency_threshold=np.float32(self.emergency_threshold),
                settled_threshold=np.float32(self.settled_threshold),
                category_w=self.category_w.astype(np.float16), category_b=self.category_b.astype(np.float32),
                categories=np.array(self.categories), dose_w=self.dose_w.astype(np.float16),
                dose_b=np.float32(self.dose_b), dose_threshold=np.float32(self.dose_threshold),
                short_threshold=np.float32(self.emergency_threshold if self.short_threshold is None
                                           else self.short_threshold),
                meta=np.array(json.dumps(self.meta, sort_keys=True)))

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> TriageHead:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("features") != FEATURES.format(dim=meta.get("ngram_dim")):
                raise ValueError(f"{path}: features {meta.get('features')!r}, this code computes {FEATURES!r}")
            return cls(emergency_w=z["emergency_w"].astype(np.float32), emergency_b=float(z["emergency_b"]),
                       emergency_threshold=float(z["emergency_threshold"]),
                       settled_threshold=float(z["settled_threshold"]),
                       category_w=z["category_w"].astype(np.float32), category_b=z["category_b"].astype(np.float32),
                       categories=tuple(str(c) for c in z["categories"]),
                       dose_w=z["dose_w"].astype(np.float32), dose_b=float(z["dose_b"]),
                       dose_threshold=float(z["dose_threshold"]), meta=meta,
                       short_threshold=float(z["short_threshold"]) if "short_threshold" in z.files else None)

    def bar(self, text: str, strict: bool = False) -> float:
        """The emergency bar `text` must clear: the settled one when its framing is settled, the
        short one when it is short or `strict` (a conversation read as one text: its false alarm
        is costly, see `_verdicts`), else the open one. A head without a short bar uses the settled
        one for `strict`, as before it had one."""
        if settled(text):
            return self.settled_threshold
        if self.short_threshold is None:
            return self.settled_threshold if strict else self.emergency_threshold
        if strict or short(text):
            return max(self.short_threshold, self.emergency_threshold)
        return self.emergency_threshold

    @property
    def lowest_bar(self) -> float:
        """The lowest `bar` any text can get: a score below it is below its own bar, whatever the text's framing."""
        return min(self.settled_threshold, self.emergency_threshold)


@dataclass(frozen=True)
class LearnedVerdict:
    emergency_score: float
    category: str  # the most likely emergency category (meaningful when `emergency`)
    dose_score: float
    emergency: bool
    dose_request: bool


class Detector:
    """The shipped head plus the embedder, loaded once. `assess(texts)` scores a batch in one
    embedder call; embeddings of recent texts are kept (a bounded LRU) so a conversation's earlier
    messages are not embedded again on every follow-up."""

    cache_size = 2048

    def __init__(self, head: TriageHead, embedder):
        self.head = head
        self.embedder = embedder
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for t in known:
                self._cache.move_to_end(t)
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(zip(missing, np.asarray(self.embedder.encode(missing), dtype=np.float32), strict=True))
            with self._lock:
                self._cache.update(fresh)
                while len(self._cache) > max(self.cache_size, len(missing)):
                    self._cache.popitem(last=False)
            known.update(fresh)
        return np.vstack([known[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def prefetch(self, texts: Sequence[str], batch_size: int = 256) -> None:
        """Embed many texts in batches ahead of one-at-a-time `check_input` calls (evaluation and
        the MedQuAD test); the cache grows to hold them."""
        texts = list(dict.fromkeys(texts))
        self.cache_size = max(type(self).cache_size, len(texts) + 64)
        for i in range(0, len(texts), batch_size):
            self.embed(texts[i:i + batch_size])

    def release(self) -> None:
        """Drop the prefetched embeddings and go back to the normal cache size."""
        with self._lock:
            self.cache_size = type(self).cache_size
            self._cache.clear()

    def assess(self, texts: Sequence[str]) -> list[LearnedVerdict]:
        texts = list(texts)
        if not texts:
            return []
        return self._verdicts(self.embed(texts), texts)

    def assess_with_context(self, text: str, earlier: Sequence[str]) -> list[LearnedVerdict]:
        """Verdicts for `text` alone and for it read after `earlier` (the person's recent messages,
        oldest first). The conversation's embedding pools the messages' own embeddings (weighted by
        length, as mean pooling over their tokens would), so the earlier ones, embedded when they
        were sent, cost nothing again and one check stays one short embedder call."""
        parts = [*earlier, text]
        vectors = self.embed(parts)
        return self._verdicts(np.vstack([vectors[-1], pool_messages(vectors, parts)]), [text, "\n".join(parts)],
                              strict=[False, True])

    def _verdicts(self, embeddings: np.ndarray, texts: list[str], strict: Sequence[bool] = ()) -> list[LearnedVerdict]:
        """`strict`: per text, whether it must clear the settled (higher) bar whatever its framing.
        A conversation read as one text must: a false alarm there is costly (the conversation then
        stays in the emergency), and two harmless questions in a row read more alarming together."""
        X = features(embeddings, texts, self.head.ngram_dim)
        e, d = self.head.emergency_scores(X), self.head.dose_scores(X)
        cats = self.head.category_of(X)
        strict = list(strict) or [False] * len(texts)
        # session 50 (latency): a score below the lowest bar is below the text's own, so its framing (`settled`: the
        # framing, denial and mildness readers, about a sixth of the input check's rule time) is not read for it
        lowest = self.head.lowest_bar if READ_BAR_NEAR_ONLY else -math.inf
        bars = [self.head.bar(t, hard) if e[i] >= lowest else lowest
                for i, (t, hard) in enumerate(zip(texts, strict, strict=True))]
        return [LearnedVerdict(float(e[i]), cats[i], float(d[i]), bool(e[i] >= bars[i]),
                               bool(d[i] >= self.head.dose_threshold)) for i in range(len(texts))]


_detector: Detector | None = None
_unavailable: str | None = None
_load_lock = threading.Lock()


def detector() -> Detector | None:
    """The shared detector, loaded on first use; None (warned once) when the embedding model or the
    head file is missing: the rules then work alone."""
    global _detector, _unavailable
    if _detector is not None or _unavailable is not None:
        return _detector
    with _load_lock:
        if _detector is None and _unavailable is None:
            try:
                from medassist.model.retrieval.embedder import embedder_name, shared_embedder

                head = TriageHead.load(HEAD_PATH)
                embedder = shared_embedder()  # the retriever's, when both are on
                embedder.model  # noqa: B018 - load the weights now, once, under the lock
                if embedder_name(embedder) != head.meta.get("embedder"):
                    log.warning("triage head was trained with %s, running with %s",
                                head.meta.get("embedder"), embedder_name(embedder))
                _detector = Detector(head, embedder)
            except Exception as e:  # missing package, missing/old head file, broken install
                _unavailable = f"{type(e).__name__}: {e}"
                log.warning("learned emergency triage is off, the rules work alone (%s)", _unavailable)
    return _detector


def set_detector(value: Detector | None) -> None:
    """Install a detector (tests, evaluation of another head), or None to reload the shipped one."""
    global _detector, _unavailable
    with _load_lock:
        _detector, _unavailable = value, None
