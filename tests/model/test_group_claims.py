"""Which groups a sentence ranks, and when the evidence backs that ranking (the faithfulness check's
comparison rule; through the check: tests/model/test_faithfulness.py)."""

from __future__ import annotations

from medassist.model.group_claims import contradicts_or_unsupported, group_claims


def test_groups_are_ranked_clause_by_clause_and_than_reverses():
    assert group_claims("It is more common in men than in women.") == {("men", 1), ("women", -1)}
    assert group_claims("Although breast cancer is much more common in women, men can get it too.") == {("women", 1)}
    assert group_claims("Breast cancer is rare in males.") == {("men", -1)}
    assert group_claims("Most men with breast cancer have a lump.") == set()  # a quantity, not a ranking
    assert group_claims("Breast cancer is treated with surgery.") == set()


def test_a_ranking_needs_the_same_ranking_in_the_evidence_and_no_opposite():
    evidence = [{("women", 1)}, set()]
    assert contradicts_or_unsupported({("men", 1), ("women", -1)}, evidence)  # says the opposite
    assert contradicts_or_unsupported({("children", 1)}, evidence)  # says nothing about children
    assert not contradicts_or_unsupported({("women", 1), ("men", -1)}, evidence)
