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
    check = bag_of_words_check([SUNBURN], "my uncle reckons sunburn comes from hot weather", support_threshold=0.2)
    judged = check.judge("Sunburn comes from hot weather.")
    assert judged.action != "keep" and judged.reason == "asked"
    assert check.judge("Sunburn is skin damage from the sun's ultraviolet rays.").action == "keep"


def test_a_statement_closed_by_any_denied_auxiliary_and_pronoun_asks_whether_it_is_so():
    for message in ("a hot bath before bed cures a cold doesnt it", "we would feel it if our iron was low wouldnt we? "
                    "she eats fine", "shin splints and stress fractures are the same thing arent they"):
        assert yes_no_question(message), message
    assert not yes_no_question("what helps shin splints heal")


GOUT = Passage("What is (are) Gout ?", "Gout is a kind of arthritis caused by uric acid crystals in a joint. Beer and "
               "red meat are often blamed, but there is little evidence that one meal brings on an attack in most "
               "people. It is a myth that gout only affects rich people.", "https://nih.gov/gout", "g", 0.7)


def test_little_evidence_and_a_myth_are_denials_the_answer_must_agree_with():
    check = bag_of_words_check([GOUT], "does one big meal of red meat bring on a gout attack", support_threshold=0.2)
    assert check.judge("One meal of red meat brings on a gout attack in most people.").reason == "negation"
    check = bag_of_words_check([GOUT], "is gout a rich people disease", support_threshold=0.2)
    assert check.judge("Gout only affects rich people.").action != "keep"
    # an answer calling a claim a myth denies it: the pages must deny it too
    check = bag_of_words_check([GOUT], "my uncle says uric acid crystals in a joint are a myth", support_threshold=0.2)
    assert check.judge("Uric acid crystals in a joint are a myth.").action != "keep"


INSOMNIA = Passage("What is (are) Insomnia ?", "Insomnia is trouble falling or staying asleep. A nightcap of whisky "
                   "can make it easier to drop off to sleep. However, the sleep that follows is lighter and broken. "
                   "Keep a regular bedtime.", "https://nih.gov/insomnia", "i", 0.7)


def test_a_quote_the_page_turns_round_in_its_next_sentence_is_quoted_with_that_sentence():
    check = bag_of_words_check([INSOMNIA], "does a nightcap of whisky help you sleep", support_threshold=0.99,
                               related_threshold=0.0)
    shown = check_text(check, "A nightcap of whisky makes it easier to drop off to sleep.")
    turn = shown.index("\u201cHowever, the sleep that follows is lighter and broken.\u201d")
    assert shown.index("\u201cA nightcap of whisky can make it easier to drop off to sleep.\u201d") < turn
    assert shown.count("However, the sleep that follows") == 1
    check = bag_of_words_check([INSOMNIA], "does a nightcap of whisky help you sleep")
    nightcap = next(i for i, q in enumerate(check._quotes) if q.text.startswith("A nightcap"))
    assert check.quote(nightcap).endswith("\u201cHowever, the sleep that follows is lighter and broken.\u201d [3]")
    # a sentence that does not open by turning the one before it is not pulled in
    check = bag_of_words_check([INSOMNIA], "what is insomnia", support_threshold=0.99, related_threshold=0.0)
    assert "Keep a regular bedtime" not in check.quote(0)


CROUP = Passage("What is (are) Croup ?", "Croup is an infection of the voice box and windpipe. The cause is usually a "
                "virus. Most children with croup get better at home.", "https://nih.gov/croup", "c", 0.7)


def test_an_answer_whose_third_sentence_is_the_first_supported_is_given_not_abstained_from():
    check = bag_of_words_check([CROUP], "my toddler has croup, is it a bacteria")
    shown = check_text(check, "Toddlers often bark like seals when teething starts. Grandparents remember this "
                              "from long ago. The cause is usually a virus.")
    assert not check.counts.abstained and shown.startswith("The cause is usually a virus.")
    # three unsupported openers still abstain
    check = bag_of_words_check([CROUP], "my toddler has croup, is it a bacteria")
    check_text(check, "Toddlers often bark like seals when teething starts. Grandparents remember this from long "
                      "ago. Seals are loud animals.")
    assert check.counts.abstained
