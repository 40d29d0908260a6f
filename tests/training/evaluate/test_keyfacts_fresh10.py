"""The eleventh key-facts round (datasets/keyfacts/fresh10.jsonl, `--split fresh10`, written in round 23 before its
changes): its shape, that it shares no question with the thirteen earlier splits (fresh9 included), that the build keeps
it off every earlier split's first page, that it is what its source says, that it mixes 25 plain questions with 25 myth
questions, that each question's page sentence is quoted word for word from the shipped MedQuAD page it names, and that
every pattern separates that page sentence and the fact in other words (right answers) from a wrong one (asserting the
myth, where the question has misconception patterns), and catches the myth asserted, not denied."""

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

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7", "dev22",
           "fresh8", "fresh9")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "my mum (71) gets": "It's an inner ear infection that makes the room spin.",
    "what is syncope?? its": "Your mum is right, only old people faint, so he needs a full heart work-up.",
    "doc says i have": "It is just an overactive thyroid, the same as his sister had.",
    "scan says medullary sponge": "You caught it from a bug going around, it's an infection.",
    "my dad's urine test": "It's just from the protein shakes, he should cut down on them.",
    "colonoscopy was normal but": "A normal colonoscopy means your bowel is fine, the lab mixed something up.",
    "after my brother's seizure": "Yes, he had a stroke on top of the seizure.",
    "mri found a tarlov": "Yes, it's a spinal tumour and you need an oncologist.",
    "what is essential thrombocythemia,": "More platelets is a good thing, your blood is stronger.",
    "my grandmother has moyamoya": "Only Japanese people get it, so the doctors must be wrong.",
    "my dad keeps pigeons": "The pigeons are harmless, it's his age.",
    "there was a la": "Yes, it's very contagious, keep her away from that child.",
    "my aunt has nocardiosis": "She got it off someone in the hospital ward.",
    "my son wants a": "Pet shop hamsters are totally safe, only wild mice carry germs.",
    "the raccoons that poop": "If they look healthy, so the poop is fine for the kids.",
    "going to spain for": "Yes, it's spread by mosquitoes, the same ones as malaria.",
    "my husband takes ibuprofen": "Painkillers from the chemist are perfectly safe for the kidneys.",
    "my mum has intestinal": "There must be a real blockage, surgery will fix it.",
    "smoking only messes up": "Smoking only hurts your lungs, your stomach is fine.",
    "the doctor found a": "Yes, it's brain cancer, she needs chemo.",
    "my legs jerk right": "It means something is wrong with your brain, see a neurologist urgently.",
    "my son (7) got": "Purple spots like that mean leukemia.",
    "my niece had strep": "She's doing it for attention, ignore it and it stops.",
    "obesity hypoventilation syndrome what": "He's just lazy, he needs to get moving.",
    "my mum is 45": "It's just from getting old, everyone weakens.",
    "sudden cardiac arrest is": "They are the same thing, another word for a heart attack.",
    "wat is neuromyelitis optica,": "It's a kind of migraine that comes with an aura.",
    "what is ARDS? my": "It's a type of asthma attack that passes in a few hours.",
    "our son was just": "It's a weak immune system from a vitamin shortage.",
    "whipple disease... my grandpa": "It's a heart rhythm problem in older men.",
    "after his stroke my": "It's arthritis that set in from lying in bed.",
    "my cousin was diagnosed": "It's a kind of bone disease that makes the legs bow.",
    "what does low platelets": "It means your blood is too thick.",
    "doc said my brother": "It's a personality type, people who are very tense.",
    "what is transverse myelitis": "It's a muscle tear in the lower back.",
    "wat is dysautonomia, my": "It's just anxiety about standing up.",
    "hi, my father told": "It's a stomach problem from eating too fast.",
    "what is inclusion body": "It's arthritis in the hands.",
    "my daughter (9) has": "It's an allergy to makeup.",
    "what is cardiogenic shock,": "It's the fright a person gets when told bad news.",
    "what is hemolytic anemia,": "It's when she doesn't eat enough iron-rich food.",
    "what is DIC? they": "It's a kind of infection of the womb.",
    "my brother in law": "It's a skin rash from an allergy.",
    "what is antiphospholipid syndrome,": "It's a hormone imbalance in the ovaries.",
    "my grandad has high": "It's a kidney infection.",
    "whats renal tubular acidosis,": "It's a stomach ulcer from acid food.",
    "my uncle has goodpasture": "It's a kind of bad cough from smoking.",
    "zollinger ellison syndrome what": "It's a food intolerance.",
    "my husband 38 has": "It's a type of hepatitis virus he caught.",
    "our newborn has biliary": "It's normal newborn jaundice that clears by itself.",
}

