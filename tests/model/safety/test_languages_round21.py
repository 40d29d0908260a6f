"""Round 21 (issue 21, session 45): emergencies in the person's language, without the false alarms of a sign said to be
absent, a supposition, a story, an everyday hyperbole or a dated past with no now (`lexicons/stance.py`).

Each mechanism is tested in several languages, and beside it the emergency it must not take back: the sign's own
negation ("не дышит", "nefesi yok"), a negation of the clause before ("пульса нет, не дышит"), a now. Sentences written
for this file, none in `languages_dev21.jsonl`."""

from __future__ import annotations

import json

import pytest

from medassist import paths
from medassist.model.safety import other_languages
from medassist.model.safety.lexicons import denied_only, find_emergency, stance, told_not_now

TRIAGE = paths.REPO_DIR / "datasets" / "triage"

# A sign said to be absent: before it, after it (Hindi, Turkish, Russian), and between the two parts of a template.
DENIED = [
    ("Seit gestern Husten, aber keine Atemnot und kein Fieber", "de"),
    ("no tengo dificultad para respirar, solo mocos", "es"),
    ("sem falta de ar, so o nariz entupido", "pt"),
    ("pas de douleur dans la poitrine, pas d essoufflement, juste des palpitations apres le cafe", "fr"),
    ("nessun dolore al petto e nessun affanno, solo ansia", "it"),
    ("боли в груди нет и одышки нет, только кашель", "ru"),
    ("छाती में दर्द नहीं, सांस की तकलीफ नहीं, बस थकान है", "hi"),
    ("seene mein dard nahi hai, saans ki taklif bhi nahi, bas gas hai", "hi-Latn"),
    ("gogsumde agri yok, nefes darligi yok, sadece halsizim", "tr"),
    ("gak ada sesak napas, cuma batuk kering", "id"),
    ("ما عندي ضيق تنفس، بس كحة خفيفة", "ar"),
]


@pytest.mark.parametrize(("text", "language"), DENIED)
def test_a_sign_said_to_be_absent_is_no_emergency(text, language):
    assert find_emergency(text, prefer=language) is None
    assert denied_only(text, language)  # the head's lone alarm is answered too (`other_languages.reassured`)
    assert other_languages.reassured(text)


# The sign's own negation, or a negation that belongs to the clause before, keeps the emergency.
STILL_EMERGENCIES = [
    ("пульса нет, не дышит", "ru"),
    ("babam nefes almiyor, dudaklari morardi", "tr"),
    ("mein Opa bekommt keine Luft mehr, die Lippen sind blau", "de"),
    ("mi hermano no puede respirar y esta morado", "es"),
    ("dia gak bisa napas, bibirnya biru", "id"),
    ("papa ke seene mein dard nahi ruk raha, pasina aa raha hai", "hi-Latn"),
    ("ne respire plus, il est tout bleu", "fr"),
    # Hindi's "नहीं" before a verb negates the verb: the sign is the writer's
    ("पापा सांस नहीं ले पा रहे, होंठ नीले हैं", "hi"),
    ("मां के सीने में दर्द है, पसीना आ रहा है, रुक नहीं रहा", "hi"),
    # a negation after a life's or a vital function's word is the sign itself, not a symptom denied
    ("भाई से सांस नहीं ली जा रही, होंठ नीले", "hi"),
    ("ab mujhe jeena nahi hai, saari goliyan nikal li hain", "hi-Latn"),
    ("सब इंतज़ाम कर दिया, अब किसी पर बोझ नहीं बनूंगी", "hi"),
    ("tengo un dolor de pecho muy fuerte y no me llega el aire", "es"),
]


@pytest.mark.parametrize(("text", "language"), STILL_EMERGENCIES)
def test_a_negation_inside_the_sign_or_before_its_clause_keeps_the_emergency(text, language):
    assert find_emergency(text, prefer=language) is not None
    assert not denied_only(text, language)


def test_a_negation_counts_beside_the_sign_only():
    # a verb negator counts right before the sign's first word, not across one ("ga bisa napas" is the sign's)
    assert find_emergency("anakku ga bisa napas dan bibirnya biru", prefer="id") is not None
    # removing the negation reading brings the alarm back: the mechanism, not the wording, takes it off
    text = "keine Brustschmerzen, keine Atemnot, nur Herzklopfen"
    assert find_emergency(text, prefer="de") is None
    assert find_emergency(text.replace("keine ", ""), prefer="de") is not None


