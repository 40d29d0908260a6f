"""The tenth key-facts round (datasets/keyfacts/fresh9.jsonl, `--split fresh9`, written in round 22 before its
changes): its shape, that it shares no question with the twelve earlier splits (fresh8 and dev22 included), that the
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

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7", "dev22",
           "fresh8")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "every time the plane": "That's wax moving around in your ear canal as you sit still for so long.",
    "white spots on my": "Yes, white spots mean you are low on calcium, drink more milk.",
    "wat is panic disorder": "It means you get a bit stressed before exams or big events, like everyone does.",
    "my uncle has something": "Yes, it's a brain cancer that spreads.",
    "what does vitamin c": "It keeps your blood sugar steady and gives you energy.",
    "my cousin is getting": "Yes, it can always be reversed whenever she likes.",
    "my doctor found h": "It's harmless gut flora that everyone carries and it never causes problems.",
    "do ppl with personality": "Yes, they decide to act that way.",
    "why would somebody just": "Only smoking causes it, nothing else.",
    "my dad says phobias": "He's right, you just need to toughen up.",
    "what is hypersomnia? my": "It's when you can't fall asleep at night and lie awake for hours.",
    "doctor said i have premature": "Yes, getting pregnant is impossible now.",
    "got rear ended last": "Whiplash is a broken bone in the top of the spine.",
    "my uncle has a": "Yes, all kidney stones need an operation.",
    "eye doctor said i": "It means your eye has an infection that needs drops.",
    "our daughter was born": "Yes, sadly, people with one kidney usually have a short, sickly life.",
    "how fast does hair": "Hair grows about 5 inches a month if you eat well.",
    "is it true that": "Yes, it always passes on its own, nothing to worry about.",
    "why do i get": "Gas is a sign your stomach is making too much acid.",
    "my cousin (16) has": "Yes, he's just a lazy teenager.",
    "whats osteonecrosis? my mom": "It is a thinning of the bones from low calcium.",
    "my mum takes iron": "She's right, extra iron is always harmless.",
    "wats a pinched nerve": "A pinched nerve is when the nerve gets infected by a virus.",
    "grandad puts salt on": "He's right, the body needs loads of salt.",
    "random q but what": "Tears have no real job, they're just a leftover from evolution.",
    "doctor said i have pseudotumor": "Yes, it's a brain tumour.",
    "what is prosopagnosia? saw": "It's a fear of crowded places.",
    "my grandad is diabetic": "Yes, gangrene only happens in war.",
    "my aunt keeps blinking": "It's dry eye from looking at screens too much.",
    "my boss says typing": "He's right, only heavy lifting strains your arms.",
    "doc mentioned wernicke korsakoff": "It's liver failure from the alcohol itself.",
    "my grandpa says if": "He's right, if he can pee a little his bladder is fine.",
    "what is piriformis syndrome?": "It's arthritis in the hip joint.",
    "what does antibiotic resistance": "Yes, your body gets used to antibiotics so they stop working on you.",
    "my dad has a": "It's bad circulation in the leg.",
    "nan says u cant": "She's right, only skinny people get malnourished.",
    "what is occipital neuralgia?": "It's a migraine caused by bright lights.",
    "my teen says calcium": "She's right, calcium only matters for little kids and old people.",
    "what causes tardive dyskinesia?": "It's an inherited condition that runs in families.",
    "my aunty says supplements": "She's right, supplements are natural so they are totally safe.",
    "can bones actually get": "Germs can only infect the outside of bones if you break them open.",
    "my dad thinks anything": "He's right, non-prescription medicines are always safe.",
    "what does nystagmus mean?": "It's a lazy eye that turns inward.",
    "my ex says our": "Yes, he's just clumsy and slow.",
    "what is foot drop?": "It's when the arch of the foot collapses, flat feet.",
    "my sons teacher says": "The teacher's right, he's lazy.",
    "what actually counts as": "It means a child has a low IQ.",
    "my gran says when": "She's right, the blood has stopped and you could lose the leg.",
    "whats hemifacial spasm? my": "It's a nervous habit from stress.",
    "my mri report says": "Yes, part of your brain is missing.",
}

# The fact said in other words than the page's (a right answer as the assistant might word it): every question's key
# fact accepts it, and it asserts no myth.
OTHER_WORDS = {
    "every time the plane": "As the plane descends the air pressure outside changes faster than the pressure behind your eardrum can even out.",
    "white spots on my": "Those white spots are harmless, usually from small knocks to the nail as it grows.",
    "wat is panic disorder": "It's a type of anxiety condition where you keep having attacks of intense fear that come on suddenly, even though nothing dangerous is happening.",
    "my uncle has something": "It's a benign growth, meaning non-cancerous, on the nerve that runs from the ear to the brain.",
    "what does vitamin c": "Your body uses it to keep your skin, bones and gums healthy, to mend wounds and to take up iron from food.",
    "my cousin is getting": "It's meant as a permanent form of birth control; reversal is possible for some women but it often doesn't work.",
    "my doctor found h": "It's a bacterium that can give you sores in the lining of your stomach and raises the chance of cancer there.",
    "do ppl with personality": "The cause isn't known, but genes and things that happened in childhood are thought to play a part.",
    "why would somebody just": "It often follows a sinus infection or a bad cold, a head injury, some medicines, and it also becomes more common as people get older.",
    "my dad says phobias": "A phobia is a real anxiety condition, an extreme fear out of proportion to the danger, and it can be treated.",
    "what is hypersomnia? my": "It is a disorder where a person is overly sleepy during the day again and again, or sleeps for far too long at night.",
    "doctor said i have premature": "Some women with it still ovulate now and then and a few do get pregnant naturally.",
    "got rear ended last": "It is an injury to the muscles and ligaments of the neck from it being jerked back and forth, a kind of neck sprain.",
    "my uncle has a": "Most stones come out in the urine by themselves; only a stone that stays stuck needs treatment.",
    "eye doctor said i": "It means the eyeball or cornea isn't quite the right shape, so light isn't bent onto the right spot and things look blurry.",
    "our daughter was born": "Most people with one kidney live long, normal, healthy lives, with regular check-ups of blood pressure and urine.",
    "how fast does hair": "Healthy hair grows about 1.25 cm each month, roughly six inches a year.",
    "is it true that": "Many small objects pass, but some can cause choking or block the bowel, so a doctor should check.",
    "why do i get": "Mostly from air you gulp down while eating and drinking, plus germs in the large bowel fermenting some foods.",
    "my cousin (16) has": "Repeated spells of sleeping up to 20 hours a day, with normal time in between, can be Kleine-Levin syndrome, a rare disorder mostly of teenage boys.",
    "whats osteonecrosis? my mom": "The bone in a joint loses its blood supply, so parts of the bone die and can collapse.",
    "my mum takes iron": "Iron is only helpful if she needs it; taking too much can harm the body, so she should check with her doctor.",
    "wats a pinched nerve": "It happens when something like a bone or disc squeezes the nerve, or the nerve is pulled too far, and it gets damaged.",
    "grandad puts salt on": "The body needs only a little; most people already eat far more salt than they need, which raises blood pressure.",
    "random q but what": "Every blink spreads tears over the eye, which washes away dust and keeps the surface from drying out.",
    "doctor said i have pseudotumor": "The name means 'false brain tumour': it's raised fluid pressure inside the skull that mimics one.",
    "what is prosopagnosia? saw": "It's a brain condition where people can't tell who someone is from their face, even someone they know well.",
    "my grandad is diabetic": "Tissue dies when it loses its blood supply, and people with diabetes or poor circulation are at risk.",
    "my aunt keeps blinking": "It's a movement problem where the muscles of the eyelids tighten on their own, making her blink a lot or squeeze her eyes shut.",
    "my boss says typing": "Doing the same motion over and over, like typing, and bad posture can injure muscles and tendons.",
    "doc mentioned wernicke korsakoff": "It is brain damage from running short of vitamin B1, which heavy drinkers often do.",
    "my grandpa says if": "Being able to pass some urine doesn't rule it out; urinary retention means the bladder can't be emptied completely.",
    "what is piriformis syndrome?": "A muscle deep in the buttock squeezes the big nerve that runs down the leg, which makes the buttock and leg ache or tingle.",
    "what does antibiotic resistance": "It's the germs that change: bacteria adapt so that the drug can no longer kill them.",
    "my dad has a": "A nerve that supplies feeling to the skin of the thigh gets squeezed where it leaves the pelvis.",
    "nan says u cant": "Malnutrition can happen at any weight; an unbalanced diet missing just one vitamin or mineral can cause it.",
    "what is occipital neuralgia?": "It's a type of headache with sharp, shooting or throbbing pain at the back of the head and top of the neck, coming from the nerves there.",
    "my teen says calcium": "Everyone needs calcium, teens too, to build and keep strong bones and teeth and for muscles and nerves to work.",
    "what causes tardive dyskinesia?": "It's a side effect of taking certain psychiatric medicines, antipsychotics, for a long time.",
    "my aunty says supplements": "Supplements don't get the testing medicines get, can interact with drugs and have side effects, so tell your doctor.",
    "can bones actually get": "Yes, germs can reach a bone from an infection in the skin or muscle next to it, or be carried there in the blood.",
    "my dad thinks anything": "Medicines sold without a prescription can still cause harm: they can interact with other medicines and have side effects.",
    "what does nystagmus mean?": "It means his eyes make quick movements on their own that he can't control, like they are darting back and forth.",
    "my ex says our": "Dyspraxia affects planning and coordinating movements; many children with it are as bright as anyone, or brighter.",
    "what is foot drop?": "It means he can't pick up the front of his foot properly because the muscles that lift it are weak, so his toes drag.",
    "my sons teacher says": "It may be dysgraphia, a brain-based learning difference that makes writing hard.",
    "what actually counts as": "It's a condition that makes certain skills hard, such as reading, writing, spelling, maths or paying attention.",
    "my gran says when": "Pins and needles comes from pressure on a nerve, and it goes away once you move and the pressure is off.",
    "whats hemifacial spasm? my": "It's a nerve and muscle problem where the muscles on one side of the face keep twitching or tightening without her meaning to.",
    "my mri report says": "It's about a small bony pocket at the base of the skull that holds the pituitary gland, which looks flattened on the scan.",
}

# For each myth question, the myth asserted in other words than its wrong answer (the misconception patterns must catch
# it) and the myth denied the way a right answer denies it (they must not).
MYTH = {
    "white spots on my": ("The spots show a lack of calcium in your diet.", "The spots don't mean you're short of calcium."),
    "my uncle has something": ("It is a type of brain cancer.", "It's a tumour but it is not cancer."),
    "my cousin is getting": ("She can easily reverse it later.", "It can't always be reversed."),
    "do ppl with personality": ("They choose to be like that.", "It isn't something they choose."),
    "my dad says phobias": ("People with phobias are just being dramatic.", "Having a phobia doesn't mean you're weak."),
    "doctor said i have premature": ("It's impossible for you to get pregnant now.", "It doesn't mean pregnancy is impossible."),
    "my uncle has a": ("Every stone must be removed in an operation.", "Not every stone needs surgery."),
    "our daughter was born": ("She'll have a short, sickly life.", "Her life won't be short or sickly."),
    "is it true that": ("It always comes out the other end.", "It doesn't always pass on its own."),
    "my cousin (16) has": ("He is just being lazy.", "It's not laziness."),
    "my mum takes iron": ("Extra iron is always safe.", "Extra iron isn't always safe."),
    "grandad puts salt on": ("Your body needs loads of salt.", "The body doesn't need lots of salt."),
    "doctor said i have pseudotumor": ("You have a brain tumour.", "It isn't a real brain tumour."),
    "my grandad is diabetic": ("Gangrene only happens to soldiers.", "It's not only soldiers who get gangrene."),
    "my boss says typing": ("Typing is harmless for your arms.", "Typing isn't harmless."),
    "my grandpa says if": ("If he pees a little his bladder is fine.", "Peeing a little doesn't mean his bladder is fine."),
    "what does antibiotic resistance": ("Your body becomes immune to the antibiotics.", "It isn't your body getting used to them."),
    "nan says u cant": ("If you eat plenty you're fine.", "Eating plenty doesn't guarantee you're well nourished."),
    "my teen says calcium": ("Calcium is only for kids and old people.", "Calcium isn't only for kids."),
    "my aunty says supplements": ("Supplements are completely safe.", "Supplements aren't always safe."),
    "my dad thinks anything": ("Those medicines are always safe.", "They aren't always safe."),
    "my ex says our": ("He's simply slow.", "It doesn't mean he's slow."),
    "my sons teacher says": ("He's being lazy.", "It's not laziness."),
    "my gran says when": ("Your blood has stopped flowing.", "The blood hasn't stopped."),
    "my mri report says": ("Part of your brain is missing.", "Your brain isn't missing anything."),
}


def test_the_tenth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh9", "kf10", EARLIER, myth_required=False)
    assert len(load_keyfacts("fresh9")) == 50


def test_the_tenth_round_mixes_25_plain_and_25_myth_questions():
    """The plain questions have no misconception pattern; the myth ones have at least one."""
    rows = load_keyfacts("fresh9")
    plain = [r["id"] for r in rows if not r["misconception"]]
    assert len(plain) == 25 and len(rows) - len(plain) == 25


def test_the_tenth_round_is_its_source_in_order_and_builds_after_all_earlier_splits():
    assert builder().ROUNDS["fresh9"] == ("fresh9_source.txt", "kf10", EARLIER)
    assert "fresh9" in builder().DISJOINT_PAGES  # refused on an earlier split's first page, as dev4 to fresh8 are
    check_source_in_order("fresh9")


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    check_quotes_from_pages("fresh9", "fresh9_source.txt")


@pytest.mark.parametrize("row", load_keyfacts("fresh9"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_a_wrong_answer(row):
    _, right = quoted_pages("fresh9_source.txt")[row["question"]]
    check_separates(row, right, entry_for(WRONG, row["question"]))


def test_every_wrong_answer_belongs_to_one_question():
    check_table_keys("fresh9", WRONG)
    assert len(WRONG) == len(load_keyfacts("fresh9"))


def test_the_medquad_eval_refuses_the_tenth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh9", tmp_path, capsys)


@pytest.mark.parametrize("row", load_keyfacts("fresh9"), ids=lambda r: r["id"])
def test_each_key_fact_accepts_the_fact_in_other_words_without_a_myth(row):
    """Not only the page's own wording: the fact as another right answer would say it."""
    check_separates(row, entry_for(OTHER_WORDS, row["question"]), entry_for(WRONG, row["question"]))
    check_table_keys("fresh9", OTHER_WORDS)


@pytest.mark.parametrize("row", [r for r in load_keyfacts("fresh9") if r["misconception"]], ids=lambda r: r["id"])
def test_each_myth_pattern_catches_the_myth_asserted_not_the_myth_denied(row):
    asserted, denied = entry_for(MYTH, row["question"])
    assert asserts_misconception(asserted, row["misconception"])
    assert not asserts_misconception(denied, row["misconception"])


def test_every_myth_question_has_its_asserted_and_denied_myth():
    check_table_keys("fresh9", MYTH)
    assert len(MYTH) == sum(bool(r["misconception"]) for r in load_keyfacts("fresh9"))
