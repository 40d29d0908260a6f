"""Topics: the period's questions clustered by their MiniLM vectors, each named by the MedQuAD
topics its questions are nearest to and shown with its most central questions.

Method: scikit-learn's agglomerative clustering, cosine distance, average linkage, cut at a fixed
distance, so the number of topics follows the week instead of being set in advance. On the
labelled sample in datasets/topics it beats k-means and HDBSCAN (adjusted Rand index in
datasets/topics/results.json and the README). Average linkage needs all pairwise distances, so a
large period is clustered on a fixed-seed sample of MAX_POINTS questions and every question then
joins its nearest topic centroid (a matrix product).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from medassist.bot.admin.insights_embeddings import Questions

DISTANCE_THRESHOLD = 0.75  # cosine distance at which the tree is cut (chosen on the labelled sample)
MAX_POINTS = 2000
MIN_PEOPLE_FOR_TEXT = 3  # a topic asked by fewer people shows no question text (privacy)
MIN_TOPIC_QUESTIONS = 2  # smaller clusters are counted under "other questions"
EXAMPLES = 3
SEED = 0


def agglomerative_labels(x: np.ndarray, threshold: float = DISTANCE_THRESHOLD) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    if len(x) < 2:
        return np.zeros(len(x), dtype=np.int64)
    return AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                   distance_threshold=threshold).fit_predict(x)


def centroids_of(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    c = np.zeros((k, x.shape[1]), dtype=np.float32)
    np.add.at(c, labels, x)
    return c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)


def cluster(x: np.ndarray, *, threshold: float = DISTANCE_THRESHOLD, max_points: int = MAX_POINTS) -> np.ndarray:
    """A topic label per row."""
    if len(x) <= max_points:
        return agglomerative_labels(x, threshold)
    sample = np.random.default_rng(SEED).choice(len(x), max_points, replace=False)
    sub = agglomerative_labels(x[sample], threshold)
    centroids = centroids_of(x[sample], sub, int(sub.max()) + 1)
    return np.asarray(np.argmax(x @ centroids.T, axis=1), dtype=np.int64)


@dataclass
class Topic:
    id: int  # 1 = the most asked topic of the period
    name: str
    medquad_topics: list[tuple[str, int]]  # the most frequent nearest MedQuAD focus, with counts
    questions: int
    people: int
    previous: int | None  # questions on this topic in the previous period (None: not compared)
    central: list[int]  # message ids of the most central questions (text shown only to enough people)
    rows: np.ndarray = field(repr=False)  # row indexes into the period's Questions

    @property
    def shows_text(self) -> bool:
        return self.people >= MIN_PEOPLE_FOR_TEXT

    @property
    def change(self) -> float | None:
        if self.previous is None or self.previous == 0:
            return None
        return (self.questions - self.previous) / self.previous


OTHER = "Other questions"


def topic_name(counts: list[tuple[str, int]]) -> str:
    return " · ".join(name for name, _ in counts[:2]) if counts else "Unnamed topic"


def build_topics(qs: Questions, previous: Questions | None = None, *,
                 threshold: float = DISTANCE_THRESHOLD) -> tuple[list[Topic], np.ndarray]:
    """The period's topics, largest first (with an "other questions" topic last for clusters of
    fewer than MIN_TOPIC_QUESTIONS), and each question's topic id (aligned with `qs`)."""
    if len(qs) == 0:
        return [], np.zeros(0, dtype=np.int64)
    labels = cluster(qs.vectors, threshold=threshold)
    k = int(labels.max()) + 1
    centroids = centroids_of(qs.vectors, labels, k)
    sizes = np.bincount(labels, minlength=k)
    order = [c for c in np.argsort(-sizes, kind="stable") if sizes[c] >= MIN_TOPIC_QUESTIONS]
    small = [c for c in range(k) if sizes[c] < MIN_TOPIC_QUESTIONS]
    before = np.zeros(k, dtype=np.int64)
    if previous is not None and len(previous):
        sims = previous.vectors @ centroids.T
        best = np.argmax(sims, axis=1)
        close = sims[np.arange(len(best)), best] >= 1 - threshold  # a question no topic is near counts nowhere
        before = np.bincount(best[close], minlength=k)
    topic_of = np.zeros(len(qs), dtype=np.int64)
    topics: list[Topic] = []
    groups = [[c] for c in order] + ([small] if small else [])
    for tid, group in enumerate(groups, 1):
        rows = np.flatnonzero(np.isin(labels, group))
        topic_of[rows] = tid
        counts = Counter(qs.reference_topics[i] for i in rows if qs.reference_topics[i])
        medquad = counts.most_common(3)
        is_other = group is small
        centre = centroids_of(qs.vectors[rows], np.zeros(len(rows), dtype=np.int64), 1)[0]
        nearest = rows[np.argsort(-(qs.vectors[rows] @ centre), kind="stable")[:EXAMPLES]]
        topics.append(Topic(
            id=tid, name=OTHER if is_other else topic_name(medquad), medquad_topics=medquad,
            questions=len(rows), people=len(set(qs.user_ids[rows].tolist())),
            previous=None if previous is None or is_other else int(before[group].sum()),
            # the "other" group is many tiny clusters: its questions are each asked by very few people
            central=[] if is_other else [int(qs.message_ids[i]) for i in nearest], rows=rows))
    return topics, topic_of
