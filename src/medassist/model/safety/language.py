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
import unicodedata
from collections import Counter
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
khansi hafte baare sawal lakshan kami ilaj ulti aaj raat khud lunga lungi dunga dungi rahunga rahungi
rahega sab koi bas hu hoon thik theek liye batao sakta sakti sakte kitne rehta subah bhi
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
ALMOST_CERTAIN = 0.95  # what overrules one English word ("bu is beni oldurecek": Turkish at 0.96)
# Function words of each Latin-script language, without those English also uses ("a", "no", "me", "on",
# "die", "was", "am", "im", "er", "i", "ha", "ma", "da", "o", "ben", "dan", "to"), with the short forms of
# chat ("hab", "ta", "udah", "jai"). They are compared accent-folded (`_folded`): "tres"/"très",
# "cok"/"çok", "nao"/"não" are one word, as people type them either way.
FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "es": "el la los las de del que y en un una por para con es mi se su lo al le estoy esta está tiene "
          "tengo muy pero como q ayuda hay mas más ya yo tu te esto eso ese esa son sus nos porque cuando "
          "donde qué cómo puedo debo hace desde xq pq porq tmb tambien ahora hoy ayer mucho",
    "pt": "os as de do dos das que e em um uma por para com não nao é meu minha se seu sua na nos nas ao "
          "estou está esta tem tenho muito mas como ajuda eu você voce isso ele ela já ja pra pro são "
          "posso devo ta tá tô vc hj mt mto agora hoje ontem dele dela",
    "fr": "le la les de des du que et en un une pour par avec ne pas est mon mes se son sa sur au aux je "
          "tu il elle j'ai suis ai très tres mais comme aide ce cette qui nous vous c'est y dans peut dois "
          "ton leur ou où ça jai jsuis chui depuis quoi faut toujours",
    "de": "der das den dem des und ist ein eine einen nicht mit von zu auf für fur ich du sie es mein "
          "meine mich mir sehr aber wie hilfe hat habe bin kann keine kein wenn noch hab hast unser unsere "
          "beim vom zum zur nach bei auch schon doch nur dass oder jetzt seit grad gerade nix mei",
    "it": "il lo la gli le di del della che e è un una per con non mio mia mi si suo sua nel nella al "
          "alla sono ho molto come aiuto io tu lui lei questo posso devo cosa perché dal dalla sto sta "
          "ce ci anche più piu",
    "id": "yang di ke dari ini itu dengan untuk tidak tak saya aku kamu dia ada sudah belum sangat tapi "
          "seperti tolong bisa apa kenapa mau harus sakit anak ibu bapak udah gak nggak ga aja banget "
          "yg dgn utk tdk sdh",
    "tr": "ve bir bu şu de ile için değil sen benim senin çok ama gibi yardım var yok mi mı mu mü ne "
          "nasıl neden ki çünkü şey oldu beni bana sana artık şimdi daha",
}.items()}
# Russian typed in Latin letters ("ya bolshe ne mogu"): its own words, as Hindi's above (no detector
# knows it), without those other languages use ("ne", "ya", "on", "net", "da").
RUSSIAN_LATIN_WORDS = frozenset("""
menya mne chto shto kak eto uzhe ochen pomogite bolshe segodnya nochyu vsyo mozhno nado nuzhno
seychas sejchas pochemu kogda tozhe moya moi moego emu yego ego ey tebya tebe nas nam vam byl byla
bylo budet nichego kto prihodit dyshit mogu delat
""".split())
# Word endings that belong to one language when typed without its letters: Turkish verbs ("alamiyorum",
# "atacagim", "olecek"), Russian in Latin letters ("zadyhaetsya", "otvechaet", "mozhet"). A word list
# cannot hold every verb form; an ending counts as one function word.
ENDINGS = {"tr": re.compile(r"(?:[aeiou]yor(?:um|sun|uz|lar)?|(?:acag|eceg)[a-z]*|(?:acak|ecek|amaz|emez)(?:sin|im)?)$"),
           "ru": re.compile(r"(?:tsya|tsa|aet|aetsya|yaet|ayut|yaut|iet)$|zh|kh[aeiouy]t|shch")}
