"""The safety check for messages not written in English (issue 21): emergencies found by the
per-language lexicons, the emergency reply in the person's language with their country's number,
and a short "MedAssist answers in English" reply in their language for anything else.

`language` is the platform's hint (an IETF tag such as "es", "pt-BR" from Telegram or Discord):
it words an emergency reply when the message itself does not say which language it is in ("ayuda",
two words of English), and its region gives the country when none is set. The message's own
language always wins over the hint, and the hint alone never turns an answer into an
"answers in English" reply.
"""

from __future__ import annotations

import re

from medassist.model.safety.language import ENGLISH, detect_language, english_share, plainly_english
from medassist.model.safety.lexicons import (
    asked_in_general,
    asked_or_framed,
    denied_only,
    find_emergency,
    reads,
    told_not_now,
)
from medassist.model.safety.lexicons import normalise as lexicon_normalise
from medassist.model.safety.localized import (
    CRISIS_CATEGORIES,
    TEXTS,
    country_from_locale,
    emergency_text,
    language_from_locale,
    unsupported_language_message,
)
from medassist.model.safety.verdict import SafetyVerdict

UNSUPPORTED = "unsupported_language"
# A long message this English is not read by the other lexicons: they cost ~15 ms on 4,000
# characters and the check's budget is 30 ms. A short mixed one ("please help, mi papa no
# respira") always is.
LONG_WORDS, ENGLISH_SHARE = 40, 0.25


def lexicon_emergency(text: str, context: str | None) -> tuple[str, str] | None:
    """(language, category) of an emergency the lexicons find in the message, else in it read with
    the person's recent messages."""
    detected = detect_language(text)
    for t in (text, context):
        if not t:
            continue
        words, share = english_share(t)
        if words >= LONG_WORDS and share >= ENGLISH_SHARE or plainly_english(t):
            continue
        if found := find_emergency(t, prefer=detected):
            return found
    return None


def named_by_lexicon(learned: str, found: tuple[str, str], text: str) -> str:
    """The category of an emergency a learned reader alarmed on and the message's own lexicon `found` (language,
    category). The lexicon's name wins, except that a learned self-harm stays when the lexicon reads self-harm in the
    message too, beside the sign it names it by (a cut that bleeds, pills and no waking: both readers say so), and a
    poisoning the learned reader took for self-harm keeps the crisis line beside the poison line ("poisoning_overdose",
    the head's own name for both): whether it was meant is not told by the lexicon's word."""
    language, category = found
    if learned != "self_harm" or category in CRISIS_CATEGORIES:
        return category
    if reads(text, language, "self_harm"):
        return "self_harm"
    return "poisoning_overdose" if category == "poisoning" else category


# The writer says it is mild or over, in their language: the child plays as usual, they are fine now, nothing else,
# a small bump, still feeding. The English head reads another language by its subject (a knock, a fever, a shock);
# beside these words its lone alarm is a look-alike's (round 13b). Folded as the lexicons fold (no accents).
REASSURED = {
    "es": r"(?:ya |y )?esta jugando|juega (?:normal|como siempre)|jugando (?:normal|como siempre)|(?:ya )?(?:esta|estoy) bien"
    r"|nada (?:mas|grave)|se le paso",
    "pt": r"(?:ta|esta) brincando|brincando normal|(?:ja )?(?:ta|esta|to|estou) bem|nada (?:mais|grave)|ja passou",
    "fr": r"joue normalement|(?:il|elle) joue|ca va(?! pas)|va bien|rien d autre|rien de grave|c est passe"
    r"|tout est (?:ok|bien|normal|rentre dans l ordre)|finalement rien|plus de peur que de mal",
    "de": r"sonst (?:nix|nichts)|geht (?:mir|ihm|ihr|es) (?:wieder )?gut|spielt (?:normal|wieder)|lacht (?:schon )?wieder"
    r"|kleine beule|wieder raus|nichts schlimmes|blutet (?:kaum|nicht mehr|fast nicht mehr)|hat aufgehort zu bluten"
    r"|alles (?:ok|okay|in ordnung)|wieder (?:daheim|zu hause|zuhause)|(?:ist|wirkt) (?:\S+ )?fit und spielt",
    "it": r"gioca (?:normalmente|come sempre)|sta giocando|(?:sta|sto) bene|niente (?:altro|di grave)|e passato",
    "ru": r"(?:уже )?играет|все хорошо|чувствует себя нормально|ничего серьезного|прошло",
    "id": r"(?:masih|udah) main|baik baik aja|gak apa apa|ga papa|udah (?:sembuh|baikan)",
    "tr": r"oynuyor|iyi gorunuyor|iyiyim|gecti",
    "hi": r"खेल (?:रहा|रही)|ठीक (?:है|हूं|हूँ)|दूध पी (?:रहा|रही)|(?:सब|सारी) (?:जांच|जाँच|रिपोर्ट) (?:नॉर्मल|नार्मल)|घर पर आराम",
    "hi-Latn": r"khel (?:raha|rahi)|th(?:ee|i)k (?:hai|hoon|hu)",
    "ar": r"بيلعب|بتلعب|(?:ي|ت)لعب (?:عادي|طبيعي)|كويس|كويسه|تمام|مفيش حاجه",
}
_REASSURED = {language: re.compile(rf" (?:{pattern})(?!\S)") for language, pattern in REASSURED.items()}


