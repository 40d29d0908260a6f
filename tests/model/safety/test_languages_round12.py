"""Issue 21, twelfth round: what the detector decides for short, mixed and transliterated messages,
drawn-out letters, Arabic typed in Latin letters, and the emergency reply worded by the lexicon that
reads the message when the detector cannot tell. What the person is shown: the emergency reply in their
language with their country's number, or "MedAssist answers in English" in their language. None of
these texts is a row of `languages_dev12.jsonl`."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input
from medassist.model.safety.language import detect_language
from medassist.model.safety.lexicons import find_emergency, normalise
from medassist.model.safety.localized import TEXTS, emergency_text, unsupported_language_message
from medassist.model.safety.other_languages import emergency_reply


@pytest.mark.parametrize(("text", "language"), [
    # a function word the detector's neighbours lack ("mon", "il", "hab") settles a short message
    ("ma grand mere a la bouche de travers", "fr"),
    ("il nonno ha la bocca storta", "it"),
    ("hab 30 tabletten geschluckt", "de"),
    # mixed with English: the language with more function words
    ("omg my mom a mal a la poitrine et au bras, elle transpire", "fr"),
    # Turkish without its letters: verb endings, and a near-certain detector over one "English" word
    ("kardesim nefes alamiyor dudaklari mor", "tr"),
    ("bu is beni oldurecek galiba", "tr"),
    # Russian and Arabic in Latin letters
    ("mama upala i ne otvechaet, chto delat", "ru"),
    ("ebni mesh 3ayez yakol w 3ando s5oneya", "ar"),
])
def test_detects_short_mixed_and_transliterated(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "do vaccines cause autism",  # "do" is Portuguese too
    "hay fever tablets dose",  # "hay" is Spanish
    "son fever 39 vomiting",
    "What causes 17q23.1q23.2 microdeletion syndrome ?",  # "q" is Spanish chat
    "mi belly a hurt mi likkle bit after di curry goat",  # Jamaican English "mi"
    "took my 2nd dose at 7am, arm sore",  # ordinals are not Arabizi
])
def test_english_stays_english(text):
    assert detect_language(text) not in TEXTS


def test_drawn_out_letters_are_shortened():
    assert normalise("AYUDAAA nooo respira") == " ayuda no respira "
    assert normalise("saaaans nahi aa rahi") == " saans nahi aa rahi "  # inside a word: two, as Hindi's long vowels
    assert normalise("1000 mg") == " 1000 mg "  # digits are not letters


def test_drawn_out_emergency_is_found_and_answered_in_spanish():
    verdict = check_input("mi papa nooo respiraaa", country="MX")
    assert verdict.action == "emergency"
    assert verdict.message.startswith(TEXTS["es"].emergency.split("(")[0][:20])
    assert "911" in verdict.message


@pytest.mark.parametrize(("text", "category"), [
    ("ebni shereb clorox delwa2ti", "poisoning"),
    ("baba mesh 2ader yetnafes w lono azra2", "breathing"),
    ("mesh 3ayez a3eesh, el leila hakhalas 3ala nafsi", "self_harm"),
])
def test_arabizi_emergency_is_answered_in_arabic_with_the_countrys_number(text, category):
    assert find_emergency(text) == ("ar", category)
    verdict = check_input(text, country="EG")
    assert verdict.action == "emergency"
    assert verdict.message == emergency_text(verdict.category, "ar", "EG")
    assert "123" in verdict.message


@pytest.mark.parametrize("text", [
    "eskiden intihar dusuncelerim vardi simdi iyiyim",  # Turkish "intihar" is no Arabizi
    "the mesh from my hernia repair feels tight",
    "is a dam of 3 metres deep water safe for kids",
])
def test_arabizi_lexicon_leaves_other_text(text):
    assert (find_emergency(text) or ("", ""))[0] != "ar"


def test_undecided_message_worded_by_the_lexicon_that_reads_it():
    text = "opa krampft"  # two words: the detector does not say; the German lexicon reads a seizure
    assert detect_language(text) is None
    assert emergency_reply("seizure", text, language=None, country="AT") == emergency_text("seizure", "de", "AT")


@pytest.mark.parametrize(("text", "language"), [
    ("meu pai teve avc ano passado, pode dirigir?", "pt"),  # a past time without its article
    ("mio nonno ha avuto un ictus anno scorso, puo volare?", "it"),
])
def test_past_event_without_article_is_a_question(text, language):
    verdict = check_input(text, country="BR" if language == "pt" else "IT")
    assert (verdict.action, verdict.category) == ("reject", "unsupported_language")
    assert verdict.message == unsupported_language_message(language, "BR" if language == "pt" else "IT")


@pytest.mark.parametrize(("text", "language"), [
    # on a height and about to jump, in either order (the lead, after lang12's validation misses in seven languages)
    ("estoy en la azotea y voy a saltar", "es"), ("voy a tirarme del puente esta noche", "es"),
    ("estou na ponte e vou pular", "pt"), ("vou me jogar do predio", "pt"),
    ("je suis sur le toit je vais sauter", "fr"), ("je vais me jeter du pont", "fr"),
    ("ich stehe auf der brücke und springe gleich", "de"), ("ich werde vom dach springen", "de"),
    ("sono sul tetto e sto per buttarmi", "it"), ("voglio buttarmi dal ponte", "it"),
    ("я на крыше и сейчас прыгну", "ru"), ("хочу спрыгнуть с моста", "ru"), ("ya na kryshe i seichas prygnu", "ru"),
    ("أنا على السطح وسأقفز", "ar"), ("ana 3ala el sat7 w ha2fez", "ar"),
    ("saya di atap mau lompat", "id"), ("köprüdeyim atlayacağım", "tr"),
])
def test_about_to_jump_from_a_height_is_self_harm(text, language):
    assert find_emergency(text) == (language, "self_harm")


@pytest.mark.parametrize("text", [
    "mi hijo se cayo del techo ayer y le duele el tobillo",
    "el techo de mi casa tiene moho y toso, voy a saltar la clase de gym?",  # skipping a class
    "je vais sauter le petit dejeuner demain, c'est grave?",
    "сын прыгнул с крыши сарая неделю назад, нога болит",  # he jumped, a week ago
    "saya mau lompat tali buat olahraga, aman?",
])
def test_a_jump_that_is_no_plan_is_not_self_harm(text):
    assert (find_emergency(text) or ("", ""))[1] != "self_harm"
