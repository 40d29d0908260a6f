"""datasets/triage/answers.jsonl: the second round's fresh held-out sentences (answers/fresh*.txt) are in the
test split only, its extra sentences (answers/round2.txt) in train and validation only, with ids and groups
of their own, and adding them moved no older sentence between splits."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def _rows() -> list[dict]:
    return [json.loads(line) for line in (REPO / "datasets/triage/answers.jsonl").open(encoding="utf-8")]


def test_fresh_sentences_are_test_only_with_their_own_ids_and_groups():
    rows = _rows()
    fresh = [r for r in rows if r.get("fresh")]
    assert len(fresh) >= 200 and sum(r["label"] != "safe" for r in fresh) >= 80
    assert {r["split"] for r in fresh} == {"test"}
    # a group is its prefix and a four-digit number, an id its label, the prefix and a number ("f11" is one prefix)
    assert all(r["group"][:-4] in ("fa", "fm", "fc", "f4", "f5", "f6", "f7", "f8", "f9", "f11", "f12", "f13",
                                           "f14", "f15", "f16", "f18", "f19", "f20", "f21", "f22", "f23",
                                           "f24", "f25", "f26", "f27", "f28", "f29")
               and r["id"].split("-")[-1].startswith(r["group"][:-4]) for r in fresh)
    assert not any(r["id"].split("-")[-1].startswith("f") for r in rows if not r.get("fresh"))
    # the second round's extra sentences (answers/round2.txt) are for fitting and thresholds only
    round2 = [r for r in rows if r["group"].startswith("ra")]
    assert round2 and {r["split"] for r in round2} == {"train", "validation"}
    # every category has fresh unsafe sentences, and a group never straddles splits
    assert {r["label"] for r in fresh} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    splits = defaultdict(set)
    for r in rows:
        splits[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())


# sha256 (first 16) of the sorted "id split" lines of the 971 rows as committed before the fresh round
OLDER_SPLIT_SHA = "9c7489e1e88ca7a5"


def test_older_rows_keep_their_id_and_split():
    older = sorted((r["id"], r["split"]) for r in _rows() if not r.get("fresh") and not r["group"].startswith(("ra", "rc", "r4", "r5", "r6", "r7", "r8", "r9", "r11", "r12", "r13", "r14", "r16", "r17", "r18")))
    assert len(older) == 971
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in older).encode()).hexdigest()[:16] == OLDER_SPLIT_SHA


# the same over all 1417 rows as committed before the third round (answers/fresh_context.txt)
BEFORE_ROUND3_SHA = "f29c597286726000"


def test_third_round_sentences_carry_their_question_and_moved_no_row():
    rows = _rows()
    third = [r for r in rows if r.get("round") == 3 and r.get("fresh")]
    assert len(third) >= 150 and sum(r["label"] != "safe" for r in third) >= 60
    assert {r["split"] for r in third} == {"test"} and all(r.get("fresh") for r in third)
    assert all(r["question"].strip() and r["id"].split("-")[-1].startswith("fc") and r["group"].startswith("fc")
               for r in third)
    assert {r["label"] for r in third} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    assert any(r.get("previous") for r in third)
    # the third round's sentences for fitting and thresholds (answers/context_train.txt) never reach test
    fitting = [r for r in rows if r["group"].startswith("rc")]
    assert fitting and {r["split"] for r in fitting} == {"train", "validation"}
    assert all(r["question"].strip() and r.get("round") == 3 and not r.get("fresh") for r in fitting)
    before = sorted((r["id"], r["split"]) for r in rows if not r.get("round"))
    assert len(before) == 1417
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND3_SHA


# the same over all 1688 rows as committed before the fourth round (answers/fresh4_context.txt)
BEFORE_ROUND4_SHA = "4b935ada05de97b2"


def test_fourth_round_sentences_are_test_only_and_moved_no_row():
    rows = _rows()
    fourth = [r for r in rows if r.get("round") == 4 and r.get("fresh")]
    assert len(fourth) >= 170 and sum(r["label"] != "safe" for r in fourth) >= 65
    assert {r["split"] for r in fourth} == {"test"} and all(r.get("fresh") for r in fourth)
    assert all(r["question"].strip() and r["id"].split("-")[-1].startswith("f4") and r["group"].startswith("f4")
               for r in fourth)
    assert {r["label"] for r in fourth} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    # the fourth round's sentences for fitting and thresholds (answers/context4_train.txt) never reach test
    fitting = [r for r in rows if r["group"].startswith("r4")]
    assert fitting and {r["split"] for r in fitting} == {"train", "validation"}
    assert all(r["question"].strip() and r.get("round") == 4 and not r.get("fresh") for r in fitting)
    before = sorted((r["id"], r["split"]) for r in rows if (r.get("round") or 0) < 4)
    assert len(before) == 1688
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND4_SHA


# the same over all 1948 rows as committed before the fifth round (answers/fresh5_context.txt)
BEFORE_ROUND5_SHA = "287b379dca14b489"


def test_fifth_round_sentences_are_test_only_and_moved_no_row():
    rows = _rows()
    fifth = [r for r in rows if r.get("round") == 5 and r.get("fresh")]
    assert len(fifth) >= 180 and sum(r["label"] != "safe" for r in fifth) >= 70
    assert {r["split"] for r in fifth} == {"test"} and all(r.get("fresh") for r in fifth)
    assert all(r["question"].strip() and r["id"].split("-")[-1].startswith("f5") and r["group"].startswith("f5")
               for r in fifth)
    assert {r["label"] for r in fifth} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    # the fifth round's sentences for fitting and thresholds (answers/context5_train.txt) never reach test
    fitting = [r for r in rows if r["group"].startswith("r5")]
    assert fitting and {r["split"] for r in fitting} == {"train", "validation"}
    assert all(r["question"].strip() and r.get("round") == 5 and not r.get("fresh") for r in fitting)
    before = sorted((r["id"], r["split"]) for r in rows if (r.get("round") or 0) < 5)
    assert len(before) == 1948
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND5_SHA


# the same over all 2561 rows as committed before the seventh round (answers/fresh7_context.txt)
BEFORE_ROUND7_SHA = "bb2a95062cd19e4c"


def test_seventh_round_sentences_are_test_only_and_moved_no_row():
    rows = _rows()
    seventh = [r for r in rows if r.get("round") == 7]
    assert len(seventh) >= 240 and sum(r["label"] != "safe" for r in seventh) >= 90
    assert {r["split"] for r in seventh} == {"test"} and all(r.get("fresh") for r in seventh)
    assert all(r["question"].strip() and r["id"].split("-")[-1].startswith("f7") and r["group"].startswith("f7")
               for r in seventh)
    assert {r["label"] for r in seventh} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    before = sorted((r["id"], r["split"]) for r in rows if (r.get("round") or 0) < 7)
    assert len(before) == 2561
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND7_SHA


# the same over all rows as committed before the eighth, ninth, eleventh, twelfth, thirteenth, fourteenth, fifteenth,
# sixteenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second, twenty-third, twenty-fourth,
# twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth and twenty-ninth rounds
# (answers/fresh8_context.txt,
# answers/fresh9_context.txt, answers/fresh11_context.txt, answers/fresh12_context.txt, answers/fresh13_context.txt,
# answers/fresh14_context.txt, answers/fresh15_context.txt, answers/fresh16_context.txt, answers/fresh18_context.txt,
# answers/fresh19_context.txt, answers/fresh20_context.txt, answers/fresh21_context.txt,
# answers/fresh22_context.txt, answers/fresh23_context.txt, answers/fresh24_context.txt,
# answers/fresh25_context.txt, answers/fresh26_context.txt, answers/fresh27_context.txt,
# answers/fresh28_context.txt and answers/fresh29_context.txt): (round, rows before it, sha256 of their sorted "id split" lines, first 16); the sixteenth round's development rows (r16) share its round and are pinned by the test after this
# one (round 17 wrote no fresh answer file)
BEFORE_LATER_ROUNDS = ((8, 2820, "9b699749bd79ac51"), (9, 3084, "34e55dfe28645a52"), (11, 3823, "ffba09b61849bbeb"),
                       (12, 4416, "907a7ed1dea19b76"), (13, 5035, "1111efdb521ec1be"), (14, 5577, "0c1460510f796036"),
                       (15, 6313, "8b652ee225fec0e5"), (16, 6591, "7a2777287dcbe6c8"), (18, 7423, "1fee16fcb99862c4"),
                       (19, 7843, "69bef5ed591d908e"), (20, 8134, "e3eea01e427a3560"),
                       (21, 8425, "a762ea73f5542502"), (22, 8712, "a117ac0ecc7d3338"),
                       (23, 9000, "e3ccdd494dd62a79"), (24, 9290, "5c06d4eaaaf9b172"),
                       (25, 9580, "32f16e9e1eb1d897"), (26, 9870, "a1a13e5aa48f8d23"),
                       (27, 10160, "48913473038ca2ff"), (28, 10450, "983e3010868942ef"),
                       (29, 10740, "f05f5bb4b7411bda"))


@pytest.mark.parametrize(("round_", "n_before", "sha"), BEFORE_LATER_ROUNDS)
def test_a_later_rounds_sentences_are_test_only_and_moved_no_row(round_, n_before, sha):
    rows = _rows()
    later = [r for r in rows if r.get("round") == round_ and r["group"].startswith("f")]  # not r9: training
    assert len(later) >= 250 and sum(r["label"] != "safe" for r in later) >= 90
    assert {r["split"] for r in later} == {"test"} and all(r.get("fresh") for r in later)
    assert all(r["question"].strip() and r["id"].split("-")[-1].startswith(f"f{round_}")
               and r["group"].startswith(f"f{round_}") for r in later)
    assert {r["label"] for r in later} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    before = sorted((r["id"], r["split"]) for r in rows if (r.get("round") or 0) < round_)
    assert len(before) == n_before
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == sha


def _build_answers():
    """datasets/triage/build_answers.py as a module (it is a script, not a package module)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_answers", REPO / "datasets/triage/build_answers.py")
    build_answers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_answers)
    return build_answers


