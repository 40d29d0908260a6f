import numpy as np
import pytest

from medassist.training.evaluate.bootstrap import SampleStats, bootstrap_ci, mean_stats, paired_bootstrap


def test_mean_ci_matches_normal_theory():
    rng = np.random.default_rng(123)
    x = rng.normal(5.0, 2.0, size=2000)
    lo, hi = bootstrap_ci(mean_stats(x), n_resamples=2000, seed=0)
    half = 1.96 * x.std(ddof=1) / np.sqrt(len(x))  # ~0.088
    assert lo < x.mean() < hi
    assert (hi - lo) / 2 == pytest.approx(half, rel=0.15)
    assert (lo + hi) / 2 == pytest.approx(x.mean(), abs=0.02)


def test_bernoulli_ci_covers_truth_and_is_seeded():
    x = (np.random.default_rng(7).random(400) < 0.3).astype(float)
    ci = bootstrap_ci(mean_stats(x), seed=3)
    assert ci == bootstrap_ci(mean_stats(x), seed=3)
    assert ci[0] < 0.3 < ci[1]
    assert ci[1] - ci[0] == pytest.approx(2 * 1.96 * np.sqrt(0.3 * 0.7 / 400), rel=0.2)


def test_ratio_statistic_is_recomputed_per_resample():
    # loss = sum nll / sum tokens: a resample's score is its own ratio, not a mean of ratios
    s = SampleStats(np.array([[10.0, 10], [1.0, 1], [30.0, 10]]), lambda t, n: t[0] / t[1])
    assert s.score() == pytest.approx(41 / 21)
    assert s.resampled(np.array([[0, 0, 1]]))[0] == pytest.approx(21 / 21)


def test_paired_bootstrap_detects_shift_and_not_noise():
    rng = np.random.default_rng(0)
    base = rng.normal(0.3, 0.2, 300)
    shifted = paired_bootstrap(mean_stats(base), mean_stats(base + 0.05))
    assert shifted.diff == pytest.approx(0.05)
    assert shifted.significant and shifted.ci95[0] > 0
    same = paired_bootstrap(mean_stats(base), mean_stats(base))
    assert same.diff == 0 and not same.significant
    noise = paired_bootstrap(mean_stats(base), mean_stats(base + rng.normal(0, 0.2, 300)), seed=1)
    assert noise.ci95[0] < 0 < noise.ci95[1] and not noise.significant and noise.p_value > 0.05


def test_pairing_beats_unpaired_on_correlated_systems():
    # question difficulty varies a lot; the tuned system is a small constant better everywhere
    rng = np.random.default_rng(5)
    difficulty = rng.uniform(0, 1, 200)
    r = paired_bootstrap(mean_stats(difficulty), mean_stats(difficulty + 0.02 + rng.normal(0, 0.01, 200)))
    assert r.significant  # the unpaired CIs of the two means overlap almost entirely
    lo_a, hi_a = bootstrap_ci(mean_stats(difficulty))
    assert hi_a - lo_a > 0.05


def test_paired_requires_same_questions():
    from medassist.errors import MedAssistError

    with pytest.raises(MedAssistError):
        paired_bootstrap(mean_stats([1.0, 2.0]), mean_stats([1.0]))
