"""The per-id regression gate of the safety layer: run it before and after a change to the safety code
(`src/medassist/model/safety/`, its heads or lexicons) so that no positive is lost silently.

The evaluations report rates; a change can catch three new emergencies and lose two old ones and still read as
"better". This tool records, per development item, whether the shipped safety code (learned heads on, as served)
catches it, and `compare` lists every positive LOST and GAINED and every false alarm NEW or REMOVED, by id:

    python scripts/safety_gate.py record runs/gate/before.json            # all groups (several minutes)
    python scripts/safety_gate.py record runs/gate/after.json meaning dev # some groups
    python scripts/safety_gate.py compare runs/gate/before.json runs/gate/after.json -v

`compare` exits 1 when any positive was lost, so it can gate a commit. Only ids and counts are printed, never texts.

Every verdict comes from the evaluations' own functions (`eval_conversations.replay`, `check_input` as
`evaluate.py` and `eval_languages` call it, the output checker as `eval_output` calls it, `eval_meaning._hit` and
`_alarm`), over DEVELOPMENT data only: the held-out rounds (`HELD_ROUNDS`, joined with the self-harm trainer's
`HELD_OUT_ROUNDS` so the gate and the project agree) are never read: their files are not opened, and rows of theirs
in a shared file (conversations.jsonl, answers.jsonl) are dropped as the file is read, before anything runs.
The sets the project reads as counts only (the fresh language sets, the self-harm trainer's check rounds) are
counted and gated, their ids never printed.

Speed (2 CPU cores): groups run one after another, the texts of a group embedded in batches first, and the input
check's embeddings kept on disk between runs (`runs/safety_gate/`), so a rerun embeds only what it has not seen.
The record is written after each group.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HELD_ROUNDS = (27, 28, 29)  # the held-out rounds: never read (round 29's files may not exist yet)

REPO = Path(__file__).resolve().parents[1]
TRIAGE = REPO / "datasets" / "triage"
AUTHORED = TRIAGE / "authored"
GROUPS = ("messages", "conversations", "dev_conv", "languages", "meaning", "answers", "dev")


def excluded_rounds() -> tuple[int, ...]:
    """HELD_ROUNDS and the project's own held-out rounds (the self-harm trainer's HELD_OUT_ROUNDS, the meaning rounds
    it never reads), so a round the project holds out is never read here either."""
    try:
        from medassist.training.safety.train_self_harm import HELD_OUT_ROUNDS
    except ImportError:  # the package not importable (the compare tests need no model): the gate's own rounds
        HELD_OUT_ROUNDS = ()
    return tuple(sorted({*HELD_ROUNDS, *HELD_OUT_ROUNDS}))


# ---- which ids and files are held out (pure: the tests check these without running any model) ----

def held_conversation(row_id: str, rounds: Iterable[int]) -> bool:
    """A conversations.jsonl row of a held-out round (`fresh26-001`)."""
    m = re.match(r"fresh(\d+)-", row_id)
    return bool(m) and int(m.group(1)) in set(rounds)


def held_answer(row: dict, rounds: Iterable[int]) -> bool:
    """An answers.jsonl row of a held-out round: its `round` field, or its id's round (`safe-f26001`)."""
    rounds = set(rounds)
    m = re.search(r"-f(\d+)\d{3}$", str(row.get("id", "")))
    return row.get("round") in rounds or (bool(m) and int(m.group(1)) in rounds)


def held_file(path: Path, rounds: Iterable[int]) -> bool:
    """A held-out round's own file: `languages_fresh26.jsonl`, `meaning27.jsonl`, `fresh26_test.txt`,
    `fresh26_context.txt` (a development file such as `languages_dev26.jsonl` or `dev26_conv.txt` is not one)."""
    m = re.fullmatch(r"(?:languages_fresh|meaning|fresh)(\d+)(?:_test|_context)?\.(?:jsonl|txt)", path.name)
    return bool(m) and int(m.group(1)) in set(rounds)


# ---- the record: per group, per id, its label and the verdict ----

