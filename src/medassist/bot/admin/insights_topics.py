"""Topics: the period's questions clustered by their MiniLM vectors, each named by the MedQuAD
topics its questions are nearest to and shown with its most central questions.

Method (average_linkage_kmeans): average-linkage clustering on cosine distance (SciPy), cut at the
number of topics with the best cosine silhouette (no labels), refined by scikit-learn's k-means
started from the cut's centroids; a question far from every topic stays apart. On the labelled
sample in datasets/topics, scored on topics no setting was chosen on, it beat k-means with k
chosen by silhouette (the method before) and k-means told the true number of topics, averaged
over seeds (numbers in datasets/topics/results.json and the README). A large period is clustered
on a fixed-seed sample of MAX_POINTS questions; every question then joins its nearest centroid (a
matrix product).
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from medassist.bot.admin.insights_embeddings import Questions

log = logging.getLogger(__name__)

K_GRID = (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 23, 26, 30, 35, 40, 50, 60)
MAX_POINTS = 1500
SILHOUETTE_POINTS = 1000
ASSIGN_SIMILARITY = 0.35  # a previous period's question nearer than this to no topic counts nowhere
MIN_PEOPLE_FOR_TEXT = 3  # a topic asked by fewer people shows no question text (privacy)
MIN_TOPIC_QUESTIONS = 2  # smaller clusters are counted under "other questions"
EXAMPLES = 3
SEED = 0


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def kmeans_silhouette(x: np.ndarray, grid: tuple[int, ...] = K_GRID, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """(labels, unit centroids) of the k-means run whose k has the best cosine silhouette."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # OpenMP threads fighting a busy server's cores were 10-20x slower (measured)
        return _kmeans_silhouette(x, grid, KMeans, silhouette_score, seed)


