import json
import sys
import types

import pytest
import torch

from medassist.errors import MedAssistError
from medassist.model.chat_format import IGNORE_INDEX, build_messages, encode_example, render_prompt
from medassist.model.decoding import GenerationSettings
from medassist.training.data.prepare import load_split
from medassist.training.evaluate.generate import generate_all
from medassist.training.evaluate.heldout import check_leakage, evaluate_heldout, make_prompts, select
from medassist.training.evaluate.likelihood import answer_nll, nll_all, pad_examples


@pytest.fixture(scope="module")
def model_tok(varied_model_dir):
    from medassist.model.loading import load_model

    return load_model(str(varied_model_dir), dtype="float32", device="cpu")


def test_generation_input_is_prompt_alone(model_tok, tiny_data_dir):
    """Spy on what model.generate really receives: the rendered chat prompt, never the reference."""
    model, tok = model_tok
    records = load_split(tiny_data_dir, "train")[:4]
    seen = []
    real = model.generate

    def spy(**kw):
        seen.append(kw["input_ids"].clone())
        return real(**kw)

    model.generate = spy
    try:
        res = evaluate_heldout(model, tok, records, GenerationSettings(max_new_tokens=4), batch_size=4,
                               embed=None, n_resamples=100)
    finally:
        del model.generate
    decoded = tok.batch_decode(seen[0], skip_special_tokens=False)
    for rec, pred in zip(records, res.predictions, strict=True):
        assert pred["prompt"] == render_prompt(tok, build_messages(rec.question))
        assert rec.answer not in pred["prompt"]
        assert any(rec.question in d for d in decoded)
        assert not any(rec.answer in d for d in decoded)
        assert not any(rec.answer.split(".")[0][:25] in d for d in decoded)


def test_left_padding_batched_equals_one_at_a_time(model_tok):
    model, tok = model_tok
    prompts = make_prompts(tok, ["What is diabetes?", "How is a very long and detailed question about "
                                 "chronic kidney disease in older adults answered?", "Why?"])
    settings = GenerationSettings(max_new_tokens=8)
    batched = generate_all(model, tok, prompts, settings, batch_size=3)
    single = generate_all(model, tok, prompts, settings, batch_size=1)
    assert batched == single
    assert any(a for a in batched)  # the fixture model really produces text
    assert tok.padding_side == "right"  # restored after generation


def test_loss_counts_answer_tokens_only_and_never_pad(model_tok):
    model, tok = model_tok
    ex = [encode_example(tok, "What is anemia?", "Too few red blood cells."),
          encode_example(tok, "How is a long question with many words handled here?", "Well.")]
    n_answer = [sum(1 for x in e["labels"] if x != IGNORE_INDEX) for e in ex]
    # by hand, unpadded: log-softmax at each answer position
    manual = []
    for e in ex:
        ids = torch.tensor([e["input_ids"]])
        logp = torch.log_softmax(model(input_ids=ids).logits[0, :-1].float(), -1)
        lab = torch.tensor(e["labels"][1:])
        keep = lab != IGNORE_INDEX
        manual.append(-logp[keep.nonzero()[:, 0], lab[keep]].sum().item())
    # batched with padding, under two different pad ids: identical sums and counts
    for pad in (tok.pad_token_id, 5):
        nll, n = answer_nll(model, pad_examples(ex, pad))
        assert n.tolist() == n_answer
        assert nll.tolist() == pytest.approx(manual, rel=1e-4)
    # a pad position whose label is (wrongly) left unmasked would be caught by the attention mask
    batch = pad_examples(ex, tok.pad_token_id)
    batch["labels"] = torch.where(batch["attention_mask"] == 0, batch["input_ids"], batch["labels"])
    assert answer_nll(model, batch)[1].tolist() == n_answer
    assert [n for _, n in nll_all(model, tok, ex, batch_size=2)] == n_answer


def test_select_is_seeded_sample_in_file_order(tiny_data_dir):
    recs = load_split(tiny_data_dir, "train")
    a, b = select(recs, 3, seed=0), select(recs, 3, seed=0)
    assert [r.id for r in a] == [r.id for r in b]
    assert [r.id for r in a] == sorted(r.id for r in a)
    assert select(recs, None, 0) == recs
    with pytest.raises(MedAssistError):
        select(recs, 0, 0)


