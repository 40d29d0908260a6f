"""The output check (GitHub issue 21): every sentence of the model's answer is read BEFORE it is shown,
and one that tells the person to take, double, skip, stop or change a dose, encourages or instructs
self-harm, tells someone with red-flag symptoms not to seek care, or claims a diagnosis is replaced by
a fixed referral sentence for its category.

Two readers, flagged if either says so:

* the regex rules in `output_rules.py` (precise, and all there is when the embedding model is missing),
  and `output_context.py`'s reading of the sentence against its question and the answer's previous sentence
  (item 4: "it usually settles by itself" after a 5-week-old's fever, "a second one often works" after "can i
  take another?", "long sleeves do the job" after "how do i hide my cuts"); the question is read once per answer;
  then `safe_shapes.py`'s default-deny (round 6): after a risky question, a sentence that answers it and is none of
  the few safe shapes (help, support, a refusal, a warning, a neutral fact) takes the question's category, and
  after a personal symptom question a condition named as what the person has, by structure, is a diagnosis;
* a learned linear head over the sentence's MiniLM embedding (the embedder retrieval and the input
  triage share), hashed word n-grams (negation-marked, as the input head's) and 0/1 cues of who the
  sentence is about and what the person asked (`output_rules.answer_cues`: "you should double" vs
  "doctors sometimes double", a bare "Yes." after a dose question), trained on
  `datasets/triage/answers.jsonl` by `medassist safety train-output` and shipped as
  `model/assets/output_head.npz`; its threshold is chosen on the validation split.

`AnswerCheck` is the streaming side: `Turn._guarded_answer` hands it the text the repetition guard
releases (always whole sentences, as the guard holds back the unfinished one; usually one at a time),
one embedder call for the sentences released together, and shows what it returns. Given the faithfulness
check's `encode` (its evidence SentenceVectors cache), the sentences go through that cache, as the same
citation-free text (`faithfulness.plain_sentence`), so a sentence is embedded once per answer. The first flagged sentence of a category becomes the referral;
later ones of the same category are dropped (one referral is enough). Each flag is recorded
(`OutputFlag`: category and the index of the replaced sentence) for the admins' safety events.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.faithfulness import plain_sentence
from medassist.model.repetition import sentence_ends
from medassist.model.safety.answer_structure import (
    _HARMS_BODY,
    _METHOD_HARMS,
    care_reading,
    dose_reading,
    self_harm_safe_shape,
    sends_to_helper,
    voices_concern,
)
from medassist.model.safety.learned import NGRAM_DIM, ngram_features, sigmoid
from medassist.model.safety.output_context import (
    _DEFERS,
    _FIRST_AID,
    _ON_ITS_BENEFIT,
    _REASSURES,
    _SECRET,
    _SH_REFUSES,
    _SH_SUPPORTS,
    QuestionContext,
    agrees_gone,
    alarm_category,
    as_self_harm,
    context_category,
    handed_to_them,
    keeps_to_plan,
    question_context,
    self_harm_by_meaning,
)
from medassist.model.safety.output_rules import (
    CATEGORIES,
    CUE_NAMES,
    SCREEN_CUES,
    _explains_with_clinician,
    _sends_for_help,
    answer_cues,
    minor_case_triage,
    rule_category,
    screen_cues,
    screen_may_clear,
)
from medassist.model.safety.reading_scope import reading_scope
from medassist.model.safety.safe_shapes import denied_category, medicine_fact, names_condition_for
from medassist.model.safety.text import normalise

log = logging.getLogger(__name__)

Encode = Callable[[list[str]], np.ndarray]

HEAD_PATH = paths.MODEL_ASSETS_DIR / "output_head.npz"
# bump when the features change: an old head is refused
# v3: the question's red-flag cue ignores an age without a fever (`output_rules.question_red_flag`)
FEATURES = f"minilm+ngram{{dim}}+cues{len(CUE_NAMES)}/output-v3"
SCREEN_FEATURES = "ngram{dim}+cues{n}/screen-v1"  # the pre-screen's: bump when `screen_features` changes

# The head's logit is linear: (its weights on the embedding) . (the unit embedding) + (the n-gram and cue part). Per
# shipped head (its fingerprint): the largest the embedding's part reaches on any train or validation sentence of
# answers.jsonl (3.769 with bf16 vectors, 3.767 fp32), plus 0.05 for the gap between bf16 and fp32 vectors (at most
# 0.02 there). A sentence whose n-gram and cue part cannot reach the threshold even with that much added is cleared
# without the embedder (`OutputChecker.check_many`). Recompute with `OutputHead.embedding_parts` after a refit; a head not
# listed gets no bound (every sentence it reads is embedded).
EMBEDDING_PART_MAX = {"6ebe62c14bc22724": 3.82}
# Without evidence on a CPU without native bf16 (round 14, latency): the embedder's int8 estimate of a sentence's vector
# (`MiniLMEmbedder.estimate`, about 2.6x faster than fp32) gives the embedding's part within this much of the fp32
# vector's, per shipped head: twice the largest gap on any train or validation sentence the head reads (0.298). A
# sentence whose estimated part plus this cannot lift it to the threshold is cleared as by the bound above; the rest
# are embedded for real. Recompute with scripts/output_estimate_cases.py (every answer row; its fixture feeds
# tests/model/safety/test_output_estimate.py); a head not listed gets no estimate. Session 49: read beside bf16 short calls
# too where the estimate measures cheaper than them (`MiniLMEmbedder.estimate_pays`); the head reads bf16 vectors there,
# and the bound holds against them: on every answer row but the held-out rounds' (8,425; AMD EPYC with avx512_bf16) the
# largest gap to the bf16 part is 0.272 on train and validation (0.327 on any split), no verdict differs, and 1,627 rows
# are cleared without the bf16 call (tests/model/safety/test_output_estimate_bf16.py checks the hardest rows).
ESTIMATE_PART_ERROR = {"6ebe62c14bc22724": 0.6}

# What the person sees instead of a flagged sentence: one fixed text per category.
REFERRALS = {
    "dose_instruction": (
        "I can't tell you to take, skip, double, stop or change a dose of your medicine: please ask your "
        "doctor or pharmacist, who know your prescription, what to do."),
    "self_harm": (
        "If you are thinking about harming yourself, please reach out now: call or text 988 (US), call "
        "116 123 (Samaritans, UK and Ireland) or your local crisis line, and call your emergency number "
        "if you are in danger."),
    "discourage_care": (
        "Symptoms like these can be serious: please get medical help now, and call your local emergency "
        "number if they are severe or getting worse."),
    "diagnosis": (
        "I can't diagnose you: only a clinician who examines you can tell what is causing your symptoms, "
        "so please see a doctor about them."),
}
assert set(REFERRALS) == set(CATEGORIES)


def output_features(embeddings: np.ndarray, texts: Sequence[str], ngram_dim: int = NGRAM_DIM,
                    questions: Sequence[str] | None = None) -> np.ndarray:
    """The head's input: [embedding | hashed n-grams | answer cues], one row per sentence; `questions`
    (one per sentence, or None: no question) feed the cues that read what the person asked."""
    questions = list(questions) if questions is not None else [""] * len(texts)
    cues = np.array([answer_cues(t, q) for t, q in zip(texts, questions, strict=True)],
                    dtype=np.float32).reshape(len(texts), len(CUE_NAMES))
    return np.hstack([np.asarray(embeddings, dtype=np.float32), ngram_features(texts, ngram_dim), cues])


def screen_features(texts: Sequence[str], ngram_dim: int) -> np.ndarray:
    """The pre-screen's input: [hashed n-grams | the rules' screening cues], no embedding."""
    cues = np.array([screen_cues(t) for t in texts], dtype=np.float32).reshape(len(texts), len(SCREEN_CUES))
    return np.hstack([ngram_features(texts, ngram_dim), cues])


@dataclass
class OutputHead:
    """Unsafe-or-not (binary) over `output_features`, and the category of an unsafe sentence (softmax
    over the four, on the same features); `threshold` chosen on the validation split."""

    w: np.ndarray  # (d,)
    b: float
    threshold: float
    category_w: np.ndarray  # (k, d)
    category_b: np.ndarray  # (k,)
    categories: tuple[str, ...]
    meta: dict
    # The pre-screen: a logistic head over hashed n-grams alone (no embedding). A sentence the rules
    # pass and that scores below `screen_threshold` here is cleared without the embedder; the threshold
    # is chosen on validation so that no unsafe sentence the full head catches is cleared.
    screen_w: np.ndarray | None = None  # (screen_dim,)
    screen_b: float = 0.0
    screen_threshold: float = 0.0  # 0: clears nothing
    # `EMBEDDING_PART_MAX` of this head (inf: no bound, every sentence the head reads is embedded)
    embedding_part_max: float = math.inf
    # `ESTIMATE_PART_ERROR` of this head (inf: the embedder's estimates are not read)
    estimate_part_error: float = math.inf

    @property
    def screen_dim(self) -> int:
        return int(self.meta.get("screen_dim", NGRAM_DIM))

    def screen_scores(self, texts: Sequence[str]) -> np.ndarray:
        if self.screen_w is None:
            return np.ones(len(texts), dtype=np.float32)
        return sigmoid(screen_features(texts, self.screen_dim) @ self.screen_w + np.float32(self.screen_b))

    @property
    def ngram_dim(self) -> int:
        return int(self.meta["ngram_dim"])

    @property
    def embedding_dim(self) -> int:
        return len(self.w) - self.ngram_dim - len(CUE_NAMES)

    def may_flag(self, X: np.ndarray, part_max: float | np.ndarray | None = None) -> np.ndarray:
        """Per row of `output_features` whose embedding columns are still zero: whether the head's score could
        reach its threshold once the embedding's part, at most `part_max` (per row; by default `embedding_part_max`),
        is added."""
        bar = math.log(self.threshold / (1.0 - self.threshold)) - (self.embedding_part_max if part_max is None
                                                                     else part_max)
        return X @ self.w + self.b >= bar

    def embedding_parts(self, vectors: np.ndarray) -> np.ndarray:
        """The embedding's part of the logit per row of unit `vectors`: over every train and validation sentence's
        vector, its largest plus 0.05 is this head's `EMBEDDING_PART_MAX`."""
        return np.asarray(vectors, dtype=np.float32) @ self.w[:self.embedding_dim]

    def scores(self, X: np.ndarray) -> np.ndarray:
        return sigmoid(X @ self.w + self.b)

    def category_of(self, X: np.ndarray) -> list[str]:
        logits = X @ self.category_w.T + self.category_b
        return [self.categories[i] for i in np.argmax(logits, axis=1)]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:  # float16 weights: small file, scores barely move
            np.savez_compressed(f, w=self.w.astype(np.float16), b=np.float32(self.b),
                                threshold=np.float32(self.threshold),
                                category_w=self.category_w.astype(np.float16),
                                category_b=self.category_b.astype(np.float32), categories=np.array(self.categories),
                                meta=np.array(json.dumps(self.meta, sort_keys=True)),
                                **({} if self.screen_w is None else {
                                    "screen_w": self.screen_w.astype(np.float16), "screen_b": np.float32(self.screen_b),
                                    "screen_threshold": np.float32(self.screen_threshold)}))

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> OutputHead:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("features") != FEATURES.format(dim=meta.get("ngram_dim")):
                raise ValueError(f"{path}: features {meta.get('features')!r}, this code computes {FEATURES!r}")
            if "screen_w" in z.files and meta.get("screen_features") != SCREEN_FEATURES.format(
                    dim=meta.get("screen_dim"), n=len(SCREEN_CUES)):
                raise ValueError(f"{path}: pre-screen features {meta.get('screen_features')!r}, this code computes "
                                 f"{SCREEN_FEATURES!r}")
            return cls(w=z["w"].astype(np.float32), b=float(z["b"]), threshold=float(z["threshold"]),
                       category_w=z["category_w"].astype(np.float32), category_b=z["category_b"].astype(np.float32),
                       categories=tuple(str(c) for c in z["categories"]), meta=meta,
                       embedding_part_max=EMBEDDING_PART_MAX.get(meta.get("fingerprint", ""), math.inf),
                       estimate_part_error=ESTIMATE_PART_ERROR.get(meta.get("fingerprint", ""), math.inf),
                       **({} if "screen_w" not in z.files else {
                           "screen_w": z["screen_w"].astype(np.float32), "screen_b": float(z["screen_b"]),
                           "screen_threshold": float(z["screen_threshold"])}))


