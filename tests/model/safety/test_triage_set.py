"""datasets/triage/messages.jsonl: built from the hand-written sources, the split by group and
seeded, enough messages per category for per-category recall to mean something."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SET_DIR = REPO / "datasets" / "triage"


def _rows() -> list[dict]:
    return [json.loads(line) for line in (SET_DIR / "messages.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("script", ["build.py", "build_conversations.py", "build_answers.py"])
def test_each_jsonl_is_what_its_sources_build(script, capsys):
    """Each built file matches its hand-written sources (the triage and conversation builds also
    refuse a sentence that a test uses too: the set would then score text a test was written on)."""
    spec = importlib.util.spec_from_file_location(f"triage_{script[:-3]}", SET_DIR / script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.main(["--check"]) == 0, capsys.readouterr().err


def test_fields_and_labels():
    for r in _rows():
        assert {"id", "text", "label", "task", "category", "register", "group", "split"} <= r.keys()
        assert (r["task"], r["label"]) in {("triage", "emergency"), ("triage", "non_emergency"),
                                           ("dosing", "dose_request"), ("dosing", "general")}
        assert r["split"] in ("train", "validation", "test") and r["text"].strip()
    ids = [r["id"] for r in _rows()]
    assert len(ids) == len(set(ids))


def test_enough_messages_per_category():
    rows = _rows()
    emergencies = Counter(r["category"] for r in rows if r["label"] == "emergency")
    assert len(emergencies) == 14 and min(emergencies.values()) >= 30 and sum(emergencies.values()) >= 400
    assert sum(r["label"] == "non_emergency" for r in rows) >= 400
    assert sum(r["label"] == "dose_request" for r in rows) >= 100
    assert sum(r["label"] == "general" for r in rows) >= 100
    # every emergency category has test messages, and look-alikes of its own
    for cat in emergencies:
        assert any(r["split"] == "test" and r["category"] == cat and r["label"] == "emergency" for r in rows)
        assert sum(r["category"] == cat and r["label"] == "non_emergency" for r in rows) >= 30


def test_groups_never_straddle_splits_and_the_split_is_about_60_20_20():
    rows = _rows()
    splits = defaultdict(set)
    for r in rows:
        splits[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())
    by_label = defaultdict(Counter)
    for r in rows:
        if "set" not in r:  # a file's own set (`<category>.<name>.txt`) is pinned to its own splits
            by_label[r["label"]][r["split"]] += 1
    for counts in by_label.values():
        n = sum(counts.values())
        assert abs(counts["train"] / n - 0.6) < 0.05
        assert abs(counts["validation"] / n - 0.2) < 0.05 and abs(counts["test"] / n - 0.2) < 0.05


def test_no_near_duplicate_text_across_splits():
    seen = {}
    for r in _rows():
        key = " ".join("".join(c if c.isalnum() else " " for c in r["text"].lower()).split()) or r["text"]
        assert seen.setdefault(key, r["split"]) == r["split"], r["text"]


def test_the_fresh_everyday_sets_are_test_only_and_no_emergency():
    """Each round's fresh everyday mild messages (`authored/other.everyday_fresh*.txt`, issue 21) are held out:
    test split only, all non-emergencies, a set of their own (the build refuses a message another file has)."""
    rows = _rows()
    for path in sorted((SET_DIR / "authored").glob("other.everyday_fresh*.txt")):
        mine = [r for r in rows if r.get("set") == path.stem.partition(".")[2]]
        assert len(mine) >= 150, path.name
        assert {r["split"] for r in mine} == {"test"} and {r["label"] for r in mine} == {"non_emergency"}