def test_leakage_guard(adapter_dir, tiny_data_dir):
    train_q = [r.question for r in load_split(tiny_data_dir, "train")]
    test_q = [r.question for r in load_split(tiny_data_dir, "test")]
    check_leakage(adapter_dir, test_q)  # held-out: fine
    with pytest.raises(MedAssistError, match="training data"):
        check_leakage(adapter_dir, test_q + [train_q[3].upper() + "  "])  # normalised match
    check_leakage(None, train_q)  # base model: nothing to check


def test_cli_refuses_leaked_or_train_split(adapter_dir, tiny_data_dir, tmp_path, capsys):
    from medassist.cli import main

    out = tmp_path / "ev"
    rc = main(["eval", "--adapter", str(adapter_dir), "--data", str(tiny_data_dir), "--split", "train",
               "--allow-train-split", "--output", str(out)])
    assert rc == 2 and "training data" in capsys.readouterr().err
    rc = main(["eval", "--model", "x", "--data", str(tiny_data_dir), "--split", "train", "--output", str(out)])
    assert rc == 2 and "--allow-train-split" in capsys.readouterr().err
    assert not out.exists()  # nothing half-written


def test_adapter_changes_logits(varied_model_dir, adapter_dir):
    from medassist.model.loading import load_model, load_model_with_adapter

    base, tok = load_model(str(varied_model_dir), dtype="float32", device="cpu")
    tuned, _ = load_model_with_adapter(None, adapter_dir, dtype="float32", device="cpu")  # recorded base
    ids = torch.tensor([tok("<|im_start|>user\nWhat is diabetes?")["input_ids"]])
    with torch.no_grad():
        assert not torch.allclose(base(input_ids=ids).logits, tuned(input_ids=ids).logits, atol=1e-4)


def test_retrieval_prompts_use_context_from_injected_retriever(model_tok, monkeypatch):
    _, tok = model_tok
    fake = types.ModuleType("medassist.model.retrieval")
    fake.format_context = lambda passages: "\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))
    monkeypatch.setitem(sys.modules, "medassist.model.retrieval", fake)

    class FakeRetriever:
        def search(self, query, k=3):
            return [f"passage about {query}"] * k

    p = make_prompts(tok, ["What is gout?"], FakeRetriever(), k=2)[0]
    assert "[2] passage about What is gout?" in p and "Reference passages" in p


def test_retrieval_index_is_built_from_train_minus_evaluated(tiny_data_dir, monkeypatch):
    from medassist.training.evaluate.heldout import build_retriever

    got = {}
    fake = types.ModuleType("medassist.model.retrieval")

    class Retriever:
        @classmethod
        def from_records(cls, records, cache_dir=None):
            got["records"] = records
            return cls()

    fake.Retriever = Retriever
    monkeypatch.setitem(sys.modules, "medassist.model.retrieval", fake)
    train = load_split(tiny_data_dir, "train")
    build_retriever(train, train[:2])  # a data dir where evaluated questions also sit in train
    assert [r.id for r in got["records"]] == [r.id for r in train[2:]]


def test_eval_cli_end_to_end(varied_model_dir, adapter_dir, tiny_data_dir, tmp_path):
    from medassist.cli import main

    out = tmp_path / "ev"
    rc = main(["eval", "--adapter", str(adapter_dir), "--data", str(tiny_data_dir), "--split", "test",
               "--output", str(out), "--max-new-tokens", "6", "--batch-size", "2", "--dtype", "float32",
               "--bootstrap-resamples", "200"])
    assert rc == 0
    m = json.loads((out / "metrics.json").read_text())
    for k in ("bleu", "rouge1", "rouge2", "rougeL", "semantic_similarity", "loss", "perplexity", "n",
              "empty_rate", "degenerate_rate", "mean_answer_words", "data_fingerprint", "generation"):
        assert k in m, k
    assert m["n"] == 2 and m["model"] == str(varied_model_dir) and m["adapter"] == str(adapter_dir)
    # The served decoder, recorded: only the flags given on the command line differ from serving's.
    from dataclasses import replace

    from medassist.model.decoding import GenerationSettings
    served = GenerationSettings()
    assert m["generation"] == replace(served, max_new_tokens=6, seed=0).to_dict()
    assert m["generation"]["repetition_penalty"] == served.repetition_penalty
    assert set(m["ci95"]) >= {"bleu", "rougeL", "semantic_similarity", "perplexity"}
    lo, hi = m["ci95"]["loss"]
    assert lo <= m["loss"] <= hi
    preds = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert {p["question"] for p in preds} == {r.question for r in load_split(tiny_data_dir, "test")}
    assert all(p["reference"] not in p["prompt"] for p in preds)
    answers = [json.loads(line) for line in (out / "answers.jsonl").read_text().splitlines()]
    assert len(answers) == 10


