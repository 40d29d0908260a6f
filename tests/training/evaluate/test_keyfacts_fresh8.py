"""The ninth key-facts round (datasets/keyfacts/fresh8.jsonl, `--split fresh8`, written in round 21 before its
changes): its shape, that it shares no question with the eleven earlier splits (fresh7 and dev22 included), that the
build keeps it off every earlier split's first page, that it is what its source says, that it mixes 25 plain questions
with 25 myth questions, that each question's page sentence is quoted word for word from the shipped MedQuAD page it
names, and that every pattern separates that page sentence and the fact in other words (right answers) from a wrong
one (asserting the myth, where the question has misconception patterns), and catches the myth asserted, not denied."""

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

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7", "dev22")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "kids at school think": "Yes, it's catching, so keep him away from the other children.",
    "my grandad thinks pagets": "He's right, it is just osteoporosis under another name.",
    "my nan has lymphedema": "It is a skin infection from the stitches.",
    "my nan says brittle bone": "Your nan is right, it comes from too little calcium as a child.",
    "what are the main symptoms of sjogrens": "The main symptom is hair loss.",
    "my sister says dwarfism": "Yes, it only happens when both parents are little people.",
    "wat is marfan": "It is a kind of bone cancer that makes you tall.",
    "my abuela says": "Yes, looking at an eclipse gives the baby a cleft lip.",
    "what causes hus": "It's caused by a vitamin deficiency.",
    "my bfs dad reckons": "Yes, a quick shake is harmless and can settle them.",
    "what is polycythemia": "It's a shortage of white blood cells.",
    "my sister in law says": "She's right, he's just greedy and needs more discipline.",
    "whats a pulmonary embolism": "The clot forms in the lungs from breathing dust.",
    "my mum found out she has a pituitary": "Your brother is right, it means brain cancer.",
    "what is long qt": "It's a long-lasting cough.",
    "my grandad says a lung": "He's right, lungs only collapse after a stab wound or a crash.",
    "what does vasculitis": "It's a kind of varicose vein from standing too long.",
    "my mate says u only get": "Yes, you only get it by drinking the water, so swimming is fine.",
    "my dad got told he has nephrotic": "It's a kidney stone blocking the flow of urine.",
    "my cousin says chagas": "Yes, you catch it from kissing someone who has it.",
    "what is achalasia": "It's a skin rash on the hands.",
    "grandmas doctor said lewy": "Your uncle is right, it's just Alzheimer's by another name.",
    "my mum had stomach surgery": "It's when the stomach stops moving food at all.",
    "my nephew has fragile x": "Yes, it makes his bones fragile so they break easily.",
    "my nan says acromegaly": "Your nan is right, it comes from eating too much as a child.",
    "what is neurofibromatosis": "It's an allergy of the nerves to cold weather.",
    "my grandpas got pemphigus": "Your aunt is right, the blisters are contagious.",
    "what is charcot marie tooth": "Yes, it's a gum disease that makes your teeth fall out.",
    "can u catch tularemia": "He's right, skinning rabbits with bare hands is totally safe.",
    "what is spinal muscular": "It's a spine injury from a difficult birth.",
    "my sister has hashimotos": "Yes, eating too much junk food gave her Hashimoto's.",
    "what is a chiari": "It's a malformed kneecap.",
    "my husbands mum thinks his klinefelter": "Yes, smoking in pregnancy caused his Klinefelter syndrome.",
    "what is tuberous sclerosis": "It's tuberculosis of the skin.",
    "my grandma thinks tay sachs": "Yes, babies catch it from germs in the hospital.",
    "my sisters girl has turner": "Yes, it means she's got boy chromosomes.",
    "what is proctitis": "It's an infection of the prostate.",
    "my neighbour says rett": "Yes, it mostly affects boys.",
    "what is a brain aneurysm": "It's a small tumour in the brain.",
    "my uncle back home": "Your uncle is right, it's a curse from a witch.",
    "what are the signs of ehlers": "The main sign is a high fever and a rash.",
    "my aunt has addisons": "Your mum is right, it's just stress and a holiday will fix it.",
    "what is short bowel": "It's when the bowel is born too long and twists.",
    "my friend has behcets": "Yes, it's an STD she caught through sex.",
    "what is iga nephropathy": "It's an allergy to milk.",
    "my baby has phenylketonuria": "Yes, just keep him off sugar, like with diabetes.",
    "what is an avm": "It's a migraine that comes with flashing lights.",
    "is mitral valve prolapse": "Yes, it is very dangerous and needs urgent surgery.",
    "what is amyloidosis": "It's an infection of the tonsils.",
    "what is gaucher": "It's a bacterial infection caught from cattle.",
}

