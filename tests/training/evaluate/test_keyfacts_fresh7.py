"""The eighth key-facts round (datasets/keyfacts/fresh7.jsonl, `--split fresh7`, written in round 16 before its
changes): its shape, that it shares no question with the nine earlier splits (fresh6 included), that the build keeps
it off every earlier split's first page, that it is what its source says, that it mixes 25 plain questions with 25
myth questions, that each question's page sentence is quoted word for word from the shipped MedQuAD page it names, and
that every pattern separates that page sentence (the right answer) from a wrong one (asserting the myth, where the
question has misconception patterns)."""

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

from medassist.training.evaluate.keyfacts import asserts_misconception, load_keyfacts

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "is secondhand smoke really": "With the window down the smoke blows straight out, so the kids are fine.",
    "what causes peripheral neuropathy": "Numb feet come from wearing tight socks.",
    "can my son catch muscular": "Yes, he can catch it from sharing cups, so keep them apart for now.",
    "wat causes pulmonary fibrosis": "Pulmonary fibrosis comes from breathing cold air in winter.",
    "my nephew has hydrocephalus": "Yes, drinking too much water causes it by flooding the brain.",
    "what causes bronchiectasis": "Bronchiectasis comes from shouting too much.",
    "my grandad worked with asbestos": "After 40 years it is too long ago to matter, so he is in the clear.",
    "what are the symptoms of carotid": "The main symptom is a stiff, sore neck every morning.",
    "my friend got cushings": "She is right, Cushing's only comes from a tumour.",
    "what usually causes pericarditis": "Pericarditis comes from eating fatty food.",
    "my mate says u can only": "Yes, only diabetics get low blood sugar.",
    "the doctors think our newborn": "Hirschsprung's is a food allergy to formula milk.",
    "doc says ive got a herniated": "Yes, the disc has slipped out of place between the bones.",
    "what can cause bleeding": "Bleeding between periods comes from drinking coffee.",
    "my grandad has emphysema": "He is right, it is too late to quit now, the damage is done.",
    "what is thoracic outlet": "It is a kind of arthritis in the elbow.",
    "my baby was born with clubfoot": "Yes, sitting cross-legged caused it by squashing the baby's feet.",
    "how does dialysis actually": "Dialysis gives your kidneys an electric pulse to wake them up.",
    "my son is 16 and really sporty": "It is an old person's thing, teenagers are too young to get it.",
    "what are the first signs of endometrial": "The first sign is usually hair loss.",
    "i dont smoke so i cant": "Right, only smokers get mouth cancer, so you are safe.",
    "what is a bowel obstruction": "A bowel obstruction is when the bowel gets too long.",
    "can a heavy backpack": "Yes, carrying a heavy backpack on one shoulder causes scoliosis.",
    "what are nasal polyps": "Nasal polyps are a kind of cold virus.",
    "my mum says aspirin is fine": "Your mum is right, aspirin is fine for children with the flu.",
    "what is tonsillitis exactly": "Tonsillitis is when the tonsils grow too big from talking.",
    "my grandad was told he has essential": "Your auntie is right, it is just Parkinson's by another name.",
    "what is precocious puberty": "It is when a child grows taller than their parents.",
    "our newborn has a hole": "Yes, a hole in the heart always needs open heart surgery.",
    "what happens if sleep apnea": "Nothing much happens, you just feel a bit grumpy.",
    "my teen daughter has pots": "Your mum is right, it is all in her head; teenagers get nervous.",
    "how do people get roundworm": "You get roundworm from mosquito bites.",
    "my daughters tongue has these": "Yes, it is contagious, so keep her cups separate.",
    "what is bpd in premature": "BPD is a personality problem some babies are born with.",
    "my dad has white patches": "Those patches come from brushing too hard, he should use a softer toothbrush.",
    "what does sleep deprivation do": "You just feel a little tired, your body gets used to it.",
    "doc says i have metabolic": "Yes, it is just a fancy word for being overweight.",
    "what causes a bunion": "Bunions come from walking barefoot on cold floors.",
    "my mum and nan both had": "Your sister is right: family history is irrelevant if you eat well and exercise.",
    "how much exercise does my 8": "Kids that age need about ten minutes a week.",
    "my husband says kids are just": "Yes, kids are just small adults, so half an adult tablet is fine.",
    "when can i start giving": "Babies should start solid food at two weeks old.",
    "im 30 and fly long haul": "Your mum is right: DVT only affects old people.",
    "my husband keeps getting pain": "Pelvic pain in men comes from sitting on cold benches.",
    "my nan is 84 and has low": "She is right, stronger glasses will fix it and she will be fine.",
    "what is laryngomalacia": "Laryngomalacia is a throat infection the baby caught at birth.",
    "my nan is in hospital with sepsis": "Yes, it is contagious, visitors can catch it easily.",
    "my son has black hairy": "Yes, it is a fungus he caught off someone, so keep his cups separate.",
    "im pregnant, should i stop": "Yes, stop everything; pills are always worse for the baby.",
    "what causes urine blockage": "It happens when the baby drinks too much milk.",
}