def test_served_eval_scores_what_the_assistant_shows_with_an_index_of_train_only(
        varied_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    """--served: answers come through Assistant.answer (evidence sentences, checks) over the train-only
    index; supported-sentence and abstention rates are reported with CIs; --served needs --retrieval."""
    from support import HashingEmbedder

    from medassist.cli import main
    from medassist.model.assistant import Assistant
    from medassist.model.retrieval import index

    monkeypatch.setattr(index, "shared_embedder", HashingEmbedder)
    asked, searched = [], []
    real_answer, real_search = Assistant.answer, index.Retriever.search

    def answer(self, question, **kw):
        asked.append(question)
        return real_answer(self, question, **kw)

    def search(self, query, **kw):
        searched.append(real_search(self, query, **kw))
        return searched[-1]

    monkeypatch.setattr(Assistant, "answer", answer)
    monkeypatch.setattr(index.Retriever, "search", search)
    common = ["eval", "--model", str(varied_model_dir), "--adapter", "none", "--data", str(tiny_data_dir),
              "--split", "test", "--max-new-tokens", "6", "--dtype", "float32", "--bootstrap-resamples", "200",
              "--no-semantic"]
    assert main([*common, "--served", "--output", str(tmp_path / "x")]) == 2
    out = tmp_path / "served"
    assert main([*common, "--retrieval", "--served", "--output", str(out)]) == 0
    m = json.loads((out / "metrics.json").read_text())
    test = load_split(tiny_data_dir, "test")
    assert sorted(asked) == sorted(r.question for r in test)
    train_answers = {r.answer for r in load_split(tiny_data_dir, "train")}
    assert searched and all(p.answer in train_answers for hits in searched for p in hits)
    assert 0 <= m["abstained"] <= 1 and "supported_rate" in m
    assert set(m["ci95"]) >= {"rougeL", "abstained", "supported_rate"}
    assert m["prompt"].startswith("the served pipeline")
    preds = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert all({"supported", "judged", "abstained"} <= set(p["scores"]) for p in preds)


def test_served_eval_answers_with_the_shipped_adapter_unless_told(tiny_data_dir, tmp_path, monkeypatch):
    """--served measures what `medassist serve` answers with: the shipped adapter when --adapter is not
    given (the ninth round's runs without it scored the untuned base), the base only with --adapter none;
    the leakage guard reads the adapter that answers."""
    from medassist.cli import main
    from medassist.model.runtime import ChatRuntime
    from medassist.paths import DEFAULT_ADAPTER
    from medassist.training.evaluate import heldout

    loaded, guarded = [], []

    def load(cls, model=None, adapter=None, **kw):
        loaded.append(adapter)
        raise MedAssistError("stop before generating")

    real_guard = heldout.check_leakage

    def guard(adapter, questions):
        guarded.append(adapter)
        return real_guard(adapter, questions)

    monkeypatch.setattr(ChatRuntime, "load", classmethod(load))
    monkeypatch.setattr(heldout, "check_leakage", guard)
    monkeypatch.setattr(heldout, "build_retriever", lambda train, records: None)
    common = ["eval", "--data", str(tiny_data_dir), "--split", "test", "--retrieval", "--served",
              "--output", str(tmp_path / "x")]
    assert main(common) == 2
    assert main([*common, "--adapter", "none"]) == 2
    assert loaded == [str(DEFAULT_ADAPTER), "none"]
    assert guarded == [str(DEFAULT_ADAPTER), None]
