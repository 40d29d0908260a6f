"""Questions MedAssist answered poorly, grouped by topic so a teacher sees what to cover in class:

* refused: the safety layer rejected the input (the person got a short refusal, no answer);
* weak evidence: the nearest MedQuAD passage is far from the question (cosine below
  LOW_SIMILARITY), so the answer had little to stand on. The store keeps no retrieval scores and
  no faithfulness or abstention verdict yet; this is the same similarity retrieval computes, taken
  from the vectors `admin reindex` keeps;
* rephrased: the same person asked again within REPHRASE_WINDOW_S with a question this similar
  (cosine at least REPHRASE_SIMILARITY): the first answer did not serve them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from medassist.bot.admin.insights_embeddings import Questions
from medassist.bot.admin.insights_topics import MIN_PEOPLE_FOR_TEXT, OTHER, Topic

LOW_SIMILARITY = 0.45
REPHRASE_WINDOW_S = 5 * 60
REPHRASE_SIMILARITY = 0.6
REASONS = ("refused", "weak_evidence", "rephrased")
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


def reasons_per_row(qs: Questions) -> dict[int, list[str]]:
    rephrased = rephrased_rows(qs)
    out: dict[int, list[str]] = {}
    for i in range(len(qs)):
        reasons = []
        if qs.verdicts[i] == "reject":
            reasons.append("refused")
        # an emergency gets the fixed emergency text, whatever the corpus holds
        elif qs.verdicts[i] != "emergency" and qs.reference_scores[i] < LOW_SIMILARITY:
            reasons.append("weak_evidence")
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
