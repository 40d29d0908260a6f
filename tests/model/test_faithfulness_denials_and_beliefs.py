"""Session 46 (issue 22, myths asserted beside the page's denial): a denial covers every predicate of its "or" list
("X doesn't transmit or spread ..." denies spreading too), and a belief someone reports ("my mate says ...") is a claim
in doubt, held to the yes/no rule like one asked with "is". Sentences are this file's own."""

from __future__ import annotations

import bag_of_words
import pytest
from bag_of_words import bag_of_words_check

from medassist.model.claim_polarity import ClaimEvidence, claims
from medassist.model.faithfulness import check_text, negation_disputed, reports_belief, yes_no_question
from medassist.model.retrieval import Passage


@pytest.fixture(autouse=True)
def low_quote_floor(monkeypatch):
    bag_of_words.low_quote_floor(monkeypatch)


def test_a_denial_of_an_or_list_denies_each_predicate():
    (claim,) = claims("Psoriasis is not contagious or catching.")
    assert claim.group == "transmission" and not claim.asserted
    (claim,) = claims("Head lice don't transmit or spread any disease.")
    assert not claim.asserted
    # "or" after an assertion asserts both; a negation far before the list is not read into it
    (claim,) = claims("Ringworm is contagious or spreads through shared towels.")
    assert claim.asserted


def test_an_assertion_of_the_second_denied_predicate_is_contradicted():
    evidence = ClaimEvidence(["Psoriasis is not contagious or catching."], ["What is (are) Psoriasis ?"],
                             "can my kids catch psoriasis from me")
    assert evidence.contradicted("Yes, your kids can catch psoriasis from you.") == 0
    assert evidence.contradicted("Psoriasis is a long-lasting skin disease.") is None


def test_the_negation_rule_reads_the_word_an_or_joins_to_the_denied_one():
    denial = "Bed bugs do not carry or spread infections."
    assert negation_disputed("Bed bugs can spread infections to your family.", denial)
    assert not negation_disputed("Bed bugs feed on blood at night.", denial)


BEDBUGS = Passage("What is (are) Bed Bugs ?", "Bed bugs are small insects that feed on blood. Bed bugs do not carry or "
                  "spread infections. Their bites can itch.", "https://nih.gov/bedbugs", "b", 0.7)


def test_an_answer_spreading_what_the_page_says_does_not_spread_is_not_shown():
    check = bag_of_words_check([BEDBUGS], "can bed bugs give my kids infections")
    shown = check_text(check, "Bed bugs feed on blood. Bed bugs can spread infections to your kids.")
    assert "spread infections to your kids" not in shown


def test_a_reported_belief_is_a_claim_in_doubt_but_a_clinician_s_finding_is_not():
    for message in ("my uncle reckons sunburn is a myth", "my gran says warts come from toads",
                    "everyone told me hiccups mean a baby is growing", "my coach swears cramp is only from bananas"):
        assert reports_belief(message) and yes_no_question(message), message
    for message in ("my doctor says i have gout, what should i eat", "the gp said its eczema, what helps",
                    "what causes sunburn"):
        assert not reports_belief(message), message


SUNBURN = Passage("What is (are) Sunburn ?", "Sunburn is skin damage from the sun's ultraviolet rays. Sunburn raises "
                  "your risk of skin cancer.", "https://nih.gov/sunburn", "s", 0.7)


def test_restating_a_reported_myth_the_pages_never_say_is_refused():
    check = bag_of_words_check([SUNBURN], "my uncle reckons sunburn is a myth", support_threshold=0.2)
    judged = check.judge("Sunburn is a myth.")
    assert judged.action != "keep" and judged.reason == "asked"
    assert check.judge("Sunburn is skin damage from the sun's ultraviolet rays.").action == "keep"
