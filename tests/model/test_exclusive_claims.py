"""A sentence restricting a claim to one thing ("only women", "just being tired") needs an evidence sentence making
the same restriction (model/exclusive_claims.py)."""

from __future__ import annotations

import pytest

from medassist.model.exclusive_claims import ExclusiveEvidence, restricted_to


@pytest.mark.parametrize(("sentence", "keys"), [
    ("Only women can get breast cancer.", ["women"]),
    ("Pancreatitis only happens to heavy drinkers.", ["heavy"]),  # "happens to" frames, "heavy" restricts
    ("Myasthenia gravis is just being tired.", ["tired"]),
    ("Bird flu only affects birds.", ["bird"]),
])
def test_what_a_restriction_restricts_to(sentence, keys):
    assert restricted_to(sentence) == keys


@pytest.mark.parametrize("sentence", [
    "Bed rest is recommended for only 12 days at most.",  # a quantity
    "The pancreas is located in the abdomen, just below the ribs.",  # a place
    "Not only women get it.",  # "not only" widens
    "Although breast cancer is much more common in women, men can get it too.",  # no restriction
])
def test_quantities_places_and_widening_restrict_nothing(sentence):
    assert restricted_to(sentence) == []


def test_a_restriction_is_said_only_by_evidence_restricting_the_same_thing():
    evidence = ExclusiveEvidence(["Although breast cancer is much more common in women, men can get it too.",
                                  "Hemophilia occurs almost only in boys."])
    assert evidence.unsaid("Only women can get breast cancer.")
    assert not evidence.unsaid("Hemophilia affects only boys.")
    assert not evidence.unsaid("Breast cancer is much more common in women.")
