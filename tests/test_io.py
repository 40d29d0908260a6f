"""Atomic writes: the target is replaced whole or not at all; JSONL round-trips, gz by suffix."""

from __future__ import annotations

import gzip
import json
import os
import stat

import pytest

from medassist.errors import MedAssistError
from medassist.io import atomic_path, read_jsonl, write_json, write_jsonl, write_text


def test_write_text_creates_parents_and_leaves_no_temp(tmp_path):
    p = tmp_path / "a" / "b" / "out.txt"
    write_text(p, "héllo\n")
    assert p.read_text(encoding="utf-8") == "héllo\n"
    assert os.listdir(p.parent) == ["out.txt"]


def test_file_mode_follows_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "x", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x").stat().st_mode) == 0o644  # not mkstemp's 0600


def test_failure_keeps_old_content_and_removes_temp(tmp_path):
    p = tmp_path / "stats.json"
    p.write_text("old")

    def rows():
        yield {"ok": 1}
        raise RuntimeError("bad row")

    with pytest.raises(RuntimeError):
        write_jsonl(p, rows())
    assert p.read_text() == "old"
    assert os.listdir(tmp_path) == ["stats.json"]

    with pytest.raises(KeyboardInterrupt), atomic_path(p) as tmp:
        tmp.write_text("half")
        raise KeyboardInterrupt
    assert p.read_text() == "old" and os.listdir(tmp_path) == ["stats.json"]


def test_write_json_unicode_and_non_json_types(tmp_path):
    p = tmp_path / "s.json"
    write_json(p, {"name": "ünï", "path": tmp_path})
    text = p.read_text(encoding="utf-8")
    assert "ünï" in text and text.endswith("\n")
    assert json.loads(text)["path"] == str(tmp_path)


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.jsonl.gz"])
def test_jsonl_round_trip(tmp_path, name):
    rows = [{"question": "Q1?", "answer": "A\nmulti-line"}, {"question": "Q2 ünï", "answer": ""}]
    p = tmp_path / name
    write_jsonl(p, rows)
    assert read_jsonl(p) == rows
    if name.endswith(".gz"):
        with gzip.open(p, "rt", encoding="utf-8") as f:
            assert len(f.read().splitlines()) == 2


def test_read_jsonl_names_the_bad_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"a": 1}\n\n{"a": 2,}\n')
    with pytest.raises(MedAssistError, match=r"bad\.jsonl: line 3: malformed JSON"):
        read_jsonl(p)


def test_read_jsonl_bad_bytes_are_user_errors(tmp_path):
    p = tmp_path / "latin1.jsonl"
    p.write_bytes(b'{"a": 1}\n{"a": "caf\xe9"}\n')
    with pytest.raises(MedAssistError, match=r"latin1\.jsonl: line 2: not UTF-8"):
        read_jsonl(p)
    g = tmp_path / "fake.jsonl.gz"
    g.write_bytes(b"plain text")
    with pytest.raises(MedAssistError, match="not a gzip file"):
        read_jsonl(g)
