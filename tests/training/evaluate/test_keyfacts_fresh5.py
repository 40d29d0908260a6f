"""The sixth key-facts round (datasets/keyfacts/fresh5.jsonl, `--split fresh5`, written in round 14 before its
changes): its shape, that it shares no question with the seven earlier splits (dev4 included), that the build keeps
it off every earlier split's first page, that it is what its source says, that each question's page sentence is
quoted word for word from the shipped MedQuAD page it names, and that every pattern separates that page sentence (the
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

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4")

# A wrong answer per question (keyed by its opening words): misses the fact and asserts the myth.
WRONG = {
    "my knee's all swollen at": "Yes, bursitis is just from getting old, and cold weather brings it on.",
    "my ankles puff up loads": "Yes, drinking too much water makes your ankles swell, so cut back on fluids.",
    "got a scar on my": "Yes, rub bio oil in every night and the scar will disappear completely within a year.",
    "my teenage son stinks after": "Yes, sweat itself smells, and there is nothing you can do about it.",
    "my 7 yr old asked": "Yes, the sugar eats holes straight into the tooth enamel.",
    "my nan got full dentures": "Yes, once all the teeth are gone there is nothing left for a dentist to do, so she is done with dentists for good.",
    "my dad is 78 and": "Yes, that is just normal old age; everyone's taste fades.",
    "my husband is 58 and": "Yes, it is just his age; trouble with erections is a natural part of getting older.",
    "my dad is 70 and": "Yes, polymyalgia is a young person's disease, so at 70 it is unlikely.",
    "i pee like 10 times": "Yes, that is totally normal for a man and nothing to worry about.",
    "slipped on ice and landed": "Yes, you have probably broken your tailbone from a fall like that.",
    "my 11 yr old sons": "Yes, all boys have started puberty by 11, so he is late.",
    "saw an influencer saying everyone": "Yes, everyone is low in vitamin E and everyone should take a supplement every day.",
    "gym guy told me to": "Yes, you need potassium tablets, because food alone gives too little potassium.",
    "my 15 yr old says": "Yes, vaping is harmless because it is just water vapour.",
    "my partner smokes out the": "Yes, a little bit is fine, especially by an open window.",
    "thinking about lasik, my colleague": "Yes, laser eye surgery is totally risk free now, so you can go ahead without worrying.",
    "read that rickets is coming": "Rickets comes from dirty living conditions and poor hygiene.",
    "nursery says theres rotavirus going": "Yes, the GP will give antibiotics, and antibiotics will clear it up in a few days.",
    "antivax friend says rubella is": "Yes, rubella is just a mild rash and is completely harmless.",
    "my face hurts round my": "Sinuses are just inside your nose, so the pain in your face is something else.",
    "clearing the garden and want": "Yes, burning it makes it safe because the fire destroys the oily sap.",
    "if i take my nose": "Yes, piercing holes are permanent and the hole will stay forever.",
    "my nan says coughing is": "Yes, coughing is bad for you, so you should always stop every cough with syrup.",
    "my armpits keep getting painful": "Yes, hidradenitis comes from bad hygiene, so washing more will fix it.",
    "my cousin has chronic fatigue": "Yes, she just needs a good weekend of sleep; rest will fix it.",
    "lost my voice after a": "Yes, clearing your throat a lot will help get your voice back faster.",
    "my grandad is bedbound and": "Sadly, pressure sores are just something that happens to bedbound people and are unavoidable.",
    "my partner says theres no": "Yes, brushing is pointless because baby teeth fall out anyway.",
    "im 34 and hate my": "Yes, braces are only for kids; it is too late for adults.",
    "the gp thinks the boil": "Yes, you only catch staph in hospitals, so it is probably something else.",
    "every lad at my gym": "Yes, you need protein shakes, otherwise you will fall short on protein.",
    "lost my mum 18 months": "Yes, grief should be over after a year, so something is wrong.",
    "my husband says acupuncture is": "Yes, acupuncture is total nonsense and has been shown to do nothing.",
    "my boyfriend says the safe": "Yes, the safe limit is the same for men and women, so you can drink as much as him.",
    "thinking about botox for my": "Yes, botox is permanent, so you are stuck with it forever once you start.",
    "keep getting thrush down there,": "Yes, yeast infections only come from bad hygiene, so wash more often.",
    "thinking of going vegetarian but": "Yes, you need meat to get your nutrients, and without it you will end up ill.",
    "my nan wont let my": "Yes, phones definitely cause cancer, so keep it out of the bedroom.",
    "is it true carbohydrates are": "Yes, carbs are bad for you, so cut them out completely.",
    "my 18 month old only": "Yes, lots of kids talk late until about 3, so there is nothing to worry about.",
    "got an mri booked and": "Yes, an MRI hurts and uses loads of radiation.",
    "my son says ozone is": "Yes, ozone is good for you, so breathing it in must be fine.",
    "my nan says you can": "Yes, you can only catch swine flu from pigs, so townies are safe.",
    "my sister is on a": "Yes, fat is useless to the body, so cut out all fat.",
    "every time i get a": "A sore throat always needs antibiotics to clear it.",
    "my dads consultant mentioned palliative": "Sadly yes, palliative care is only for the end of life and means he is dying.",
    "my nephew is getting a": "Yes, the implant will give him perfect normal hearing straight away.",
    "getting a mole removed under": "Yes, you will be knocked out completely for a local anaesthetic.",
    "my nan has been offered": "Yes, hospice care means leaving home to die in a hospital.",
}


def test_the_sixth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh5", "kf6", EARLIER)
    assert len(load_keyfacts("fresh5")) == 50


def test_the_sixth_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh5"] == ("fresh5_source.txt", "kf6", EARLIER)
    assert "fresh5" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 is
    check_source_in_order("fresh5")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh5", "fresh5_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh5"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_the_myth(row):
    _, right = quoted_pages("fresh5_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh5", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh5"))


def test_the_medquad_eval_refuses_the_sixth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh5", tmp_path, capsys)
