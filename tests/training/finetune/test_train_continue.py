"""Stage-2 training: continuing an existing adapter (lora.init_from) and retrieved passages in the
training prompts (data.retrieval_k), never the example's own answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import HashingEmbedder

from medassist.errors import MedAssistError
from medassist.model.chat_format import IGNORE_INDEX
from medassist.model.records import QARecord
from medassist.model.retrieval import Retriever
from medassist.training.data.leakage import TRAINING_RECORD, question_hashes
from medassist.training.finetune.data import encode_records, retrieval_contexts


def eval_rows(out: Path) -> list[dict]:
    return [r for r in map(json.loads, (out / "metrics.jsonl").read_text().splitlines()) if "eval_loss" in r]


def test_continuing_starts_from_the_adapter_it_names(trained_run, make_config, tiny_model_dir,
                                                     train_data_dir, tmp_path):
    from medassist.training.finetune.recipe import train

    parent = trained_run["out"]
    cfg = make_config(tiny_model_dir, train_data_dir, tmp_path / "stage2", train={"max_steps": 2},
                      lora={"target_modules": "all-linear", "r": 8, "init_from": str(parent)})
    summary = train(cfg)
    # Same data, same prompts: the loss before the first step is the parent's best validation loss
    # (a new LoRA would start at the untuned base's, far higher on this tiny model).
    start = eval_rows(tmp_path / "stage2")[0]
    assert start["step"] == 0
    assert start["eval_loss"] == pytest.approx(trained_run["summary"]["best_val_loss"], rel=1e-4)
    assert start["eval_loss"] < trained_run["summary"]["base_val_loss"] - 0.1
    assert summary["init_from"]["path"] == str(parent)
    assert summary["init_from"]["steps"] == trained_run["summary"]["steps"]
    assert summary["steps"] == 2
    record = json.loads((tmp_path / "stage2" / TRAINING_RECORD).read_text())
    parent_record = json.loads((parent / TRAINING_RECORD).read_text())
    assert set(parent_record["train_question_hashes"]) <= set(record["train_question_hashes"])


def test_init_from_must_match_the_configured_adapter(trained_run, make_config, tiny_model_dir,
                                                    train_data_dir, tmp_path):
    from medassist.training.finetune.recipe import train

    cfg = make_config(tiny_model_dir, train_data_dir, tmp_path / "a", train={"max_steps": 1},
                      lora={"target_modules": "all-linear", "r": 4, "init_from": str(trained_run["out"])})
    with pytest.raises(MedAssistError, match=r"lora\.r.*has 8"):
        train(cfg)
    cfg = make_config(tiny_model_dir, train_data_dir, tmp_path / "b", train={"max_steps": 1},
                      lora={"init_from": str(tmp_path / "nowhere")})
    with pytest.raises(MedAssistError, match="no adapter_config.json"):
        train(cfg)


def _records() -> list[QARecord]:
    rows = [
        ("What is glaucoma?", "Glaucoma damages the optic nerve of the eye."),
        ("What is glaucoma ?", "Glaucoma is a group of eye diseases; a second page."),  # same question, other source
        ("What are the symptoms of glaucoma?", "Glaucoma often has no symptoms until vision is lost."),
        ("How is glaucoma treated?", "Eye drops lower the pressure in the eye."),
        ("What causes gout?", "Glaucoma damages the optic nerve of the eye."),  # the same answer text
        ("What is anemia?", "Too few healthy red blood cells."),
    ]
    return [QARecord(q, a, "https://example.org", f"r{i}") for i, (q, a) in enumerate(rows)]


def test_retrieved_training_passages_never_hold_the_examples_own_answer(tmp_path):
    records = _records()
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    (context,) = retrieval_contexts(retriever, records[:1], k=3)
    assert context.startswith("[1] ") and "[3] " in context
    assert "Glaucoma damages the optic nerve" not in context  # own answer, and its copy under another question
    assert "a second page" not in context  # the same question from another source
    assert "no symptoms until vision is lost" in context  # a neighbour


def test_passages_go_into_the_prompt_and_are_never_scored(tokenizer):
    records = _records()[:2]
    contexts = ["[1] What is gout? — Gout is arthritis from uric acid crystals.", None]
    with_ctx, without = encode_records(tokenizer, records, 512, clip="sentence", contexts=contexts)
    plain = encode_records(tokenizer, records[:1], 512, clip="sentence")[0]
    prompt = tokenizer.decode([t for t, lab in zip(with_ctx["input_ids"], with_ctx["labels"], strict=True)
                                    if lab == IGNORE_INDEX])
    assert "uric acid crystals" in prompt and "Reference passages" in prompt
    answer_ids = [t for t in with_ctx["labels"] if t != IGNORE_INDEX]
    assert answer_ids == [t for t in plain["labels"] if t != IGNORE_INDEX]  # same answer, only the prompt grew
    assert with_ctx["length"] > plain["length"]
    assert "Reference passages" not in tokenizer.decode(without["input_ids"])
    with pytest.raises(ValueError, match="2 records but 1 contexts"):
        encode_records(tokenizer, records, 512, contexts=contexts[:1])


def test_retrieval_k_is_validated(make_config, tmp_path):
    with pytest.raises(MedAssistError, match="data.retrieval_k"):
        make_config(tmp_path, tmp_path, tmp_path, data={"retrieval_k": -1})


def test_training_with_passages_runs_end_to_end(make_config, tiny_model_dir, train_data_dir, tmp_path, monkeypatch):
    """retrieval_k > 0 builds the train-split index (here with a test embedder) and trains on prompts
    that hold passages: the prompts are longer than question-only ones."""
    from medassist.model.retrieval import index
    from medassist.training.finetune import recipe

    monkeypatch.setenv("MEDASSIST_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(index, "shared_embedder", HashingEmbedder)
    seen: list[int] = []
    real = recipe.encode_records

    def spy(tokenizer, records, max_length, **kw):
        out = real(tokenizer, records, max_length, **kw)
        seen.append(sum(e["length"] for e in out))
        return out

    monkeypatch.setattr(recipe, "encode_records", spy)
    cfg = make_config(tiny_model_dir, train_data_dir, tmp_path / "rag", data={"retrieval_k": 2, "max_length": 512},
                      train={"max_steps": 1})
    summary = recipe.train(cfg)
    assert summary["steps"] == 1
    with_passages = seen[0]
    seen.clear()
    cfg0 = make_config(tiny_model_dir, train_data_dir, tmp_path / "plain", data={"max_length": 512},
                       train={"max_steps": 1})
    recipe.train(cfg0)
    assert with_passages > seen[0] + 8 * 20  # each of the 8 examples gained two passages
    assert json.loads((tmp_path / "rag" / TRAINING_RECORD).read_text())["train_question_hashes"] == question_hashes(
        json.loads(line)["question"] for line in (train_data_dir / "train.jsonl").read_text().splitlines())
