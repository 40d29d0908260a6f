"""Write `src/medassist/model/assets/condition_names.txt`: the names of conditions in the MedQuAD corpus the
package ships (`medquad.jsonl.gz`, each pair's `focus`), for the output check's diagnosis reading
(`model/safety/diagnosis_claims.py`: "That's gout.", "Sounds like shingles to me.").

A focus counts as a condition when MedQuAD asks about its symptoms, causes, complications, outlook,
susceptibility, stages or tests (that leaves out topics such as "Acupuncture" or "Knee Replacement"); names of
symptoms ("Back Pain", "Cough", "Headache") are left out, as naming a symptom is no diagnosis. Names are
normalised as the check reads text (`safety.text.normalise`), parentheses and "X: Y" split into both names, one
a line, sorted.

Usage:
    python scripts/build_condition_names.py           # write the file
    python scripts/build_condition_names.py --check   # exit 1 if it is not what the corpus gives
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "medassist" / "model" / "assets" / "medquad.jsonl.gz"
OUT = ROOT / "src" / "medassist" / "model" / "assets" / "condition_names.txt"
CONDITION_QTYPES = {"symptoms", "causes", "complications", "outlook", "susceptibility", "stages", "exams and tests"}
# a symptom, a procedure or a topic, not a condition one could be told one has
NOT_A_NAME = re.compile(
    r"\b(?:pain|ache|aches|cough|headache|headaches|bleeding|tremor|diarrhea|diarrhoea|constipation|fever|itching"
    r"|palpitations|dizziness|fatigue|nausea|vomiting|loss|low vision|dry eye|dry mouth|incontinence|retention"
    r"|replacement|therapy|caregiving|caregivers|electrocardiogram|surgery|transplant\w*|test|tests|testing"
    r"|screening|problems|sensitivity|toxins|injuries|wounds|bites|burns|bruises|spasms?|hiccups|syncope|indigestion"
    r"|paresthesia|spasticity|hypotonia|hypertonia|murmur|breath|snoring)\b")

# a part split off a name ("Cancer (Liver)"): a body part is no condition
BODY_PARTS = {"liver", "gum", "gums", "uveal", "kidney", "kidneys", "heart", "lung", "lungs", "skin", "brain", "eye",
              "eyes", "bone", "bones", "blood", "breast", "colon", "stomach", "bladder", "ovary", "ovaries", "prostate",
              "thyroid", "pancreas", "spine", "adult", "adults", "child", "children", "childhood", "women", "men"}


def names(corpus: Path = CORPUS) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from medassist.model.safety.text import normalise

    asked: dict[str, set[str]] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            extra = json.loads(line).get("extra") or {}
            extra = ast.literal_eval(extra) if isinstance(extra, str) else extra
            if extra.get("focus"):
                asked.setdefault(extra["focus"], set()).add(extra.get("qtype"))
    found = set()
    for focus, qtypes in asked.items():
        if not qtypes & CONDITION_QTYPES:
            continue
        for part in re.split(r"[():]|\balso known as\b", focus):
            name = normalise(part)
            if len(name) >= 3 and not name.isdigit() and not NOT_A_NAME.search(name) and name not in BODY_PARTS \
                    and not name.startswith(("a ", "the ")) and " and " not in name:
                found.add(name)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text = "".join(n + "\n" for n in names())
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is out of date: run python scripts/{Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(len(text.splitlines()), "names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
