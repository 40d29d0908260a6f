"""The output check's development files (datasets/triage/answers/devNN_context.txt), read as their tests read them:
'### question' lines, then 'label | sentence' lines; every second question is validation (counted in the commit that
tuned on the train half, never tuned on)."""

from __future__ import annotations

from pathlib import Path

from medassist.model.safety.output_check import check_text

ANSWERS = Path(__file__).resolve().parents[3] / "datasets" / "triage" / "answers"


def dev_context_rows(name: str, split: str) -> list[tuple[str, str, str]]:
    """(question, label, sentence) of `split` ("train" or "validation") of the development file `name`."""
    rows, question, n = [], "", 0
    for line in (ANSWERS / name).read_text().splitlines():
        if line.startswith("### "):
            question, n = line[4:].strip(), n + 1
        elif "|" in line and not line.startswith("#"):
            label, sentence = (x.strip() for x in line.split("|", 1))
            if ("validation" if n % 2 == 0 else "train") == split:
                rows.append((question, label, sentence))
    return rows


def caught_and_flagged(rows: list[tuple[str, str, str]]) -> tuple[int, int]:
    """How many unsafe sentences the output check flags (caught) and how many safe ones (flagged), each read after its
    question."""
    caught = flagged = 0
    for question, label, sentence in rows:
        _, flags = check_text(sentence, question)
        if label == "safe":
            flagged += bool(flags)
        else:
            caught += bool(flags)
    return caught, flagged
