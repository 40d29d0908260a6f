"""Session 50 (latency): the input head reads a text's bar (its framing: `learned.settled`) only where the emergency score
reaches the lowest bar any text can get; a score below it is below the text's own bar, so the verdicts are the same.
Uses the real embedder and the shipped head; every sentence here was written for this file."""

from __future__ import annotations

import pytest

from medassist.model.safety import learned

TEXTS = [
    "what is a good stretch for a stiff lower back after gardening",
    "how long should a tube of sun cream last once it is opened",
    "is it normal for a new pair of walking boots to rub a little at first",
    "my dad has collapsed on the kitchen floor and is not breathing, his lips look blue",
    "my grandad's face has dropped on one side and his speech is slurred since ten minutes ago",
    "i had chest pain two years ago after a chest infection, it went away and never came back",
]


@pytest.fixture
def detector():
    found = learned.detector()
    if found is None:
        pytest.skip("the learned head or the embedding model is unavailable")
    return found


def _assess_counting(detector, monkeypatch) -> tuple[list, int]:
    calls = []
    real = learned.settled

    def counted(text: str) -> bool:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(learned, "settled", counted)
    verdicts = [detector.assess([t])[0] for t in TEXTS]
    monkeypatch.setattr(learned, "settled", real)
    return verdicts, len(calls)


def test_bars_read_only_near_them_give_the_same_verdicts(detector, monkeypatch):
    skipping, read = _assess_counting(detector, monkeypatch)
    monkeypatch.setattr(learned, "READ_BAR_NEAR_ONLY", False)
    every, read_all = _assess_counting(detector, monkeypatch)
    assert skipping == every
    assert read_all == len(TEXTS)
    # fails if every text's bar is read again: the everyday questions score far below the lowest bar
    assert read < read_all
    assert any(v.emergency for v in skipping)


def test_the_lowest_bar_is_the_lowest_a_text_can_get(detector):
    head = detector.head
    for text in TEXTS:
        for strict in (False, True):
            assert head.bar(text, strict) >= head.lowest_bar
