"""The medical terms a sentence names — organs, conditions, drugs — and which of them neither the evidence nor
the question names.

The key-terms rule (faithfulness.py) counts long words (six letters or more) and refuses a sentence only when
more than half of them are new, so one invented organ or disease passes inside a sentence of familiar words:
"A diet high in fat can damage your liver." after a question about a heart stent, on pages about heart attacks
that never say "liver" (five letters: not even a key term). What a small model invents is mostly this kind of
word: the organ harmed, the disease caused, the drug to take. A sentence naming one that the question and every
retrieved sentence leave out is unsupported (faithfulness.py), unless it sits very close to an evidence sentence.

The terms are read from three sources, none written per question: a closed list of organs and body parts, the
condition names the output check already ships (`safety/diagnosis_claims.condition_names`: MedQuAD's foci and the
lay names; longest match first) with words built like a condition's name ("...itis", "...osis"), and drug
classes with the endings drug names are built from ("-cillin", "-statin", "-prazole").
"""

from __future__ import annotations

import re

# Organs and body parts: what a harm or a benefit is claimed for ("damage your kidneys", "good for the heart").
ORGANS = frozenset("""
liver kidney kidneys heart hearts lung lungs brain brains pancreas stomach stomachs bowel bowels colon intestine
intestines gut guts bladder gallbladder prostate thyroid spleen ovary ovaries uterus womb cervix esophagus
oesophagus appendix rectum anus skin bone bones nerve nerves spine spinal retina retinas cornea eye eyes ear ears
joint joints muscle muscles artery arteries vein veins throat larynx tonsil tonsils sinus sinuses testicle
testicles breast breasts lymph teeth tooth gums bloodstream
""".split())
# Drug classes, and the endings of drug names (generic names are built from fixed stems).
DRUG_WORDS = frozenset("""
antibiotic antibiotics antiviral antivirals antifungal antifungals antihistamine antihistamines steroid steroids
corticosteroid corticosteroids opioid opioids antidepressant antidepressants insulin aspirin ibuprofen paracetamol
acetaminophen penicillin chemotherapy statin statins painkiller painkillers laxative laxatives diuretic diuretics
antacid antacids
""".split())
_DRUG_ENDING = re.compile(r"^[a-z]{3,}(?:cillin|mycin|cycline|floxacin|azole|statin|pril|sartan|olol|dipine|prazole|"
                          r"tidine|ciclovir|clovir|navir|mab|tinib|triptan|oxetine|azepam|profen|sone|olone)$")
# Words built like a condition's name ("gastritis", "cirrhosis", "anaemia", "melanoma", "neuropathy") ...
_CONDITION_ENDING = re.compile(r"^[a-z]{3,}(?:itis|osis|aemia|emia|oma|omas|pathy|iasis)$")
# ... less the everyday words built the same way.
_NOT_CONDITIONS = frozenset("""diagnosis diagnoses prognosis hypnosis osmosis aroma diploma stoma sympathy empathy
apathy telepathy homeopathy naturopathy osteopathy""".split())
# Condition names that name no condition in particular: saying them adds no claim of their own.
_GENERIC_NAMES = frozenset("""disease diseases condition conditions disorder disorders illness illnesses syndrome
infection infections virus viruses problem problems viral bacterial fungal parasitic""".split())
# Nouns an organ, drug or condition word can qualify without naming a new thing: "a brain disorder" says what kind of
# disorder autism is, "a skin rash" what kind of rash (dev4 and key-facts validation: the three true sentences the
# rule refused named their term so; the three inventions it caught did not).
KIND_NOUNS = frozenset("""disorder disorders disease diseases condition conditions infection infections problem problems
rash rashes medicine medicines medication medications drug drugs treatment treatments""".split())
_WORD = re.compile(r"[a-z][a-z0-9'-]*")
MAX_NAME_WORDS = 6
STEM = 5  # words compared by their openings, as the faithfulness check compares them


def _condition_names() -> frozenset[str]:
    from medassist.model.safety.diagnosis_claims import condition_names  # the output check's lexicon

    return condition_names()


KINDS = frozenset({"condition", "organ", "drug"})


def medical_terms(text: str, kinds: frozenset[str] = KINDS) -> list[str]:
    """The organs, conditions and drugs (`kinds`) `text` names, each as it is written there (lower case; a
    condition's name may be several words, longest first)."""
    return [term for term, kind, _ in _scan(text) if kind in kinds]


def _scan(text: str) -> list[tuple[str, str, str]]:
    """(term, kind, the word after it) for each medical term of `text`."""
    from medassist.model.safety.text import normalise

    words = normalise(text).split()
    names = _condition_names()
    found: list[tuple[str, str, str]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            singular = phrase[:-1] if phrase.endswith("s") else phrase
            if (phrase in names or singular in names) and phrase not in _GENERIC_NAMES:
                found.append((phrase, "condition", words[i + n] if i + n < len(words) else ""))
                i += n
                break
        else:
            if kind := _kind(words[i]):
                found.append((words[i], kind, words[i + 1] if i + 1 < len(words) else ""))
            i += 1
    return found


def _kind(w: str) -> str | None:
    """What a single word names: "organ", "drug", "condition" (built like a condition's name) or None."""
    if w in ORGANS:
        return "organ"
    if w in DRUG_WORDS or _DRUG_ENDING.match(w):
        return "drug"
    if _CONDITION_ENDING.match(w) and w not in _NOT_CONDITIONS:
        return "condition"
    return None


def word_key(w: str) -> str:
    """A word as terms are compared: a plural's "s" off, then its first `STEM` letters ("kidneys" and "kidney",
    "bones" and "bone" meet)."""
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    return w[:STEM]


def word_keys(text: str) -> set[str]:
    """The keys of every word of `text` (what a term is looked for in)."""
    return {word_key(w) for w in _WORD.findall(text.lower()) if len(w) >= 3}


def term_keys(term: str) -> set[str]:
    """The keys a term is recognised by elsewhere ("heart attack" -> {"heart", "attac"})."""
    return {word_key(w) for w in _WORD.findall(term) if len(w) >= 3 and w not in _GENERIC_NAMES}


def new_medical_terms(text: str, known: set[str]) -> list[str]:
    """The medical terms of `text` with a word whose key is not in `known` (`word_keys` of the evidence and the
    question), less those that only say what kind of thing the next word is ("a brain disorder", "a skin rash",
    "antiviral medicines": `KIND_NOUNS`); "liver damage" and "damage your liver" name the liver as what is
    harmed."""
    return [t for t, _, after in _scan(text) if after not in KIND_NOUNS and not term_keys(t) <= known]
