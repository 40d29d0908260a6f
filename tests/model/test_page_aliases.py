"""Issue 22, session 50: a page whose opening gives the everyday name a question used is about what was asked.

Where some retrieved page's title names what was asked, only sentences about it are quoted (`FaithfulnessCheck`).
A question that uses a condition's everyday name shares no word with the title of the page on it, so that page's
sentences counted as off the subject while a page whose title shared a word by chance was on it. The page's opening
("... (the everyday name) ...", "also called ...") now names its subject too."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import page_aliases
from medassist.model.retrieval import Passage

VASECTOMY = Passage(
    "Do you have information about Vasectomy",
    'Summary : A vasectomy (often called "the snip") is a short operation for men. It blocks the tubes that carry '
    "sperm. Undoing a vasectomy is possible in some men, but it does not always work.",
    "https://example.org/vasectomy", "v", 0.62)
# a page whose title shares "snip" with the question by chance
SNIPPETS = Passage(
    "What is (are) Snipe fly bites ?",
    "Snipe fly bites are painful bites from a small fly. The bite swells and itches for a day or two.",
    "https://example.org/snipe-fly", "s", 0.4)
QUESTION = "my husband had the snip and reckons he can just get it undone whenever"


def test_a_page_opening_gives_its_everyday_names():
    assert page_aliases(VASECTOMY.answer) == 'often called "the snip"'
    assert page_aliases("Shingles, also known as herpes zoster, is a painful rash. It (the rash) comes later.") \
        == "herpes zoster the rash"
    assert page_aliases("Gout is a kind of arthritis.") == ""
    # only the opening is read: a bracket far down the page names no subject
    assert page_aliases("Gout is a kind of arthritis. " + "It hurts. " * 30 + "(see a doctor)") == ""


def test_the_page_named_by_its_everyday_name_is_on_the_subject():
    check = bag_of_words_check([VASECTOMY, SNIPPETS], QUESTION)
    on = {q.text: on for q, on in zip(check._quotes, check._on_subject, strict=True)}
    assert on["Undoing a vasectomy is possible in some men, but it does not always work."]
    assert on["It blocks the tubes that carry sperm."]