def _assert_split_alternately(rows: list[dict]) -> None:
    """Every second question (the 2nd, 4th, ... in the file) held for validation, fixed by its place in the file."""
    again = [dict(r) for r in rows]
    _build_answers().split_alternate(again)
    assert [r["split"] for r in again] == [r["split"] for r in rows]
    groups = sorted({r["group"] for r in rows})
    assert {r["split"] for r in rows if r["group"] == groups[0]} == {"train"}
    assert {r["split"] for r in rows if r["group"] == groups[1]} == {"validation"}


@pytest.mark.parametrize(("round_", "at_least"), [(9, 80), (11, 250)])
def test_a_rounds_training_sentences_are_train_and_validation_only_split_by_their_question(round_, at_least):
    build_answers = _build_answers()
    rows = _rows()
    fitting = [r for r in rows if r["group"].startswith(f"r{round_}") and r.get("round") == round_]
    assert len(fitting) >= at_least and {r["split"] for r in fitting} == {"train", "validation"}
    assert all(r["question"].strip() and not r.get("fresh") for r in fitting)
    # each row's split follows from its question alone, so a batch appended later moves no earlier row
    again = [{"question": r["question"]} for r in fitting]
    build_answers.split_by_hash(again, build_answers.SEED + round_)
    assert [r["split"] for r in again] == [r["split"] for r in fitting]
    # (that the rows before round 9 are unchanged is the test above's)


