"""The third key-facts round (datasets/keyfacts/fresh2.jsonl, `--split fresh2`): its shape, that it
shares no question with the earlier splits, that it is what its source says, and that every pattern
separates a hand-written right answer from a wrong one."""

from __future__ import annotations

import pytest
from keyfacts_round_checks import (
    check_medquad_eval_refuses,
    check_separates,
    check_shape,
    check_source_in_order,
    check_table_keys,
    entry_for,
)

from medassist.training.evaluate.keyfacts import load_keyfacts

# Opening words of each question -> (a right answer, a wrong one asserting the myth or missing the fact).
ANSWERS = {
    "im pregnant n my bf": ("No. You can get toxoplasmosis from cat litter and from raw or undercooked meat; have someone else change the litter box.",
                            "Yes, you must get rid of your cat while you are pregnant."),
    "can my kids get pinworms": ("No. Humans are the only species that can pass pinworm on; dogs and cats cannot become infected.",
                                 "Yes, children can get pinworms from the dog."),
    "do u really get hookworm": ("Yes, hookworm larvae in soil can go through the skin of bare feet.",
                                 "Hookworm is a myth."),
    "my neighbour is having leprosy": ("Hansen's disease is a rare bacterial infection, and it is easily treated with antibiotics.",
                                       "Yes, you can catch leprosy just by touching him. Leprosy is highly contagious."),
    "can u catch west nile": ("No. Infected mosquitoes spread West Nile virus.",
                              "Yes, West Nile virus is spread from person to person."),
    "is ebola airborne": ("No. Ebola spreads through direct contact with a sick person's blood or body fluids.",
                          "Yes, Ebola is airborne, so it spreads like a cold."),
    "my gran says mumps": ("Adults can get mumps too; the MMR vaccine prevents it.",
                           "Mumps only affects children."),
    "does schizophrenia mean": ("No. It is a brain illness: people may hear voices or have delusions.",
                                "Schizophrenia means having a split personality."),
    "isnt bipolar just": ("No. Bipolar disorder is a serious mental illness with periods of mania and depression.",
                          "Bipolar is just mood swings."),
    "can u catch a cold from": ("Colds come from germs: you catch them by touching your eyes or nose after touching a surface with cold germs.",
                                "Yes, wet hair gives you a cold."),
    "cat scratch fever": ("It is real: cat scratch disease is caused by the bacterium Bartonella henselae.",
                          "Cat scratch fever is just a song."),
    "can u only get norovirus": ("No. Norovirus spreads from person to person and through contaminated food or water.",
                                 "You can only get norovirus on a cruise."),
    "is mrsa only something": ("No. Community-associated MRSA spreads through skin-to-skin contact, for example among athletes.",
                               "MRSA only happens in hospitals."),
    "our dog has parvo": ("No. Fifth disease is caused by parvovirus B19, which only infects humans; it is not the same parvovirus dogs get.",
                          "Yes, your son can catch parvo from your dog."),
    "strep throat is just": ("No, strep throat is caused by bacteria and is treated with antibiotics.",
                             "Yes, strep throat is caused by a virus."),
    "my neighbour got dengue": ("Dengue does not spread from person to person; you get it from the bite of an infected mosquito.",
                                "Yes, dengue is spread from person to person."),
    "zika only spread": ("No. Zika also spreads from a pregnant mother to her baby and through sex.",
                         "Yes, Zika is only spread by mosquitoes."),
    "is lead only dangerous": ("No. Lead in dust, soil, water from old pipes or food can harm you too.",
                               "Lead is only dangerous if kids eat paint chips."),
    "is the plague still around": ("Plague is still around but uncommon; rats and their fleas carry it, and antibiotics treat it.",
                                   "The plague has died out."),
    "anthrax can spread": ("People get anthrax from infected animals, wool, hides or meat, or by breathing in spores.",
                           "Anthrax is highly contagious."),
    "abeg can cholera": ("Cholera comes from water or food contaminated by feces.",
                         "Yes, you can catch cholera by shaking hands."),
    "is restless legs just": ("It is real: restless legs syndrome is a neurological disorder with an urge to move the legs.",
                              "Restless legs is all in your head."),
    "do all people with tourettes": ("No. Swearing tics are rare; common tics are throat-clearing and blinking.",
                                     "Yes, all people with Tourette syndrome swear."),
    "is bells palsy": ("No. Bell's palsy comes from swelling of the facial nerve, probably after a viral infection.",
                       "Yes, Bell's palsy is a type of stroke."),
    "does cerebral palsy get worse": ("Usually it does not get worse over time.",
                                      "Cerebral palsy gets worse as you age."),
    "can u catch guillain barre": ("No. The immune system attacks the nerves, often after an infection.",
                                   "Yes, Guillain-Barre syndrome is contagious."),
    "does dyslexia mean": ("No. People with dyslexia have normal intelligence; it is a learning disability that affects reading.",
                           "Dyslexia means low intelligence."),
    "is narcolepsy just": ("No. Narcolepsy is a chronic brain disorder of the sleep-wake cycle.",
                           "Narcolepsy is just laziness."),
    "is botulism only from dented": ("No. Foodborne botulism often comes from home-canned foods, and wounds can be infected too.",
                                     "Botulism only comes from dented cans."),
    "doc heard a murmur": ("Not necessarily. Innocent (harmless) heart murmurs are common in healthy children.",
                           "A heart murmur means heart disease."),
    "is haemochromatosis from": ("No. It is usually inherited: faulty HFE genes make the body absorb too much iron.",
                                 "Yes, hemochromatosis is caused by eating too much red meat."),
    "is sarcoidosis contagious": ("No. Its cause isn't known; it may be the immune system reacting to a trigger.",
                                  "Yes, sarcoidosis is contagious."),
    "my cousin is having thalassaemia": ("No. Thalassemia is inherited: it is passed from parents to children through genes.",
                                         "Yes, thalassemia is contagious."),
    "is leakin a bit of pee": ("It is common, but it can be treated: pelvic floor muscle exercises help.",
                               "Leaking urine is normal ageing."),
    "did i get crohns": ("No. The cause is unknown; an autoimmune reaction and genes may play a role.",
                         "Yes, Crohn's disease is caused by stress."),
    "falling over is just part": ("No. Aging alone doesn't make people fall; exercise, eye exams and removing tripping hazards help.",
                                  "Falling is just part of getting old."),
    "im 68 is there any point": ("Yes. Soon after you quit your circulation improves and your blood pressure returns to normal.",
                                 "It is too late to quit."),
    "am i too old to start lifting": ("No. Strength exercises make muscles stronger and are good for older adults.",
                                      "You are too old to lift."),
    "can girls be colour blind": ("Yes. It is more common in men than women, but women can have it.",
                                  "Only boys can be color blind."),
    "mates got histoplasmosis": ("No. You get it by breathing in spores of a fungus from soil with bird or bat droppings.",
                                 "Yes, you can catch it from him."),
    "should u rub frostbite": ("No. Put the area in warm, not hot, water; don't rub it.",
                               "Yes, rub it with snow to warm it up."),
    "can guys get trich": ("Yes. Men can get it, and both partners must be treated.",
                           "Only women can get trich."),
    "my gums bleed when i brush": ("No. Bleeding gums can be gingivitis; keep brushing and flossing and see a dentist.",
                                   "Yes, stop brushing for a week."),
    "is a dry mouth just normal": ("No, dry mouth is not a normal part of aging; medicines often cause it.",
                                   "Dry mouth is a normal part of aging."),
    "do kids stutter cos": ("No. Scientists don't fully understand why; it seems to run in families.",
                            "Stuttering is caused by bad parenting."),
    "my nephew has kawasaki": ("No. Kawasaki disease can't be passed from one child to another.",
                               "Yes, Kawasaki disease is very contagious."),
    "can u get warts from touching": ("No. Warts are caused by HPV, the human papillomavirus.",
                                      "Yes, you can get warts from touching a toad."),
    "im preggo can i still eat": ("Listeria can harm an unborn baby; heat deli meats until steaming hot and avoid unpasteurized cheese.",
                                  "Listeria is harmless."),
    "is it normal to fart loads": ("Yes. Everyone has gas, from swallowed air and from bacteria breaking down food.",
                                   "You have a serious bowel disease."),
    "my grandad had polio": ("Yes. Post-polio syndrome can cause new muscle weakness many years after recovery.",
                             "Polio never comes back."),
    "is heatstroke actually serious": ("Yes. Heatstroke is life-threatening: body temperature can rise above 106 F. Call 911.",
                                       "Heatstroke is harmless."),
}


def test_the_third_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh2", "kf3", ("validation", "test", "fresh"), myth_required=False)


def test_the_third_round_is_its_source_in_order():
    check_source_in_order("fresh2")


@pytest.mark.parametrize("row", load_keyfacts("fresh2"), ids=lambda r: r["id"])
def test_each_pattern_separates_a_right_answer_from_a_wrong_one(row):
    check_separates(row, *entry_for(ANSWERS, row["question"]))


def test_every_hand_written_answer_belongs_to_a_question():
    check_table_keys("fresh2", ANSWERS)


def test_the_medquad_eval_refuses_the_third_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh2", tmp_path, capsys)
