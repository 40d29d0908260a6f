"""The session-46 key-facts development set (datasets/keyfacts/dev22.jsonl, `--split dev22-tune` / `dev22-check`): its
shape and halves, that it repeats no earlier question, that each row's page sentence is MedQuAD's own, and that every
pattern separates that sentence (a right answer) from a hand-written wrong one asserting the myth."""

from __future__ import annotations

import pytest
from keyfacts_round_checks import (
    check_dev_halves,
    check_dev_source_and_pages,
    check_medquad_eval_refuses,
    check_separates,
    check_table_keys,
    dev_page_sentences,
    entry_for,
)

from medassist.training.evaluate.keyfacts import load_keyfacts

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


def test_dev22_has_its_shape_halves_and_repeats_no_earlier_question():
    check_dev_halves("dev22", "kd22", ("validation", "fresh", "fresh2", "fresh3", "fresh4", "dev4"), 20)


def test_dev22_is_its_source_in_order_and_each_page_sentence_is_on_its_medquad_page():
    check_dev_source_and_pages("dev22")


@pytest.mark.parametrize("i", range(len(load_keyfacts("dev22"))))
def test_each_pattern_separates_the_page_sentence_from_the_myth(i):
    row, (right, _focus) = load_keyfacts("dev22")[i], dev_page_sentences("dev22")[i]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("dev22", WRONG)


def test_the_medquad_eval_refuses_the_dev_halves(tmp_path, capsys):
    check_medquad_eval_refuses("dev22-tune", tmp_path, capsys)
