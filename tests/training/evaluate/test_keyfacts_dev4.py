"""The key-facts development set (datasets/keyfacts/dev4.jsonl, `--split dev4-tune` / `dev4-check`): its shape, its
halves, that it shares no question with the earlier splits, that each row's page sentence is MedQuAD's own, and
that every pattern separates that sentence (a right answer) from a hand-written wrong one asserting the myth."""

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


def test_dev4_has_its_shape_halves_and_repeats_no_earlier_question():
    check_dev_halves("dev4", "kd4", ("validation", "test", "fresh", "fresh2", "fresh3"), 40)


def test_dev4_is_its_source_in_order_and_each_page_sentence_is_on_its_medquad_page():
    check_dev_source_and_pages("dev4")


@pytest.mark.parametrize("i", range(len(load_keyfacts("dev4"))))
def test_each_pattern_separates_the_page_sentence_from_the_myth(i):
    row, (right, _focus) = load_keyfacts("dev4")[i], dev_page_sentences("dev4")[i]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("dev4", WRONG)


def test_the_medquad_eval_refuses_the_dev_halves(tmp_path, capsys):
    check_medquad_eval_refuses("dev4-tune", tmp_path, capsys)
