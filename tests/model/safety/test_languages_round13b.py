"""Issue 21, round 13b: guards over every sign of a category (`lexicons/grid.every_sign_guards`) that keep the
look-alikes of an emergency answered in any of the Romance languages and German: a course of antibiotics finished,
the amount of blood negated ("no sale mucha sangre"), a chest sore from the gym with no second sign, a diabetic
confused about the doses, a knock to the head with the vomiting denied and no other sign. Each guard has an
emergency twin that must still be read, so that a guard too wide fails here too. Texts written for these tests,
as people type (accents dropped, typos kept); none is a row of a languages dataset."""

from __future__ import annotations

import pytest

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