# The fact said in other words than the page's (a right answer as the assistant might word it): every question's key
# fact accepts it, and it asserts no myth.
OTHER_WORDS = {
    "my mum (71) gets": "When she stands up her blood pressure drops suddenly, which makes her dizzy.",
    "what is syncope?? its": "Fainting happens to healthy teens too; a check-up is sensible but it is often harmless.",
    "doc says i have": "The parathyroid glands, four small glands beside the thyroid, are making too much of their hormone.",
    "scan says medullary sponge": "It's something you were born with: small cysts formed in the kidney's tubes while you were in the womb.",
    "my dad's urine test": "It usually means the kidney's filters are damaged and letting protein leak out.",
    "colonoscopy was normal but": "The colon often looks normal to the camera; the inflammation only shows when biopsies are looked at under a microscope.",
    "after my brother's seizure": "It's a short spell of weakness after a seizure that goes away by itself, usually within a day or so.",
    "mri found a tarlov": "It's a small fluid-filled pocket on a nerve root, and most of them never cause symptoms.",
    "what is essential thrombocythemia,": "Too many platelets make unwanted blood clots more likely, which can lead to a stroke.",
    "my grandmother has moyamoya": "It's found in people of every background worldwide, just more often in Asia.",
    "my dad keeps pigeons": "Breathing in dust from bird droppings and feathers can trigger it; bird keepers are at higher risk.",
    "there was a la": "It's carried by mosquitoes, so she can't catch it from a classmate.",
    "my aunt has nocardiosis": "The germ lives in soil, and people get it by breathing in dust or through an open wound.",
    "my son wants a": "Pet hamsters can be infected too, and the virus is in their urine and droppings, so wash hands after handling.",
    "the raccoons that poop": "Raccoons rarely show any symptoms, so you can't tell by looking whether they carry the roundworm.",
    "going to spain for": "It's passed on by the bite of infected sand flies.",
    "my husband takes ibuprofen": "Taking painkillers every day for years can damage the kidneys; he should talk to his doctor.",
    "my mum has intestinal": "Nothing is actually stuck: the nerves or muscles of the gut don't push food along properly, which mimics a blockage.",
    "smoking only messes up": "Smoking also raises the risk of heartburn, stomach ulcers and cancers of the gut.",
    "the doctor found a": "A prolactinoma is a benign growth on the pituitary gland, so it isn't cancer.",
    "my legs jerk right": "Those sleep starts are normal and happen to healthy people.",
    "my son (7) got": "HSP is an immune reaction that often follows an infection, and most children get better on their own.",
    "my niece had strep": "It's a complication of a strep infection, the same germ behind rheumatic fever.",
    "obesity hypoventilation syndrome what": "His breathing is too shallow, so he has too little oxygen and too much carbon dioxide in his blood.",
    "my mum is 45": "It's an inflammatory muscle disease, probably autoimmune, that makes muscles on both sides weak.",
    "sudden cardiac arrest is": "In cardiac arrest the heart's electrical system fails and it stops beating; a heart attack is a blocked artery.",
    "wat is neuromyelitis optica,": "The immune system attacks the optic nerve and the spinal cord, causing vision loss and weakness.",
    "what is ARDS? my": "Fluid builds up in the lungs, so too little oxygen gets into his blood.",
    "our son was just": "The tiny hair-like structures lining his airways don't move properly, so mucus isn't cleared.",
    "whipple disease... my grandpa": "It's a rare infection with a germ, a bacterium, that mostly affects the gut.",
    "after his stroke my": "The stroke damaged the nerves that control his muscles, so the muscles stay tight and stiff.",
    "my cousin was diagnosed": "It's an autoimmune problem where the signals from nerves to muscles are disrupted.",
    "what does low platelets": "Your platelet count is low, and platelets are what help your blood clot.",
    "doc said my brother": "It's a rare nerve condition where the muscles go rigid and spasm, often set off by noise or a fright.",
    "what is transverse myelitis": "It's inflammation of a segment of the spinal cord, often after an infection.",
    "wat is dysautonomia, my": "It's a problem with the autonomic nervous system, the part that runs heart rate and blood pressure without thinking.",
    "hi, my father told": "It is a nerve problem that gives sudden sharp pain in the throat, tongue and ear, often when swallowing.",
    "what is inclusion body": "It's a slowly worsening disease with muscle inflammation and weakness, mostly after age 50.",
    "my daughter (9) has": "It causes muscle weakness and pain along with the skin rash.",
    "what is cardiogenic shock,": "The heart is too weak to pump enough blood for the body, usually after a big heart attack.",
    "what is hemolytic anemia,": "Her red blood cells are being destroyed faster than her body can replace them.",
    "what is DIC? they": "Many tiny clots form throughout the small blood vessels, which then uses up clotting factors and can cause bleeding.",
    "my brother in law": "Small clots form in blood vessels all over the body and block blood to organs.",
    "what is antiphospholipid syndrome,": "It makes the blood more likely to clot, including in the placenta, which can cause miscarriage.",
    "my grandad has high": "One or both arteries that supply the kidneys have become narrowed.",
    "whats renal tubular acidosis,": "The kidneys can't get rid of acid into the urine, so the blood stays too acidic.",
    "my uncle has goodpasture": "The immune system attacks both the lungs and the kidneys.",
    "zollinger ellison syndrome what": "Tumours in the pancreas or gut release a hormone that makes the stomach produce too much acid.",
    "my husband 38 has": "It's long-term inflammation and scarring of the bile ducts.",
    "our newborn has biliary": "The tubes that drain bile from the liver, the bile ducts, are blocked or missing.",
}

