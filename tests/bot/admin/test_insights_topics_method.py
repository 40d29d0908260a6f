"""The shipped clustering (MedQuAD-profile spectral, eigengap k) on small synthetic topics: it finds
the topics without being told how many, keeps a question about nothing else apart, and falls back
to average linkage when no MedQuAD centroids match the vectors."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score

from medassist.bot.admin.insights_topics import cluster, spectral_eigengap


def _topics(seed: int = 0, topics: int = 4, per: int = 40, dim: int = 48):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(topics, dim))
    y = np.repeat(np.arange(topics), per)
    x = centres[y] + rng.normal(scale=0.35, size=(len(y), dim))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    # "MedQuAD topics": directions near each true centre and many unrelated ones
    medquad = np.vstack([centres + rng.normal(scale=0.3, size=centres.shape), rng.normal(size=(60, dim))])
    medquad /= np.linalg.norm(medquad, axis=1, keepdims=True)
    return x.astype(np.float32), y, medquad.astype(np.float32), rng


def test_finds_the_number_of_topics_and_keeps_a_stray_question_apart():
    x, y, medquad, rng = _topics()
    stray = -x[:40].mean(axis=0)  # opposite to a whole topic: near none
    x = np.vstack([x, stray / np.linalg.norm(stray)]).astype(np.float32)
    labels, centroids = spectral_eigengap(x, medquad)
    assert adjusted_rand_score(y, labels[:-1]) == 1.0
    assert len(centroids) == 4 and labels[-1] >= 4 and (labels == labels[-1]).sum() == 1


def test_without_medquad_centroids_it_still_clusters():
    x, y, _, _ = _topics(seed=1)
    assert adjusted_rand_score(y, cluster(x, medquad=None)) > 0.95
    wrong_space = np.eye(8, dtype=np.float32)  # another model's dimension: not used
    assert adjusted_rand_score(y, cluster(x, medquad=wrong_space)) > 0.95


def test_a_large_period_is_clustered_on_a_sample_and_every_question_assigned():
    """(a sample this large takes the sparse eigensolver)"""
    x, y, medquad, _ = _topics(seed=2, per=150)
    labels = cluster(x, medquad=medquad, max_points=400)
    assert len(labels) == len(x) and adjusted_rand_score(y, labels) > 0.95


def test_medquad_centroids_only_for_the_shipped_embedder():
    """The page mixes in the MedQuAD profile only when the stored vectors are MiniLM's (the space
    the MedQuAD vectors are in); a test or another model's vectors get none."""
    from medassist.bot.admin.insights_topics import MEDQUAD_TOPICS, medquad_centroids
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    assert medquad_centroids("test-words-v1") is None and medquad_centroids(None) is None
    c = medquad_centroids(MiniLMEmbedder().name)
    assert c.shape == (MEDQUAD_TOPICS, 384) and np.allclose(np.linalg.norm(c, axis=1), 1, atol=1e-4)
