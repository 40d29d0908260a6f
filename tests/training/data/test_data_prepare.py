"""`medassist data prepare` end to end: outputs, stats accounting, and bad input that changes nothing."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medassist.errors import MedAssistError
from medassist.io import read_jsonl
from medassist.training.data.clean import normalise_key
from medassist.training.data.prepare import fingerprint, load_split, prepare
from medassist.training.data.split import SPLIT_NAMES

OLD_STATS = b'{"fingerprint": "old"}\n'


def snapshot(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


@pytest.fixture
def old_out(tmp_path) -> Path:
    """An output folder from an earlier run: a failed prepare must leave it byte-identical."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "stats.json").write_bytes(OLD_STATS)
    (out / "train.jsonl").write_text('{"question": "old", "answer": "old", "source": "old"}\n')
    return out


def many_pairs(n: int) -> list[dict]:
    return [{"instruction": "Answer this question truthfully", "input": f"What is condition {i}?",
             "output": f"Condition {i} is a disorder of organ {i % 7} that needs care."} for i in range(n)]


def test_prepare_alpaca_end_to_end(tmp_path, run_cli, tokenizer_arg):
    rows = many_pairs(40) + [
        {"instruction": "x", "input": "What is condition 3?", "output": "Condition 3 is a disorder of organ 3 "
                                                                         "that needs care."},  # exact dup
        {"instruction": "x", "input": "", "output": "orphan answer without a question here"},
        {"instruction": "x", "input": "What is empty?", "output": "   "},
    ]
    inp = tmp_path / "cards.json"
    inp.write_text(json.dumps(rows))
    out = tmp_path / "prepared"
    code, stdout, err = run_cli("data", "prepare", "--input", inp, "--out", out, "--seed", "1", *tokenizer_arg)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["stats.json", "test.jsonl", "train.jsonl", "validation.jsonl"]
    stats = json.loads((out / "stats.json").read_text())
    assert (stats["format"], stats["seed"], stats["ratios"]) == ("alpaca", 1, [0.8, 0.1, 0.1])
    c = stats["counts"]
    assert c["read"] == len(rows) == c["kept"] + c["dropped"]
    assert c["kept"] == c["train"] + c["validation"] + c["test"] == 40
    assert c["dropped"] == sum(stats["dropped_by_reason"].values())
    # The orphan row's `input` is empty, so its question is the fixed instruction: too short.
    assert stats["dropped_by_reason"] == {"duplicate_exact": 1, "empty_answer": 1, "question_too_short": 1}
    assert (c["validation"], c["test"]) == (4, 4)
    assert stats["question_overlap_between_splits"] == {"train&validation": 0, "train&test": 0,
                                                        "validation&test": 0}
    assert set(stats["answer_tokens"]) >= {"p5", "p50", "p95", "max", "mean"}
    splits = {s: read_jsonl(out / f"{s}.jsonl") for s in SPLIT_NAMES}
    assert all({"question", "answer", "source"} <= row.keys() for rows_ in splits.values() for row in rows_)
    assert stats["fingerprint"] == fingerprint(splits)
    assert stats["fingerprint"] in stdout
    assert [r.question for r in load_split(out, "test")] == [r["question"] for r in splits["test"]]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left behind


def test_prepare_is_deterministic_and_seeded(tmp_path, count_tokens):
    inp = tmp_path / "cards.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in many_pairs(60)))
    a = prepare(str(inp), tmp_path / "a", seed=5, count_tokens=count_tokens)
    b = prepare(str(inp), tmp_path / "b", seed=5, count_tokens=count_tokens)
    c = prepare(str(inp), tmp_path / "c", seed=6, count_tokens=count_tokens)
    assert a["fingerprint"] == b["fingerprint"] != c["fingerprint"]
    assert (tmp_path / "a" / "test.jsonl").read_bytes() == (tmp_path / "b" / "test.jsonl").read_bytes()


