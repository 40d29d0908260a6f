"""Latency of the whole safety check (`check_input`: validation, rules, MiniLM embedding, learned head)
per message, one at a time as a front end calls it, alone and with two earlier messages as context.
Messages: the validation split of datasets/triage (the test split stays for `medassist safety eval`).

    python bench/safety_latency.py [--repeats 3]

Target (issue 12): p95 < 20 ms. The last line is one JSON object."""

from __future__ import annotations

import argparse
import json
import os

from medassist.model.safety import learned
from medassist.paths import REPO_DIR
from medassist.training.safety.evaluate import measure_latency


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    rows = [json.loads(line) for line in (REPO_DIR / "datasets/triage/messages.jsonl").read_text().splitlines()]
    texts = [r for r in rows if r["split"] == "validation"]
    det = learned.detector()
    if det is None:
        raise SystemExit("the learned detector is unavailable (embedding model or head missing)")
    lat = measure_latency(det, texts, args.repeats)
    for name in ("single", "with_context"):
        p = lat[name]
        print(f"{name:>12}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms, max {p['max_ms']:.1f} ms")
    print(json.dumps({"messages": len(texts), "repeats": args.repeats, "load_average": os.getloadavg()[0], **lat}))


if __name__ == "__main__":
    main()
