"""Measure myths_dev13: per split, myths alarmed / emergencies caught; with head score & acuity cue for train."""

import sys
from collections import Counter
from pathlib import Path

from medassist.model.safety import learned
from medassist.model.safety.acuity import acute
from medassist.model.safety.check import check_input

verbose = "-v" in sys.argv
rows = []
for line in Path("datasets/triage/authored/dev/myths_dev13.txt").read_text().splitlines():
    if line.startswith("#") or not line.strip():
        continue
    split, label, topic, text = [p.strip() for p in line.split(" | ", 3)]
    rows.append((split, label, topic, text))
det = learned.detector()
scores = det.assess([r[3] for r in rows])
c = Counter()
for (split, label, _topic, text), v in zip(rows, scores, strict=True):
    verdict = check_input(text)
    alarm = verdict.action == "emergency"
    c[(split, label, alarm)] += 1
    if verbose and split == "train" and ((label == "myth") == alarm):
        print(
            f"{label:9} alarm={alarm} head={v.emergency_score:.2f} cat={verdict.category} acute={acute(text)} | {text}"
        )
for split in ("train", "validation"):
    print(
        split,
        "myths alarmed",
        c[(split, "myth", True)],
        "/",
        c[(split, "myth", True)] + c[(split, "myth", False)],
        "| emergencies caught",
        c[(split, "emergency", True)],
        "/",
        c[(split, "emergency", True)] + c[(split, "emergency", False)],
    )
