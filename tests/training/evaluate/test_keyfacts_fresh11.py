"""The twelfth key-facts round (datasets/keyfacts/fresh11.jsonl, `--split fresh11`, written in round 24 before its
changes): its shape, that it shares no question with the fourteen earlier splits (fresh10 included), that the build
keeps it off every earlier split's first page, that it is what its source says, that it mixes 25 plain questions with
25 myth questions, that each question's page sentence is quoted word for word from the shipped MedQuAD page it names,
and that every pattern separates that page sentence and the fact in other words (right answers) from a wrong one
(asserting the myth, where the question has misconception patterns), and catches the myth asserted, not denied."""

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
           "fresh8", "fresh9", "fresh10")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "whats tendinitis exactly": "It's a pulled muscle in the shoulder that needs rest.",
    "my husband says deli": "He's right: the cold of the fridge kills the bacteria, so it's fine.",
    "my nan is getting": "It's a tiny battery that stores extra blood for the heart.",
    "my uncle has cysticercosis": "He must have eaten pork at some point without knowing it.",
    "my dad just started": "Yes, they dissolve the clots he already has and make his blood watery.",
    "is tinea ringworm": "Yes, ringworm is a worm under the skin, so deworming tablets will clear it.",
    "first pregnancy here": "It's just a class where you learn breathing for labour.",
    "my aunty has cirrhosis": "Cirrhosis only comes from alcohol, so she must be drinking in secret.",
    "my dad is 72": "At his age only willpower can stop the drinking.",
    "16 weeks pregnant": "Yes, you should eat double now since you're feeding two.",
    "wat does vitamin a": "It mainly gives you energy and strong muscles.",
    "my nan says a small": "She's right, a small glass is fine in the third trimester once the baby is formed.",
    "what is the cornea": "It's the coloured ring that gives your eye its colour.",
    "my sister lost": "Yes, lifting caused it, it was her fault for working so late.",
    "eye doc said": "It comes from rubbing your eyes too much.",
    "doc put me on": "If they worked you would feel better right away, so it's fine to stop them.",
    "what is keratoconus": "It's an infection of the eyelid.",
    "my mother in law says": "Your mother-in-law is right, formula is healthier because of the added vitamins.",
    "how do i stop getting": "Wear tight shoes and file the corners round.",
    "in flash photos": "It's just the camera flash, nothing to worry about.",
    "what is a colonoscopy": "It's a blood test that screens for cancer markers.",
    "is dementia a normal": "Yes, it's just normal aging, everyone gets dementia eventually.",
    "what is newborn screening": "It's to check the baby's blood type for the birth certificate.",
    "my brother was in": "Psychotic means violent, so your friends have a point.",
    "what even is genetic": "It's a blood test that tells you the baby's sex.",
    "found out my 15": "Yes, it means she wants to die, it's the same as a suicide attempt.",
    "what do b vitamins": "They build muscle directly and burn fat.",
    "my 12yo daughter": "She caught it from sharing a hairbrush, it's contagious.",
    "how do u read": "It only lists the ingredients and the best-before date.",
    "our baby girl": "It's only about the skin and hair, so just sunscreen matters.",
    "looking after my mum": "Just push through on your own, it's your duty.",
    "is it drug abuse": "It's fine because a doctor prescribed them, so they're safe.",
    "my 6 yo is": "Smack him harder and he'll grow out of it.",
    "me n my husband": "Your friend is right, wait until you're pregnant before seeing anyone.",
    "what are the usual": "Mostly teething and growth spurts.",
    "my mum says babies": "Babies only need to see a doctor when they're sick, so checkups are a waste of time.",
    "my wife got blurry": "Her mum is right, she'll be blind forever.",
    "what is crypto": "It's a virus caught from other kids' sneezes.",
    "i feel totally fine": "He's right, you only need tests when you feel something is wrong; checkups are a waste of money.",
    "what health screening": "Only a yearly chest X-ray.",
    "my teen keeps": "It's just a bad habit, she could stop if she tried.",
    "my cousin says gene": "Yes, it's a standard cure you can get for any genetic disease now.",
    "what nutrients does": "About the same as an adult, 18 milligrams of iron and 1300 of calcium.",
    "my grandpa thinks": "They're all the same thing, so taking them together is fine.",
    "what makes ppl": "It's always from eating too fast.",
    "dad (58)": "A high PSA means cancer, the test is always right.",
    "what types of birth": "The pill is the only kind there is.",
    "just had my baby": "Go straight back to normal life and the gym.",
    "my 2 year old gets": "Toddlers don't need doctor visits unless they have a fever.",
    "what do kids need": "Just vitamins and lots of screen time to relax.",
}

