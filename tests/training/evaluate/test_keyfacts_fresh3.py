"""The fourth key-facts round (datasets/keyfacts/fresh3.jsonl, `--split fresh3`): its shape, that it
shares no question with the earlier splits, that it is what its source says, and that every pattern
separates the page's own sentence (the right answer) from a wrong one asserting the myth."""

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

# Opening words of each question -> (the MedQuAD page's sentence stating the fact, a wrong answer asserting the myth).
ANSWERS = {
    "gf has a canker sore": ("Canker sores aren't contagious. They are not the same as cold sores, which are caused by herpes simplex.",
                             "Yes, canker sores are very contagious, so you can catch it if you kiss her."),
    "think i got crabs": ("Pubic (\"crab\") lice most commonly are spread directly from person to person by sexual contact. Pubic lice very rarely may be spread by clothing, bedding, or a toilet seat.",
                          "Yes, you usually get them from a toilet seat."),
    "going camping": ("The risk of getting giardia is higher for those who drink untreated water. You should not drink water that may be contaminated.",
                      "Clear stream water is safe to drink."),
    "my coworker is in hospital": ("You usually get it by breathing in mist from water that contains the bacteria. The bacteria don't spread from person to person.",
                                   "Yes, Legionnaires disease is spread from person to person, so you could catch it from him."),
    "found mouse poo": ("Symptoms may develop between 1 and 5 weeks after exposure to fresh urine, droppings, or saliva of infected rodents.",
                        "Mouse droppings are harmless, just sweep them up."),
    "doctor says my 12 yr old": ("Scoliosis is most common in late childhood and the early teens. It can run in families.",
                                 "Yes, scoliosis is caused by carrying a heavy backpack on one shoulder."),
    "dad had a stroke": ("Some people recover from aphasia without treatment. Most, however, need language therapy as soon as possible.",
                         "Sadly nothing can be done; aphasia is permanent."),
    "mum had one of them": ("TIAs are often a warning sign for future strokes. Because you cannot tell if these symptoms are from a TIA or a stroke, you should get to the hospital quickly.",
                            "A mini-stroke is harmless, so it's nothing to worry about."),
    "nursery nurse reckons": ("Treatment for amblyopia forces the child to use the eye with weaker vision.",
                              "Your mum is right, he will grow out of it."),
    "how can i have a fatty liver": ("NASH occurs in people who drink little or no alcohol, especially people who are middle-aged and overweight or obese.",
                                     "Fatty liver happens only in alcoholics."),
    "found a lump on my ball": ("Testicular cancer is the most common cancer in men aged 15 to 34 years.",
                                "Testicular cancer is an old man's disease, you are too young to get cancer."),
    "im 58 and cant keep": ("ED becomes more common as you get older. But it's not a natural part of aging. ED can be a sign of health problems.",
                            "ED is just part of aging."),
    "my son broke out in hives": ("An allergic reaction to a drug or food usually causes them.",
                                  "Hives are highly contagious, he caught them from another kid at daycare."),
    "my aunty says the white patches": ("Vitiligo is generally considered to be an autoimmune disorder.",
                                        "Yes, vitiligo is caused by eating fish and then drinking milk."),
    "got a round bald patch": ("Alopecia areata (AA) is an autoimmune disease in which the immune system mistakenly attacks the hair follicles.",
                               "Your barber is right: alopecia is caused by using too much hair gel."),
    "people at work keep hinting": ("No one knows what causes rosacea.",
                                    "Rosacea is caused by drinking alcohol."),
    "will wearing my cap": ("Other causes are stress, a low protein diet, a family history, or poor nutrition.",
                            "Yes, wearing a cap every day can make you go bald."),
    "fell off my bike": ("An x-ray can tell if your bone is broken.",
                         "Since you can move it, it's just a sprain."),
    "twisted my ankle": ("At first, treatment of both sprains and strains usually involves resting the injured area, icing it, wearing a bandage or device that compresses the area, and medicines.",
                         "Put a hot water bottle on it straight away to loosen it up."),
    "my 6yo still wets the bed": ("They don't do it on purpose, and most outgrow it.",
                                  "Your mum is right, he is just lazy and should be punished."),
    "toddler has another ear infection": ("Often, ear infections go away on their own. Severe infections and infections in young babies may require antibiotics.",
                                          "Ear infections always need antibiotics."),
    "got bronchitis": ("The same viruses that cause colds and the flu often cause acute bronchitis. Antibiotics won't help if the cause is viral.",
                       "Yes, antibiotics will clear it up faster."),
    "my boy gets carsick": ("Your brain senses movement by getting signals from your inner ears, eyes, muscles and joints.",
                            "It's all in his head; he should toughen up."),
    "school rang": ("Impetigo is a skin infection caused by bacteria.",
                    "Only dirty kids get it; it's caused by poor hygiene."),
    "nursery says RSV": ("RSV causes mild, cold-like symptoms in adults and older healthy children. It can cause serious problems in young babies, including pneumonia and severe breathing problems.",
                         "RSV is just a cold."),
    "i switched to chewing tobacco": ("Many people who chew tobacco or dip snuff think it's safer than smoking. Chewing or dipping carries risks like cancer of the mouth. Smokeless tobacco contains more nicotine than cigarettes.",
                                      "Chewing tobacco is much safer than smoking."),
    "weed is natural": ("Some people get addicted to marijuana after using it for a while.",
                        "Weed is natural, so it's harmless."),
    "i only smoke by the open window": ("There is no safe amount of secondhand smoke. Even low levels of it can be harmful.",
                                        "Smoking by the open window is fine, as long as the baby is asleep."),
    "my nan's hands shake": ("Essential tremor does not shorten the lifespan. It is distinguished from tremor that results from other disorders or known causes, such as Parkinson disease.",
                             "Essential tremor is a form of Parkinson disease."),
    "like a dark curtain": ("A retinal detachment is a medical emergency.",
                            "It's fine to wait until your appointment next week."),
    "my breath stinks": ("Bacteria that build up in your mouth and between your teeth produce the bad odor.",
                         "Bad breath usually comes from your stomach."),
    "everyone says theyre": ("If you have OCD, you have frequent, upsetting thoughts called obsessions. With OCD, the thoughts and rituals cause distress and get in the way of your daily life.",
                             "OCD is just being a neat freak."),
    "can kids get ptsd": ("PTSD can happen to anyone, even children.",
                          "PTSD only happens to soldiers."),
    "me n my husband": ("Taking folic acid can reduce the risk of having a baby with spina bifida.",
                        "It's just bad luck, so there is nothing you can do."),
    "how did my mum get c diff": ("You might get C. difficile disease if you have an illness that requires prolonged use of antibiotics.",
                                  "C. diff comes from dirty hospital food."),
    "my nan says when babies get hiccups": ("A hiccup is an unintentional movement of the diaphragm, the muscle at the base of the lungs.",
                                            "Yes, hiccups mean your baby is growing."),
    "got poison ivy": ("Most people are sensitive to the plants' oily sap. If it gets on your skin, it causes a blistering skin rash.",
                       "Yes, the fluid from the blisters will spread it."),
    "woke up with a red itchy bump": ("Most spider bites are harmless. Bites by the venomous black widow and brown recluse spiders can be very dangerous to people.",
                                      "Every spider bite is dangerous, and you could lose your leg."),
    "we'd smell radon": ("You can't see radon. And you can't smell it or taste it. Radon is the second leading cause of lung cancer in the United States.",
                         "Yes, you would smell it."),
    "im 25 and got 2 new moles": ("Moles are very common. A person may develop new moles from time to time, usually until about age 40.",
                                  "New moles mean skin cancer."),
    "my mum is 79": ("A hearing aid makes some sounds louder. It can help people hear more in both quiet and noisy situations.",
                     "Hearing aids are useless."),
    "got a yeast infection": ("Candida is a fungus that lives almost everywhere, including in your body. If you are sick or taking antibiotics, it can multiply and cause an infection.",
                              "Yes, a yeast infection is a sexually transmitted disease, so he gave it to you."),
    "newborn is 3 days old": ("Many healthy babies have some jaundice during the first week of life. It usually goes away.",
                              "Yellow skin means liver disease."),
    "had typhoid back home": ("Even if your symptoms seem to go away, you may still be carrying Salmonella Typhi. If so, you could pass the disease to other people.",
                              "You feel fine, so you're good to go back to cooking."),
    "my 15yo barely eats": ("Eating disorders are serious behavior problems. Treatment involves monitoring, talk therapy, nutritional counseling, and sometimes medicines.",
                            "It's just a phase; she wants attention, so ignore it."),
    "my bp is always": ("In a healthy person, low blood pressure without signs or symptoms usually isn't a problem and needs no treatment. Low blood pressure is a problem only if it causes dizziness, fainting or in extreme cases, shock.",
                        "Low blood pressure is dangerous."),
    "pain shooting from my bum": ("Sciatica is a symptom of a problem with the sciatic nerve. Sometimes sciatica goes away on its own.",
                                  "You always need surgery for sciatica."),
    "whats the point of tonsils": ("Both help protect you from infection by trapping germs coming in through your mouth and nose.",
                                   "Tonsils are completely useless."),
    "toddler has a barking cough": ("The cause is usually a virus, often parainfluenza virus.",
                                    "Croup is a bacterial infection."),
    "neighbours dog bit my hand": ("Animal bites rarely are life-threatening, but if they become infected, you can develop serious medical problems.",
                                   "A dog's mouth is cleaner than yours."),
}


def test_the_fourth_round_has_its_shape_and_repeats_no_earlier_question():
    check_shape("fresh3", "kf4", ("validation", "test", "fresh", "fresh2"))


def test_the_fourth_round_is_its_source_in_order():
    check_source_in_order("fresh3")


@pytest.mark.parametrize("row", load_keyfacts("fresh3"), ids=lambda r: r["id"])
def test_each_pattern_separates_a_right_answer_from_a_wrong_one(row):
    check_separates(row, *entry_for(ANSWERS, row["question"]))


def test_every_hand_written_answer_belongs_to_a_question():
    check_table_keys("fresh3", ANSWERS)


def test_the_medquad_eval_refuses_the_fourth_round(tmp_path, capsys):
    check_medquad_eval_refuses("fresh3", tmp_path, capsys)
