"""Which language a message is written in, cheaply enough for every message (issue 21).

Most messages are plainly English: a few English function words and nothing but ASCII letters
settle it without a model. Only the rest goes to py3langid (a maintained langid.py that ships its
own model; chosen over lingua-language-detector in docs/language_detection.md), restricted to
the languages the safety layer knows and loaded on first use. Hindi typed in Latin letters
("mujhe saans nahi aa rahi") is recognised by its own function words: no detector knows it.

A short ASCII message with no English word ("paracetamol", "Maria Gonzalez") is not enough
evidence of anything and counts as English, so a drug or a name never turns an English question
into an "other language" reply.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

ENGLISH = "en"
# The languages with an emergency lexicon and localized replies. "hi-Latn": Hindi in Latin letters.
SUPPORTED = ("es", "pt", "fr", "de", "it", "ru", "ar", "hi", "hi-Latn", "id", "tr")
_DETECTOR_LANGUAGES = ["en", "es", "pt", "fr", "de", "it", "ru", "ar", "hi", "id", "tr"]

# Function words of English that are not also common words of the languages above ("a", "no",
# "me", "de", "in", "was", "so", "die", "he", German "will", "am", "also" are, so they are left out).
ENGLISH_WORDS = frozenset("""
the is are be been being what what's whats how why when where which who whom whose my mine your yours
you you're our ours we they their them she her his him it it's its this that these those there here with
and or of for from about after before should would could can can't cannot won't shall must might
have has had having does doesn't did didn't don't isn't aren't wasn't weren't i'm i've i'd i'll not
any some much many very just than then if because while into onto over under out off up down
take taking took get got getting feel feeling been anyone someone something please thanks thank
""".split())
# Hindi words as typed in Latin letters, without the short ones other languages share ("se", "ka").
HINGLISH_WORDS = frozenset("""
hai hain nahi nahin nhi kya mujhe mera meri mere maine humko tumko aap hum raha rahi rahe tha thi
hota hoti hote kaise kyu kyun kyon kab kaha karu karun karna karo bhai yaar abhi bahut bohot bht
gaya gayi gaye liya diya hua hui wala wali lagta aur kuch saath baad pehle chahiye kitna kitni
dard khoon saans bukhar dawai goli goliyan peena pani khana neend beta bete beti dadi dada
khansi hafte baare sawal lakshan kami ilaj ulti
""".split())
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_WORDS = 3  # fewer ASCII words than this are not enough to call a message non-English
MIN_CONFIDENCE = 0.5  # the detector's probability needed to call Latin-script text non-English
# ...and below this, one of that language's own function words as well. A terse English message has
# none of ours ("do vaccines cause autism": French at 0.53; "i c a n t b r e a t h e": Portuguese at
# 0.54, which worded its emergency reply in Portuguese), while real messages in these languages are read
# at 0.78 or more when they lack a function word (train and validation rows of
# datasets/triage/authored/languages.jsonl; one train row at 0.56 is left to the platform's hint).
SURE = 0.75
# Function words of each Latin-script language, without those English also uses ("a", "no", "me", "on",
# "die", "was", "am", "im", "er", "i", "ha", "ma", "da", "o", "ben", "dan").
FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "es": "el la los las de del que y en un una por para con es mi se su lo al le estoy esta está tiene "
          "tengo muy pero como q ayuda hay mas más ya yo tu te esto eso ese esa son sus nos porque cuando "
          "donde qué cómo puedo debo hace desde",
    "pt": "os as de do dos das que e em um uma por para com não nao é meu minha se seu sua na nos nas ao "
          "estou está esta tem tenho muito mas como ajuda eu você voce isso ele ela já ja pra pro são "
          "posso devo",
    "fr": "le la les de des du que et en un une pour par avec ne pas est mon mes se son sa sur au aux je "
          "tu il elle j'ai suis ai très tres mais comme aide ce cette qui nous vous c'est y dans peut dois",
    "de": "der das den dem des und ist ein eine einen nicht mit von zu auf für fur ich du sie es mein "
          "meine mich mir sehr aber wie hilfe hat habe bin kann keine kein wenn noch",
    "it": "il lo la gli le di del della che e è un una per con non mio mia mi si suo sua nel nella al "
          "alla sono ho molto come aiuto io tu lui lei questo posso devo cosa perché",
    "id": "yang di ke dari ini itu dengan untuk tidak tak saya aku kamu dia ada sudah belum sangat tapi "
          "seperti tolong bisa apa kenapa mau harus sakit anak ibu bapak",
    "tr": "ve bir bu şu de ile için değil sen benim senin çok ama gibi yardım var yok mi mı mu mü ne "
          "nasıl neden ki çünkü şey oldu",
}.items()}


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(_DETECTOR_LANGUAGES)
    return identifier


def english_share(text: str) -> tuple[int, float]:
    """How many words `text` has, and the share of them that are English function words."""
    words = _WORDS.findall(text.lower())
    return len(words), (sum(w in ENGLISH_WORDS for w in words) / len(words) if words else 0.0)


@lru_cache(maxsize=256)  # the check asks up to three times about one message
def detect_language(text: str) -> str | None:
    """`ENGLISH`, one of `SUPPORTED` when the message is clearly written in it, or None when it
    does not say (too few words, a language we do not know, a detector unsure): the caller then
    goes by the platform's language hint for an emergency's wording, and answers in English."""
    words = _WORDS.findall(text.lower())
    if not words:
        return None
    ascii_only = all(w.isascii() for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    if ascii_only:
        hinglish = sum(w in HINGLISH_WORDS for w in words)
        if hinglish >= 2 and hinglish > english:
            return "hi-Latn"
        if english:
            return ENGLISH
        if len(words) < MIN_WORDS or sum(len(w) == 1 for w in words) * 2 > len(words):
            return None  # too short, or letters spaced out ("i c a n t b r e a t h e"): no evidence
    elif english * 5 >= len(words):  # English with a name or a word or two of another language
        return ENGLISH
    language, probability = _identifier().classify(text)
    if ascii_only and (probability < MIN_CONFIDENCE
                       or probability < SURE and not FUNCTION_WORDS.get(language, frozenset()).intersection(words)):
        return None
    return language
