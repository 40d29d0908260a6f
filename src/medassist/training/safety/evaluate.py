"""`medassist safety eval`: the safety layer on the held-out test split, rules alone vs rules + head.

Everything goes through the real `check_input` (embeddings are prefetched in batches for the big
MedQuAD pass only, which does not change any verdict). Proportions carry 95% Wilson score intervals;
with 7-9 test emergencies per category those intervals are wide, and the table says so.
"""

from __future__ import annotations

import logging
import math
import os
import platform
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from medassist import paths
from medassist.errors import MedAssistError
from medassist.io import read_jsonl, write_json, write_text
from medassist.model.safety import DOSE_NOTICE, check_input
from medassist.model.safety import learned as learned_triage
from medassist.training.safety.eval_conversations import evaluate_conversations, render_conversations
from medassist.training.safety.train import load_triage_set

log = logging.getLogger(__name__)

RESULTS_MD = paths.REPO_DIR / "datasets" / "triage" / "results.md"
RESULTS_JSON = paths.REPO_DIR / "datasets" / "triage" / "results.json"
SYSTEMS = {"rules": False, "rules+head": True}
TARGETS = {"recall_overall": 0.98, "recall_per_category": 0.95, "lookalike_false_alarms": 0.01,
           "medquad_false_alarms": 0.002, "dose_referred": 0.95}
# The rules name finer categories than the set; this is how they line up (for category agreement).
RULE_TO_SET = {"overdose": "poisoning_overdose", "poisoning": "poisoning_overdose", "bleeding": "bleeding_trauma",
               "head_injury": "bleeding_trauma", "choking": "breathing"}


@dataclass(frozen=True)
class EverydayRound:
    """One round's fresh everyday mild messages (issue 21): written as people type them and held out
    (test split only) before that round changed the head or the rules, so each is counted apart."""

    set: str  # the rows' "set" (file `authored/other.<set>.txt`); results.json keys `<set>`, `<set>_false_alarms*`
    row: str  # results.md's false-alarm row: "false alarms, everyday mild messages (<row>)"
    listed_as: str  # its name in results.md's list of ids taken for an emergency ("": the first, the list's lead)


# One row per round, in the order results.json and results.md list them.
EVERYDAY_ROUNDS = (
    EverydayRound("everyday_fresh", "fresh", ""),
    EverydayRound("everyday_fresh6", "fresh, round 6", "round 6"),
    EverydayRound("everyday_fresh7", "fresh, round 7: written before the seventh round's changes; 25/152 with rules "
                  "+ head on the code before them", "round 7"),
    EverydayRound("everyday_fresh8", "fresh, round 8: written before the eighth round's changes; 30/155 with rules "
                  "+ head on the code before them", "round 8"),
    EverydayRound("everyday_fresh9", "fresh, round 9: written before the ninth round's changes; 41/155 with rules "
                  "+ head on the code before them", "round 9"),
    EverydayRound("everyday_fresh10", "fresh, round 10: written before the tenth round's changes; 23/155 with "
                  "rules + head on the code before them", "round 10"),
    EverydayRound("everyday_fresh11", "fresh, round 11: written before the eleventh round's changes; 32/155 with "
                  "rules + head, read once by its writer on 122445d (counts only)", "round 11"),
    EverydayRound("everyday_fresh12", "fresh, round 12: written before the twelfth round's changes; 29/155 with "
                  "rules + head, read once by its writer on 5190c77 (counts only)", "round 12"),
    EverydayRound("everyday_fresh13", "fresh, round 13: written before the thirteenth round's changes; 12/155 with "
                  "rules + head, read once by its writer on 041d0d4 (counts only)", "round 13"),
    EverydayRound("everyday_fresh14", "fresh, round 14: written before the fourteenth round's changes; 11/155 with "
                  "rules + head, read once by its writer on 3970c95 (counts only)", "round 14"),
    EverydayRound("everyday_fresh15", "fresh, round 15: written before the fifteenth round's changes; 10/155 with "
                  "rules + head, read once by its writer on 9922e63 (counts only)", "round 15"),
    EverydayRound("everyday_fresh16", "fresh, round 16: written before the sixteenth round's changes; 9/155 with "
                  "rules + head, read once on 15ff492 (counts only)", "round 16"),
)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def proportion(k: int, n: int) -> dict:
    lo, hi = wilson(k, n)
    return {"k": k, "n": n, "rate": k / n if n else math.nan, "ci95": [lo, hi]}


