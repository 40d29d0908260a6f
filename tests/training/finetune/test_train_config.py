"""Config schema: defaults, YAML quirks, --set overrides, and errors that name the key."""

from __future__ import annotations

import pytest

from medassist.errors import MedAssistError
from medassist.training.finetune.config import load_config


def write(tmp_path, text):
    p = tmp_path / "c.yaml"
    p.write_text(text)
    return p


def test_defaults_follow_the_original_design():
    cfg = load_config(None)
    assert (cfg.lora.r, cfg.lora.alpha, cfg.lora.dropout) == (16, 32, 0.05)
    assert cfg.lora.target_modules == ["q_proj", "v_proj"]
    assert cfg.train.lr_scheduler == "cosine" and cfg.train.weight_decay == 0.01
    assert cfg.train.eval_steps is None  # evaluate each epoch


def test_yaml_exponent_floats_and_overrides(tmp_path):
    # YAML 1.1 reads `1e-4` as a string; the schema still takes it as a number.
    cfg = load_config(write(tmp_path, "train:\n  learning_rate: 1e-4\n"),
                      ["train.batch_size=2", "lora.target_modules=all-linear", "data.max_train_samples=10"])
    assert cfg.train.learning_rate == pytest.approx(1e-4)
    assert cfg.train.batch_size == 2 and cfg.lora.target_modules == "all-linear"
    assert cfg.data.max_train_samples == 10


@pytest.mark.parametrize("text, overrides, key", [
    ("train:\n  lerning_rate: 0.1\n", [], "lerning_rate"),
    ("optim:\n  lr: 0.1\n", [], "optim"),
    ("", ["train.batch_size=0"], "train.batch_size"),
    ("", ["train.batch_size=two"], "train.batch_size"),
    ("", ["train.learning_rate=fast"], "train.learning_rate"),
    ("", ["model.dtype=int8"], "model.dtype"),
    ("", ["lora.dropout=1.5"], "lora.dropout"),
    ("", ["lora.target_modules=q_proj"], "lora.target_modules"),
    ("", ["train.lr_scheduler=cosinus"], "train.lr_scheduler"),
    ("", ["train.packing=maybe"], "train.packing"),
    ("", ["data.max_train_samples=-3"], "data.max_train_samples"),
    ("", ["data.clip=words"], "data.clip"),
    ("", ['data.exclude_answers=["(unclosed"]'], "data.exclude_answers"),
    ("", ["data.max_answer_tokens=0"], "data.max_answer_tokens"),
    ("model: [1, 2]\n", [], "model"),
])
def test_bad_config_names_the_key(tmp_path, text, overrides, key):
    with pytest.raises(MedAssistError, match=key.replace(".", r"\.")):
        load_config(write(tmp_path, text), overrides)


def test_missing_file_and_bad_set_syntax(tmp_path):
    with pytest.raises(MedAssistError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    with pytest.raises(MedAssistError, match="section.key=value"):
        load_config(None, ["train.batch_size"])


def test_cli_reports_config_errors_without_training(tmp_path, capsys):
    from medassist.cli import main

    rc = main(["train", "--config", str(write(tmp_path, "lora:\n  rank: 8\n"))])
    assert rc == 2
    assert "'lora.rank'" in capsys.readouterr().err
