"""The model card's numbers must be exactly those in the committed metric files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from medassist.training.card import SCORES, SYSTEMS, fmt_score, render_card

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p for p in (REPO / "src" / "medassist" / "model" / "adapters").glob("*") if (p / "adapter_config.json").exists())


def card_rows(card: str) -> dict[str, list[str]]:
    """Evaluation-table rows keyed by metrics file stem: the cells after the system and n columns."""
    rows = {}
    for line in card.splitlines():
        m = re.match(r"\| .*\(`metrics/(\w+)\.json`\) \| (\d+) \| (.*) \|$", line)
        if m:
            rows[m.group(1)] = [m.group(2)] + [c.strip() for c in m.group(3).split("|")]
    return rows


def check_card_against_metrics(card: str, metrics_dir: Path) -> int:
    rows = card_rows(card)
    checked = 0
    for key, _ in SYSTEMS:
        path = metrics_dir / f"{key}.json"
        if not path.exists():
            assert key not in rows
            continue
        metrics = json.loads(path.read_text())
        assert rows[key][0] == str(metrics["n"])
        for (k, _, scale), cell in zip(SCORES, rows[key][1:], strict=True):
            assert cell == fmt_score(metrics, k, scale), (key, k)
            if k in metrics:  # and the formatted value really is the file's number
                assert abs(float(cell.split()[0]) - metrics[k] * scale) < 0.005 + 1e-9
                checked += 1
    return checked


def _fake_adapter(tmp_path: Path) -> Path:
    d = tmp_path / "adapter"
    (d / "metrics").mkdir(parents=True)
    (d / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "org/base"}))
    (d / "train_summary.json").write_text(json.dumps({"wall_seconds": 60, "best_val_loss": 1.5,
                                                      "base_val_loss": 2.0, "steps": 10, "epochs": 1}))
    (d / "medassist_training.json").write_text(json.dumps({"base_model": "b", "data_fingerprint": "f",
                                                           "train_question_hashes": ["a"]}))
    for key, offset in (("base", 0.0), ("tuned", 0.1)):
        (d / "metrics" / f"{key}.json").write_text(json.dumps({
            "n": 200, "rougeL": 0.2 + offset, "bleu": 3.0 + offset, "semantic_similarity": 0.5 + offset,
            "perplexity": 20.0 - offset * 50,
            "ci95": {"rougeL": [0.18 + offset, 0.22 + offset], "bleu": [2.5 + offset, 3.5 + offset],
                     "semantic_similarity": [0.48 + offset, 0.52 + offset],
                     "perplexity": [19.0 - offset * 50, 21.0 - offset * 50]}}))
    return d


def test_rendered_card_matches_metrics_and_states_significance(tmp_path):
    d = _fake_adapter(tmp_path)
    card = render_card(d)
    assert check_card_against_metrics(card, d / "metrics") == 8
    assert "fine-tuned vs base, ROUGE-L: 30.00 [28.00, 32.00] vs 20.00 [18.00, 22.00] → **better**" in card
    assert "fine-tuned vs base, BLEU" in card and "**not distinguishable**" in card


def test_card_verdicts_treat_lower_rates_as_better(tmp_path):
    d = _fake_adapter(tmp_path)
    for key, rate in (("base", 0.5), ("tuned", 0.01)):
        m = json.loads((d / "metrics" / f"{key}.json").read_text())
        m["degenerate_rate"], m["ci95"]["degenerate_rate"] = rate, [rate * 0.8, rate * 1.2]
        m["generation"] = {"max_new_tokens": 192, "temperature": 0.0}
        m["reference_mid_sentence_rate"] = 0.1
        (d / "metrics" / f"{key}.json").write_text(json.dumps(m))
    card = render_card(d)
    assert "fine-tuned vs base, Looping %: 1.00 [0.80, 1.20] vs 50.00 [40.00, 60.00] → **better**" in card
    assert "max_new_tokens=192" in card and "reference answers: 10.0%" in card
    assert check_card_against_metrics(card, d / "metrics") == 10


def test_card_check_catches_a_drifted_number(tmp_path):
    d = _fake_adapter(tmp_path)
    card = render_card(d)
    m = json.loads((d / "metrics" / "tuned.json").read_text())
    m["rougeL"] = 0.31
    (d / "metrics" / "tuned.json").write_text(json.dumps(m))
    with pytest.raises(AssertionError):
        check_card_against_metrics(card, d / "metrics")


@pytest.mark.parametrize("adapter", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_card_matches_committed_metrics(adapter):
    card = (adapter / "README.md").read_text()
    assert check_card_against_metrics(card, adapter / "metrics") >= 8  # base and tuned, all four scores
    assert card.startswith("---\n") and "disclaimer" in card.lower()


@pytest.mark.parametrize("adapter", SHIPPED, ids=[p.name for p in SHIPPED])
def test_readme_results_table_matches_committed_metrics(adapter):
    readme = (REPO / "README.md").read_text()
    assert check_card_against_metrics(readme, adapter / "metrics") >= 8


def test_card_states_each_machine_and_the_total_time_of_a_resumed_run(tmp_path):
    d = _fake_adapter(tmp_path)
    summary = json.loads((d / "train_summary.json").read_text())
    gpu = {"device": "cuda", "device_name": "NVIDIA H200", "dtype": "bfloat16", "world_size": 1}
    cpu = {"device": "cpu", "device_name": None, "dtype": "bfloat16", "world_size": 1}
    summary |= cpu | {"wall_seconds": 600, "total_wall_seconds": 1200, "peak_memory_gb": 7.5,
                      "sessions": [gpu | {"from_step": 0, "to_step": 500, "wall_seconds": 300},
                                   gpu | {"from_step": 500, "to_step": 800, "wall_seconds": 300},
                                   cpu | {"from_step": 800, "to_step": 1000, "wall_seconds": 600}]}
    (d / "train_summary.json").write_text(json.dumps(summary))
    card = render_card(d)
    assert ("| Hardware | steps 0–800: cuda (NVIDIA H200), bfloat16, world size 1; "
            "steps 800–1000: cpu, bfloat16, world size 1 |") in card
    assert "| Wall time | 20.0 min over 3 sessions (5.0, 5.0, 10.0 min); peak memory 7.50 GB" in card
    # one machine throughout: the plain line, as before
    summary["sessions"] = [cpu | {"from_step": 0, "to_step": 1000, "wall_seconds": 600}]
    summary["total_wall_seconds"] = 600
    (d / "train_summary.json").write_text(json.dumps(summary))
    card = render_card(d)
    assert "| Hardware | cpu, bfloat16, world size 1 |" in card and "| Wall time | 10.0 min; peak" in card
    assert "Training subset: the whole train split; " in card


def test_card_of_a_continued_adapter_states_both_stages(tmp_path):
    d = _fake_adapter(tmp_path)
    summary = json.loads((d / "train_summary.json").read_text())
    cpu = {"device": "cpu", "device_name": None, "dtype": "bfloat16", "world_size": 1}
    stage1 = cpu | {"path": "runs/stage1", "train_examples": 12153, "steps": 1520, "wall_seconds": 1800,
                    "total_wall_seconds": 2400, "base_val_loss": 2.3, "best_val_loss": 1.59, "peak_memory_gb": 11.2,
                    "tokens_per_s": 109}
    summary |= cpu | {"init_from": stage1, "total_wall_seconds": 600, "base_val_loss": 1.6, "best_val_loss": 1.4}
    (d / "train_summary.json").write_text(json.dumps(summary))
    (d / "config.yaml").write_text("data: {max_train_samples: 960, retrieval_k: 3, max_length: 768}\n")
    card = render_card(d)
    assert ("| Stage 1 (`runs/stage1`) | 12153 examples, 1520 steps; cpu, bfloat16, world size 1; 40.0 min; "
            "peak memory 11.20 GB and 109 tokens/s; validation loss base 2.3000 → 1.5900 |") in card
    assert "both stages together 50.0 min |" in card
    assert "| Validation loss | stage-1 adapter 1.6000 → tuned (best) 1.4000 (prompts as in this stage) |" in card
    assert "Training subset (stage 2): the first 960 records" in card
    assert "with 3 retrieved passages in every prompt" in card
    # a single-stage adapter has neither
    summary.pop("init_from")
    (d / "train_summary.json").write_text(json.dumps(summary))
    (d / "config.yaml").write_text("data: {max_length: 288}\n")
    card = render_card(d)
    assert "Stage 1" not in card and "| Validation loss | base 1.6000" in card
    assert "with the question alone in the prompt" in card