def install_head(head_path: Path) -> learned_triage.Detector:
    """Make the triage head at `head_path` the one `check_input` uses (the shipped one unless another is named)
    and return its detector; raises MedAssistError when no head loads, so nothing is measured without it."""
    if Path(head_path).resolve() != learned_triage.HEAD_PATH.resolve():
        from medassist.model.retrieval.embedder import shared_embedder

        learned_triage.set_detector(learned_triage.Detector(learned_triage.TriageHead.load(head_path),
                                                            shared_embedder()))
    found = learned_triage.detector()
    if found is None:
        raise MedAssistError("the learned head could not be loaded (see the warning above): nothing to measure")
    return found


def _percentiles(values: list[float]) -> dict:
    values = sorted(values)
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": q[49] * 1e3, "p95_ms": q[94] * 1e3, "max_ms": values[-1] * 1e3, "n": len(values)}


def evaluate(data: Path, head_path: Path = learned_triage.HEAD_PATH, *, latency_repeats: int = 1,
             split: str = "test") -> dict:
    rows = load_triage_set(data)
    test = [r for r in rows if r["split"] == split]
    emergencies = [r for r in test if r["label"] == "emergency"]
    # rows of a file's own set (`set`, e.g. the fresh everyday mild messages of issue 21) are counted
    # in a row of their own, so the look-alike and "other" rows keep measuring what they did
    lookalikes = [r for r in test if r["label"] == "non_emergency" and r["category"] != "other" and "set" not in r]
    other = [r for r in test if r["label"] == "non_emergency" and r["category"] == "other" and "set" not in r]
    everyday = {e.set: [r for r in test if r["label"] == "non_emergency" and r.get("set") == e.set]
                for e in EVERYDAY_ROUNDS}
    dose = [r for r in test if r["label"] == "dose_request"]
    general = [r for r in test if r["label"] == "general"]
    medquad = [r["question"] for r in read_jsonl(paths.MEDQUAD_CORPUS)]
    # Look-alike conversations: each test look-alike read after the one before it in the same
    # category, as `recent` (two harmless questions in a row must stay harmless).
    by_cat = defaultdict(list)
    for r in lookalikes:
        by_cat[r["category"]].append(r["text"])
    pairs = [(texts[i - 1], texts[i]) for texts in by_cat.values() for i in range(1, len(texts))]

    det = install_head(head_path)
    out: dict = {"test_counts": {"emergency": len(emergencies), "lookalike": len(lookalikes), "other": len(other),
                                 **{fresh_set: len(rows) for fresh_set, rows in everyday.items()},
                                 "dose_request": len(dose), "general": len(general),
                                 "medquad_questions": len(medquad), "medquad_distinct": len(set(medquad)),
                                 "lookalike_pairs": len(pairs)},
                 "head": {k: det.head.meta.get(k) for k in ("fingerprint", "features", "embedder", "data_sha256_16",
                                                            "emergency_threshold", "settled_threshold",
                                                            "dose_threshold", "validation")},
                 "split": split, "targets": TARGETS, "systems": {}}
    det.prefetch([r["text"] for r in test] + medquad + [f"{a}\n{b}" for a, b in pairs])
    try:
        for name, use in SYSTEMS.items():
            log.info("measuring %s", name)
            s: dict = {}
            verdicts = {r["id"]: check_input(r["text"], learned=use) for r in test}
            per_cat = {}
            agree = 0
            for cat in sorted({r["category"] for r in emergencies}):
                items = [r for r in emergencies if r["category"] == cat]
                per_cat[cat] = proportion(sum(verdicts[r["id"]].action == "emergency" for r in items), len(items))
            caught = [r for r in emergencies if verdicts[r["id"]].action == "emergency"]
            agree = sum(RULE_TO_SET.get(verdicts[r["id"]].category, verdicts[r["id"]].category) == r["category"]
                        for r in caught)
            s["recall_per_category"] = per_cat
            s["recall_overall"] = proportion(len(caught), len(emergencies))
            s["missed"] = [r["id"] for r in emergencies if verdicts[r["id"]].action != "emergency"]
            s["category_agreement"] = proportion(agree, len(caught))
            false_alarms = [r for r in lookalikes if verdicts[r["id"]].action == "emergency"]
            s["lookalike_false_alarms"] = proportion(len(false_alarms), len(lookalikes))
            s["false_alarm_ids"] = [r["id"] for r in false_alarms]
            kinds = defaultdict(lambda: [0, 0])
            for r in lookalikes:
                kinds[r["kind"]][0] += verdicts[r["id"]].action == "emergency"
                kinds[r["kind"]][1] += 1
            s["lookalike_false_alarms_by_kind"] = {k: proportion(*v) for k, v in sorted(kinds.items())}
            flagged_other = [r for r in other if verdicts[r["id"]].action == "emergency"]
            s["other_false_alarms"] = proportion(len(flagged_other), len(other))
            s["other_false_alarm_ids"] = [r["id"] for r in flagged_other]
            for fresh_set, rows in everyday.items():
                flagged = [r for r in rows if verdicts[r["id"]].action == "emergency"]
                s[f"{fresh_set}_false_alarms"] = proportion(len(flagged), len(rows))
                s[f"{fresh_set}_false_alarm_ids"] = [r["id"] for r in flagged]
            mq = [check_input(q, learned=use) for q in medquad]
            s["medquad_false_alarms"] = proportion(sum(v.action == "emergency" for v in mq), len(medquad))
            s["medquad_flagged"] = sorted({q for q, v in zip(medquad, mq, strict=True) if v.action == "emergency"})
            s["medquad_dose_notices"] = proportion(sum(bool(v.notice and DOSE_NOTICE in v.notice) for v in mq),
                                                   len(medquad))
            ctx = [check_input(b, recent=[a], learned=use) for a, b in pairs]
            s["context_false_alarms"] = proportion(sum(v.action == "emergency" for v in ctx), len(pairs))

            def referred(v) -> bool:
                return v.action == "emergency" or bool(v.notice and DOSE_NOTICE in v.notice)

            s["dose_referred"] = proportion(sum(referred(verdicts[r["id"]]) for r in dose), len(dose))
            s["dose_requests_given_the_emergency_message"] = sum(verdicts[r["id"]].action == "emergency" for r in dose)
            s["dose_missed"] = [r["id"] for r in dose if not referred(verdicts[r["id"]])]
            s["general_dose_notices"] = proportion(sum(referred(verdicts[r["id"]]) for r in general), len(general))
            out["systems"][name] = s
            out.setdefault("conversations", {})[name] = evaluate_conversations(split, use, proportion)
            if split == "test":
                out.setdefault("conversations_fresh", {})[name] = evaluate_conversations(split, use, proportion,
                                                                                         fresh=True)
        out["latency"] = measure_latency(det, test, latency_repeats)
    finally:
        det.release()
    return out


