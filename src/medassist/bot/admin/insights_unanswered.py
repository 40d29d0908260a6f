"""Questions MedAssist answered poorly, grouped by topic so a teacher sees what to cover in class:

* refused: the safety layer rejected the input (the person got a short refusal, no answer);
* abstained: the faithfulness check withheld the answer (its opening sentences were not supported by
  the evidence) and quoted the NIH pages instead, or said they do not cover the question;
* low support: the check judged the answer's sentences and fewer than LOW_SUPPORT of them were
  supported by the evidence;
* weak evidence, only for answers stored without a faithfulness verdict (before revision 0008, or
  retrieval without evidence sentences): the nearest MedQuAD passage is far from the question
  (cosine below LOW_SIMILARITY), so the answer had little to stand on. This is the similarity
  retrieval computes, taken from the vectors `admin reindex` keeps: a proxy for the verdict;
* rephrased: the same person asked again within REPHRASE_WINDOW_S with a question this similar
  (cosine at least REPHRASE_SIMILARITY): the first answer did not serve them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from medassist.bot.admin.insights_embeddings import Questions
from medassist.bot.admin.insights_topics import MIN_PEOPLE_FOR_TEXT, OTHER, Topic

LOW_SIMILARITY = 0.45
# Below half of the judged sentences supported, most of what the model wrote could not be matched to
# the evidence: the person read more quotes and gaps than answer. The check's own threshold is strict
# (model/faithfulness.py: it keeps 62% of true reference sentences on validation), so a faithful answer
# lands near 0.6 on average; half leaves room for that and still flags answers that are mostly unfounded.
LOW_SUPPORT = 0.5
REPHRASE_WINDOW_S = 5 * 60
REPHRASE_SIMILARITY = 0.6
REASONS = ("refused", "abstained", "low_support", "weak_evidence", "rephrased")
EXAMPLES = 3


def rephrased_rows(qs: Questions, *, window_s: float = REPHRASE_WINDOW_S,
                   similarity: float = REPHRASE_SIMILARITY) -> set[int]:
    """Rows whose asker's next question came within `window_s` and is this similar."""
    order = np.lexsort((qs.times, qs.user_ids))
    out: set[int] = set()
    for a, b in zip(order[:-1], order[1:], strict=True):
        if (qs.user_ids[a] == qs.user_ids[b] and qs.times[b] - qs.times[a] <= window_s
                and float(qs.vectors[a] @ qs.vectors[b]) >= similarity):
            out.add(int(a))
    return out


def evidence_reason(qs: Questions, i: int) -> str | None:
    """Why row i's answer stood on too little: the stored verdict where there is one, else the proxy."""
    check = qs.answers[i] if qs.answers else None
    if check is not None:
        if check.abstained:
            return "abstained"
        share = check.supported_share
        if share is not None:
            return "low_support" if share < LOW_SUPPORT else None
        # nothing judged (only advice sentences, or cut off before a sentence ended): no verdict on support
    return "weak_evidence" if qs.reference_scores[i] < LOW_SIMILARITY else None


def reasons_per_row(qs: Questions) -> dict[int, list[str]]:
    rephrased = rephrased_rows(qs)
    out: dict[int, list[str]] = {}
    for i in range(len(qs)):
        reasons = []
        if qs.verdicts[i] == "reject":
            reasons.append("refused")
        # an emergency gets the fixed emergency text, whatever the corpus holds
        elif qs.verdicts[i] != "emergency" and (reason := evidence_reason(qs, i)):
            reasons.append(reason)
        if i in rephrased:
            reasons.append("rephrased")
        if reasons:
            out[i] = reasons
    return out


@dataclass
class UnansweredGroup:
    topic_id: int
    topic: str
    counts: dict[str, int]  # per reason
    questions: int  # distinct questions with at least one reason
    people: int
    examples: list[int]  # message ids; empty unless enough people asked (see MIN_PEOPLE_FOR_TEXT)


def unanswered(qs: Questions, topics: list[Topic], topic_of: np.ndarray) -> list[UnansweredGroup]:
    """One group per topic with poorly answered questions, most such questions first."""
    flagged = reasons_per_row(qs)
    by_topic: dict[int, list[int]] = {}
    for i in flagged:
        by_topic.setdefault(int(topic_of[i]), []).append(i)
    names = {t.id: t.name for t in topics}
    groups = []
    for tid, rows in by_topic.items():
        people = len({int(qs.user_ids[i]) for i in rows})
        counts = {r: sum(r in flagged[i] for i in rows) for r in REASONS}
        name = names.get(tid, OTHER)
        show = people >= MIN_PEOPLE_FOR_TEXT and name != OTHER
        groups.append(UnansweredGroup(topic_id=tid, topic=name, counts=counts, questions=len(rows), people=people,
                                      examples=[int(qs.message_ids[i]) for i in sorted(rows)[-EXAMPLES:]]
                                      if show else []))
    return sorted(groups, key=lambda g: (-g.questions, g.topic_id))
