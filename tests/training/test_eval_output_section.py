"""results.md keeps one output-check section however often it is re-measured."""

from __future__ import annotations

import pytest

from medassist.model.safety.output_rules import CATEGORIES
from medassist.training.safety.eval_output import SECTION, render_output_markdown, without_section


def test_the_output_section_is_replaced_not_repeated():
    md = f"# Results\n\n## Single messages\nA\n\n{SECTION} old\nB\n\n## Languages\nC\n"
    assert without_section(md, SECTION) == "# Results\n\n## Single messages\nA\n\n## Languages\nC\n"
    assert without_section(f"{SECTION} old\nB\n", SECTION) == ""
    assert without_section("# Results\n", SECTION) == "# Results\n"
    twice = without_section(without_section(md, SECTION) + f"\n{SECTION} new\nD\n", SECTION)
    assert SECTION not in twice


def _systems(k_unsafe: int, k_safe: int) -> dict:
    from medassist.training.safety.evaluate import proportion

    s = {"recall": proportion(k_unsafe, 10), "detection_precision": proportion(k_unsafe, k_unsafe + k_safe),
         "false_flags": proportion(k_safe, 50), "false_flags_by_source": {"authored": proportion(k_safe, 50)},
         "recall_per_category": {c: proportion(2, 3) for c in CATEGORIES},
         "precision_per_category": {c: proportion(1, 1) for c in CATEGORIES},
         "missed": ["x-1: missed one"], "false_flag_texts": []}
    return {"rules": s, "rules+head": s}


def test_the_fresh_sentences_get_a_block_of_their_own():
    """The second round's fresh held-out sentences are reported apart from the older (partly seen) test split."""
    lat = {"per_sentence": {"p50_ms": 1, "p95_ms": 2}, "per_answer": {"p50_ms": 1, "p95_ms": 2},
           "check_input_plus_output_per_message": {"p50_ms": 10, "p95_ms": 20}, "sentences_per_answer": 3.0,
           "machine": "x", "shared_cache": {"per_answer": {"p50_ms": 1, "p95_ms": 2},
                                            "check_input_plus_output_per_message": {"p50_ms": 9, "p95_ms": 19},
                                            "faithfulness_embedding_per_answer": {"p50_ms": 30, "p95_ms": 60}}}
    counts = {**dict.fromkeys(CATEGORIES, 3), "safe": 50}
    res = {"split": "test", "counts": counts, "head": {"threshold": 0.5, "fingerprint": "f"}, "systems": _systems(9, 0),
           "fresh": {"counts": counts, "systems": _systems(7, 1)}, "latency": lat}
    md = render_output_markdown(res)
    older, fresh = md.split("### Fresh held-out answer sentences")
    assert "partly seen" in older and "90.0% [59.6, 98.2] (9/10)" in older
    assert "70.0% [39.7, 89.2] (7/10)" in fresh and "70.0%" not in older
    assert "| safe sentences flagged | ≤ 2% | 2.0% [0.4, 10.5] (1/50)" in fresh
    assert "faithfulness check's sentence cache" in older and "p95 19.0 ms" in older
    assert render_output_markdown({k: v for k, v in res.items() if k != "fresh"}).count("### Fresh") == 0


def test_the_third_round_sentences_with_their_question_get_their_own_block():
    """Item 4: the sentences read after their question are reported apart from both earlier blocks, with how
    often a caught sentence got its own category's referral."""
    from medassist.training.safety.evaluate import proportion

    lat = {"per_sentence": {"p50_ms": 1, "p95_ms": 2}, "per_answer": {"p50_ms": 1, "p95_ms": 2},
           "check_input_plus_output_per_message": {"p50_ms": 10, "p95_ms": 20}, "sentences_per_answer": 3.0,
           "machine": "x"}
    counts = {**dict.fromkeys(CATEGORIES, 3), "safe": 50}
    third = _systems(6, 2)
    for s in third.values():
        s["category_agreement"] = proportion(5, 6)
    res = {"split": "test", "counts": counts, "head": {"threshold": 0.5, "fingerprint": "f"},
           "systems": _systems(9, 0), "fresh": {"counts": counts, "systems": _systems(7, 1)},
           "fresh_context": {"counts": counts, "systems": third}, "latency": lat}
    md = render_output_markdown(res)
    before, block = md.split("### Fresh held-out answer sentences with their question (third round)")
    assert "60.0% [31.3, 83.2] (6/10)" in block and "60.0%" not in before
    assert "| caught sentences given their own category's referral | | 83.3%" in block
    assert "| safe sentences flagged | ≤ 2% | 4.0% [1.1, 13.5] (2/50)" in block


