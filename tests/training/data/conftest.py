"""Data-pipeline fixtures: a token counter from the real SmolLM2 tokenizer, tiny MedQuAD documents,
and a CLI runner that captures the exit code and stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

SMOLLM2_TOKENIZER = Path(__file__).resolve().parents[2] / "fixtures" / "smollm2-tokenizer"


@pytest.fixture(scope="session")
def count_tokens(tokenizer):
    return lambda s: len(tokenizer(s, add_special_tokens=False)["input_ids"])


def medquad_doc(doc_id: str, url: str, focus: str, pairs: list[tuple[str, str | None]],
                source: str = "GHR") -> str:
    """One MedQuAD-shaped XML document; an answer of None becomes an empty <Answer/>."""
    body = []
    for pid, (q, a) in enumerate(pairs, 1):
        answer = "<Answer/>" if a is None else f"<Answer>{a}</Answer>"
        body.append(f'<QAPair pid="{pid}"><Question qid="{doc_id}-{pid}" qtype="information">{q}'
                    f"</Question>{answer}</QAPair>")
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<Document id="{doc_id}" source="{source}" url="{url}">',
        f"<Focus>{focus}</Focus>",
        "<QAPairs>", *body, "</QAPairs>",
        "</Document>", ""])


@pytest.fixture(scope="session")
def make_medquad_doc():
    return medquad_doc


@pytest.fixture
def medquad_dir(tmp_path) -> Path:
    """Three documents in two collection folders: an empty <Answer/>, an entity-escaped answer, and
    one question repeated (different case/punctuation, different answer) across documents."""
    d = tmp_path / "medquad"
    (d / "1_GHR_QA").mkdir(parents=True)
    (d / "2_GARD_QA").mkdir()
    (d / "1_GHR_QA" / "0000001.xml").write_text(medquad_doc(
        "0000001", "https://ghr.nlm.nih.gov/condition/anemia", "Anemia", [
            ("What is (are) anemia ?", "Anemia is a condition with too few healthy red blood cells."),
            ("What are the treatments for anemia ?", None),
            ("Is anemia inherited ?", "Some forms are inherited &amp; others are acquired."),
        ]), encoding="utf-8")
    (d / "1_GHR_QA" / "0000002.xml").write_text(medquad_doc(
        "0000002", "https://ghr.nlm.nih.gov/condition/asthma", "Asthma", [
            ("What is (are) asthma ?", "Asthma is a long-term disease of the airways of the lungs."),
        ]), encoding="utf-8")
    (d / "2_GARD_QA" / "0000003.xml").write_text(medquad_doc(
        "0000003", "https://rarediseases.info.nih.gov/diseases/anemia", "Anemia", [
            ("What is (are) Anemia?", "A low number of red blood cells or little hemoglobin in them."),
        ], source="GARD"), encoding="utf-8")
    return d


@pytest.fixture
def tokenizer_arg() -> list[str]:
    """--tokenizer pointing at the shipped tokenizer fixture: no model conversion in fast tests."""
    return ["--tokenizer", str(SMOLLM2_TOKENIZER)]


@pytest.fixture
def run_cli(capsys):
    """medassist.cli.main(argv) -> (exit code, stdout, stderr)."""
    from medassist.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run