@dataclass
class Item:
    """One development item: what it is (`label`, `positive`) and how it is run (`run` returns the verdict's
    fields; `flagged` says whether the group's measure counts it: alarmed, referred or flagged)."""

    id: str
    label: str
    positive: bool
    run: Callable[[], dict]
    texts: list[str] = field(default_factory=list)  # for the embedding prefetch only, never written
    counted_only: bool = False  # a set the project reads as counts only: compare never prints its ids


@dataclass
class Loaded:
    items: list[Item]
    files: list[dict]  # {"file", "rows" (kept), "excluded"}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rel(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _verdict(v: Any, flagged: bool) -> dict:
    from medassist.model.safety import DOSE_NOTICE

    return {"flagged": flagged, "action": v.action, "category": v.category,
            "dose_notice": bool(v.notice and DOSE_NOTICE in v.notice)}


def _alarmed(v: Any) -> bool:
    return v.action == "emergency"


def _referred(v: Any) -> bool:  # as evaluate.py and eval_conversations: an emergency reply is a referral too
    from medassist.model.safety import DOSE_NOTICE

    return v.action == "emergency" or bool(v.notice and DOSE_NOTICE in v.notice)


def _message(text: str, measure: Callable[[Any], bool]) -> Callable[[], dict]:
    def run() -> dict:
        from medassist.model.safety import check_input

        v = check_input(text)  # as the front ends call it (and evaluate.py, eval_languages): learned heads on
        return _verdict(v, measure(v))
    return run


def load_messages() -> Loaded:
    path = TRIAGE / "messages.jsonl"
    rows = _jsonl(path)
    items = []
    for r in rows:
        if r["task"] == "dosing":  # referred: the dose notice or an emergency
            items.append(Item(r["id"], r["label"], r["label"] == "dose_request", _message(r["text"], _referred),
                              [r["text"]]))
        else:  # triage: alarmed
            items.append(Item(r["id"], r["label"], r["label"] == "emergency", _message(r["text"], _alarmed),
                              [r["text"]]))
    return Loaded(items, [{"file": _rel(path), "rows": len(rows), "excluded": 0}])


def _conversation_item(r: dict, row_id: str) -> Item:
    from medassist.training.safety.eval_conversations import EMERGENCY_KINDS

    kind = r["kind"]
    if kind == "dose":
        positive, measure = r["label"] == "dose_request", _referred
    elif kind == "obfuscated":
        positive, measure = r["label"] == "emergency", _alarmed
    else:  # the emergency kinds alarmed; the false-alarm kinds (and any other) alarmed wrongly
        positive, measure = kind in EMERGENCY_KINDS, _alarmed
    turns = list(r["turns"])

    def run() -> dict:
        from medassist.training.safety.eval_conversations import replay

        v, active = replay(turns, learned=True)
        return {**_verdict(v, measure(v)), "active": active}
    return Item(row_id, f"{kind}/{r['label']}", positive, run, turns)


def load_conversations(rounds: tuple[int, ...]) -> Loaded:
    path = TRIAGE / "conversations.jsonl"
    rows = _jsonl(path)
    kept = [r for r in rows if not held_conversation(r["id"], rounds)]
    return Loaded([_conversation_item(r, r["id"]) for r in kept],
                  [{"file": _rel(path), "rows": len(kept), "excluded": len(rows) - len(kept)}])