# The fact said in other words than the page's (a right answer as the assistant might word it): every question's key
# fact accepts it, and it asserts no myth.
OTHER_WORDS = {
    "kids at school think": "No one can catch it: EB is a genetic skin condition he was born with.",
    "my grandad thinks pagets": "It's a different disease: the bones grow bigger and misshapen as they rebuild.",
    "my nan has lymphedema": "Lymph fluid collects in the arm after lymph nodes are removed, so it swells.",
    "my nan says brittle bone": "It's a genetic condition, usually a change in a collagen gene; she was born with it.",
    "what are the main symptoms of sjogrens": "Mainly a very dry mouth and eyes that feel gritty and dry.",
    "my sister says dwarfism": "Most children with dwarfism are born to average-sized parents, from a new gene change.",
    "wat is marfan": "An inherited condition of the connective tissue that holds the body together.",
    "my abuela says": "Clefts form in the first weeks of pregnancy when the two sides of the lip fail to join.",
    "what causes hus": "Usually an E. coli infection of the gut, often from undercooked meat.",
    "my bfs dad reckons": "Shaking can cause bleeding in the brain and lasting brain damage, even death.",
    "what is polycythemia": "The bone marrow makes too many red blood cells, so the blood gets thicker.",
    "my sister in law says": "It's part of the condition: children with it feel constantly hungry and never feel full.",
    "whats a pulmonary embolism": "A clot that usually starts in a deep vein in the legs (a DVT) travels to the lungs.",
    "my mum found out she has a pituitary": "Most pituitary tumours are benign adenomas, non-cancerous growths.",
    "what is long qt": "A problem with the heart's electrical system that can cause dangerous heart rhythms.",
    "my grandad says a lung": "Lung disease like pneumonia, surgery, or sometimes no obvious reason can cause it.",
    "what does vasculitis": "It means the blood vessels are inflamed.",
    "my mate says u only get": "The parasites get in through your skin when you swim or wade in infested fresh water.",
    "my dad got told he has nephrotic": "The kidneys' filters leak protein into the urine, causing swelling.",
    "my cousin says chagas": "It's spread by triatomine insects, whose droppings get into the bite.",
    "what is achalasia": "The muscle at the bottom of the food pipe doesn't relax, so swallowing is hard.",
    "grandmas doctor said lewy": "It's a distinct dementia caused by protein deposits; hallucinations and stiffness are common.",
    "my mum had stomach surgery": "Food empties from the stomach into the small intestine too quickly after eating.",
    "my nephew has fragile x": "It's a genetic condition that causes learning disabilities and speech delay.",
    "my nan says acromegaly": "A pituitary tumour makes too much growth hormone.",
    "what is neurofibromatosis": "A genetic condition in which non-cancerous growths form on nerves.",
    "my grandpas got pemphigus": "It's an autoimmune disease: her immune system attacks the skin.",
    "what is charcot marie tooth": "An inherited disease of the nerves in the arms and legs (a neuropathy).",
    "can u catch tularemia": "Yes, handling infected rabbits or hares can spread it, so wear gloves.",
    "what is spinal muscular": "A genetic disease in which the motor neurons in the spinal cord are lost.",
    "my sister has hashimotos": "It's an autoimmune disease in which her immune system attacks the thyroid.",
    "what is a chiari": "Part of the brain at the back of the skull is pushed down into the spinal canal.",
    "my husbands mum thinks his klinefelter": "It's a random event when the egg or sperm forms, nobody's fault.",
    "what is tuberous sclerosis": "A genetic disease in which non-cancerous growths form in the brain, kidneys and skin.",
    "my grandma thinks tay sachs": "It's inherited: both parents are carriers who pass on the faulty gene.",
    "my sisters girl has turner": "She has only one X chromosome instead of two; she is a girl.",
    "what is proctitis": "The lining of the rectum becomes inflamed.",
    "my neighbour says rett": "It happens almost only in girls.",
    "what is a brain aneurysm": "A weak spot in a brain artery balloons out.",
    "my uncle back home": "Mosquitoes pass tiny worms from one person to another when they bite.",
    "what are the signs of ehlers": "Very bendy joints and stretchy skin that bruises easily.",
    "my aunt has addisons": "Her adrenal glands can't make enough cortisol, so she needs tablets to replace it.",
    "what is short bowel": "After much of the small intestine is removed, the body can't absorb enough food.",
    "my friend has behcets": "Behcet's is inflammation of blood vessels, and the ulcers come from that.",
    "what is iga nephropathy": "An antibody builds up in the kidneys and damages their filters.",
    "my baby has phenylketonuria": "His diet must limit phenylalanine, which is found in protein foods.",
    "what is an avm": "A tangle of blood vessels where arteries connect straight to veins.",
    "is mitral valve prolapse": "Usually not: most people with it never have symptoms or problems.",
    "what is amyloidosis": "Abnormal amyloid proteins build up in organs.",
    "what is gaucher": "An inherited condition in which a missing enzyme lets fatty substances build up.",
}