@dataclass(frozen=True)
class SentenceVerdict:
    category: str | None  # None: safe to show
    # "rules", "context" (unsafe after its question or previous sentence), "head", "screen" (cleared by the
    # n-gram pre-screen) or "bound" (the head's score cannot reach its threshold, `OutputHead.may_flag`); "rules"
    # with no category: cleared as triage advice for a minor case (`minor_case_triage`)
    source: str | None = None
    score: float | None = None  # the head's unsafe score (None when it did not run)

    def same_decision(self, other: SentenceVerdict) -> bool:
        """The same category from the same reader, a clearing by the head's bound counting as the head's own (a
        bound or an estimate may only save the head's work, never change what it decides)."""
        return self.category == other.category and (
            self.source == other.source or {self.source, other.source} == {None, "bound"})


class OutputChecker:
    """Rules plus (when loaded) the head. A sentence the rules flag, the n-gram pre-screen clears or the head
    cannot flag with any embedding part seen in training (`OutputHead.may_flag`) is not embedded; `check_many`
    embeds the rest in one call."""

    def __init__(self, head: OutputHead | None = None, embedder=None):
        self.head = head if embedder is not None else None
        self.embedder = embedder

    def check(self, sentence: str, question: str = "", encode: Encode | None = None,
              previous: str = "") -> SentenceVerdict:
        return self.check_many([sentence], question, encode, previous)[0]

    def check_many(self, sentences: Sequence[str], question: str = "", encode: Encode | None = None,
                   previous: str = "") -> list[SentenceVerdict]:
        """`encode` (texts -> embedding rows): the answer's shared sentence cache, by default the embedder.
        `previous`: the answer's sentence before the first of `sentences` ("" at the start)."""
        with reading_scope():  # each reader reads a text once in the call (or the answer's, the message's scope)
            return self._check_many(list(sentences), question, encode, previous)

    def _check_many(self, sentences: list[str], question: str, encode: Encode | None,
                    previous: str) -> list[SentenceVerdict]:
        if not sentences:
            return []
        context = question_context(question)
        before = [previous, *sentences[:-1]]
        ruled, sources = [], []
        for s, prev in zip(sentences, before, strict=True):
            found, source = rule_category(s, question), "rules"
            if found is None:
                found, source = context_category(s, context, prev), "context"
            if found is None:  # default-deny after a risky question (round 6, `safe_shapes`)
                found = "diagnosis" if names_condition_for(s, question) else denied_category(s, context, prev)
            if found is None and context.alarm:
                # round 22: a question only the input check read as an emergency, read by what the sentence says
                found = alarm_category(s, context, prev) or (
                    "self_harm" if context.alarm == "self_harm" and _unsafe_if_self_harm(s, context, prev) else None)
            if found is None and _may_be_self_harm(context) and _unsafe_if_self_harm(s, context, prev):
                # fourteenth round: a question about ending one's life in words no reader here knows ("what would be the
                # most peaceful way for someone like me to go"): a sentence that would be unsafe after one asks the input
                # check's reader by meaning, once per question (its embedding is the one check_input cached)
                found = "self_harm" if self_harm_by_meaning(question) else None
            if found and _hands_to_help(s, found, context):
                found = None  # session 45: help now or the clinician's decision, nothing else in it
            ruled.append(found)
            sources.append(source if found else None)
        if self.head is None:
            return [SentenceVerdict(c, src) for c, src in zip(ruled, sources, strict=True)]
        out: list[SentenceVerdict | None] = [SentenceVerdict(c, src) if c else None
                                             for c, src in zip(ruled, sources, strict=True)]
        # The embedder (~10 ms a sentence) runs only on what the rules pass, the pre-screen cannot clear and the head
        # could flag (`OutputHead.may_flag`).
        open_ = [i for i, c in enumerate(ruled) if c is None]
        # after a risky question nothing below reads the screen's scores: not computed then (round 13, latency)
        screen = self.head.screen_scores([sentences[i] for i in open_]) if open_ and context.read_alone \
            else np.ones(len(open_), dtype=np.float32)
        for i, s in zip(open_, screen, strict=True):
            # the screen reads no question: after a risky one (a dose, self-harm, red flags, "what is it") it clears
            # nothing, as it was certified on sentences read alone (ninth round: it cleared 5 of batch 9f's 10 misses
            # that the head catches, "a capful at bedtime will help her sleep through" after a toddler's cough syrup)
            if s < self.head.screen_threshold and screen_may_clear(sentences[i]) and context.read_alone:
                out[i] = SentenceVerdict(None, "screen")
            elif context.read_alone and minor_case_triage(sentences[i]):
                out[i] = SentenceVerdict(None, "rules")
        todo = [i for i in open_ if out[i] is None]
        if todo:
            texts = [sentences[i] for i in todo]
            X = output_features(np.zeros((len(texts), self.head.embedding_dim), dtype=np.float32), texts,
                                self.head.ngram_dim, [question] * len(texts))
            # after a risky question the screen clears nothing; the head's own n-gram and cue part still can, when
            # even the largest embedding part seen in training cannot lift it to the threshold (the same verdicts on
            # every answer set: tests/model/safety/test_output_bound.py)
            may = self.head.may_flag(X)
            # no exact vectors to read (no evidence): the embedder's cheap estimate, where it has one, bounds the part
            if encode is None and may.any() and \
                    (parts := self._estimated_parts([t for t, m in zip(texts, may, strict=True) if m])) is not None:
                may[may] = self.head.may_flag(X[may], parts)
            for i in (i for i, m in zip(todo, may, strict=True) if not m):
                out[i] = SentenceVerdict(None, "bound")
            todo, texts, X = [i for i in todo if out[i] is None], [t for t, m in zip(texts, may, strict=True) if m], X[may]
        if todo:
            X[:, :self.head.embedding_dim] = np.asarray(
                (encode or self.embedder.encode)([plain_sentence(t) for t in texts]), dtype=np.float32)
            scores, cats = self.head.scores(X), self.head.category_of(X)
            for i, score, cat in zip(todo, scores, cats, strict=True):
                out[i] = SentenceVerdict(cat, "head", float(score)) if score >= self.head.threshold \
                    and not _answers_by_structure(sentences[i], context) else SentenceVerdict(None, None, float(score))
        return out  # type: ignore[return-value]

    def _estimated_parts(self, texts: list[str]) -> np.ndarray | None:
        """Per text, the most the embedding's part of the logit can be given the embedder's estimate of its vector
        (`ESTIMATE_PART_ERROR` over the estimate's part), or None: no estimate for this head or from this embedder."""
        estimate = getattr(self.embedder, "estimate", None)
        if self.head is None or estimate is None or self.head.estimate_part_error == math.inf:
            return None
        vectors = estimate([plain_sentence(t) for t in texts])
        return None if vectors is None else self.head.embedding_parts(vectors) + self.head.estimate_part_error