# Arabic typed in Latin letters ("Arabizi": "mesh 2ader", "3andaha"): numerals stand for Arabic sounds
# inside words (2 ء, 3 ع, 5 خ, 7 ح); English ordinals ("2nd", "3rd", "7th") are not such words.
_ARABIZI = re.compile(r"(?<![\w.])(?=(?:\d*[a-z]){3})(?:[a-z]+[2357][a-z]*|[2357](?!nd|rd|th|st|am|pm|kg|mg|ml|min)[a-z]{2,})(?![\w.])")
# Leetspeak writes letters as numerals too ("br3athe", "h1s l1ps r g01ng blu3"), with 0, 1 and 4 besides:
# a message with those inside words is not Arabizi.
_LEET = re.compile(r"[a-z][014]|[014][a-z]|[@$]")
# A token of letters mixed with numerals or symbols ("su1c1dal", "myse1f", "@medassist_bot") says no language: split
# at its numerals it leaves fragments that are other languages' function words ("su", Spanish and Turkish; "dal"),
# which worded "su1c1dal af rn"'s emergency reply in Turkish (session 52). Detection reads the message without them,
# token by token: one regex for such a token backtracked cubically on a long word after an "@" (the bot's fuzz test hung).
_TOKEN = re.compile(r"[\w@$']+")
_LETTER, _NUMERAL_OR_SYMBOL = re.compile(r"[^\W\d_]"), re.compile(r"[\d@$]")