def _build_conversations():
    """datasets/triage/build_conversations.py, the parser the set is built with (it imports `build` beside it)."""
    spec = importlib.util.spec_from_file_location("triage_build_conversations_for_gate",
                                                  TRIAGE / "build_conversations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXTRA_DEV_KINDS = ("everyday",)


def dev_conv_files(rounds: tuple[int, ...]) -> list[Path]:
    folder = AUTHORED / "conversations"
    found = sorted([*folder.glob("dev*.txt"), *folder.glob("tune*.txt")])
    return [p for p in found if not held_file(p, rounds)]


def load_dev_conv(rounds: tuple[int, ...]) -> Loaded:
    build = _build_conversations()
    # dev19_lone.txt's "everyday" conversations (nothing acute, answered) are a kind the built set does not use:
    # the parser is given it, scored as the false-alarm kinds are (alarmed wrongly)
    build.KINDS = {*build.KINDS, *EXTRA_DEV_KINDS}
    items, files = [], []
    for path in dev_conv_files(rounds):
        rows = build.parse_multi_turn(path, prefix=path.stem)
        items += [_conversation_item(r, r["id"]) for r in rows]
        files.append({"file": _rel(path), "rows": len(rows), "excluded": 0})
    return Loaded(items, files)


def language_files(rounds: tuple[int, ...]) -> list[Path]:
    return [p for p in sorted(AUTHORED.glob("languages*.jsonl")) if not held_file(p, rounds)]


def load_languages(rounds: tuple[int, ...]) -> Loaded:
    items, files = [], []
    for path in language_files(rounds):
        rows = _jsonl(path)
        # eval_languages._per_language: check_input(text) alone, as the front ends call it; alarmed
        # a fresh set's ids stay unread, as eval_languages._fresh keeps them (counts only)
        items += [Item(f"{path.stem}/{r['id']}", f"{r['language']}/{r['label']}", r["label"] == "emergency",
                       _message(r["text"], _alarmed), [r["text"]], counted_only=path.stem.startswith("languages_fresh"))
                  for r in rows]
        files.append({"file": _rel(path), "rows": len(rows), "excluded": 0})
    return Loaded(items, files)


def meaning_files(rounds: tuple[int, ...]) -> list[Path]:
    found = sorted(TRIAGE.glob("meaning*.jsonl"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    return [p for p in found if not held_file(p, rounds)]


def load_meaning(rounds: tuple[int, ...]) -> Loaded:
    try:  # the self-harm trainer's check rounds: counted only, their ids never shown
        from medassist.training.safety.train_self_harm import CHECK_ROUNDS
    except ImportError:
        CHECK_ROUNDS = ()
    items, files = [], []
    for path in meaning_files(rounds):
        rows = _jsonl(path)
        counted_only = path.stem in {f"meaning{n}" for n in CHECK_ROUNDS}
        for r in rows:
            kind, text, positive = r["kind"], r["text"], r["label"] == "positive"

            def run(kind: str = kind, text: str = text, positive: bool = positive) -> dict:
                from medassist.training.safety.eval_meaning import _alarm, _hit

                # eval_meaning: a positive's hit (self-harm: the emergency reply with its crisis line; dose: the
                # notice or an emergency), a look-alike's alarm (self-harm: any emergency; dose: as a hit)
                return {"flagged": (_hit if positive else _alarm)(kind, text, True)}
            items.append(Item(r["id"], f"{kind}/{r['label']}", positive, run, [text], counted_only))
        files.append({"file": _rel(path), "rows": len(rows), "excluded": 0})
    return Loaded(items, files)


def load_answers(rounds: tuple[int, ...]) -> Loaded:
    from medassist.training.safety.train_output import ANSWER_SET, with_previous

    rows = _jsonl(ANSWER_SET)
    # held-out rows dropped before anything else, `previous` given as eval_output gives it (load_answer_set)
    kept = with_previous([r for r in rows if not held_answer(r, rounds)])
    items = []
    for r in kept:
        text, question, previous = r["text"], r.get("question", ""), r.get("previous", "")

        def run(text: str = text, question: str = question, previous: str = previous) -> dict:
            from medassist.model.safety.output_check import output_checker

            # eval_output.score_rows: one sentence at a time, after its question and the answer's previous sentence
            v = output_checker().check(text, question, previous=previous)
            return {"flagged": v.category is not None, "category": v.category}
        items.append(Item(r["id"], r["label"], r["label"] != "safe", run))
    return Loaded(items, [{"file": _rel(ANSWER_SET), "rows": len(kept), "excluded": len(rows) - len(kept)}])


POSITIVE_DEV = {"emergency": _alarmed, "dose": _referred}
# the look-alikes: an emergency reply is a false alarm; for "other" (dose_dev26's general medicine questions,
# overdose_dev16's look-alikes) so is the dose notice, as eval_conversations' dose_notice_on_general
NEGATIVE_DEV = {"everyday": _alarmed, "myth": _alarmed, "non_emergency": _alarmed, "english": _alarmed,
                "other": _referred}


def parse_dev_line(line: str) -> tuple[str, str, str, str] | None:
    """(split, label, topic, text) of a line of authored/dev/*.txt: `split | label | topic | text`, or
    `split | label | text` (everyday_questions_dev18.txt); None for a comment or a blank line."""
    if not line.strip() or line.startswith("#"):
        return None
    parts = [p.strip() for p in line.split("|", 3)]
    if len(parts) == 3:
        parts = [parts[0], parts[1], "", parts[2]]
    if len(parts) != 4:
        raise ValueError(f"expected 'split | label | topic | text': {line[:40]!r}")
    return parts[0], parts[1], parts[2], parts[3]


def load_dev() -> Loaded:
    items, files = [], []
    for path in sorted((AUTHORED / "dev").glob("*.txt")):
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            parsed = parse_dev_line(line)
            if parsed is None:
                continue
            n += 1
            _, label, topic, text = parsed
            if label not in POSITIVE_DEV and label not in NEGATIVE_DEV:
                raise ValueError(f"{path.name}:{n}: unknown label {label!r}")
            measure = POSITIVE_DEV.get(label) or NEGATIVE_DEV[label]
            items.append(Item(f"{path.stem}-{n:03d}", f"{label}/{topic}" if topic else label, label in POSITIVE_DEV,
                              _message(text, measure), [text]))
        files.append({"file": _rel(path), "rows": n, "excluded": 0})
    return Loaded(items, files)


def load(group: str, rounds: tuple[int, ...]) -> Loaded:
    loaders: dict[str, Callable[[], Loaded]] = {
        "messages": load_messages, "conversations": lambda: load_conversations(rounds),
        "dev_conv": lambda: load_dev_conv(rounds), "languages": lambda: load_languages(rounds),
        "meaning": lambda: load_meaning(rounds), "answers": lambda: load_answers(rounds), "dev": load_dev}
    loaded = loaders[group]()
    ids = [i.id for i in loaded.items]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})[:5]
        raise ValueError(f"{group}: ids not unique: {dup}")
    return loaded


def _git_sha() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=REPO, capture_output=True,
                               text=True, check=True).stdout.strip()
        return sha + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