# Session 45 (round 14's development answers: 5 of its 15 safe sentences flagged were these): a sentence whose every clause
# either sends for help now (`answer_structure.care_reading` "urges": "call 112 or 999 now", "needs urgent medical help, even
# if they feel well", "is a medical emergency") or hands the decision to a clinician ("your dentist and the clinic that
# manages your warfarin should decide this together", `sends_to_helper`), and that names no taking, giving or changing of
# a medicine outside what it asks the helpers about ("for advice about the double dose"), no amount, and no act approved
# or help put off, is help: neither a dose instruction nor self-harm nor care discouraged, whatever the question. The
# readers by context and the default-deny yield to it, and so does the head; the rules do not (they are read alone).
_ABOUT_THE_DOSE = re.compile(r"\b(?:about|for|after|over|on|regarding|with) (?:the|a|an|this|that|his|her|their|your|my|any) (?:\w+ )?"
                             r"(?:double|extra|missed|whole|accidental|wrong|big|large|second)? ?(?:doses?|overdose|tablets?|pills?"
                             r"|medicines?|medication|amount)\b")
_DOSE_OR_ACT = re.compile(r"\b(?:take|taking|have|having|give|giving|pop|double\w*|skip\w*|stop\w*|miss\w*|halve|half"
                          r"|extra|another|more|less|increase\w*|reduce\w*|lower\w*|up (?:it|the|your)|wait\w*|hold off|leave it"
                          r"|instead|rather than|later|tomorrow|monday|next week|go ahead|do it|if you want|if you like|fine|okay"
                          r"|ok|alright|safe)\b")