def test_prepare_medquad_groups_repeated_questions(medquad_dir, tmp_path, count_tokens):
    stats = prepare(str(medquad_dir), tmp_path / "out", ratios=(0.4, 0.3, 0.3), count_tokens=count_tokens)
    assert stats["counts"]["read"] == 5
    assert stats["dropped_by_reason"] == {"missing_answer": 1}
    rows = {s: read_jsonl(tmp_path / "out" / f"{s}.jsonl") for s in SPLIT_NAMES}
    anemia = [s for s, rs in rows.items() for r in rs if normalise_key(r["question"]) == "what is are anemia"]
    assert len(anemia) == 2 and len(set(anemia)) == 1  # both answers, one split
    urls = {r["source"] for rs in rows.values() for r in rs}
    assert "https://rarediseases.info.nih.gov/diseases/anemia" in urls


def test_prepare_csv_via_cli(tmp_path, run_cli, tokenizer_arg):
    inp = tmp_path / "qa.csv"
    lines = ["Frage,Antwort,Link"] + [f'"What is condition {i}?","It is disorder {i}, of organ {i}.",https://e/{i}'
                                      for i in range(20)]
    inp.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    code, _, err = run_cli("data", "prepare", "--input", inp, "--out", out, "--question-col", "Frage",
                           "--answer-col", "Antwort", "--source-col", "Link", *tokenizer_arg)
    assert code == 0, err
    rows = [r for s in SPLIT_NAMES for r in read_jsonl(out / f"{s}.jsonl")]
    assert len(rows) == 20 and all(r["source"].startswith("https://e/") for r in rows)


def test_prepare_into_existing_file_fails(tmp_path, count_tokens):
    inp = tmp_path / "cards.json"
    inp.write_text(json.dumps(many_pairs(10)))
    (tmp_path / "file").write_text("x")
    with pytest.raises(MedAssistError, match="not a directory"):
        prepare(str(inp), tmp_path / "file", count_tokens=count_tokens)


# ---- bad input: exit 2, `error:` naming the file and place, nothing written or changed -----------------

def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