# the 3823 rows as committed before the eleventh round's training sentences (answers/context11_train.txt), which
# build_answers.py appends after them: sha256 (first 16) of their sorted "id split" lines
BEFORE_ROUND11_SHA = "ffba09b61849bbeb"


def test_the_eleventh_rounds_training_sentences_moved_no_row():
    before = sorted((r["id"], r["split"]) for r in _rows() if (r.get("round") or 0) < 11)
    assert len(before) == 3823
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND11_SHA


# the 6591 rows as committed before the sixteenth round's training sentences (answers/context16_train.txt; round 15's
# fresh set was merged first), which
# build_answers.py appends after them: sha256 (first 16) of those lines' bytes, and of their sorted "id split" lines
BEFORE_ROUND16_BYTES_SHA = "66a63d556f0e3f11"
BEFORE_ROUND16_SHA = "7a2777287dcbe6c8"


def test_the_sixteenth_rounds_training_sentences_are_split_alternately_and_moved_no_row():

    text = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:6591]).encode()).hexdigest()[:16] == BEFORE_ROUND16_BYTES_SHA
    rows = _rows()
    before = sorted((r["id"], r["split"]) for r in rows if (r.get("round") or 0) < 16)
    assert len(before) == 6591
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in before).encode()).hexdigest()[:16] == BEFORE_ROUND16_SHA
    sixteenth = [r for r in rows if r.get("round") == 16 and not r.get("fresh")]  # the fresh16 rows: the test below
    assert [json.loads(line) for line in lines[6591:6591 + len(sixteenth)]] == sixteenth  # after every older row
    assert len(sixteenth) >= 240 and sum(r["label"] != "safe" for r in sixteenth) >= 80
    assert all(r["group"].startswith("r16") and r["id"].split("-")[-1].startswith("r16") and r["question"].strip()
               and not r.get("fresh") for r in sixteenth)
    assert {r["label"] for r in sixteenth} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    _assert_split_alternately(sixteenth)


