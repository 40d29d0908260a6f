"""The seventeenth key-facts round's test answers (datasets/keyfacts/fresh16.jsonl, written in session 55 before its
changes), read by test_keyfacts_rounds.py: the splits it must not repeat, a wrong answer per question, the fact
in other words, and for each myth question the myth asserted and denied."""

PREFIX = "kf17"
EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7", "dev22",
           "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15")

# A wrong answer per question (keyed by its opening words): misses the fact and, where the question has misconception
# patterns, asserts the myth.
WRONG = {
    "what kinds of jaw problems are there": "Jaw trouble is nearly always from grinding your teeth at night.",
    "my uncle has smoked 30 yrs": "He is right, the damage is done so quitting now is pointless.",
    "what are the warning signs that a knock": "If they can talk to you, everything is fine.",
    "my mum thinks heart disease is a man thing": "She is right, heart disease is a man's thing.",
    "where r u supposed to keep a first aid kit": "The kitchen drawer is the only place you need one.",
    "my husband says he feels fine": "If he feels fine he can skip the tablets.",
    "sometimes my heart does a skip": "It is a kind of indigestion that makes your chest flutter.",
    "my dad put his back out": "Yes, he should stay in bed until it stops hurting completely.",
    "what kind of problems can u get with ur bum": "It is usually just from wiping too hard.",
    "my cousin thinks everyone with tourettes": "Your cousin is right, everyone with Tourette's swears all the time.",
    "my dermatologist mentioned psoriatic": "It only makes the skin flake more.",
    "what are anabolic steroids, my 16 yr old": "They are totally safe if he only does one cycle.",
    "my aunt just found out she has myasthenia": "It is a kind of vitamin deficiency.",
    "does a pregnancy ultrasound use radiation": "Yes, the scan uses radiation, like an x-ray.",
    "how do you catch hookworm": "You catch it from mosquito bites.",
    "my grandad forgets where he put his keys": "Memory stays exactly the same all your life.",
    "how long does the yellow fever jab last": "It lasts a year, then you need it again.",
    "can people catch diseases off pets like turtles": "Your sister is right, turtles are the cleanest pets.",
    "what kinds of finger problems are common": "Mostly warts and splinters.",
    "my mum has to get her gallbladder removed": "Your aunt is right, she will be ill forever without it.",
    "what is heart valve disease": "It is when the heart muscle gets too big from exercise.",
    "what are the main causes of vision loss": "Mostly reading in dim light and too much screen time.",
    "what are prenatal tests": "They are tests of the mother's fitness for labour.",
    "my teen is moody all the time": "Your sister is right, it is just a phase.",
    "which part of the back do people hurt": "The upper back between the shoulder blades.",
    "what is cardiac rehab": "It is a rest programme; he should avoid all exercise from now on.",
    "why do bones come out white": "Because they are colder than the rest of the body.",
    "my flatmate thinks when a doctor says someone is in shock": "Your flatmate is right, it just means being upset.",
    "whats the most common cause of heart disease in women": "Mostly eating too much salt in pregnancy.",
    "my husband says his problems in the bedroom": "He is right, it is just getting older and pointless to see anyone.",
    "what even is a clinical trial": "It is a court case about a doctor's mistake.",
    "what are common vaginal problems": "Your friend is right, any discharge means you have an STD.",
    "what is cosmetic surgery exactly": "It is surgery to fix broken bones.",
    "what is a ct scan": "A CT scan really hurts, so your aunt is right.",
    "whats the gallbladder even for": "It makes insulin.",
    "what is pad, my dads legs hurt": "It is just old age, so he can leave it.",
    "whats the name for diseases people catch": "They are called allergies.",
    "my son read about monkeypox": "He is right, it only comes from monkeys.",
    "why do shoulders get injured so easily": "Because people sleep on them.",
    "what are the most common sports injuries": "Cuts and bruises; the kids should play through the pain.",
    "how does weight loss surgery work": "It removes the fat cells with a vacuum.",
    "my aunt had weight loss surgery": "She can eat whatever she likes now, the weight will stay off forever.",
    "what is a traumatic brain injury": "It is a kind of migraine.",
    "what is a mild traumatic brain injury": "Your cousin is right, you have to pass out for it to count.",
    "my friend says psoriatic arthritis goes away": "Yes, it goes away for good once the skin clears.",
    "my dad thinks clinical trials only take": "He is right, trials only take people who are dying.",
    "my gran thinks heart valve problems": "Valve problems are only something you are born with.",
    "my dad refuses xrays": "He is right, each x-ray is a massive dose.",
    "my gran says a bump on the head": "She is right, a bump is only serious if it bleeds.",
    "what does dash stand for": "It stands for Daily Aerobic Sport for Health.",
}