def reassured(text: str) -> bool:
    """A message clearly in another language that says, in it, that what it tells is mild or over, or whose only signs
    it says are absent ("keine Brustschmerzen, keine Atemnot, nur Herzklopfen"; `lexicons.stance`, round 21: the
    English head reads such a message by the signs it names)."""
    language = detect_language(text) or ""
    pattern = _REASSURED.get(language)
    return bool(pattern and pattern.search(lexicon_normalise(text))) or language in TEXTS and denied_only(text, language)


def asked_or_past(text: str) -> bool:
    """A message clearly in another language that its own lexicon reads as a question, a past event or a frame
    ("hatte letztes jahr nen herzinfarkt, darf ich wieder in die sauna"): the English head reads such a message by its
    subject alone (session 40: German questions about a past stroke got the self-harm emergency reply)."""
    language = detect_language(text)
    return language in TEXTS and asked_or_framed(text, language)


def asked_generally(text: str) -> bool:
    """A message clearly in another language that its own lexicon reads as an information question about an emergency,
    asked with no one of the writer's own and no now ("woran erkennt man einen herzinfarkt?"; round 18): the English
    head reads it by its subject whatever category it names, as it reads a past (`asked_or_past`). So is one that its
    lexicon reads as a supposition, a story (`lexicons.stance.SUPPOSED`, in `asked_in_general`), an everyday hyperbole
    or a dated past told with no now (`told_not_now`; round 21: "die hitze bringt mich um, wie viel sollte man trinken",
    "ma soeur a fait un choc anaphylactique l'annee derniere"). The lexicon's own signs are read after, and still catch
    what is happening now."""
    language = detect_language(text)
    return language in TEXTS and (asked_in_general(text, language) or told_not_now(text, language))


def foreign(text: str) -> bool:
    """Clearly written in one of the other languages (not English, not unclear)."""
    return detect_language(text) in TEXTS


def resolve_country(language: str | None, country: str | None) -> str | None:
    return (country or "").strip().upper() or country_from_locale(language)


def emergency_reply(
    category: str, text: str, *, language: str | None, country: str | None, found_in: str | None = None
) -> str | None:
    """The emergency text in the person's language with their country's numbers; None when the
    English original fits (English, or nothing known about language and country)."""
    detected = detect_language(text)
    if detected in TEXTS:
        words = detected
    elif found_in:  # a lexicon matched: the message is in that language, whatever else it holds
        words = found_in
    elif detected == ENGLISH:
        words = None
    elif found := find_emergency(text, prefer=None):
        # the English triage caught it first ("baby 3 wochen 39 fieber": its numbers), and the message is
        # too short for the detector: the lexicon that reads an emergency in it knows its language
        words = found[0]
    else:
        words = language_from_locale(language)
    return emergency_text(category, words, resolve_country(language, country))


def unsupported_language(
    text: str, *, country: str | None, language: str | None = None
) -> SafetyVerdict | None:
    """A reject verdict, worded in the message's language, when the message is clearly written in
    one MedAssist does not answer in; None for English and for anything unclear."""
    if not foreign(text):
        return None
    return SafetyVerdict(
        "reject",
        UNSUPPORTED,
        message=unsupported_language_message(detect_language(text), resolve_country(language, country)),
    )
