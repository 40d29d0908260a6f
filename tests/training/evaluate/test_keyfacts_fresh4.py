"""The fifth key-facts round (datasets/keyfacts/fresh4.jsonl, `--split fresh4`): its shape, that it shares no
question with the earlier splits, that it is what its source says, that each question's page sentence is quoted
word for word from the shipped MedQuAD page it names, and that every pattern separates that page sentence (the
right answer) from a wrong one asserting the myth."""

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

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3")

# Opening words of each question -> a wrong answer asserting its myth (the right answer is the page sentence that
# fresh4_source.txt quotes above the question).
WRONG = {
    "my mum reckons coffee": "Your mum is right, coffee is basically poison and one cup a day will wreck your heart.",
    "my mate fainted": "Yes, sit her up and get her up straight away so she comes round.",
    "is vertigo just another word": "Yes, vertigo is just another word for being scared of heights.",
    "can kids actually get arthritis": "Arthritis only happens to old people, so kids are safe.",
    "do teenage boys really need": "His testicles are well protected already, so he's fine without one.",
    "is all stress bad": "Yes, all stress is bad for you, so get rid of it completely.",
    "the gp says my 9 yr olds": "If the tests were clear she's just making it up; it's all in her head.",
    "we brought bedbugs home": "Yes, bedbugs spread diseases, they can give you infections.",
    "got heel pain": "Your mate is right, you'll need surgery to take the spur out.",
    "my nan says a fever": "Your nan is right, a fever is an illness, so always bring it down.",
    "got a massive bruise": "Yes, put heat on it, heat will help it fade faster.",
    "my leg has gone red hot": "Cellulitis usually goes away on its own in a few days.",
    "my legs cramp every night": "Your coach is right, cramps are only caused by a lack of bananas, so eat more bananas.",
    "got tennis elbow": "You only get it from playing tennis, so it must be something else.",
    "is the stomach flu": "Yes, the stomach flu is just a type of flu, so get the flu jab.",
    "getting a vasectomy": "Your mate is right, a vasectomy also protects you against STDs.",
    "is infertility always": "Yes, it's always the woman's problem.",
    "had my baby 3 weeks ago": "It's just the baby blues, it will pass by itself.",
    "is winter depression": "It's just being grumpy because it's dark; it's made up.",
    "got a 14 hour flight": "Your bf is right, clots from flights are a myth.",
    "herbal pills are natural": "Yes, herbal pills are always safe, natural means safe.",
    "my mate says youd always hear": "Yes, drowning people always shout and splash, so you'd hear them.",
    "im 70, am i too old": "Sadly at 70 you're too old to be a donor.",
    "gp wants a biopsy": "Yes, a biopsy is only done when they think it's cancer.",
    "my mum is 50": "She only needs a mammogram if she finds a lump.",
    "my heart skips a beat": "Yes, it means a heart attack is coming.",
    "my son is the shortest": "Yes, something's wrong; he has got a growth disorder.",
    "are birthmarks caused": "Yes, birthmarks come from the mother's cravings in pregnancy.",
    "my bf says pms": "He's right, PMS is made up and all in your head.",
    "theres black mould": "Your landlord is right, mould is completely harmless.",
    "hurt my knee at footy": "Your coach is right, just play through the pain.",
    "my mil says formula": "Your mil is right, formula is exactly the same.",
    "lost my sense of smell": "Yes, it always means a brain tumour.",
    "my sons allergic to peanuts": "A tiny bit is fine, it will build him up.",
    "can you really be allergic to latex": "Latex allergy is made up.",
    "do tight shoes really": "That's just a myth, tight shoes are fine for your feet.",
    "can men get urinary incontinence": "It's just a woman thing; only women get it.",
    "whats the right thing to do if my toddler": "Your mum is right, stick your finger down their throat to hook it out.",
    "do i need training to do cpr": "Only trained people should do it, so just wait for the ambulance.",
    "got bitten by loads of mozzies": "Yes, every insect bite is dangerous.",
    "my nan had rheumatic fever": "It was just a bad cold, caused by the common cold virus.",
    "i feel tired all the time": "Your mum is right, just sleep more and it will sort itself out; fatigue is just being lazy.",
    "my doc put me on steroid tablets": "Yes, they are the same as the ones bodybuilders use.",
    "do u only need sunglasses": "You only need them in summer.",
    "are wrinkles just from getting old": "Wrinkles are just from getting old, and sunbeds are fine.",
    "my neck has been stiff": "Your mate is right, you'll need an operation.",
    "my mum says my 14 month old": "Your mum is right, he should already be potty trained.",
    "my jaw clicks": "TMJ always needs surgery.",
    "got kidney stones": "Yes, drink less water so you make fewer stones.",
    "i keep getting headaches": "Your mate is right, every headache means a brain tumour.",
}


def test_the_fifth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh4", "kf5", EARLIER)
    assert len(load_keyfacts("fresh4")) == 50


def test_the_fifth_round_is_its_source_in_order_and_builds_after_all_earlier_rounds():
    assert builder().ROUNDS["fresh4"] == ("fresh4_source.txt", "kf5", EARLIER)
    check_source_in_order("fresh4")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh4", "fresh4_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh4"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_the_myth(row):
    _, right = quoted_pages("fresh4_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh4", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh4"))


def test_the_medquad_eval_refuses_the_fifth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh4", tmp_path, capsys)