# The fact said in other words, as another right answer would: every question's key fact accepts it, and none of its
# misconception patterns fires on it.
OTHER_WORDS = {
    "what kinds of jaw problems are there": "A clicking, aching jaw is often TMJ trouble, a problem with the joint "
                                            "that hinges the jaw to the skull.",
    "my uncle has smoked 30 yrs": "Even after decades, quitting helps: within weeks circulation gets better and you "
                                  "find it easier to breathe.",
    "what are the warning signs that a knock": "Get help if they are vomiting again and again, have slurred speech, "
                                               "or a fit.",
    "my mum thinks heart disease is a man thing": "It is the leading cause of death for women too; about one in four "
                                                  "women die of it.",
    "where r u supposed to keep a first aid kit": "Have one at home and keep another in the car.",
    "my husband says he feels fine": "High blood pressure usually has no symptoms, but it can still lead to a stroke.",
    "sometimes my heart does a skip": "It means the heartbeat is irregular, or too fast or too slow.",
    "my dad put his back out": "More than a day or two in bed can make back pain worse, so it helps to keep moving.",
    "what kind of problems can u get with ur bum": "Common ones are piles, small tears called fissures, and "
                                                   "abscesses.",
    "my cousin thinks everyone with tourettes": "Swearing tics are uncommon; most people with it have motor tics "
                                                "like blinking.",
    "my dermatologist mentioned psoriatic": "It makes your joints painful, stiff and swollen.",
    "what are anabolic steroids, my 16 yr old": "Anabolic steroids can have harmful effects, even for a short time.",
    "my aunt just found out she has myasthenia": "It is an autoimmune illness that makes the muscles weak, worse "
                                                 "with use and better with rest.",
    "does a pregnancy ultrasound use radiation": "An ultrasound works with sound waves; there is no radiation in it.",
    "how do you catch hookworm": "The larvae get in through the skin, so avoid walking barefoot on soil that may "
                                 "have human faeces in it.",
    "my grandad forgets where he put his keys": "With age it can take longer to recall things; forgetting now and "
                                                "then is normal.",
    "how long does the yellow fever jab last": "If you keep travelling to areas with yellow fever, get a booster "
                                               "after ten years.",
    "can people catch diseases off pets like turtles": "Reptiles like turtles can pass salmonella to the people who "
                                                       "keep them.",
    "what kinds of finger problems are common": "A finger that locks may be trigger finger, an irritated sheath "
                                                "around the tendon.",
    "my mum has to get her gallbladder removed": "People can live without a gallbladder; bile still reaches the gut "
                                                 "another way.",
    "what is heart valve disease": "The heart has 4 valves, and in valve disease one may leak or fail to open "
                                   "properly.",
    "what are the main causes of vision loss": "In older people mostly macular degeneration, cataracts and "
                                               "glaucoma.",
    "what are prenatal tests": "They check on the baby's health before birth, and some check your own, like "
                               "screening for gestational diabetes.",
    "my teen is moody all the time": "Mental health problems in teenagers are real, and signs include feeling "
                                     "hopeless or very sad; they can be treated.",
    "which part of the back do people hurt": "Most back injuries are in the lower back.",
    "what is cardiac rehab": "It is a supervised programme with exercise training to get you back to an active "
                             "life.",
    "why do bones come out white": "Bones have calcium, which absorbs the most x-rays, so they show white.",
    "my flatmate thinks when a doctor says someone is in shock": "Medical shock is when not enough blood and oxygen "
                                                                 "reach the organs, with very low blood pressure.",
    "whats the most common cause of heart disease in women": "It is coronary artery disease: the heart's arteries "
                                                             "narrow or get blocked.",
    "my husband says his problems in the bedroom": "If it goes on for months or upsets you, see a doctor; stress, "
                                                   "illness and medicines can all cause it.",
    "what even is a clinical trial": "It is a research study testing whether a new treatment works in people.",
    "what are common vaginal problems": "Often it is vaginitis, from yeast or bacterial infections.",
    "what is cosmetic surgery exactly": "It is surgery to reshape how a part of the body looks.",
    "what is a ct scan": "A CT scan is painless; you just lie still on a table.",
    "whats the gallbladder even for": "It stores bile, which helps you digest fat.",
    "what is pad, my dads legs hurt": "PAD comes from atherosclerosis: plaque narrows the leg arteries, and smoking "
                                      "is the main risk.",
    "whats the name for diseases people catch": "They are called zoonotic diseases, or zoonoses.",
    "my son read about monkeypox": "Rodents and squirrels carry it; it was first seen in lab monkeys.",
    "why do shoulders get injured so easily": "The shoulder is the most movable joint, and its ball is bigger than "
                                              "its socket, so it is unstable.",
    "what are the most common sports injuries": "Sprains and knee injuries; if you get hurt, stop playing and use "
                                                "RICE.",
    "how does weight loss surgery work": "Most types limit how much food you can eat, and some change how you "
                                         "absorb it.",
    "my aunt had weight loss surgery": "Many regain some weight, so she will need diet and exercise and follow-up "
                                       "for the rest of her life.",
    "what is a traumatic brain injury": "It is damage to the brain from a sudden trauma, like the head hitting an "
                                        "object.",
    "what is a mild traumatic brain injury": "With a mild TBI a person may remain conscious the whole time.",
    "my friend says psoriatic arthritis goes away": "There is no cure, though medicines can help with pain and "
                                                    "swelling.",
    "my dad thinks clinical trials only take": "Some trials need healthy people as volunteers.",
    "my gran thinks heart valve problems": "Valve disease can come from age-related changes or infections, too.",
    "my dad refuses xrays": "The radiation from an x-ray is small, similar to what you get naturally over a few days.",
    "my gran says a bump on the head": "Closed injuries can be just as severe; watch for warning signs like vomiting "
                                       "or a headache that gets worse.",
    "what does dash stand for": "Dietary Approaches to Stop Hypertension.",
}

