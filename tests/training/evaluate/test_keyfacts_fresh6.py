"""The seventh key-facts round (datasets/keyfacts/fresh6.jsonl, `--split fresh6`, written in round 15 before its
changes): its shape, that it shares no question with the eight earlier splits (fresh5 and dev4 included), that the
build keeps it off every earlier split's first page, that it is what its source says, that it mixes plain questions
with myth questions, that each question's page sentence is quoted word for word from the shipped MedQuAD page it
names, and that every pattern separates that page sentence (the right answer) from a wrong one (asserting the myth, or
the likeliest wrong answer, where the question has misconception patterns)."""

from __future__ import annotations

import pytest
from keyfacts_round_checks import (
    builder,
    check_medquad_eval_refuses,
    check_quotes_from_pages,
    check_separates,
    check_shape,
    check_source_in_order,
    check_table_keys,
    entry_for,
    quoted_pages,
)

from medassist.training.evaluate.keyfacts import load_keyfacts

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth or the likeliest wrong answer.
WRONG = {
    "how do u even catch": "You catch giardia from mosquito bites at the campsite.",
    "my husband has peyronies disease": "Yes, Peyronie's is a sexually transmitted infection he caught off someone.",
    "who is most at risk": "Only pregnant women need to worry about listeria, so your mum is fine.",
    "do i only need folic": "Yes, you only need folic acid once you are pregnant.",
    "what causes gastritis?": "Gastritis is caused by eating spicy food.",
    "the heart scan showed mitral": "Yes, MVP is a dangerous heart condition.",
    "my mum always rinses raw": "Yes, rinsing the chicken under the tap gets rid of campylobacter.",
    "my aunt has trigeminal neuralgia": "Yes, trigeminal neuralgia can be fatal if the pain gets bad enough.",
    "what is cmv and why": "CMV is a rare tropical infection you only get from travel.",
    "what causes pelvic inflammatory disease": "PID is caused by using tampons.",
    "doctor thinks my daughters vomiting": "Yes, it is just a stomach bug she keeps catching from school.",
    "my gran is itchy all": "Itching in older people is caused by poor circulation and nerves.",
    "who gets spinal stenosis?": "Spinal stenosis mostly hits young athletes in their twenties.",
    "my husband might have hashimotos": "Yes, only women get Hashimoto's. It must be something else.",
    "can menieres disease be cured?": "Yes, Meniere's disease can be cured with a simple operation.",
    "with an ectopic pregnancy": "Yes, surgeons can move the pregnancy into the womb so it carries on normally.",
    "what are the symptoms of giant": "The main symptom is a rash on the legs.",
    "how do u get a": "You get a kidney infection from sitting on cold floors.",
    "a scan found a simple": "Yes, a cyst on the kidney means it is cancer.",
    "im rh negative and my": "Sadly, nothing can be done and your babies will be born ill.",
    "my nan says having twins": "Yes, having twins is totally random and down to pure luck.",
    "what are the symptoms of retinal": "A detached retina causes itchy, watery eyes.",
    "dislocated my shoulder at rugby": "Yes, once it is back in, the shoulder is as good as new.",
    "what causes pleurisy": "Pleurisy is caused by cold air getting into the lungs.",
    "how do people catch hantavirus?": "You catch hantavirus from mosquito bites.",
    "my husband says circumcision has": "He is right: circumcision has zero medical benefits and is purely religious.",
    "how do kids catch crypto": "Kids catch crypto through the skin when they swim in dirty water.",
    "my son has a peanut": "Yes, a tiny bit now and then will get him used to peanuts.",
    "how are body lice treated": "You must use a special lice shampoo to get rid of body lice.",
    "had all my jabs as": "Yes, childhood jabs keep you protected for life.",
    "what causes blood in your": "Blood in your pee always means cancer.",
    "my dad wont take statins": "Yes, statins are dangerous for everyone and do more harm than good.",
    "what causes gastroparesis": "Gastroparesis is caused by eating too fast.",
    "my son got immune thrombocytopenia": "Yes, ITP is lifelong, so he will need treatment for life.",
    "my brother gambles all his": "Your dad is right, it is just a lack of willpower.",
    "what causes swollen salivary glands": "Swollen salivary glands come from talking too much.",
    "my grandad got really confused": "Yes, delirium is just dementia starting.",
    "what causes trouble swallowing in": "Trouble swallowing in older people is just from eating too fast.",
    "had a c section with": "Yes, once you have had one you must have a C-section for every birth.",
    "what causes pelvic support problems": "A prolapse is caused by lifting weights at the gym.",
    "my sister doesnt want her": "Yes, breast milk gives babies all the vitamin K they need.",
    "what are the signs of preterm": "The signs of preterm labour are a headache and itchy feet.",
    "my 19 yr old asked": "Yes, testicular cancer only affects old men.",
    "how can you get toxoplasmosis": "Yes, it is only from cats, so keep away from them.",
    "can u get tapeworms from": "That is a myth; tapeworms come from dirty water.",
    "what causes an abscess": "An abscess comes from a blocked sweat gland and stress.",
    "what causes rotator cuff problems?": "Rotator cuff problems come from sleeping on your side.",
    "how do you get babesiosis": "You get babesiosis from mosquito bites.",
    "who gets g6pd deficiency?": "You get it from eating fava beans.",
    "what causes most burns at": "Most burns at home come from sunbeds.",
}


def test_the_seventh_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh6", "kf7", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh6")) == 50


def test_the_seventh_round_mixes_plain_and_myth_questions():
    """Plain questions may have no misconception pattern; the round keeps both kinds (the myth ones and the plain
    ones naming a likely wrong answer have patterns)."""
    rows = load_keyfacts("fresh6")
    plain_without_myth = [r["id"] for r in rows if not r["misconception"]]
    assert 10 <= len(plain_without_myth) <= 25
    assert len(rows) - len(plain_without_myth) >= 25


def test_the_seventh_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh6"] == ("fresh6_source.txt", "kf7", EARLIER)
    assert "fresh6" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 and fresh5 are
    check_source_in_order("fresh6")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh6", "fresh6_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh6"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh6_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh6", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh6"))


def test_the_medquad_eval_refuses_the_seventh_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh6", tmp_path, capsys)