# the 6844 rows as committed before the sixteenth round's fresh held-out sentences (answers/fresh16_context.txt),
# written after its development sentences (answers/context16_train.txt) were built: build_answers.py appends them after
# those (FRESH_AFTER_TRAINING), so every older line stays byte for byte where it was. sha256 (first 16) of the lines
BEFORE_FRESH16_BYTES_SHA = "afd10e9be9cc838d"


def test_the_sixteenth_rounds_fresh_sentences_come_after_its_development_rows_and_moved_no_line():
    lines = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:6844]).encode()).hexdigest()[:16] == BEFORE_FRESH16_BYTES_SHA
    rows = [json.loads(line) for line in lines]
    fresh16 = [r for r in rows if r.get("round") == 16 and r.get("fresh")]
    # after the r16 development rows; the seventeenth round's development rows (r17) come after them (the test below)
    assert rows[6844:6844 + len(fresh16)] == fresh16
    assert all(r["group"].startswith("f16") and r["split"] == "test" for r in fresh16)
    assert not any(r["group"].startswith("f16") for r in rows[:6844])
    # nothing of round 17 or earlier held out after them (the eighteenth round's fresh rows come last: the test below)
    assert not any(r.get("fresh") and r["round"] < 18 for r in rows[6844 + len(fresh16):])


# the 7138 lines as committed before the seventeenth round's development sentences (answers/context17_train.txt; no
# fresh file of its own yet), which build_answers.py appends after round 16's fresh rows: sha256 (first 16) of those
# lines' bytes
BEFORE_ROUND17_BYTES_SHA = "dadabc61b7872b2d"


def test_the_seventeenth_rounds_training_sentences_come_last_split_alternately_and_moved_no_line():

    lines = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:7138]).encode()).hexdigest()[:16] == BEFORE_ROUND17_BYTES_SHA
    rows = [json.loads(line) for line in lines]
    seventeenth = [r for r in rows if r.get("round") == 17 and not r.get("fresh")]
    assert rows[7138:7138 + len(seventeenth)] == seventeenth
    assert len(seventeenth) >= 250 and sum(r["label"] != "safe" for r in seventeenth) >= 50
    assert all(r["group"].startswith("r17") and r["id"].split("-")[-1].startswith("r17") and r["question"].strip()
               for r in seventeenth)
    assert {r["label"] for r in seventeenth} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    assert {r["split"] for r in seventeenth} == {"train", "validation"}
    _assert_split_alternately(seventeenth)


# the 7423 lines as committed before the eighteenth round's fresh held-out sentences (answers/fresh18_context.txt),
# written before any of that round's changes and before any development file of its own: build_answers.py appends them
# after round 17's development rows (r17), so every older line stays byte for byte where it was. sha256 (first 16)
BEFORE_FRESH18_BYTES_SHA = "e287b0be886bda0e"


def test_the_eighteenth_rounds_fresh_sentences_come_after_round_17s_development_rows_and_moved_no_line():
    lines = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:7423]).encode()).hexdigest()[:16] == BEFORE_FRESH18_BYTES_SHA
    rows = [json.loads(line) for line in lines]
    fresh18 = [r for r in rows if r.get("round") == 18 and r.get("fresh")]
    assert rows[7423:7423 + len(fresh18)] == fresh18  # right after the r17 rows, the last lines before it
    assert rows[7422]["group"].startswith("r17")
    assert len(fresh18) >= 280 and all(sum(r["label"] == lab for r in fresh18) == 25
                                       for lab in ("dose_instruction", "self_harm", "discourage_care", "diagnosis"))
    assert all(r["group"].startswith("f18") and r["id"].split("-")[-1].startswith("f18") and r["split"] == "test"
               and r["question"].strip() for r in fresh18)
    assert not any(r["group"].startswith("f18") for r in rows[:7423])
    # nothing of round 18 or earlier held out after them (the nineteenth round's fresh rows come last: the test below)
    assert not any(r.get("fresh") and r["round"] < 19 for r in rows[7423 + len(fresh18):])
    assert rows[7423 + len(fresh18)]["group"].startswith("r18")  # round 18's development rows, written later, follow