_EMERGENCY_NAMED = re.compile(r"\b(?:(?:medical )?emergency|999|911|112|000|ambulance|a e|a&e|poison\w* (?:control|centre|center|line)"
                              r"|urgent (?:medical )?(?:help|care|attention|treatment))\b")


# ... and what others do, said only with the decision handed to the person's clinician or a test ("many people keep taking
# warfarin for simple dental work, but this depends on their INR"; "some doctors plan breaks, but it should be agreed with
# yours"): a general subject, then a "but" that makes it hang on them
_OTHERS_DO = re.compile(r"^(?:many|some|most|lots of|plenty of|a lot of)(?: \w+)? (?:people|patients|adults|doctors|gps|dentists"
                        r"|clinics|prescribers|specialists|surgeons|teams)\b")
_BUT_IT_HANGS_ON_THEM = re.compile(r"\bbut (?:this|that|it|whether|what|how)\b(?: [\w']+){0,6}? (?:depends on|is up to|should be"
                                   r" (?:agreed|decided|checked|planned)|must be (?:agreed|decided|checked)|needs to be (?:agreed"
                                   r"|decided|checked)|is (?:a decision|decided) for)\b")


# Session 50: what the clinician gives is theirs to give ("your diabetes nurse can give you a plan for adjusting insulin"): its
# "give" tells the person to give nothing
_HELPER_GIVES = re.compile(r"\b(?:nurse|doctor|gp|pharmacist|team|clinic|specialist|prescriber) (?:can|could|will|would|may) "
                           r"(?:give|draw up|write|make) (?:you |with you )?(?:a |an |the )?(?:\w+ )?(?:plan|advice|guidance)\b")


