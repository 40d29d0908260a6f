from medassist.io import write_json, write_jsonl
from medassist.training.evaluate.heldout import summarise
from medassist.training.evaluate.metrics import text_scores
from medassist.training.evaluate.questions import FIXED_QUESTIONS
from medassist.training.evaluate.report import write_report

REFS = [f"Condition {i} is treated with rest, fluids and medicine number {i} for several days." for i in range(40)]


def fake_eval(folder, answers, seed_loss=2.0):
    rows = text_scores(answers, REFS, embed=None)
    for i, r in enumerate(rows):
        r |= {"nll_sum": seed_loss * 10 + (i % 3), "answer_tokens": 10}
    preds = [{"question": f"How is condition {i} treated?", "question_hash": f"h{i}", "reference": ref,
              "answer": a, "prompt": "p", "scores": r} for i, (ref, a, r) in enumerate(zip(REFS, answers, rows, strict=True))]
    m = summarise(rows, n_resamples=200) | {"benchmark": "medquad", "split": "test", "data_fingerprint": "f",
                                           "generation": {"max_new_tokens": 8}, "retrieval": False}
    write_json(folder / "metrics.json", m)
    write_jsonl(folder / "predictions.jsonl", preds)
    write_jsonl(folder / "answers.jsonl", [{"question": q, "answer": f"{folder.name} says | {q}"}
                                           for q in FIXED_QUESTIONS])


def test_report_on_fake_runs(tmp_path):
    base = tmp_path / "base"
    fake_eval(base, ["I do not know." for _ in REFS], seed_loss=3.0)
    run = tmp_path / "quick"
    fake_eval(run / "eval", [r if i % 4 else "Rest." for i, r in enumerate(REFS)], seed_loss=2.0)
    write_jsonl(run / "metrics.jsonl", [{"step": s, "epoch": s / 10, "loss": 3 - s / 10} for s in range(1, 11)]
                + [{"step": 10, "epoch": 1.0, "eval_loss": 2.2}])
    write_json(run / "train_summary.json", {"steps": 10})
    same = tmp_path / "same"  # identical to base: nothing significant
    fake_eval(same, ["I do not know." for _ in REFS], seed_loss=3.0)

    path = write_report([run, same], tmp_path / "rep", base=base, n_resamples=300)
    text = path.read_text()
    for png in ("loss.png", "metrics.png"):
        assert (tmp_path / "rep" / png).read_bytes()[:4] == b"\x89PNG"
    assert "quick minus base (40 shared questions)" in text
    quick_section = text.split("### quick minus base")[1].split("###")[0]
    assert "| BLEU |" in quick_section and "**yes, better**" in quick_section
    assert "significantly better than base on BLEU, ROUGE-1, ROUGE-2, ROUGE-L, Answer loss" in quick_section
    same_section = text.split("### same minus base")[1]
    assert "significantly better than base on nothing; significantly worse on nothing" in same_section
    # answers side by side: every fixed question, pipes escaped, one column per system
    assert text.count("What are the symptoms of diabetes?") >= 1
    assert "eval says \\| What causes pneumonia?" in text  # quick/eval/answers.jsonl
    assert "| Question | base | quick | same |" in text
    assert "| quick | 10 | 2.000 | 2.200 |" in text  # runs table from metrics.jsonl


def test_report_cli_requires_existing_runs(tmp_path, capsys):
    from medassist.cli import main

    assert main(["report", str(tmp_path / "missing"), "--output", str(tmp_path / "r")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_aligned_rows_pairs_repeated_questions_by_reference():
    """MedQuAD repeats a question with different answers: each copy must pair with its own row."""
    from medassist.training.evaluate.report import aligned_rows

    a = [{"question_hash": "q", "reference": "r1", "scores": {"x": 1}},
         {"question_hash": "q", "reference": "r2", "scores": {"x": 2}}]
    b = [{"question_hash": "q", "reference": "r2", "scores": {"x": 20}},
         {"question_hash": "q", "reference": "r1", "scores": {"x": 10}}]
    ra, rb = aligned_rows(a, b)
    assert [r["x"] for r in ra] == [1, 2] and [r["x"] for r in rb] == [10, 20]
