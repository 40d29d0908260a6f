"""scripts/replay_checks.py's tools for a retrieval or sentence-splitting change (session 55): `touched` lists the
questions two codes' evidence dumps differ on (a prompt change first), and `compare --total` gives the paired
difference over the whole split with the untouched questions at 0. Fast: hand-built dumps and replays, no model."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def _replay_checks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("replay_checks", REPO / "scripts" / "replay_checks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rc = _replay_checks()


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _dump(question: str, prompt: str = "[1] p — s", quotable: tuple[str, ...] = ("s",)) -> dict:
    return {"question": question, "pages": [1], "prompt": prompt, "quotable": list(quotable)}


def test_touched_lists_prompt_changes_first_then_quotable_only(tmp_path):
    before = _write(tmp_path / "b.jsonl", [_dump("same"), _dump("quotes"), _dump("prompt")])
    after = _write(tmp_path / "a.jsonl", [_dump("same"), _dump("quotes", quotable=("s", "tail")),
                                          _dump("prompt", prompt="[1] p — tail")])
    out = tmp_path / "touched.json"
    rc.touched(before, after, out)
    assert json.loads(out.read_text()) == ["prompt", "quotes"]


def test_compare_total_pairs_over_the_whole_split(tmp_path, capsys):
    before = _write(tmp_path / "b.jsonl", [{"question": "q1", "text": "a", "key_fact": 0.0},
                                           {"question": "q2", "text": "b", "key_fact": 1.0}])
    after = _write(tmp_path / "a.jsonl", [{"question": "q1", "text": "a2", "key_fact": 1.0},
                                          {"question": "q2", "text": "b", "key_fact": 1.0}])
    rc.compare(before, after, total=50)
    out = capsys.readouterr().out
    assert "paired +2.00" in out and "(n=50)" in out  # one gain in 50, not one in 2
    assert "answers changed: 1" in out
    assert "key fact 0 -> 1: q1" in out
