"""What a person sees, asserted the one way every safety test module asks it: an answer sentence shown as written or
replaced by its category's referral (the output check), a message in another language read as its emergency kind or
left an answer (the lexicons and the whole input check). The per-round and per-session modules hold their own
sentences and call these, so a change to what "shown" or "replaced" means is made once."""

from __future__ import annotations

from medassist.model.safety import check_input
from medassist.model.safety.lexicons import find_emergency
from medassist.model.safety.output_check import REFERRALS, check_text


def assert_shown(question: str, sentence: str) -> None:
    """The sentence, read after its question, is shown to the person as written, with no flag."""
    shown, flags = check_text(sentence, question)
    assert not flags, (sentence, flags)
    assert shown.strip() == sentence


def assert_replaced(question: str, sentence: str, category: str) -> None:
    """The sentence is flagged for `category` alone and the person sees that category's referral instead of it."""
    shown, flags = check_text(sentence, question)
    assert [f.category for f in flags] == [category], (sentence, flags)
    assert sentence not in shown and REFERRALS[category] in shown, shown


def assert_read_as_emergency(language: str, text: str, category: str) -> None:
    """The lexicon of `language` reads the emergency kind, and the whole input check gives the emergency reply."""
    assert find_emergency(text, prefer=language) == (language, category), text
    assert check_input(text).action == "emergency", text


def assert_no_emergency(language: str, text: str) -> None:
    """Neither the lexicon of `language` nor the whole input check (head included) reads an emergency."""
    assert find_emergency(text, prefer=language) is None, text
    assert check_input(text).action != "emergency", text
