"""Gates, before (belief hook off) vs after (on), in one process: messages.jsonl verdicts, conversations,
meaning sets. Prints aggregate counts only (texts of train/validation message rows that changed, none of test)."""

import json
import sys
from collections import Counter
from pathlib import Path

from medassist.model.safety import check
from medassist.training.safety import eval_conversations as ec
from medassist.training.safety.eval_meaning import evaluate_meaning

real = check.only_a_belief_question
T = Path("datasets/triage")
msgs = [json.loads(line) for line in (T / "messages.jsonl").read_text().splitlines() if line.strip()]
convs = [json.loads(line) for line in (T / "conversations.jsonl").read_text().splitlines() if line.strip()]
what = sys.argv[1:] or ["messages", "conversations", "meaning"]
for mode in ("before", "after"):
    check.only_a_belief_question = real if mode == "after" else (lambda text: False)
    if "messages" in what:
        verdicts = [check.check_input(r["text"]).action == "emergency" for r in msgs]
        if mode == "before":
            before_m = verdicts
        else:
            c = Counter()
            for r, b, a in zip(msgs, before_m, verdicts, strict=True):
                if b != a:
                    c[(r["split"], r["label"], "lost" if b else "gained")] += 1
                    if r["split"] != "test" and "fresh" not in r.get("set", ""):
                        print("  changed", r["split"], r["label"], b, "->", a, "|", r["text"])
            em = Counter((r["split"], r["label"]) for r, v in zip(msgs, verdicts, strict=True) if v)
            emb = Counter((r["split"], r["label"]) for r, v in zip(msgs, before_m, strict=True) if v)
            print(
                "messages alarms by split/label before -> after:",
                {k: f"{emb[k]}->{em[k]}" for k in sorted(set(em) | set(emb))},
            )
            print("messages changes:", dict(c))
    if "conversations" in what:
        c = Counter()
        for r in convs:
            verdict, active = ec.replay(r["turns"], learned=True)
            c[(ec._round(r["id"]) or "first", r["split"], r["label"], active)] += 1
        print(mode, "conversations (block, split, label, ends active):", sorted(c.items()))
    if "meaning" in what:
        for name in ("meaning6", "meaning7", "meaning8", "meaning9", "meaning13"):
            res = evaluate_meaning(T / f"{name}.jsonl")
            pos = {f"{k}/{s}": res[k][s]["positive"]["rules + head + readers"] for k in res for s in res[k]}
            la = {f"{k}/{s}": res[k][s]["look_alike"]["rules + head + readers"] for k in res for s in res[k]}
            print(mode, name, "positives", pos, "look-alikes", la)
    sys.stdout.flush()
