"""Clustering quality on the labelled topic sample: adjusted Rand index of each method against the
known topics, for the admin insights page's choice of method (GitHub issue 24).

Settings tuned with the labels (the agglomerative distance threshold, HDBSCAN's minimum cluster
size) are chosen on one half of the topics and scored on the other half, both ways round, so no
score comes from a setting picked on the questions it is measured on. The shipped method, k-means
with k chosen by silhouette (no labels), runs as the page runs it (insights_topics.cluster). K-means
with the true number of topics ("oracle k") is an upper reference no real week gives.

    PYTHONPATH=src python datasets/topics/evaluate.py   # writes datasets/topics/results.json
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering, KMeans
from sklearn.metrics import adjusted_rand_score

from medassist.bot.admin.insights_topics import cluster
from medassist.model.retrieval.embedder import MiniLMEmbedder

HERE = Path(__file__).parent
THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
MIN_SIZES = [3, 5, 8]


def agglomerative_labels(x: np.ndarray, threshold: float) -> np.ndarray:
    return AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                   distance_threshold=threshold).fit_predict(x)


def kmeans(x: np.ndarray, k: int) -> np.ndarray:
    return KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(x)


def hdbscan(x: np.ndarray, m: int) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return HDBSCAN(min_cluster_size=m, min_samples=1).fit_predict(x)


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    x = MiniLMEmbedder().encode([r["text"] for r in rows])
    y = np.array([r["topic"] for r in rows])
    topics = sorted(set(y))
    halves = [np.isin(y, topics[::2]), np.isin(y, topics[1::2])]
    held_out: dict[str, list[float]] = {"kmeans_silhouette_k (shipped)": [], "agglomerative": [], "hdbscan": [],
                                        "kmeans_oracle_k": []}
    chosen: dict[str, list] = {"agglomerative_threshold": [], "hdbscan_min_cluster_size": [],
                               "kmeans_silhouette_k": []}
    for tune, test in (halves, halves[::-1]):
        t = max(THRESHOLDS, key=lambda t: adjusted_rand_score(y[tune], agglomerative_labels(x[tune], t)))
        m = max(MIN_SIZES, key=lambda m: adjusted_rand_score(y[tune], hdbscan(x[tune], m)))
        shipped = cluster(x[test])
        chosen["agglomerative_threshold"].append(t)
        chosen["hdbscan_min_cluster_size"].append(m)
        chosen["kmeans_silhouette_k"].append(int(len(set(shipped.tolist()))))
        held_out["kmeans_silhouette_k (shipped)"].append(adjusted_rand_score(y[test], shipped))
        held_out["agglomerative"].append(adjusted_rand_score(y[test], agglomerative_labels(x[test], t)))
        held_out["hdbscan"].append(adjusted_rand_score(y[test], hdbscan(x[test], m)))
        held_out["kmeans_oracle_k"].append(adjusted_rand_score(y[test], kmeans(x[test], len(set(y[test])))))
    shipped_all = cluster(x)
    results = {
        "questions": len(rows), "topics": len(topics), "embedder": MiniLMEmbedder().name,
        "held_out_ari_mean": {k: round(float(np.mean(v)), 3) for k, v in held_out.items()},
        "held_out_ari_per_half": {k: [round(float(a), 3) for a in v] for k, v in held_out.items()},
        "settings_chosen_per_half": chosen,
        "all_300": {
            "kmeans_silhouette_k (shipped)": {"ari": round(float(adjusted_rand_score(y, shipped_all)), 3),
                                              "clusters": int(len(set(shipped_all.tolist())))},
            # tuned and scored on the same 300 questions: optimistic for these two
            "agglomerative_best_threshold": sorted(
                ({"threshold": t, "ari": round(float(adjusted_rand_score(y, agglomerative_labels(x, t))), 3)}
                 for t in THRESHOLDS), key=lambda r: -r["ari"])[0],
            "hdbscan_best_min_cluster_size": sorted(
                ({"min_cluster_size": m, "ari": round(float(adjusted_rand_score(y, hdbscan(x, m))), 3)}
                 for m in MIN_SIZES), key=lambda r: -r["ari"])[0],
            "kmeans_oracle_k_15": round(float(adjusted_rand_score(y, kmeans(x, 15))), 3),
        },
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
