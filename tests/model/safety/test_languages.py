"""Issue 21: emergencies and other questions written in languages MedAssist does not answer in,
through `check_input` (what the person is shown)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medassist.model.safety import EMERGENCY_MESSAGE, check_input
from medassist.model.safety.language import detect_language
from medassist.model.safety.lexicons import find_emergency, normalise
from medassist.model.safety.localized import TEXTS, country_from_locale, emergency_text

ROOT = Path(__file__).resolve().parents[3]
SPANISH = "Esto puede ser una emergencia médica"


def check(text: str, **kw):
    return check_input(text, learned=False, **kw)  # the rules and lexicons alone: fast and deterministic


def test_spanish_emergency_gets_spanish_text_and_spain_number():
    verdict = check("mi papa no respira ayuda", country="ES")
    assert verdict.action == "emergency"
    assert SPANISH in verdict.message and "(112)" in verdict.message
    assert "911" not in verdict.message
    assert "In English: this may be a medical emergency" in verdict.message  # for a bystander


def test_spanish_emergency_gets_mexico_number_for_mx():
    verdict = check("creo q a mi papa le esta dando un infarto", country="mx")
    assert verdict.action == "emergency" and verdict.category == "cardiac"
    assert SPANISH in verdict.message and "(911)" in verdict.message and "112" not in verdict.message


def test_unknown_country_gets_the_languages_usual_numbers_and_local_number():
    message = check("me quiero matar ya no aguanto mas").message
    assert "112 en España y la UE, 911 en México y EE. UU., o el número de emergencias de tu país" in message
    # the crisis lines of Spain and Mexico, in Spanish, and the person's own country's
    assert "línea de ayuda (024 en España, 800 911 2000 – Línea de la Vida en México, o la de tu país)" in message


def test_a_portuguese_farewell_without_a_country_names_brazils_crisis_line():
    message = check("ja deixei tudo arrumado, amanha nao vou mais acordar").message
    assert message.startswith("Isto pode ser uma emergência médica")
    assert "linha de apoio (188 – CVV no Brasil, ou a do seu país)" in message
    assert "188 – CVV" in check("quero morrer, vou tomar todos os comprimidos hoje", country="BR").message


def test_country_comes_from_the_platform_locale_when_not_set():
    assert country_from_locale("pt-br") == "BR" and country_from_locale("es-419") is None
    verdict = check("meu pai desmaiou e nao responde", language="pt-BR")
    assert "Ligue agora para a emergência (192)" in verdict.message


@pytest.mark.parametrize("language, text, phrase", [
    ("pt", "minha filha ta engasgada e ficando roxa", "Isto pode ser uma emergência médica"),
    ("fr", "ma mere a la bouche de travers et arrive plus a parler", "Il peut s'agir d'une urgence médicale"),
    ("de", "mein vater ist umgekippt und reagiert nicht", "Das kann ein medizinischer Notfall sein"),
    ("it", "mio padre è svenuto e non risponde", "Potrebbe essere un'emergenza medica"),
    ("ru", "папа потерял сознание и не дышит", "Это может быть неотложное состояние"),
    ("ar", "ابوي اغمى عليه وما يرد", "قد تكون هذه حالة طبية طارئة"),
    ("hi", "पापा बेहोश हो गए और जवाब नहीं दे रहे", "यह मेडिकल इमरजेंसी हो सकती है"),
    ("hi-Latn", "papa behosh ho gaye aur saans nahi le rahe", "Yeh medical emergency ho sakti hai"),
    ("id", "bapak saya pingsan dan gak respon", "Ini mungkin keadaan darurat medis"),
    ("tr", "babam bayildi tepki vermiyor", "Bu tıbbi bir acil durum olabilir"),
])
def test_emergency_in_each_language_is_answered_in_it(language, text, phrase):
    verdict = check(text)
    assert verdict.action == "emergency", text
    assert phrase in verdict.message
    assert EMERGENCY_MESSAGE not in verdict.message  # not the English original


def test_self_harm_and_poisoning_lines_are_localized_with_the_countrys_numbers():
    message = check("tomei 30 comprimidos de paracetamol", country="BR").message
    assert "centro de intoxicações" in message and "188 – CVV" in message and "(192)" in message


def test_accents_typos_and_arabic_joined_words_match():
    assert find_emergency("No puedo respirár!!")[1] == "breathing"
    assert find_emergency("NO PUEDO RESPIRAR")[1] == "breathing"
    assert find_emergency("انجرحت جرح عميق والدم ما يوقف") == ("ar", "bleeding")  # "and the blood"
    assert find_emergency("ıçtim") is None and normalise("İlaç ŞİŞE") == " ilac sise "


def test_educational_question_naming_a_condition_is_not_an_emergency():
    for text in ("que causa un derrame cerebral", "quais sao os sintomas de infarto", "was verursacht einen schlaganfall"):
        assert check(text).action != "emergency", text


def test_non_emergency_in_another_language_gets_a_short_reply_in_it():
    verdict = check("tengo dolor de cabeza desde hace 2 dias, que puedo tomar")
    assert verdict.action == "reject" and verdict.category == "unsupported_language"
    assert verdict.message.startswith("MedAssist solo responde en inglés")
    assert "MedAssist answers in English only" in verdict.message
    ru = check("сколько воды надо пить в день")
    assert ru.category == "unsupported_language" and "только на английском" in ru.message


@pytest.mark.parametrize("text", [
    "Can Señora García take ibuprofeno with her metformin?", "paracetamol", "Maria Gonzalez Lopez",
    "ibuprofen naproxen combination", "Is José's metformina the same as metformin?",
    "What is Moyamoya disease?", "Does Nurofen Express contain codeine?",
    "my friend Anaïs has a rash after amoxicillin, should she worry",
])
def test_english_with_a_foreign_name_or_drug_is_answered_normally(text):
    verdict = check(text)
    assert verdict.action == "ok", (text, verdict)


def test_a_language_hint_alone_never_refuses_an_english_question():
    assert check("What is asthma?", language="es").action == "ok"


def test_english_emergency_keeps_the_original_text_without_a_country_and_names_the_countrys_number_with_one():
    assert check("I have crushing chest pain right now").message.startswith(EMERGENCY_MESSAGE)
    with_country = check("I have crushing chest pain right now", country="AU").message
    assert "Call your emergency number now (000)" in with_country


def test_ongoing_emergency_follow_up_keeps_the_persons_language():
    verdict = check("y ahora que hago??", emergency_active=True, language="es")
    assert verdict.action == "emergency" and SPANISH in verdict.message


def test_every_language_has_every_text_filled():
    for language in TEXTS:
        for country in (None, "ES", "US", "ZZ"):
            for category in ("cardiac", "self_harm", "overdose", "poisoning"):
                text = emergency_text(category, language, country)
                assert text and "{" not in text and "}" not in text


def test_hinglish_is_recognised_and_english_is_not():
    assert detect_language("mujhe saans nahi aa rahi hai") == "hi-Latn"
    assert detect_language("What are the symptoms of asthma?") == "en"
    assert detect_language("ibuprofen") is None  # too little to say


def test_the_authored_set_has_enough_messages_per_language():
    rows = [json.loads(line) for line in (ROOT / "datasets/triage/authored/languages.jsonl").open(encoding="utf-8")]
    by_language: dict[str, list[dict]] = {}
    for row in rows:
        by_language.setdefault(row["language"], []).append(row)
    assert len(by_language) >= 11
    for language, items in by_language.items():
        assert sum(r["label"] == "emergency" for r in items) >= 15, language
        assert sum(r["label"] == "non_emergency" for r in items) >= 10, language
    # a scenario never straddles splits
    splits = {}
    for row in rows:
        assert splits.setdefault(row["scenario"], row["split"]) == row["split"]


def test_terse_english_without_function_words_is_answered_not_refused():
    # "do vaccines cause autism" read as French at 0.53 and was refused in French; spaced-out letters
    # read as Portuguese worded an English speaker's emergency reply in Portuguese.
    assert check("do vaccines cause autism").action == "ok"
    verdict = check("h e l p   c a n t   b r e a t h e")
    assert verdict.action == "emergency" and verdict.message.startswith(EMERGENCY_MESSAGE.split(".")[0])
    lines = (ROOT / "datasets/language/terse_english.txt").read_text().splitlines()
    terse = [t for t in lines if t and not t.startswith("#")]
    assert len(terse) >= 50
    assert [t for t in terse if detect_language(t) not in (None, "en")] == []


def test_a_confident_reading_without_function_words_still_counts():
    assert detect_language("kalp krizinin belirtileri nelerdir") == "tr"  # 0.9996, no listed word
    assert detect_language("welche ernährung bei bluthochdruck") == "de"
