"""Percentile bootstrap over per-sample statistics.

Every score is a `SampleStats`: an (n, k) matrix of per-sample sufficient statistics plus a function
that turns their column sums into the corpus score. A mean is k=1 (sum / n), perplexity's loss is
nll_sum / token_count, corpus BLEU is sacrebleu's 10 n-gram counts. Resampling rows and summing
columns therefore recomputes the *corpus* score for every resample (BLEU is not an average of
sentence BLEUs), and the same resampled rows give the paired bootstrap for two systems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from medassist.errors import MedAssistError

N_RESAMPLES = 1000
ALPHA = 0.05


@dataclass
class SampleStats:
    values: np.ndarray  # (n, k) per-sample sufficient statistics
    aggregate: Callable[[np.ndarray, int], float]  # (column sums, n) -> score

    def __post_init__(self) -> None:
        self.values = np.asarray(self.values, dtype=np.float64)
        if self.values.ndim == 1:
            self.values = self.values[:, None]
        if self.values.ndim != 2 or len(self.values) == 0:
            raise MedAssistError("a score needs at least one sample")

    @property
    def n(self) -> int:
        return len(self.values)

    def score(self) -> float:
        return float(self.aggregate(self.values.sum(axis=0), self.n))

    def resampled(self, idx: np.ndarray) -> np.ndarray:
        """Score for each row of an (B, n) index matrix."""
        sums = self.values[idx].sum(axis=1)
        return np.array([self.aggregate(s, idx.shape[1]) for s in sums], dtype=np.float64)


def mean_stats(values) -> SampleStats:
    return SampleStats(np.asarray(values, dtype=np.float64), lambda s, n: s[0] / n)


def resample_indices(n: int, n_resamples: int = N_RESAMPLES, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))


def percentile_ci(samples: np.ndarray, alpha: float = ALPHA) -> tuple[float, float]:
    finite = samples[np.isfinite(samples)]
    if len(finite) == 0:
        return (float("nan"), float("nan"))
    lo, hi = np.percentile(finite, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    return (float(lo), float(hi))


def bootstrap_ci(stats: SampleStats, n_resamples: int = N_RESAMPLES, seed: int = 0,
                 alpha: float = ALPHA) -> tuple[float, float]:
    """95% (by default) percentile bootstrap interval of the corpus score."""
    return percentile_ci(stats.resampled(resample_indices(stats.n, n_resamples, seed)), alpha)


@dataclass
class PairedResult:
    a: float
    b: float
    diff: float  # b - a (e.g. tuned minus base)
    ci95: tuple[float, float]
    p_value: float  # two-sided: share of resampled differences on the other side of 0, doubled

    @property
    def significant(self) -> bool:
        lo, hi = self.ci95
        return bool(lo > 0 or hi < 0)

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "diff": self.diff, "ci95": list(self.ci95),
                "p_value": self.p_value, "significant": self.significant}


def paired_bootstrap(a: SampleStats, b: SampleStats, n_resamples: int = N_RESAMPLES, seed: int = 0,
                     alpha: float = ALPHA) -> PairedResult:
    """Difference b - a on the same questions (rows aligned), with the same resampled rows for both
    systems so per-question difficulty cancels out."""
    if a.n != b.n:
        raise MedAssistError(f"paired bootstrap needs the same questions: {a.n} vs {b.n} samples")
    idx = resample_indices(a.n, n_resamples, seed)
    diffs = b.resampled(idx) - a.resampled(idx)
    diffs = diffs[np.isfinite(diffs)]
    p = 2 * min(float(np.mean(diffs <= 0)), float(np.mean(diffs >= 0))) if len(diffs) else float("nan")
    return PairedResult(a=a.score(), b=b.score(), diff=b.score() - a.score(),
                        ci95=percentile_ci(diffs, alpha), p_value=min(1.0, p))
