"""`medassist safety eval`'s other-language section (issue 21) on a tiny authored set: the counts
it reports are the check's verdicts on those messages; each round's fresh set (eighth, ninth, eleventh, twelfth, thirteenth,
fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second,
twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth, twenty-ninth) is well formed and gets a
block of its own (the real fresh files are only checked for shape here, never run)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter

import pytest

from medassist.model.safety.localized import TEXTS
from medassist.training.safety import eval_languages

CATEGORIES = {"cardiac", "stroke", "breathing", "anaphylaxis", "bleeding_trauma", "poisoning_overdose", "self_harm",
              "obstetric", "infant_child", "seizure", "diabetic", "sepsis_meningitis", "pe_dvt", "gi_bleed",
              "unconscious"}


def test_counts_recall_false_alarms_and_missed_ids(tmp_path, monkeypatch):
    monkeypatch.setattr("medassist.model.safety.learned.detector", lambda: None)  # rules + lexicons
    monkeypatch.setattr(eval_languages, "_english", lambda: {})  # MedQuAD is measured by the real run
    rows = [
        {"id": "es-E1", "language": "es", "text": "mi papa no respira", "label": "emergency", "split": "test"},
        {"id": "es-E2", "language": "es", "text": "mi papa esta raro hoy", "label": "emergency", "split": "test"},
        {"id": "es-N1", "language": "es", "text": "cuanta agua hay que tomar al dia", "label": "non_emergency",
         "split": "test"},
        {"id": "es-N2", "language": "es", "text": "no puedo respirar", "label": "non_emergency", "split": "train"},
    ]
    data = tmp_path / "languages.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    res = eval_languages.evaluate_languages("test", data, fresh=())
    es = res["languages"]["es"]
    assert (es["recall"]["k"], es["recall"]["n"]) == (1, 2) and es["missed"] == ["es-E2"]
    assert (es["worded_in_language"]["k"], es["false_alarms"]["k"], es["false_alarms"]["n"]) == (1, 0, 1)
    assert es["told_english_only"]["k"] == 1
    assert res["detector"]["accuracy"]["es"]["n"] == 4  # the detector is measured on every split
    md = eval_languages.render_languages(res)
    assert "| es | 50.0% [9.5, 90.5] (1/2) |" in md and "Missed emergencies: es-E2." in md


# the eighth, ninth, eleventh, twelfth, thirteenth, fourteenth, sixteenth, seventeenth, eighteenth, twentieth,
# twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth,
# twenty-ninth and thirtieth rounds'
# development sets: their texts must not come back in a later fresh set either (the fifteenth round wrote none)
DEV8_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev8.jsonl")
DEV9_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev9.jsonl")
DEV11_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev11.jsonl")
DEV12_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev12.jsonl")
DEV13_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev13.jsonl")
DEV14_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev14.jsonl")
DEV16_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev16.jsonl")
DEV17_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev17.jsonl")
DEV18_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev18.jsonl")
DEV20_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev20.jsonl")
DEV21_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev21.jsonl")
DEV22_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev22.jsonl")
DEV23_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev23.jsonl")
DEV24_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev24.jsonl")
DEV25_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev25.jsonl")
DEV26_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev26.jsonl")
DEV27_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev27.jsonl")
DEV28_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev28.jsonl")
DEV29_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev29.jsonl")
DEV30_DATA = eval_languages.LANGUAGES_DATA.with_name("languages_dev30.jsonl")


@pytest.mark.parametrize("fresh_round", eval_languages.FRESH_ROUNDS, ids=lambda r: r.key)
def test_the_fresh_set_is_eleven_languages_of_twelve_emergencies_and_eight_others_all_test(fresh_round):
    rows = eval_languages._rows(fresh_round.path)
    older = eval_languages._rows(eval_languages.LANGUAGES_DATA)
    assert {tuple(sorted(r)) for r in rows} == {tuple(sorted(older[0]))}  # the schema of languages.jsonl
    assert {r["split"] for r in rows} == {"test"}
    assert len({r["id"] for r in rows}) == len(rows) == 220
    assert {r["language"] for r in rows} == set(TEXTS) and len(TEXTS) == 11
    counts = Counter((r["language"], r["label"]) for r in rows)
    assert counts == {(lang, label): n for lang in TEXTS for label, n in (("emergency", 12), ("non_emergency", 8))}
    for r in rows:
        assert r["id"] == f"{r['language']}-{r['scenario']}" and r["text"].strip() == r["text"] and r["text"]
        assert r["category"] in (CATEGORIES if r["label"] == "emergency" else {"other"}), r["id"]
    assert not {r["text"] for r in rows} & {r["text"] for r in older}  # new wordings, none reused
    number = fresh_round.key.removeprefix("fresh")
    assert {r["scenario"] for r in rows} == {f"F{number}{kind}{i:02d}" for kind, n in (("E", 12), ("N", 8))
                                             for i in range(1, n + 1)}


@pytest.mark.parametrize(("later", "earlier"), [(1, (eval_languages.LANGUAGES_DATA, eval_languages.FRESH_ROUNDS[0].path,
                                                    DEV8_DATA)),
                                                (2, (eval_languages.LANGUAGES_DATA, eval_languages.FRESH_ROUNDS[0].path,
                                                     eval_languages.FRESH_ROUNDS[1].path, DEV8_DATA, DEV9_DATA)),
                                                (3, (eval_languages.LANGUAGES_DATA, eval_languages.FRESH_ROUNDS[0].path,
                                                     eval_languages.FRESH_ROUNDS[1].path, eval_languages.FRESH_ROUNDS[2].path,
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA)),
                                                (4, (eval_languages.LANGUAGES_DATA, eval_languages.FRESH_ROUNDS[0].path,
                                                     eval_languages.FRESH_ROUNDS[1].path, eval_languages.FRESH_ROUNDS[2].path,
                                                     eval_languages.FRESH_ROUNDS[3].path,
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA)),
                                                (5, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:5]),
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA)),
                                                (6, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:6]),
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA)),
                                                (7, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:7]),
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                     DEV16_DATA)),
                                                (8, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:8]),
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                     DEV16_DATA, DEV17_DATA, DEV18_DATA)),
                                                (9, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:9]),
                                                     DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                     DEV16_DATA, DEV17_DATA, DEV18_DATA)),
                                                (10, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:10]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA)),
                                                (11, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:11]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA)),
                                                (12, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:12]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA)),
                                                (13, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:13]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA)),
                                                (14, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:14]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA)),
                                                (15, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:15]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA)),
                                                (16, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:16]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA, DEV26_DATA)),
                                                (17, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:17]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA, DEV26_DATA, DEV27_DATA)),
                                                (18, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:18]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA, DEV26_DATA, DEV27_DATA, DEV28_DATA)),
                                                (19, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:19]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA, DEV26_DATA, DEV27_DATA, DEV28_DATA,
                                                      DEV29_DATA)),
                                                (20, (eval_languages.LANGUAGES_DATA, *(r.path for r in eval_languages.FRESH_ROUNDS[:20]),
                                                      DEV8_DATA, DEV9_DATA, DEV11_DATA, DEV12_DATA, DEV13_DATA, DEV14_DATA,
                                                      DEV16_DATA, DEV17_DATA, DEV18_DATA, DEV20_DATA, DEV21_DATA, DEV22_DATA,
                                                      DEV23_DATA, DEV24_DATA, DEV25_DATA, DEV26_DATA, DEV27_DATA, DEV28_DATA,
                                                      DEV29_DATA, DEV30_DATA))],
                         ids=("fresh9", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                              "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
                              "fresh26", "fresh27", "fresh28", "fresh29"))
def test_a_later_fresh_set_shares_no_text_with_the_earlier_language_sets(later, earlier):
    texts = {r["text"] for r in eval_languages._rows(eval_languages.FRESH_ROUNDS[later].path)}
    for path in earlier:
        assert not texts & {r["text"] for r in eval_languages._rows(path)}, path.name  # the names only, no texts


def test_the_fresh_block_is_counted_and_rendered_without_ids(tmp_path, monkeypatch):
    monkeypatch.setattr("medassist.model.safety.learned.detector", lambda: None)
    monkeypatch.setattr(eval_languages, "_english", lambda: {})
    old = [{"id": f"es-E{i}", "language": "es", "text": "mi papa no respira", "label": "emergency", "split": split}
           for i, split in enumerate(("test", "test", "validation", "validation"))]  # two: timings need two
    fresh = [
        {"id": "fr-F8E01", "language": "fr", "text": "mon pere ne respire plus", "label": "emergency", "split": "test"},
        {"id": "fr-F8E02", "language": "fr", "text": "mon pere est bizarre", "label": "emergency", "split": "test"},
        {"id": "fr-F8N01", "language": "fr", "text": "combien de cafe par jour c'est raisonnable",
         "label": "non_emergency", "split": "test"},
    ]
    data, fresh_data = tmp_path / "languages.jsonl", tmp_path / "fresh.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in old), encoding="utf-8")
    fresh_data.write_text("\n".join(json.dumps(r) for r in fresh), encoding="utf-8")
    rounds = tuple(dataclasses.replace(r, path=fresh_data) for r in eval_languages.FRESH_ROUNDS)
    res = eval_languages.evaluate_languages("test", data, rounds)
    fr = res["fresh8"]["languages"]["fr"]
    assert (fr["recall"]["k"], fr["recall"]["n"], fr["false_alarms"]["n"]) == (1, 2, 1)
    assert "missed" not in fr and res["fresh8"]["detector"]["fr"]["n"] == 3
    assert list(res["languages"]) == ["es"]  # the older block is untouched by the fresh rows
    md = eval_languages.render_languages(res)
    block = md[md.index("eighth round's fresh held-out set"):]
    assert "| fr | 50.0% [9.5, 90.5] (1/2) |" in block and "1/2 emergencies caught" in block
    assert "F8E02" not in md  # counts only: the fresh misses stay unread
    ninth = md[md.index("ninth round's fresh held-out language set"):]  # its own block, after the eighth's
    assert md.index("eighth round's fresh") < md.index("ninth round's fresh") and "1/2 emergencies caught" in ninth
    eleventh = md[md.index("eleventh round's fresh held-out language set"):]  # and the eleventh's after the ninth's
    assert md.index("ninth round's fresh") < md.index("eleventh round's fresh") and "1/2 emergencies caught" in eleventh
    twelfth = md[md.index("twelfth round's fresh held-out language set"):]  # and the twelfth's after the eleventh's
    assert md.index("eleventh round's fresh") < md.index("twelfth round's fresh") and "1/2 emergencies caught" in twelfth
    thirteenth = md[md.index("thirteenth round's fresh held-out language set"):]  # and the thirteenth's after it
    assert md.index("twelfth round's fresh") < md.index("thirteenth round's fresh") and "1/2 emergencies caught" in thirteenth
    fourteenth = md[md.index("fourteenth round's fresh held-out language set"):]  # and the fourteenth's after it
    assert md.index("thirteenth round's fresh") < md.index("fourteenth round's fresh") and "1/2 emergencies caught" in fourteenth
    fifteenth = md[md.index("fifteenth round's fresh held-out language set"):]  # and the fifteenth's after it
    assert md.index("fourteenth round's fresh") < md.index("fifteenth round's fresh") and "1/2 emergencies caught" in fifteenth
    sixteenth = md[md.index("sixteenth round's fresh held-out language set"):]  # and the sixteenth's after it
    assert md.index("fifteenth round's fresh") < md.index("sixteenth round's fresh") and "1/2 emergencies caught" in sixteenth
    seventeenth = md[md.index("seventeenth round's fresh held-out language set"):]  # and the seventeenth's after it
    assert (md.index("sixteenth round's fresh") < md.index("seventeenth round's fresh")
            and "1/2 emergencies caught" in seventeenth)
    eighteenth = md[md.index("eighteenth round's fresh held-out language set"):]  # and the eighteenth's after it
    assert (md.index("seventeenth round's fresh") < md.index("eighteenth round's fresh")
            and "1/2 emergencies caught" in eighteenth)
    nineteenth = md[md.index("nineteenth round's fresh held-out language set"):]  # and the nineteenth's after it
    assert (md.index("eighteenth round's fresh") < md.index("nineteenth round's fresh")
            and "1/2 emergencies caught" in nineteenth)
    twentieth = md[md.index("twentieth round's fresh held-out language set"):]  # and the twentieth's after it
    assert (md.index("nineteenth round's fresh") < md.index("twentieth round's fresh")
            and "1/2 emergencies caught" in twentieth)
    twenty_first = md[md.index("twenty-first round's fresh held-out language set"):]  # and the twenty-first's after it
    assert (md.index("twentieth round's fresh") < md.index("twenty-first round's fresh")
            and "1/2 emergencies caught" in twenty_first)
    twenty_second = md[md.index("twenty-second round's fresh held-out language set"):]  # and the twenty-second's after it
    assert (md.index("twenty-first round's fresh") < md.index("twenty-second round's fresh")
            and "1/2 emergencies caught" in twenty_second)
    twenty_third = md[md.index("twenty-third round's fresh held-out language set"):]  # and the twenty-third's after it
    assert (md.index("twenty-second round's fresh") < md.index("twenty-third round's fresh")
            and "1/2 emergencies caught" in twenty_third)
    twenty_fourth = md[md.index("twenty-fourth round's fresh held-out language set"):]  # and the twenty-fourth's after it
    assert (md.index("twenty-third round's fresh") < md.index("twenty-fourth round's fresh")
            and "1/2 emergencies caught" in twenty_fourth)
    twenty_fifth = md[md.index("twenty-fifth round's fresh held-out language set"):]  # and the twenty-fifth's after it
    assert (md.index("twenty-fourth round's fresh") < md.index("twenty-fifth round's fresh")
            and "1/2 emergencies caught" in twenty_fifth)
    twenty_sixth = md[md.index("twenty-sixth round's fresh held-out language set"):]  # and the twenty-sixth's after it
    assert (md.index("twenty-fifth round's fresh") < md.index("twenty-sixth round's fresh")
            and "1/2 emergencies caught" in twenty_sixth)
    twenty_seventh = md[md.index("twenty-seventh round's fresh held-out language set"):]  # and the twenty-seventh's after it
    assert (md.index("twenty-sixth round's fresh") < md.index("twenty-seventh round's fresh")
            and "1/2 emergencies caught" in twenty_seventh)
    twenty_eighth = md[md.index("twenty-eighth round's fresh held-out language set"):]  # and the twenty-eighth's after it
    assert (md.index("twenty-seventh round's fresh") < md.index("twenty-eighth round's fresh")
            and "1/2 emergencies caught" in twenty_eighth)
    twenty_ninth = md[md.index("twenty-ninth round's fresh held-out language set"):]  # and the twenty-ninth's after it
    assert (md.index("twenty-eighth round's fresh") < md.index("twenty-ninth round's fresh")
            and "1/2 emergencies caught" in twenty_ninth)
    # the same rows, counted the same way
    assert (res["fresh9"] == res["fresh8"] == res["fresh11"] == res["fresh12"] == res["fresh13"] == res["fresh14"]
            == res["fresh15"] == res["fresh16"] == res["fresh17"] == res["fresh18"] == res["fresh19"]
            == res["fresh20"] == res["fresh21"] == res["fresh22"] == res["fresh23"] == res["fresh24"]
            == res["fresh25"] == res["fresh26"] == res["fresh27"] == res["fresh28"] == res["fresh29"])
    validation = eval_languages.evaluate_languages("validation", data, rounds)
    assert not ({"fresh8", "fresh9", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                 "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                 "fresh25", "fresh26", "fresh27", "fresh28", "fresh29"} & set(validation))