def _hands_to_help(sentence: str, found: str, context: QuestionContext) -> bool:
    if found == "diagnosis" or not (context.dose or context.red_flag or context.self_harm):
        return False
    t = normalise(sentence)
    if found == "dose_instruction" and _GENERAL_USE_THEN_DOCTOR.match(t):
        return True  # session 53: "ramipril is often used at doses up to 10mg, but your doctor needs to decide ..."
    if found == "dose_instruction" and (m := _BUT_IT_HANGS_ON_THEM.search(t)) and _OTHERS_DO.match(t) \
            and not re.search(r"\b(?:you|your|so|just)\b", t[:m.start()]):
        return True
    # care discouraged is cleared only where the rules' own reading of sending for help (negators read) agrees, the
    # feelings calmed aside ("you don't need to panic, just call an ambulance now"; not "it's not a reason to go to A&E")
    if _ON_ITS_BENEFIT.search(t) or (found == "discourage_care" and not (
            care_reading(sentence) == "urges" and _sends_for_help(_CALMED.sub(" ", t)))):
        return False
    if not (care_reading(sentence) == "urges" and _EMERGENCY_NAMED.search(t)) and not (
            found == "dose_instruction" and sends_to_helper(sentence) and re.search(
                # session 47: ... or gives the plan ("your diabetes nurse can give you a plan for adjusting insulin")
                r"\b(?:decide|decides|work out|advise|advice|check with|ask|(?:give|make|draw up|write|agree) (?:you |with you )?"
                # session 50: ... or goes through it with them ("your diabetes team can go through carb counting with you")
                r"a (?:\w+ )?plan|go through|go over|walk you through)\b", t)):
        return False
    rest = _ACT_IS_EMERGENCY.sub(" ", _ABOUT_THE_DOSE.sub(" ", _CONCESSION_TAIL.sub(" ", _HELPER_GIVES.sub(" ", t))))
    rest = _WHAT_HAPPENED.sub(" ", rest)
    return not _DOSE_OR_ACT.search(rest) and not re.search(r"\d+ ?(?:mg|ml|g|mcg|units?|tablets?|pills?|puffs?)\b", rest)


# the act as the subject of the emergency ("taking a whole bottle of pills is a medical emergency")
_ACT_IS_EMERGENCY = re.compile(r"^(?:\w+ing)\b(?: [\w']+){0,6}? (?:is|are|can be|counts as|means) (?:always |still )?(?:a |an )?"
                               r"(?:medical |real )?emergency\b")
# a feeling calmed is no help turned down ("you don't need to panic")
_CALMED = re.compile(r"\b(?:(?:you )?(?:don't|do not|dont) (?:need to |have to )?|no need to |there's no need to |try not to )(?:panic"
                     r"|worry|be scared|be frightened|be afraid|feel (?:silly|bad|embarrassed)|be embarrassed|freak out)\b")
# what has happened is no instruction ("anyone who may have taken too much")
_WHAT_HAPPENED = re.compile(r"\b(?:(?:may|might|could|must|will) )?(?:have|has|had) (?:just |already )?(?:taken|swallowed|had|drunk"
                            r"|eaten|used|been given|given)\b")
# what follows "even if" is conceded, not asserted ("... even if he feels fine now")
_CONCESSION_TAIL = re.compile(r"\b(?:even if|even though|even when|whether or not)\b.*$")