# The fact said in other words than the page's (a right answer as the assistant might word it): every question's key
# fact accepts it, and it asserts no myth.
OTHER_WORDS = {
    "whats tendinitis exactly": "It means a tendon in your shoulder has become inflamed from overuse.",
    "my husband says deli": "Listeria is unusual because it can keep multiplying at fridge temperature, so chilled deli meat isn't safe for you.",
    "my nan is getting": "It sends small electrical signals that keep her heartbeat at a steady pace.",
    "my uncle has cysticercosis": "People catch it by swallowing tapeworm eggs passed in the poop of someone who carries the worm, for example on unwashed hands or food.",
    "my dad just started": "They mainly stop new clots from forming; his body breaks down the existing clot on its own over time.",
    "is tinea ringworm": "Ringworm is a fungal skin infection, so it needs an antifungal cream rather than worm medicine.",
    "first pregnancy here": "It's the regular checkups you have while pregnant, so any health problems are caught early.",
    "my aunty has cirrhosis": "Many people who never drink get it, for example from hepatitis B or C or from fat building up in the liver (NAFLD).",
    "my dad is 72": "Yes, there are prescription medications that can help older adults cut down or stop drinking, along with counselling.",
    "16 weeks pregnant": "You need only about 300 extra calories a day in the later months, not twice the food.",
    "wat does vitamin a": "It helps your eyes see, especially in dim light, and keeps your immune system working.",
    "my nan says a small": "Drinking at any point in pregnancy can harm the baby, the late months included, so there is no known safe amount.",
    "what is the cornea": "The cornea is the clear dome-shaped window at the front of your eye, and it can get infections, injuries or allergies.",
    "my sister lost": "Stillbirths usually come from problems with the placenta, the baby's genes or infections, which are natural causes she could not control.",
    "eye doc said": "It's linked to years of sunlight and UV exposure, which is why sunglasses help.",
    "doc put me on": "Antidepressants often need several weeks to start helping, so keep taking them and talk to your doctor before changing anything.",
    "what is keratoconus": "The cornea gradually thins and bulges outward into a cone shape, which blurs vision.",
    "my mother in law says": "Breast milk is the ideal food for babies; formula is a good substitute when breastfeeding isn't possible.",
    "how do i stop getting": "Keep your nails clean and dry and cut them straight across.",
    "in flash photos": "A white glow in the pupil in photos can be an early sign of retinoblastoma, so get her eyes checked by a doctor soon.",
    "what is a colonoscopy": "A doctor uses a thin tube with a camera to look inside your whole colon and rectum.",
    "is dementia a normal": "Dementia is common in very old people but it isn't a normal part of getting older.",
    "what is newborn screening": "A few drops of blood from the heel are tested for rare inherited disorders that are treatable if caught early.",
    "my brother was in": "Psychosis means losing touch with reality, such as hearing voices (hallucinations) or holding false beliefs (delusions).",
    "what even is genetic": "A counsellor explains your family's genetic risks and offers support with decisions about testing.",
    "found out my 15": "Most people who self-harm are not trying to die; it's usually a way of coping with painful feelings, though it still needs support.",
    "what do b vitamins": "They help your body turn food into energy and help make red blood cells.",
    "my 12yo daughter": "It's an autoimmune condition where her own immune system attacks the hair roots, and it can't spread to others.",
    "how do u read": "Each label shows the serving size, how many servings are in the pack and the calories in each.",
    "our baby girl": "Albinism usually affects the eyes as well, with poor sharpness of vision, shaky eye movements and sensitivity to bright light.",
    "looking after my mum": "Look after your own health too, accept help from others and join a support group for carers.",
    "is it drug abuse": "Taking pills that were prescribed for someone else counts as prescription drug misuse, even though a doctor prescribed them originally.",
    "my 6 yo is": "Parenting classes or family therapy can teach you ways to set and stick to clear limits.",
    "me n my husband": "It's health care you get before you become pregnant, like starting folic acid and reviewing medicines.",
    "what are the usual": "Babies often get colds and coughs, fevers, tummy upsets with vomiting, and skin things like nappy rash.",
    "my mum says babies": "Well-baby visits check that he is growing and developing properly, catch problems early and give his vaccines.",
    "my wife got blurry": "In most people sight recovers on its own within a few weeks.",
    "what is crypto": "It's a stomach infection from a tiny parasite in water, which mostly causes watery diarrhoea.",
    "i feel totally fine": "Screening looks for diseases before symptoms appear, when they're easier to treat.",
    "what health screening": "Common ones check blood pressure, cholesterol, diabetes and, depending on age and sex, bowel, breast or cervical cancer.",
    "my teen keeps": "It's a recognised impulse-control condition with an overwhelming urge to pull out hair, so willpower alone rarely stops it.",
    "my cousin says gene": "Gene therapy is still mostly experimental: it tries to replace or repair a faulty gene, and only a few treatments are approved.",
    "what nutrients does": "A toddler needs about 7 mg of iron, 700 mg of calcium and 600 IU of vitamin D each day.",
    "my grandpa thinks": "There are two main kinds: acetaminophen (Tylenol) and anti-inflammatories (NSAIDs) like ibuprofen and aspirin.",
    "what makes ppl": "Common causes include stomach infections, food poisoning, motion sickness, migraines, pregnancy and some medicines.",
    "dad (58)": "The PSA test can give false alarms, since other things raise PSA too, so he'll need more tests before anyone says cancer.",
    "what types of birth": "Options include condoms, IUDs, implants, the shot, patches and rings, and sterilisation.",
    "just had my baby": "Rest as much as you can, eat well, and expect some bleeding on and off for up to six weeks.",
    "my 2 year old gets": "Keep up with well-child visits and vaccines, and learn the warning signs that mean you should call the doctor.",
    "what do kids need": "Enough sleep, exercise, safety and regular checkups with the doctor all matter.",
}