# The fact said in other words than the page's (a right answer as the assistant might word it): every question's key
# fact accepts it, and it asserts no myth.
OTHER_WORDS = {
    "is secondhand smoke really": "Yes. Even a little smoke in a car harms children, and an open window won't clear it.",
    "what causes peripheral neuropathy": "The most common cause is diabetes; injuries, alcohol and low vitamin B12 can also do it.",
    "can my son catch muscular": "He can't catch it. Muscular dystrophy is genetic, so a child is born with it.",
    "wat causes pulmonary fibrosis": "Dust at work, some drugs and autoimmune diseases can cause it, but often the reason is unknown.",
    "my nephew has hydrocephalus": "It happens when the fluid that cushions the brain can't drain away and builds up.",
    "what causes bronchiectasis": "It usually follows an infection that damages the airways, or conditions like cystic fibrosis.",
    "my grandad worked with asbestos": "Sadly the lung problems can take decades to show up, so it is worth a check-up.",
    "what are the symptoms of carotid": "Often there are no symptoms at all until it causes a stroke or a mini-stroke.",
    "my friend got cushings": "Taking steroid tablets such as prednisone for a long time is one of the commonest causes.",
    "what usually causes pericarditis": "Most often a virus, like after a cold, though the cause is not always found.",
    "my mate says u can only": "No, people who don't have diabetes can get low blood sugar too.",
    "the doctors think our newborn": "Part of the bowel is missing the nerve cells that push poo along.",
    "doc says ive got a herniated": "Not quite; the disc's soft middle bulges out through a tear in its tougher outer ring.",
    "what can cause bleeding": "Common causes are fibroids, hormone changes, the pill and sometimes infection.",
    "my grandad has emphysema": "It's never too late: stopping smoking slows the damage and helps his breathing.",
    "what is thoracic outlet": "Nerves or blood vessels get squeezed between the collarbone and the first rib.",
    "my baby was born with clubfoot": "Nobody knows exactly why it happens, though it sometimes runs in the family.",
    "how does dialysis actually": "A machine filters his blood, taking out the waste and extra fluid his kidneys can't.",
    "my son is 16 and really sporty": "Teenagers can get cardiomyopathy too; it affects people of any age.",
    "what are the first signs of endometrial": "The most common sign is bleeding after the menopause; pelvic pain is another.",
    "i dont smoke so i cant": "Non-smokers can still get it; drinking alcohol and HPV raise the risk too.",
    "what is a bowel obstruction": "It's a blockage, so food and stool can't get through the intestines.",
    "can a heavy backpack": "Backpacks may make her back ache, but scoliosis tends to run in families and shows up in growth spurts.",
    "what are nasal polyps": "They are soft, painless, noncancerous growths inside the nose or sinuses.",
    "my mum says aspirin is fine": "Aspirin is linked to Reye syndrome in children, so use paracetamol instead.",
    "what is tonsillitis exactly": "It's when the tonsils are inflamed, usually from a viral or bacterial infection.",
    "my grandad was told he has essential": "It's a different condition from Parkinson's, and the most common tremor there is.",
    "what is precocious puberty": "It means puberty starting early, before age 8 in girls.",
    "our newborn has a hole": "Many small holes close by themselves as the baby grows.",
    "what happens if sleep apnea": "Left alone it raises the risk of high blood pressure, stroke and heart problems.",
    "my teen daughter has pots": "POTS is a real medical condition: her pulse shoots up because blood pools in her legs when she stands.",
    "how do people get roundworm": "By swallowing worm eggs from soil or food dirtied with human poo.",
    "my daughters tongue has these": "Geographic tongue is harmless and isn't contagious, so sharing drinks is fine.",
    "what is bpd in premature": "It's lung damage in early babies, often from the oxygen and breathing machine they needed.",
    "my dad has white patches": "That sounds like leukoplakia, and smoking a pipe is the usual cause, so he should get it checked.",
    "what does sleep deprivation do": "Over time it raises your risk of heart disease, diabetes, obesity and depression.",
    "doc says i have metabolic": "It's a cluster of problems, like high blood pressure and high blood sugar, that raise your risk of heart disease.",
    "what causes a bunion": "Tight, narrow shoes are a big cause, and they can run in families.",
    "my mum and nan both had": "With two close relatives affected, your risk is higher, so ask about earlier screening.",
    "how much exercise does my 8": "About 60 minutes of activity a day.",
    "my husband says kids are just": "Kids are not just small adults; use a medicine made for children at the dose on its label.",
    "when can i start giving": "Most babies are ready for solids at around six months.",
    "im 30 and fly long haul": "Long flights raise the risk at any age because you are sitting still for hours.",
    "my husband keeps getting pain": "In men it is often a prostate problem, such as prostatitis.",
    "my nan is 84 and has low": "Low vision can't be corrected by glasses, but magnifiers and good lighting help.",
    "what is laryngomalacia": "The tissue above the voice box is soft and floppy and flops inward when she breathes in.",
    "my nan is in hospital with sepsis": "Sepsis is the body's extreme reaction to an infection; you cannot catch sepsis itself.",
    "my son has black hairy": "It's usually from antibiotics, smoking or not brushing the tongue, and it clears with good cleaning.",
    "im pregnant, should i stop": "Please talk to your doctor first, because stopping a medicine you need can harm you and the baby.",
    "what causes urine blockage": "It's usually a birth defect in the urinary tract that forms before the baby is born.",
}