BAD_INPUTS = {
    # name: (file name, content, extra args, expected fragments of the error line besides the file name)
    "missing file": ("nothere.json", None, [], ["no such file"]),
    "malformed JSON array": ("bad.json", '[\n  {"input": "What is x?", "output": "y"},\n  {"input": "q" "output": 1}\n]',
                             [], ["line 3", "column", "malformed JSON"]),
    "malformed JSONL": ("bad.jsonl", '{"question": "What is x?", "answer": "Yes it is."}\n\n{"question": oops}\n',
                        [], ["line 3", "malformed JSON"]),
    "wrong JSON fields": ("fields.jsonl", '{"prompt": "What is x?", "completion": "y"}\n', [],
                          ["line 1", "instruction/input/output", "prompt"]),
    "one JSON object": ("wrapped.json", '{\n  "data": [{"input": "What is x?", "output": "y"}]\n}\n', [],
                        ["line 1", "JSON array", "got one JSON object", "data"]),
    "JSON item not an object": ("list.json", '[["What is x?", "y"]]', [], ["item 0", "JSON object"]),
    "malformed XML": ("doc.xml", '<?xml version="1.0"?>\n<Document url="u">\n<QAPair><Question>q</Answer>\n',
                      [], ["line 3", "column", "malformed XML"]),
    "CSV missing columns": ("qa.csv", "q,a\nWhat is x?,It is y.\n", [], ["line 1", "missing column", "question"]),
    "CSV chosen column missing": ("qa2.csv", "question,answer\nWhat is x?,It is y.\n", ["--source-col", "url"],
                                  ["missing column", "url"]),
    "CSV extra cells": ("qa3.csv", "question,answer\nWhat is x?,It is y.\nWhat?,a,b,c\n", [], ["line 3", "cells"]),
    "not UTF-8": ("latin1.jsonl", b'{"question": "What is x?", "answer": "ok fine"}\n{"question": "caf\xe9"}\n',
                  [], ["line 2", "UTF-8"]),
    "broken gzip": ("corpus.jsonl.gz", b"not gzip at all", [], ["cannot read"]),
    "empty result": ("empty.jsonl", '{"question": "What is x?", "answer": ""}\n{"question": " ", "answer": "y y y"}\n',
                     [], ["every record was dropped", "empty_answer"]),
    "no records": ("none.json", "[]", [], ["no records"]),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_fails_cleanly(case, tmp_path, old_out, run_cli, tokenizer_arg):
    name, content, extra, fragments = BAD_INPUTS[case]
    inp = tmp_path / name
    if content is not None:
        _write(inp, content)
    before = snapshot(old_out)
    code, stdout, err = run_cli("data", "prepare", "--input", inp, "--out", old_out, *extra, *tokenizer_arg)
    assert code == 2
    line = err.strip().splitlines()[-1]
    assert line.startswith("error: ") and str(inp) in line, err
    for frag in fragments:
        assert frag in line, line
    assert "Traceback" not in err
    assert snapshot(old_out) == before
    assert stdout == ""


def test_bad_split_fails_before_reading(tmp_path, old_out, run_cli, tokenizer_arg):
    inp = _write(tmp_path / "cards.json", json.dumps(many_pairs(10)))
    before = snapshot(old_out)
    code, _, err = run_cli("data", "prepare", "--input", inp, "--out", old_out, "--split", "0.9,0.2",
                           *tokenizer_arg)
    assert code == 2 and err.startswith("error: --split '0.9,0.2'")
    assert snapshot(old_out) == before


def test_bad_input_leaves_no_new_output_folder(tmp_path, run_cli, tokenizer_arg):
    inp = _write(tmp_path / "bad.jsonl", "{not json}\n")
    code, _, _ = run_cli("data", "prepare", "--input", inp, "--out", tmp_path / "new", *tokenizer_arg)
    assert code == 2 and not (tmp_path / "new").exists()


def test_subprocess_exit_code_and_message(tmp_path, old_out, tokenizer_arg):
    inp = _write(tmp_path / "bad.jsonl", '{"question": "What is x?", "answer": "fine answer"}\n{oops\n')
    before = snapshot(old_out)
    env = os.environ | {"HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "medassist", "data", "prepare", "--input", str(inp),
                           "--out", str(old_out), *tokenizer_arg],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1] == f"error: {inp}: line 2: malformed JSON " \
                                                  "(Expecting property name enclosed in double quotes)"
    assert snapshot(old_out) == before


def test_gzip_canonical_input_round_trip(tmp_path, count_tokens):
    """The shipped corpus's form (canonical question/answer .jsonl.gz) re-prepares to the same splits."""
    inp = tmp_path / "cards.json"
    inp.write_text(json.dumps(many_pairs(30)))
    corpus = tmp_path / "corpus.jsonl.gz"
    first = prepare(str(inp), tmp_path / "a", count_tokens=count_tokens, export_corpus=corpus)
    assert len(read_jsonl(corpus)) == first["counts"]["kept"]
    with gzip.open(corpus, "rt") as f:
        assert json.loads(f.readline())["source"] == "cards"
    again = prepare(str(corpus), tmp_path / "b", count_tokens=count_tokens)
    assert again["fingerprint"] == first["fingerprint"]


def test_failure_while_writing_keeps_the_previous_set_whole(tmp_path, old_out, count_tokens, monkeypatch):
    """A crash mid-write (a full disk) renames nothing: no mix of new train and old stats."""
    import medassist.training.data.prepare as prep

    inp = _write(tmp_path / "cards.json", json.dumps(many_pairs(20)))
    before = snapshot(old_out)
    real = prep.write_json

    def disk_full(path, obj):
        real(path, obj)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(prep, "write_json", disk_full)
    with pytest.raises(OSError):
        prepare(str(inp), old_out, count_tokens=count_tokens)
    assert snapshot(old_out) == before  # also: no temp files left


def test_export_corpus_is_gzipped(tmp_path, count_tokens):
    inp = _write(tmp_path / "cards.json", json.dumps(many_pairs(12)))
    corpus = tmp_path / "corpus.jsonl.gz"
    prepare(str(inp), tmp_path / "out", count_tokens=count_tokens, export_corpus=corpus)
    assert corpus.read_bytes()[:2] == b"\x1f\x8b"
