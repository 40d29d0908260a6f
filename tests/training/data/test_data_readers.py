"""Each reader turns its format into QARecords (raw: missing fields stay None for the cleaner)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from medassist.errors import MedAssistError
from medassist.training.data.readers import detect_format, read_records

MEADOW = Path(__file__).resolve().parents[4] / "shared" / "data" / "medical_meadow_wikidoc_patient_info" \
    / "medical_meadow_small.json"

FLASHCARDS = [
    {"instruction": "Answer this question truthfully", "input": "What does low REM sleep latency indicate?",
     "output": "Low REM sleep latency can be a sign of depression."},
    {"instruction": "Answer this question truthfully", "input": "What is the function of insulin?",
     "output": "Insulin lowers blood glucose by moving it into cells."},
]


def test_alpaca_json_array_flashcards(tmp_path):
    p = tmp_path / "flashcards.json"
    p.write_text(json.dumps(FLASHCARDS, indent=2))
    recs = read_records(str(p))
    assert [(r.question, r.answer) for r in recs] == [(c["input"], c["output"]) for c in FLASHCARDS]
    assert all(r.source == "flashcards" for r in recs)
    assert [r.id for r in recs] == ["flashcards-0", "flashcards-1"]


def test_alpaca_jsonl_and_instruction_only_rows(tmp_path):
    rows = FLASHCARDS + [{"instruction": "What causes gout?", "input": "", "output": "Uric acid crystals."}]
    p = tmp_path / "cards.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")  # a trailing blank line is fine
    recs = read_records(str(p), "alpaca")
    assert [r.question for r in recs] == [FLASHCARDS[0]["input"], FLASHCARDS[1]["input"], "What causes gout?"]
    assert recs[2].answer == "Uric acid crystals."


def test_alpaca_missing_output_value_stays_none(tmp_path):
    p = tmp_path / "cards.jsonl"
    p.write_text(json.dumps({"instruction": "x", "input": "What is y?", "output": None}) + "\n")
    (rec,) = read_records(str(p))
    assert rec.answer is None  # counted by the cleaner, not silently turned into ""


@pytest.mark.skipif(not MEADOW.exists(), reason="../shared medical meadow data not present")
def test_medical_meadow_slice(tmp_path):
    rows = json.loads(MEADOW.read_text())[:50]
    p = tmp_path / "medical_meadow_small.json"
    p.write_text(json.dumps(rows))
    recs = read_records(str(p))
    assert len(recs) == 50
    assert [r.question for r in recs] == [r["input"] for r in rows]
    assert [r.answer for r in recs] == [r["output"] for r in rows]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_canonical_question_answer_jsonl(tmp_path, suffix):
    rows = [{"question": "What is diabetes?", "answer": "High blood sugar.", "source": "https://x.org/d",
             "id": "d1", "extra": {"focus": "Diabetes"}},
            {"question": "What is flu?", "answer": "A viral infection."}]
    text = "".join(json.dumps(r) + "\n" for r in rows)
    p = tmp_path / f"corpus{suffix}"
    if suffix.endswith(".gz"):
        with gzip.open(p, "wt", encoding="utf-8") as f:
            f.write(text)
    else:
        p.write_text(text)
    recs = read_records(str(p))
    assert (recs[0].question, recs[0].answer, recs[0].source, recs[0].id) == (
        "What is diabetes?", "High blood sugar.", "https://x.org/d", "d1")
    assert recs[0].extra == {"focus": "Diabetes"}
    assert recs[1].source == "corpus" and recs[1].id == "corpus-2"  # defaults: file name, line


def test_json_with_byte_order_mark(tmp_path):
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps(FLASHCARDS).encode())
    assert len(read_records(str(p))) == 2


def test_medquad_folder(medquad_dir):
    recs = read_records(str(medquad_dir))
    assert detect_format(str(medquad_dir)) == "medquad"
    assert len(recs) == 5
    by_id = {r.id: r for r in recs}
    first = by_id["0000001-1"]
    assert first.question == "What is (are) anemia ?"
    assert first.source == "https://ghr.nlm.nih.gov/condition/anemia"  # the document url
    assert first.extra == {"collection": "GHR", "focus": "Anemia", "qtype": "information"}
    assert by_id["0000001-2"].answer is None  # <Answer/>
    assert by_id["0000001-3"].answer == "Some forms are inherited & others are acquired."
    assert by_id["0000003-1"].source == "https://rarediseases.info.nih.gov/diseases/anemia"


def test_medquad_single_file_and_nested_markup(tmp_path, make_medquad_doc):
    p = tmp_path / "doc.xml"
    p.write_text(make_medquad_doc("9", "https://u", "F", [("What is it ?", "Plain <b>bold</b> tail.")]))
    (rec,) = read_records(str(p))
    assert rec.answer == "Plain bold tail."  # text after a child element is kept


def test_medquad_folder_without_xml(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(MedAssistError, match="no .xml files"):
        read_records(str(tmp_path))


def test_csv_with_chosen_columns(tmp_path):
    p = tmp_path / "qa.csv"
    p.write_text('Q,A,url,other\n"What is gout?","Arthritis from uric acid, often in the toe.",https://g,1\n'
                 '"Multi\nline?","Yes.",https://m,2\n', encoding="utf-8")
    recs = read_records(str(p), question_col="Q", answer_col="A", source_col="url")
    assert [(r.question, r.answer, r.source) for r in recs] == [
        ("What is gout?", "Arthritis from uric acid, often in the toe.", "https://g"),
        ("Multi\nline?", "Yes.", "https://m")]


def test_csv_excel_bom_header(tmp_path):
    p = tmp_path / "excel.csv"
    p.write_bytes(b"\xef\xbb\xbfquestion,answer\nWhat is x?,X is a thing.\n")
    (rec,) = read_records(str(p))
    assert rec.question == "What is x?" and rec.source == "excel"


def test_tsv(tmp_path):
    p = tmp_path / "qa.tsv"
    p.write_text("question\tanswer\nWhat is gout?\tArthritis, from uric acid.\n")
    (rec,) = read_records(str(p))
    assert (rec.question, rec.answer) == ("What is gout?", "Arthritis, from uric acid.")


def test_csv_short_row_gives_none(tmp_path):
    p = tmp_path / "qa.csv"
    p.write_text("question,answer\nWhat is x?\n")
    (rec,) = read_records(str(p))
    assert rec.answer is None


@pytest.mark.parametrize("name,fmt", [("a.json", "alpaca"), ("a.jsonl.gz", "alpaca"), ("a.csv", "csv"),
                                      ("a.TSV", "csv"), ("a.xml", "medquad"), ("owner/dataset", "hf")])
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


def test_detect_format_unknown_extension(tmp_path):
    p = tmp_path / "data.parquet"
    p.write_text("x")
    with pytest.raises(MedAssistError, match="--format"):
        detect_format(str(p))


def test_unknown_format_name(tmp_path):
    with pytest.raises(MedAssistError, match="unknown format 'yaml'"):
        read_records(str(tmp_path), "yaml")


def test_hf_dataset_offline_fails_fast():
    t0 = time.monotonic()
    with pytest.raises(MedAssistError) as e:
        read_records("medalpaca/medical_meadow_medical_flashcards", "hf")
    assert time.monotonic() - t0 < 5
    msg = str(e.value)
    assert "medalpaca/medical_meadow_medical_flashcards" in msg and "not cached" in msg
    assert "MedQuAD" in msg and "offline default" in msg


def test_missing_local_path_that_looks_like_a_hub_id():
    with pytest.raises(MedAssistError, match="no such file or folder"):
        read_records("data/not-there")