# For each myth question, the myth asserted in other words than its wrong answer (the misconception patterns must catch
# it) and the myth denied the way a right answer denies it (they must not).
MYTH = {
    "is secondhand smoke really": ("Keeping the window cracked is enough to protect them.",
                                   "An open window is not enough; the smoke still reaches them."),
    "can my son catch muscular": ("Muscular dystrophy is contagious, so he could pick it up from his cousin.",
                                  "Muscular dystrophy isn't contagious, so sharing cups is fine."),
    "my nephew has hydrocephalus": ("Drinking lots of fluids can cause water on the brain.",
                                    "It doesn't come from drinking water."),
    "my grandad worked with asbestos": ("The risk has passed after all this time.",
                                        "Forty years is not too long ago; the diseases can appear that late."),
    "my friend got cushings": ("Cushing's is always a tumour, whatever tablets you take.",
                               "It doesn't only come from a tumour; steroid tablets can cause it too."),
    "my mate says u can only": ("Low blood sugar only happens to people with diabetes.",
                                "It's not only diabetics who get low blood sugar."),
    "doc says ive got a herniated": ("Your disc has popped out of place.",
                                     "The disc hasn't slipped out of place; its soft centre bulges."),
    "my grandad has emphysema": ("Quitting now is pointless.", "It's never too late to quit."),
    "my baby was born with clubfoot": ("It happened because you sat cross-legged.",
                                       "It was not caused by how you sat."),
    "my son is 16 and really sporty": ("Cardiomyopathy is an old person's disease.",
                                       "It isn't only an old people's disease; teenagers can get it."),
    "i dont smoke so i cant": ("Only smokers get oral cancer.", "It's not only smokers who get mouth cancer."),
    "can a heavy backpack": ("Heavy bags cause scoliosis in kids.", "Backpacks don't cause scoliosis."),
    "my mum says aspirin is fine": ("It's fine to give her aspirin.", "Don't give her aspirin."),
    "my grandad was told he has essential": ("Essential tremor is really Parkinson's.",
                                             "Essential tremor is not Parkinson's."),
    "our newborn has a hole": ("Every hole in the heart needs surgery.", "Not every hole needs surgery."),
    "my teen daughter has pots": ("It's just anxiety.", "It isn't all in her head."),
    "my daughters tongue has these": ("She could pass it to other people.", "It is not contagious."),
    "my dad has white patches": ("It is just from brushing too hard.", "The patches aren't from brushing."),
    "doc says i have metabolic": ("It simply means being overweight.",
                                  "It doesn't just mean being overweight."),
    "my mum and nan both had": ("Healthy living cancels out your family history.",
                                "Eating well doesn't cancel out your family history."),
    "my husband says kids are just": ("Children are just little adults.", "Children aren't just small adults."),
    "im 30 and fly long haul": ("DVT only happens to the elderly.", "DVT doesn't only happen to old people."),
    "my nan is 84 and has low": ("She just needs new glasses.", "New glasses won't fix low vision."),
    "my nan is in hospital with sepsis": ("Sepsis is contagious.", "You can't catch sepsis itself."),
    "my son has black hairy": ("It is contagious.", "It's not contagious and isn't something he caught."),
}


def test_the_eighth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh7", "kf8", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh7")) == 50


def test_the_eighth_round_mixes_25_plain_and_25_myth_questions():
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts("fresh7")
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


def test_the_eighth_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh7"] == ("fresh7_source.txt", "kf8", EARLIER)
    assert "fresh7" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 to fresh6 are
    check_source_in_order("fresh7")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh7", "fresh7_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh7"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh7_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh7", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh7"))


def test_the_medquad_eval_refuses_the_eighth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh7", tmp_path, capsys)


@pytest.mark.parametrize("row", load_keyfacts("fresh7"), ids=lambda r: r["id"])
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    check_separates(row, entry_for(OTHER_WORDS, row["question"]), entry_for(WRONG, row["question"]))
    check_table_keys("fresh7", OTHER_WORDS)


@pytest.mark.parametrize("row", [r for r in load_keyfacts("fresh7") if r["misconception"]], ids=lambda r: r["id"])
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(row):
    asserted, denied = entry_for(MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


def test_every_myth_question_has_its_asserted_and_denied_myth():
    check_table_keys("fresh7", MYTH)
    assert len(MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts("fresh7"))
