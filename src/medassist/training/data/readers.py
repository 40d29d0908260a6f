"""Readers: each input format becomes a list of QARecord, or one clear error naming the file and place.

Formats: alpaca (medical-meadow/flashcards JSON or JSONL with instruction/input/output, also the
canonical question/answer JSONL this package writes), medquad (a folder of NIH XML documents),
csv (chosen column names), hf (a Hugging Face dataset id, when the hub is reachable).
Records are returned raw: missing fields become None so the cleaner can count them by reason.
"""

from __future__ import annotations

import csv
import gzip
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.model.records import QARecord

FORMATS = ("auto", "alpaca", "medquad", "csv", "hf")


def detect_format(path: str) -> str:
    p = Path(path)
    if p.is_dir():
        return "medquad"
    name = p.name.lower().removesuffix(".gz")
    if name.endswith((".json", ".jsonl")):
        return "alpaca"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith(".xml"):
        return "medquad"
    if not p.exists() and "/" in path and not path.startswith((".", "/")):
        return "hf"
    raise MedAssistError(f"{path}: cannot tell the format (not found, or unknown extension); pass --format")


def read_records(path: str, fmt: str = "auto", *, question_col: str = "question",
                 answer_col: str = "answer", source_col: str | None = None,
                 hf_split: str = "train") -> list[QARecord]:
    if fmt not in FORMATS:
        raise MedAssistError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    guessed = fmt == "auto"
    if guessed:
        fmt = detect_format(path)
    if fmt == "hf":
        try:
            return read_hf(path, split=hf_split)
        except MedAssistError as e:
            if guessed:  # the user may have meant a local path that is not there
                raise MedAssistError(f"{path}: no such file or folder; as a hub dataset id: {e}") from None
            raise
    p = Path(path)
    if not p.exists():
        raise MedAssistError(f"{path}: no such file or directory")
    try:
        if fmt == "alpaca":
            return read_alpaca(p)
        if fmt == "medquad":
            return read_medquad(p)
        return read_csv(p, question_col=question_col, answer_col=answer_col, source_col=source_col)
    except UnicodeDecodeError as e:
        raise MedAssistError(f"{_undecodable_place(p)}: not UTF-8 text ({e.reason})") from None
    except OSError as e:  # a folder where a file was expected, a broken .gz, no permission
        raise MedAssistError(f"{path}: cannot read ({e.strerror or e})") from None


def _undecodable_place(p: Path) -> str:
    """'file: line N' for the first undecodable byte (the decoder's own offset is per chunk)."""
    if p.is_dir():
        return str(p)
    raw = gzip.open(p).read() if p.suffix == ".gz" else p.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as whole:
        line = raw[: whole.start].count(b"\n") + 1
        return f"{p}: line {line}"
    return str(p)


def _open_text(p: Path):
    # utf-8-sig: spreadsheet exports start with a byte-order mark that would otherwise end up in
    # the first column name (or break the first JSON line).
    if p.suffix == ".gz":
        return gzip.open(p, "rt", encoding="utf-8-sig")
    return open(p, encoding="utf-8-sig", newline="")


def _from_alpaca_row(row: object, where: str, default_source: str) -> QARecord:
    if not isinstance(row, dict):
        raise MedAssistError(f"{where}: expected a JSON object, got {type(row).__name__}")
    if "question" in row or "answer" in row:  # the canonical form this package writes
        rec = QARecord.from_dict(row)
        rec.source = rec.source or default_source
        return rec
    if not ({"output"} <= row.keys() and ({"input"} & row.keys() or {"instruction"} & row.keys())):
        raise MedAssistError(
            f"{where}: expected fields instruction/input/output (alpaca) or question/answer, "
            f"got {sorted(row)}")
    # Flashcards put the question in `input` with a fixed instruction; plain alpaca rows may have
    # the question in `instruction` and an empty input.
    inp, ins = row.get("input"), row.get("instruction")
    question = inp if isinstance(inp, str) and inp.strip() else ins
    return QARecord(question=question, answer=row.get("output"), source=default_source,
                    id=str(row.get("id", "")))