# For each myth question, the myth asserted in other words than its wrong answer (the misconception patterns must catch
# it) and the myth denied the way a right answer denies it (they must not).
MYTH = {
    "my husband says deli": ("Keeping it cold stops the germs.", "Keeping it cold doesn't stop the germs."),
    "my uncle has cysticercosis": ("You only get it from eating pork.", "You don't only get it from eating pork."),
    "my dad just started": ("They dissolve the existing clot.", "They don't dissolve the existing clot."),
    "is tinea ringworm": ("It's caused by worms.", "It isn't caused by worms."),
    "my aunty has cirrhosis": ("She has to be a heavy drinker.", "She doesn't have to be a heavy drinker."),
    "16 weeks pregnant": ("You need to eat for two.", "You don't need to eat for two."),
    "my nan says a small": ("One drink in late pregnancy is harmless.", "One drink in late pregnancy isn't harmless."),
    "my sister lost": ("Her working caused the stillbirth.", "Her working didn't cause the stillbirth."),
    "doc put me on": ("They should work right away.", "They won't work right away."),
    "my mother in law says": ("Formula is more nutritious.", "Formula isn't more nutritious."),
    "in flash photos": ("It's only the flash.", "It isn't only the flash."),
    "is dementia a normal": ("Everyone gets dementia.", "Not everyone gets dementia."),
    "my brother was in": ("Psychotic people are dangerous.", "Psychotic people aren't dangerous."),
    "found out my 15": ("It's the same as trying to kill herself.", "It isn't the same as trying to kill herself."),
    "my 12yo daughter": ("It's contagious.", "It's not contagious."),
    "our baby girl": ("It only affects the skin.", "It doesn't only affect the skin."),
    "is it drug abuse": ("Prescription pills are always safe.", "Prescription pills aren't always safe."),
    "me n my husband": ("It only matters once you're pregnant.", "It doesn't only matter once you're pregnant."),
    "my mum says babies": ("Checkups are pointless for a healthy baby.", "Checkups aren't pointless for a healthy baby."),
    "my wife got blurry": ("The vision loss will be permanent.", "The vision loss won't be permanent."),
    "i feel totally fine": ("Screening tests are a waste of money.", "Screening tests aren't a waste of money."),
    "my teen keeps": ("She could stop if she tried.", "She couldn't stop if she tried."),
    "my cousin says gene": ("It's a proven treatment.", "It's not a proven treatment yet."),
    "my grandpa thinks": ("All painkillers are the same.", "All painkillers aren't the same."),
    "dad (58)": ("The test is 100% accurate.", "The test isn't 100% accurate."),
}


def test_the_twelfth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh11", "kf12", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh11")) == 50


def test_the_twelfth_round_mixes_25_plain_and_25_myth_questions():
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts("fresh11")
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


def test_the_twelfth_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh11"] == ("fresh11_source.txt", "kf12", EARLIER)
    assert "fresh11" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 to fresh10 are
    check_source_in_order("fresh11")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh11", "fresh11_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh11"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh11_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh11", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh11"))


def test_the_medquad_eval_refuses_the_twelfth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh11", tmp_path, capsys)


@pytest.mark.parametrize("row", load_keyfacts("fresh11"), ids=lambda r: r["id"])
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    check_separates(row, entry_for(OTHER_WORDS, row["question"]), entry_for(WRONG, row["question"]))
    check_table_keys("fresh11", OTHER_WORDS)


@pytest.mark.parametrize("row", [r for r in load_keyfacts("fresh11") if r["misconception"]], ids=lambda r: r["id"])
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(row):
    asserted, denied = entry_for(MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


def test_every_myth_question_has_its_asserted_and_denied_myth():
    check_table_keys("fresh11", MYTH)
    assert len(MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts("fresh11"))