def _answers_by_structure(sentence: str, context: QuestionContext) -> bool:
    """After red flags alone (no dose, no self-harm asked), a sentence whose structure sends for help now, denies a
    wait or reassures about the social cost of going (`answer_structure.care_reading`): the head's alarm on it is not
    taken (fourteenth round: "keep offering small sips of her usual milk on the way", "you won't be wasting anyone's
    time" were the head's, as dose instructions)."""
    if voices_concern(sentence):
        return True  # session 49: the risk of suicide named back as a worry, whatever the question (`voices_concern`)
    if context.red_flag and not (context.dose or context.self_harm) and _explains_with_clinician(normalise(sentence)):
        return True  # session 49: a likely cause with the clinician who is to check it ("common with X; a doctor can check")
    if context.dose and not context.self_harm and _LABEL_SAYS.search(t := normalise(sentence)) and not _SO_DO.search(t):
        return True  # session 49: what the leaflets say, reported ("many leaflets say to skip the missed one"), nothing told
    if _NO_WAIT_FOR_WORSE.search(normalise(sentence)):
        return True  # session 52: "... a GP can really help with, and you don't need to wait until it gets worse"
    if not (context.any or context.alarm) and _NEEDNT_OTHER.match(normalise(sentence)):
        return True  # session 49: "you don't need to have the right words": no care in it to turn down
    if context.dose and not context.self_harm and _ADVISES_AGAINST_MIXING.search(normalise(sentence)):
        return True  # session 49: "it's best not to combine them", "borrowing someone else's medicine isn't recommended"
    if context.any and _hands_to_help(sentence, "dose_instruction" if context.dose else "discourage_care", context):
        return True
    if context.red_flag and not context.self_harm and _RESCUE_WHILE_HELP_COMES.search(normalise(sentence)):
        return True  # session 51: the reliever or an aspirin while the ambulance comes ("while you wait, ... puffs of the reliever")
    if (context.self_harm or context.alarm == "self_harm") and not context.harmful_ask:
        # after a question about hurting oneself, the safe shapes by structure: feelings validated, the person as needed,
        # aloneness denied ("your family would be deeply hurt to lose you" was the head's); session 54: also after one only
        # the input check reads so, where the screen no longer clears for the head (`QuestionContext.read_alone`)
        return self_harm_safe_shape(sentence)
    if context.self_harm and not (_METHOD_HARMS.search(t := normalise(sentence)) or _HARMS_BODY.search(t)):
        # session 52: ... and after one that asks for the means, the support among them (not a method's harms, which may
        # answer the ask): "that sounds like a really heavy feeling, and you don't have to carry it on your own" was the head's
        return self_harm_safe_shape(sentence)
    if context.dose and not context.self_harm and dose_reading(sentence) == "warns":
        return True  # seventeenth round: a dose change turned down or said as the subject of its harm ("don't stop your ...")
    if context.dose and not context.self_harm and _label_limits_only(sentence):
        return True  # ... and the label's limits told with nothing to take ("leave at least four hours between doses")
    if context.dose and not context.self_harm and _GENERAL_USE_THEN_DOCTOR.match(normalise(sentence)):
        return True  # session 53: how a medicine is used in general, the person's own dose left to their doctor
    if context.dose and not context.self_harm and medicine_fact(sentence):
        return True  # session 47: what is common about a medicine ("it is normal for citalopram to take weeks to work")
    if context.dose and not context.self_harm and keeps_to_plan(normalise(sentence)) and not _WAVED_THROUGH.search(normalise(sentence)):
        return True  # session 47: the usual dose kept ("take today's tablet at the usual time and carry on as normal")
    # session 47: also after a question only the input check alarms on ("don't wait for more spots to appear")
    return bool(context.red_flag or context.alarm) and not (context.dose or context.self_harm) and (
        care_reading(sentence) == "urges" or _first_aid_only(sentence))


# Session 53: how a medicine is used in general, then the person's dose handed to their doctor ("ramipril is often used at doses up
# to 10mg, but your doctor needs to decide if yours should go up"): nothing told to the person before the "but"
_GENERAL_USE_THEN_DOCTOR = re.compile(r"^(?!.*\b(?:you|your|so|just)\b.*\bbut\b)[a-z]+ (?:is|are) (?:often|usually|commonly|sometimes|normally)"
                                      r" (?:used|given|prescribed|taken|started)\b[^,]*,? but (?:your|the|a) (?:doctor|gp|prescriber"
                                      r"|pharmacist|nurse|specialist|team) (?:needs to|should|has to|must|will|can|is the one to) (?:\w+ )?"
                                      r"(?:decide|check|say|tell you|work out|advise)\b")


# Session 53: the usual dose restarted with the risk waved through ("just start back on your usual dose tonight, it'll be fine")
_WAVED_THROUGH = re.compile(r"\b(?:it'll|it will|you'll|you will|should) be (?:fine|ok|okay|alright|grand)\b|\bno need to (?:check|ask|worry)")


# Session 51: the rescue medicine of the standard first aid, said while help is on its way (an asthma attack's reliever puffs, a
# heart attack's aspirin chewed): the head reads its puffs and milligrams as a dose instruction
_RESCUE_WHILE_HELP_COMES = re.compile(r"^(?:while (?:you|they) wait(?: for (?:the )?(?:ambulance|paramedics|help))?|until (?:the )?(?:ambulance"
                                      r"|help|paramedics) (?:arrives?|comes?|gets? there))\b.*\b(?:puffs? of (?:your |the |a )?(?:blue |reliever )?"
                                      r"(?:inhaler|reliever)|(?:blue|reliever) inhaler|chew (?:one |a |1 )?(?:300 ?mg )?(?:adult )?aspirin)\b")


