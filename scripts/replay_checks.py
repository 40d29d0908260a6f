"""Iterate on the faithfulness and output checks without regenerating: the served prompt's raw answers are
generated once, then replayed through the checks as `Turn.stream` runs them. VALIDATION splits only.

    # once (minutes on CPU): raw answers, repetition-guarded and unchecked, with their evidence
    nice -n 10 python scripts/replay_checks.py generate medquad runs/replay/medquad.pkl
    nice -n 10 python scripts/replay_checks.py generate keyfacts runs/replay/keyfacts.pkl
    # each change to the checks (seconds): per-answer text, scores, judgements and output flags
    python scripts/replay_checks.py replay runs/replay/medquad.pkl runs/replay/after.jsonl
    python scripts/replay_checks.py replay runs/replay/medquad.pkl runs/replay/kept.jsonl --keep similarity
    python scripts/replay_checks.py compare runs/replay/before.jsonl runs/replay/after.jsonl

`generate medquad` answers the 200 questions `medassist eval --split validation --limit 200 --retrieval --served`
answers (seed 0, the train-split index without them); `generate keyfacts` the 96 key-facts validation questions.
A retrieval or sentence-splitting change alters only some questions' prompts or quotable sentences; `evidence` dumps
them per question (no model) on each code, `touched` lists the questions that differ, `generate --only` answers just
those on the code before (and `--reuse` that cache on the code after: a question whose prompt is unchanged keeps its
raw answer), and `compare --total N` gives the paired difference over the whole split (session 55):

    python scripts/replay_checks.py evidence keyfacts runs/before.jsonl --split fresh12   # on each code
    python scripts/replay_checks.py touched runs/before.jsonl runs/after.jsonl runs/touched.json

`replay --keep REASON` shows a sentence refused for REASON as if kept: what that refusal costs. `compare` pairs two
replays (the report's paired bootstrap) on ROUGE-L or key facts, misconceptions and abstentions. Round 11 used it
(datasets/keyfacts/results.md).
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def _questions(which: str, split: str) -> tuple[list[dict], object]:
    """The rows `generate` answers and the retriever it answers them with."""
    if which == "medquad":
        from medassist.paths import DEFAULT_DATA_DIR
        from medassist.training.data.prepare import ensure_prepared, load_split
        from medassist.training.evaluate.heldout import build_retriever, select
        ensure_prepared(DEFAULT_DATA_DIR)
        records = select(load_split(DEFAULT_DATA_DIR, "validation"), 200, 0)
        retriever = build_retriever(load_split(DEFAULT_DATA_DIR, "train"), records)
        return [{"question": r.question, "reference": r.answer} for r in records], retriever
    from medassist.model.retrieval import Retriever
    from medassist.training.evaluate.keyfacts import load_keyfacts
    return load_keyfacts(split), Retriever.load_default()


def evidence(which: str, out: Path, split: str = "validation") -> None:
    """Per question, as this code builds them without the model: the pages found, the prompt's numbered evidence
    and the sentences the closing quotes may choose from. Dumped on two codes, `touched` lists the questions a
    retrieval or splitting change can answer differently; the others get the same prompt and quotes on both."""
    from medassist.model.assistant import DEFAULT_TOP_K
    from medassist.model.retrieval.embedder import shared_embedder
    from medassist.model.retrieval.evidence import SentenceVectors, format_evidence, select_evidence
    from medassist.model.retrieval.followup import retrieval_query

    rows, retriever = _questions(which, split)
    vectors = SentenceVectors(shared_embedder(), size=100_000)
    dumped = []
    for row in rows:
        query = retriever.spelled(retrieval_query(row["question"], []))
        passages = retriever.search(query, k=DEFAULT_TOP_K, overview=True, sentences=True)
        ev = select_evidence(query, passages, vectors)
        dumped.append({"question": row["question"], "pages": [p.id for p in passages], "prompt": format_evidence(ev),
                       "quotable": [ev.pool[k].text for k in ev.about] if ev else []})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r) + "\n" for r in dumped))


def touched(a_path: Path, b_path: Path, out: Path) -> None:
    """The questions whose pages, prompt or quotable sentences differ between two `evidence` dumps (for
    `generate --only`), the prompt changes first."""
    a, b = ([json.loads(line) for line in p.read_text().splitlines()] for p in (a_path, b_path))
    prompt = [x["question"] for x, y in zip(a, b, strict=True) if (x["pages"], x["prompt"]) != (y["pages"], y["prompt"])]
    quotes = [x["question"] for x, y in zip(a, b, strict=True)
              if x["question"] not in prompt and x["quotable"] != y["quotable"]]
    print(f"{len(a)} questions: prompt changed {len(prompt)}, quotable sentences only {len(quotes)}")
    out.write_text(json.dumps(prompt + quotes))


def generate(which: str, out: Path, split: str = "validation", reuse: Path | None = None,
             only: Path | None = None) -> None:
    from medassist.model.assistant import Assistant
    from medassist.model.decoding import GenerationSettings
    from medassist.model.retrieval.followup import retrieval_query
    from medassist.model.runtime import ChatRuntime

    rows, retriever = _questions(which, split)
    if only is not None:  # a subset: the questions a change can touch (the others answer alike on both codes)
        wanted = set(json.loads(only.read_text()))
        rows = [r for r in rows if r["question"] in wanted]
    runtime = ChatRuntime.load(None, "default", dtype="auto")
    assistant = Assistant(runtime, retriever, evidence=True, check=True)
    settings = GenerationSettings()

    # With `reuse` (an earlier cache of the same questions), a question whose prompt evidence is unchanged keeps its
    # cached raw answer: only questions a retrieval or evidence change touches are generated again.
    earlier = {c["row"]["question"]: c for c in pickle.loads(reuse.read_bytes())} if reuse else {}

    def same_prompt(row: dict) -> dict | None:
        from medassist.model.retrieval.evidence import format_evidence, select_evidence

        c = earlier.get(row["question"])
        if c is None or c["evidence"] is None:
            return None
        query = retriever.spelled(retrieval_query(row["question"], []))
        passages = retriever.search(query, k=assistant.top_k, **assistant._overview_kw)
        ev = select_evidence(query, passages, assistant._vectors)
        was = c["evidence"]
        if [p.id for p in passages] != [p.id for p in was.passages] or format_evidence(ev) != format_evidence(was):
            return None
        # The same prompt gives the same raw answer, but the closing quotes read this code's evidence: its pool
        # holds the sentences this code's splitting finds (a page's tail, session 55), which the old object lacks.
        return c | {"evidence": ev}

    def one(row: dict) -> dict:
        if earlier and (c := same_prompt(row)) is not None:
            return c
        turn = assistant.answer(row["question"], settings=settings, user=f"eval-{hash(row['question'])}")
        pieces = list(turn._guarded_answer()) if turn.generation is not None else None
        return {"row": row, "fixed_reply": turn.fixed_reply, "notice": turn.notice, "pieces": pieces,
                "evidence": turn.evidence, "has_check": turn.faithfulness is not None,
                "query": retriever.spelled(retrieval_query(row["question"], []))}

    with ThreadPoolExecutor(max_workers=8) as pool:  # the runtime batches concurrent answers
        cached = list(pool.map(one, rows))
    runtime.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pickle.dumps(cached))


def served(c: dict, vectors, keep: set[str]) -> dict:
    """What `Turn.text(with_sources=False)` shows for one cached raw answer, with every judgement and flag."""
    import medassist.model.faithfulness as F
    from medassist.model.assistant import Turn

    if c["pieces"] is None:
        return {"text": c["fixed_reply"] or "", "judgements": [], "flags": []}
    check = F.FaithfulnessCheck(c["evidence"], vectors.encode, c["query"]) if c["has_check"] else None
    judgements: list[dict] = []
    pieces = iter(c["pieces"])
    if check is not None:
        judge = check.judge

        def logged(sentence: str) -> F.Judgement:
            j = judge(sentence)
            judgements.append({"sentence": sentence, "action": j.action, "reason": j.reason, "support": j.support})
            return F.Judgement("keep", j.support, "ok") if j.reason in keep and j.action in ("replace", "drop") else j
        check.judge = logged
        pieces = check.filter(pieces)
    turn = Turn(action="ok", question=c["row"]["question"], faithfulness=check)
    text = "".join(turn._safety_checked(pieces)) + (f"\n\n{c['notice']}" if c["notice"] else "")
    return {"text": text, "judgements": judgements,
            "flags": [{"category": f.category, "source": f.source, "sentence": f.sentence} for f in turn.output_flags]}


def replay(pkl: Path, out: Path, keep: set[str]) -> None:
    import medassist.model.faithfulness as F
    from medassist.model.retrieval.embedder import shared_embedder
    from medassist.model.retrieval.evidence import SentenceVectors
    from medassist.training.evaluate.keyfacts import is_abstention, score_answer
    from medassist.training.evaluate.metrics import rouge_f1

    vectors = SentenceVectors(shared_embedder(), size=100_000)
    rows = []
    for c in pickle.loads(pkl.read_bytes()):
        r = served(c, vectors, keep) | {"question": c["row"]["question"]}
        judge = F.FaithfulnessCheck(c["evidence"], vectors.encode, c["query"]) if c["evidence"] else None
        r |= score_answer(c["row"], r["text"], judge) if "key_fact" in c["row"] else {
            "reference": c["row"]["reference"], "abstained": float(is_abstention(r["text"]))}
        rows.append(r)
    if "reference" in rows[0]:
        for r, rl in zip(rows, rouge_f1([r["text"] for r in rows], [r["reference"] for r in rows])["rougeL"],
                         strict=True):
            r["rougeL"] = rl
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print("refused:", dict(Counter(j["reason"] for r in rows for j in r["judgements"]
                                   if j["action"] in ("replace", "drop"))))
    print("output flags:", dict(Counter((f["category"], f["source"]) for r in rows for f in r["flags"])))


def compare(a_path: Path, b_path: Path, total: int | None = None) -> None:
    """With `total`, the replays are the `touched` questions of a split of `total`: the paired difference and its
    interval are over the whole split, the untouched questions differing by 0 (their levels are not known)."""
    from medassist.training.evaluate.bootstrap import mean_stats, paired_bootstrap

    a, b = ([json.loads(line) for line in p.read_text().splitlines()] for p in (a_path, b_path))
    if [r["question"] for r in a] != [r["question"] for r in b]:
        raise SystemExit("the two replays answer different questions")
    pad = [0.0] * ((total or len(a)) - len(a))
    for key in ("rougeL", "key_fact", "misconception", "abstained"):
        if key in a[0]:
            p = paired_bootstrap(mean_stats([r[key] for r in a] + pad), mean_stats([r[key] for r in b] + pad),
                                 1000, 0)
            level = (f"{sum(r[key] for r in a):.2f} -> {sum(r[key] for r in b):.2f} summed over the {len(a)}" if pad
                     else f"{100 * p.a:.2f} -> {100 * p.b:.2f}")
            print(f"{key}: {level}, paired {100 * p.diff:+.2f} [{100 * p.ci95[0]:+.2f}, {100 * p.ci95[1]:+.2f}] "
                  f"(n={len(a) + len(pad)})")
    print("answers changed:", sum(x["text"] != y["text"] for x, y in zip(a, b, strict=True)))
    for x, y in zip(a, b, strict=True):
        if x.get("key_fact") != y.get("key_fact"):
            print(f"  key fact {x['key_fact']:.0f} -> {y['key_fact']:.0f}: {x['question']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("which", choices=("medquad", "keyfacts"))
    g.add_argument("out", type=Path)
    g.add_argument("--split", default="validation", help="keyfacts only: the split to answer (a development round)")
    g.add_argument("--reuse", type=Path, help="an earlier cache: questions whose prompt evidence is unchanged keep "
                   "its raw answers")
    g.add_argument("--only", type=Path, help="a JSON list of questions: answer only these (in the split's order)")
    r = sub.add_parser("replay")
    r.add_argument("cache", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--keep", action="append", default=[], help="a refusal reason to show as kept (repeatable)")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--total", type=int, help="the replays are the touched questions of a split this long")
    e = sub.add_parser("evidence")
    e.add_argument("which", choices=("medquad", "keyfacts"))
    e.add_argument("out", type=Path)
    e.add_argument("--split", default="validation")
    t = sub.add_parser("touched")
    t.add_argument("a", type=Path)
    t.add_argument("b", type=Path)
    t.add_argument("out", type=Path)
    args = ap.parse_args()
    if args.cmd == "generate":
        generate(args.which, args.out, args.split, args.reuse, args.only)
    elif args.cmd == "replay":
        replay(args.cache, args.out, set(args.keep))
    elif args.cmd == "evidence":
        evidence(args.which, args.out, args.split)
    elif args.cmd == "touched":
        touched(args.a, args.b, args.out)
    else:
        compare(args.a, args.b, args.total)


if __name__ == "__main__":
    main()