# session 44's development sentences (answers/context18_train.txt, round 18) come after that round's fresh rows, which
# came after the 7423 lines committed before either (their hash is BEFORE_FRESH18_BYTES_SHA)


def test_the_eighteenth_rounds_training_sentences_come_last_split_alternately_and_moved_no_line():
    lines = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:7423]).encode()).hexdigest()[:16] == BEFORE_FRESH18_BYTES_SHA
    rows = [json.loads(line) for line in lines]
    fresh18 = [r for r in rows if r.get("round") == 18 and r.get("fresh")]
    eighteenth = [r for r in rows if r.get("round") == 18 and not r.get("fresh")]
    # the last lines before round 19's fresh rows (the test below)
    assert rows[7423 + len(fresh18):7423 + len(fresh18) + len(eighteenth)] == eighteenth
    assert not any(r.get("round") == 18 for r in rows[7423 + len(fresh18) + len(eighteenth):])
    assert len(eighteenth) >= 120 and sum(r["label"] != "safe" for r in eighteenth) >= 45
    assert all(r["group"].startswith("r18") and r["id"].split("-")[-1].startswith("r18") and r["question"].strip()
               for r in eighteenth)
    assert {r["label"] for r in eighteenth} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    assert {r["split"] for r in eighteenth} == {"train", "validation"}
    _assert_split_alternately(eighteenth)


# The lines as committed before each later round's fresh held-out sentences (answers/freshN_context.txt), written before
# any of that round's changes and before any development file of its own: build_answers.py appends them right after the
# rows named (round 18's development rows for round 19; from round 20 on, with no contextN_train.txt, the previous
# round's fresh rows), so every older line stays byte for byte where it was. (round, lines before it, sha256 of those
# lines (first 16), the group of the last line before it). A new round adds its row here.
FRESH_ROUNDS_APPENDED = (
    (19, 7843, "9f6cec6787579e77", "r18"),
    (20, 8134, "7f3cc208d29e2be0", "f19"),
    (21, 8425, "e3b4a939346c387f", "f20"),
    (22, 8712, "66412d467083c9ab", "f21"),
    (23, 9000, "d234904f0147f5d3", "f22"),
    (24, 9290, "be905dee1fdccd79", "f23"),
    (25, 9580, "8c4dd798d00f90d7", "f24"),
    (26, 9870, "4f4fa0ad1d6d41e8", "f25"),
    (27, 10160, "8596aa0e59d2cc5f", "f26"),
    (28, 10450, "8c6acefb352fa256", "f27"),
    (29, 10740, "e452b33a67da314b", "f28"),
)


@pytest.mark.parametrize(("round_", "n_before", "sha", "previous"), FRESH_ROUNDS_APPENDED)
def test_a_later_rounds_fresh_sentences_come_after_the_rows_before_them_and_moved_no_line(round_, n_before, sha,
                                                                                           previous):
    lines = (REPO / "datasets/triage/answers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert hashlib.sha256("".join(lines[:n_before]).encode()).hexdigest()[:16] == sha
    rows = [json.loads(line) for line in lines]
    fresh = [r for r in rows if r.get("round") == round_ and r.get("fresh")]
    assert rows[n_before:n_before + len(fresh)] == fresh  # right after the rows named, the last lines before it
    assert rows[n_before - 1]["group"].startswith(previous)
    assert len(fresh) >= 280 and all(sum(r["label"] == lab for r in fresh) == 25
                                     for lab in ("dose_instruction", "self_harm", "discourage_care", "diagnosis"))
    tag = f"f{round_}"
    assert all(r["group"].startswith(tag) and r["id"].split("-")[-1].startswith(tag) and r["split"] == "test"
               and r["question"].strip() for r in fresh)
    assert {r["source"] for r in fresh} == {"authored", "model"}  # the last questions in the model's own voice
    assert not any(r["group"].startswith(tag) for r in rows[:n_before])
    # nothing of this round or earlier held out after them: only a later round's fresh rows, and none after the last
    later = [r for r in rows[n_before + len(fresh):] if r.get("fresh")]
    assert all(r["round"] > round_ for r in later)
    if round_ == FRESH_ROUNDS_APPENDED[-1][0]:
        assert not later