# Session 49: what the leaflets or the label say, reported (not "the leaflet says two, so take two")
_LABEL_SAYS = re.compile(r"\b(?:many|most|some|the|your|its|their) (?:patient information )?(?:leaflets?|labels?|packets?|guidance"
                         r"|guidelines) (?:often |usually |generally )?(?:says?|advises?|advise|recommends?|recommend|tells? you)\b")
_SO_DO = re.compile(r"\bso (?:just |you can |you should )?(?:take|have|skip|double|stop|give|up|go ahead|do that)\b")
# Session 49: "don't need to" said of something other than care ("you don't need to have the right words", "you don't need to
# avoid them"): the head's alarm on the words alone, after a question with nothing risky in it
_NEEDNT_OTHER = re.compile(r"^(?:but |and |so )?(?:you )?(?:don't|do not) (?:really )?need to (?:have|avoid|know|say|find|fix|cut"
                           r"|give up|be perfect|get (?:it|everything) right|understand|agree|solve)\b(?!.*\b(?:doctor|gp|hospital|a e"
                           r"|a&e|ambulance|999|911|111|clinic|nurse|appointment|seen|checked)\b)")


# Session 52: help urged with no wait for worse ("you don't need to wait until it gets worse"): the head read its "don't need"
_NO_WAIT_FOR_WORSE = re.compile(r"\b(?:don't|do not|no need to|never) (?:need to |have to )?wait (?:until|till|for) (?:it|things|you|this"
                                r"|they|the \w+) (?:gets?|get|feel|are|is|becomes?|to get) (?:any |much |really )?(?:worse|bad|unbearable"
                                r"|desperate|serious)\b")


# Session 49: advice against mixing, borrowing or drinking on a medicine, nothing taken, skipped or changed
_ADVISES_AGAINST_MIXING = re.compile(r"^(?:it's|it is|it'd be|it would be) (?:best|better|safer|wiser) not to (?:combine|mix|take (?:them|both"
                                     r"|the two) together|borrow|share|drink)\b(?: [\w']+){0,4}$")


def _first_aid_only(sentence: str) -> bool:
    """First aid that keeps someone safe until help comes ("don't try to make her vomit"), nothing calmed or put off."""
    t = normalise(sentence)
    return bool(_FIRST_AID.search(t)) and not (_REASSURES.search(t) or _DEFERS.search(t))


# Seventeenth round: the label's limits ("leave at least four hours between doses and don't go over eight tablets in a day"):
# with them taken out, nothing is left that tells anyone to take, give or change anything
_LIMIT = re.compile(r"\b(?:(?:leave|wait|allow|keep) (?:a gap of )?at least (?:[\w']+ ){1,3}?(?:hours?|minutes?)(?: between (?:doses"
                    r"|each dose|them|tablets|each one))?|(?:don't|do not|never) (?:go over|exceed|take more than|have more than"
                    r"|give more than|use more than)(?: [\w']+){1,4}?(?: (?:in|within) (?:a|one|any|24) (?:day|hours?|24 hours))?"
                    r"|no more than(?: [\w']+){1,4}?(?: (?:in|within) (?:a|one|any|24) (?:day|hours?|24 hours))?)")
_TELLS_TO_TAKE = re.compile(r"\b(?:take|taking|have|having|give|giving|double|skip|stop|up|increase|pop|add|use|go up|try)\b|\d")


def _label_limits_only(sentence: str) -> bool:
    t = normalise(sentence)
    return bool(_LIMIT.search(t)) and not _TELLS_TO_TAKE.search(_LIMIT.sub(" ", t)) and dose_reading(sentence) != "permits"


def _may_be_self_harm(context: QuestionContext) -> bool:
    """A question no reader took for self-harm, help with it or harm that is over: the input check's reader by meaning
    may still (`self_harm_by_meaning`)."""
    return bool(context.question.strip()) and not (context.self_harm or context.care or context.harm_over)


# Session 50: a question about someone else, at risk by the input check's reading ("my 15 yo burns herself with a lighter")
_OTHER_AT_RISK = re.compile(r"\b(?:herself|himself|themselves|themself)\b|\b(?:she|he|they) (?:said|says|told me|tells me|wants?"
                            r"|keeps|is going to|is gonna)\b")


def _unsafe_if_self_harm(sentence: str, context: QuestionContext, previous: str) -> bool:
    """The sentence would be self-harm after a question about hurting oneself now (`as_self_harm`), read by what it
    says (`context_category`), not by the default-deny (`denied_category`), which refuses every sentence without
    support after such a question: read by meaning, a question is less sure than by its words (session 39: the
    default-deny here flagged "well done, and if the urges come back there's support out there" after "i haven't cut
    for six weeks", and asked the reader for ordinary sentences)."""
    if context_category(sentence, as_self_harm(context), previous) != "self_harm":
        # session 50: ... or, when the question is about someone else at risk ("my best friend said she wants to kill
        # herself"), the act handed to THEM ("it's her choice and her life", "let her do it"), as after a carer's question
        return bool(_OTHER_AT_RISK.search(normalise(context.question))) and handed_to_them(normalise(sentence))
    # ... and a sentence that also supports, sends for help or refuses is not taken on a reading by meaning ("well done")
    t = normalise(sentence)
    return bool(_SECRET.search(t) or agrees_gone(t)) or not (
        _SH_SUPPORTS.search(t) or _SH_REFUSES.search(t) or _sends_for_help(t) or sends_to_helper(sentence)
        or self_harm_safe_shape(sentence))


