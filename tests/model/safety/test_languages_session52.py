"""Session 52 (issue 21 item 3, `languages_dev28.jsonl`: drowning, an electric shock, hypothermia, choking, a child's
poisoning, a blow to the head, burns and a grandparent's pills, with look-alikes in their words). What this session added:
chat spellings read in their standard form (Italian "nn", German "nich", "umgehaun", "heut"); a burn of the face or the
neck with the voice gone hoarse; the pills, tonight, all of them; the verb before a grandparent's pills ("наелся
бабушкиных таблеток"); a live wire caught in German; a thing that struck the head in Hindi; an Egyptian "هرمي نفسي" on a
roof; a bridge in a German compound; Maghrebi Arabizi's fever and stiff neck. And what is no emergency in the same words:
swamped with work said with drowning's or choking's verb, a childhood near-drowning or shock, a choke coughed out, a heart
attack at a price, a headache a painkiller takes away, "nn ho vomitato" after a bump, heartburn with a hoarse voice.
Sentences written for this file, none taken from a set."""

from __future__ import annotations

import pytest
from verdicts import assert_no_emergency, assert_read_as_emergency

from medassist.model.safety.lexicons import find_emergency, spoken

# (language, an emergency only a session-52 addition reads, its category)
NEW_SIGNS = [
    ("de", "mein bruder hat an der baustelle ne leitung angefasst, hats ihn umgehaun, er reagiert nich", "electric_shock"),
    ("hi-Latn", "papa ka chehra aur gardan aag se jal gaye, awaaz baith gayi hai", "burns"),
    ("es", "a mi tio se le incendio la parrilla, tiene la cara quemada y la voz ronca", "burns"),
    ("ru", "внучка наелась дедушкиных таблеток от сердца, очень вялая", "overdose"),
    ("it", "ho messo da parte le pastiglie, stanotte le prendo tutte e basta", "self_harm"),
    ("hi", "भाई के सिर पर कल पत्थर लगा था, आज बार बार उल्टी हो रही है और बहुत सुस्त है", "head_injury"),
    ("ar", "اخوي واقف على السطح ويقول هرمي نفسي", "self_harm"),
    ("de", "stehe auf der eisenbahnbrücke und will springen", "self_harm"),
    ("ar", "binti 3andha s5ana w ra9bitha m7ajra", "sepsis_meningitis"),
    ("it", "mio zio è rimasto al gelo sul balcone, è congelato e nn trema più", "hypothermia"),
]

# (language, a look-alike in the same words, with no emergency in it)
LOOK_ALIKES = [
    ("es", "estoy ahogandome en deudas este mes jaja, algun consejo para el estres?"),
    ("it", "sto annegando nel lavoro, che tisana mi consigliate per dormire?"),
    ("ru", "в детстве меня ударило током от розетки, это могло повлиять на сердце?"),
    ("tr", "kucukken havuzda bogulacaktim, simdi yuzme ogrenmek istiyorum ama korkuyorum"),
    ("pt", "engasguei com um pedaco de pao, tossi e saiu, agora so ficou um incomodo"),
    ("de", "krieg jedes mal nen herzinfarkt wenn die stromrechnung kommt haha"),
    ("it", "ho sbattuto la testa sulla mensola, solo un bernoccolo, nn ho vomitato e sto bene"),
    ("es", "me duele la cabeza, siento que me va a explotar, pero se me quita con una pastilla, que sera?"),
    ("fr", "j'ai des brulures d'estomac, la bouche amere et la voix enrouee le matin"),
    ("es", "puedo tomar todas las pastillas de esta noche juntas o las separo?"),
    ("it", "ho avuto un infarto quando ho visto il voto dell'esame ahahah"),
]


@pytest.mark.parametrize(("language", "text", "category"), NEW_SIGNS)
def test_the_new_signs_are_read(language, text, category):
    assert_read_as_emergency(language, text, category)


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_look_alike_in_the_same_words_is_no_emergency(language, text):
    assert_no_emergency(language, text)


def test_chat_spellings_are_read_in_their_standard_form():
    assert spoken.standard(" nn respira piu ", "it") == " non respira piu "
    assert spoken.standard(" er atmet nich ", "de") == " er atmet nicht "
    # only for that language's lexicon: "nn" means nothing to the German one
    assert spoken.standard(" nn ", "de") == " nn "


def test_swamped_with_work_does_not_hide_a_drowning_with_a_call_for_help():
    text = "ayuda, mi hijo se esta ahogando en la alberca y yo ahogado en trabajo no lo vi"
    assert find_emergency(text, prefer="es") is not None
