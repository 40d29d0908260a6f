"""Session 54 (issue 21 item 3, `languages_dev30.jsonl`: the kinds whose own signs were fewest in every lexicon — a seizure
that goes on, choking, a child pulled from water, an electric shock, someone found who will not wake, an asthma attack the
inhaler does not touch, food anaphylaxis, a limp baby — with look-alikes in their words). What this session added, as
templates over each language's words (`lexicons/kinds.py`): a seizure told by what the body does (it jerks, stiffens,
convulses) with a second sign (it goes on, minutes said, foam at the mouth, the eyes rolled up), or trembling with the mouth
or the eyes; a drowning told as the water left (pulled out, found floating) with the breath weak, the eyes shut or no answer
after it; asthma or its inhaler with the words gone, and an inhaler of "zero effect"; spots and their colour in either
order. Medicine names every lexicon's `PILLS` shares (`lexicons/medicines.py`). Spoken forms (`lexicons/spoken.py`):
the English nouns of Hinglish ("vomiting", "blood", "swelling") and French elisions typed without their apostrophe
("setouffe", "jarrive"). And what is no emergency in the same words: a choke coughed out with its Arabic "and" joined to
"it went", dying of laughter said "hanste hanste", a little wheeze of an asthma named as mild. The first text of each kind
is a row of the set's tune half; the others were written for this file."""

from __future__ import annotations

import pytest
from verdicts import assert_no_emergency, assert_read_as_emergency

# (language, an emergency only a session-54 addition reads, its category)
NEW_SIGNS = [
    ("fr", "mon fils est en pleine crise, tout son corps tremble et se raidit depuis 5 min, il a le regard dans le vide et de "
           "la bave, ca s arrete pas", "seizure"),
    ("es", "a mi hija le dio un ataque, se sacude toda desde hace 4 minutos y no para", "seizure"),
    ("it", "abbiamo tirato fuori mio nipote dalla piscina, galleggiava a faccia in giù, respira pochissimo e non apre gli occhi",
     "drowning"),
    ("ar", "طلعنا ولد اختي من المسبح كان طافي على وجهه، يتنفس بصعوبة كثير وما يفتح عيونه", "drowning"),
    ("pt", "meu filho sumiu no mar e o salva-vidas resgatou ele agora, nao acorda e ta roxo", "drowning"),
    ("ru", "сильный приступ астмы, пшикнула ингалятор раз 6 и ноль эффекта, говорить не могу, грудь сдавило", "breathing"),
    ("es", "mi hijo con asma esta tan mal que no puede ni hablar", "breathing"),
    ("ru", "пшикнул ингалятор уже 4 раза, ноль эффекта", "breathing"),
    ("fr", "ma fille setouffe avec un bonbon, elle devient rouge", "choking"),
    ("hi-Latn", "bhai sir ke bal gira tha abhi, ab baar baar vomiting ho rahi hai", "head_injury"),
    # a medicine by its shared name (`medicines.py`), in the lexicons that held few
    ("hi-Latn", "usne bahut saari paracetamol kha li, ab ulti kar raha", "overdose"),
    ("ru", "бабушка наглоталась корвалола, спит не добудиться", "overdose"),
    ("fr", "ma soeur a pris tous ses anxiolytiques, elle est dans le coaltar", "overdose"),
    # the colour before the spots; the chest's adjective; a body "tout froid"
    ("ru", "у сына 40, свет глаза режет, голову к груди не может наклонить, на ногах какие-то фиолетовые точки",
     "sepsis_meningitis"),
    ("fr", "ma mere a une douleur thoracique horrible qui irradie dans le dos", "cardiac"),
    ("fr", "grand pere tout froid, il tremble plus et il est tout mou", "hypothermia"),
]

# (language, a look-alike in the same words, with no emergency in it)
LOOK_ALIKES = [
    ("ar", "شرقت بالمية وانا باكل، كحيت شوية وراحت، طبيعي زوري لسه بيحرقني شوية؟"),
    ("hi-Latn", "tera video dekh ke hanste hanste mar gaya yaar, saans hi nahi aa rahi thi lol"),
    ("hi", "उसका जोक सुनकर हंसते हंसते मर गई, सांस ही नहीं आ रही थी"),
    ("id", "aku asma ringan, pas pilek malem2 napasnya bunyi ngik dikit, sehari boleh pake inhaler berapa kali?"),
    ("es", "me tiemblan las manos desde hace 10 minutos despues de tanto cafe"),
    ("fr", "mon fils est epileptique, combien de minutes peut durer une crise normale ?"),
    ("tr", "oğlum havuzdan çıkınca titriyor, üşüyor galiba, normal mi?"),
    ("it", "mia figlia dopo il mare trema un po' di freddo ma gioca, devo preoccuparmi?"),
    ("es", "me tome la pastilla y se me quitaron todos los dolores"),
    ("hi-Latn", "doctor ne paracetamol di hai, din me kitni baar le sakte hai?"),
]


@pytest.mark.parametrize(("language", "text", "category"), NEW_SIGNS)
def test_the_new_signs_are_read(language: str, text: str, category: str) -> None:
    assert_read_as_emergency(language, text, category)


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_look_alike_in_the_same_words_is_no_emergency(language: str, text: str) -> None:
    assert_no_emergency(language, text)
