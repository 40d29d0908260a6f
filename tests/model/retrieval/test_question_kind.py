"""What an everyday question asks about (how it is caught, what causes it, who has it) and the page sentences
that answer that."""

from __future__ import annotations

import pytest

from medassist.model.retrieval.question_kind import answers_kind, asked_kinds


@pytest.mark.parametrize(("question", "kinds"), [
    ("can u only get norovirus on cruise ships", {"route"}),
    ("is ebola airborne like a cold", {"route"}),
    ("is shingles contagious", {"route"}),
    ("my neighbour got dengue, can it spread from him to us?", {"route"}),
    ("do kids stutter cos of bad parenting or nerves", {"cause"}),
    ("what causes kidney stones", {"cause"}),
    ("did i get crohns from eating junk food or stress", {"cause", "route"}),
    ("can girls be colour blind or is it just boys", {"who"}),
    ("my gran says mumps is just a wee kids illness, adults cant get it", {"who"}),
    ("can men get breast cancer", {"who"}),
    ("what is lupus", set()),
    ("does cerebral palsy get worse as u get older", set()),
    ("can my kids get pinworms from our dog", {"route"}),  # the kids are who asks, not who can have it
    ("is lead only dangerous if kids eat paint chips", set()),
    ("gout only happens to ppl who drink loads of beer yeah", {"cause"}),  # its other causes answer it
    ("what happens to ur liver when u drink", set()),
])
def test_the_kind_a_question_asks(question, kinds):
    assert asked_kinds(question) == kinds


def test_sentences_of_the_kind_asked():
    route, cause, who = (frozenset({k}) for k in ("route", "cause", "who"))
    assert answers_kind("You can also get it if you touch a contaminated surface.", route)
    assert answers_kind("Ebola spreads through direct contact with blood or body fluids.", route)
    assert not answers_kind("Noroviruses are a group of related viruses.", route)
    assert answers_kind("Stuttering tends to run in families.", cause)
    assert not answers_kind("Most children stop stuttering as they grow older.", cause)
    assert answers_kind("Blue-yellow color vision defects affect males and females equally.", who)
    assert not answers_kind("Most of the time, color blindness is genetic.", who)
    assert not answers_kind("Stuttering tends to run in families.", frozenset())