CACHE_DIR = REPO / "runs" / "safety_gate"  # ignored by git
BATCH = 256


class EmbeddingCache:
    """The input check's embeddings kept on disk between runs (`runs/safety_gate/`, one file pair per embedder): an
    embedding is a function of the text and the embedder alone, not of the safety code under test, so a rerun after a
    change embeds only texts it never saw (a new variant, a new context join). Every text `check_input` embeds goes
    through the learned detector's cache (`Detector.embed`: the head, the dose, frame, prototype and self-harm
    readers); the gate fills that cache from disk, lets it grow for the run, and writes back what it learned.
    The texts a group checks and the disk lacks are embedded in batches first, as evaluate.py's prefetch does."""

    def __init__(self) -> None:
        from medassist.model.retrieval.embedder import embedder_name
        from medassist.model.safety import learned

        self.det = learned.detector()
        name = embedder_name(self.det.embedder) if self.det is not None else "none"
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
        self.texts_path, self.vectors_path = CACHE_DIR / f"{slug}.texts.json", CACHE_DIR / f"{slug}.vectors.npy"
        self.loaded = 0
        if self.det is None:
            return
        self.det.cache_size = 10 ** 7  # nothing evicted during the run (about 1.5 kB a text)
        if self.texts_path.is_file() and self.vectors_path.is_file():
            import numpy as np

            texts = json.loads(self.texts_path.read_text(encoding="utf-8"))
            vectors = np.load(self.vectors_path)
            if len(texts) == len(vectors):
                with self.det._lock:
                    self.det._cache.update(zip(texts, vectors, strict=True))
                self.loaded = len(texts)

    def prefetch(self, texts: Iterable[str]) -> None:
        if self.det is None:
            return
        missing = [t for t in dict.fromkeys(texts) if t not in self.det._cache]
        for i in range(0, len(missing), BATCH):
            self.det.embed(missing[i:i + BATCH])

    def save(self) -> int:
        """Writes the cache back (only when it grew) and frees the detector's; how many texts it holds."""
        if self.det is None:
            return 0
        import numpy as np

        with self.det._lock:
            texts, vectors = list(self.det._cache), list(self.det._cache.values())
        if len(texts) > self.loaded:
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            np.save(self.vectors_path, np.vstack(vectors).astype(np.float32))
            self.texts_path.write_text(json.dumps(texts), encoding="utf-8")
        self.det.release()
        return len(texts)