def _kmeans_silhouette(x: np.ndarray, grid: tuple[int, ...], KMeans, silhouette_score,
                       seed: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(x)
    ks = [k for k in grid if k < n]
    if not ks:
        return np.zeros(n, dtype=np.int64), _unit(x.mean(axis=0, keepdims=True))
    # One cosine distance matrix (of a fixed sample) serves every k's silhouette.
    rows = np.random.default_rng(SEED).choice(n, min(n, SILHOUETTE_POINTS), replace=False)
    distances = np.clip(1 - x[rows] @ x[rows].T, 0, 2)
    np.fill_diagonal(distances, 0)
    best = None
    for k in ks:
        with warnings.catch_warnings():  # duplicate questions: fewer distinct points than k
            warnings.simplefilter("ignore")
            km = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(x)
        labels = km.labels_[rows]
        if not 2 <= len(set(labels.tolist())) < len(rows):
            continue
        score = silhouette_score(distances, labels, metric="precomputed")
        if best is None or score > best[0]:
            best = (score, km)
    if best is None:
        return np.zeros(n, dtype=np.int64), _unit(x.mean(axis=0, keepdims=True))
    km = best[1]
    return np.asarray(km.labels_, dtype=np.int64), _unit(km.cluster_centers_.astype(np.float32))


def average_linkage_kmeans(x: np.ndarray, grid: tuple[int, ...] = K_GRID) -> tuple[np.ndarray, np.ndarray]:
    """(labels, unit centroids): average-linkage clustering on cosine distance, cut at the k of the
    grid with the best cosine silhouette (no labels), then k-means started from that cut's
    centroids (singleton clusters dropped), which moves the questions the tree put in the wrong
    branch; a question then farther than ASSIGN_SIMILARITY from its topic's centre is a topic of
    its own (it ends under "other questions", not inside a topic it is not about). Deterministic:
    no random restarts to be lucky or unlucky with."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist, squareform
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from threadpoolctl import threadpool_limits

    n = len(x)
    ks = [k for k in grid if k < n]
    if not ks:
        return np.zeros(n, dtype=np.int64), _unit(x.mean(axis=0, keepdims=True))
    condensed = np.clip(pdist(x.astype(np.float64), "cosine"), 0, 2)
    tree = linkage(condensed, method="average")
    rows = np.sort(np.random.default_rng(SEED).choice(n, min(n, SILHOUETTE_POINTS), replace=False))
    distances = squareform(condensed)[np.ix_(rows, rows)]
    best = None
    for k in ks:
        labels = fcluster(tree, k, criterion="maxclust") - 1
        if not 2 <= len(set(labels[rows].tolist())) < len(rows):
            continue
        score = silhouette_score(distances, labels[rows], metric="precomputed")
        if best is None or score > best[0]:
            best = (score, labels)
    if best is None:
        return np.zeros(n, dtype=np.int64), _unit(x.mean(axis=0, keepdims=True))
    labels = best[1]
    sizes = np.bincount(labels)
    kept = np.flatnonzero(sizes >= 2)
    if len(kept) < 2:
        return labels.astype(np.int64), centroids_of(x, labels, len(sizes))
    init = np.stack([x[labels == c].mean(axis=0) for c in kept])
    with threadpool_limits(1), warnings.catch_warnings():  # (threads: see kmeans_silhouette)
        warnings.simplefilter("ignore")  # duplicate questions: fewer distinct points than k
        km = KMeans(n_clusters=len(kept), init=init, n_init=1).fit(x)
    centroids = _unit(km.cluster_centers_.astype(np.float32))
    return apart(x, np.asarray(km.labels_, dtype=np.int64), centroids), centroids


def apart(x: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """`labels` with each question farther than ASSIGN_SIMILARITY from its centroid given a label
    of its own (after all of the centroids' labels)."""
    far = np.flatnonzero(np.einsum("ij,ij->i", x, centroids[labels]) < ASSIGN_SIMILARITY)
    labels = labels.copy()
    labels[far] = len(centroids) + np.arange(len(far))
    return labels


PROFILE_WEIGHT = 0.75  # share of the MedQuAD profile in the features (chosen on datasets/topics halves)
NEIGHBOURS = 20  # of each question in the similarity graph (chosen likewise)
MEDQUAD_TOPICS = 2000  # the most frequent MedQuAD foci whose centroids make the profile


def profile_features(x: np.ndarray, centroids: np.ndarray, weight: float = PROFILE_WEIGHT) -> np.ndarray:
    """Each vector with its similarity profile to the MedQuAD topic centroids (standardised per
    question), mixed by `weight`: two questions about one disease in different words share the
    MedQuAD topics they are near even where their own vectors differ."""
    profile = x @ centroids.T
    profile = _unit((profile - profile.mean(axis=1, keepdims=True)) / np.maximum(
        profile.std(axis=1, keepdims=True), 1e-12))
    return _unit(np.hstack([x * (1 - weight) ** 0.5, profile * weight ** 0.5]).astype(np.float32))


def spectral_eigengap(x: np.ndarray, centroids: np.ndarray | None, grid: tuple[int, ...] = K_GRID,
                      neighbours: int = NEIGHBOURS) -> tuple[np.ndarray, np.ndarray]:
    """(labels, unit centroids): spectral clustering (scikit-learn) of the questions' cosine
    k-nearest-neighbour graph over their MedQuAD-profile features, the number of topics read off
    the largest gap in the graph Laplacian's smallest eigenvalues (no labels); a question then
    farther than ASSIGN_SIMILARITY from its topic's centre is a topic of its own. Without MedQuAD
    centroids (another embedding model) it falls back to average_linkage_kmeans."""
    from scipy.sparse.csgraph import laplacian
    from scipy.sparse.linalg import ArpackNoConvergence, eigsh
    from sklearn.cluster import SpectralClustering
    from sklearn.neighbors import kneighbors_graph
    from threadpoolctl import threadpool_limits

    n = len(x)
    if centroids is None or centroids.shape[1] != x.shape[1] or n <= max(3, neighbours // 2):
        return average_linkage_kmeans(x, grid)
    features = profile_features(x, centroids)
    with threadpool_limits(1):  # (threads: see kmeans_silhouette)
        graph = kneighbors_graph(features, min(neighbours, n - 1), metric="cosine", include_self=False)
        graph = 0.5 * (graph + graph.T)
        lap = laplacian(graph, normed=True)
        m = min(max(grid) + 1, n - 1)
        values = None
        if n > 4 * m:
            try:
                values = np.sort(eigsh(lap, k=m, which="SA", v0=np.full(n, 1 / n ** 0.5))[0])
            except ArpackNoConvergence:  # rare; the dense solver always answers (a second or two at 1,500)
                values = None
        if values is None:
            values = np.linalg.eigvalsh(lap.toarray())[:m]
        k = int(np.argmax(np.diff(values)[1:]) + 2)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a graph in several pieces: still clustered
            labels = SpectralClustering(k, affinity="precomputed", assign_labels="cluster_qr",
                                        random_state=SEED).fit_predict(graph)
    labels = np.unique(labels, return_inverse=True)[1].reshape(-1).astype(np.int64)
    c = centroids_of(x, labels, int(labels.max()) + 1)
    return apart(x, labels, c), c


_medquad: dict[str, np.ndarray | None] = {}
_medquad_lock = threading.Lock()


def medquad_centroids(model: str | None) -> np.ndarray | None:
    """Unit centroids of the MedQuAD passages of its most frequent foci, in the space of `model`
    (the stored vectors' embedder): only for the shipped MiniLM, whose MedQuAD vectors come with the
    package or `admin reindex`'s cache (never embedded here); None for any other model. Loaded once
    per process (about half a second)."""
    from medassist.model.retrieval.embedder import embedder_name, shared_embedder

    embedder = shared_embedder()
    if model is None or model != embedder_name(embedder):
        return None
    with _medquad_lock:
        if model not in _medquad:
            _medquad[model] = _load_medquad_centroids(embedder)
    return _medquad[model]


def _load_medquad_centroids(embedder) -> np.ndarray | None:
    from medassist.bot.admin.insights_embeddings import Reference

    try:
        retriever = Reference.medquad(embedder).retriever
    except Exception:  # no corpus here: topics without the profile, still clustered
        log.exception("no MedQuAD vectors for the insights topics; clustering without them")
        return None
    vectors = retriever.index.reconstruct_n(0, retriever.index.ntotal)
    foci = [(r.extra or {}).get("focus") or r.question.strip() for r in retriever.records]
    top = {f: i for i, (f, _) in enumerate(Counter(foci).most_common(MEDQUAD_TOPICS))}
    sums = np.zeros((len(top), vectors.shape[1]), dtype=np.float64)
    for v, f in zip(vectors, foci, strict=True):
        if f in top:
            sums[top[f]] += v
    return _unit(sums).astype(np.float32)


METHODS = {"medquad_spectral": spectral_eigengap, "average_linkage_kmeans": average_linkage_kmeans,
           "kmeans_silhouette": kmeans_silhouette}
METHOD = "medquad_spectral"  # chosen on datasets/topics (evaluate.py); kmeans_silhouette before
OUTLIERS_APART = {"medquad_spectral", "average_linkage_kmeans"}


def centroids_of(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    c = np.zeros((k, x.shape[1]), dtype=np.float32)
    np.add.at(c, labels, x)
    return _unit(c)


def cluster(x: np.ndarray, *, max_points: int = MAX_POINTS, method: str = METHOD,
            medquad: np.ndarray | None = None) -> np.ndarray:
    """A topic label per row (`medquad`: the MedQuAD topic centroids, see medquad_centroids)."""
    fit = (lambda v: spectral_eigengap(v, medquad)) if method == "medquad_spectral" else METHODS[method]
    if len(x) <= max_points:
        return fit(x)[0]
    sample = np.random.default_rng(SEED).choice(len(x), max_points, replace=False)
    _, centroids = fit(x[sample])
    labels = np.asarray(np.argmax(x @ centroids.T, axis=1), dtype=np.int64)
    return apart(x, labels, centroids) if method in OUTLIERS_APART else labels


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


def build_topics(qs: Questions, previous: Questions | None = None,
                 medquad: np.ndarray | None = None) -> tuple[list[Topic], np.ndarray]:
    """The period's topics, largest first (with an "other questions" topic last for clusters of
    fewer than MIN_TOPIC_QUESTIONS), and each question's topic id (aligned with `qs`)."""
    if len(qs) == 0:
        return [], np.zeros(0, dtype=np.int64)
    labels = cluster(qs.vectors, medquad=medquad)
    labels = np.unique(labels, return_inverse=True)[1].reshape(-1)  # no empty labels
    k = int(labels.max()) + 1
    centroids = centroids_of(qs.vectors, labels, k)
    sizes = np.bincount(labels, minlength=k)
    order = [c for c in np.argsort(-sizes, kind="stable") if sizes[c] >= MIN_TOPIC_QUESTIONS]
    small = [c for c in range(k) if sizes[c] < MIN_TOPIC_QUESTIONS]
    before = np.zeros(k, dtype=np.int64)
    if previous is not None and len(previous):
        sims = previous.vectors @ centroids.T
        best = np.argmax(sims, axis=1)
        close = sims[np.arange(len(best)), best] >= ASSIGN_SIMILARITY  # a question no topic is near counts nowhere
        before = np.bincount(best[close], minlength=k)
    topic_of = np.zeros(len(qs), dtype=np.int64)
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    groups = [[c] for c in order] + ([small] if small else [])
    for tid, group in enumerate(groups, 1):
        rows = np.flatnonzero(np.isin(labels, group))
        topic_of[rows] = tid
        counts = Counter(qs.reference_topics[i] for i in rows if qs.reference_topics[i])
        medquad = counts.most_common(3)
        is_other = group is small
        centre = centroids_of(qs.vectors[rows], np.zeros(len(rows), dtype=np.int64), 1)[0]
        nearest = rows[np.argsort(-(qs.vectors[rows] @ centre), kind="stable")[:EXAMPLES]]
        name = OTHER if is_other else topic_name(medquad)
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # two clusters nearest the same MedQuAD topics: tell them apart
            name = f"{name} ({seen[name]})"
        topics.append(Topic(
            id=tid, name=name, medquad_topics=medquad,
            questions=len(rows), people=len(set(qs.user_ids[rows].tolist())),
            previous=None if previous is None or is_other else int(before[group].sum()),
            # the "other" group is many tiny clusters: its questions are each asked by very few people
            central=[] if is_other else [int(qs.message_ids[i]) for i in nearest], rows=rows))
    return topics, topic_of