def read_alpaca(p: Path) -> list[QARecord]:
    source = p.name.split(".")[0]
    with _open_text(p) as f:
        text = f.read()
    stripped = text.lstrip()
    records: list[QARecord] = []
    if stripped.startswith("["):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as e:
            raise MedAssistError(f"{p}: line {e.lineno}, column {e.colno}: malformed JSON ({e.msg})") from None
        for i, row in enumerate(rows):
            rec = _from_alpaca_row(row, f"{p}: item {i}", source)
            rec.id = rec.id or f"{source}-{i}"
            records.append(rec)
        return records
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            _refuse_single_object(p, text)
            raise MedAssistError(f"{p}: line {lineno}: malformed JSON ({e.msg})") from None
        rec = _from_alpaca_row(row, f"{p}: line {lineno}", source)
        rec.id = rec.id or f"{source}-{lineno}"
        records.append(rec)
    return records


def _refuse_single_object(p: Path, text: str) -> None:
    """A pretty-printed JSON object (e.g. {"data": [...]}) is valid JSON but neither accepted shape;
    say so instead of reporting its first line as malformed."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        return
    if isinstance(obj, dict):
        raise MedAssistError(f"{p}: line 1: expected a JSON array of records or JSON Lines (one record "
                             f"a line), got one JSON object with keys {sorted(obj)[:10]}")


def _medquad_file(f: Path) -> list[QARecord]:
    try:
        root = ET.parse(f).getroot()
    except ET.ParseError as e:
        line, col = e.position
        raise MedAssistError(f"{f}: line {line}, column {col}: malformed XML") from None
    url = root.get("url") or ""
    doc_source = root.get("source") or "MedQuAD"
    focus = (root.findtext("Focus") or "").strip()
    out = []
    for pair in root.iter("QAPair"):
        q = pair.find("Question")
        a = pair.find("Answer")
        qid = (q.get("qid") if q is not None else None) or f"{root.get('id', f.stem)}-{pair.get('pid')}"
        out.append(QARecord(
            question=_element_text(q),
            answer=_element_text(a),
            source=url or doc_source,
            id=qid,
            extra={"collection": doc_source, "focus": focus,
                   "qtype": q.get("qtype", "") if q is not None else ""},
        ))
    return out


def _element_text(el: ET.Element | None) -> str | None:
    """All text inside an element (markup inside an answer must not cut it short); None if absent."""
    if el is None:
        return None
    return "".join(el.itertext()) if len(el) else el.text


def read_medquad(p: Path) -> list[QARecord]:
    files = [p] if p.is_file() else sorted(p.rglob("*.xml"))
    if not files:
        raise MedAssistError(f"{p}: no .xml files found (expected MedQuAD documents)")
    records: list[QARecord] = []
    for f in files:
        records.extend(_medquad_file(f))
    return records


def read_csv(p: Path, *, question_col: str, answer_col: str, source_col: str | None) -> list[QARecord]:
    delimiter = "\t" if p.name.lower().removesuffix(".gz").endswith(".tsv") else ","
    with _open_text(p) as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        header = reader.fieldnames or []
        missing = [c for c in (question_col, answer_col, source_col) if c and c not in header]
        if missing:
            raise MedAssistError(
                f"{p}: line 1: missing column(s) {', '.join(missing)}; the header has {header}. "
                "Choose columns with --question-col/--answer-col")
        records = []
        try:
            for i, row in enumerate(reader):
                if None in row:  # more cells than header columns
                    raise MedAssistError(f"{p}: line {reader.line_num}: more cells than header columns")
                records.append(QARecord(
                    question=row.get(question_col), answer=row.get(answer_col),
                    source=(row.get(source_col) if source_col else None) or p.stem, id=f"{p.stem}-{i}"))
        except csv.Error as e:
            raise MedAssistError(f"{p}: line {reader.line_num}: malformed CSV ({e})") from None
    return records


def read_hf(dataset_id: str, split: str = "train") -> list[QARecord]:
    """A hub dataset in alpaca or question/answer form; fails fast offline."""
    from medassist.model.loading.hub import require_hub

    require_hub(dataset_id, kind="dataset")
    import datasets

    try:
        ds = datasets.load_dataset(dataset_id, split=split)
    except Exception as e:  # the datasets library raises many types; the user needs the message
        raise MedAssistError(f"{dataset_id}: could not load dataset ({type(e).__name__}: {e})") from None
    return [_from_alpaca_row(dict(row), f"{dataset_id}[{i}]", dataset_id.split("/")[-1])
            for i, row in enumerate(ds)]
