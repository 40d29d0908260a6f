"""The session-46 key-facts development set (datasets/keyfacts/dev22.jsonl, `--split dev22-tune` / `dev22-check`): its
shape and halves, that it repeats no earlier question, that each row's page sentence is MedQuAD's own, and that every
pattern separates that sentence (a right answer) from a hand-written wrong one asserting the myth."""

from __future__ import annotations

import pytest
from keyfacts_round_checks import (
    builder,
    check_medquad_eval_refuses,
    check_separates,
    check_table_keys,
    entry_for,
    medquad_pages,
)

from medassist.training.evaluate.keyfacts import _NEGATION, KEYFACTS_DIR, load_keyfacts

# question opening -> a wrong answer that asserts the myth and states no key fact
WRONG = {
    "my husband got a hernia": "Yes, the hernia was just from lifting the heavy boxes.",
    "is lactose intolerance the same": "Yes, lactose intolerance is the same as a milk allergy.",
    "my teen is covered in spots": "Yes, acne is caused by eating too much chocolate and greasy food.",
    "only women get hpv": "That's right, only women get HPV.",
    "eating nuts and seeds": "Yes, nuts and seeds cause diverticulitis, so he should avoid them.",
    "does reading in dim light": "Yes, reading in dim light causes macular degeneration.",
    "a glass of wine at night": "Yes, a glass of wine helps you sleep better.",
    "my brother has crohns": "Yes, Crohn's is caused by eating junk food.",
    "osteoporosis only happens": "Yes, osteoporosis only happens to women.",
    "my mum has ringing in her ears": "Sadly nothing can be done for tinnitus.",
    "is celiac disease just": "Yes, celiac disease is just a wheat allergy.",
    "my neighbour has lyme": "Yes, you can catch it from him, Lyme disease is contagious.",
    "my nan has a cataract": "Yes, a cataract is a skin growing over the eye and they peel it off.",
    "is endometriosis just": "Yes, endometriosis is just bad period pain.",
    "is a hiatal hernia the same": "Yes, a hiatal hernia is the same as a normal hernia in the groin.",
    "we'd smell it if there was": "Yes, you would smell it straight away.",
    "do women get pattern baldness": "Only men go bald, so your thinning is just from stress.",
    "my bladder has dropped": "Yes, it's just from getting old.",
    "doc found a brain tumour": "Yes, a brain tumour is always cancer.",
    "i got gestational diabetes": "Yes, it's your fault for eating too much sugar.",
    "is pcos caused by": "Yes, PCOS is caused by being overweight.",
    "what actually causes heartburn": "Heartburn is a heart problem.",
    "is vitamin d only from": "Yes, you only get vitamin D from the sun.",
}


def _pages() -> list[tuple[str, str]]:
    """(the question's page sentence, its focus) from the source's comment lines, in question order."""
    lines = (KEYFACTS_DIR / "dev22_source.txt").read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.startswith("# page: "):
            assert lines[i + 1].startswith("# says: ") and not lines[i + 2].startswith("#")
            out.append((lines[i + 1][len("# says: "):], line[len("# page: "):]))
    return out


def test_dev22_has_its_shape_halves_and_repeats_no_earlier_question():
    rows = load_keyfacts("dev22")
    assert len(rows) >= 20
    assert [r["id"] for r in rows] == [f"kd22-{i:03d}" for i in range(1, len(rows) + 1)]
    # halves fixed by file order, before any answer: alternately tune, check
    assert [r["split"] for r in rows] == [("dev22-tune", "dev22-check")[i % 2] for i in range(len(rows))]
    assert load_keyfacts("dev22-tune") == rows[0::2] and load_keyfacts("dev22-check") == rows[1::2]
    earlier = {r["question"] for s in ("validation", "fresh", "fresh2", "fresh3", "fresh4", "dev4")
               for r in load_keyfacts(s)}
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions) and not set(questions) & earlier
    for row in rows:
        assert row["key_fact"] and row["misconception"]
        assert not any(_NEGATION.search(p) for p in row["misconception"]), row["id"]


def test_dev22_is_its_source_in_order():
    source = builder().parse((KEYFACTS_DIR / "dev22_source.txt").read_text())
    assert [{k: r[k] for k in ("question", "key_fact", "misconception")} for r in load_keyfacts("dev22")] == source
    assert len(_pages()) == len(source)


def test_each_page_sentence_is_on_its_medquad_page():
    pages = medquad_pages()
    for sentence, focus in _pages():
        assert sentence in pages.get(focus.lower(), ""), (focus, sentence)


@pytest.mark.parametrize("i", range(len(load_keyfacts("dev22"))))
def test_each_pattern_separates_the_page_sentence_from_the_myth(i):
    row, (right, _focus) = load_keyfacts("dev22")[i], _pages()[i]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("dev22", WRONG)


def test_the_medquad_eval_refuses_the_dev_halves(tmp_path, capsys):
    check_medquad_eval_refuses("dev22-tune", tmp_path, capsys)