# For each myth question, the myth asserted (its patterns catch it) and the myth denied (a negation, so they do not).
MYTH = {
    "my uncle has smoked 30 yrs": ("The damage is done.", "The damage is not done."),
    "my mum thinks heart disease is a man thing": ("Heart disease is a man's thing.", "Heart disease is not a man's thing."),
    "my husband says he feels fine": ("He can skip the tablets.", "He can't skip the tablets."),
    "my dad put his back out": ("He should stay in bed until it stops hurting.",
                                "He shouldn't stay in bed until it stops hurting."),
    "my cousin thinks everyone with tourettes": ("Everyone with Tourette's swears.", "Not everyone with Tourette's swears."),
    "what are anabolic steroids, my 16 yr old": ("They are safe if he only does one cycle.",
                                                 "They are not safe if he only does one cycle."),
    "does a pregnancy ultrasound use radiation": ("The scan uses radiation.", "The scan doesn't use radiation."),
    "can people catch diseases off pets like turtles": ("Turtles are clean pets.", "Turtles are not clean pets."),
    "my mum has to get her gallbladder removed": ("She will be ill forever without it.",
                                                  "She won't be ill forever without it."),
    "my teen is moody all the time": ("It is just a phase.", "It isn't just a phase."),
    "what is cardiac rehab": ("He should avoid all exercise.", "He shouldn't avoid all exercise."),
    "my flatmate thinks when a doctor says someone is in shock": ("Shock just means being upset.",
                                                                  "Shock doesn't just mean being upset."),
    "my husband says his problems in the bedroom": ("Seeing a doctor is pointless.", "Seeing a doctor is not pointless."),
    "what are common vaginal problems": ("Any discharge means you have an STD.",
                                         "Not any discharge means you have an STD."),
    "what is a ct scan": ("The scan really hurts.", "The scan doesn't really hurt."),
    "what is pad, my dads legs hurt": ("It's just old age.", "It's not just old age."),
    "my son read about monkeypox": ("It only comes from monkeys.", "It doesn't only come from monkeys."),
    "what are the most common sports injuries": ("Kids should play through the pain.",
                                                 "Kids should not play through the pain."),
    "my aunt had weight loss surgery": ("She can eat whatever she likes.", "She can't eat whatever she likes."),
    "what is a mild traumatic brain injury": ("You have to pass out for a brain injury.",
                                              "You don't have to pass out for a brain injury."),
    "my friend says psoriatic arthritis goes away": ("It goes away for good.", "It doesn't go away for good."),
    "my dad thinks clinical trials only take": ("Trials only take people who are dying.",
                                                "Trials don't only take people who are dying."),
    "my gran thinks heart valve problems": ("Valve problems are only something you are born with.",
                                            "Valve problems are not only something you are born with."),
    "my dad refuses xrays": ("An x-ray is a massive dose.", "An x-ray is not a massive dose."),
    "my gran says a bump on the head": ("A bump is only serious if it bleeds.", "A bump is not only serious if it bleeds."),
}
