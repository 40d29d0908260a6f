"""`medassist sweep`: one file, several runs, one table with the best run marked."""

from __future__ import annotations

import csv
import json

import pytest
import yaml

from medassist.errors import MedAssistError
from medassist.training.finetune.sweep import COLUMNS, load_sweep


def sweep_file(tmp_path, model_dir, data_dir, **extra):
    raw = {
        "output": str(tmp_path / "sweep"),
        "base": {"model": {"name": str(model_dir), "dtype": "fp32"},
                 "data": {"dir": str(data_dir), "max_length": 128},
                 "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
                 "train": {"epochs": 1, "warmup_ratio": 0.0, "save_steps": 50, "logging_steps": 1}},
        "experiments": [
            {"name": "fast", "set": {"train.learning_rate": 5e-2, "train.batch_size": 2, "train.grad_accum": 2}},
            {"name": "slow", "set": {"train.learning_rate": 1e-6, "train.batch_size": 4, "train.grad_accum": 1}},
        ],
        "quick": {"data.max_train_samples": 4},
    } | extra
    p = tmp_path / "sweep.yaml"
    p.write_text(yaml.safe_dump(raw))
    return p


def test_quick_sweep_writes_results_with_best_marked(tmp_path, tiny_model_dir, train_data_dir, capsys):
    from medassist.cli import main

    path = sweep_file(tmp_path, tiny_model_dir, train_data_dir)
    assert main(["sweep", "--config", str(path), "--quick"]) == 0
    out = tmp_path / "sweep-quick"
    rows = list(csv.DictReader((out / "results.csv").open()))
    assert [r["experiment"] for r in rows] == ["fast", "slow"]
    assert list(rows[0]) == COLUMNS
    assert rows[0]["effective batch"] == "4" and rows[1]["effective batch"] == "4"
    summaries = {n: json.loads((out / n / "train_summary.json").read_text()) for n in ("fast", "slow")}
    assert summaries["fast"]["train_examples"] == 4  # the quick override applied
    best = min(summaries, key=lambda n: summaries[n]["best_val_loss"])
    assert [r["experiment"] for r in rows if r["best"] == "best"] == [best]
    assert float(rows[0]["val loss"]) == pytest.approx(summaries["fast"]["best_val_loss"])
    assert rows[0]["bleu"] == ""  # no eval yet
    md = (out / "results.md").read_text()
    assert "| experiment | lora r | lora alpha | lora targets | learning rate |" in md and f"**{best}**" in md

    # An evaluation written later fills the metric columns; finished runs are not retrained.
    (out / "fast" / "eval").mkdir()
    (out / "fast" / "eval" / "metrics.json").write_text(json.dumps({"bleu": 1.5, "rougeL": 0.2,
                                                                    "semantic_similarity": 0.4}))
    mtime = (out / "fast" / "train_summary.json").stat().st_mtime
    capsys.readouterr()
    assert main(["sweep", "--config", str(path), "--quick"]) == 0
    assert "not retrained" in capsys.readouterr().out
    assert (out / "fast" / "train_summary.json").stat().st_mtime == mtime
    rows = list(csv.DictReader((out / "results.csv").open()))
    assert (rows[0]["bleu"], rows[0]["rougeL"], rows[0]["semantic_similarity"]) == ("1.5", "0.2", "0.4")


@pytest.mark.parametrize("extra, match", [
    ({"experiments": []}, "non-empty"),
    ({"experiments": [{"name": "a/b"}]}, "folder name"),
    ({"experiments": [{"name": "a"}, {"name": "a"}]}, "twice"),
    ({"experiments": [{"name": "a", "set": {"train.lr": 1}}]}, "'a'.*train.lr"),
    ({"extra": 1}, "unknown sweep key 'extra'"),
])
def test_bad_sweep_files(tmp_path, tiny_model_dir, train_data_dir, extra, match):
    with pytest.raises(MedAssistError, match=match):
        load_sweep(sweep_file(tmp_path, tiny_model_dir, train_data_dir, **extra))


def test_shipped_sweep_seed_config_is_the_original_design():
    from pathlib import Path

    sweep = load_sweep(Path(__file__).resolve().parents[3] / "configs" / "sweep-seed.yaml")
    got = [(e.name, e.config.train.learning_rate, e.config.train.batch_size, e.config.train.grad_accum,
            e.config.train.epochs, e.config.data.max_train_samples) for e in sweep.experiments]
    assert got == [("exp1", 1e-4, 2, 4, 5, None), ("exp2", 5e-5, 1, 3, 5, None), ("exp3", 2e-5, 2, 2, 5, None)]
    quick = load_sweep(Path(__file__).resolve().parents[3] / "configs" / "sweep-seed.yaml", quick=True)
    assert quick.output.name == "sweep-seed-quick" and quick.experiments[0].config.train.epochs == 1