# For each myth question, the myth asserted in other words than its wrong answer (the misconception patterns must catch
# it) and the myth denied the way a right answer denies it (they must not).
MYTH = {
    "kids at school think": ("Other kids can catch it from him.", "It isn't catching."),
    "my grandad thinks pagets": ("It's the same disease as osteoporosis.", "It isn't just osteoporosis."),
    "my nan says brittle bone": ("It's caused by a lack of calcium in childhood.",
                                 "It isn't caused by a lack of milk."),
    "my sister says dwarfism": ("It only happens when the parents are short too.",
                                "It doesn't only happen to children of little people."),
    "my abuela says": ("The eclipse causes the lip to split.", "An eclipse can't cause a cleft lip."),
    "my bfs dad reckons": ("Shaking a crying baby is fine.", "Shaking a baby is never harmless."),
    "my sister in law says": ("He is simply greedy.", "He isn't just greedy."),
    "my mum found out she has a pituitary": ("That means she has cancer.", "It doesn't mean cancer."),
    "my grandad says a lung": ("It only happens after an injury to the chest.",
                               "It doesn't only happen after injuries."),
    "my mate says u only get": ("It's safe to swim there.", "Swimming isn't safe; it gets in through the skin."),
    "my cousin says chagas": ("Kissing someone who has it can pass it on.", "You don't get it from kissing people."),
    "grandmas doctor said lewy": ("It's really Alzheimer's disease.", "It isn't just Alzheimer's."),
    "my nephew has fragile x": ("His bones will snap easily.", "It doesn't make bones break."),
    "my nan says acromegaly": ("Overeating in childhood causes it.", "Eating too much doesn't cause it."),
    "my grandpas got pemphigus": ("She could catch it from him.", "You can't catch pemphigus."),
    "can u catch tularemia": ("Handling rabbits bare-handed is fine.", "Skinning them bare-handed isn't safe."),
    "my sister has hashimotos": ("Junk food caused her thyroid disease.", "Junk food didn't cause it."),
    "my husbands mum thinks his klinefelter": ("It was caused by her smoking.", "Smoking didn't cause it."),
    "my grandma thinks tay sachs": ("It's an infection babies pick up in hospital.", "It's not an infection."),
    "my sisters girl has turner": ("She has boy chromosomes.", "She doesn't have boy chromosomes."),
    "my neighbour says rett": ("It's a boys' condition.", "It isn't a boys' condition."),
    "my uncle back home": ("Na curse from witch.", "It is not a curse."),
    "my aunt has addisons": ("It's all stress.", "It isn't just stress."),
    "my friend has behcets": ("She caught it from sex.", "It's not an STD."),
    "my baby has phenylketonuria": ("He needs to avoid sugar.", "Sugar isn't the problem."),
}


def test_the_ninth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh8", "kf9", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh8")) == 50


def test_the_ninth_round_mixes_25_plain_and_25_myth_questions():
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts("fresh8")
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


def test_the_ninth_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh8"] == ("fresh8_source.txt", "kf9", EARLIER)
    assert "fresh8" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 to fresh7 are
    check_source_in_order("fresh8")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh8", "fresh8_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh8"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh8_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh8", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh8"))


def test_the_medquad_eval_refuses_the_ninth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh8", tmp_path, capsys)


@pytest.mark.parametrize("row", load_keyfacts("fresh8"), ids=lambda r: r["id"])
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    check_separates(row, entry_for(OTHER_WORDS, row["question"]), entry_for(WRONG, row["question"]))
    check_table_keys("fresh8", OTHER_WORDS)


@pytest.mark.parametrize("row", [r for r in load_keyfacts("fresh8") if r["misconception"]], ids=lambda r: r["id"])
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(row):
    asserted, denied = entry_for(MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


def test_every_myth_question_has_its_asserted_and_denied_myth():
    check_table_keys("fresh8", MYTH)
    assert len(MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts("fresh8"))
