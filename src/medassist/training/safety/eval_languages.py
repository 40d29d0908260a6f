"""`medassist safety eval`, other languages (issue 21): the safety check on
`datasets/triage/authored/languages.jsonl` and the English false "other language" rate, and (on
the test split) on each round's fresh held-out set (`languages_fresh8.jsonl`, `languages_fresh9.jsonl`,
`languages_fresh11.jsonl`, `languages_fresh12.jsonl`, `languages_fresh13.jsonl`, `languages_fresh14.jsonl`,
`languages_fresh15.jsonl`, `languages_fresh16.jsonl`,
`languages_fresh17.jsonl`, `languages_fresh18.jsonl`,
`languages_fresh19.jsonl`, `languages_fresh20.jsonl`,
`languages_fresh21.jsonl`, `languages_fresh22.jsonl`,
`languages_fresh23.jsonl`, `languages_fresh24.jsonl`,
`languages_fresh25.jsonl`, `languages_fresh26.jsonl`,
`languages_fresh27.jsonl`, `languages_fresh28.jsonl`,
`languages_fresh29.jsonl`).

Per language, on the held-out split: emergency recall and false alarms (95% Wilson intervals),
how many emergency replies are worded in the message's language, and how many non-emergencies
get the "MedAssist answers in English" reply in it. Over the whole set (the detector was not
tuned on any split): language-detector accuracy per language and its latency per call. On English
(all 16,253 MedQuAD questions and every message of `messages.jsonl`): how many would be told
"answers in English", and how many the other languages' lexicons take for an emergency.
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from medassist import paths
from medassist.model.safety import check_input
from medassist.model.safety.language import detect_language
from medassist.model.safety.lexicons import lexicons
from medassist.model.safety.localized import TEXTS
from medassist.model.safety.other_languages import UNSUPPORTED, lexicon_emergency, unsupported_language
from medassist.training.safety.evaluate import _fmt, proportion

LANGUAGES_DATA = paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages.jsonl"
MEDQUAD = paths.REPO_DIR / "src" / "medassist" / "model" / "assets" / "medquad.jsonl.gz"
ENGLISH_DATA = paths.REPO_DIR / "datasets" / "triage" / "messages.jsonl"
TARGET_RECALL = 0.90


@dataclass(frozen=True)
class FreshRound:
    """One round's fresh held-out language set: test rows only, written before that round's changes by a
    helper that had not read the lexicons, reported as counts only (its own block, its own key)."""
    key: str
    path: Path
    title: str
    about: str


FRESH_ROUNDS = (
    FreshRound(
        "fresh8", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh8.jsonl",
        "the eighth round's fresh held-out set (test only, written before the eighth round's changes)",
        "`datasets/triage/authored/languages_fresh8.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, heart attack, anaphylaxis, a child's poisoning, not breathing, a long seizure, heavy "
        "bleeding, a suicide plan told indirectly, bleeding in pregnancy, meningitis signs, a diabetic "
        "collapse, burns) and 8 non-emergencies (everyday questions, mild complaints, past events, a "
        "resolution), new scenarios and wordings in regional forms, slang, typos and mixed English, written "
        "by a helper that had not read the lexicons (still one author's imitation of real users). Through "
        "the whole `check_input`; counts only, so the set can stay held out. Its writer read it once on the "
        "code before the round's changes (main at 0cf4a95, rules + head + lexicons): 56/132 emergencies caught "
        "(per language 2–8 of 12), 14/88 non-emergencies alarmed, 71/88 told \"answers in English\"."),
    FreshRound(
        "fresh9", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh9.jsonl",
        "the ninth round's fresh held-out language set (test only, written before the ninth round's lexicon "
        "changes)",
        "`datasets/triage/authored/languages_fresh9.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, heart attack, anaphylaxis, a child's poisoning or swallowed battery, choking, a long "
        "seizure, a deep cut bleeding heavily, a suicide plan told indirectly, bleeding in pregnancy or "
        "waters and cord, a floppy baby or a non-blanching rash with fever, a diabetic collapse, and one of "
        "a bad burn, a head injury with vomiting, an overdose or near-drowning) and 8 non-emergencies "
        "(everyday questions, mild complaints, a past event, a resolution, an idiom with a grave word, "
        "medicine questions), new wordings in regional forms, slang, typos and mixed English, written by a "
        "helper that had not read the lexicons or the earlier sets' texts (still one author's imitation of "
        "real users). Through the whole `check_input`; counts only, so the set can stay held out. Its writer "
        "read it once on the code before the round's lexicon changes (main at df9b0df, rules + head + "
        "lexicons): 120/132 emergencies caught (per language 8–12 of 12), 3/88 non-emergencies alarmed, "
        "81/88 told \"answers in English\", language detection 211/220."),
    FreshRound(
        "fresh11", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh11.jsonl",
        "the eleventh round's fresh held-out language set (test only, written before the eleventh round's "
        "changes)",
        "`datasets/triage/authored/languages_fresh11.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, heart attack, anaphylaxis, a child who swallowed pills, a button battery or bleach, choking, a "
        "long seizure, heavy bleeding, a suicide plan told indirectly, bleeding in pregnancy, a floppy baby or a "
        "non-blanching rash with fever, a diabetic collapse, and one of a bad burn, a head injury with vomiting, "
        "an overdose or near-drowning) and 8 non-emergencies (everyday questions, mild complaints, a past event, a "
        "resolution, an idiom with a grave word, a medicine question), new scenarios and wordings in regional "
        "forms, slang, typos and mixed English, written by a helper that had not read the lexicons, rules, "
        "prototypes or the earlier sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Its writer read it once on the code before "
        "the eleventh round's changes (main at 122445d, rules + head + lexicons): 114/132 emergencies caught "
        "(per language 7–12 of 12), 111/132 emergency replies in the message's language, 2/88 non-emergencies "
        "alarmed, 81/88 told \"answers in English\", language detection 210/220."),
    FreshRound(
        "fresh12", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh12.jsonl",
        "the twelfth round's fresh held-out language set (test only, written before the twelfth round's "
        "changes)",
        "`datasets/triage/authored/languages_fresh12.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, a child who swallowed something (a battery, magnets, bleach, kerosene, pills), "
        "anaphylaxis, a long seizure, heavy bleeding, breathing (asthma, COPD, choking), an overdose, bleeding in "
        "pregnancy, meningitis signs, and two suicide plans, one told plainly and one indirectly (goodbyes, things "
        "given away, a letter)) and 8 non-emergencies (everyday questions, mild complaints, a scary word said "
        "mildly, a past event, a medicine question, an idiom with a grave word, a child's mild illness, a "
        "resolution), in regional forms, slang, typos and mixed English, written by a helper that had not read "
        "the lexicons, rules, prototypes or the earlier sets' texts (still one author's imitation of real "
        "users). Through the whole `check_input`; counts only, so the set can stay held out. Its writer read it "
        "once on the code before the twelfth round's changes (5190c77, rules + head + lexicons): 115/132 "
        "emergencies caught (per language 7–12 of 12), 114/132 emergency replies in the message's language, 6/88 "
        "non-emergencies alarmed, 82/88 told \"answers in English\", language detection 218/220."),
    FreshRound(
        "fresh13", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh13.jsonl",
        "the thirteenth round's fresh held-out language set (test only, written before the thirteenth round's "
        "changes)",
        "`datasets/triage/authored/languages_fresh13.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, breathing (asthma, a child's wheeze), anaphylaxis (stings, nuts, shellfish, a "
        "medicine), a long seizure, an overdose or a poisoning (pills with alcohol, bleach, lye, rat poison), heavy "
        "bleeding, someone who will not wake, a feverish baby under three months, a suicide plan for tonight, "
        "meningitis signs, and bleeding in pregnancy) and 8 non-emergencies (a past event, mild complaints, a "
        "child's mild illness, a medicine question, an idiom with a grave word, a question about a condition's "
        "signs), in regional forms, slang, typos and mixed English, first person and about a child, a parent or a "
        "friend, written by a helper that had not read the lexicons, rules, prototypes or the earlier fresh sets' "
        "texts (still one author's imitation of real users). Through the whole `check_input`; counts only, so the "
        "set can stay held out. Its writer read it once on the code before the thirteenth round's changes (041d0d4, "
        "rules + head + lexicons): 128/132 emergencies caught (per language 10–12 of 12), 127/132 emergency replies "
        "in the message's language, 3/88 non-emergencies alarmed, 85/88 told \"answers in English\", language "
        "detection 219/220."),
    FreshRound(
        "fresh14", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh14.jsonl",
        "the fourteenth round's fresh held-out language set (test only, written before the fourteenth round's "
        "changes)",
        "`datasets/triage/authored/languages_fresh14.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, a clot in the leg gone to the lungs, anaphylaxis (a medicine, nuts, shellfish, a "
        "sting), a diabetic's low sugar, a poisoning or an overdose (bleach, lamp oil, rust remover, a "
        "grandparent's pills, dishwasher tablets), vomiting blood or black stools, a suicide plan for tonight, a "
        "baby (blue lips, limp, a fever under three months), a long seizure, a head injury or a wound that will "
        "not stop bleeding, and bleeding or pre-eclampsia signs in pregnancy) and 8 non-emergencies (a past illness "
        "now over, mild complaints, a child's mild illness, a medicine question, an idiom with a grave word, a "
        "question about a condition's signs, a relative's past emergency, an everyday health question), in "
        "regional forms, slang, typos and mixed English, first person and about a child, a parent or a friend, "
        "written by a helper that had not read the lexicons, rules, prototypes or the earlier fresh sets' texts "
        "(still one author's imitation of real users). Through the whole `check_input`; counts only, so the set "
        "can stay held out. Its writer read it once on the code before the fourteenth round's changes (3970c95, "
        "rules + head + lexicons): 115/132 emergencies caught (per language 8–12 of 12), 114/132 emergency replies "
        "in the message's language, 3/88 non-emergencies alarmed, 85/88 told \"answers in English\", language "
        "detection 219/220."),
    FreshRound(
        "fresh15", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh15.jsonl",
        "the fifteenth round's fresh held-out language set (test only, written before the fifteenth round's "
        "changes)",
        "`datasets/triage/authored/languages_fresh15.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, a clot in the leg gone to the lungs, anaphylaxis (a sting, nuts, shellfish, an "
        "antibiotic), a diabetic's low sugar, a poisoning (bleach, window or floor cleaner, a dishwasher tablet, "
        "toilet cleaner), vomiting blood or black stools, a suicide plan for tonight, a baby (a fever under three "
        "months, limp, blue lips), a long seizure, a head injury or a wound that will not stop bleeding, and bleeding "
        "or pre-eclampsia signs in pregnancy) and 8 non-emergencies (a past illness now over, mild complaints, a "
        "child's mild illness, a medicine question, an idiom with a grave word, a question about a condition's signs, "
        "a relative's past emergency, an everyday health question), in regional forms (Mexican and Argentinian "
        "Spanish, Brazilian and European Portuguese, Quebec French, Swiss and Austrian German, Egyptian Arabic), "
        "slang, typos, missing accents and mixed English, written by a helper that had not read the lexicons, rules, "
        "prototypes or the earlier fresh sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Its writer read it once on the code before the "
        "fifteenth round's changes (9922e63, rules + head + lexicons): 126/132 emergencies caught (per language 9–12 "
        "of 12), 126/132 emergency replies in the message's language, 2/88 non-emergencies alarmed, 86/88 told "
        "\"answers in English\", language detection 219/220."),
    FreshRound(
        "fresh16", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh16.jsonl",
        "the sixteenth round's fresh held-out language set (test only, written before the sixteenth round's "
        "changes were read on it)",
        "`datasets/triage/authored/languages_fresh16.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, a child who swallowed tablets, bleach, toilet or floor cleaner, dishwashing liquid, pesticide or "
        "phenyl, chest pain, anaphylaxis (a sting, nuts, shellfish, an antibiotic), a seizure past five minutes, "
        "someone collapsed and not breathing, heavy bleeding from a saw, glass or knife wound, a suicide plan said "
        "outright, a suicide plan said indirectly (things given away, letters, 'tomorrow I won't be a burden'), an "
        "overdose of sleeping tablets or paracetamol, a head injury with vomiting and drowsiness, and one more per "
        "language (a feverish baby, bleeding or pre-eclampsia signs in pregnancy, a rash with a stiff neck, sepsis "
        "signs, a diabetic's low sugar, a clot gone to the lungs, vomiting blood)) and 8 non-emergencies (an "
        "everyday question, a past illness now over, a hypothetical first-aid question, a mild cold, a medicine "
        "question, an idiom with a grave word, a relative's past emergency, a child's mild illness), in regional "
        "forms (Chilean, Colombian and Castilian Spanish, Angolan and Brazilian Portuguese, Belgian and West African "
        "French, Bavarian German, Neapolitan and Sicilian Italian, Moroccan and Gulf Arabic, Hinglish), slang, typos, "
        "missing accents and mixed English, written by a helper that had not read the lexicons, rules, prototypes or "
        "the earlier fresh sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh17", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh17.jsonl",
        "the seventeenth round's fresh held-out language set (test only, written before the seventeenth round's "
        "changes were read on it)",
        "`datasets/triage/authored/languages_fresh17.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, a child who swallowed tablets, a child who drank a household chemical (bleach, drain, "
        "floor or dishwasher cleaner, kerosene, mosquito-repellent liquid), anaphylaxis (a sting, nuts, shellfish), "
        "a seizure past five minutes, a suicide plan said outright, a suicide plan said indirectly (goodbyes, things "
        "or a pet given away, a rope, a roof, a bridge or a railway line, 'nobody will have to put up with me'), "
        "heavy bleeding (an angle grinder, a saw, glass, a knife, a motorbike crash), someone collapsed and not "
        "breathing, an overdose of sleeping tablets, benzodiazepines or paracetamol, and one more per language (a "
        "diabetic's low sugar, bleeding in pregnancy, a rash with a stiff neck, a clot gone to the lungs, vomiting "
        "blood, a feverish, floppy young baby)) and 8 non-emergencies (a question about a heart attack's or a "
        "stroke's signs, a relative's past stroke or heart attack, a mild cold or headache, a hypothetical first-aid "
        "question, an idiom with a grave word, a medicine question, a child's mild illness, a relative's emergency "
        "visit now over), in regional forms (Mexican, Argentinian and Venezuelan Spanish, European and Brazilian "
        "Portuguese, Quebec French, Bavarian German, Neapolitan Italian, Egyptian, Levantine and Gulf Arabic, "
        "Hinglish, Indonesian chat abbreviations), slang, typos, missing accents and mixed English, written by a "
        "helper that had not read the lexicons, rules, prototypes or the earlier fresh sets' texts (still one "
        "author's imitation of real users). Through the whole `check_input`; counts only, so the set can stay held "
        "out. Read once before session 43's changes (7506b22's safety code) and once after (cf14d6d): caught 125 and 125 of "
        "132 (Arabic 10, Russian 10, German, Hindi and Hinglish 11, the other six 12 of 12), 8 and 8 of 88 "
        "non-emergencies alarmed."),
    FreshRound(
        "fresh18", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh18.jsonl",
        "the eighteenth round's fresh held-out language set (test only, written before the eighteenth round's "
        "changes were read on it)",
        "`datasets/triage/authored/languages_fresh18.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, a child who swallowed a grandparent's tablets, chest pain, anaphylaxis (nuts, peanuts, shellfish), "
        "a seizure past five minutes, someone collapsed and not breathing, heavy bleeding (a chainsaw, an angle "
        "grinder, a circular saw), a suicide plan said indirectly (letters written, things given away, a bridge, a "
        "roof or a railway line), an overdose of sleeping tablets or benzodiazepines with alcohol, bleeding in "
        "pregnancy, and two more per language (a diabetic's low sugar, a rash that does not fade with fever and a "
        "stiff neck, a clot gone to the lungs, vomiting blood, an asthma attack the inhaler does not help, a floppy "
        "young baby, dengue with bleeding gums, a suicide plan said outright)) and 8 non-emergencies (a question "
        "about a heart attack's or a stroke's signs, a relative's past stroke or heart attack, a mild cold or "
        "headache, a hypothetical first-aid question, an idiom with a grave word, a medicine question, a child's "
        "mild illness, a relative's emergency visit now over), in regional forms (Colombian, Spanish, Chilean "
        "Spanish; Brazilian north-eastern and gaucho, European Portuguese; Belgian, Ivorian and Marseille French; "
        "Bavarian/Austrian, Berlin and Swiss German; Roman and Sicilian Italian; Moroccan, Gulf, Iraqi and Levantine "
        "Arabic; Hinglish; Jakarta slang Indonesian; Turkish without its letters and a Black Sea form), slang, typos, "
        "missing accents and mixed English, written by a helper that had not read the lexicons, rules, prototypes or "
        "the earlier fresh sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh19", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh19.jsonl",
        "the nineteenth round's fresh held-out language set (test only, written before the nineteenth round's "
        "changes were read on it)",
        "`datasets/triage/authored/languages_fresh19.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, anaphylaxis (a bee or wasp sting, nuts, peanuts, shellfish), a seizure past five "
        "minutes, someone collapsed and not breathing, heavy bleeding (a machete, a sickle, an axe, a billhook, a "
        "butcher's knife, glass, a dog bite, a motorbike fall), a suicide plan said indirectly (letters or messages "
        "written, things or a pet given away, a bridge, a roof, a canal, railway tracks, a flyover), an overdose of "
        "sleeping tablets or benzodiazepines with alcohol, bleeding in pregnancy, a child who drank or swallowed "
        "something (bleach, drain cleaner, lamp oil, kerosene, vinegar essence, insecticide, phenyl, a button "
        "battery), and two more per language (a diabetic's low sugar, a rash that does not fade with fever and a "
        "stiff neck, a clot gone to the lungs, vomiting blood, an asthma attack the inhaler does not help, a floppy "
        "feverish young baby)) and 8 non-emergencies (an idiom or hyperbole with a grave word, one's own past "
        "emergency, a relative's past care, a question about a stroke's, a heart attack's or sepsis's signs, a "
        "hypothetical first-aid question, a mild cold or headache, a medicine question, a child's mild illness or a "
        "relative's emergency visit now over), in regional forms (Mexican, Rioplatense, Caribbean Spanish; "
        "Brazilian and European Portuguese; Quebec and West African French; Austrian, Swabian and Swiss German; "
        "Milanese, Neapolitan and Roman Italian; Russian in Latin letters; Egyptian, Gulf, Levantine, Iraqi and "
        "Maghrebi Arabic; Hinglish with Mumbai words; Jakarta slang and Javanese-tinged Indonesian; Turkish without "
        "its letters), slang, typos, missing accents and mixed English, written by a helper that had not read the "
        "lexicons, rules, prototypes or the earlier fresh sets' texts (still one author's imitation of real users). "
        "Through the whole `check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh20", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh20.jsonl",
        "the twentieth round's fresh held-out language set (test only, written before any of the twentieth "
        "round's changes)",
        "`datasets/triage/authored/languages_fresh20.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, anaphylaxis (a bee or wasp sting, nuts, peanuts, cashews, prawns, shrimp), a seizure "
        "past five minutes, someone collapsed and not breathing, heavy bleeding (an angle grinder, a chainsaw, a "
        "circular saw, a machete, a sickle, a butcher's knife, window or kitchen glass), a suicide plan said "
        "indirectly (letters or messages written, a guitar, a motorbike, a laptop, a phone or a pet given away; a "
        "bridge, a roof, a canal, railway or metro tracks, a mother's pills), an overdose of sleeping tablets or "
        "benzodiazepines with alcohol, bleeding in pregnancy, a child choking (a grape, a sweet, a nut, a coin, a "
        "marble, popcorn, a sausage) or an asthma attack the inhaler does not help, and two more per language (a "
        "diabetic's low sugar after insulin, a rash that does not fade with fever and a stiff neck, a clot gone to "
        "the lungs after surgery or a flight, vomiting blood or black stools, a feverish floppy young baby, a child "
        "who drank caustic soda, bleach, chlorine or kerosene)) and 8 non-emergencies (an idiom or hyperbole with a "
        "grave word, one's own past emergency, a relative's past hospital stay, a question about a stroke's, a "
        "heart attack's or meningitis's signs, a hypothetical first-aid question, a mild cold, headache or back "
        "ache, a medicine question, a child's mild illness with worry words), in regional forms (Mexican, Spanish "
        "and general Latin American Spanish; Brazilian and European Portuguese; informal French; Bavarian and "
        "umlaut-less German; Roman Italian; Russian in Latin letters; Egyptian, Gulf, Levantine, Moroccan and "
        "Arabizi Arabic; Hinglish; Jakarta slang Indonesian; Turkish with and without its letters), slang, typos, "
        "missing accents and mixed English, written by a helper that had not read the lexicons, rules, prototypes "
        "or the earlier fresh sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh21", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh21.jsonl",
        "the twenty-first round's fresh held-out language set (test only, written before any of the twenty-first "
        "round's changes)",
        "`datasets/triage/authored/languages_fresh21.jsonl`: in each of the 11 languages, 12 emergencies "
        "(stroke, chest pain, anaphylaxis (a bee or wasp sting, peanuts, pistachios, hazelnuts, prawns, shrimp), a "
        "seizure past five minutes, someone collapsed and not breathing or only gasping, heavy bleeding (an angle "
        "grinder, a chainsaw, a circular saw, a fodder cutter, a machete, window glass), a suicide plan said "
        "indirectly (a letter or messages written, a dog, a guitar, a console, a motorbike, a laptop, a phone or "
        "books given away; a bridge, a roof, a canal or railway tracks), an overdose of sleeping tablets or "
        "benzodiazepines with alcohol, a child who drank bleach or a farmer who drank pesticide, bleeding in "
        "pregnancy, and three more per language from a child choking (a grape, a sweet, a peanut, a coin), an "
        "asthma attack the inhaler does not help, a diabetic's low sugar after insulin, a rash that does not fade "
        "with fever and a stiff neck, a clot gone to the lungs after surgery or a flight, vomiting blood or black "
        "stools, a feverish floppy young baby) and 8 non-emergencies (an idiom or hyperbole with a grave word, "
        "one's own past emergency, a relative's past intensive care or ward stay, a question about a stroke's, a "
        "heart attack's, sepsis's or meningitis's signs, a hypothetical first-aid question, a mild cold or "
        "headache, a medicine question, a child's mild illness with worry words), in regional forms (Mexican, "
        "Rioplatense and Spain's Spanish; Brazilian and European Portuguese; informal French; Bavarian and "
        "umlaut-less German; Roman Italian; Russian in Cyrillic and Latin letters; Egyptian, Gulf, Levantine, "
        "Moroccan, MSA and Arabizi Arabic; Hinglish; Jakarta slang Indonesian; Turkish with and without its "
        "letters), slang, typos, missing accents and mixed English, written by a helper that had not read the "
        "lexicons, rules, prototypes or the earlier fresh sets' texts (still one author's imitation of real users). "
        "Through the whole `check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh22", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh22.jsonl",
        "the twenty-second round's fresh held-out language set (test only, written before any of the "
        "twenty-second round's changes)",
        "`datasets/triage/authored/languages_fresh22.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: a child or adult pulled out of water (a pool, a lake, a pond, the sea, a river) barely breathing "
        "or blue, someone collapsed after an electric shock (a bare wire, a fuse board, a drill into a cable, a "
        "pole) not breathing, a small child scalded (boiling water, tea, milk, a bath, a kettle), carbon monoxide "
        "(a gas heater or boiler, a charcoal or wood stove, a brazier, a generator in a garage: headaches in the "
        "household "
        "and one who will not wake), a snake bite (a viper, an adder, a jararaca) with swelling spreading up the "
        "leg, a fall from a scaffold, a roof or a balcony with bleeding or no answer, a severe allergic reaction "
        "to a medicine (an antibiotic tablet or injection, metamizole, one unnamed), sudden slurred speech with loss "
        "of sight "
        "in one eye, a diabetic unconscious after insulin without food (one with fruity breath), a suicide plan "
        "said indirectly (things given away, a letter or goodbye messages; a cliff, a quarry, a dam, a well, "
        "the sea, a lake, the beach), an overdose (clonazepam, sleeping pills, phenazepam, tilidine, "
        "paracetamol, alprazolam, with alcohol or not), heavy bleeding (a knife, a sickle, a cutter, a glass "
        "door or shop window, a metal spike) and 8 non-emergencies (an idiom or hyperbole with a grave word, "
        "one's own past emergency, a relative's past intensive care or ward stay, a question about a heart "
        "attack's, a stroke's, sepsis's or meningitis's signs, a hypothetical first-aid question (drowning, an "
        "electric shock, a seizure, choking, CPR, a snake bite), a mild cold, sore throat or headache with worry "
        "words, a medicine question, a child's mild illness with worry words), in regional forms (Mexican, "
        "Rioplatense and Spain's Spanish; Brazilian and European Portuguese; informal French; Bavarian and "
        "umlaut-less German; Roman Italian; Russian in Cyrillic and Latin letters; Egyptian, Gulf, Levantine, "
        "Moroccan, MSA and Arabizi Arabic; Hinglish; Jakarta slang Indonesian; Turkish with and without its "
        "letters), slang, typos, missing accents and mixed English, written by a helper that had not read the "
        "lexicons, rules, prototypes or the earlier fresh sets' texts (still one author's imitation of real users). "
        "Through the whole `check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh23", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh23.jsonl",
        "the twenty-third round's fresh held-out language set (test only, written before any of the "
        "twenty-third round's changes)",
        "`datasets/triage/authored/languages_fresh23.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: heat stroke (a festival, a concert, a fair: hot dry skin, confused, then no answer), an adult "
        "choking on meat or bread, a small child who swallowed a button battery or drank bleach, a toilet or "
        "dishwasher cleaner, an asthma attack the inhaler does not help, throat swelling after a medicine (a new "
        "antibiotic, amoxicillin, metamizole), heavy bleeding in pregnancy, a limp baby who will not wake, a rash "
        "that does not fade under a glass with fever and a stiff neck, a sudden worst headache, chest pain spreading "
        "to the arm and jaw, a suicide plan said directly (pills, a rope, razor blades) and one said indirectly "
        "(things given away, a letter; a roof, a bridge, a railway) and 8 non-emergencies (two idioms or "
        "hyperboles with a grave word, one's own past emergency, a first-aid course question, a film's, a "
        "series' or a novel's emergency, a pet that ate something, a mild pain told with alarming words, a "
        "child's mild fever or cold), in regional forms (Rioplatense and Mexican Spanish; Brazilian Portuguese; "
        "informal French; colloquial German; Italian; Russian in Cyrillic and Latin letters; Egyptian, Gulf and "
        "Moroccan Arabizi Arabic; Hinglish; Jakarta slang Indonesian; Turkish with and without its letters), "
        "slang, typos, missing accents and mixed English, written by a helper that had not read the lexicons, "
        "rules, prototypes or the earlier fresh sets' texts (still one author's imitation of real users). Through "
        "the whole `check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh24", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh24.jsonl",
        "the twenty-fourth round's fresh held-out language set (test only, written before any of the "
        "twenty-fourth round's changes)",
        "`datasets/triage/authored/languages_fresh24.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: stroke signs in an older relative (a drooping face, a weak arm, slurred words), a small child who "
        "swallowed a grandparent's pills, a seizure lasting minutes, heavy bleeding through towels (a grinder, a saw, "
        "glass), a sting or food allergy with the throat closing, a fall with a head knock and no waking, vomiting "
        "blood, a diabetic who will not wake, carbon monoxide signs (a household's headaches and a faint after a gas "
        "heater), a child scalded by boiling water or a hot drink, a suicide plan said directly (pills, a rope, rat "
        "poison) and one said indirectly (things given away, a letter, a date and a bridge or a train) and 8 "
        "non-emergencies (an idiom of dying of laughter, one's own past emergency, a first-aid course question, a "
        "series' or a film's emergency, a pet that ate something or fell, a mild symptom, a hypothetical, a "
        "relative's past care), in colloquial forms (Rioplatense Spanish; Brazilian Portuguese; informal French; "
        "colloquial German; Italian; Russian in Cyrillic and Latin letters; Egyptian Arabic in Arabic letters and "
        "Arabizi; Hindi in Devanagari; Hinglish; Jakarta slang Indonesian; Turkish mostly without its letters), "
        "slang, typos, missing accents and mixed English, written by a helper that had not read the lexicons, rules, "
        "prototypes or the earlier fresh sets' texts (still one author's imitation of real users). Through the "
        "whole `check_input`; counts only, so the set can stay held out. Not yet read on the code."),
    FreshRound(
        "fresh25", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh25.jsonl",
        "the twenty-fifth round's fresh held-out language set (test only, written before any of the "
        "twenty-fifth round's changes)",
        "`datasets/triage/authored/languages_fresh25.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: a baby turning blue around the lips, a nut allergy with the throat swelling shut, a father's "
        "crushing chest pain, a large burn from boiling oil or water with the skin coming off, someone on a roof, a "
        "balcony or a bridge saying they will jump, a friend's overdose of pills with alcohol, sudden weakness of "
        "one side, meningitis signs (fever, a stiff neck, a rash that does not fade), a snake bite with swelling "
        "spreading up the limb, heatstroke with confusion and no sweating, a suicide plan said directly (pills, a "
        "rope) and one said indirectly (things given away, a letter, a day and a bridge or a train) and 8 "
        "non-emergencies (one's own past allergic reaction, a hypothetical snake bite on a trip, a first-aid course "
        "question on burns, a series' or a film's jump or overdose, a stiff neck from sleeping badly, an idiom of "
        "dying of heat, a baby's lips blue from berries, a father's chest sore to the touch after carrying "
        "furniture), in colloquial forms (Mexican Spanish; Brazilian Portuguese; informal French; colloquial "
        "German; Italian; Russian in Cyrillic and Latin letters; Egyptian Arabic in Arabic letters and Arabizi; "
        "Hindi in Devanagari; Hinglish; Jakarta slang Indonesian; Turkish without its letters), slang, typos, "
        "missing accents and mixed English, written by a helper that had not read the lexicons, rules, prototypes "
        "or the earlier fresh sets' texts (still one author's imitation of real users). Through the whole "
        "`check_input`; counts only, so the set can stay held out. Read once on e19e15f's code before the round's changes (counts "
        "only): caught 120/132 (ar 9, de 10, it 10, es/fr/hi-Latn/pt/ru 11, hi/id/tr 12), false alarms 25/88."),
    FreshRound(
        "fresh26", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh26.jsonl",
        "the twenty-sixth round's fresh held-out language set (test only, written before any of the "
        "twenty-sixth round's changes)",
        "`datasets/triage/authored/languages_fresh26.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: a child who drank bleach, carbon monoxide from a gas heater or boiler (headaches, someone "
        "collapsed), a stroke (face drooping, an arm weak, speech slurred), anaphylaxis after a bee sting, a seizure "
        "that will not stop, heavy bleeding from a deep cut, a pregnant woman bleeding heavily, a diabetic who "
        "cannot be woken, a child just pulled from a pool not breathing, a head injury with repeated vomiting, a "
        "suicide plan said directly (pills gathered, tonight) and one said indirectly (things given away, a letter, "
        "a day and a bridge or the tracks) and 8 non-emergencies (a child's past bleach sip, recovered; what to do "
        "if someone had a stroke; a first-aid course question on seizures; a series' pool rescue; bleach for "
        "mould; a bee sting without allergy; a small nosebleed in pregnancy; a child's bump on the head, playing "
        "normally), in colloquial forms (Mexican Spanish; Brazilian Portuguese; informal French; colloquial German "
        "without umlauts; Italian; Russian in Cyrillic and Latin letters; Egyptian Arabic in Arabic letters and "
        "Arabizi; Hindi in Devanagari; Hinglish; Jakarta slang Indonesian; Turkish without its letters), slang, "
        "typos, missing accents and mixed English, written by a helper that had not read the lexicons, rules, "
        "prototypes or the earlier fresh sets' texts (still one author's imitation of real users). Through the "
        "whole `check_input`; counts only, so the set can stay held out. Read once on ae9e128's code before the round's changes (counts "
        "only): caught 127/132 (ru 9, ar 11, de 11, the other eight 12), false alarms 12/88."),
    FreshRound(
        "fresh27", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh27.jsonl",
        "the twenty-seventh round's fresh held-out language set (test only, written before any of the "
        "twenty-seventh round's changes)",
        "`datasets/triage/authored/languages_fresh27.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: meningitis in a child (a fever, a rash that does not fade under a glass, a stiff neck), a severe "
        "asthma attack (the inhaler not helping, unable to speak), an adult choking (cannot breathe or cough), a "
        "heart attack (chest pain spreading to the left arm and the jaw, a cold sweat), a paracetamol overdose "
        "taken the night before by someone who says they are fine, a child scalded by boiling water (skin coming "
        "off), a person who collapsed and is not breathing after an electric shock, sepsis in an older person "
        "with a urine infection (confused, cold, breathing fast, hardly passing urine), anaphylaxis after peanuts, "
        "a fall from a height (a roof, a scaffold, a balcony; legs not moving, the head bleeding), a suicide plan "
        "said directly (pills, a rope, a bridge, tonight) and one said indirectly (things given away, a letter, a "
        "day and the tracks or a bridge, a goodbye) and 8 non-emergencies (a child's or one's own past "
        "meningitis, recovered; what to do if someone choked; a first-aid course question on CPR or asthma; a "
        "series' heart attack, electric shock or fall; a paracetamol dose for a headache or toothache; an idiom of "
        "dying of laughter or boredom; when a baby can first have peanut butter; a small shock from a socket or an "
        "appliance, only tingling), in colloquial forms (Mexican Spanish; Brazilian Portuguese; informal French; "
        "colloquial German without umlauts; Italian; Russian in Cyrillic and Latin letters; Egyptian Arabic in "
        "Arabic letters and Arabizi; Hindi in Devanagari; Hinglish; Jakarta slang Indonesian; Turkish without its "
        "letters), slang, typos, missing accents and mixed English, written by a helper that had not read the "
        "lexicons, rules, prototypes or the earlier fresh sets' texts (still one author's imitation of real "
        "users). Through the whole `check_input`; counts only, so the set can stay held out. Read once on "
        "8fb45ba's code before the round's changes (counts only): caught 118/132 (ar 9, hi-Latn 9, fr 10, id 10, "
        "ru 10, es 11, it 11, de, hi, pt and tr 12), false alarms 4/88."),
    FreshRound(
        "fresh28", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh28.jsonl",
        "the twenty-eighth round's fresh held-out language set (test only, written before any of the "
        "twenty-eighth round's changes)",
        "`datasets/triage/authored/languages_fresh28.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: a pulmonary embolism after an operation or a long flight (breathless, chest pain on breathing "
        "in, a swollen calf), black tarry stools and a faint, a tearing chest pain going through to the back, an "
        "insulin user shaking, sweating and talking as if drunk, a toddler who swallowed small magnets (tummy "
        "pain, vomiting), a floppy baby with no wet nappy since the morning (a sunken soft spot), bleach in an "
        "eye (burning, cannot open it, blurred), an older person found very cold and not making sense, a child's "
        "face bitten by a dog and bleeding heavily, a stab wound, a suicide plan said directly (pills, tonight) "
        "and one said indirectly (things given away, a letter, a bridge or the tracks at dawn, no longer a "
        "burden) and 8 non-emergencies (preventing clots on a long flight; whether iron tablets darken stools; "
        "what an aortic dissection is, seen in the news or a series; where to keep bleach from a crawling baby; "
        "cold hands and feet in winter or air conditioning; a child's healed dog bite scar; a normal blood sugar "
        "after a meal or fasting; a small kitchen cut that has stopped bleeding), in colloquial forms (Mexican "
        "Spanish; Brazilian Portuguese; informal French; colloquial German without umlauts; Italian; Russian in "
        "Cyrillic and Latin letters; Egyptian Arabic in Arabic letters and Arabizi; Hindi in Devanagari; "
        "Hinglish; Jakarta slang Indonesian; Turkish without its letters), slang, typos, missing accents and "
        "mixed English, written by a helper that had not read the lexicons, rules, prototypes or the earlier "
        "fresh sets' texts (still one author's imitation of real users). Through the whole `check_input`; counts "
        "only, so the set can stay held out. Read once on fad597d's code before the round's changes (counts "
        "only): caught 113/132 (it 9, ru 9, es 10, fr 10, id 10, pt 10, tr 10, ar 11, de 11, hi 11, hi-Latn 12), "
        "false alarms 5/88."),
    FreshRound(
        "fresh29", paths.REPO_DIR / "datasets" / "triage" / "authored" / "languages_fresh29.jsonl",
        "the twenty-ninth round's fresh held-out language set (test only, written before any of the "
        "twenty-ninth round's changes)",
        "`datasets/triage/authored/languages_fresh29.jsonl`: in each of the 11 languages, 12 emergencies, one "
        "of each: a sudden thunderclap headache, the worst of a life (vomiting, a stiff neck), a late pregnancy "
        "with a bad headache, flashing lights and a swollen face and hands, a drooling child who cannot swallow, "
        "sitting forward, with a high-pitched noise breathing in, either someone drunk who cannot be woken and "
        "vomits while passed out or a limb in a new cast with worsening pain and numb, pale, cold toes, a dive "
        "into shallow water and no feeling or movement in the legs, someone pulled from a house fire (coughing, "
        "hoarse, soot round the mouth), an older person on blood thinners drowsy and confused after a bang on "
        "the head, a toddler who drank e-liquid from a vape refill, a baby under 3 months with a fever (not "
        "feeding, sleepy), either wild mushrooms eaten and hours of vomiting or a fast-spreading hot red patch "
        "with fever after a small cut, late pregnancy with bleeding and a belly hard as a stone, and self-harm "
        "told indirectly (things given away, goodbyes or a letter, a bridge, a roof or the tracks at a chosen "
        "hour, no longer a burden) and 8 non-emergencies (a screen or stress headache; slightly swollen ankles "
        "in the evening in pregnancy with a normal blood pressure; how dangerous e-liquid is for children and "
        "where to keep it; travel or sport years after a brain bleed; a hangover; a normal temperature or a mild "
        "fever in a child who is playing; why smoke is dangerous, seen in the news or a series; shop or wild "
        "mushrooms, or a small cut that has stopped bleeding), in colloquial forms (Mexican Spanish; Brazilian "
        "Portuguese; informal French; colloquial German without umlauts; Italian; Russian in Cyrillic and Latin "
        "letters; Egyptian Arabic in Arabic letters and Arabizi; Hindi in Devanagari; Hinglish; Jakarta slang "
        "Indonesian; Turkish without its letters), slang, typos, missing accents and mixed English, written by a "
        "helper that had not read the lexicons, rules, prototypes or the earlier fresh sets' texts (still one "
        "author's imitation of real users). Through the whole `check_input`; counts only, so the set can stay "
        "held out. Not yet read on the code."),
)


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _ms(values: list[float]) -> dict:
    q = statistics.quantiles(sorted(values), n=100, method="inclusive")
    return {"p50_ms": q[49] * 1e3, "p95_ms": q[94] * 1e3, "n": len(values)}


def _opening(language: str) -> str:
    return TEXTS[language].emergency.split("(")[0][:25]  # the first words of the emergency text


def evaluate_languages(split: str = "test", data: Path = LANGUAGES_DATA,
                       fresh: tuple[FreshRound, ...] = FRESH_ROUNDS) -> dict:
    rows = _rows(data)
    held = [r for r in rows if r["split"] == split]
    lexicons()  # compiled once, outside the timings
    for warm in ("warm up the head", "hola, tengo una pregunta sobre el colesterol"):  # head, py3langid loaded
        check_input(warm)
    languages, timings = _per_language(held)
    latency = {**_ms(timings), "load_average": os.getloadavg()[0]}
    res = {"split": split, "languages": languages, "check_latency": latency,
           "detector": _detector(rows), "english": _english()}
    if split == "test":  # a validation run while tuning never reads the fresh sets
        for fresh_round in fresh:
            res[fresh_round.key] = _fresh(_rows(fresh_round.path))
    return res


def _per_language(held: list[dict]) -> tuple[dict, list[float]]:
    per: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    timings = []
    for r in held:
        t0 = time.perf_counter()
        verdict = check_input(r["text"])  # as the front ends call it: rules, learned head, lexicons
        timings.append(time.perf_counter() - t0)
        p = per[r["language"]]
        if r["label"] == "emergency":
            caught = verdict.action == "emergency"
            p["recall"].append(caught)
            p["worded"].append(caught and _opening(r["language"]) in verdict.message)
            if not caught:
                p["missed"].append(r["id"])
        else:
            p["false_alarm"].append(verdict.action == "emergency")
            p["told_english_only"].append(verdict.category == UNSUPPORTED)
            if verdict.action == "emergency":
                p["false_alarm_ids"].append(r["id"])
    languages = {}
    for language, p in sorted(per.items()):
        languages[language] = {
            "recall": proportion(sum(p["recall"]), len(p["recall"])),
            "worded_in_language": proportion(sum(p["worded"]), len(p["worded"])),
            "false_alarms": proportion(sum(p["false_alarm"]), len(p["false_alarm"])),
            "told_english_only": proportion(sum(p["told_english_only"]), len(p["told_english_only"])),
            "missed": p["missed"], "false_alarm_ids": p["false_alarm_ids"]}
    return languages, timings


def _fresh(rows: list[dict]) -> dict:
    """Counts only: which fresh messages were missed stays unread, so that a later round can still read
    the set as held out (the ids would point whoever tunes the lexicons at the very messages)."""
    languages, _ = _per_language(rows)
    for r in languages.values():
        del r["missed"], r["false_alarm_ids"]
    return {"languages": languages, "detector": _detector(rows)["accuracy"]}


def _detector(rows: list[dict]) -> dict:
    right: dict[str, list[bool]] = defaultdict(list)
    timings = []
    for r in rows:
        t0 = time.perf_counter()
        got = detect_language.__wrapped__(r["text"])  # uncached: the cost of one call
        timings.append(time.perf_counter() - t0)
        right[r["language"]].append(got == r["language"])
    return {"accuracy": {k: proportion(sum(v), len(v)) for k, v in sorted(right.items())},
            "latency": _ms(timings)}


def _english() -> dict:
    with gzip.open(MEDQUAD, "rt", encoding="utf-8") as f:
        medquad = [json.loads(line)["question"] for line in f]
    messages = [r["text"] for r in _rows(ENGLISH_DATA)]
    added = []  # what this issue adds to check_input on an English message (no context)
    for t in messages:
        detect_language.cache_clear()
        t0 = time.perf_counter()
        lexicon_emergency(t[:4000], None)
        unsupported_language(t, country=None)
        added.append(time.perf_counter() - t0)
    out: dict = {"added_latency": _ms(added)}
    for name, texts in (("medquad", medquad), ("messages", messages)):
        other = [t for t in texts if detect_language(t) in TEXTS]
        lexicon = [t for t in texts if lexicon_emergency(t[:4000], None)]
        out[name] = {"other_language": proportion(len(other), len(texts)),
                     "lexicon_emergency": proportion(len(lexicon), len(texts)),
                     "examples": (other + lexicon)[:10]}
    return out


def render_languages(res: dict) -> str:
    lines = [
        "",
        f"## Other languages (issue 21): held-out {res['split']} split",
        "",
        "`datasets/triage/authored/languages.jsonl`: 20 emergency and 12 non-emergency scenarios, each written "
        "as people write in 10 languages plus Hindi in Latin letters; split by scenario (a scenario is in one "
        "split in every language). The lexicons (`model/safety/lexicons/`) were written and tuned on the "
        "train and validation splits only; the same author wrote the messages and the lexicons, so these "
        "numbers are an optimistic first check, not a field measurement. Through the whole `check_input` "
        f"(rules + head + lexicons). Target: emergency recall ≥ {TARGET_RECALL:.0%} in each language.",
        "",
        *_table(res["languages"]),
    ]
    missed = [m for r in res["languages"].values() for m in r["missed"]]
    alarms = [m for r in res["languages"].values() for m in r["false_alarm_ids"]]
    lat, det = res["check_latency"], res["detector"]
    lines += [
        "",
        f"Missed emergencies: {', '.join(missed) or 'none'}. False alarms: {', '.join(alarms) or 'none'}.",
        "",
        f"`check_input` on these messages: p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms "
        f"({lat['n']} messages, {os.cpu_count()} CPUs, load average {lat.get('load_average', float('nan')):.1f}; "
        "the budget is 30 ms p95 on an idle machine, see the added cost on English below).",
        "",
        "Language detection (`model/safety/language.py`: English function words first, py3langid for the rest), "
        f"all {sum(a['n'] for a in det['accuracy'].values())} messages: "
        + ", ".join(f"{k} {a['k']}/{a['n']}" for k, a in det["accuracy"].items())
        + f"; per call p50 {det['latency']['p50_ms']:.3f} ms, p95 {det['latency']['p95_ms']:.3f} ms "
        "(a short message without enough evidence counts as undecided, not as a miss of the lexicons: "
        "emergencies are found whatever the detector says).",
        "",
        "English messages told \"MedAssist answers in English\" / taken for an emergency by another "
        "language's lexicon:",
        "",
    ]
    for name, e in res["english"].items():
        if name != "added_latency":
            lines.append(f"* {name}: {_fmt(e['other_language'])} / {_fmt(e['lexicon_emergency'])}")
    if added := res["english"].get("added_latency"):
        lines += ["", "What the other-language check adds to `check_input` on each English message of "
                  f"`messages.jsonl` (lexicons + detection gate, uncached): p50 {added['p50_ms']:.2f} ms, "
                  f"p95 {added['p95_ms']:.2f} ms ({added['n']} messages)."]
    lines.append("")
    for fresh_round in FRESH_ROUNDS:
        if fresh_round.key in res:
            lines.append(render_fresh(res[fresh_round.key], fresh_round))
    return "\n".join(lines)


def _table(languages: dict) -> list[str]:
    lines = ["| language | emergency recall | reply in the language | false alarms | told \"answers in English\" |",
             "|---|---|---|---|---|"]
    for language, r in languages.items():
        lines.append(f"| {language} | {_fmt(r['recall'])} | {_fmt(r['worded_in_language'])} | "
                     f"{_fmt(r['false_alarms'])} | {_fmt(r['told_english_only'])} |")
    return lines


def render_fresh(fresh: dict, fresh_round: FreshRound) -> str:
    languages, accuracy = fresh["languages"], fresh["detector"]
    caught = sum(r["recall"]["k"] for r in languages.values())
    emergencies = sum(r["recall"]["n"] for r in languages.values())
    alarms = sum(r["false_alarms"]["k"] for r in languages.values())
    others = sum(r["false_alarms"]["n"] for r in languages.values())
    lines = [
        "",
        f"## Other languages (issue 21): {fresh_round.title}",
        "",
        fresh_round.about,
        "",
        *_table(languages),
        "",
        f"In all: {caught}/{emergencies} emergencies caught, {alarms}/{others} non-emergencies alarmed. "
        "Language detection on these messages: "
        + ", ".join(f"{k} {a['k']}/{a['n']}" for k, a in accuracy.items()) + ".",
        "",
    ]
    return "\n".join(lines)


def append_markdown(md: Path, res: dict) -> None:
    with open(md, "a", encoding="utf-8") as f:
        f.write(render_languages(res))
