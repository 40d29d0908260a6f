"""Clustering quality on the labelled topic sample: adjusted Rand index (ARI) of each method against
the known topics, for the admin insights page's choice of method (GitHub issue 24).

Protocol: the 15 topics are split in two halves (alternate topics, 8 and 7). Every setting a method
has (a distance threshold, a neighbourhood size, a weight) is chosen by ARI on one half and the
method is scored on the other, both ways round; the score is the mean of the two. No label of a
scored half chooses anything. Methods with a random start are run with seeds 0-4 on the scored half
(settings are chosen with seeds 100 and 101) and reported as mean, standard deviation and minimum,
so no number is one lucky seed. The shipped method (insights_topics.cluster) runs as the page runs
it; it has no setting and no random start. K-means told the true number of topics of the half
("oracle k") is a reference no real week can give.

    PYTHONPATH=src python datasets/topics/evaluate.py   # a few minutes on 2 cores; writes results.json
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering, KMeans, SpectralClustering
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.neighbors import kneighbors_graph

from medassist.bot.admin.insights_topics import K_GRID, cluster, kmeans_silhouette
from medassist.bot.admin.insights_topics import medquad_centroids as shipped_medquad_centroids
from medassist.model.retrieval.embedder import MiniLMEmbedder

HERE = Path(__file__).parent
SEEDS = (0, 1, 2, 3, 4)
TUNE_SEEDS = (100, 101)
KS = tuple(range(2, 31))  # the candidate numbers of topics for the silhouette / eigengap of the other methods

warnings.simplefilter("ignore")  # k-means on duplicate points, HDBSCAN's future-default notes


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def by_silhouette(x: np.ndarray, fit: Callable[[int], np.ndarray]) -> np.ndarray:
    """The labelling of the k (in KS) with the best cosine silhouette."""
    best, best_score = None, -2.0
    for k in KS:
        if k >= len(x):
            break
        labels = fit(k)
        if 2 <= len(set(labels.tolist())) < len(x):
            score = silhouette_score(x, labels, metric="cosine")
            if score > best_score:
                best, best_score = labels, score
    return best


def kmeans(x: np.ndarray, k: int, seed: int, n_init: int = 1) -> np.ndarray:
    return KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit_predict(x)


def knn_affinity(x: np.ndarray, neighbours: int):
    g = kneighbors_graph(x, min(neighbours, len(x) - 1), metric="cosine", include_self=False)
    return 0.5 * (g + g.T)


def eigengap_k(affinity) -> int:
    from scipy.sparse.csgraph import laplacian

    values = np.linalg.eigvalsh(laplacian(affinity.toarray(), normed=True))[:max(KS) + 1]
    return int(np.argmax(np.diff(values)[1:]) + 2)


def spectral(x: np.ndarray, k: int, neighbours: int, seed: int) -> np.ndarray:
    return SpectralClustering(k, affinity="precomputed", random_state=seed,
                              assign_labels="cluster_qr").fit_predict(knn_affinity(x, neighbours).toarray())


def consensus(x: np.ndarray, threshold: float, seed: int, runs: int = 30) -> np.ndarray:
    """Co-association of `runs` k-means runs (random k in 5-30), cut by average linkage."""
    rng = np.random.default_rng(seed)
    together = np.zeros((len(x), len(x)))
    for _ in range(runs):
        labels = kmeans(x, int(rng.integers(5, 31)), int(rng.integers(1 << 30)))
        together += labels[:, None] == labels[None, :]
    return AgglomerativeClustering(None, metric="precomputed", linkage="average",
                                   distance_threshold=threshold).fit_predict(1 - together / runs)


def whiten(x: np.ndarray, components: int) -> np.ndarray:
    return unit(PCA(components, whiten=True, random_state=0).fit_transform(x))


def enrich(x: np.ndarray, weight: float, centroids: np.ndarray) -> np.ndarray:
    """The vector, and its standardised similarity profile to the MedQuAD topic centroids, mixed."""
    profile = x @ centroids.T
    profile = unit((profile - profile.mean(1, keepdims=True)) / profile.std(1, keepdims=True))
    return unit(np.hstack([x * (1 - weight) ** 0.5, profile * weight ** 0.5]))


Method = Callable[[np.ndarray, object, int], np.ndarray]  # (vectors, setting, seed) -> labels


def held_out(x: np.ndarray, y: np.ndarray, halves: list[np.ndarray], settings: Sequence, method: Method,
             seeds: Sequence[int] = SEEDS) -> dict:
    per_seed, chosen, per_half = [], [], [[], []]
    picks = []
    for h, (tune, test) in enumerate((halves, halves[::-1])):
        pick = settings[0] if len(settings) == 1 else max(settings, key=lambda p: np.mean(
            [adjusted_rand_score(y[tune], method(x[tune], p, s)) for s in TUNE_SEEDS]))
        picks.append(pick)
        for s in seeds:
            labels = method(x[test], pick, s)
            per_half[h].append(adjusted_rand_score(y[test], labels))
            chosen.append(len(set(labels.tolist())))
    per_seed = [(a + b) / 2 for a, b in zip(*per_half, strict=True)]
    return {"ari_mean": round(float(np.mean(per_seed)), 3), "ari_sd": round(float(np.std(per_seed)), 3),
            "ari_min": round(float(np.min(per_seed)), 3),
            "per_half_mean": [round(float(np.mean(v)), 3) for v in per_half],
            "setting_chosen_per_half": [p if p is None or isinstance(p, (int, float)) else list(p) for p in picks],
            "clusters_found": sorted(set(chosen)), "seeds": len(seeds)}


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    x = unit(np.asarray(MiniLMEmbedder().encode([r["text"] for r in rows]), dtype=np.float32))
    y = np.array([r["topic"] for r in rows])
    topics = sorted(set(y))
    halves = [np.isin(y, topics[::2]), np.isin(y, topics[1::2])]
    centroids = shipped_medquad_centroids(MiniLMEmbedder().name)  # what the page loads

    def oracle_k(v: np.ndarray) -> int:  # the true number of topics of the half being clustered
        return 8 if len(v) == int(halves[0].sum()) else 7

    methods: dict[str, tuple[Sequence, Method, Sequence[int]]] = {
        "shipped: MedQuAD-profile spectral, eigengap k (insights_topics.cluster)": (
            [None], lambda v, p, s: cluster(v, medquad=centroids), (0,)),
        "average linkage, silhouette k, k-means refine, far apart": (
            [None], lambda v, p, s: cluster(v, method="average_linkage_kmeans"), (0,)),
        "k-means, silhouette k (shipped before)": (
            [None], lambda v, p, s: kmeans_silhouette(v, K_GRID, seed=s)[0], SEEDS),
        "k-means, true k (oracle; n_init=10)": ([None], lambda v, p, s: kmeans(v, oracle_k(v), s, 10), SEEDS),
        "agglomerative average cosine, distance threshold": (
            [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9],
            lambda v, p, s: AgglomerativeClustering(None, metric="cosine", linkage="average",
                                                    distance_threshold=p).fit_predict(v), (0,)),
        "agglomerative average cosine, silhouette k (no refine)": (
            [None], lambda v, p, s: by_silhouette(v, lambda k: AgglomerativeClustering(
                k, metric="cosine", linkage="average").fit_predict(v)), (0,)),
        "agglomerative Ward on unit vectors, silhouette k": (
            [None], lambda v, p, s: by_silhouette(v, lambda k: AgglomerativeClustering(
                k, linkage="ward").fit_predict(v)), (0,)),
        "HDBSCAN, min cluster size": (
            [3, 5, 8], lambda v, p, s: HDBSCAN(min_cluster_size=p, min_samples=1).fit_predict(v), (0,)),
        "spectral on cosine kNN graph, k by eigengap": (
            [5, 10, 15, 20], lambda v, p, s: spectral(v, eigengap_k(knn_affinity(v, p)), p, s), SEEDS),
        "spectral on cosine kNN graph, silhouette k": (
            [5, 10, 15, 20], lambda v, p, s: by_silhouette(v, lambda k: spectral(v, k, p, s)), SEEDS),
        "consensus of 30 k-means runs, cut threshold": (
            [0.3, 0.4, 0.5, 0.6, 0.7], lambda v, p, s: consensus(v, p, s), SEEDS),
        "PCA whitening + k-means, silhouette k": (
            [10, 20, 40, 80], lambda v, p, s: (lambda w: by_silhouette(w, lambda k: kmeans(w, k, s)))(whiten(v, p)),
            SEEDS),
        "MedQuAD-profile features + k-means, silhouette k": (
            [0.0, 0.25, 0.5, 0.75],
            lambda v, p, s: (lambda w: by_silhouette(w, lambda k: kmeans(w, k, s)))(enrich(v, p, centroids)), SEEDS),
        "MedQuAD-profile features + Ward, silhouette k": (
            [0.0, 0.25, 0.5, 0.75],
            lambda v, p, s: (lambda w: by_silhouette(w, lambda k: AgglomerativeClustering(
                k, linkage="ward").fit_predict(w)))(enrich(v, p, centroids)), (0,)),
        "MedQuAD-profile features + spectral kNN, k by eigengap": (
            [(w, n) for w in (0.0, 0.25, 0.5, 0.75) for n in (5, 10, 15, 20)],
            lambda v, p, s: (lambda w: spectral(w, eigengap_k(knn_affinity(w, p[1])), p[1], s))(
                enrich(v, p[0], centroids)), SEEDS),
    }
    results: dict = {"questions": len(rows), "topics": len(topics), "embedder": MiniLMEmbedder().name,
                     "protocol": "settings chosen on one half of the topics, ARI on the other, mean of both ways",
                     "held_out": {}}
    for name, (settings, method, seeds) in methods.items():
        t0 = time.perf_counter()
        results["held_out"][name] = held_out(x, y, halves, settings, method, seeds)
        print(f"{name:60s} {results['held_out'][name]}  ({time.perf_counter() - t0:.0f} s)", flush=True)
    shipped_all = cluster(x, medquad=centroids)
    results["all_300_no_tuning"] = {
        "shipped": {"ari": round(float(adjusted_rand_score(y, shipped_all)), 3),
                    "clusters": len(set(shipped_all.tolist()))},
        "k-means, silhouette k (seed 0)": round(float(adjusted_rand_score(y, kmeans_silhouette(x)[0])), 3),
        "k-means, k = 15 (mean of seeds 0-4)": round(float(np.mean(
            [adjusted_rand_score(y, kmeans(x, 15, s, 10)) for s in SEEDS])), 3),
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results["all_300_no_tuning"], indent=2))


if __name__ == "__main__":
    main()