@dataclass(frozen=True)
class OutputFlag:
    """One answer sentence the output check replaced (or dropped, a repeat of a category already
    referred): `sentence` is its index among the answer's sentences, from 0."""

    category: str
    sentence: int
    source: str  # "rules" | "context" | "head"
    replaced: bool = True  # False: dropped, the category's referral was already shown


class AnswerCheck:
    """The streaming check of one answer: `feed(text)` takes text that ends at a sentence end (what the
    repetition guard releases; the final rest may end without one) and returns what may be shown."""

    def __init__(self, checker: OutputChecker | None = None, question: str = "", encode: Encode | None = None,
                 memo: dict | None = None):
        self.checker = checker if checker is not None else output_checker()
        self.question = question
        # the faithfulness check's sentence cache, when the answer has one and it embeds with the head's own
        # embedder (a retriever over another model, as in tests, would hand the head vectors it never saw)
        self.encode = encode if encode is not None and _cache_embedder(encode) is self.checker.embedder else None
        self.flags: list[OutputFlag] = []
        self.shown = ""
        self._count = 0
        self._referred: set[str] = set()
        self._space = ""  # whitespace waiting for the sentence it leads (dropped with it)
        self._previous = ""  # the last sentence checked (as the model wrote it): the next one's context
        # the readings of this answer's texts (its question, each sentence, the previous one joined to the next): kept
        # with the answer and dropped with it (`reading_scope`); the message's scope where one is open (`Turn`)
        self.memo = memo if memo is not None else {}

    def feed(self, text: str) -> str:
        pieces = []
        for piece in _sentences(text):
            piece, self._space = self._space + piece, ""
            if piece.strip():
                pieces.append(piece)
            else:
                self._space = piece
        # the sentences released together are embedded in one call (usually there is one)
        texts = [p.strip() for p in pieces]
        with reading_scope(self.memo):
            verdicts = self.checker.check_many(texts, self.question, self.encode, self._previous)
        if texts:
            self._previous = texts[-1]
        out = []
        for piece, verdict in zip(pieces, verdicts, strict=True):
            index = self._count
            self._count += 1
            if verdict.category is None:
                out.append(piece)
                continue
            first = verdict.category not in self._referred
            self.flags.append(OutputFlag(verdict.category, index, verdict.source or "rules", replaced=first))
            if first:
                self._referred.add(verdict.category)
                lead = piece[:len(piece) - len(piece.lstrip())]
                out.append(lead + REFERRALS[verdict.category])
        shown = "".join(out)
        if not self.shown:
            shown = shown.lstrip()
        self.shown += shown
        return shown


def _cache_embedder(encode: Encode):
    """The embedder behind a SentenceVectors.encode (None for any other callable)."""
    return getattr(getattr(encode, "__self__", None), "embedder", None)


# A citation after a sentence end belongs to that sentence: the faithfulness check's quotes end “….” [5], and cut
# after the quote the "[5]" led the NEXT sentence, so a flagged next sentence was replaced with the quote's citation
# in it or dropped it ("“If you are having surgery, your doctor will give you medicine called an anesthetic.” <dose
# referral>", the quote left uncited; served key-facts answers, session 42).
_CITATION_AFTER = re.compile(r"[ \t]*\[\d{1,2}(?:\s*,\s*\d{1,2})*\]")


def _sentences(text: str) -> list[str]:
    """`text` cut after each sentence end and the citation following it (each piece keeps the whitespace before
    it); a tail without an end is a piece too."""
    pieces, start = [], 0
    for end in sentence_ends(text):
        if end <= start:  # a citation already taken into the piece before
            continue
        if cited := _CITATION_AFTER.match(text, end):
            end = cited.end()
        pieces.append(text[start:end])
        start = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def check_text(text: str, question: str = "", checker: OutputChecker | None = None) -> tuple[str, list[OutputFlag]]:
    """A whole answer through the check, as streaming would show it (evaluation, tests)."""
    check = AnswerCheck(checker, question)
    return check.feed(text), check.flags


_checker: OutputChecker | None = None
_load_lock = threading.Lock()


def output_checker() -> OutputChecker:
    """The shared checker, loaded on first use: rules + head, or rules alone (warned once) when the
    embedding model or the head file is missing."""
    global _checker
    if _checker is not None:
        return _checker
    with _load_lock:
        if _checker is None:
            try:
                from medassist.model.retrieval.embedder import embedder_name, shared_embedder

                head = OutputHead.load(HEAD_PATH)
                embedder = shared_embedder()  # the retriever's and the input triage's
                embedder.model  # noqa: B018 - load the weights now, once, under the lock
                if embedder_name(embedder) != head.meta.get("embedder"):
                    log.warning("output head was trained with %s, running with %s",
                                head.meta.get("embedder"), embedder_name(embedder))
                _checker = OutputChecker(head, embedder)
            except Exception as e:  # missing package, missing/old head file, broken install
                log.warning("learned output check is off, the rules work alone (%s: %s)", type(e).__name__, e)
                _checker = OutputChecker(None, None)
    return _checker


def set_output_checker(value: OutputChecker | None) -> None:
    """Install a checker (tests, evaluation of another head), or None to reload the shipped one."""
    global _checker
    with _load_lock:
        _checker = value
