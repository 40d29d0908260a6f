"""Issue 21, round 13b: guards over every sign of a category (`lexicons/grid.every_sign_guards`) that keep the
look-alikes of an emergency answered in any of the Romance languages and German: a course of antibiotics finished,
the amount of blood negated ("no sale mucha sangre"), a chest sore from the gym with no second sign, a diabetic
confused about the doses, a knock to the head with the vomiting denied and no other sign. Each guard has an
emergency twin that must still be read, so that a guard too wide fails here too. Texts written for these tests,
as people type (accents dropped, typos kept); none is a row of a languages dataset."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input, other_languages
from medassist.model.safety.lexicons import find_emergency

LOOK_ALIKES = [
    # a course finished as prescribed: "all the pills" of an antibiotic
    ("es", "ya termine los antibioticos q me dio el doctor, me tome todas las pastillas, ahora que hago"),
    ("fr", "c est fini les antibio, j ai pris toutes les gelules jusqu au bout, je peux reprendre le sport?"),
    ("pt", "terminei o antibiotico ontem, tomei todos os comprimidos direitinho, preciso voltar no medico?"),
    ("it", "ho finito il ciclo di antibiotico, ho preso tutte le pastiglie, posso bere vino?"),
    # the amount of blood negated
    ("es", "me corte el dedo con el cuchillo del pan pero no sale mucha sangre, con una curita basta?"),
    ("pt", "cortei a mao no vidro mas nao sai muito sangue, preciso de ponto?"),
    # a chest sore from a workout, no second sign
    ("es", "me duele mucho el pecho por el gimnasio, ayer hice press de banca pesado"),
    ("fr", "j ai tres mal a la poitrine depuis la muscu d hier, ca tire quand je leve les bras"),
    # a diabetic confused about doses
    ("es", "soy diabetica y ando confundida con las dosis de insulina, cuantas unidades antes de cenar?"),
    (
        "fr",
        "mon pere est diabetique et il est confus avec ses doses d insuline, comment l aider a s organiser",
    ),
    # a knock to the head, no vomiting, nothing else
    ("es", "mi nena se golpeo la cabeza con la cama, no vomito y anda jugando como siempre"),
    ("fr", "mon fils s est cogne la tete contre la table, pas de vomissement, il rigole deja"),
    ("pt", "meu filho bateu a cabeca no chao, nao vomitou e ta brincando normal"),
]

# the twin of each guard, an emergency the same words still tell
TWINS = [
    ("es", "me tome todas las pastillas de la caja a proposito, no quiero despertar", "overdose"),
    ("pt", "tomei todos os comprimidos da cartela de uma vez, to passando mal", "overdose"),
    ("es", "me corte el brazo con la sierra y sale mucha sangre, no para", "bleeding"),
    ("es", "me duele mucho el pecho y se me va al brazo izquierdo, estoy sudando", "cardiac"),
    ("fr", "j ai tres mal a la poitrine depuis la muscu et j ai du mal a respirer, je transpire", "cardiac"),
    ("es", "mi papa es diabetico y esta confundido, no sabe donde esta y suda frio", "diabetic"),
    ("es", "mi hijo se golpeo la cabeza y vomito dos veces, esta muy dormido", "head_injury"),
    (
        "fr",
        "mon fils s est cogne la tete, pas de vomissement mais il est tres somnolent depuis",
        "head_injury",
    ),
    ("es", "mi hijo se golpeo la cabeza, no vomito pero esta muy adormilado", "head_injury"),
]


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_look_alike_is_no_lexicon_emergency(language, text):
    assert find_emergency(text, prefer=language) is None, text


@pytest.mark.parametrize(("language", "text", "category"), TWINS)
def test_the_emergency_twin_is_still_read(language, text, category):
    found = find_emergency(text, prefer=language)
    assert found is not None and found[1] == category, (text, found)


# The English head on another language (`other_languages.reassured`): beside the writer's own words that it is mild
# or over, in their language, its lone alarm is a look-alike's.
REASSURED = [
    ("es", "mi nene se dio un golpe en la frente con la puerta, lloro poquito y ya esta jugando"),
    ("es", "mi hija se cayo del columpio, se raspo la rodilla pero ya esta bien"),
    ("fr", "mon fils a pris un petit coup de jus avec la prise, ça va"),
    ("fr", "ma fille s est cognée contre le lit, une petite bosse mais elle joue normalement"),
    ("de", "mein sohn ist vom sofa gefallen, kleine beule, sonst nichts"),
    ("de", "die kleine hat sich am tisch gestoßen, weint kurz und lacht schon wieder"),
    ("pt", "meu filho bateu a testa na porta, chorou um pouco e ja ta brincando"),
    ("it", "mio figlio ha battuto la testa sul tavolo, ha pianto un po ma ora sta giocando"),
    ("hi", "मेरा बेटा बिस्तर से गिर गया, थोड़ा रोया, अब खेल रहा है"),
    ("id", "bocah saya jatuh dari kasur, nangis bentar, sekarang udah main lagi"),
    ("tr", "oglum masadan dustu, biraz agladi simdi oynuyor"),
]
NOT_REASSURED = [
    "my little one bumped his head but hes playing normally now",  # English: the gate never reads it
    "mi papa se cayo y no respira, esta morado",
    "mon mari a mal a la poitrine, ca va pas du tout, il transpire",
    "mein vater atmet nicht mehr und ist ganz blau im gesicht",
]


@pytest.mark.parametrize(("language", "text"), REASSURED)
def test_the_writer_says_it_is_mild_in_their_language(language, text):
    assert other_languages.reassured(text), text
    assert check_input(text).action != "emergency", text


@pytest.mark.parametrize("text", NOT_REASSURED)
def test_no_reassurance_is_read_in_english_or_in_an_emergency(text):
    assert not other_languages.reassured(text), text


def test_the_head_alarm_on_a_reassured_look_alike_is_what_the_gate_takes_back(monkeypatch):
    # without the gate the English head reads the bump as an emergency: the gate, not the rules, answers it
    text = "ma fille s est cognée contre le lit, une petite bosse mais elle joue normalement"
    assert check_input(text).action != "emergency"
    monkeypatch.setattr(other_languages, "reassured", lambda _text: False)
    assert check_input(text).action == "emergency"


@pytest.mark.parametrize("text", NOT_REASSURED[1:])
def test_an_emergency_in_another_language_is_still_one(text):
    assert check_input(text).action == "emergency", text