def _folded(word: str) -> str:
    """`word` without accents or Turkish dotless i: how a phone without the layout types it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).replace("ı", "i")


# Function words that are also English words or abbreviations a terse English message may hold ("do
# vaccines cause autism", "hay fever", "son has a rash", "um", "twice per day"), and Hindi's and Russian's
# in Latin letters ("se", "ne"), Jamaican English's and Pidgin's "mi", "di", "dem", "una", and Tagalog's
# "pero": they confirm what the detector says, but do not outvote it.
ENGLISH_LOOKALIKES = frozenset("""
do to as son per come pour con ton par e y hay um pro ja hat bin ca ta al lo la sa ga pas est ai ada mi mu
ibu des den du ya tu sin tak var ama ki ke ini dia el na eu pra mia sta em ok bu de en vom ben ve
se ne di dem una pero
""".split())
# Accent-folded ("tô" is "to" then), without the English look-alikes and single letters ("q", "y" also
# stand in gene names, "17q23"): the words that vote for a language.
_VOTERS = {lang: frozenset(w for w in map(_folded, words) if len(w) > 1) - ENGLISH_LOOKALIKES
           for lang, words in FUNCTION_WORDS.items()}


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


def _function_word_counts(words: list[str]) -> Counter:
    """Per language, its function words in `words` and the words with its endings (`ENDINGS`)."""
    folded = [_folded(w) for w in words]
    counts = Counter({lang: n for lang, fw in _VOTERS.items() if (n := sum(w in fw for w in folded))})
    for lang, ending in ENDINGS.items():
        if n := sum(bool(ending.search(w)) for w in folded):
            counts[lang] += n
    return counts


def _by_function_words(text: str, counts: Counter) -> str | None:
    """The language with the most function words in `text` (a tie goes to the one the detector
    ranks higher), or None when there are none. A short message leaves py3langid unsure between
    neighbours ("mon pere a": Italian 0.49, French not in its top four), but "mon" is French only."""
    if not counts:
        return None
    most = max(counts.values())
    tied = {lang for lang, n in counts.items() if n == most}
    if len(tied) == 1:
        return tied.pop()
    return next(lang for lang, _ in _identifier().rank(text) if lang in tied)


PLAIN_ENGLISH_WORDS = 2  # English function words a message needs to be read as plain English (`plainly_english`)


def plainly_english(text: str) -> bool:
    """Detected as English, every word in plain Latin letters, with at least two English function words making up a
    fifth of its words or more, and not one function word (or verb ending) of another language, of Hindi or Russian in
    Latin letters, or an Arabizi word: "we want to burn the poison ivy in the back garden, is it safe". The other languages' lexicons do not read
    such a message (their words "poison", "sang", "pain" are English words too; session 43), while a short message
    mixed with another language ("please help, mi papa no respira": one English word) or one the detector is unsure of
    still is."""
    words = _WORDS.findall(text.lower())
    if not all(w.isascii() for w in words):  # a word in another script or with its accents ("больше не могу, I have...")
        return False
    english = sum(w in ENGLISH_WORDS for w in words)
    if english < PLAIN_ENGLISH_WORDS or english * 5 < len(words) or detect_language(text) != ENGLISH:
        return False
    if _function_word_counts(words) or any(w in HINGLISH_WORDS or w in RUSSIAN_LATIN_WORDS for w in words):
        return False
    return not _ARABIZI.search(text.lower())


def nothing_foreign(text: str) -> bool:
    """Nothing in `text` says another language: plain Latin letters, no function word (or verb ending) of another
    language, of Hindi or Russian in Latin letters, no Arabizi, and the detector reads English or cannot say. Looser
    than `plainly_english`: "cant breeth my chest is so tite" has one English function word and is English all the
    same (the rules then read its misspelt words as theirs, `obfuscation.deobfuscate`)."""
    words = _WORDS.findall(text.lower())
    return (all(w.isascii() for w in words) and not _function_word_counts(words)
            and not any(w in HINGLISH_WORDS or w in RUSSIAN_LATIN_WORDS for w in words)
            and not _ARABIZI.search(text.lower()) and detect_language(text) in (ENGLISH, None))


@lru_cache(maxsize=256)  # the check asks up to three times about one message
def detect_language(text: str) -> str | None:
    """`ENGLISH`, one of `SUPPORTED` when the message is clearly written in it, or None when it
    does not say (too few words, a language we do not know, a detector unsure): the caller then
    goes by the platform's language hint for an emergency's wording, and answers in English."""
    if text.isascii() and _LEET.search(text.lower()):  # leetspeak (never Arabizi, below): detect without its tokens
        text = " ".join(t for t in _TOKEN.findall(text) if not (_LETTER.search(t) and _NUMERAL_OR_SYMBOL.search(t)))
    words = _WORDS.findall(text.lower())
    if not words:
        return None
    ascii_only = all(w.isascii() for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    counts = _function_word_counts(words)
    # A message mixed with English is in the language it has more function words of ("omg my dad a mal
    # a la poitrine et au bras gauche": one English word, four French): two at least, so that an English
    # question naming "la grippe" or "de Quervain" stays English.
    mixed = max(counts.values(), default=0)
    if english and mixed >= 2 and mixed > english:
        return _by_function_words(text, counts)
    if ascii_only:
        hinglish = sum(w in HINGLISH_WORDS for w in words)
        if hinglish >= 2 and hinglish > english:
            return "hi-Latn"
        russian = sum(w in RUSSIAN_LATIN_WORDS for w in words) + counts["ru"]
        if russian >= 2 and russian > english and russian > hinglish:
            return "ru"
        arabizi = len(_ARABIZI.findall(text.lower()))
        if arabizi >= 2 and arabizi > 2 * english and not _LEET.search(text.lower()):
            return "ar"
        if english == 1 and len(words) >= 4:  # "her", "is", "son" are Turkish words too: a sure detector decides
            language, probability = _identifier().classify(text)
            return language if probability >= ALMOST_CERTAIN and counts[language] >= 2 else ENGLISH
        if english:
            return ENGLISH
        if len(words) < MIN_WORDS - 1 or sum(len(w) == 1 for w in words) * 2 > len(words):
            return None  # too short, or letters spaced out ("i c a n t b r e a t h e"): no evidence
    elif english * 5 >= len(words):  # English with a name or a word or two of another language
        return ENGLISH
    language, probability = _identifier().classify(text)
    if not ascii_only:
        return language
    if len(words) < MIN_WORDS:  # two words: the detector and a function word must agree ("hab 20 schlaftabletten")
        return language if counts[language] and probability >= MIN_CONFIDENCE else None
    if probability >= SURE or probability >= MIN_CONFIDENCE and FUNCTION_WORDS.get(language, frozenset()).intersection(words):
        return language
    return _by_function_words(text, counts)