def measure_latency(det: learned_triage.Detector, test: list[dict], repeats: int) -> dict:
    """Wall time of the whole check_input per message (validation, rules, embedding, head), one
    message at a time with nothing prefetched, as a front end calls it; then the same with two
    earlier messages as `recent` (a second text is embedded in the same call)."""
    texts = [r["text"] for r in test]
    for t in texts[:5]:  # warm up: weights loaded, first-call allocations done
        check_input(t)
    single, with_context = [], []
    for _ in range(max(repeats, 1)):
        det.release()
        for t in texts:
            t0 = time.perf_counter()
            check_input(t)
            single.append(time.perf_counter() - t0)
        det.release()
        for i, t in enumerate(texts):
            recent = texts[max(0, i - 2):i]
            t0 = time.perf_counter()
            check_input(t, recent=recent)
            with_context.append(time.perf_counter() - t0)
    return {"single": _percentiles(single), "with_context": _percentiles(with_context),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}",
            "torch_threads_per_query": 1}


def format_rate(p: dict, pct: bool = True) -> str:
    """A `proportion` as a report cell: "12.5% [8.1, 18.7] (20/160)" (or a 0-1 rate with `pct=False`)."""
    lo, hi = p["ci95"]
    if pct:  # two decimals where the interval is that narrow (0/16,253 is [0.00, 0.02])
        d = 2 if p["n"] >= 1000 else 1
        return f"{100 * p['rate']:.{d}f}% [{100 * lo:.{d}f}, {100 * hi:.{d}f}] ({p['k']}/{p['n']:,})"
    return f"{p['rate']:.3f} [{lo:.3f}, {hi:.3f}] ({p['k']}/{p['n']})"