@pytest.mark.parametrize("before, key, name, caught", [("fresh_context", "fresh_round4", "fourth", 4),
                                                      ("fresh_round4", "fresh_round5", "fifth", 8),
                                                      ("fresh_round6", "fresh_round7", "seventh", 5)])
def test_each_later_round_gets_its_own_block_after_the_one_before(before, key, name, caught):
    """Item 4, rounds 4, 5 and 7: a round's fresh sentences are reported apart from the round before, and only
    there."""
    lat = {"per_sentence": {"p50_ms": 1, "p95_ms": 2}, "per_answer": {"p50_ms": 1, "p95_ms": 2},
           "check_input_plus_output_per_message": {"p50_ms": 10, "p95_ms": 20}, "sentences_per_answer": 3.0,
           "machine": "x"}
    counts = {**dict.fromkeys(CATEGORIES, 3), "safe": 50}
    res = {"split": "test", "counts": counts, "head": {"threshold": 0.5, "fingerprint": "f"},
           "systems": _systems(9, 0), before: {"counts": counts, "systems": _systems(6, 2)},
           key: {"counts": counts, "systems": _systems(caught, 3)}, "latency": lat}
    earlier, block = render_output_markdown(res).split(
        f"### Fresh held-out answer sentences with their question ({name} round)")
    assert f"({caught}/10)" in block and f"({caught}/10)" not in earlier
    assert f"fresh{key[-1]}_context.txt" in block and "| safe sentences flagged | ≤ 2% | 6.0%" in block
    assert f"{name} round" not in render_output_markdown({k: v for k, v in res.items() if k != key})


def test_eval_can_measure_the_answer_sentences_alone():
    """`medassist safety eval --only answers` prints the output check's section (nothing written): the narrow
    run for tuning on the validation split."""
    from medassist.cli import build_parser

    args = build_parser().parse_args(["safety", "eval", "--only", "answers", "--split", "validation"])
    assert args.only == "answers" and args.split == "validation"


def test_each_later_rounds_fresh_sentences_are_measured_as_a_block_of_their_own(tmp_path, monkeypatch):
    """Item 4, fifth round: `evaluate_output` measures the round-5 rows apart from the older and round-4 ones
    (the checker and the scoring are stubbed: only which rows go into which block is under test)."""
    import json
    from types import SimpleNamespace

    from medassist.training.safety import eval_output

    rows = [{"id": f"safe-{g}{i}", "text": f"s {g} {i}", "label": "safe", "source": "authored", "group": f"{g}{i}",
             "split": "test", **extra} for g, n, extra in (("a", 3, {}), ("f4", 2, {"fresh": True, "round": 4}),
                                                            ("f5", 4, {"fresh": True, "round": 5}))
            for i in range(n)]
    data = tmp_path / "answers.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    meta = dict.fromkeys(("fingerprint", "features", "embedder", "threshold"), "x")
    monkeypatch.setattr(eval_output, "output_checker_at", lambda _path: SimpleNamespace(head=SimpleNamespace(meta=meta)))
    monkeypatch.setattr(eval_output, "score_rows", lambda block, _checker: sorted(r["group"] for r in block))
    monkeypatch.setattr(eval_output, "measure_output_latency", lambda *_a: {})
    out = eval_output.evaluate_output(data)
    assert out["systems"] == ["a0", "a1", "a2"] and out["fresh_round4"]["systems"] == ["f40", "f41"]
    assert out["fresh_round5"]["systems"] == ["f50", "f51", "f52", "f53"] and "fresh" not in out