def record(out: Path, groups: list[str]) -> dict:
    rounds = excluded_rounds()
    t_all = time.perf_counter()
    print(f"held-out rounds never read: {', '.join(map(str, rounds))} (HELD_ROUNDS {HELD_ROUNDS} "
          "+ train_self_harm.HELD_OUT_ROUNDS)")
    loaded = {g: load(g, rounds) for g in groups}
    for g in groups:
        print(f"[{g}] reads:")
        for f in loaded[g].files:
            print(f"  {f['file']}: {f['rows']} rows" + (f" ({f['excluded']} held-out rows dropped)" if f["excluded"]
                                                        else ""))
    result: dict = {"git_sha": _git_sha(), "held_out_rounds": list(rounds), "groups": {}, "complete": False}
    t0 = time.perf_counter()
    cache = EmbeddingCache()
    print(f"embedding cache: {cache.loaded} texts from {_rel(cache.vectors_path)} ({time.perf_counter() - t0:.1f}s, "
          "models loaded)", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        for g in groups:
            t0 = time.perf_counter()
            items = loaded[g].items
            cache.prefetch(t for i in items for t in i.texts)
            per_id = {}
            for n, i in enumerate(items, 1):
                per_id[i.id] = {"label": i.label, "positive": i.positive, **i.run(),
                                **({"counted_only": True} if i.counted_only else {})}
                if n % 1000 == 0:
                    print(f"  [{g}] {n}/{len(items)} {time.perf_counter() - t0:.0f}s", flush=True)
            elapsed = time.perf_counter() - t0
            result["groups"][g] = {"elapsed_s": round(elapsed, 1), "files": loaded[g].files, "items": per_id}
            c = counts(per_id)
            print(f"[{g}] {elapsed:.1f}s: positives caught {c['caught']}/{c['positives']}, "
                  f"false alarms {c['false_alarms']}/{c['negatives']}", flush=True)
            result["elapsed_s"] = round(time.perf_counter() - t_all, 1)
            _write(out, result)  # after each group: a run stopped midway keeps the groups done
    finally:
        print(f"embedding cache: {cache.save()} texts", flush=True)
    result["elapsed_s"] = round(time.perf_counter() - t_all, 1)
    result["complete"] = True
    _write(out, result)
    print(f"total {result['elapsed_s']:.1f}s -> {out}")
    return result


def _write(out: Path, result: dict) -> None:
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(json.dumps(result, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)


# ---- compare ----

def counts(items: dict[str, dict]) -> dict[str, int]:
    pos = [v for v in items.values() if v["positive"]]
    neg = [v for v in items.values() if not v["positive"]]
    return {"positives": len(pos), "caught": sum(v["flagged"] for v in pos),
            "negatives": len(neg), "false_alarms": sum(v["flagged"] for v in neg)}


def diff(before: dict[str, dict], after: dict[str, dict]) -> dict[str, list[str]]:
    """Per-id changes between two records of one group (ids in only one of them are listed apart)."""
    common = sorted(before.keys() & after.keys())

    def ids(positive: bool, was: bool, now: bool) -> list[str]:
        return [i for i in common if before[i]["positive"] == positive and after[i]["positive"] == positive
                and bool(before[i]["flagged"]) == was and bool(after[i]["flagged"]) == now]
    return {"lost": ids(True, True, False), "gained": ids(True, False, True),
            "new_false_alarms": ids(False, False, True), "removed_false_alarms": ids(False, True, False),
            "only_before": sorted(before.keys() - after.keys()), "only_after": sorted(after.keys() - before.keys()),
            "relabelled": [i for i in common if before[i]["positive"] != after[i]["positive"]]}


def compare(before: dict, after: dict, verbose: bool = False, say: Callable[[str], None] = print) -> int:
    """Prints per group the counts before -> after (and with `verbose` the ids that moved); 1 if any positive was
    lost (or a positive of `before` is missing from `after`), else 0."""
    say(f"before {before.get('git_sha', '?')}  after {after.get('git_sha', '?')}")
    for name, rec in (("before", before), ("after", after)):
        if not rec.get("complete", True):
            say(f"warning: {name} is an incomplete record (stopped after {', '.join(rec['groups']) or 'no group'})")
    lost_any = False
    for g in [g for g in GROUPS if g in before["groups"] or g in after["groups"]]:
        if g not in before["groups"] or g not in after["groups"]:
            say(f"[{g}] only in {'before' if g in before['groups'] else 'after'}: not compared")
            continue
        b, a = before["groups"][g]["items"], after["groups"][g]["items"]
        cb, ca = counts(b), counts(a)
        d = diff(b, a)
        missing_pos = [i for i in d["only_before"] if b[i]["positive"] and b[i]["flagged"]]
        lost_any |= bool(d["lost"] or missing_pos)
        say(f"[{g}] positives caught {cb['caught']}/{cb['positives']} -> {ca['caught']}/{ca['positives']} "
            f"(lost {len(d['lost'])}, gained {len(d['gained'])}); false alarms {cb['false_alarms']}/{cb['negatives']}"
            f" -> {ca['false_alarms']}/{ca['negatives']} (new {len(d['new_false_alarms'])}, removed "
            f"{len(d['removed_false_alarms'])})")
        if d["only_before"] or d["only_after"] or d["relabelled"]:
            say(f"  ids only before {len(d['only_before'])} (caught positives among them {len(missing_pos)}), "
                f"only after {len(d['only_after'])}, relabelled {len(d['relabelled'])}")
        if verbose:
            # a counts-only set's ids (a fresh language set, a check round) are counted, never shown
            hidden_ids = {i for i, v in (*b.items(), *a.items()) if v.get("counted_only")}
            for key, name in (("lost", "LOST"), ("gained", "GAINED"), ("new_false_alarms", "NEW false alarm"),
                              ("removed_false_alarms", "false alarm REMOVED")):
                for i in d[key]:
                    if i not in hidden_ids:
                        say(f"  {name}: {i}")
                if n_hidden := sum(i in hidden_ids for i in d[key]):
                    say(f"  {name}: {n_hidden} of a counts-only set (ids not shown)")
            for i in missing_pos:
                say(f"  LOST (missing after): {'(a counts-only id)' if i in hidden_ids else i}")
    say("FAIL: a positive was lost" if lost_any else "ok: no positive lost")
    return 1 if lost_any else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record", help="run the shipped safety code over the development items")
    r.add_argument("out", type=Path)
    r.add_argument("groups", nargs="*", metavar="GROUP",
                   help=f"any of {', '.join(GROUPS)} (default: all)")
    c = sub.add_parser("compare", help="per-id changes between two records; exit 1 if a positive was lost")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("-v", "--verbose", action="store_true", help="list the ids that moved")
    args = p.parse_args(argv)
    if args.cmd == "record":
        bad = [g for g in args.groups if g not in GROUPS]
        if bad:
            p.error(f"unknown groups {bad}; choose from {', '.join(GROUPS)}")
        record(args.out, list(args.groups) or list(GROUPS))
        return 0
    return compare(_read(args.before), _read(args.after), args.verbose)


def _read(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


if __name__ == "__main__":
    sys.exit(main())