SUPPOSED = [
    ("Was wäre, wenn meine Tochter mal Spülmaschinentabs verschluckt?", "de"),
    ("si jamais mon fils avale une pile, je fais quoi ?", "fr"),
    ("cosa succederebbe se un bambino ingoiasse una batteria? chiedo per curiosita", "it"),
    ("если вдруг ребенок выпьет отбеливатель, что делать? просто интересно", "ru"),
    ("agar kabhi koi bachcha bleach pi le to kya karna chahiye, jaankari ke liye", "hi-Latn"),
    ("seandainya anak minum pemutih, harus ngapain? cuma nanya", "id"),
    ("bir cocuk camasir suyu icerse ne yapilir? merak ettim", "tr"),
    ("فيلم امس البطل شرب سم، هل هذا ممكن؟", "ar"),
    ("फिल्म में हीरो ने ज़हर पी लिया, क्या असल में ऐसा होता है?", "hi"),
]


@pytest.mark.parametrize(("text", "language"), SUPPOSED)
def test_a_supposition_curiosity_or_story_with_no_now_is_no_emergency(text, language):
    assert find_emergency(text, prefer=language) is None
    assert other_languages.asked_generally(text)


def test_a_supposition_with_a_now_stays_an_emergency():
    assert find_emergency("mein Sohn hat gerade eine Batterie verschluckt, was wäre wenn ich warte?", prefer="de")
    assert not other_languages.asked_generally("mein Sohn hat gerade eine Batterie verschluckt, was wäre wenn ich warte?")


NOT_NOW = [
    ("der Stress im Büro bringt mich noch um, was hilft beim Einschlafen", "de"),
    ("este calor me esta matando, cuanta agua hay que tomar al dia?", "es"),
    ("ce boulot va me tuer, des conseils pour dormir ?", "fr"),
    ("गर्मी से जान निकल रही है, क्या पिएं", "hi"),
    ("bu sinav beni oldurecek, nasil odaklanirim", "tr"),
    # a dated past, no now
    ("mon pere a fait un infarctus il y a deux ans, peut-il courir un marathon ?", "fr"),
    ("mi madre tuvo un derrame hace tres años, puede viajar en avion?", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_NOW)
def test_everyday_hyperbole_and_a_dated_past_answer_the_heads_lone_alarm(text, language):
    assert told_not_now(text, language)
    assert other_languages.asked_generally(text)


def test_a_dated_past_with_a_now_is_not_taken_off():
    text = "mein Vater hatte letztes Jahr einen Herzinfarkt und jetzt hat er wieder starke Brustschmerzen"
    assert not told_not_now(text, "de")


def test_every_language_has_each_reading():
    modules = {"es", "pt", "fr", "de", "it", "ru", "ar", "hi", "hi_latn", "id", "tr"}
    assert set(stance.DENIED_BEFORE) == set(stance.SUPPOSED) == set(stance.NOW) == set(stance.HYPERBOLE) == modules
    assert set(stance.DENIED_AFTER) == {"hi", "hi_latn", "tr", "ru"}


def test_the_development_file_splits_every_second_item():
    rows = [json.loads(line) for line in (TRIAGE / "authored" / "languages_dev21.jsonl").open(encoding="utf-8")]
    for language in {r["language"] for r in rows}:
        for label in ("emergency", "non_emergency"):
            mine = [r["split"] for r in rows if (r["language"], r["label"]) == (language, label)]
            assert mine[:2] == ["train", "validation"] and abs(mine.count("train") - mine.count("validation")) <= 1
    assert len({r["id"] for r in rows}) == len(rows)
    here = {t for t, _ in DENIED + STILL_EMERGENCIES + SUPPOSED + NOT_NOW}
    assert not here & {r["text"] for r in rows}


GUSHING = [
    ("hab mir mit dem Cutter in den Daumen geschnitten und es spritzt richtig", "de"),
    ("mi papa se hizo una herida con la motosierra y brota a chorro", "es"),
    ("coupure profonde a la main avec une scie, ca gicle", "fr"),
    ("ho una ferita alla gamba che zampilla", "it"),
]


@pytest.mark.parametrize(("text", "language"), GUSHING)
def test_a_cut_that_spurts_is_bleeding_without_the_word_for_blood(text, language):
    assert find_emergency(text, prefer=language) == (language, "bleeding")


def test_a_cut_alone_or_over_is_not():
    assert find_emergency("mi sono tagliato il dito, non sanguina piu", prefer="it") is None
    assert find_emergency("kleine Schnittwunde am Finger, Pflaster drauf", prefer="de") is None


def test_a_product_for_the_dishwasher_with_its_article_is_a_poisoning():
    assert find_emergency("ma fille a bu du produit pour le lave-vaisselle", prefer="fr") == ("fr", "poisoning")
