"""scripts/safety_gate.py, the per-id regression gate of the safety layer: its compare logic on hand-built records
(a lost positive fails the gate and is named; gains and new false alarms are reported) and its held-out exclusion
(no held-out round's id or file gets through). Fast: no model runs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safety_gate", REPO / "scripts" / "safety_gate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gate = _gate()


def _item(positive: bool, flagged: bool) -> dict:
    return {"label": "emergency" if positive else "non_emergency", "positive": positive, "flagged": flagged}


def _record(items: dict[str, dict], sha: str) -> dict:
    return {"git_sha": sha, "groups": {"messages": {"elapsed_s": 1.0, "files": [], "items": items}}}


BEFORE = _record({"p-lost": _item(True, True), "p-kept": _item(True, True), "p-gained": _item(True, False),
                  "n-new": _item(False, False), "n-removed": _item(False, True), "n-quiet": _item(False, False)}, "a")
AFTER = _record({"p-lost": _item(True, False), "p-kept": _item(True, True), "p-gained": _item(True, True),
                 "n-new": _item(False, True), "n-removed": _item(False, False), "n-quiet": _item(False, False)}, "b")


def test_a_lost_positive_fails_the_gate_and_is_named() -> None:
    lines: list[str] = []
    assert gate.compare(BEFORE, AFTER, verbose=True, say=lines.append) == 1
    out = "\n".join(lines)
    assert "LOST: p-lost" in out
    assert "GAINED: p-gained" in out
    assert "NEW false alarm: n-new" in out
    assert "false alarm REMOVED: n-removed" in out
    assert "positives caught 2/3 -> 2/3 (lost 1, gained 1)" in out
    assert "false alarms 1/3 -> 1/3 (new 1, removed 1)" in out
    assert "p-kept" not in out and "n-quiet" not in out  # only ids that moved


def test_gains_and_new_false_alarms_alone_pass_and_without_v_no_ids() -> None:
    after = json.loads(json.dumps(AFTER))
    after["groups"]["messages"]["items"]["p-lost"]["flagged"] = True
    lines: list[str] = []
    assert gate.compare(BEFORE, after, say=lines.append) == 0
    out = "\n".join(lines)
    assert "gained 1" in out and "new 1" in out
    assert "p-gained" not in out and "n-new" not in out  # ids only with -v


def test_a_caught_positive_missing_after_counts_as_lost() -> None:
    after = json.loads(json.dumps(AFTER))
    after["groups"]["messages"]["items"]["p-lost"]["flagged"] = True
    del after["groups"]["messages"]["items"]["p-kept"]
    lines: list[str] = []
    assert gate.compare(BEFORE, after, verbose=True, say=lines.append) == 1
    assert "  LOST (missing after): p-kept" in lines


def test_main_compare_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.json").write_text(json.dumps(BEFORE))
    (tmp_path / "a.json").write_text(json.dumps(AFTER))
    assert gate.main(["compare", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "-v"]) == 1
    assert "LOST: p-lost" in capsys.readouterr().out
    assert gate.main(["compare", str(tmp_path / "b.json"), str(tmp_path / "b.json")]) == 0


@pytest.mark.parametrize(("row_id", "held"), [("fresh27-110", True), ("fresh28-005", True), ("fresh29-001", True),
                                              ("fresh26-001", False), ("fresh25-001", False), ("fresh2-001", False),
                                              ("fresh-001", False), ("conv-026", False), ("tune9-026", False)])
def test_held_conversation_ids(row_id: str, held: bool) -> None:
    assert gate.held_conversation(row_id, gate.HELD_ROUNDS) is held


@pytest.mark.parametrize(("row", "held"), [({"id": "safe-f29001", "round": 29}, True),
                                           ({"id": "self_harm-f27025"}, True),  # by its id alone
                                           ({"id": "x-a001", "round": 28}, True),  # by its round alone
                                           ({"id": "safe-f26001", "round": 26}, False),
                                           ({"id": "safe-f25001", "round": 25}, False),
                                           ({"id": "dose_instruction-fa001"}, False),
                                           ({"id": "diagnosis-f2601"}, False)])  # round 2's 601st? not 26
def test_held_answer_rows(row: dict, held: bool) -> None:
    assert gate.held_answer(row, gate.HELD_ROUNDS) is held


@pytest.mark.parametrize(("name", "held"), [("languages_fresh29.jsonl", True), ("languages_fresh28.jsonl", True),
                                            ("meaning27.jsonl", True), ("fresh29_test.txt", True),
                                            ("fresh27_context.txt", True), ("languages_dev26.jsonl", False),
                                            ("languages_fresh24.jsonl", False), ("languages_fresh26.jsonl", False),
                                            ("fresh26_test.txt", False), ("meaning6.jsonl", False),
                                            ("dev26_conv.txt", False), ("dev26_messages.txt", False)])
def test_held_files(name: str, held: bool) -> None:
    assert gate.held_file(Path(name), gate.HELD_ROUNDS) is held


def test_the_files_read_hold_no_held_out_round() -> None:
    rounds = gate.excluded_rounds()
    assert set(gate.HELD_ROUNDS) <= set(rounds)
    names = [p.name for p in (*gate.language_files(rounds), *gate.meaning_files(rounds), *gate.dev_conv_files(rounds))]
    assert names and not any(gate.held_file(Path(n), rounds) for n in names)
    for r in rounds:
        assert f"languages_fresh{r}.jsonl" not in names and f"meaning{r}.jsonl" not in names
    assert not any(n.startswith("fresh") for n in names)


def test_the_project_held_out_rounds_are_excluded_too() -> None:
    from medassist.training.safety.train_self_harm import HELD_OUT_ROUNDS

    assert set(HELD_OUT_ROUNDS) <= set(gate.excluded_rounds())


@pytest.mark.parametrize(("line", "parsed"), [
    ("train | emergency | selfharm | a made-up line for the parser", ("train", "emergency", "selfharm", "a made-up line for the parser")),
    ("validation | everyday | does cracking your knuckles hurt", ("validation", "everyday", "", "does cracking your knuckles hurt")),
    ("# a comment", None), ("   ", None)])
def test_dev_lines(line: str, parsed: tuple[str, str, str, str] | None) -> None:
    assert gate.parse_dev_line(line) == parsed


def test_a_counts_only_set_is_counted_but_its_ids_never_shown() -> None:
    before = json.loads(json.dumps(BEFORE))
    after = json.loads(json.dumps(AFTER))
    for rec in (before, after):
        rec["groups"]["messages"]["items"]["p-lost"]["counted_only"] = True
    lines: list[str] = []
    assert gate.compare(before, after, verbose=True, say=lines.append) == 1
    out = "\n".join(lines)
    assert "p-lost" not in out
    assert "LOST: 1 of a counts-only set (ids not shown)" in out
    assert "GAINED: p-gained" in out


def test_the_check_rounds_and_fresh_language_sets_are_counts_only() -> None:
    from medassist.training.safety.train_self_harm import CHECK_ROUNDS

    rounds = gate.excluded_rounds()
    meaning = gate.load_meaning(rounds).items
    assert any(i.counted_only for i in meaning)
    assert all(i.counted_only == any(i.id.startswith(f"m{n}-") for n in CHECK_ROUNDS) for i in meaning)
    languages = gate.load_languages(rounds).items
    assert all(i.counted_only == i.id.startswith("languages_fresh") for i in languages)