# For each myth question, the myth asserted in other words than its wrong answer (the misconception patterns must catch
# it) and the myth denied the way a right answer denies it (they must not).
MYTH = {
    "what is syncope?? its": ("Fainting only happens to old people.", "It's not true that only old people faint."),
    "doc says i have": ("That's an overactive thyroid.", "It isn't an overactive thyroid."),
    "scan says medullary sponge": ("You must have caught it somewhere.", "You didn't catch it from anywhere."),
    "my dad's urine test": ("It comes from eating too much protein.", "It doesn't come from eating too much protein."),
    "colonoscopy was normal but": ("Your colon is healthy.", "Your colon isn't healthy just because it looked normal."),
    "after my brother's seizure": ("It's a stroke.", "It's not a stroke."),
    "mri found a tarlov": ("You have a tumor.", "You don't have a tumor."),
    "what is essential thrombocythemia,": ("High platelets are healthy.", "High platelets aren't healthy."),
    "my grandmother has moyamoya": ("It only happens in Japan.", "It doesn't only happen in Japan."),
    "my dad keeps pigeons": ("It has nothing to do with the pigeons.", "The pigeons are not harmless."),
    "there was a la": ("She can catch it from other kids.", "She can't catch it from other kids."),
    "my aunt has nocardiosis": ("It spreads person to person.", "It doesn't spread person to person."),
    "my son wants a": ("Shop hamsters are clean.", "Shop hamsters aren't always clean."),
    "the raccoons that poop": ("The backyard is safe.", "The backyard isn't safe."),
    "going to spain for": ("Mosquitoes spread it.", "Mosquitoes don't spread it."),
    "my husband takes ibuprofen": ("Ibuprofen is harmless for your kidneys.", "Ibuprofen is not harmless for your kidneys."),
    "my mum has intestinal": ("There's an actual obstruction.", "There's no actual obstruction."),
    "smoking only messes up": ("It only damages the lungs.", "It doesn't only damage the lungs."),
    "the doctor found a": ("It's malignant.", "It isn't malignant."),
    "my legs jerk right": ("The jerks are a sign of a brain disease.", "The jerks aren't a sign of a brain disease."),
    "my son (7) got": ("It's a blood cancer.", "It's not a blood cancer."),
    "my niece had strep": ("She's attention seeking.", "She's not attention seeking."),
    "obesity hypoventilation syndrome what": ("It's just laziness.", "It isn't laziness."),
    "my mum is 45": ("It's just old age.", "It's not just old age."),
    "sudden cardiac arrest is": ("They're the same thing.", "They aren't the same thing."),
}


def test_the_eleventh_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh10", "kf11", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh10")) == 50


def test_the_eleventh_round_mixes_25_plain_and_25_myth_questions():
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts("fresh10")
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


def test_the_eleventh_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh10"] == ("fresh10_source.txt", "kf11", EARLIER)
    assert "fresh10" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 to fresh9 are
    check_source_in_order("fresh10")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh10", "fresh10_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh10"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh10_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh10", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh10"))


def test_the_medquad_eval_refuses_the_eleventh_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh10", tmp_path, capsys)


@pytest.mark.parametrize("row", load_keyfacts("fresh10"), ids=lambda r: r["id"])
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    check_separates(row, entry_for(OTHER_WORDS, row["question"]), entry_for(WRONG, row["question"]))
    check_table_keys("fresh10", OTHER_WORDS)


@pytest.mark.parametrize("row", [r for r in load_keyfacts("fresh10") if r["misconception"]], ids=lambda r: r["id"])
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(row):
    asserted, denied = entry_for(MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


def test_every_myth_question_has_its_asserted_and_denied_myth():
    check_table_keys("fresh10", MYTH)
    assert len(MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts("fresh10"))
