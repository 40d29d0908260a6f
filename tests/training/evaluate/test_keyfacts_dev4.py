"""The key-facts development set (datasets/keyfacts/dev4.jsonl, `--split dev4-tune` / `dev4-check`): its shape, its
halves, that it shares no question with the earlier splits, that each row's page sentence is MedQuAD's own, and
that every pattern separates that sentence (a right answer) from a hand-written wrong one asserting the myth."""

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
    "will my ibs turn": "Yes, IBS often turns into bowel cancer over the years.",
    "my nan says u get piles": "Your nan is right: you get piles from sitting on cold steps.",
    "pancreatitis only happens": "Yes, pancreatitis only happens to heavy drinkers.",
    "is interstitial cystitis just": "Yes, interstitial cystitis is just a bladder infection, and antibiotics fix it.",
    "doc found fibroids": "Yes, fibroids are a type of cancer.",
    "got an ovarian cyst": "An ovarian cyst is usually cancerous, so yes, that means it's cancer.",
    "my bf says pms": "Your boyfriend is right, PMS is all in your head.",
    "when a couple cant": "Yes, infertility is always the woman's fault.",
    "did i cause my miscarriage": "Sadly yes, working out too hard caused your miscarriage.",
    "isnt postnatal depression": "Yes, postnatal depression is just the baby blues.",
    "winter blues aint": "You're right, it's just people being lazy.",
    "cardiac arrest and heart attack": "Yes, they are the same thing.",
    "is afib harmless": "If you feel fine, afib is completely harmless.",
    "can u get a blood clot": "That only happens to old people.",
    "low blood pressure is always": "Yes, low blood pressure is always good, the lower the better.",
    "rheumatoid arthritis is just": "Yes, rheumatoid arthritis is just wear and tear from getting old.",
    "is scleroderma contagious": "Yes, scleroderma is contagious, so you can catch it from her.",
    "u only get carpal tunnel": "Yes, carpal tunnel is only caused by typing on a computer.",
    "do shaky hands always": "Yes, shaky hands always mean you have Parkinson's.",
    "can girls get haemophilia": "Only boys get haemophilia.",
    "do u always need antibiotics": "Yes, you always need antibiotics for bronchitis.",
    "is the stomach flu": "Yes, the stomach flu is a type of influenza.",
    "ulcerative colitis n ibs": "Yes, they are basically the same thing.",
    "can u catch valley fever": "Yes, you can catch it from someone who has it.",
    "can u still get smallpox": "Yes, you can still get smallpox; it is still around in many places.",
    "chikungunya spreads from": "Yes, chikungunya spreads from person to person like a cold.",
    "can people even get bird flu": "Bird flu only infects birds.",
    "sjogrens is just dry eyes": "Yes, Sjogren's is just dry eyes from getting old.",
    "only men get bleeding": "Right, von Willebrand disease only affects men.",
    "my aunt has primary biliary": "Yes, primary biliary cirrhosis is caused by heavy drinking.",
    "is gilberts syndrome": "Yes, Gilbert's syndrome is a serious liver disease.",
    "do u get polycystic kidney": "Yes, polycystic kidney disease is caused by drinking too little water.",
    "is myasthenia gravis just": "Yes, myasthenia gravis is just being tired.",
    "my grandads got normal pressure": "Yes, it's just old age dementia.",
    "can u catch q fever": "Yes, you can catch Q fever from your mate.",
    "u only get trichinosis": "Yes, you only get trichinosis from pork.",
    "ankylosing spondylitis is just": "Yes, ankylosing spondylitis is just bad posture.",
    "diabetes insipidus is just": "Yes, diabetes insipidus is a type of sugar diabetes caused by eating too much sugar.",
    "is wilsons disease": "Yes, Wilson disease is caused by eating too much copper.",
    "can u catch autoimmune hepatitis": "Yes, you can catch it like hepatitis B.",
    "pulmonary hypertension is the same": "Yes, pulmonary hypertension is the same as regular high blood pressure.",
    "is broken heart syndrome": "Broken heart syndrome is just a saying.",
    "is aplastic anaemia": "Yes, aplastic anaemia is a kind of blood cancer.",
}


def _pages() -> list[tuple[str, str]]:
    """(the question's page sentence, its focus) from the source's comment lines, in question order."""
    lines = (KEYFACTS_DIR / "dev4_source.txt").read_text().splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.startswith("# page: "):
            assert lines[i + 1].startswith("# says: ") and not lines[i + 2].startswith("#")
            out.append((lines[i + 1][len("# says: "):], line[len("# page: "):]))
    return out


def test_dev4_has_its_shape_halves_and_repeats_no_earlier_question():
    rows = load_keyfacts("dev4")
    assert len(rows) >= 40
    assert [r["id"] for r in rows] == [f"kd4-{i:03d}" for i in range(1, len(rows) + 1)]
    # halves fixed by file order, before any answer: alternately tune, check
    assert [r["split"] for r in rows] == [("dev4-tune", "dev4-check")[i % 2] for i in range(len(rows))]
    assert load_keyfacts("dev4-tune") == rows[0::2] and load_keyfacts("dev4-check") == rows[1::2]
    earlier = {r["question"] for s in ("validation", "test", "fresh", "fresh2", "fresh3") for r in load_keyfacts(s)}
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions) and not set(questions) & earlier
    for row in rows:
        assert row["key_fact"] and row["misconception"]
        assert not any(_NEGATION.search(p) for p in row["misconception"]), row["id"]


def test_dev4_is_its_source_in_order():
    source = builder().parse((KEYFACTS_DIR / "dev4_source.txt").read_text())
    assert [{k: r[k] for k in ("question", "key_fact", "misconception")} for r in load_keyfacts("dev4")] == source
    assert len(_pages()) == len(source)


def test_each_page_sentence_is_on_its_medquad_page():
    pages = medquad_pages()
    for sentence, focus in _pages():
        assert sentence in pages.get(focus.lower(), ""), (focus, sentence)


@pytest.mark.parametrize("i", range(len(load_keyfacts("dev4"))))
def test_each_pattern_separates_the_page_sentence_from_the_myth(i):
    row, (right, _focus) = load_keyfacts("dev4")[i], _pages()[i]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("dev4", WRONG)


def test_the_medquad_eval_refuses_the_dev_halves(tmp_path, capsys):
    check_medquad_eval_refuses("dev4-tune", tmp_path, capsys)
