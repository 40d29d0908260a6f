"""Issue 21, eighth round: the lexicons generalise past their author's phrasings. Emergencies from
`languages_dev8.jsonl` (each missed by the code before the round) and non-emergencies that must
stay so (an education question, a condition in the past, a mild complaint), through `check_input`
with the rules and lexicons alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import test_lexicons_round9 as round9  # the second pass's cases, run here with the first's

from medassist.model.safety import check_input
from medassist.model.safety.lexicons import find_emergency, lexicons, normalise

ROOT = Path(__file__).resolve().parents[3]

EMERGENCIES = [
    "mi bebe se atoro con una uva y no puede toser",
    "el nene tomo lavandina de una botella de agua",
    "tengo guardadas pastillas para cuando ya no pueda mas, hoy es el dia. les deje una carta a mis hijos",
    "estoy de 30 semanas y estoy sangrando un monton",
    "to com um aperto no peito que vai pro braço esquerdo e suando frio",
    "tomei uma cartela inteira de rivotril",
    "tô grávida de 8 meses, a bolsa estourou e tô vendo o cordão",
    "ma fille a mangé des cacahuètes, ses lèvres gonflent et elle a du mal a avaler",
    "j'ai gardé des médicaments de côté pour partir, j'ai écrit mes lettres d'adieu",
    "mon bébé de 3 semaines a 39 de fièvre et il est tout mou",
    "hab so ein drücken in der brust, strahlt in den linken arm aus, kalter schweiß",
    "ich will nicht mehr, heute nacht mach ich schluss",
    "unser baby (5 wochen) ist ganz schlapp, trinkt nicht und hat fieber",
    "mi ha punto un'ape e mi si sta gonfiando la gola",
    "ho preso tutta la scatola di tachipirina",
    "ho messo da parte le pastiglie, ho scritto una lettera di addio",
    "давит в груди отдает в левую руку и холодный пот",
    "я выпила всю пачку снотворного",
    "у дочки температура, шея не гнется и сыпь, которая не исчезает при нажатии",
    "مو قادر اخذ نفس احس اني بختنق",
    "خلاص ما عاد اتحمل، الليلة راح انهي كل شي",
    "بنتي عمرها شهرين حرارتها 39 وما ترضع وهي خاملة",
    "नानी की आधी बॉडी सुन्न हो गई है और जुबान लड़खड़ा रही है",
    "पापा का हाथ कट गया है, खून रुकने का नाम नहीं ले रहा",
    "अब और नहीं सह सकता, आज रात सब खत्म कर दूंगा",
    "seene me bahut pressure hai aur left hand me dard ja raha hai, pasina aa raha",
    "ab jeene ka mann nahi hai, aaj raat sab khatam kar dunga",
    "wife 8 month pregnant hai aur bleeding bahut ho rahi hai",
    "temen gw minum 1 strip obat tidur semua",
    "udah nulis surat perpisahan, obatnya udah gw kumpulin",
    "bayi 3 minggu demam 38,5 lemes gak mau nyusu",
    "babamin eli kesildi kan fiskiriyor",
    "artik dayanamiyorum bu gece her seye son verecegim",
    "8 aylik hamileyim suyum geldi ve kordon disari cikti",
    # the second and third batches, after the first pass
    "a mi esposo le duele el pecho horrible desde hace media hora y esta palido y sudando",
    "meine oma redet nur noch wirres zeug und ihr arm hängt schlaff runter",
    "a mia nonna si è addormentato mezzo corpo e non parla",
    "я устала жить, сегодня выпью все таблетки",
    "طفلي عمره ٣ اسابيع وحرارته عالية",
    "dada ji ka ek haath kaam nahi kar raha aur bol saaf nahi aa raha",
    "esimin gogsu cok agriyor ve ter icinde kaldi",
    "ich bring mich heute nacht um",
    # the fifth batch, after the last pass: saying goodbye, a weight on the chest
    "больше не могу, завтра меня уже не будет", "kal subah tak main nahi rahunga, sabko alvida",
    "yarin sabah olmayacagim, herkese elveda", "gogsume fil oturmus gibi, sol kolum uyusuyor, ter icindeyim",
]

NOT_EMERGENCIES = [
    "mi mama se desmayo el mes pasado por el calor, ya esta bien",
    "como prevenir un derrame cerebral",
    "ma mère a fait un AVC il y a 3 ans, elle peut prendre l'avion?",
    "mein vater hatte letztes jahr einen herzinfarkt, darf er wieder sport machen",
    "mio padre ha avuto un infarto 2 anni fa, può fare sport?",
    "у отца был инфаркт год назад, можно ему в баню?",
    "ابوي جاته جلطة قبل سنتين، يقدر يسافر بالطيارة؟",
    "पापा को पिछले साल लकवा हुआ था, अब ठीक हैं, कौन सी एक्सरसाइज करें",
    "papa ko pichle saal heart attack aaya tha, ab walk kar sakte hai?",
    "bapak pernah stroke tahun lalu, sekarang boleh naik pesawat?",
    "udah 3 hari demam sama pilek",
    "babam gecen yil kalp krizi gecirdi spor yapabilir mi",
    "cortei o dedo cozinhando, sangrou um pouco mas parou",
    # idioms and mild versions of the new words
    "me quiero morir de la verguenza, me cai en la calle", "essa prova vai me matar", "ce boulot va me tuer",
    "mi bebe de 2 meses tiene un poquito de mocos, sin fiebre", "que hacer si alguien convulsiona? es para un curso de primeros auxilios",
    "رقبتي متشنجة من النوم الغلط", "4 aylik bebegimin burnu tikali ama emiyor",
    "papa ko 5 saal pehle stroke hua tha, kya wo travel kar sakte hai",  # not taken by Indonesian's "stroke"
    "minha mãe teve avc faz 5 anos, pode tomar vacina?", "prizden hafif elektrik carpti ama iyiyim",
]

# English that names the other languages' words: no lexicon may take it
ENGLISH = [
    # (none of these is a row of the triage set: its build refuses a test sentence it also holds)
    "What is (are) Henoch-Schonlein purpura ?", "how fast does the adrenaline in an epipen start working",
    "how can you tell if a friend is quietly thinking about suicide?",
    "my diabetic mum is confused and sweaty and snappy, her sugar reads 2.1",
    "pregnant and bleeding loads with big clots", "toddler floppy and wont wake up", "sorry that last text made no sense",
    "what really happens if someone gets electrocuted fixing a plug, do you pull them off or not",
    "murder mystery party saturday, my character is poisoned and convulses on the rug",
    "my blood sugar is 18, how many extra units of insulin should i do",
    "the possible side effects of prednisone include weight gain, high blood pressure, behavior changes",
    "Seizures may be treated with anti-convulsants, which may also help to treat psychiatric symptoms.",
    "Emergency treatment for a baby who has been shaken usually includes life-sustaining measures",
]


@pytest.mark.parametrize("text", EMERGENCIES + round9.EMERGENCIES)
def test_new_wordings_of_an_emergency_are_caught(text):
    assert check_input(text, learned=False).action == "emergency", text


@pytest.mark.parametrize("text", NOT_EMERGENCIES + round9.NOT_EMERGENCIES)
def test_a_past_condition_an_older_babys_fever_or_an_idiom_is_not_an_emergency(text):
    assert check_input(text, learned=False).action != "emergency", text


@pytest.mark.parametrize("text", ENGLISH + round9.ENGLISH)
def test_english_is_not_taken_by_another_languages_lexicon(text):
    assert find_emergency(text) is None, text


def test_no_pattern_holds_an_unfilled_placeholder():
    # a "{G}" written in a plain r"" string (not rf"") is matched literally and never fires
    for lexicon in lexicons():
        patterns = [p for _, p in lexicon.signs + lexicon.conditions] + [lexicon.cues, lexicon.educational]
        for pattern in patterns:
            assert not re.search(r"\{[A-Z]+\}|\{\{", pattern.pattern), (lexicon.language, pattern.pattern[:80])


def test_the_prefilter_matches_exactly_when_a_sign_does():
    # `prefilter.any_of` groups the signs by first letter for speed; it must never skip a sign
    texts = [json.loads(line)["text"] for name in ("languages_dev8.jsonl", "languages_dev9.jsonl")
             for line in (ROOT / "datasets/triage/authored" / name).open(encoding="utf-8")]
    texts += EMERGENCIES + NOT_EMERGENCIES + ENGLISH + round9.EMERGENCIES + round9.NOT_EMERGENCIES + round9.ENGLISH
    for lexicon in lexicons():
        for text in texts:
            normalised = normalise(text)
            expected = any(pattern.search(normalised) for _, pattern in lexicon.signs)
            assert bool(lexicon.any_sign.search(normalised)) == expected, (lexicon.language, text)
