"""Checks every key-facts round file shares (datasets/keyfacts/fresh*.jsonl): each round's test module keeps only
its own data (a right and a wrong answer per question) and calls these."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from types import ModuleType

from medassist import paths
from medassist.cli import main
from medassist.training.evaluate.keyfacts import (
    _NEGATION,
    KEYFACTS_DIR,
    asserts_misconception,
    load_keyfacts,
    states_fact,
)

FIELDS = {"id", "question", "key_fact", "misconception", "split"}


def builder() -> ModuleType:
    """datasets/keyfacts/build_fresh.py (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("build_fresh", KEYFACTS_DIR / "build_fresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entry_for(table: dict, question: str):
    """The one entry of `table` whose key (a question's opening words) opens `question`."""
    (key,) = [k for k in table if question.startswith(k)]
    return table[key]


def check_shape(split: str, prefix: str, earlier: tuple[str, ...], *, myth_required: bool = True) -> None:
    """Ids in order, fields, compilable patterns, and no question repeated within the round or from `earlier`."""
    rows = load_keyfacts(split)
    assert len(rows) >= 45
    assert [r["id"] for r in rows] == [f"{prefix}-{i:03d}" for i in range(1, len(rows) + 1)]
    seen = {r["question"] for name in earlier for r in load_keyfacts(name)}
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions) and not set(questions) & seen
    for row in rows:
        assert set(row) == FIELDS and row["split"] == split
        assert row["key_fact"] and (row["misconception"] or not myth_required)
        assert all(re.compile(p) for p in row["key_fact"] + row["misconception"])
        # a sentence holding a negation never asserts a misconception, so such a pattern could never fire
        assert not any(_NEGATION.search(p) for p in row["misconception"]), row["id"]


def check_source_in_order(split: str) -> None:
    """Every written question passed the retrieval rule (none dropped by it), so the jsonl is its source, in order."""
    source_file = builder().ROUNDS[split][0]
    source = builder().parse((KEYFACTS_DIR / source_file).read_text())
    assert [{k: r[k] for k in ("question", "key_fact", "misconception")} for r in load_keyfacts(split)] == source


def check_separates(row: dict, right: str, wrong: str) -> None:
    """The right answer states the fact and no myth; the wrong one misses the fact and asserts the myth (if any)."""
    assert states_fact(right, row["key_fact"]) and not asserts_misconception(right, row["misconception"])
    assert not states_fact(wrong, row["key_fact"])
    assert asserts_misconception(wrong, row["misconception"]) or not row["misconception"]


def check_table_keys(split: str, table: dict) -> None:
    """Every hand-written entry opens exactly one question of the round."""
    questions = [r["question"] for r in load_keyfacts(split)]
    assert all(sum(q.startswith(k) for q in questions) == 1 for k in table)


def check_medquad_eval_refuses(split: str, tmp_path, capsys) -> None:
    """A key-facts round is not a MedQuAD split: `medassist eval` says to add --benchmark keyfacts."""
    assert main(["eval", "--split", split, "--output", str(tmp_path)]) == 2
    assert "--benchmark keyfacts" in capsys.readouterr().err


def medquad_pages() -> dict[str, str]:
    """The shipped MedQuAD corpus as page focus (lower case) -> its answers' text, whitespace flattened: a round's
    quoted page sentence must be found word for word on the page it names."""
    pages: dict[str, str] = {}
    with gzip.open(paths.MEDQUAD_CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            focus = (record.get("extra") or {}).get("focus", "").lower()
            pages[focus] = pages.get(focus, "") + " " + " ".join(record["answer"].split())
    return pages


def quoted_pages(source_file: str) -> dict[str, tuple[str, str]]:
    """Question -> (MedQuAD page focus, its sentence stating the fact), from the `# page:` and `# sentence:` lines a
    round's source file writes above each question."""
    out, page, sentence = {}, None, None
    for line in (KEYFACTS_DIR / source_file).read_text().splitlines():
        if line.startswith("# page: "):
            page = line.removeprefix("# page: ").strip()
        elif line.startswith("# sentence: "):
            sentence = line.removeprefix("# sentence: ").strip()
        elif line.strip() and not line.startswith("#"):
            out[line.split(" | ")[0].strip()] = (page, sentence)
            page = sentence = None
    return out


def check_quotes_from_pages(split: str, source_file: str) -> None:
    """Each question of the round quotes its page sentence word for word from the shipped MedQuAD page it names."""
    quoted = quoted_pages(source_file)
    assert set(quoted) == {r["question"] for r in load_keyfacts(split)}
    pages = medquad_pages()
    for question, (page, sentence) in quoted.items():
        assert page and sentence, question
        assert " ".join(sentence.split()) in pages.get(page.lower(), ""), (page, sentence)


def dev_page_sentences(name: str) -> list[tuple[str, str]]:
    """(the question's page sentence, its focus) from a development set's source comment lines, in question order."""
    lines = (KEYFACTS_DIR / f"{name}_source.txt").read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.startswith("# page: "):
            assert lines[i + 1].startswith("# says: ") and not lines[i + 2].startswith("#")
            out.append((lines[i + 1][len("# says: "):], line[len("# page: "):]))
    return out


def check_dev_halves(name: str, prefix: str, earlier: tuple[str, ...], min_rows: int) -> None:
    """A development set's shape: ids in order, halves fixed by file order before any answer (alternately tune,
    check), no question of an earlier split, a key fact and a myth pattern (never a negation) on every row."""
    rows = load_keyfacts(name)
    assert len(rows) >= min_rows
    assert [r["id"] for r in rows] == [f"{prefix}-{i:03d}" for i in range(1, len(rows) + 1)]
    assert [r["split"] for r in rows] == [(f"{name}-tune", f"{name}-check")[i % 2] for i in range(len(rows))]
    assert load_keyfacts(f"{name}-tune") == rows[0::2] and load_keyfacts(f"{name}-check") == rows[1::2]
    seen = {r["question"] for s in earlier for r in load_keyfacts(s)}
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions) and not set(questions) & seen
    for row in rows:
        assert row["key_fact"] and row["misconception"]
        assert not any(_NEGATION.search(p) for p in row["misconception"]), row["id"]


def check_dev_source_and_pages(name: str) -> None:
    """The set is its source in order, and each row's page sentence is on its MedQuAD page word for word."""
    source = builder().parse((KEYFACTS_DIR / f"{name}_source.txt").read_text())
    assert [{k: r[k] for k in ("question", "key_fact", "misconception")} for r in load_keyfacts(name)] == source
    pages = dev_page_sentences(name)
    assert len(pages) == len(source)
    medquad = medquad_pages()
    for sentence, focus in pages:
        assert sentence in medquad.get(focus.lower(), ""), (focus, sentence)