def render_markdown(res: dict) -> str:
    r, h = res["systems"]["rules"], res["systems"]["rules+head"]
    c = res["test_counts"]
    lat = res["latency"]
    lines = [
        f"# Emergency triage and dose referral: held-out {res['split']} split",
        "",
        f"Written by `medassist safety eval` (do not edit by hand). The {res['split']} split of "
        "`datasets/triage/messages.jsonl`: "
        f"{c['emergency']} emergencies, {c['lookalike']} look-alikes of them, {c['other']} other non-emergencies "
        f"(chit-chat, non-medical, mild everyday complaints, noise), {c['dose_request']} personal dose requests, "
        f"{c['general']} general medicine questions; plus all {c['medquad_questions']:,} MedQuAD questions "
        f"({c['medquad_distinct']:,} distinct) and {c['lookalike_pairs']} look-alike conversations (a look-alike "
        "sent after another one of the same category, as `recent`). Rates with 95% Wilson intervals. "
        "\"rules\": the regex rules alone (`check_input(..., learned=False)`, what runs without the embedding "
        "model); \"rules + head\": emergency if either says so (the default).",
        "",
        f"Head: `{res['head']['fingerprint']}`, {res['head']['features']}, {res['head']['embedder']}, "
        f"emergency threshold {res['head']['emergency_threshold']:.3f} ({res['head']['settled_threshold']:.3f} for a "
        "message the rules read as settled: general, over, or denied), dose threshold "
        f"{res['head']['dose_threshold']:.3f} (chosen on the validation split; the test split was never used "
        "to train or tune).",
        "",
        "| measure | target | rules | rules + head |",
        "|---|---|---|---|",
        f"| emergency recall, all categories | ≥ 98% | {format_rate(r['recall_overall'])} | {format_rate(h['recall_overall'])} |",
    ]
    for cat in r["recall_per_category"]:
        lines.append(f"| recall: {cat} | ≥ 95% | {format_rate(r['recall_per_category'][cat])} | "
                     f"{format_rate(h['recall_per_category'][cat])} |")
    lines += [
        f"| false alarms, look-alikes | ≤ 1% | {format_rate(r['lookalike_false_alarms'])} | "
        f"{format_rate(h['lookalike_false_alarms'])} |",
        f"| false alarms, other non-emergencies | | {format_rate(r['other_false_alarms'])} | {format_rate(h['other_false_alarms'])} |",
    ]
    for e in EVERYDAY_ROUNDS:
        key = f"{e.set}_false_alarms"
        if key in r:  # results written before a round's fresh set have no row for it
            lines.append(f"| false alarms, everyday mild messages ({e.row}) | | {format_rate(r[key])} | {format_rate(h[key])} |")
    # the first round's ids follow the sentence's lead ("... taken for an emergency:"); later ones name their round
    everyday_ids = "; ".join((f"{e.listed_as}: " if e.listed_as else "")
                             + (", ".join(h.get(f"{e.set}_false_alarm_ids", [])) or "none") for e in EVERYDAY_ROUNDS)
    lines += [
        f"| false alarms, MedQuAD questions | ≤ 0.2% | {format_rate(r['medquad_false_alarms'])} | "
        f"{format_rate(h['medquad_false_alarms'])} |",
        f"| false alarms, look-alike conversations | | {format_rate(r['context_false_alarms'])} | "
        f"{format_rate(h['context_false_alarms'])} |",
        f"| dose requests referred | ≥ 95% | {format_rate(r['dose_referred'])} | {format_rate(h['dose_referred'])} |",
        f"| dose notice on general medicine questions | | {format_rate(r['general_dose_notices'])} | "
        f"{format_rate(h['general_dose_notices'])} |",
        f"| dose notice on MedQuAD questions | | {format_rate(r['medquad_dose_notices'])} | "
        f"{format_rate(h['medquad_dose_notices'])} |",
        f"| emergency category agrees with the set's | | {format_rate(r['category_agreement'])} | "
        f"{format_rate(h['category_agreement'])} |",
        "",
        f"Latency of the whole `check_input` (rules + head, nothing cached; {lat['machine']}): "
        f"p50 {lat['single']['p50_ms']:.1f} ms, p95 {lat['single']['p95_ms']:.1f} ms, max "
        f"{lat['single']['max_ms']:.1f} ms over {lat['single']['n']} messages; with two recent messages as context "
        f"p50 {lat['with_context']['p50_ms']:.1f} ms, p95 {lat['with_context']['p95_ms']:.1f} ms.",
        "",
        "Look-alike false alarms by kind (rules + head): " + ", ".join(
            f"{k} {v['k']}/{v['n']}" for k, v in h["lookalike_false_alarms_by_kind"].items()) + ".",
        "",
        f"Missed emergencies (rules + head): {', '.join(h['missed']) or 'none'}. "
        f"False alarms: {', '.join(h['false_alarm_ids'] + h['other_false_alarm_ids']) or 'none'}. "
        f"Everyday mild messages (fresh) taken for an emergency: {everyday_ids}. "
        f"Dose requests without a referral: {', '.join(h['dose_missed']) or 'none'}.",
        "",
    ]
    if "conversations" in res:
        lines += render_conversations(res["conversations"], res["split"])
    if "conversations_fresh" in res:
        lines += render_conversations(res["conversations_fresh"], res["split"], fresh=True)
    if h["medquad_flagged"]:
        lines += ["MedQuAD questions taken for an emergency (rules + head): "
                  + "; ".join(f"\"{q}\"" for q in h["medquad_flagged"][:20]) + ".", ""]
    return "\n".join(lines)


def write_results(res: dict, md: Path, js: Path) -> None:
    write_json(js, res)
    write_text(md, render_markdown(res))
